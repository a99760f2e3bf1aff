/* notify.c — NotifySummary with a real notification server, and daemon/notify/notify.c's text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The server is dunst on Xvfb, on the test's private bus; what it received
 * is read back with `dunstctl history`.  Without dunst or Xvfb the server
 * tests skip (Debian: apt-get install dunst xvfb; dunstctl also needs busctl
 * from systemd and dbus-send from dbus-bin).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <stdarg.h>
#include <string.h>

#include "analysis.h"
#include "bus-fixture.h"
#include "notify-server.h"
#include "notify.h"
#include "summary.h"

#define IFACE "org.precis.Summarizer1"
#define ARTICLE "tests/fixtures/feeds/article-harbour.txt"

/* --- the text of a notification, from hand-made summaries ----------------------------- */

static GArray *
make_summary (const char *const *sentences)
{
  GArray *a = g_array_new (FALSE, TRUE, sizeof (PrecisChosenSentence));

  for (const char *const *s = sentences; *s; s++)
    {
      PrecisChosenSentence x = { g_strdup (*s), 0, 0, 1.0 };

      g_array_append_val (a, x);
    }
  return a;
}

static void
free_summary (GArray *a)
{
  for (guint i = 0; i < a->len; i++)
    g_free (g_array_index (a, PrecisChosenSentence, i).text);
  g_array_unref (a);
}

static GArray *
make_facts (void)
{
  static const struct { PrecisFactKind kind; const char *value; } facts[] = {
    { PRECIS_FACT_PERSON, "Anna Keller" }, { PRECIS_FACT_DATE, "2025-03-04" },
    { PRECIS_FACT_PLACE, "Westport" }, { PRECIS_FACT_ORGANIZATION, "Nordlink" },
    { PRECIS_FACT_PERSON, "Anna Keller" }, { PRECIS_FACT_PLACE, "Larsholm" },
    { PRECIS_FACT_PLACE, "Oslo" },
  };
  GArray *a = g_array_new (FALSE, TRUE, sizeof (PrecisFactResult));

  for (gsize i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      PrecisFactResult f = { (char *) facts[i].value, (char *) facts[i].value, facts[i].kind,
                             1.0 - (double) i / 10, NULL };

      g_array_append_val (a, f);
    }
  return a;
}

static void
test_body (void)
{
  const char *const sentences[] = { "The council approved the terminal.", "Smith & Sons <won> the bid.",
                                    "Work starts in March.", NULL };
  GArray *summary = make_summary (sentences);
  g_autoptr (GArray) facts = make_facts ();
  PrecisNotification n = { .summary = summary, .facts = facts, .max_chars = 200 };
  g_autofree char *plain = NULL, *markup = NULL, *tight = NULL, *cut = NULL, *none = NULL;

  plain = precis_notification_body (&n, FALSE);
  /* All three sentences, then actors before places, each name once, no date. */
  g_assert_cmpstr (plain, ==, "The council approved the terminal. Smith & Sons <won> the bid. "
                              "Work starts in March.\nAnna Keller, Nordlink, Westport, Larsholm");
  markup = precis_notification_body (&n, TRUE);
  g_assert_cmpstr (markup, ==, "The council approved the terminal. Smith &amp; Sons &lt;won&gt; the bid. "
                               "Work starts in March.\nAnna Keller, Nordlink, Westport, Larsholm");

  /* 72 characters: two sentences (62), then only the names that fit. */
  n.max_chars = 72;
  tight = precis_notification_body (&n, FALSE);
  g_assert_cmpstr (tight, ==, "The council approved the terminal. Smith & Sons <won> the bid.\nNordlink");
  g_assert_cmpuint (g_utf8_strlen (tight, -1), <=, 72);

  /* A first sentence longer than the limit is cut at a word, with "…". */
  n.max_chars = 20;
  n.facts = NULL;
  cut = precis_notification_body (&n, FALSE);
  g_assert_cmpstr (cut, ==, "The council…");

  n.summary = NULL;
  none = precis_notification_body (&n, FALSE);
  g_assert_cmpstr (none, ==, "");
  free_summary (summary);
}

static void
test_title (void)
{
  PrecisNotification n = { 0 };
  g_autofree char *given = NULL, *words = NULL, *fallback = NULL, *long_title = NULL;

  n.title = "  Ferry   terminal\napproved ";
  given = precis_notification_title (&n);
  g_assert_cmpstr (given, ==, "Ferry terminal approved");

  n.title = NULL;
  n.text = "The harbour council of Westport approved a new ferry terminal on Tuesday.";
  words = precis_notification_title (&n);
  g_assert_cmpstr (words, ==, "The harbour council of Westport approved a new…");

  n.title = "A title that goes on and on, well past what any notification bubble shows on one line or two";
  long_title = precis_notification_title (&n);
  g_assert_true (g_str_has_suffix (long_title, "…"));
  g_assert_cmpuint (g_utf8_strlen (long_title, -1), <=, 80);

  n.title = NULL;
  n.text = NULL;
  fallback = precis_notification_title (&n);
  g_assert_cmpstr (fallback, ==, "precis");
}

