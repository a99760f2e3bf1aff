/* Tests for libprecis/web/fetch.c: a real HTTP server on loopback (SoupServer in
 * this process) serving pages, redirects, stalls, endless bodies, wrong
 * types, other charsets and gzip; the fetcher's limits must hold.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "errors.h"
#include "fetch.h"
#include "html-article.h"
#include "url-policy.h"

#define CHUNK (64 * 1024)
#define ENDLESS_BYTES (50 * 1024 * 1024)

static SoupServer *server;
static char *base;              /* http://127.0.0.1:PORT */
static char *last_user_agent;
static guint requests_seen;
/* The server's end of the last request's connection. */
static GSocket *last_socket;
/* While a test wants them: the server's ends of every request's connection. */
static GPtrArray *sockets_seen;
/* The server is on loopback: these fetchers may go there. */
static const PrecisFetchLimits loopback = { .max_redirects = -1, .allow_private_networks = TRUE };

static char *
fixture (const char *name, gsize *len)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "html", name, NULL);
  char *data = NULL;
  g_assert_true (g_file_get_contents (path, &data, len, NULL));
  return data;
}

static void
serve_fixture (SoupServerMessage *msg, const char *name, const char *type)
{
  gsize len;
  char *data = fixture (name, &len);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_TAKE, data, len);
}

/* ---- endless and trickling bodies ---- */

static void
on_wrote_chunk_endless (SoupServerMessage *msg, gpointer user_data)
{
  gsize *sent = g_object_get_data (G_OBJECT (msg), "sent");
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  if (*sent >= ENDLESS_BYTES)
    {
      soup_message_body_complete (body);
      return;
    }
  static char chunk[CHUNK];
  if (chunk[0] == '\0')
    for (gsize i = 0; i < CHUNK; i++)
      chunk[i] = "<p>All work and no play makes a dull page, endlessly.</p>\n"[i % 58];
  soup_message_body_append (body, SOUP_MEMORY_STATIC, chunk, CHUNK);
  *sent += CHUNK;
}

static gboolean
trickle_next (gpointer user_data)
{
  SoupServerMessage *msg = user_data;
  if (g_object_get_data (G_OBJECT (msg), "finished") == NULL)
    {
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC,
                                "x", 1);
      soup_server_message_unpause (msg);
    }
  return G_SOURCE_REMOVE;
}

static void
on_wrote_chunk_trickle (SoupServerMessage *msg, gpointer user_data)
{
  soup_server_message_pause (msg);
  g_timeout_add_full (G_PRIORITY_DEFAULT, 200, trickle_next, g_object_ref (msg), g_object_unref);
}

static void
on_finished (SoupServerMessage *msg, gpointer user_data)
{
  g_object_set_data (G_OBJECT (msg), "finished", GINT_TO_POINTER (1));
}

static void
start_chunked (SoupServerMessage *msg, GCallback on_chunk)
{
  soup_server_message_set_status (msg, 200, NULL);
  SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);
  soup_message_headers_set_encoding (h, SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_content_type (h, "text/html", NULL);
  g_object_set_data_full (G_OBJECT (msg), "sent", g_new0 (gsize, 1), g_free);
  g_signal_connect (msg, "wrote-chunk", on_chunk, NULL);
  g_signal_connect (msg, "finished", G_CALLBACK (on_finished), NULL);
  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC,
                            "<html><body>", 12);
}

