/* http-server.c — a real HTTP server on loopback, on its own thread.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "http-server.h"

#include <string.h>

struct _TestHttpServer {
  GThread *thread;
  GMainContext *context;
  GMainLoop *loop;
  SoupServer *server;
  char *base;
};

static gpointer
serve (gpointer data)
{
  TestHttpServer *self = data;

  g_main_context_push_thread_default (self->context);
  g_main_loop_run (self->loop);
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

TestHttpServer *
test_http_server_start (SoupServerCallback handler, gpointer user_data)
{
  return test_http_server_start_on (NULL, handler, user_data);
}

TestHttpServer *
test_http_server_start_on (const char *address, SoupServerCallback handler, gpointer user_data)
{
  TestHttpServer *self = g_new0 (TestHttpServer, 1);
  g_autoptr (GError) error = NULL;
  GSList *uris;
  int port;

  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  /* Created here with the server's context as default, so that its
   * sources attach there; only then does the thread start running them. */
  g_main_context_push_thread_default (self->context);
  self->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (self->server, NULL, handler, user_data, NULL);
  if (address == NULL)
    soup_server_listen_local (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  else
    {
      g_autoptr (GSocketAddress) at = g_inet_socket_address_new_from_string (address, 0);

      g_assert_nonnull (at);
      soup_server_listen (self->server, at, 0, &error);
    }
  g_main_context_pop_thread_default (self->context);
  g_assert_no_error (error);

  uris = soup_server_get_uris (self->server);
  port = g_uri_get_port (uris->data);
  if (address == NULL)
    self->base = g_strdup_printf ("http://127.0.0.1:%d", port);
  else if (strchr (address, ':') != NULL)
    self->base = g_strdup_printf ("http://[%s]:%d", address, port);
  else
    self->base = g_strdup_printf ("http://%s:%d", address, port);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  self->thread = g_thread_new ("http-server", serve, self);
  return self;
}

static gboolean
quit (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

void
test_http_server_stop (TestHttpServer *self)
{
  g_main_context_invoke (self->context, quit, self->loop);
  g_thread_join (self->thread);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_free (self->base);
  g_free (self);
}

const char *
test_http_server_base (TestHttpServer *self)
{
  return self->base;
}
