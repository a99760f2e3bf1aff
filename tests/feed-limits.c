/* feed-limits.c — feeds that cannot hurt precisd, against a real precisd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A private bus, precisd on it, a real HTTP server on loopback.  Each case
 * is one of issue 12's failures: an item whose analysis takes precisd down
 * (retried at most twice, then given up, so precisd stays up), a state file
 * nested a hundred thousand deep, one bad entry among a thousand
 * subscriptions, a feed server trickling a byte a second, polls every
 * second and unbounded subscriptions, a fetched article over the text
 * limit.  After each, the same precisd answers a tiny call within 1 s.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <signal.h>
#include <string.h>

#include "bus-fixture.h"
#include "http-server.h"

#define WAIT_SECONDS 40

typedef struct {
  BusFixture bus;
  TestHttpServer *http;
  gint feed_requests;
  gint trickles;          /* trickling responses still running */
} Fixture;

/* Six sentences carried in the feed itself, enough not to fetch the page. */
static const char item_text[] =
  "The harbour of Brenvik reopened on Monday after two years of works on its quays. "
  "The mayor, Ingrid Solberg, said the new quay would double the traffic of the port. "
  "Fishing boats were the first to come back, followed by two ferries from the islands. "
  "The works cost 40 million crowns, paid by the town and the regional council together. "
  "Merchants along the waterfront said their trade had fallen by a third during the works. "
  "A festival is planned for the summer to mark the harbour's return to full use, she said.";

static gboolean
trickle_next (gpointer data)
{
  SoupServerMessage *msg = data;
  Fixture *f = g_object_get_data (G_OBJECT (msg), "fixture");
  guint *sent = g_object_get_data (G_OBJECT (msg), "sent");

  /* Bounded: a minute of trickle at most, then the body ends. */
  if (++*sent > 60)
    {
      soup_message_body_complete (soup_server_message_get_response_body (msg));
      g_atomic_int_add (&f->trickles, -1);
    }
  else
    soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC, " ", 1);
  soup_server_message_unpause (msg);
  return G_SOURCE_REMOVE;
}

static void
on_wrote_chunk (SoupServerMessage *msg, gpointer user_data)
{
  guint *sent = g_object_get_data (G_OBJECT (msg), "sent");
  GSource *timer;

  if (*sent > 60)
    return;
  soup_server_message_pause (msg);
  /* On the server's thread, whose context is the thread-default one. */
  timer = g_timeout_source_new_seconds (1);
  g_source_set_callback (timer, trickle_next, g_object_ref (msg), g_object_unref);
  g_source_attach (timer, g_main_context_get_thread_default ());
  g_source_unref (timer);
}

static void
on_request (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query,
            gpointer user_data)
{
  Fixture *f = user_data;

  if (strcmp (path, "/feed.xml") == 0)
    {
      g_autofree char *feed = g_strdup_printf (
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier</title>"
        "<item><title>Harbour</title><guid>item-1</guid><description>%s</description></item>"
        "</channel></rss>", item_text);

      g_atomic_int_inc (&f->feed_requests);
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/rss+xml", SOUP_MEMORY_COPY, feed,
                                        strlen (feed));
    }
  else if (strcmp (path, "/trickle.xml") == 0)
    {
      SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);

      g_atomic_int_inc (&f->feed_requests);
      g_atomic_int_inc (&f->trickles);
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_encoding (h, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (h, "application/rss+xml", NULL);
      g_object_set_data (G_OBJECT (msg), "fixture", f);
      g_object_set_data_full (G_OBJECT (msg), "sent", g_new0 (guint, 1), g_free);
      g_signal_connect (msg, "wrote-chunk", G_CALLBACK (on_wrote_chunk), NULL);
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC,
                                "<?xml version=\"1.0\"?>", 21);
    }
  else if (g_str_has_prefix (path, "/stall/"))
    /* Headers never come: only the poll's own deadline ends it. */
    soup_server_message_pause (msg);
  else if (strcmp (path, "/long.html") == 0)
    {
      GString *html = g_string_new ("<html><head><title>Long</title></head><body><article>");

      for (int i = 0; i < 200; i++)
        g_string_append_printf (html, "<p>%s</p>", item_text);
      g_string_append (html, "</article></body></html>");
      gsize length = html->len;

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_TAKE,
                                        g_string_free (html, FALSE), length);
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

static void
setup (Fixture *f, gconstpointer data)
{
  f->http = test_http_server_start (on_request, f);
  bus_fixture_setup (&f->bus, NULL, FALSE);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  bus_fixture_teardown (&f->bus);
  test_http_server_stop (f->http);
}