static GBytes *
compress (const char *data, gsize len, GZlibCompressorFormat format)
{
  g_autoptr (GZlibCompressor) z = g_zlib_compressor_new (format, -1);
  g_autoptr (GOutputStream) mem = g_memory_output_stream_new_resizable ();
  g_autoptr (GOutputStream) out = g_converter_output_stream_new (mem, G_CONVERTER (z));
  g_assert_true (g_output_stream_write_all (out, data, len, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (mem));
}

static void
handler (SoupServer *srv, SoupServerMessage *msg, const char *path, GHashTable *query,
         gpointer user_data)
{
  SoupMessageHeaders *req = soup_server_message_get_request_headers (msg);
  requests_seen++;
  g_set_object (&last_socket, soup_server_message_get_socket (msg));
  if (sockets_seen != NULL)
    g_ptr_array_add (sockets_seen, g_object_ref (last_socket));
  g_free (last_user_agent);
  last_user_agent = g_strdup (soup_message_headers_get_one (req, "User-Agent"));

  if (g_str_equal (path, "/article"))
    serve_fixture (msg, "news.html", "text/html; charset=utf-8");
  else if (g_str_has_prefix (path, "/redirect/"))
    {
      int n = atoi (path + 10);
      if (n <= 0)
        serve_fixture (msg, "news.html", "text/html");
      else
        {
          g_autofree char *to = g_strdup_printf ("/redirect/%d", n - 1);
          soup_server_message_set_redirect (msg, n % 2 ? 302 : 301, to);
        }
    }
  else if (g_str_equal (path, "/loop"))
    soup_server_message_set_redirect (msg, 302, "/loop");
  else if (g_str_equal (path, "/to-file"))
    soup_server_message_set_redirect (msg, 302, "file:///etc/passwd");
  else if (g_str_equal (path, "/stall"))
    soup_server_message_pause (msg);  /* never answered */
  else if (g_str_equal (path, "/endless"))
    start_chunked (msg, G_CALLBACK (on_wrote_chunk_endless));
  else if (g_str_equal (path, "/trickle"))
    start_chunked (msg, G_CALLBACK (on_wrote_chunk_trickle));
  else if (g_str_equal (path, "/json"))
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, "{}", 2);
    }
  else if (g_str_equal (path, "/latin1"))
    serve_fixture (msg, "latin1.html", "text/html; charset=ISO-8859-1");
  else if (g_str_equal (path, "/cp1251-meta"))
    serve_fixture (msg, "cp1251-meta.html", "text/html");
  else if (g_str_equal (path, "/cp1251-header"))
    {
      /* The header wins over a wrong <meta>: serve the bytes with a lying meta. */
      gsize len;
      g_autofree char *data = fixture ("cp1251-meta.html", &len);
      g_auto (GStrv) parts = g_strsplit (data, "charset=windows-1251", -1);
      g_autofree char *lie = g_strjoinv ("charset=utf-8", parts);
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html; charset=windows-1251", SOUP_MEMORY_COPY,
                                        lie, strlen (lie));
    }
  else if (g_str_equal (path, "/gzip") || g_str_equal (path, "/deflate"))
    {
      gsize len;
      g_autofree char *data = fixture ("news.html", &len);
      gboolean gz = g_str_equal (path, "/gzip");
      g_autoptr (GBytes) z = compress (data, len, gz ? G_ZLIB_COMPRESSOR_FORMAT_GZIP
                                                     : G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Content-Encoding", gz ? "gzip" : "deflate");
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (z, NULL), g_bytes_get_size (z));
    }
  else if (g_str_equal (path, "/500"))
    soup_server_message_set_status (msg, 500, NULL);
  else
    soup_server_message_set_status (msg, 404, NULL);
}

/* Whether the client closed the connection whose server end is SOCK.
 * SoupServer does not read from a connection whose message is paused
 * (/stall), so it never notices the client going ("request-aborted" comes
 * only when it next writes, or from a test before): look at the socket
 * itself, which reads end-of-file (or fails) once the client closed it, or
 * is closed by the server after a failed write.  The 30 s are a hang
 * guard, not a time limit. */
static gboolean
client_closed (GSocket *sock)
{
  gint64 guard = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < guard)
    {
      g_autoptr (GError) error = NULL;
      char byte;
      GInputVector v = { &byte, 1 };
      int flags = G_SOCKET_MSG_PEEK;

      if (g_socket_is_closed (sock))
        return TRUE;
      /* Peek only when readable: the socket may block. */
      if (g_socket_condition_check (sock, G_IO_IN | G_IO_HUP | G_IO_ERR) == 0)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
          continue;
        }
      gssize n = g_socket_receive_message (sock, NULL, &v, 1, NULL, NULL, &flags, NULL, &error);
      if (n == 0 || (n < 0 && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK)))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return FALSE;
}

/* ---- the client side ---- */

typedef struct {
  GBytes *body;
  char *final_url;
  gboolean truncated;
  GError *error;
  gboolean done;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->body, g_bytes_unref);
  g_clear_pointer (&r->final_url, g_free);
  g_clear_error (&r->error);
}

static void
wait_for (Result *r)
{
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
}

/* Our callback needs the fetcher: keep one per test, global for brevity. */
static PrecisFetcher *current;

static void
on_fetched_current (GObject *source, GAsyncResult *res, gpointer user_data)
{
  Result *r = user_data;
  r->body = precis_fetcher_fetch_finish (current, res, &r->final_url, &r->truncated, &r->error);
  r->done = TRUE;
}

