/* html-dom.h — small helpers over libxml2's HTML tree, shared by the
 * article extractor's parts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/HTMLtree.h>

G_BEGIN_DECLS

/* Trees deeper than this are cut: hostile pages nest without end and
 * every walk here recurses.  libxml2 builds no HTML tree deeper than 257
 * (its parser stops at 256 open elements without XML_PARSE_HUGE, which is
 * never set): a page it reads whole is walked whole (an article 200 deep
 * came back as no article at 200), and the guard holds if that changes. */
#define PRECIS_HTML_MAX_DEPTH 260

gboolean precis_html_is (const xmlNode *node, const char *tag);
gboolean precis_html_is_heading (const xmlNode *node);
/* Elements that start a new block of text (p, div, li, h1, br, …). */
gboolean precis_html_is_block (const xmlNode *node);
/* An attribute's value (g_free it), or NULL. */
char *precis_html_attr (const xmlNode *node, const char *name);
/* class and id of an element, lower-cased and joined by a space. */
char *precis_html_class_id (const xmlNode *node);
/* The text under `node` with runs of white space collapsed to one space
 * and trimmed (g_free it). */
char *precis_html_text (const xmlNode *node);
/* Append `len` bytes of `s` to `out`, collapsing white space (U+00A0
 * included) and dropping zero-width characters; `*space` carries a pending
 * space across calls. */
void precis_html_append_collapsed (GString *out, const char *s, gsize len,
                                   gboolean *space);

G_END_DECLS