/* --- on a bus --------------------------------------------------------------------------- */

static void
append_option (DBusMessageIter *dict, const char *key, int type, const void *value)
{
  DBusMessageIter entry, variant;
  char sig[2] = { (char) type, 0 };

  g_assert_true (dbus_message_iter_open_container (dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry));
  g_assert_true (dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &key));
  g_assert_true (dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, sig, &variant));
  g_assert_true (dbus_message_iter_append_basic (&variant, type, value));
  g_assert_true (dbus_message_iter_close_container (&entry, &variant));
  g_assert_true (dbus_message_iter_close_container (dict, &entry));
}

/* NotifySummary (or Summarize) with max-chars and, if given, url and replaces-id. */
static DBusMessage *
text_call (const char *member, const char *text, guint32 max_chars, const char *url, guint32 replaces)
{
  DBusMessage *m = bus_fixture_method (IFACE, member);
  DBusMessageIter iter, dict;

  dbus_message_iter_init_append (m, &iter);
  g_assert_true (dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &text));
  g_assert_true (dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict));
  append_option (&dict, "max-chars", DBUS_TYPE_UINT32, &max_chars);
  if (url != NULL)
    append_option (&dict, "url", DBUS_TYPE_STRING, &url);
  if (replaces != 0)
    append_option (&dict, "replaces-id", DBUS_TYPE_UINT32, &replaces);
  g_assert_true (dbus_message_iter_close_container (&iter, &dict));
  return m;
}

static guint32
notify_summary (BusFixture *f, const char *text, guint32 max_chars, const char *url, guint32 replaces)
{
  DBusMessage *reply = bus_fixture_call (f, text_call ("NotifySummary", text, max_chars, url, replaces),
                                         NULL);
  dbus_uint32_t id = 0;

  g_assert_nonnull (reply);
  g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_UINT32, &id, DBUS_TYPE_INVALID));
  dbus_message_unref (reply);
  g_assert_cmpuint (id, >, 0);
  return id;
}

/* The first sentence precisd's summary gives for this text and limit. */
static char *
first_summary_sentence (BusFixture *f, const char *text, guint32 max_chars)
{
  DBusMessage *reply = bus_fixture_call (f, text_call ("Summarize", text, max_chars, NULL, 0), NULL);
  DBusMessageIter iter, array, st;
  const char *sentence;
  char *out;

  g_assert_nonnull (reply);
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_recurse (&iter, &array);
  g_assert_cmpint (dbus_message_iter_get_arg_type (&array), ==, DBUS_TYPE_STRUCT);
  dbus_message_iter_recurse (&array, &st);
  dbus_message_iter_get_basic (&st, &sentence);
  out = g_strdup (sentence);
  dbus_message_unref (reply);
  return out;
}

static char *
unescape (const char *markup)
{
  GString *out = g_string_new (NULL);

  for (const char *p = markup; *p;)
    {
      if (g_str_has_prefix (p, "&amp;"))
        g_string_append_c (out, '&'), p += 5;
      else if (g_str_has_prefix (p, "&lt;"))
        g_string_append_c (out, '<'), p += 4;
      else if (g_str_has_prefix (p, "&gt;"))
        g_string_append_c (out, '>'), p += 4;
      else
        {
          /* Escaped text has no bare specials left. */
          g_assert_true (*p != '<' && *p != '>' && *p != '&');
          g_string_append_c (out, *p++);
        }
    }
  return g_string_free (out, FALSE);
}

/* The summary part of a body: what comes before the line of names. */
static char *
summary_part (const char *body)
{
  const char *nl = strchr (body, '\n');

  return nl != NULL ? g_strndup (body, nl - body) : g_strdup (body);
}

static void
test_no_server (void)
{
  BusFixture f;
  char *error_name = NULL;
  DBusMessage *reply;

  bus_fixture_setup (&f, NULL, TRUE);
  reply = bus_fixture_call (&f, text_call ("NotifySummary", "Nobody will read this. It has two sentences.",
                                           180, NULL, 0), &error_name);
  g_assert_null (reply);
  g_assert_cmpstr (error_name, ==, "org.precis.Error.NoNotificationServer");
  g_free (error_name);
  bus_fixture_teardown (&f);
}

/* `precis notify FILE` as a user runs it; the body dunst got is checked
 * against precisd's own Summarize of the same text. */
