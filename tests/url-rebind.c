/* url-rebind.c — DNS rebinding cannot walk the fetcher around its address check.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The fetcher judges a name twice: when libsoup asks its proxy resolver
 * (the name's addresses, before any socket) and when the socket has
 * connected (the address actually reached).  A name whose DNS answer
 * changes between those two lookups is the attack the second check is
 * for: public the first time, loopback the next.  No resolver on this
 * machine answers that way, so the test installs one as GLib's default
 * resolver: the lookups the fetcher and GSocketClient really make go to
 * it, and the connection really goes to a real server on loopback that
 * counts its requests.
 */
#include "config.h"

#include <gio/gio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "errors.h"
#include "fetch.h"
#include "http-server.h"

#define REBIND_HOST "news.rebind.test"
#define PUBLIC_ADDRESS "198.51.100.7"   /* TEST-NET-2: never reached */

/* --- a resolver whose answer changes after the first lookup --- */

#define TEST_TYPE_REBIND_RESOLVER (test_rebind_resolver_get_type ())
G_DECLARE_FINAL_TYPE (TestRebindResolver, test_rebind_resolver, TEST, REBIND_RESOLVER, GResolver)

struct _TestRebindResolver {
  GResolver parent;
  gint lookups;
  GResolver *real;   /* every other name */
};

G_DEFINE_TYPE (TestRebindResolver, test_rebind_resolver, G_TYPE_RESOLVER)

static GList *
rebind_lookup (TestRebindResolver *self, const char *name, GResolverNameLookupFlags flags,
               GCancellable *cancellable, GError **error)
{
  const char *answer;

  if (g_ascii_strcasecmp (name, REBIND_HOST) != 0)
    return g_resolver_lookup_by_name_with_flags (self->real, name, flags, cancellable, error);
  answer = g_atomic_int_add (&self->lookups, 1) == 0 ? PUBLIC_ADDRESS : "127.0.0.1";
  if (flags & G_RESOLVER_NAME_LOOKUP_FLAGS_IPV6_ONLY)
    {
      g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "no IPv6 address for %s", name);
      return NULL;
    }
  return g_list_prepend (NULL, g_inet_address_new_from_string (answer));
}

static GList *
rebind_lookup_by_name_with_flags (GResolver *resolver, const char *name, GResolverNameLookupFlags flags,
                                  GCancellable *cancellable, GError **error)
{
  return rebind_lookup (TEST_REBIND_RESOLVER (resolver), name, flags, cancellable, error);
}

static GList *
rebind_lookup_by_name (GResolver *resolver, const char *name, GCancellable *cancellable, GError **error)
{
  return rebind_lookup_by_name_with_flags (resolver, name, G_RESOLVER_NAME_LOOKUP_FLAGS_DEFAULT,
                                           cancellable, error);
}

static void
rebind_lookup_by_name_with_flags_async (GResolver *resolver, const char *name,
                                        GResolverNameLookupFlags flags, GCancellable *cancellable,
                                        GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (resolver, cancellable, callback, user_data);
  GError *error = NULL;
  GList *addresses = rebind_lookup_by_name_with_flags (resolver, name, flags, cancellable, &error);

  if (addresses != NULL)
    g_task_return_pointer (task, addresses, (GDestroyNotify) g_resolver_free_addresses);
  else
    g_task_return_error (task, error);
}

static void
rebind_lookup_by_name_async (GResolver *resolver, const char *name, GCancellable *cancellable,
                             GAsyncReadyCallback callback, gpointer user_data)
{
  rebind_lookup_by_name_with_flags_async (resolver, name, G_RESOLVER_NAME_LOOKUP_FLAGS_DEFAULT,
                                          cancellable, callback, user_data);
}

