/* fetch.c — web pages over HTTP(S) with libsoup, within hard limits.
 *
 * Redirects are followed here, not by libsoup, so that each hop is counted
 * and checked (http/https only) before it is requested.  The body is read
 * in chunks and reading stops at the byte cap: the page is cut, not
 * refused, because its head and article text come first.  One timer
 * bounds the whole fetch, since libsoup's own time-out is per read and a
 * server that trickles a byte a second would never trip it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "fetch.h"
#include "charset.h"
#include "errors.h"
#include "url-policy.h"

#include <libsoup/soup.h>
#include <string.h>

#define CHUNK_SIZE (64 * 1024)

struct _PrecisFetcher {
  SoupSession *session;
  PrecisFetchLimits limits;
};

typedef struct {
  PrecisFetcher *fetcher;
  char *url;             /* as asked, for error messages */
  GUri *uri;             /* current hop */
  int redirects;
  SoupMessage *msg;
  GInputStream *stream;
  GByteArray *body;
  char *charset;         /* from Content-Type, or NULL */
  gboolean truncated;
  gboolean plain_text;  /* text/plain: the body is the article's text itself */
  gboolean timed_out;
  GCancellable *cancellable;   /* ours: cancelled by the caller's or the timer */
  GCancellable *caller_cancellable;
  gulong caller_handler;
  GSource *timer;
  guint8 *chunk;
} Fetch;

static void
fetch_free (Fetch *f)
{
  if (f->timer != NULL)
    {
      g_source_destroy (f->timer);
      g_source_unref (f->timer);
    }
  if (f->caller_handler != 0)
    g_cancellable_disconnect (f->caller_cancellable, f->caller_handler);
  g_clear_object (&f->caller_cancellable);
  if (f->stream != NULL)
    {
      /* Closing lets libsoup drop the connection of an unfinished body. */
      g_input_stream_close_async (f->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      g_object_unref (f->stream);
    }
  g_clear_object (&f->msg);
  g_clear_object (&f->cancellable);
  if (f->body != NULL)
    g_byte_array_unref (f->body);
  g_clear_pointer (&f->uri, g_uri_unref);
  g_free (f->url);
  g_free (f->charset);
  g_free (f->chunk);
  g_free (f);
}

PrecisFetcher *
precis_fetcher_new (const PrecisFetchLimits *limits)
{
  PrecisFetcher *fetcher = g_new0 (PrecisFetcher, 1);
  if (limits != NULL)
    fetcher->limits = *limits;
  else
    fetcher->limits.max_redirects = -1;
  if (fetcher->limits.timeout_seconds == 0)
    fetcher->limits.timeout_seconds = PRECIS_FETCH_DEFAULT_TIMEOUT;
  if (fetcher->limits.max_bytes == 0)
    fetcher->limits.max_bytes = PRECIS_FETCH_DEFAULT_MAX_BYTES;
  if (fetcher->limits.max_redirects < 0)
    fetcher->limits.max_redirects = PRECIS_FETCH_DEFAULT_MAX_REDIRECTS;
  fetcher->session = soup_session_new_with_options (
    "user-agent", "precis/" PRECIS_VERSION,
    "timeout", fetcher->limits.timeout_seconds,
    "idle-timeout", 60,
    "max-conns-per-host", 4,
    /* Construct-only in libsoup 3. */
    "max-conns", fetcher->limits.max_connections > 0 ? fetcher->limits.max_connections : 10,
    NULL);
  if (!fetcher->limits.allow_private_networks)
    precis_url_policy_apply_to_session (fetcher->session);
  return fetcher;
}

void
precis_fetcher_free (PrecisFetcher *fetcher)
{
  if (fetcher == NULL)
    return;
  soup_session_abort (fetcher->session);
  g_object_unref (fetcher->session);
  g_free (fetcher);
}

static gboolean
scheme_ok (GUri *uri)
{
  const char *scheme = g_uri_get_scheme (uri);
  const char *host = g_uri_get_host (uri);
  return scheme != NULL && host != NULL && *host != '\0'
         && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

gboolean
precis_fetch_check_url (const char *url, GError **error)
{
  g_autoptr (GError) parse_error = NULL;
  g_autoptr (GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED,
                                      &parse_error);
  g_autofree char *quoted = NULL;

  if (uri != NULL && scheme_ok (uri))
    return TRUE;
  quoted = precis_error_quote (url);
  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
               "“%s” is not an http or https URL%s%s", quoted,
               parse_error ? ": " : "", parse_error ? parse_error->message : "");
  return FALSE;
}

static void
fail (GTask *task, int code, const char *reason)
{
  Fetch *f = g_task_get_task_data (task);
  g_task_return_new_error (task, PRECIS_ERROR, code, "could not fetch %s: %s", f->url, reason);
  g_object_unref (task);
}

/* A failed network step: the caller's cancel, our timer, or a real error. */
static void
fail_with (GTask *task, GError *error)
{
  Fetch *f = g_task_get_task_data (task);
  g_autoptr (GError) refusal = f->msg != NULL ? precis_url_policy_take_refusal (f->msg) : NULL;

  /* The address policy closed the connection, or refused the name. */
  if (refusal != NULL || g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED))
    fail (task, PRECIS_ERROR_FETCH_FAILED, (refusal != NULL ? refusal : error)->message);
  /* libsoup's own per-read time-out says the same thing, in its words. */
  else if (f->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      g_autofree char *why = g_strdup_printf ("timed out, no complete answer within %u s",
                                              f->fetcher->limits.timeout_seconds);
      fail (task, PRECIS_ERROR_FETCH_FAILED, why);
    }
  else if (g_cancellable_is_cancelled (f->caller_cancellable))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "fetching %s was cancelled", f->url);
      g_object_unref (task);
    }
  else
    fail (task, PRECIS_ERROR_FETCH_FAILED, error->message);
  g_error_free (error);
}