static void
check_cli_notify (const char *markup, const char *article_path)
{
  BusFixture f;
  NotifyServer server;
  g_autofree char *text = NULL, *precis = test_build_path ("cli/precis");
  g_autofree char *out = NULL, *err = NULL, *first = NULL, *body = NULL, *plain = NULL;
  g_autofree char *summary = NULL, *app = NULL, *part = NULL;
  g_autoptr (JsonArray) history = NULL;
  gboolean with_markup = strcmp (markup, "full") == 0;
  guint64 id;

  bus_fixture_setup (&f, NULL, TRUE);
  if (!notify_server_start (&server, &f, markup))
    {
      bus_fixture_teardown (&f);
      return;
    }
  g_assert_true (g_file_get_contents (article_path, &text, NULL, NULL));
  {
    const char *argv[] = { precis, "notify", "--max-chars", "180", article_path, NULL };
    int status = bus_fixture_run (&f, argv, &out, &err);

    g_test_message ("precis notify: %s%s", out, err);
    g_assert_cmpint (status, ==, 0);
  }
  id = g_ascii_strtoull (out, NULL, 10);
  g_assert_cmpuint (id, >, 0);

  history = notify_server_history (&f);
  body = notify_server_field (history, (guint32) id, "body");
  summary = notify_server_field (history, (guint32) id, "summary");
  app = notify_server_field (history, (guint32) id, "appname");
  g_assert_nonnull (body);
  g_test_message ("dunst (markup %s) shows “%s”: “%s”", markup, summary, body);
  g_assert_cmpstr (app, ==, "precis");
  g_assert_cmpstr (summary, !=, "");

  plain = with_markup ? unescape (body) : g_strdup (body);
  part = summary_part (plain);
  first = first_summary_sentence (&f, text, 180);
  /* The first summary sentence (or its "…" cut), and at most 180 characters of summary. */
  g_assert_true (g_str_has_prefix (part, first));
  g_assert_cmpuint (g_utf8_strlen (part, -1), <=, 180);
  g_assert_cmpuint (g_utf8_strlen (plain, -1), <=, 180);
  if (strchr (part, '&') != NULL)
    g_assert_true (with_markup ? strstr (body, "&amp;") != NULL : strstr (body, "&amp;") == NULL);

  notify_server_stop (&server);
  bus_fixture_teardown (&f);
}

static void
test_cli_markup (void)
{
  g_autofree char *path = g_build_filename (PRECIS_SOURCE_ROOT, ARTICLE, NULL);

  check_cli_notify ("full", path);
}

static void
test_cli_plain (void)
{
  g_autofree char *path = g_build_filename (PRECIS_SOURCE_ROOT, ARTICLE, NULL);

  check_cli_notify ("no", path);
}

static void
test_cli_shared_sample (void)
{
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");
  g_autofree char *path = shared ? g_build_filename (shared, "seed-article.txt", NULL) : NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the shared data (seed-article.txt) is not here");
      return;
    }
  check_cli_notify ("full", path);
}

static void
test_replaces (void)
{
  BusFixture f;
  NotifyServer server;
  g_autofree char *text = test_read_source_file (ARTICLE);
  g_autofree char *body = NULL;
  g_autoptr (JsonArray) history = NULL;
  guint32 first, second, other;

  bus_fixture_setup (&f, NULL, TRUE);
  if (!notify_server_start (&server, &f, "no"))
    {
      bus_fixture_teardown (&f);
      return;
    }
  first = notify_summary (&f, text, 180, NULL, 0);
  second = notify_summary (&f, text, 60, NULL, first);
  other = notify_summary (&f, text, 180, NULL, 0);
  g_assert_cmpuint (second, ==, first);
  g_assert_cmpuint (other, !=, first);

  history = notify_server_history (&f);
  g_assert_cmpuint (json_array_get_length (history), ==, 2);
  body = notify_server_field (history, first, "body");
  /* The replacement's 60-character body is what is left of the first. */
  g_assert_cmpuint (g_utf8_strlen (body, -1), <=, 60);

  notify_server_stop (&server);
  bus_fixture_teardown (&f);
}

/* A .desktop file registered for https that writes down the URL it got
 * (and, `with_token`, the activation token and startup id it was launched
 * with, written aside and renamed so that a reader sees all or nothing);
 * returns that file's path. */
static char *
install_opener_full (BusFixture *f, gboolean with_token)
{
  g_autofree char *apps = g_build_filename (f->tmpdir, "data", "applications", NULL);
  g_autofree char *script = g_build_filename (f->tmpdir, "opener.sh", NULL);
  g_autofree char *desktop = g_build_filename (apps, "precis-test-opener.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (g_getenv ("XDG_CONFIG_HOME"), "mimeapps.list", NULL);
  char *opened = g_build_filename (f->tmpdir, "opened.txt", NULL);
  g_autofree char *script_text =
    with_token ? g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n%%s\\n%%s\\n' \"$1\" \"$XDG_ACTIVATION_TOKEN\" "
                                  "\"$DESKTOP_STARTUP_ID\" > '%s.part' && mv '%s.part' '%s'\n", opened, opened, opened)
               : g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" >> '%s'\n", opened);
  g_autofree char *desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=precis test opener\n"
                                                   "Exec=%s %%u\nMimeType=x-scheme-handler/https;\nNoDisplay=true\n",
                                                   script);

  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_getenv ("XDG_CONFIG_HOME"), 0700), ==, 0);
  g_assert_true (g_file_set_contents (script, script_text, -1, NULL));
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);
  g_assert_true (g_file_set_contents (desktop, desktop_text, -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps, "[Default Applications]\n"
                                      "x-scheme-handler/https=precis-test-opener.desktop\n", -1, NULL));
  return opened;
}

