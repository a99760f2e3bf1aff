/* url-policy.c — precisd fetches only from public addresses, unless told.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A real precisd on a private bus, real HTTP servers.  The servers that
 * must not be reached listen on loopback and count every request.  A
 * "public" server is needed too, to redirect to loopback and to serve a
 * feed whose items link there: the test runs itself in a network
 * namespace of its own (unshare -rn) where 198.51.100.7 (TEST-NET-2) sits
 * on its own loopback interface, so no packet ever leaves the namespace.
 * Without unshare those cases skip.  Private addresses beyond loopback
 * (10.x, 192.168.x, 169.254.169.254) are only ever named as literals,
 * which are refused before a socket exists.
 */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

#include "bus-fixture.h"
#include "http-server.h"

#define IFACE "org.precis.Summarizer1"
#define PUBLIC_ADDRESS "198.51.100.7"
#define NETNS_ENV "PRECIS_TEST_NETNS_PARENT"

static gboolean have_public;   /* inside our own network namespace */
static char *article_html;

typedef struct {
  BusFixture bus;
  TestHttpServer *local;       /* 127.0.0.1: must not be reached by default */
  TestHttpServer *public;      /* PUBLIC_ADDRESS, when have_public */
  gint local_requests;
} Fixture;

static void
serve_article (SoupServerMessage *msg)
{
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY, article_html,
                                    strlen (article_html));
}

static void
on_local (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query,
          gpointer user_data)
{
  Fixture *f = user_data;

  g_atomic_int_inc (&f->local_requests);
  if (strcmp (path, "/feed.xml") == 0)
    {
      const char *feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                         "</channel></rss>";

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/rss+xml", SOUP_MEMORY_STATIC, feed,
                                        strlen (feed));
      return;
    }
  serve_article (msg);
}

/* /article, /to?u=URL (a redirect there), /feed.xml (one item linking to u). */
static void
on_public (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query,
           gpointer user_data)
{
  const char *to = query != NULL ? g_hash_table_lookup (query, "u") : NULL;

  if (strcmp (path, "/to") == 0 && to != NULL)
    soup_server_message_set_redirect (msg, 302, to);
  else if (strcmp (path, "/feed.xml") == 0 && to != NULL)
    {
      g_autofree char *link = g_markup_escape_text (to, -1);
      g_autofree char *feed = g_strdup_printf (
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier</title>"
        "<item><title>Harbour works</title><link>%s</link><guid>item-1</guid>"
        "<description>The harbour of Brenvik reopened on Monday after two years of works. "
        "The mayor said the new quay would double the traffic.</description></item>"
        "</channel></rss>", link);

      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/rss+xml", SOUP_MEMORY_COPY, feed,
                                        strlen (feed));
    }
  else
    serve_article (msg);
}

static void
start (Fixture *f, const char *config)
{
  f->local = test_http_server_start (on_local, f);
  if (have_public)
    f->public = test_http_server_start_on (PUBLIC_ADDRESS, on_public, f);
  bus_fixture_setup (&f->bus, NULL, FALSE);
  bus_fixture_write_config (&f->bus, config);
  bus_fixture_start_daemon (&f->bus, NULL);
}

static void
setup_default (Fixture *f, gconstpointer data)
{
  start (f, "[fetch]\ntimeout-seconds=5\n");
}

static void
setup_allowed (Fixture *f, gconstpointer data)
{
  start (f, "[fetch]\ntimeout-seconds=5\nallow-private-networks=true\n");
}

static void
teardown (Fixture *f, gconstpointer data)
{
  bus_fixture_teardown (&f->bus);
  test_http_server_stop (f->local);
  if (f->public != NULL)
    test_http_server_stop (f->public);
}

static void
assert_refused (Fixture *f, const char *url, const char *address)
{
  g_autofree char *name = NULL, *message = NULL;
  DBusMessage *reply = bus_fixture_call_full (&f->bus, bus_fixture_method_with_option ("AnalyzeUrl", url, NULL, 0, NULL), &name, &message);

  g_test_message ("%s: %s", url, message);
  g_assert_null (reply);
  g_assert_cmpstr (name, ==, "org.precis.Error.FetchFailed");
  /* The refusal names the address and the way to allow it. */
  g_assert_nonnull (strstr (message, address));
  g_assert_nonnull (strstr (message, "allow-private-networks"));
  bus_fixture_assert_alive (&f->bus);
}