static void
fetch_with (PrecisFetcher *fetcher, const char *path_or_url, Result *r)
{
  g_autofree char *url = strstr (path_or_url, "://") || strchr (path_or_url, ':')
                           ? g_strdup (path_or_url) : g_strconcat (base, path_or_url, NULL);
  memset (r, 0, sizeof *r);
  current = fetcher;
  precis_fetcher_fetch_async (fetcher, url, NULL, on_fetched_current, r);
  wait_for (r);
}

static const char *
body_str (Result *r)
{
  g_assert_nonnull (r->body);
  gsize n;
  const char *s = g_bytes_get_data (r->body, &n);
  g_assert_cmpint (s[n], ==, '\0');
  return s;
}

static void
test_article (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&loopback);
  Result r;
  fetch_with (f, "/article", &r);
  g_assert_no_error (r.error);
  g_assert_nonnull (strstr (body_str (&r), "Victorian sea wall"));
  g_autofree char *want = g_strconcat (base, "/article", NULL);
  g_assert_cmpstr (r.final_url, ==, want);
  g_assert_false (r.truncated);
  g_assert_cmpstr (last_user_agent, ==, "precis/" PRECIS_VERSION);

  /* End to end: what the daemon does with the page. */
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = precis_article_extract (body_str (&r), -1, r.final_url, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->published, ==, "2025-02-22T09:30:00+00:00");
  result_clear (&r);
}