static char *
install_opener (BusFixture *f)
{
  return install_opener_full (f, FALSE);
}

/* What the opener wrote, once it has (within 10 s). */
static char *
wait_for_file (const char *path)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  char *contents = NULL;

  while (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50 * 1000);
    }
  return contents;
}

/* Click the newest notification in dunst and wait for the opener to write. */
static char *
click_and_wait (BusFixture *f, const char *opened)
{
  const char *argv[] = { "dunstctl", "action", "0", NULL };

  g_assert_cmpint (bus_fixture_run (f, argv, NULL, NULL), ==, 0);
  return wait_for_file (opened);
}

/* A click on the notification opens its URL with the desktop's handler:
 * here a .desktop file registered for https that writes down what it got. */
static void
test_open_action (void)
{
  BusFixture f;
  NotifyServer server;
  g_autofree char *text = test_read_source_file (ARTICLE);
  g_autofree char *opened = NULL, *contents = NULL;
  const char *url = "https://news.example/westport/ferry-terminal";

  bus_fixture_setup (&f, NULL, TRUE);
  if (!notify_server_start (&server, &f, "full"))
    {
      bus_fixture_teardown (&f);
      return;
    }
  opened = install_opener (&f);
  notify_summary (&f, text, 180, url, 0);
  contents = click_and_wait (&f, opened);
  g_assert_cmpstr (contents, ==, "https://news.example/westport/ferry-terminal\n");

  notify_server_stop (&server);
  bus_fixture_teardown (&f);
}

/* precisd started for one call would idle out after a second; a
 * notification with an Open action keeps it until the server closes it, so
 * a click after the idle time still opens the URL. */
