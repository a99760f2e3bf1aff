/* analyze-url.c — AnalyzeUrl against a real HTTP server on loopback.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The SoupServer (tests/http-server.c) runs on its own thread, so the
 * test's blocking D-Bus calls and the server never wait on each other.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "bus-fixture.h"
#include "http-server.h"

#define IFACE "org.precis.Summarizer1"

static const char article_page[] =
  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
  "<title>Envoys to meet in Riyadh | The Daily Test</title>"
  "<meta property=\"og:title\" content=\"Envoys to meet in Riyadh\">"
  "<meta property=\"og:site_name\" content=\"The Daily Test\">"
  "<meta property=\"article:published_time\" content=\"2025-02-22T10:00:00Z\">"
  "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
  "<article><h1>Envoys to meet in Riyadh</h1>"
  "<p>Diplomats from both countries met in Riyadh on Saturday to prepare a summit, officials said.</p>"
  "<p>The talks, which lasted nearly six hours, covered embassy staffing, trade and a possible "
  "exchange of prisoners, according to a statement released after the meeting.</p>"
  "<p>A second round is planned for next week, the foreign ministry said, adding that the "
  "leaders themselves could meet before the end of March if the envoys agree on an agenda.</p>"
  "<p>Critics said the process was moving too fast and that allies had not been consulted, "
  "a concern repeated by several European governments on Friday.</p>"
  "</article><footer>Share this article · Subscribe to our newsletter</footer></body></html>";

static void
serve (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query,
       gpointer user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (strcmp (path, "/article") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        article_page, strlen (article_page));
    }
  else if (strcmp (path, "/image") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, "\x89PNG", 4);
    }
  else if (strcmp (path, "/stall") == 0)
    soup_server_message_pause (msg);  /* never answers */
  else if (g_str_has_prefix (path, "/hop/"))
    {
      int n = atoi (path + 5);
      g_autofree char *next = g_strdup_printf ("/hop/%d", n + 1);

      soup_server_message_set_status (msg, 302, NULL);
      soup_message_headers_replace (headers, "Location", next);
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

typedef struct {
  BusFixture bus;
  TestHttpServer *http;
} Fixture;

static DBusMessage *
analyze_url_call (const char *url)
{
  DBusMessage *m = bus_fixture_method (IFACE, "AnalyzeUrl");
  DBusMessageIter iter, dict;

  dbus_message_iter_init_append (m, &iter);
  dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &url);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict);
  dbus_message_iter_close_container (&iter, &dict);
  return m;
}

static char *
info_string (DBusMessageIter *info, const char *wanted)
{
  DBusMessageIter array, entry, variant;

  dbus_message_iter_recurse (info, &array);
  while (dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_DICT_ENTRY)
    {
      const char *key, *value;

      dbus_message_iter_recurse (&array, &entry);
      dbus_message_iter_get_basic (&entry, &key);
      dbus_message_iter_next (&entry);
      dbus_message_iter_recurse (&entry, &variant);
      if (strcmp (key, wanted) == 0 && dbus_message_iter_get_arg_type (&variant) == DBUS_TYPE_STRING)
        {
          dbus_message_iter_get_basic (&variant, &value);
          return g_strdup (value);
        }
      dbus_message_iter_next (&array);
    }
  return NULL;
}

/* value of the date fact whose text is `mention`, or NULL */
static char *
date_value (DBusMessageIter *facts, const char *mention)
{
  DBusMessageIter array, st;

  dbus_message_iter_recurse (facts, &array);
  while (dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT)
    {
      const char *kind, *text, *value;

      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &kind);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &text);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &value);
      if (strcmp (kind, "date") == 0 && strcmp (text, mention) == 0)
        return g_strdup (value);
      dbus_message_iter_next (&array);
    }
  return NULL;
}