static void send_hop (GTask *task);

static void
finish (GTask *task)
{
  Fetch *f = g_task_get_task_data (task);
  gsize out_len = 0;
  char *utf8 = precis_charset_to_utf8 ((const char *) f->body->data, f->body->len,
                                       f->charset, &out_len);
  g_task_return_pointer (task, g_bytes_new_take (utf8, out_len), (GDestroyNotify) g_bytes_unref);
  g_object_unref (task);
}

static void
on_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  Fetch *f = g_task_get_task_data (task);
  GError *error = NULL;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (source), result, &error);
  if (n < 0)
    {
      fail_with (task, error);
      return;
    }
  if (n == 0)
    {
      finish (task);
      return;
    }
  /* Each read asks for one byte more than the room left, so a read that
   * overflows proves the body goes on past the cap. */
  gsize room = f->fetcher->limits.max_bytes - f->body->len;
  g_byte_array_append (f->body, f->chunk, MIN ((gsize) n, room));
  if ((gsize) n > room)
    {
      /* Cut at the cap; fetch_free closes the stream, which drops the rest. */
      f->truncated = TRUE;
      finish (task);
      return;
    }
  gsize want = MIN ((gsize) CHUNK_SIZE, f->fetcher->limits.max_bytes - f->body->len + 1);
  g_input_stream_read_async (f->stream, f->chunk, want, G_PRIORITY_DEFAULT,
                             f->cancellable, on_read, task);
}

static gboolean
is_html_type (const char *type)
{
  /* No Content-Type at all: let the parser judge the bytes. */
  return type == NULL || g_ascii_strcasecmp (type, "text/html") == 0
         || g_ascii_strcasecmp (type, "application/xhtml+xml") == 0;
}

static void
on_closed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  g_input_stream_close_finish (G_INPUT_STREAM (source), result, NULL);
  send_hop (task);
}

static void
on_sent (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  Fetch *f = g_task_get_task_data (task);
  GError *error = NULL;
  GInputStream *stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (stream == NULL)
    {
      fail_with (task, error);
      return;
    }
  f->stream = stream;
  guint status = soup_message_get_status (f->msg);
  SoupMessageHeaders *headers = soup_message_get_response_headers (f->msg);

  if (SOUP_STATUS_IS_REDIRECTION (status) && status != 304)
    {
      const char *location = soup_message_headers_get_one (headers, "Location");
      if (location == NULL)
        {
          fail (task, PRECIS_ERROR_FETCH_FAILED, "redirect without a Location");
          return;
        }
      if (f->redirects >= f->fetcher->limits.max_redirects)
        {
          g_autofree char *why = g_strdup_printf ("more than %d redirects",
                                                  f->fetcher->limits.max_redirects);
          fail (task, PRECIS_ERROR_FETCH_FAILED, why);
          return;
        }
      g_autoptr (GUri) next = g_uri_parse_relative (f->uri, location, G_URI_FLAGS_ENCODED, NULL);
      if (next == NULL || !scheme_ok (next))
        {
          g_autofree char *why = g_strdup_printf ("redirected to a URL that is not http(s): %s",
                                                  location);
          fail (task, PRECIS_ERROR_FETCH_FAILED, why);
          return;
        }
      f->redirects++;
      g_uri_unref (f->uri);
      f->uri = g_steal_pointer (&next);
      f->stream = NULL;
      g_input_stream_close_async (stream, G_PRIORITY_DEFAULT, f->cancellable, on_closed, task);
      g_object_unref (stream);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_autofree char *why = g_strdup_printf ("HTTP %u %s", status,
                                              soup_message_get_reason_phrase (f->msg)
                                                ? soup_message_get_reason_phrase (f->msg) : "");
      g_strchomp (why);
      fail (task, PRECIS_ERROR_FETCH_FAILED, why);
      return;
    }
  g_autoptr (GHashTable) params = NULL;
  const char *type = soup_message_headers_get_content_type (headers, &params);
  f->plain_text = type != NULL && g_ascii_strcasecmp (type, "text/plain") == 0;
  if (!is_html_type (type) && !f->plain_text)
    {
      g_autofree char *why = g_strdup_printf ("the page is %s, not HTML", type);
      fail (task, PRECIS_ERROR_NOT_AN_ARTICLE, why);
      return;
    }
  if (params != NULL && g_hash_table_lookup (params, "charset") != NULL)
    f->charset = g_strdup (g_hash_table_lookup (params, "charset"));

  f->body = g_byte_array_new ();
  f->chunk = g_malloc (CHUNK_SIZE);
  gsize want = MIN ((gsize) CHUNK_SIZE, f->fetcher->limits.max_bytes + 1);
  g_input_stream_read_async (f->stream, f->chunk, want, G_PRIORITY_DEFAULT, f->cancellable,
                             on_read, task);
}