static void
test_open_after_idle (void)
{
  BusFixture f;
  NotifyServer server;
  g_autofree char *text = test_read_source_file (ARTICLE);
  g_autofree char *opened = NULL, *contents = NULL;
  const char *url = "https://news.example/westport/harbour";
  const char *const args[] = { "--idle-timeout=1", NULL };
  const char *close_all[] = { "dunstctl", "close-all", NULL };
  gint64 deadline;

  bus_fixture_setup (&f, NULL, FALSE);
  if (!notify_server_start (&server, &f, "full"))
    {
      bus_fixture_teardown (&f);
      return;
    }
  opened = install_opener (&f);
  /* Started last, just before its call: Xvfb and dunst starting on a
   * loaded machine took longer than the idle time-out, and precisd had
   * left before the call was sent. */
  bus_fixture_start_daemon (&f, args);
  notify_summary (&f, text, 180, url, 0);
  g_usleep (2500 * 1000);  /* past the idle time-out */
  g_assert_true (dbus_bus_name_has_owner (f.client, "org.precis.Summarizer1", NULL));
  contents = click_and_wait (&f, opened);
  g_assert_cmpstr (contents, ==, "https://news.example/westport/harbour\n");

  /* Nothing left to click: precisd idles out. */
  g_assert_cmpint (bus_fixture_run (&f, close_all, NULL, NULL), ==, 0);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (dbus_bus_name_has_owner (f.client, "org.precis.Summarizer1", NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (100 * 1000);
    }
  notify_server_stop (&server);
  bus_fixture_teardown (&f);
}

/* --- the in-tree server for actions ---------------------------------------------------- *
 *
 * dunst never sends ActivationToken (notification spec 1.2), so this is a
 * second real notification server: a peer on the test bus that owns
 * org.freedesktop.Notifications, answers GetCapabilities,
 * GetServerInformation and Notify on its own thread, and emits the
 * signals a server sends when the user clicks.  precisd talks to it over
 * the bus exactly as it talks to dunst; nothing of precis is replaced. */

#define NOTIFICATIONS "org.freedesktop.Notifications"
#define NOTIFICATIONS_PATH "/org/freedesktop/Notifications"

typedef struct {
  DBusConnection *connection;
  GThread *thread;
  GMutex lock;
  GCond changed;
  gboolean stop;
  guint32 last_id;
  char *first_action;     /* the first action key of the last Notify */
} ActionServer;

/* Notify (susssasa{sv}i): a new id, and the action key a click sends back. */
static DBusMessage *
action_server_notify (ActionServer *server, DBusMessage *call)
{
  DBusMessageIter iter, array;
  DBusMessage *reply;
  dbus_uint32_t id;

  g_assert_true (dbus_message_has_signature (call, "susssasa{sv}i"));
  dbus_message_iter_init (call, &iter);
  for (int i = 0; i < 5; i++)
    dbus_message_iter_next (&iter);
  g_mutex_lock (&server->lock);
  g_clear_pointer (&server->first_action, g_free);
  dbus_message_iter_recurse (&iter, &array);
  if (dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRING)
    {
      const char *key;

      dbus_message_iter_get_basic (&array, &key);
      server->first_action = g_strdup (key);
    }
  id = ++server->last_id;
  g_cond_broadcast (&server->changed);
  g_mutex_unlock (&server->lock);

  reply = dbus_message_new_method_return (call);
  g_assert_true (dbus_message_append_args (reply, DBUS_TYPE_UINT32, &id, DBUS_TYPE_INVALID));
  return reply;
}

static DBusHandlerResult
action_server_message (DBusConnection *connection, DBusMessage *message, void *user_data)
{
  ActionServer *server = user_data;
  DBusMessage *reply = NULL;

  if (dbus_message_get_type (message) != DBUS_MESSAGE_TYPE_METHOD_CALL)
    return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
  if (dbus_message_is_method_call (message, NOTIFICATIONS, "GetCapabilities"))
    {
      const char *caps[] = { "body", "actions" };
      const char **p = caps;

      reply = dbus_message_new_method_return (message);
      g_assert_true (dbus_message_append_args (reply, DBUS_TYPE_ARRAY, DBUS_TYPE_STRING, &p,
                                               (int) G_N_ELEMENTS (caps), DBUS_TYPE_INVALID));
    }
  else if (dbus_message_is_method_call (message, NOTIFICATIONS, "GetServerInformation"))
    {
      const char *name = "precis-test-actions", *vendor = "precis", *version = "1", *spec = "1.2";

      reply = dbus_message_new_method_return (message);
      g_assert_true (dbus_message_append_args (reply, DBUS_TYPE_STRING, &name, DBUS_TYPE_STRING, &vendor,
                                               DBUS_TYPE_STRING, &version, DBUS_TYPE_STRING, &spec,
                                               DBUS_TYPE_INVALID));
    }
  else if (dbus_message_is_method_call (message, NOTIFICATIONS, "Notify"))
    reply = action_server_notify (server, message);
  else if (dbus_message_is_method_call (message, NOTIFICATIONS, "CloseNotification"))
    reply = dbus_message_new_method_return (message);
  else
    reply = dbus_message_new_error (message, DBUS_ERROR_UNKNOWN_METHOD, "not a notification server method");
  g_assert_true (dbus_connection_send (connection, reply, NULL));
  dbus_message_unref (reply);
  return DBUS_HANDLER_RESULT_HANDLED;
}

static gpointer
action_server_thread (gpointer data)
{
  ActionServer *server = data;

  for (;;)
    {
      gboolean stop;

      g_mutex_lock (&server->lock);
      stop = server->stop;
      g_mutex_unlock (&server->lock);
      if (stop || !dbus_connection_read_write_dispatch (server->connection, 50))
        break;
    }
  return NULL;
}

static void
action_server_start (ActionServer *server, BusFixture *f)
{
  static const DBusObjectPathVTable vtable = { .message_function = action_server_message };
  DBusError error = DBUS_ERROR_INIT;

  memset (server, 0, sizeof *server);
  g_mutex_init (&server->lock);
  g_cond_init (&server->changed);
  server->connection = dbus_connection_open_private (f->address, &error);
  g_assert_nonnull (server->connection);
  g_assert_true (dbus_bus_register (server->connection, &error));
  g_assert_true (dbus_connection_register_object_path (server->connection, NOTIFICATIONS_PATH, &vtable,
                                                       server));
  g_assert_cmpint (dbus_bus_request_name (server->connection, NOTIFICATIONS, DBUS_NAME_FLAG_DO_NOT_QUEUE,
                                          &error), ==, DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER);
  g_assert_false (dbus_error_is_set (&error));
  server->thread = g_thread_new ("notification server", action_server_thread, server);
}

static void
action_server_stop (ActionServer *server)
{
  g_mutex_lock (&server->lock);
  server->stop = TRUE;
  g_mutex_unlock (&server->lock);
  g_thread_join (server->thread);
  dbus_connection_close (server->connection);
  dbus_connection_unref (server->connection);
  g_free (server->first_action);
  g_mutex_clear (&server->lock);
  g_cond_clear (&server->changed);
}

/* Wait (10 s at most) for the Notify that gives the `n`th id; returns
 * its first action key, or NULL if it had none. */
static char *
action_server_wait_notify (ActionServer *server, guint32 n)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  char *key;

  g_mutex_lock (&server->lock);
  while (server->last_id < n)
    g_assert_true (g_cond_wait_until (&server->changed, &server->lock, deadline));
  key = g_strdup (server->first_action);
  g_mutex_unlock (&server->lock);
  return key;
}

/* A signal from the server's own name, as a user's click makes it. */
static void
action_server_emit (ActionServer *server, const char *member, int first_type, ...)
{
  DBusMessage *message = dbus_message_new_signal (NOTIFICATIONS_PATH, NOTIFICATIONS, member);
  va_list args;

  va_start (args, first_type);
  g_assert_true (dbus_message_append_args_valist (message, first_type, args));
  va_end (args);
  g_assert_true (dbus_connection_send (server->connection, message, NULL));
  dbus_connection_flush (server->connection);
  dbus_message_unref (message);
}