static void
test_redirects (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&loopback);
  Result r;
  fetch_with (f, "/redirect/5", &r);
  g_assert_no_error (r.error);
  g_autofree char *want = g_strconcat (base, "/redirect/0", NULL);
  g_assert_cmpstr (r.final_url, ==, want);
  result_clear (&r);

  fetch_with (f, "/redirect/6", &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  g_assert_nonnull (strstr (r.error->message, "redirects"));
  g_assert_nonnull (strstr (r.error->message, "/redirect/6"));
  result_clear (&r);

  fetch_with (f, "/loop", &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  result_clear (&r);

  fetch_with (f, "/to-file", &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  g_assert_nonnull (strstr (r.error->message, "file:///etc/passwd"));
  result_clear (&r);

  PrecisFetchLimits none = { .max_redirects = 0, .allow_private_networks = TRUE };
  g_autoptr (PrecisFetcher) strict = precis_fetcher_new (&none);
  fetch_with (strict, "/redirect/1", &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  result_clear (&r);
}

static void
test_timeout (gconstpointer path)
{
  PrecisFetchLimits limits = { .timeout_seconds = 1, .max_redirects = -1, .allow_private_networks = TRUE };
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&limits);
  Result r;
  gint64 t0 = g_get_monotonic_time ();
  fetch_with (f, path, &r);
  gint64 elapsed = g_get_monotonic_time () - t0;
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  if (strstr (r.error->message, "1 s") == NULL)
    g_error ("%s", r.error->message);
  /* The message says the 1 s timer ended it (the server never finishes,
   * so nothing else could); no upper bound on the clock, which a loaded
   * machine breaks. */
  g_assert_nonnull (strstr (r.error->message, "timed out"));
  g_assert_cmpint (elapsed, >=, G_USEC_PER_SEC / 2);
  result_clear (&r);
  /* The timed-out fetch's connection is dropped then, not kept by the
   * session (freeing the fetcher would close it anyway): a slow site
   * cannot pile up connections. */
  g_assert_true (client_closed (last_socket));
}

/* Fetches started this far apart, over a second: one at each tenth. */
#define SPREAD_FETCHES 10

typedef struct _Spread Spread;

typedef struct {
  Spread *spread;
  PrecisFetcher *fetcher;   /* its own: a session queues a host's third request */
  Result r;
  gint64 started, ended;
} SpreadFetch;

struct _Spread {
  char *url;
  SpreadFetch fetches[SPREAD_FETCHES];
  guint n_started, n_ended;
};

static void
on_spread_fetched (GObject *source, GAsyncResult *res, gpointer user_data)
{
  SpreadFetch *one = user_data;

  one->ended = g_get_monotonic_time ();
  one->r.body = precis_fetcher_fetch_finish (one->fetcher, res, &one->r.final_url, &one->r.truncated,
                                             &one->r.error);
  one->spread->n_ended++;
}

static gboolean
start_spread_fetch (gpointer user_data)
{
  Spread *s = user_data;
  SpreadFetch *one = &s->fetches[s->n_started++];
  PrecisFetchLimits limits = { .timeout_seconds = 1, .max_redirects = -1, .allow_private_networks = TRUE };

  one->spread = s;
  one->fetcher = precis_fetcher_new (&limits);
  one->started = g_get_monotonic_time ();
  precis_fetcher_fetch_async (one->fetcher, s->url, NULL, on_spread_fetched, one);
  return s->n_started < SPREAD_FETCHES ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* The time-out never ends a fetch before its time.  GLib moves a timer of
 * whole seconds to one mark within each second, up to a quarter second
 * early: of fetches started at each tenth of a second, two or three
 * started within that quarter.  Lower bounds only: a loaded machine makes
 * answers later, never earlier.  Each timed-out fetch's connection is
 * dropped (the server sees it closed while the fetchers live). */
static void
test_timeout_not_early (void)
{
  Spread s = { g_strconcat (base, "/stall", NULL) };

  sockets_seen = g_ptr_array_new_with_free_func (g_object_unref);
  start_spread_fetch (&s);
  g_timeout_add (1000 / SPREAD_FETCHES, start_spread_fetch, &s);
  while (s.n_ended < SPREAD_FETCHES)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < SPREAD_FETCHES; i++)
    {
      SpreadFetch *one = &s.fetches[i];

      g_test_message ("fetch %u ended after %.3f s", i, (one->ended - one->started) / 1e6);
      g_assert_error (one->r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
      g_assert_nonnull (strstr (one->r.error->message, "timed out"));
      g_assert_cmpint (one->ended - one->started, >=, G_USEC_PER_SEC);
    }
  g_assert_cmpuint (sockets_seen->len, ==, SPREAD_FETCHES);
  for (guint i = 0; i < sockets_seen->len; i++)
    g_assert_true (client_closed (sockets_seen->pdata[i]));
  for (guint i = 0; i < SPREAD_FETCHES; i++)
    {
      result_clear (&s.fetches[i].r);
      precis_fetcher_free (s.fetches[i].fetcher);
    }
  g_clear_pointer (&sockets_seen, g_ptr_array_unref);
  g_free (s.url);
}

static void
test_cap (void)
{
  /* The default cap (5 MiB) against a 50 MiB body. */
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&loopback);
  Result r;
  fetch_with (f, "/endless", &r);
  g_assert_no_error (r.error);
  g_assert_true (r.truncated);
  g_assert_cmpuint (g_bytes_get_size (r.body), ==, PRECIS_FETCH_DEFAULT_MAX_BYTES);
  result_clear (&r);

  PrecisFetchLimits small = { .max_bytes = 100000, .max_redirects = -1, .allow_private_networks = TRUE };
  g_autoptr (PrecisFetcher) g = precis_fetcher_new (&small);
  fetch_with (g, "/endless", &r);
  g_assert_no_error (r.error);
  g_assert_true (r.truncated);
  g_assert_cmpuint (g_bytes_get_size (r.body), ==, 100000);
  result_clear (&r);

  /* A body exactly at the cap is whole. */
  gsize len;
  g_autofree char *page = fixture ("news.html", &len);
  PrecisFetchLimits exact = { .max_bytes = len, .max_redirects = -1, .allow_private_networks = TRUE };
  g_autoptr (PrecisFetcher) h = precis_fetcher_new (&exact);
  fetch_with (h, "/article", &r);
  g_assert_no_error (r.error);
  g_assert_false (r.truncated);
  g_assert_cmpuint (g_bytes_get_size (r.body), ==, len);
  result_clear (&r);
}

static void
test_content_type (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&loopback);
  Result r;
  fetch_with (f, "/json", &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE);
  g_assert_nonnull (strstr (r.error->message, "application/json"));
  result_clear (&r);
}

static void
test_charsets (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&loopback);
  Result r;
  fetch_with (f, "/latin1", &r);
  g_assert_no_error (r.error);
  g_assert_nonnull (strstr (body_str (&r), "Le préfet a annoncé"));
  result_clear (&r);

  const char *paths[] = { "/cp1251-meta", "/cp1251-header" };
  for (gsize i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      fetch_with (f, paths[i], &r);
      g_assert_no_error (r.error);
      g_assert_true (g_utf8_validate (body_str (&r), -1, NULL));
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisArticle) a = precis_article_extract (body_str (&r), -1, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (a->text, "В Москве прошёл снег"));
      result_clear (&r);
    }
}

