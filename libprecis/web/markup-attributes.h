/* markup-attributes.h — at most so many attributes a tag, before libxml2 is let near a page or a feed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libxml2 (2.9, Debian 12) checks each attribute of a tag against every
 * earlier one of the tag, in its HTML and its XML parser alike: a tag of
 * 20,000 attributes takes 2 s to parse as HTML, 1 s as XML, and 80,000
 * take 109 s as XML; a page or a feed under the fetch limit (5 MiB) holds
 * a million.  precisd reads web pages on a worker thread and feeds on its
 * main loop, so each is scanned first and such a tag loses its excess
 * attributes; the text stays as it is.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Far more than any real element carries. */
#define PRECIS_MARKUP_MAX_ATTRIBUTES 256

/* NULL when no tag of `html` (HTML or XML, `length` bytes) has more than `max`
 * attributes: the page is parsed as it is.  Otherwise a copy without each
 * tag's attributes after its `max`th, NUL-terminated, its length in
 * `out_length`.  Linear; the HTML need not be valid. */
char *precis_markup_drop_excess_attributes (const char *html, gsize length, guint max, gsize *out_length);

/* What the parsers call: when a tag of `*markup` (`*length` bytes) has more
 * than PRECIS_MARKUP_MAX_ATTRIBUTES attributes, points `*markup` and
 * `*length` at a copy without the excess and returns it, to be freed after
 * parsing; otherwise leaves them and returns NULL. */
char *precis_markup_bound_attributes (const char **markup, gsize *length);

G_END_DECLS
