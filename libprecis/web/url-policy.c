/* url-policy.c — which addresses precis may fetch from.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The resolver check rides on the session's GProxyResolver: libsoup asks
 * it about every connection it opens (first hop, redirects, feeds), so no
 * code path can forget it, and it runs before the socket is created.  The
 * connect check rides on the message's "network-event" signal, emitted
 * once the TCP connection exists and before a byte of the request (or of
 * a TLS handshake) is written.
 */
#include "config.h"

#include "url-policy.h"
#include "errors.h"

#include <string.h>

#define REFUSAL_KEY "precis-url-refusal"

static const char *
ipv4_refusal (const guint8 *b)
{
  if (b[0] == 0)
    return "unspecified (0.0.0.0/8)";
  if (b[0] == 127)
    return "loopback";
  if (b[0] == 10 || (b[0] == 172 && (b[1] & 0xf0) == 16) || (b[0] == 192 && b[1] == 168))
    return "private (RFC 1918)";
  if (b[0] == 100 && (b[1] & 0xc0) == 64)
    return "shared carrier-grade NAT (100.64.0.0/10)";
  if (b[0] == 169 && b[1] == 254)
    return "link-local";
  if (b[0] == 192 && b[1] == 0 && b[2] == 0)
    return "IETF protocol assignments (192.0.0.0/24)";
  if ((b[0] & 0xf0) == 224)
    return "multicast";
  if ((b[0] & 0xf0) == 240)
    return "reserved or broadcast";
  return NULL;
}

static gboolean
all_zero (const guint8 *b, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (b[i] != 0)
      return FALSE;
  return TRUE;
}

static const char *
ipv6_refusal (const guint8 *b)
{
  static const guint8 nat64[12] = { 0x00, 0x64, 0xff, 0x9b };

  /* IPv4 written inside IPv6 (mapped ::ffff:a.b.c.d, the old compatible
   * ::a.b.c.d, NAT64 64:ff9b::a.b.c.d) reaches the IPv4 address: judge that. */
  if (all_zero (b, 10) && b[10] == 0xff && b[11] == 0xff)
    return ipv4_refusal (b + 12);
  if (memcmp (b, nat64, 12) == 0)
    return ipv4_refusal (b + 12);
  if (all_zero (b, 15))
    return b[15] == 0 ? "unspecified (::)" : b[15] == 1 ? "loopback" : ipv4_refusal (b + 12);
  if (all_zero (b, 12))
    return ipv4_refusal (b + 12);
  if ((b[0] & 0xfe) == 0xfc)
    return "unique local (fc00::/7)";
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
    return "link-local";
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
    return "site-local (fec0::/10)";
  if (b[0] == 0xff)
    return "multicast";
  return NULL;
}

const char *
precis_address_refusal (GInetAddress *address)
{
  const guint8 *bytes = g_inet_address_to_bytes (address);

  if (g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV4)
    return ipv4_refusal (bytes);
  return ipv6_refusal (bytes);
}

gboolean
precis_address_check (GInetAddress *address, const char *what, GError **error)
{
  const char *refusal = precis_address_refusal (address);
  g_autofree char *text = NULL;

  if (refusal == NULL)
    return TRUE;
  text = g_inet_address_to_string (address);
  if (what != NULL && strcmp (what, text) != 0)
    g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED,
                 "%s is at %s, not a public address (%s); precisd fetches only from public addresses "
                 "(allow-private-networks in the [fetch] group of precisd.conf allows the others)",
                 what, text, refusal);
  else
    g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED,
                 "%s is not a public address (%s); precisd fetches only from public addresses "
                 "(allow-private-networks in the [fetch] group of precisd.conf allows the others)",
                 text, refusal);
  return FALSE;
}

gboolean
precis_url_check_host (GUri *uri, GError **error)
{
  const char *host = g_uri_get_host (uri);
  g_autoptr (GInetAddress) address = NULL;
  g_autofree char *bare = NULL;

  if (host == NULL)
    return TRUE;
  /* GUri keeps an IPv6 zone ("fe80::1%eth0"); the address ends before it. */
  bare = g_strndup (host, strcspn (host, "%"));
  address = g_inet_address_new_from_string (bare);
  return address == NULL || precis_address_check (address, NULL, error);
}

/* --- the resolver check: a GProxyResolver that resolves and judges ----------------- */