static void
test_gzip (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&loopback);
  Result r;
  const char *paths[] = { "/gzip", "/deflate" };
  for (gsize i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      fetch_with (f, paths[i], &r);
      g_assert_no_error (r.error);
      g_assert_nonnull (strstr (body_str (&r), "Victorian sea wall"));
      result_clear (&r);
    }
}

static void
test_http_errors (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&loopback);
  Result r;
  fetch_with (f, "/missing", &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  g_assert_nonnull (strstr (r.error->message, "404"));
  g_assert_nonnull (strstr (r.error->message, "/missing"));
  result_clear (&r);
  fetch_with (f, "/500", &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  g_assert_nonnull (strstr (r.error->message, "500"));
  result_clear (&r);
}

static guint16
closed_port (void)
{
  g_autoptr (GSocket) s = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                        G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr (GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) any = g_inet_socket_address_new (lo, 0);
  g_assert_true (g_socket_bind (s, any, TRUE, NULL));
  g_autoptr (GSocketAddress) bound = g_socket_get_local_address (s, NULL);
  guint16 port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (s, NULL);
  return port;
}

static void
test_https_refused (void)
{
  PrecisFetchLimits limits = { .timeout_seconds = 5, .max_redirects = -1, .allow_private_networks = TRUE };
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&limits);
  Result r;
  /* TLS to a plain HTTP server: the handshake fails, cleanly. */
  g_autofree char *https = g_strconcat ("https", base + 4, "/article", NULL);
  fetch_with (f, https, &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  g_assert_nonnull (strstr (r.error->message, https));
  result_clear (&r);
  /* Nothing listening. */
  g_autofree char *nobody = g_strdup_printf ("https://127.0.0.1:%u/", closed_port ());
  fetch_with (f, nobody, &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  result_clear (&r);
  g_autofree char *nobody_http = g_strdup_printf ("http://127.0.0.1:%u/", closed_port ());
  fetch_with (f, nobody_http, &r);
  g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  result_clear (&r);
}

static void
test_schemes (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&loopback);
  const char *bad[] = { "file:///etc/passwd", "ftp://127.0.0.1/x.html", "javascript:alert(1)",
                        "not a url", "http://", "data:text/html,<p>hi</p>", "" };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      Result r;
      memset (&r, 0, sizeof r);
      current = f;
      precis_fetcher_fetch_async (f, bad[i], NULL, on_fetched_current, &r);
      wait_for (&r);
      g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS);
      result_clear (&r);
    }
}

static gboolean
cancel_later (gpointer c)
{
  g_cancellable_cancel (c);
  return G_SOURCE_REMOVE;
}

static void
test_cancel (gconstpointer path)
{
  PrecisFetcher *f = precis_fetcher_new (&loopback);
  g_autoptr (GCancellable) c = g_cancellable_new ();
  g_autofree char *url = g_strconcat (base, path, NULL);
  Result r;
  memset (&r, 0, sizeof r);
  current = f;
  guint seen = requests_seen;
  precis_fetcher_fetch_async (f, url, c, on_fetched_current, &r);
  /* Cancel once the server is busy with the request (and a little after). */
  while (requests_seen == seen)
    g_main_context_iteration (NULL, TRUE);
  g_timeout_add (300, cancel_later, c);
  wait_for (&r);
  /* CANCELLED, not the fetcher's own 15 s time-out's FetchFailed: the
   * server never finishes, so only the cancel can have ended it so. */
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  result_clear (&r);
  /* The server sees the client go: the connection was really dropped, by
   * the cancel itself (the fetcher is still alive). */
  g_assert_true (client_closed (last_socket));
  precis_fetcher_free (f);
}

