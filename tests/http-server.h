/* http-server.h — a real HTTP server on loopback, on its own thread.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The server runs its own main context, so a test may block in D-Bus calls
 * while the daemon fetches from it.  Handlers run on the server's thread.
 */
#pragma once

#include <libsoup/soup.h>

typedef struct _TestHttpServer TestHttpServer;

/* Listen on 127.0.0.1 on a free port, every path to `handler`. */
TestHttpServer *test_http_server_start (SoupServerCallback handler, gpointer user_data);
/* Listen on `address` ("198.51.100.7", "::1"; NULL: 127.0.0.1). */
TestHttpServer *test_http_server_start_on (const char *address, SoupServerCallback handler,
                                           gpointer user_data);
void test_http_server_stop (TestHttpServer *server);

/* "http://127.0.0.1:PORT" (or the address listened on), without a trailing slash. */
const char *test_http_server_base (TestHttpServer *server);