static void
assert_fetched (Fixture *f, const char *url)
{
  g_autofree char *name = NULL, *message = NULL;
  DBusMessage *reply = bus_fixture_call_full (&f->bus, bus_fixture_method_with_option ("AnalyzeUrl", url, NULL, 0, NULL), &name, &message);

  if (reply == NULL)
    g_error ("%s: %s %s", url, name, message);
  dbus_message_unref (reply);
}

static char *
local_url (Fixture *f, const char *host, const char *path)
{
  const char *base = test_http_server_base (f->local);
  const char *port = strrchr (base, ':') + 1;

  return g_strdup_printf ("http://%s:%s%s", host, port, path);
}

static void
test_loopback_refused (Fixture *f, gconstpointer data)
{
  static const char *const cases[][2] = {
    { "127.0.0.1", "127.0.0.1" },
    { "localhost", "(loopback)" },  /* 127.0.0.1 or ::1 */
    { "[::1]", "::1" },
    { "0.0.0.0", "0.0.0.0" },
    { "[::ffff:127.0.0.1]", "::ffff:127.0.0.1" },
    { "user@127.0.0.1", "127.0.0.1" },
    { "127.1.2.3", "127.1.2.3" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *url = local_url (f, cases[i][0], "/article");

      assert_refused (f, url, cases[i][1]);
    }
  /* Private, link-local and metadata addresses: literals, refused before
   * any socket exists (no packet leaves for them). */
  assert_refused (f, "http://10.1.2.3/", "10.1.2.3");
  assert_refused (f, "http://192.168.1.1/admin", "192.168.1.1");
  assert_refused (f, "http://169.254.169.254/latest/meta-data/", "169.254.169.254");
  assert_refused (f, "http://100.64.0.1/", "100.64.0.1");
  assert_refused (f, "http://[fd12:3456::1]/", "fd12:3456::1");
  assert_refused (f, "http://[::ffff:192.168.0.1]/", "::ffff:192.168.0.1");
  g_assert_cmpint (g_atomic_int_get (&f->local_requests), ==, 0);
}

static void
test_redirect_refused (Fixture *f, gconstpointer data)
{
  const char *targets[] = { "127.0.0.1", "localhost", "[::ffff:127.0.0.1]" };
  g_autofree char *article = NULL;

  if (!have_public)
    {
      g_test_skip ("no network namespace of our own (unshare -rn): no public address to test from");
      return;
    }
  article = g_strconcat (test_http_server_base (f->public), "/article", NULL);
  assert_fetched (f, article);  /* public addresses are fetched */
  for (gsize i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *target = local_url (f, targets[i], "/article");
      g_autofree char *escaped = g_uri_escape_string (target, NULL, FALSE);
      g_autofree char *url = g_strdup_printf ("%s/to?u=%s", test_http_server_base (f->public), escaped);

      assert_refused (f, url, strcmp (targets[i], "localhost") == 0 ? "(loopback)"
                              : strcmp (targets[i], "[::ffff:127.0.0.1]") == 0 ? "::ffff:127.0.0.1" : "127.0.0.1");
    }
  g_assert_cmpint (g_atomic_int_get (&f->local_requests), ==, 0);
}

/* Subscribe, announcing the item already in the feed (backlog 1). */
static DBusMessage *
subscribe_call (const char *url)
{
  static const guint32 backlog = 1;

  return bus_fixture_method_with_option ("Subscribe", url, "backlog", DBUS_TYPE_UINT32, &backlog);
}

static DBusHandlerResult
on_article (DBusConnection *connection, DBusMessage *message, void *user_data)
{
  gboolean *seen = user_data;

  if (dbus_message_is_signal (message, IFACE, "ArticleSummarized"))
    *seen = TRUE;
  return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
}

static void
test_feeds_refused (Fixture *f, gconstpointer data)
{
  g_autofree char *name = NULL, *message = NULL;
  g_autofree char *feed = local_url (f, "127.0.0.1", "/feed.xml");
  DBusMessage *reply = bus_fixture_call_full (&f->bus, subscribe_call (feed), &name, &message);
  gboolean seen = FALSE;
  gint64 deadline;

  g_assert_null (reply);
  g_assert_cmpstr (name, ==, "org.precis.Error.FetchFailed");
  g_assert_nonnull (strstr (message, "127.0.0.1"));
  bus_fixture_assert_alive (&f->bus);

  if (!have_public)
    {
      g_test_skip ("no network namespace of our own (unshare -rn): no public feed to test with");
      return;
    }
  /* A public feed whose item links to loopback: announced from the feed's
   * own text, the link never fetched. */
  {
    g_autofree char *page = local_url (f, "127.0.0.1", "/secret");
    g_autofree char *escaped = g_uri_escape_string (page, NULL, FALSE);
    g_autofree char *url = g_strdup_printf ("%s/feed.xml?u=%s", test_http_server_base (f->public),
                                            escaped);

    dbus_bus_add_match (f->bus.client, "type='signal',interface='" IFACE "',member='ArticleSummarized'",
                        NULL);
    g_assert_true (dbus_connection_add_filter (f->bus.client, on_article, &seen, NULL));
    reply = bus_fixture_call (&f->bus, subscribe_call (url), NULL);
    g_assert_nonnull (reply);
    dbus_message_unref (reply);
  }
  deadline = g_get_monotonic_time () + 40 * G_USEC_PER_SEC;
  while (!seen)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      dbus_connection_read_write_dispatch (f->bus.client, 50);
    }
  dbus_connection_remove_filter (f->bus.client, on_article, &seen);
  g_assert_cmpint (g_atomic_int_get (&f->local_requests), ==, 0);
  bus_fixture_assert_alive (&f->bus);
}

