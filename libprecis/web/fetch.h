/* fetch.h — web pages over HTTP(S) with libsoup, within hard limits.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  guint timeout_seconds;  /* whole fetch, redirects included; 0: 15 s */
  gsize max_bytes;        /* body bytes kept (after decoding); 0: 5 MiB */
  gint max_redirects;     /* < 0: 5; 0: none followed */
  gboolean allow_private_networks;  /* FALSE: public addresses only (url-policy.h) */
  guint max_connections;  /* open at once, all hosts; 0: libsoup's 10 */
} PrecisFetchLimits;

#define PRECIS_FETCH_DEFAULT_TIMEOUT 15
#define PRECIS_FETCH_DEFAULT_MAX_BYTES (5 * 1024 * 1024)
#define PRECIS_FETCH_DEFAULT_MAX_REDIRECTS 5

/* TRUE if `url` is an absolute http:// or https:// URL with a host: the
 * only pages precis fetches.  Otherwise PRECIS_ERROR_INVALID_ARGS naming it. */
gboolean precis_fetch_check_url (const char *url, GError **error);

/* A fetcher owns a SoupSession bound to the thread-default main context
 * of the thread that creates it; use it from that thread only. */
typedef struct _PrecisFetcher PrecisFetcher;

PrecisFetcher *precis_fetcher_new (const PrecisFetchLimits *limits);  /* NULL: defaults */
gboolean precis_fetcher_allows_private_networks (PrecisFetcher *fetcher);
void precis_fetcher_free (PrecisFetcher *fetcher);

/* Fetch an HTML (or text/plain) page.  Only http and https URLs are accepted
 * (PRECIS_ERROR_INVALID_ARGS otherwise).  A body longer than max_bytes is
 * cut there (the page is still returned: its head and article usually
 * come first); another content type fails with
 * PRECIS_ERROR_NOT_AN_ARTICLE; network and HTTP errors, time-out and too
 * many redirects with PRECIS_ERROR_FETCH_FAILED naming the URL and the
 * reason, and so is a host (or a redirect's host) at an address that is
 * not public, unless allow_private_networks; cancelling gives G_IO_ERROR_CANCELLED. */
void precis_fetcher_fetch_async (PrecisFetcher *fetcher, const char *url,
                                 GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data);
/* The body converted to UTF-8 (NUL-terminated, the NUL not counted).
 * `final_url` (may be NULL) gets the URL after redirects; `truncated`
 * (may be NULL) whether the body was cut at max_bytes. */
GBytes *precis_fetcher_fetch_finish (PrecisFetcher *fetcher, GAsyncResult *result,
                                     char **final_url, gboolean *truncated,
                                     GError **error);

/* Whether the page was text/plain (accepted too: its body is the text
 * itself, nothing to extract) rather than HTML. */
gboolean precis_fetcher_result_is_plain_text (GAsyncResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisFetcher, precis_fetcher_free)

G_END_DECLS