/* A click on Open, from a server that gives an activation token first
 * (spec 1.2): the browser is launched with it, for Wayland's
 * xdg-activation (XDG_ACTIVATION_TOKEN) and X11's startup notification
 * (DESKTOP_STARTUP_ID). */
static void
test_open_activation_token (void)
{
  BusFixture f;
  ActionServer server;
  g_autofree char *text = test_read_source_file (ARTICLE);
  g_autofree char *opened = NULL, *contents = NULL, *key = NULL;
  const char *url = "https://news.example/westport/ferry-tokens";
  const char *token = "test-token-42";
  dbus_uint32_t id, closed_by_user = 2;

  bus_fixture_setup (&f, NULL, TRUE);
  action_server_start (&server, &f);
  opened = install_opener_full (&f, TRUE);
  id = notify_summary (&f, text, 180, url, 0);
  key = action_server_wait_notify (&server, 1);
  g_assert_cmpuint (id, ==, 1);
  /* precisd offered an action, since the server can show them. */
  g_assert_nonnull (key);

  action_server_emit (&server, "ActivationToken", DBUS_TYPE_UINT32, &id, DBUS_TYPE_STRING, &token,
                      DBUS_TYPE_INVALID);
  action_server_emit (&server, "ActionInvoked", DBUS_TYPE_UINT32, &id, DBUS_TYPE_STRING, &key,
                      DBUS_TYPE_INVALID);
  action_server_emit (&server, "NotificationClosed", DBUS_TYPE_UINT32, &id, DBUS_TYPE_UINT32,
                      &closed_by_user, DBUS_TYPE_INVALID);
  contents = wait_for_file (opened);
  g_assert_cmpstr (contents, ==, "https://news.example/westport/ferry-tokens\ntest-token-42\ntest-token-42\n");

  action_server_stop (&server);
  bus_fixture_teardown (&f);
}

/* The Notify calls precisd makes, seen by eavesdropping on the test bus. */
static DBusHandlerResult
on_notify_call (DBusConnection *connection, DBusMessage *message, void *user_data)
{
  GPtrArray *calls = user_data;

  if (dbus_message_is_method_call (message, "org.freedesktop.Notifications", "Notify"))
    g_ptr_array_add (calls, dbus_message_ref (message));
  return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
}

static DBusConnection *
eavesdrop_notify (BusFixture *f, GPtrArray *calls)
{
  DBusError error = DBUS_ERROR_INIT;
  DBusConnection *c = dbus_connection_open_private (f->address, &error);

  g_assert_nonnull (c);
  g_assert_true (dbus_bus_register (c, &error));
  dbus_bus_add_match (c, "eavesdrop='true',type='method_call',interface='org.freedesktop.Notifications',"
                      "member='Notify'", &error);
  g_assert_false (dbus_error_is_set (&error));
  g_assert_true (dbus_connection_add_filter (c, on_notify_call, calls, NULL));
  return c;
}

static DBusMessage *
next_notify_call (DBusConnection *c, GPtrArray *calls, guint n)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (calls->len < n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      dbus_connection_read_write_dispatch (c, 50);
    }
  return calls->pdata[n - 1];
}

/* Notify's app_name (argument 0) and the string or byte hint `key`. */
static char *
notify_hint (DBusMessage *notify, const char *key, char **app_name)
{
  DBusMessageIter iter, hints, entry, value;
  const char *s;

  dbus_message_iter_init (notify, &iter);
  dbus_message_iter_get_basic (&iter, &s);
  if (app_name != NULL)
    *app_name = g_strdup (s);
  for (int i = 0; i < 6; i++)
    dbus_message_iter_next (&iter);
  g_assert_cmpint (dbus_message_iter_get_arg_type (&iter), ==, DBUS_TYPE_ARRAY);
  for (dbus_message_iter_recurse (&iter, &hints);
       dbus_message_iter_get_arg_type (&hints) == DBUS_TYPE_DICT_ENTRY;
       dbus_message_iter_next (&hints))
    {
      const char *name;

      dbus_message_iter_recurse (&hints, &entry);
      dbus_message_iter_get_basic (&entry, &name);
      dbus_message_iter_next (&entry);
      dbus_message_iter_recurse (&entry, &value);
      if (strcmp (name, key) != 0)
        continue;
      if (dbus_message_iter_get_arg_type (&value) == DBUS_TYPE_BYTE)
        {
          guint8 b;

          dbus_message_iter_get_basic (&value, &b);
          return g_strdup_printf ("%u", b);
        }
      dbus_message_iter_get_basic (&value, &s);
      return g_strdup (s);
    }
  return NULL;
}

/* The notification belongs to the app: its desktop entry, name and
 * urgency reach the real server; a sandboxed app's is always its own. */