static char *
url (Fixture *f, const char *path)
{
  return g_strconcat (test_http_server_base (f->http), path, NULL);
}

static char *
state_path (Fixture *f)
{
  return g_build_filename (f->bus.tmpdir, "state", "precis", "feeds.json", NULL);
}

static void
write_state (Fixture *f, const char *contents)
{
  g_autofree char *path = state_path (f);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* Subscribe with an interval and a backlog (both uint32). */
static DBusMessage *
subscribe_call (const char *feed, guint32 interval, guint32 backlog)
{
  DBusMessage *m = bus_fixture_method ("org.precis.Summarizer1", "Subscribe");
  const char *keys[] = { "interval", "backlog" };
  guint32 values[] = { interval, backlog };
  DBusMessageIter iter, dict, entry, variant;

  dbus_message_iter_init_append (m, &iter);
  g_assert_true (dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &feed));
  g_assert_true (dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict));
  for (int i = 0; i < 2; i++)
    {
      g_assert_true (dbus_message_iter_open_container (&dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry));
      g_assert_true (dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &keys[i]));
      g_assert_true (dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, "u", &variant));
      g_assert_true (dbus_message_iter_append_basic (&variant, DBUS_TYPE_UINT32, &values[i]));
      g_assert_true (dbus_message_iter_close_container (&entry, &variant));
      g_assert_true (dbus_message_iter_close_container (&dict, &entry));
    }
  g_assert_true (dbus_message_iter_close_container (&iter, &dict));
  return m;
}

static char *
subscribe (Fixture *f, const char *feed, guint32 interval, char **error_name)
{
  g_autofree char *message = NULL;
  DBusMessage *reply = bus_fixture_call_full (&f->bus, subscribe_call (feed, interval, 0),
                                              error_name, &message);
  const char *id;
  char *out;

  if (reply == NULL)
    return NULL;
  g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID));
  out = g_strdup (id);
  dbus_message_unref (reply);
  return out;
}

/* The item crashes the analysis (the default summarizer segfaults).  The
 * analysis runs in a worker process: each attempt costs the item, never
 * precisd.  Tried at three polls in all, then given up for good (marked
 * seen); precisd is the same process throughout and answers. */
static void
test_crashing_item (Fixture *f, gconstpointer data)
{
  g_autofree char *feed = url (f, "/feed.xml");
  g_autofree char *state = NULL, *path = state_path (f);
  g_autofree char *pid = NULL;
  DBusMessage *reply;
  gint64 deadline;

  bus_fixture_write_config (&f->bus, BUS_FIXTURE_TEST_CONFIG
                            "[plugins]\ndefault-summarizer=segfault\n");
  bus_fixture_install_plugin (&f->bus, "tests/plugins/segfault.so", "segfault.so", 0755);
  bus_fixture_start_daemon (&f->bus, NULL);
  pid = g_strdup (g_subprocess_get_identifier (f->bus.daemon));
  /* Every second, so that the retries come at once. */
  reply = bus_fixture_call (&f->bus, subscribe_call (feed, 1, 1), NULL);
  g_assert_nonnull (reply);
  dbus_message_unref (reply);
  deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  do
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50 * 1000);
      g_clear_pointer (&state, g_free);
      g_file_get_contents (path, &state, NULL, NULL);
    }
  while (state == NULL || strstr (state, "\"item-1\"") == NULL || strstr (state, "\"attempts\"") != NULL);
  /* The first poll and two more. */
  g_assert_cmpint (g_atomic_int_get (&f->feed_requests), >=, 3);
  g_assert_cmpstr (g_subprocess_get_identifier (f->bus.daemon), ==, pid);
  bus_fixture_assert_alive (&f->bus);
}

static guint
count_feeds (Fixture *f)
{
  DBusMessage *m = bus_fixture_method ("org.precis.Summarizer1", "ListFeeds");
  DBusMessageIter iter, array;
  DBusMessage *reply;
  guint n = 0;

  dbus_message_iter_init_append (m, &iter);
  g_assert_true (dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &array));
  g_assert_true (dbus_message_iter_close_container (&iter, &array));
  reply = bus_fixture_call (&f->bus, m, NULL);
  g_assert_nonnull (reply);
  dbus_message_iter_init (reply, &iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT;
       dbus_message_iter_next (&array))
    n++;
  dbus_message_unref (reply);
  return n;
}