static void
test_allowed (Fixture *f, gconstpointer data)
{
  const char *hosts[] = { "127.0.0.1", "localhost", "0.0.0.0", "[::ffff:127.0.0.1]", "user@127.0.0.1" };

  for (gsize i = 0; i < G_N_ELEMENTS (hosts); i++)
    {
      g_autofree char *url = local_url (f, hosts[i], "/article");

      assert_fetched (f, url);
    }
  g_assert_cmpint (g_atomic_int_get (&f->local_requests), ==, G_N_ELEMENTS (hosts));
  if (have_public)
    {
      g_autofree char *target = local_url (f, "127.0.0.1", "/article");
      g_autofree char *escaped = g_uri_escape_string (target, NULL, FALSE);
      g_autofree char *url = g_strdup_printf ("%s/to?u=%s", test_http_server_base (f->public), escaped);

      assert_fetched (f, url);
    }
  bus_fixture_assert_alive (&f->bus);
}

static gboolean
run_quietly (const char *command)
{
  int status = -1;

  return g_spawn_command_line_sync (command, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

/* Run the test again inside a network namespace of its own, where
 * PUBLIC_ADDRESS is ours.  Returns TRUE there; FALSE where that cannot be
 * done (the tests then use the machine's loopback and skip the rest). */
static gboolean
enter_own_network (int argc, char **argv)
{
  const char *parent = g_getenv (NETNS_ENV);
  g_autofree char *mine = g_file_read_link ("/proc/self/ns/net", NULL);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (parent == NULL)
    {
      g_autoptr (GPtrArray) args = g_ptr_array_new ();

      if (mine == NULL || self == NULL || g_find_program_in_path ("ip") == NULL ||
          !run_quietly ("unshare -rn true"))
        return FALSE;
      g_setenv (NETNS_ENV, mine, TRUE);
      g_ptr_array_add (args, (char *) "unshare");
      g_ptr_array_add (args, (char *) "-rn");
      g_ptr_array_add (args, (char *) "--");
      g_ptr_array_add (args, self);
      for (int i = 1; i < argc; i++)
        g_ptr_array_add (args, argv[i]);
      g_ptr_array_add (args, NULL);
      execvp ("unshare", (char **) args->pdata);
      g_error ("cannot run unshare: %s", g_strerror (errno));
    }
  /* Only ever configure a namespace that is not the one we started in. */
  if (mine == NULL || strcmp (mine, parent) == 0)
    g_error ("not in a network namespace of our own");
  if (!run_quietly ("ip link set lo up") ||
      !run_quietly ("ip addr add " PUBLIC_ADDRESS "/32 dev lo"))
    g_error ("cannot set up the test's network namespace");
  return TRUE;
}

int
main (int argc, char **argv)
{
  int status;

  have_public = enter_own_network (argc, argv);
  g_test_init (&argc, &argv, NULL);
  article_html = test_read_source_file ("tests/fixtures/html/news.html");
  g_test_add ("/url-policy/loopback-refused", Fixture, NULL, setup_default, test_loopback_refused,
              teardown);
  g_test_add ("/url-policy/redirect-refused", Fixture, NULL, setup_default, test_redirect_refused,
              teardown);
  g_test_add ("/url-policy/feeds-refused", Fixture, NULL, setup_default, test_feeds_refused, teardown);
  g_test_add ("/url-policy/allowed", Fixture, NULL, setup_allowed, test_allowed, teardown);
  status = g_test_run ();
  g_free (article_html);
  return status;
}