static void
test_app_hints (void)
{
  BusFixture f;
  NotifyServer server;
  g_autofree char *text = test_read_source_file (ARTICLE);
  g_autofree char *path = g_build_filename (PRECIS_SOURCE_ROOT, ARTICLE, NULL);
  g_autofree char *precis = test_build_path ("cli/precis");
  g_autofree char *entry = NULL, *urgency = NULL, *app = NULL, *sandboxed = NULL, *appname = NULL;
  g_autoptr (GPtrArray) calls = g_ptr_array_new_with_free_func ((GDestroyNotify) dbus_message_unref);
  g_autoptr (JsonArray) history = NULL;
  DBusConnection *monitor;
  DBusMessage *m = bus_fixture_method (IFACE, "NotifySummary");
  DBusMessageIter iter, dict;
  const char *desktop_entry = "org.example.Reader", *app_name = "Reader";
  guint8 critical = 2;
  dbus_uint32_t id = 0;
  DBusMessage *reply;

  bus_fixture_setup (&f, NULL, TRUE);
  if (!notify_server_start (&server, &f, "full"))
    {
      bus_fixture_teardown (&f);
      return;
    }
  monitor = eavesdrop_notify (&f, calls);
  dbus_message_iter_init_append (m, &iter);
  g_assert_true (dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &text));
  g_assert_true (dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict));
  append_option (&dict, "desktop-entry", DBUS_TYPE_STRING, &desktop_entry);
  append_option (&dict, "app-name", DBUS_TYPE_STRING, &app_name);
  append_option (&dict, "urgency", DBUS_TYPE_BYTE, &critical);
  g_assert_true (dbus_message_iter_close_container (&iter, &dict));
  reply = bus_fixture_call (&f, m, NULL);
  g_assert_nonnull (reply);
  g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_UINT32, &id, DBUS_TYPE_INVALID));
  dbus_message_unref (reply);

  entry = notify_hint (next_notify_call (monitor, calls, 1), "desktop-entry", &app);
  urgency = notify_hint (calls->pdata[0], "urgency", NULL);
  g_assert_cmpstr (entry, ==, "org.example.Reader");
  g_assert_cmpstr (urgency, ==, "2");
  g_assert_cmpstr (app, ==, "Reader");
  /* dunst showed it under that app's name. */
  history = notify_server_history (&f);
  appname = notify_server_field (history, id, "appname");
  g_assert_cmpstr (appname, ==, "Reader");

  /* A sandboxed app (the test hook of test builds) gets its own app id as
   * the desktop entry without asking. */
  {
    g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
    g_autoptr (GSubprocess) cli = NULL;
    g_autoptr (GError) error = NULL;

    g_subprocess_launcher_setenv (launcher, "PRECIS_TEST_APP_ID", "org.example.Sandboxed", TRUE);
    cli = g_subprocess_launcher_spawn (launcher, &error, precis, "notify", path, NULL);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_wait_check (cli, NULL, &error));
    g_assert_no_error (error);
  }
  sandboxed = notify_hint (next_notify_call (monitor, calls, 2), "desktop-entry", NULL);
  g_assert_cmpstr (sandboxed, ==, "org.example.Sandboxed");

  dbus_connection_close (monitor);
  dbus_connection_unref (monitor);
  notify_server_stop (&server);
  bus_fixture_teardown (&f);
}

/* The server changes hands: its capabilities are asked again. */
static void
test_server_change (void)
{
  BusFixture f;
  NotifyServer server;
  g_autofree char *text = test_read_source_file (ARTICLE);
  g_autofree char *plain_body = NULL, *markup_body = NULL;
  guint32 id;

  bus_fixture_setup (&f, NULL, TRUE);
  if (!notify_server_start (&server, &f, "no"))
    {
      bus_fixture_teardown (&f);
      return;
    }
  id = notify_summary (&f, text, 180, NULL, 0);
  {
    g_autoptr (JsonArray) history = notify_server_history (&f);

    plain_body = notify_server_field (history, id, "body");
  }
  notify_server_stop (&server);
  g_assert_true (notify_server_start (&server, &f, "full"));
  id = notify_summary (&f, text, 180, NULL, 0);
  {
    g_autoptr (JsonArray) history = notify_server_history (&f);

    markup_body = notify_server_field (history, id, "body");
  }
  g_assert_nonnull (strchr (plain_body, '&'));
  g_assert_null (strstr (plain_body, "&amp;"));
  g_assert_nonnull (strstr (markup_body, "&amp;"));
  {
    g_autofree char *unescaped = unescape (markup_body);

    g_assert_cmpstr (unescaped, ==, plain_body);
  }
  notify_server_stop (&server);
  bus_fixture_teardown (&f);
}

/* --- `precis notify URL`: a page on a loopback web server -------------------------------- */

typedef struct {
  GMainContext *context;
  GMainLoop *loop;
  GThread *thread;
  SoupServer *server;
  char *base;
  char *html;
  GMutex ready_lock;
  GCond ready;
  gboolean started;
} Web;

static void
on_page (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query,
         gpointer user_data)
{
  Web *web = user_data;

  if (strcmp (path, "/westport/terminal.html") != 0)
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY, web->html,
                                    strlen (web->html));
}