static void
test_concurrent (void)
{
  /* A stalled fetch does not hold up another one on the same fetcher. */
  PrecisFetchLimits limits = { .timeout_seconds = 3, .max_redirects = -1, .allow_private_networks = TRUE };
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (&limits);
  g_autofree char *stall = g_strconcat (base, "/stall", NULL);
  g_autofree char *article = g_strconcat (base, "/article", NULL);
  Result slow, fast;
  memset (&slow, 0, sizeof slow);
  memset (&fast, 0, sizeof fast);
  current = f;
  precis_fetcher_fetch_async (f, stall, NULL, on_fetched_current, &slow);
  precis_fetcher_fetch_async (f, article, NULL, on_fetched_current, &fast);
  wait_for (&fast);
  g_assert_no_error (fast.error);
  g_assert_false (slow.done);
  wait_for (&slow);
  g_assert_error (slow.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
  result_clear (&slow);
  result_clear (&fast);
}

/* Every kind of non-public address, and public ones beside them. */
static void
test_address_policy (void)
{
  static const char *const refused[] = {
    "127.0.0.1", "127.255.255.254", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255",
    "172.16.0.1", "172.31.255.255", "192.168.0.1", "100.64.0.1", "100.127.255.255",
    "169.254.169.254", "192.0.0.8", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
    "::", "::1", "fe80::1", "febf::1", "fec0::1", "fc00::1", "fd12:3456::1", "ff02::1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
    "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
  };
  static const char *const allowed[] = {
    "1.1.1.1", "8.8.8.8", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255",
    "100.128.0.1", "192.169.0.1", "169.255.0.1", "223.255.255.255", "2606:4700::1111",
    "2a00:1450:4001::200e", "::ffff:8.8.8.8", "64:ff9b::808:808",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr (GInetAddress) a = g_inet_address_new_from_string (refused[i]);
      g_autoptr (GError) error = NULL;

      g_assert_nonnull (a);
      if (precis_address_refusal (a) == NULL)
        g_error ("%s is not refused", refused[i]);
      g_assert_false (precis_address_check (a, NULL, &error));
      g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
      g_assert_nonnull (strstr (error->message, refused[i]));
    }
  for (gsize i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_autoptr (GInetAddress) a = g_inet_address_new_from_string (allowed[i]);

      g_assert_nonnull (a);
      if (precis_address_refusal (a) != NULL)
        g_error ("%s is refused as %s", allowed[i], precis_address_refusal (a));
    }
}

/* By default the fetcher refuses loopback before the server sees a
 * request: as written, as a name that resolves there, and as the target of
 * a redirect (the redirect's own hop is loopback here too, so the first
 * refusal is what this shows; tests/url-policy.c redirects from a public
 * address in a network namespace of its own). */
static void
test_policy_refuses (void)
{
  g_autoptr (PrecisFetcher) f = precis_fetcher_new (NULL);
  const char *port = strrchr (base, ':') + 1;
  const char *hosts[] = { "127.0.0.1", "localhost", "[::1]", "0.0.0.0", "[::ffff:127.0.0.1]",
                          "user@127.0.0.1" };
  guint seen = requests_seen;

  for (gsize i = 0; i < G_N_ELEMENTS (hosts); i++)
    {
      g_autofree char *url = g_strdup_printf ("http://%s:%s/article", hosts[i], port);
      Result r;

      fetch_with (f, url, &r);
      g_assert_error (r.error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED);
      g_assert_nonnull (strstr (r.error->message, "allow-private-networks"));
      result_clear (&r);
    }
  g_assert_cmpuint (requests_seen, ==, seen);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handler, NULL, NULL);
  g_autoptr (GError) error = NULL;
  if (!soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("cannot listen on loopback: %s", error->message);
  GSList *uris = soup_server_get_uris (server);
  g_autofree char *uri = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  base = g_strndup (uri, strlen (uri) - (g_str_has_suffix (uri, "/") ? 1 : 0));

  g_test_add_func ("/fetch/article", test_article);
  g_test_add_func ("/fetch/redirects", test_redirects);
  g_test_add_data_func ("/fetch/timeout/stall", "/stall", test_timeout);
  g_test_add_data_func ("/fetch/timeout/trickle", "/trickle", test_timeout);
  g_test_add_func ("/fetch/timeout/not-early", test_timeout_not_early);
  g_test_add_func ("/fetch/cap", test_cap);
  g_test_add_func ("/fetch/content-type", test_content_type);
  g_test_add_func ("/fetch/charsets", test_charsets);
  g_test_add_func ("/fetch/compressed", test_gzip);
  g_test_add_func ("/fetch/http-errors", test_http_errors);
  g_test_add_func ("/fetch/https-refused", test_https_refused);
  g_test_add_func ("/fetch/schemes", test_schemes);
  g_test_add_data_func ("/fetch/cancel/headers", "/stall", test_cancel);
  g_test_add_data_func ("/fetch/cancel/body", "/trickle", test_cancel);
  g_test_add_func ("/fetch/concurrent", test_concurrent);
  g_test_add_func ("/fetch/address-policy", test_address_policy);
  g_test_add_func ("/fetch/policy-refuses", test_policy_refuses);
  int ret = g_test_run ();
  g_object_unref (server);
  g_free (base);
  g_free (last_user_agent);
  g_clear_object (&last_socket);
  return ret;
}