static void
test_article (Fixture *f, gconstpointer data)
{
  g_autofree char *url = g_strconcat (test_http_server_base (f->http), "/article", NULL);
  DBusMessage *reply = bus_fixture_call (&f->bus, analyze_url_call (url), NULL);
  g_autofree char *title = NULL, *published = NULL, *source = NULL, *site = NULL, *got_url = NULL;
  g_autofree char *saturday = NULL;
  DBusMessageIter iter, summary, facts;
  guint n = 0;

  g_assert_nonnull (reply);
  g_assert_true (dbus_message_has_signature (reply, "a(suud)a(sssda(uu))a{sv}"));
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_recurse (&iter, &summary);
  while (dbus_message_iter_get_arg_type (&summary) == DBUS_TYPE_STRUCT)
    {
      DBusMessageIter st;
      const char *text;

      dbus_message_iter_recurse (&summary, &st);
      dbus_message_iter_get_basic (&st, &text);
      g_test_message ("summary: %s", text);
      g_assert_null (strstr (text, "Subscribe"));
      g_assert_null (strstr (text, "Home"));
      n++;
      dbus_message_iter_next (&summary);
    }
  g_assert_cmpuint (n, >=, 1);
  dbus_message_iter_next (&iter);
  facts = iter;
  dbus_message_iter_next (&iter);

  title = info_string (&iter, "title");
  published = info_string (&iter, "published");
  source = info_string (&iter, "published-source");
  site = info_string (&iter, "site");
  got_url = info_string (&iter, "url");
  g_assert_cmpstr (title, ==, "Envoys to meet in Riyadh");
  g_assert_cmpstr (published, ==, "2025-02-22");
  g_assert_cmpstr (source, ==, "page");
  g_assert_cmpstr (site, ==, "The Daily Test");
  g_assert_cmpstr (got_url, ==, url);

  /* The page's date anchors the relative dates. */
  saturday = date_value (&facts, "Saturday");
  g_assert_cmpstr (saturday, ==, "2025-02-22");
  dbus_message_unref (reply);
}

static char *
url_error (Fixture *f, const char *url)
{
  char *name = NULL;
  DBusMessage *reply = bus_fixture_call (&f->bus, analyze_url_call (url), &name);

  if (reply != NULL)
    dbus_message_unref (reply);
  return name;
}