static gpointer
web_thread (gpointer data)
{
  Web *web = data;
  g_autoptr (GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (web->context);
  web->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (web->server, NULL, on_page, web, NULL);
  g_assert_true (soup_server_listen_local (web->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (web->server);
  web->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_mutex_lock (&web->ready_lock);
  web->started = TRUE;
  g_cond_signal (&web->ready);
  g_mutex_unlock (&web->ready_lock);
  g_main_loop_run (web->loop);
  soup_server_disconnect (web->server);
  g_clear_object (&web->server);
  g_main_context_pop_thread_default (web->context);
  return NULL;
}

static gboolean
quit_web (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* The page of article-harbour.txt: its first line is the title. */
static char *
harbour_page (const char *text)
{
  g_auto (GStrv) paragraphs = g_strsplit (text, "\n\n", -1);
  GString *html = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (g_strstrip (paragraphs[0]), -1);

  g_string_append_printf (html, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%s | Westport Post</title>"
                          "<meta property=\"og:title\" content=\"%s\"></head><body>"
                          "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
                          "<article><h1>%s</h1>", title, title, title);
  for (guint i = 1; paragraphs[i] != NULL; i++)
    {
      g_autofree char *p = g_markup_escape_text (g_strstrip (paragraphs[i]), -1);

      if (*p != '\0')
        g_string_append_printf (html, "<p>%s</p>", p);
    }
  g_string_append (html, "</article><footer>© Westport Post</footer></body></html>");
  return g_string_free (html, FALSE);
}

static void
test_cli_url (void)
{
  BusFixture f;
  NotifyServer server;
  Web web = { 0 };
  g_autofree char *text = test_read_source_file (ARTICLE);
  g_autofree char *precis = test_build_path ("cli/precis");
  g_autofree char *url = NULL, *out = NULL, *err = NULL;
  g_autofree char *body = NULL, *summary = NULL, *plain = NULL, *title = NULL;
  g_autoptr (JsonArray) history = NULL;
  guint64 id;

  bus_fixture_setup (&f, NULL, TRUE);
  if (!notify_server_start (&server, &f, "full"))
    {
      bus_fixture_teardown (&f);
      return;
    }
  web.html = harbour_page (text);
  g_mutex_init (&web.ready_lock);
  g_cond_init (&web.ready);
  web.context = g_main_context_new ();
  web.loop = g_main_loop_new (web.context, FALSE);
  web.thread = g_thread_new ("web", web_thread, &web);
  g_mutex_lock (&web.ready_lock);
  while (!web.started)
    g_cond_wait (&web.ready, &web.ready_lock);
  g_mutex_unlock (&web.ready_lock);
  url = g_strconcat (web.base, "/westport/terminal.html", NULL);

  {
    const char *argv[] = { precis, "notify", url, NULL };
    int status = bus_fixture_run (&f, argv, &out, &err);

    g_test_message ("precis notify %s: %s%s", url, out, err);
    g_assert_cmpint (status, ==, 0);
  }
  id = g_ascii_strtoull (out, NULL, 10);
  history = notify_server_history (&f);
  body = notify_server_field (history, (guint32) id, "body");
  summary = notify_server_field (history, (guint32) id, "summary");
  g_assert_nonnull (body);
  g_test_message ("dunst shows “%s”: “%s”", summary, body);
  /* Titled by the page, its text from the article, not the navigation. */
  title = g_strndup (text, strchr (text, '\n') - text);
  g_assert_cmpstr (summary, ==, title);
  plain = unescape (body);
  g_assert_true (g_str_has_prefix (plain, "The harbour council of Westport approved"));
  g_assert_null (strstr (plain, "Sport"));
  g_assert_cmpuint (g_utf8_strlen (plain, -1), <=, PRECIS_NOTIFY_DEFAULT_MAX_CHARS);

  notify_server_stop (&server);
  bus_fixture_teardown (&f);
  g_main_context_invoke (web.context, quit_web, web.loop);
  g_thread_join (web.thread);
  g_main_loop_unref (web.loop);
  g_main_context_unref (web.context);
  g_mutex_clear (&web.ready_lock);
  g_cond_clear (&web.ready);
  g_free (web.base);
  g_free (web.html);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/notify/body", test_body);
  g_test_add_func ("/notify/title", test_title);
  g_test_add_func ("/notify/no-server", test_no_server);
  g_test_add_func ("/notify/dunst/cli-markup", test_cli_markup);
  g_test_add_func ("/notify/dunst/cli-plain", test_cli_plain);
  g_test_add_func ("/notify/dunst/cli-shared-sample", test_cli_shared_sample);
  g_test_add_func ("/notify/dunst/replaces", test_replaces);
  g_test_add_func ("/notify/dunst/open-action", test_open_action);
  g_test_add_func ("/notify/dunst/open-after-idle", test_open_after_idle);
  g_test_add_func ("/notify/actions/activation-token", test_open_activation_token);
  g_test_add_func ("/notify/dunst/app-hints", test_app_hints);
  g_test_add_func ("/notify/dunst/server-change", test_server_change);
  g_test_add_func ("/notify/dunst/cli-url", test_cli_url);
  return g_test_run ();
}
