/* url-policy.h — which addresses precis may fetch from.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A page or feed named by a client is fetched only from a public address:
 * never loopback, link-local, private (RFC 1918, fc00::/7), CGNAT
 * (100.64.0.0/10), multicast, reserved or unspecified ones, whether written
 * as IPv4, IPv6 or IPv4 inside IPv6.  Otherwise precisd would be a proxy
 * into the user's machine and LAN for any client, even a sandboxed one
 * without network access.  The check runs three times: on the host as
 * written (literal addresses are refused before any packet is sent), on
 * what the name resolves to (before connecting), and on the address the
 * socket actually connected to (so DNS rebinding between the two lookups
 * gains nothing).
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* NULL for a public address, else what it is ("loopback", "private", ...). */
const char *precis_address_refusal (GInetAddress *address);

/* FALSE with PRECIS_ERROR_FETCH_FAILED naming the address and the setting
 * that allows it, when `address` is not public.  `what` names what was
 * asked for (a host or a URL) in the message. */
gboolean precis_address_check (GInetAddress *address, const char *what, GError **error);

/* The host of `uri` as written: a literal address is checked; a name is
 * left to the resolver and connect checks.  TRUE for names. */
gboolean precis_url_check_host (GUri *uri, GError **error);

/* Make `session` resolve each destination and refuse non-public ones
 * before connecting.  Connections then go direct: a proxy could reach
 * any address on our behalf, unseen. */
void precis_url_policy_apply_to_session (SoupSession *session);

/* Watch `message`'s connection: one that reaches a non-public address is
 * closed before the request is written.  After a failed send,
 * precis_url_policy_take_refusal() gives the reason, if it was this. */
void precis_url_policy_watch_message (SoupMessage *message);
GError *precis_url_policy_take_refusal (SoupMessage *message);

G_END_DECLS