static GList *
rebind_lookup_finish (GResolver *resolver, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
test_rebind_resolver_finalize (GObject *object)
{
  g_object_unref (TEST_REBIND_RESOLVER (object)->real);
  G_OBJECT_CLASS (test_rebind_resolver_parent_class)->finalize (object);
}

static void
test_rebind_resolver_class_init (TestRebindResolverClass *klass)
{
  GResolverClass *resolver_class = G_RESOLVER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = test_rebind_resolver_finalize;
  resolver_class->lookup_by_name = rebind_lookup_by_name;
  resolver_class->lookup_by_name_async = rebind_lookup_by_name_async;
  resolver_class->lookup_by_name_finish = rebind_lookup_finish;
  resolver_class->lookup_by_name_with_flags = rebind_lookup_by_name_with_flags;
  resolver_class->lookup_by_name_with_flags_async = rebind_lookup_by_name_with_flags_async;
  resolver_class->lookup_by_name_with_flags_finish = rebind_lookup_finish;
}

static void
test_rebind_resolver_init (TestRebindResolver *self)
{
  self->real = g_resolver_get_default ();
}

/* --- the tests --- */

static TestRebindResolver *resolver;
static TestHttpServer *server;
static gint requests;

static void
on_request (SoupServer *soup, SoupServerMessage *msg, const char *path, GHashTable *query,
            gpointer user_data)
{
  const char *page = "<html><head><title>Rebound</title></head><body><article><p>"
                     "A page on loopback that a public name must not reach.</p></article></body></html>";

  g_atomic_int_inc (&requests);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC, page,
                                    strlen (page));
}

typedef struct {
  GBytes *body;
  GError *error;
  gboolean done;
} Result;

static PrecisFetcher *current;

static void
on_fetched (GObject *source, GAsyncResult *res, gpointer user_data)
{
  Result *r = user_data;

  r->body = precis_fetcher_fetch_finish (current, res, NULL, NULL, &r->error);
  r->done = TRUE;
}

/* Fetches http://REBIND_HOST:PORT/article, the name's first answer public. */
static void
fetch_rebound (PrecisFetcher *fetcher, Result *r)
{
  const char *port = strrchr (test_http_server_base (server), ':') + 1;
  g_autofree char *url = g_strdup_printf ("http://%s:%s/article", REBIND_HOST, port);

  memset (r, 0, sizeof *r);
  g_atomic_int_set (&resolver->lookups, 0);
  current = fetcher;
  precis_fetcher_fetch_async (fetcher, url, NULL, on_fetched, r);
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
}

/* The proxy-resolver check sees the public answer; the connection lands
 * on loopback, and the connect check closes it before a request is written. */
static void
test_rebind_refused (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (NULL);
  Result r;

  fetch_rebound (f, &r);
  g_assert_null (r.body);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  g_assert_nonnull (strstr (r.error->message, "127.0.0.1"));
  g_assert_nonnull (strstr (r.error->message, "allow-private-networks"));
  /* Two lookups at least: the check's and the connection's. */
  g_assert_cmpint (g_atomic_int_get (&resolver->lookups), >=, 2);
  g_assert_cmpint (g_atomic_int_get (&requests), ==, 0);
  g_clear_error (&r.error);
}

/* The same name with private networks allowed reaches the server: the
 * refusal above is the policy's, not a name that cannot be reached. */
static void
test_rebind_allowed (void)
{
  PrecisFetchLimits limits = { .max_redirects = -1, .allow_private_networks = TRUE };
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&limits);
  gint before = g_atomic_int_get (&requests);
  Result r;

  fetch_rebound (f, &r);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.body);
  g_assert_cmpint (g_atomic_int_get (&requests), ==, before + 1);
  g_bytes_unref (r.body);
}

int
main (int argc, char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  resolver = g_object_new (TEST_TYPE_REBIND_RESOLVER, NULL);
  g_resolver_set_default (G_RESOLVER (resolver));
  server = test_http_server_start (on_request, NULL);

  g_test_add_func ("/url-rebind/refused-at-connect", test_rebind_refused);
  g_test_add_func ("/url-rebind/allowed", test_rebind_allowed);
  ret = g_test_run ();
  test_http_server_stop (server);
  g_object_unref (resolver);
  return ret;
}