static void
test_errors (Fixture *f, gconstpointer data)
{
  g_autofree char *missing = g_strconcat (test_http_server_base (f->http), "/missing", NULL);
  g_autofree char *image = g_strconcat (test_http_server_base (f->http), "/image", NULL);
  g_autofree char *hops = g_strconcat (test_http_server_base (f->http), "/hop/0", NULL);
  g_autofree char *e1 = url_error (f, "file:///etc/passwd");
  g_autofree char *e2 = url_error (f, "ftp://127.0.0.1/article");
  g_autofree char *e3 = url_error (f, missing);
  g_autofree char *e4 = url_error (f, image);
  g_autofree char *e5 = url_error (f, hops);
  g_autofree char *e6 = url_error (f, "not a url");

  g_assert_cmpstr (e1, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  g_assert_cmpstr (e2, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  g_assert_cmpstr (e3, ==, "org.precis.Error.FetchFailed");
  g_assert_cmpstr (e4, ==, "org.precis.Error.NotAnArticle");
  g_assert_cmpstr (e5, ==, "org.precis.Error.FetchFailed");
  g_assert_cmpstr (e6, ==, "org.freedesktop.DBus.Error.InvalidArgs");
}

/* The stall tests' fetch time-out: long enough that the other call is
 * answered well before it on any machine, however loaded (with 2 s, the
 * other process's gdbus call raced the stalled fetches' time-outs). */
#define STALL_TIMEOUT_S 10

/* setup()'s data for a call deadline (1 s) before the fetch's time-out. */
#define DEADLINE_FIRST GUINT_TO_POINTER (G_MAXUINT)

/* A stalled server costs one call its time-out, nobody else anything. */
static void
test_stall (Fixture *f, gconstpointer data)
{
  g_autofree char *stall = g_strconcat (test_http_server_base (f->http), "/stall", NULL);
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  DBusPendingCall *pending = NULL;
  DBusMessage *summarize, *reply;
  DBusMessageIter iter, dict;
  gint64 start = g_get_monotonic_time ();
  const char *name;
  const char *message = NULL;

  {
    DBusMessage *call = analyze_url_call (stall);

    g_assert_true (dbus_connection_send_with_reply (f->bus.client, call, &pending, 60000));
    dbus_message_unref (call);
  }
  dbus_connection_flush (f->bus.client);

  summarize = bus_fixture_method (IFACE, "Summarize");
  dbus_message_iter_init_append (summarize, &iter);
  dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &text);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict);
  dbus_message_iter_close_container (&iter, &dict);
  reply = bus_fixture_call (&f->bus, summarize, NULL);
  g_assert_nonnull (reply);
  dbus_message_unref (reply);
  /* Answered while the fetch hangs: its call is still open (the server
   * never answers, and its time-out is STALL_TIMEOUT_S away), an order, not
   * a clock.  Were the fetch to hold precisd up, the Summarize reply would
   * come after the fetch's error. */
  g_assert_cmpuint (bus_fixture_count_answered (&f->bus, &pending, 1), ==, 0);

  dbus_pending_call_block (pending);
  reply = dbus_pending_call_steal_reply (pending);
  dbus_pending_call_unref (pending);
  g_assert_cmpint (dbus_message_get_type (reply), ==, DBUS_MESSAGE_TYPE_ERROR);
  name = dbus_message_get_error_name (reply);
  /* The configured time-out ended it (the client's 60 s would be NoReply),
   * and not early; a seconds timer fires within its last second. */
  g_assert_cmpstr (name, ==, "org.precis.Error.FetchFailed");
  g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &message, DBUS_TYPE_INVALID));
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, "within " G_STRINGIFY (STALL_TIMEOUT_S) " s"));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, (STALL_TIMEOUT_S - 1) * G_USEC_PER_SEC);
  dbus_message_unref (reply);
}

/* A call whose page is still on its way at the call's deadline (the
 * fetch's own time-out is later) is told that its page did not come, not
 * to send a shorter text: no text was looked at.  The server never
 * answers, so only the deadline can end the call. */
static void
test_deadline_while_fetching (Fixture *f, gconstpointer data)
{
  g_autofree char *stall = g_strconcat (test_http_server_base (f->http), "/stall", NULL);
  g_autofree char *name = NULL, *message = NULL;

  g_assert_null (bus_fixture_call_full (&f->bus, analyze_url_call (stall), &name, &message));
  g_test_message ("%s: %s", name, message);
  g_assert_cmpstr (name, ==, "org.precis.Error.FetchFailed");
  g_assert_nonnull (strstr (message, "within 1 s (call-timeout-seconds"));
  g_assert_nonnull (strstr (message, "page was still being fetched"));
  g_assert_null (strstr (message, "shorter text"));
}

/* One process's twelve fetches hang on three stalled sites (four a site,
 * the per-host limit): another process's page from a fourth site is
 * fetched and answered before any of them times out.  With libsoup's
 * default of ten connections in all, it waited in libsoup's queue until
 * the stalled fetches timed out (its page then came after ten of their
 * errors). */
