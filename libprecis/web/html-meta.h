/* html-meta.h — a web page's metadata: title, date, site, author, language.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/HTMLtree.h>

G_BEGIN_DECLS

typedef struct {
  char *title, *published, *site, *author, *language;
  char *body;          /* JSON-LD articleBody, or NULL */
  char *h1;            /* the page's first <h1>, for telling titles apart */
} PrecisHtmlMeta;

/* Read the metadata of the whole document (call before anything strips
 * <script> or <meta>).  Fields not found stay NULL. */
void precis_html_meta_read (xmlDoc *doc, PrecisHtmlMeta *meta);
void precis_html_meta_clear (PrecisHtmlMeta *meta);

/* html-date.c: a date as pages write it (ISO 8601 variants, RFC 2822, "2019-04-28
 * 06:01:07") to ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" with
 * "+HH:MM" when the page gave an offset.  NULL if it is not a date. */
char *precis_html_normalize_date (const char *text);

/* html-title.c: `title` without a site name before or after a separator (" | ", " - ",
 * " — ", " · ", …): the site given, or a short segment that looks like one. */
char *precis_html_strip_site (const char *title, const char *site);

G_END_DECLS