/* Nested 100,000 deep: precisd starts, moves the file aside, answers. */
static void
test_deep_state (Fixture *f, gconstpointer data)
{
  GString *deep = g_string_new ("{\"version\": 1, \"feeds\": [");
  g_autofree char *path = state_path (f);

  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  write_state (f, deep->str);
  g_string_free (deep, TRUE);
  bus_fixture_start_daemon (&f->bus, NULL);
  bus_fixture_assert_alive (&f->bus);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));  /* moved aside */
}

/* One bad entry among 1,000 subscriptions costs that entry alone. */
static void
test_bad_entry (Fixture *f, gconstpointer data)
{
  GString *json = g_string_new ("{\"version\": 1, \"feeds\": [");
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  /* Checked just now, every day: none is due during the test.  The URLs
   * are loopback ports nobody listens on. */
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (json, "{\"id\": \"feed-%u\", \"url\": \"http://127.0.0.1:9/%u.xml\", "
                                  "\"interval\": 86400, \"last-check\": %" G_GINT64_FORMAT "}, ",
                            i, i, now);
  g_string_append (json, "{\"id\": 17, \"url\": [\"not\", \"a\", \"url\"]}]}");
  write_state (f, json->str);
  g_string_free (json, TRUE);
  bus_fixture_start_daemon (&f->bus, NULL);
  bus_fixture_assert_alive (&f->bus);
  g_assert_cmpuint (count_feeds (f), ==, 1000);
}

/* A feed server sending a byte a second: the poll ends at the deadline
 * ([fetch] timeout-seconds=2), so the next poll comes. */
static void
test_trickle (Fixture *f, gconstpointer data)
{
  g_autofree char *feed = url (f, "/trickle.xml");
  g_autofree char *id = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  bus_fixture_write_config (&f->bus, "[fetch]\nallow-private-networks=true\ntimeout-seconds=2\n"
                                     "[feeds]\nmin-interval-seconds=1\n");
  bus_fixture_start_daemon (&f->bus, NULL);
  id = subscribe (f, feed, 1, NULL);
  g_assert_nonnull (id);
  /* Without a whole-poll deadline the first poll would last the minute
   * the server trickles, and no second one would start before it ends. */
  while (g_atomic_int_get (&f->feed_requests) < 2)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50 * 1000);
    }
  bus_fixture_assert_alive (&f->bus);
}

/* Subscriptions sent this far apart, over a second: one at each tenth. */
#define SPREAD_FEEDS 10
#define SPREAD_US (G_USEC_PER_SEC / SPREAD_FEEDS)

/* The poll's deadline never ends it before its time.  GLib moves a timer
 * of whole seconds to one mark within each second, up to a quarter second
 * early: of polls started at each tenth of a second, two or three started
 * within that quarter.  Subscribe answers when the first poll ends, so its
 * answer comes no sooner than the deadline after it was sent.  Lower
 * bounds only: a loaded machine makes answers later, never earlier. */
static void
test_deadline_not_early (Fixture *f, gconstpointer data)
{
  DBusPendingCall *pending[SPREAD_FEEDS];
  gint64 sent[SPREAD_FEEDS], ended[SPREAD_FEEDS] = { 0 };
  guint n_sent = 0, n_ended = 0;

  bus_fixture_write_config (&f->bus, "[fetch]\nallow-private-networks=true\ntimeout-seconds=1\n");
  bus_fixture_start_daemon (&f->bus, NULL);
  /* Each ends by its deadline, else by the bus's 60 s time-out (an error
   * the checks below refuse). */
  while (n_ended < SPREAD_FEEDS)
    {
      if (n_sent < SPREAD_FEEDS && (n_sent == 0 || g_get_monotonic_time () >= sent[n_sent - 1] + SPREAD_US))
        {
          g_autofree char *path = g_strdup_printf ("/stall/%u.xml", n_sent);
          g_autofree char *feed = url (f, path);
          DBusMessage *call = subscribe_call (feed, 3600, 0);

          sent[n_sent] = g_get_monotonic_time ();
          g_assert_true (dbus_connection_send_with_reply (f->bus.client, call, &pending[n_sent], 60000));
          dbus_message_unref (call);
          dbus_connection_flush (f->bus.client);
          n_sent++;
        }
      dbus_connection_read_write_dispatch (f->bus.client, 1);
      for (guint i = 0; i < n_sent; i++)
        if (ended[i] == 0 && dbus_pending_call_get_completed (pending[i]))
          {
            ended[i] = g_get_monotonic_time ();
            n_ended++;
          }
    }
  for (guint i = 0; i < SPREAD_FEEDS; i++)
    {
      DBusMessage *reply = dbus_pending_call_steal_reply (pending[i]);

      g_test_message ("subscription %u answered after %.3f s", i, (ended[i] - sent[i]) / 1e6);
      /* Kept (a feed that did not answer is polled again later). */
      g_assert_cmpint (dbus_message_get_type (reply), ==, DBUS_MESSAGE_TYPE_METHOD_RETURN);
      g_assert_cmpint (ended[i] - sent[i], >=, G_USEC_PER_SEC);
      dbus_message_unref (reply);
      dbus_pending_call_unref (pending[i]);
    }
  bus_fixture_assert_alive (&f->bus);
}