static void
test_stalled_sites (Fixture *f, gconstpointer data)
{
  TestHttpServer *stalled[3];
  DBusPendingCall *pending[12];
  g_autofree char *article = g_strconcat (test_http_server_base (f->http), "/article", NULL);
  g_autofree char *out = NULL, *err = NULL;
  DBusMessage *reply;
  int status;

  for (guint i = 0; i < G_N_ELEMENTS (stalled); i++)
    stalled[i] = test_http_server_start (serve, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pending); i++)
    {
      g_autofree char *url = g_strdup_printf ("%s/stall", test_http_server_base (stalled[i % 3]));
      DBusMessage *call = analyze_url_call (url);

      g_assert_true (dbus_connection_send_with_reply (f->bus.client, call, &pending[i], 30000));
      dbus_message_unref (call);
    }
  /* A call on the same connection comes back after precisd has taken the twelve. */
  reply = bus_fixture_call (&f->bus, bus_fixture_method (IFACE, "ListPlugins"), NULL);
  g_assert_nonnull (reply);
  dbus_message_unref (reply);

  status = bus_fixture_run (&f->bus, (const char *const[]) { "gdbus", "call", "--address", f->bus.address,
                                                             "--dest", IFACE, "--object-path",
                                                             "/org/precis/Summarizer1", "--method",
                                                             IFACE ".AnalyzeUrl", article, "{}", NULL },
                            &out, &err);
  g_test_message ("the other process: %s%s", out, err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Riyadh"));
  g_assert_cmpuint (bus_fixture_count_answered (&f->bus, pending, G_N_ELEMENTS (pending)), ==, 0);
  /* The stalled fetches still end, each with its own time-out. */
  for (guint i = 0; i < G_N_ELEMENTS (pending); i++)
    {
      dbus_pending_call_block (pending[i]);
      reply = dbus_pending_call_steal_reply (pending[i]);
      g_assert_cmpstr (dbus_message_get_error_name (reply), ==, "org.precis.Error.FetchFailed");
      dbus_message_unref (reply);
      dbus_pending_call_unref (pending[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (stalled); i++)
    test_http_server_stop (stalled[i]);
}

static void
setup (Fixture *f, gconstpointer data)
{
  g_autofree char *conf_dir = NULL, *conf = NULL, *conf_text = NULL;

  f->http = test_http_server_start (serve, NULL);
  bus_fixture_setup (&f->bus, NULL, FALSE);
  conf_dir = g_build_filename (f->bus.tmpdir, "config", "precis", NULL);
  conf = g_build_filename (conf_dir, "precisd.conf", NULL);
  g_assert_cmpint (g_mkdir_with_parents (conf_dir, 0700), ==, 0);
  /* A longer fetch time-out than the default call deadline gets a longer
   * deadline too, so that the fetch's own time-out is what ends the call;
   * DEADLINE_FIRST, the other way round. */
  if (data == DEADLINE_FIRST)
    conf_text = g_strdup ("[fetch]\ntimeout-seconds=60\nallow-private-networks=true\n"
                          "[daemon]\ncall-timeout-seconds=1\n");
  else
    conf_text = data == NULL ? g_strdup ("[fetch]\ntimeout-seconds=2\nallow-private-networks=true\n")
      : g_strdup_printf ("[fetch]\ntimeout-seconds=%u\nallow-private-networks=true\n"
                         "[daemon]\ncall-timeout-seconds=%u\n",
                         GPOINTER_TO_UINT (data), 3 * GPOINTER_TO_UINT (data));
  g_assert_true (g_file_set_contents (conf, conf_text, -1, NULL));
  bus_fixture_start_daemon (&f->bus, NULL);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  bus_fixture_teardown (&f->bus);
  test_http_server_stop (f->http);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/analyze-url/article", Fixture, NULL, setup, test_article, teardown);
  g_test_add ("/analyze-url/errors", Fixture, NULL, setup, test_errors, teardown);
  g_test_add ("/analyze-url/stall", Fixture, GUINT_TO_POINTER (STALL_TIMEOUT_S), setup, test_stall, teardown);
  g_test_add ("/analyze-url/deadline-while-fetching", Fixture, DEADLINE_FIRST, setup,
              test_deadline_while_fetching, teardown);
  g_test_add ("/analyze-url/stalled-sites", Fixture, GUINT_TO_POINTER (STALL_TIMEOUT_S), setup, test_stalled_sites, teardown);
  return g_test_run ();
}