static void
send_hop (GTask *task)
{
  Fetch *f = g_task_get_task_data (task);
  GError *error = NULL;

  /* A literal address is judged before any packet is sent to it. */
  if (!f->fetcher->limits.allow_private_networks && !precis_url_check_host (f->uri, &error))
    {
      fail (task, PRECIS_ERROR_FETCH_FAILED, error->message);
      g_error_free (error);
      return;
    }
  g_clear_object (&f->msg);
  f->msg = soup_message_new_from_uri ("GET", f->uri);
  if (!f->fetcher->limits.allow_private_networks)
    precis_url_policy_watch_message (f->msg);
  soup_message_add_flags (f->msg, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_headers_replace (soup_message_get_request_headers (f->msg), "Accept",
                                "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
  soup_session_send_async (f->fetcher->session, f->msg, G_PRIORITY_DEFAULT, f->cancellable,
                           on_sent, task);
}

static gboolean
on_timeout (gpointer user_data)
{
  Fetch *f = user_data;
  f->timed_out = TRUE;
  g_cancellable_cancel (f->cancellable);
  g_clear_pointer (&f->timer, g_source_unref);
  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled (GCancellable *caller, gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

void
precis_fetcher_fetch_async (PrecisFetcher *fetcher, const char *url, GCancellable *cancellable,
                            GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (fetcher != NULL);
  g_return_if_fail (url != NULL);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, precis_fetcher_fetch_async);
  g_task_set_check_cancellable (task, FALSE);
  Fetch *f = g_new0 (Fetch, 1);
  f->fetcher = fetcher;
  f->url = g_strdup (url);
  g_task_set_task_data (task, f, (GDestroyNotify) fetch_free);

  GError *error = NULL;
  if (!precis_fetch_check_url (url, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  f->uri = g_uri_parse (url, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED, NULL);

  f->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      f->caller_cancellable = g_object_ref (cancellable);
      f->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                 g_object_ref (f->cancellable), g_object_unref);
    }
  /* In milliseconds: GLib moves a seconds timer to a mark within the
   * second the session's timers share, up to a quarter second early. */
  f->timer = g_timeout_source_new (MIN (fetcher->limits.timeout_seconds, G_MAXUINT / 1000) * 1000);
  g_source_set_callback (f->timer, on_timeout, f, NULL);
  g_source_attach (f->timer, g_main_context_get_thread_default ());
  send_hop (task);
}

GBytes *
precis_fetcher_fetch_finish (PrecisFetcher *fetcher, GAsyncResult *result, char **final_url,
                             gboolean *truncated, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  GTask *task = G_TASK (result);
  Fetch *f = g_task_get_task_data (task);
  GBytes *body = g_task_propagate_pointer (task, error);
  if (body == NULL)
    return NULL;
  if (final_url != NULL)
    *final_url = g_uri_to_string (f->uri);
  if (truncated != NULL)
    *truncated = f->truncated;
  return body;
}

gboolean
precis_fetcher_result_is_plain_text (GAsyncResult *result)
{
  Fetch *f = g_task_get_task_data (G_TASK (result));

  return f != NULL && f->plain_text;
}

gboolean
precis_fetcher_allows_private_networks (PrecisFetcher *fetcher)
{
  return fetcher->limits.allow_private_networks;
}