#define PRECIS_TYPE_GUARD_RESOLVER (precis_guard_resolver_get_type ())
G_DECLARE_FINAL_TYPE (PrecisGuardResolver, precis_guard_resolver, PRECIS, GUARD_RESOLVER, GObject)

struct _PrecisGuardResolver {
  GObject parent;
};

static void precis_guard_resolver_iface_init (GProxyResolverInterface *iface);

G_DEFINE_TYPE_WITH_CODE (PrecisGuardResolver, precis_guard_resolver, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (G_TYPE_PROXY_RESOLVER,
                                                precis_guard_resolver_iface_init))

static gboolean
guard_is_supported (GProxyResolver *resolver)
{
  return TRUE;
}

static char **
guard_lookup (GProxyResolver *resolver, const char *uri_string, GCancellable *cancellable,
              GError **error)
{
  g_autoptr (GUri) uri = g_uri_parse (uri_string, G_URI_FLAGS_PARSE_RELAXED, NULL);
  g_autoptr (GError) resolve_error = NULL;
  GList *addresses = NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;
  gboolean ok = TRUE;
  char **direct;

  if (host != NULL && !precis_url_check_host (uri, error))
    return NULL;
  if (host != NULL && !g_hostname_is_ip_address (host))
    addresses = g_resolver_lookup_by_name (g_resolver_get_default (), host, cancellable,
                                           &resolve_error);
  /* A name that does not resolve is left to the connection to report. */
  for (GList *a = addresses; a != NULL && ok; a = a->next)
    ok = precis_address_check (a->data, host, error);
  g_resolver_free_addresses (addresses);
  if (!ok)
    return NULL;
  direct = g_new0 (char *, 2);
  direct[0] = g_strdup ("direct://");
  return direct;
}

static void
guard_lookup_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  GError *error = NULL;
  char **proxies = guard_lookup (source, data, cancellable, &error);

  if (proxies == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, proxies, (GDestroyNotify) g_strfreev);
}

static void
guard_lookup_async (GProxyResolver *resolver, const char *uri, GCancellable *cancellable,
                    GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (resolver, cancellable, callback, user_data);

  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_run_in_thread (task, guard_lookup_thread);
}

static char **
guard_lookup_finish (GProxyResolver *resolver, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
precis_guard_resolver_iface_init (GProxyResolverInterface *iface)
{
  iface->is_supported = guard_is_supported;
  iface->lookup = guard_lookup;
  iface->lookup_async = guard_lookup_async;
  iface->lookup_finish = guard_lookup_finish;
}

static void
precis_guard_resolver_class_init (PrecisGuardResolverClass *klass)
{
}

static void
precis_guard_resolver_init (PrecisGuardResolver *self)
{
}

void
precis_url_policy_apply_to_session (SoupSession *session)
{
  g_autoptr (PrecisGuardResolver) guard = g_object_new (PRECIS_TYPE_GUARD_RESOLVER, NULL);

  soup_session_set_proxy_resolver (session, G_PROXY_RESOLVER (guard));
}

/* --- the connect check ------------------------------------------------------------------ */

static void
on_network_event (SoupMessage *message, GSocketClientEvent event, GIOStream *connection,
                  gpointer user_data)
{
  g_autoptr (GSocketAddress) remote = NULL;
  GError *error = NULL;
  g_autofree char *host = NULL;

  if (event != G_SOCKET_CLIENT_CONNECTED || !G_IS_SOCKET_CONNECTION (connection))
    return;
  remote = g_socket_connection_get_remote_address (G_SOCKET_CONNECTION (connection), NULL);
  if (remote == NULL || !G_IS_INET_SOCKET_ADDRESS (remote))
    return;
  host = g_strdup (g_uri_get_host (soup_message_get_uri (message)));
  if (precis_address_check (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (remote)),
                            host, &error))
    return;
  g_object_set_data_full (G_OBJECT (message), REFUSAL_KEY, error, (GDestroyNotify) g_error_free);
  /* Closed before the request or a TLS hello is written: the send fails. */
  g_socket_close (g_socket_connection_get_socket (G_SOCKET_CONNECTION (connection)), NULL);
}

void
precis_url_policy_watch_message (SoupMessage *message)
{
  g_signal_connect (message, "network-event", G_CALLBACK (on_network_event), NULL);
}

GError *
precis_url_policy_take_refusal (SoupMessage *message)
{
  return g_object_steal_data (G_OBJECT (message), REFUSAL_KEY);
}
