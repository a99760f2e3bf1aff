/* html-article.h — the article of a web page: its text, structure and metadata.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  /* The article text: one paragraph or heading per line, lines separated
   * by "\n\n" (so every non-empty line is one paragraph). */
  char *text;
  /* Indices (guint32) of the headings among the non-empty lines of `text`,
   * in increasing order; NULL when the article has none. */
  GArray *heading_lines;
  char *title;      /* og:title, JSON-LD headline or <title> minus " | Site" */
  char *published;  /* ISO 8601 (date, or date and time with offset), or NULL */
  char *site;       /* og:site_name or JSON-LD publisher, or NULL */
  char *author;     /* or NULL */
  char *language;   /* BCP 47 tag from <html lang> etc., or NULL */
  char *url;        /* the URL given to extract (or NULL) */
} PrecisArticle;

/* Find the article in `html` (UTF-8; `length` bytes, or -1 if NUL-terminated).
 * `url` (may be NULL) is copied into the result.  Errors with
 * PRECIS_ERROR_NOT_AN_ARTICLE when the page has no article text.
 * Thread-safe; never reads the network. */
PrecisArticle *precis_article_extract (const char *html, gssize length,
                                       const char *url, GError **error);
void precis_article_free (PrecisArticle *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisArticle, precis_article_free)

G_END_DECLS