/* Every second is too often; so is one more feed past the caller's cap. */
static void
test_interval_and_cap (Fixture *f, gconstpointer data)
{
  g_autofree char *e1 = NULL, *e2 = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *again = NULL;

  bus_fixture_write_config (&f->bus, "[fetch]\nallow-private-networks=true\n"
                                     "[feeds]\nmin-interval-seconds=300\nmax-subscriptions-per-caller=2\n");
  bus_fixture_start_daemon (&f->bus, NULL);
  g_assert_null (subscribe (f, "http://127.0.0.1:9/a.xml", 1, &e1));
  g_assert_cmpstr (e1, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  a = subscribe (f, "http://127.0.0.1:9/a.xml", 300, NULL);
  b = subscribe (f, "http://127.0.0.1:9/b.xml", 3600, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  c = subscribe (f, "http://127.0.0.1:9/c.xml", 3600, &e2);
  g_assert_null (c);
  g_assert_cmpstr (e2, ==, "org.precis.Error.Busy");
  again = subscribe (f, "http://127.0.0.1:9/a.xml", 600, NULL);  /* an update is no new feed */
  g_assert_cmpstr (again, ==, a);
  bus_fixture_assert_alive (&f->bus);
}

/* [feeds] limits follow precisd.conf when it is read again (SIGHUP). */
static void
test_limits_reload (Fixture *f, gconstpointer data)
{
  g_autofree char *e1 = NULL, *a = NULL;
  gint64 deadline;

  bus_fixture_write_config (&f->bus, "[fetch]\nallow-private-networks=true\n"
                                     "[feeds]\nmin-interval-seconds=300\n");
  bus_fixture_start_daemon (&f->bus, NULL);
  g_assert_null (subscribe (f, "http://127.0.0.1:9/a.xml", 60, &e1));
  g_assert_cmpstr (e1, ==, "org.freedesktop.DBus.Error.InvalidArgs");

  bus_fixture_write_config (&f->bus, "[fetch]\nallow-private-networks=true\n"
                                     "[feeds]\nmin-interval-seconds=30\n");
  g_subprocess_send_signal (f->bus.daemon, SIGHUP);
  deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  while ((a = subscribe (f, "http://127.0.0.1:9/a.xml", 60, NULL)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (100 * 1000);
    }
  bus_fixture_assert_alive (&f->bus);
}

/* A fetched article obeys max-text-bytes like a text sent in a call. */
static void
test_article_too_large (Fixture *f, gconstpointer data)
{
  g_autofree char *page = url (f, "/long.html");
  g_autofree char *name = NULL, *message = NULL;
  DBusMessage *reply;

  bus_fixture_write_config (&f->bus, BUS_FIXTURE_TEST_CONFIG "[daemon]\nmax-text-bytes=20000\n");
  bus_fixture_start_daemon (&f->bus, NULL);
  reply = bus_fixture_call_full (&f->bus, bus_fixture_method_with_option ("AnalyzeUrl", page, NULL, 0, NULL),
                                 &name, &message);
  g_assert_null (reply);
  g_assert_cmpstr (name, ==, "org.precis.Error.TooLarge");
  g_assert_nonnull (strstr (message, "max-text-bytes"));
  bus_fixture_assert_alive (&f->bus);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/feed-limits/crashing-item", Fixture, NULL, setup, test_crashing_item, teardown);
  g_test_add ("/feed-limits/deep-state", Fixture, NULL, setup, test_deep_state, teardown);
  g_test_add ("/feed-limits/bad-entry", Fixture, NULL, setup, test_bad_entry, teardown);
  g_test_add ("/feed-limits/trickle", Fixture, NULL, setup, test_trickle, teardown);
  g_test_add ("/feed-limits/deadline-not-early", Fixture, NULL, setup, test_deadline_not_early, teardown);
  g_test_add ("/feed-limits/interval-and-cap", Fixture, NULL, setup, test_interval_and_cap, teardown);
  g_test_add ("/feed-limits/limits-reload", Fixture, NULL, setup, test_limits_reload, teardown);
  g_test_add ("/feed-limits/article-too-large", Fixture, NULL, setup, test_article_too_large, teardown);
  return g_test_run ();
}
