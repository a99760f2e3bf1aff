/* feed-parse.h — RSS 2.0, RSS 1.0 (RDF) and Atom documents into items.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *id;            /* guid, atom:id, rdf:about, else the link; never NULL */
  char *link;          /* absolute URL of the article, or NULL */
  char *title;         /* plain text, or NULL */
  char *summary;       /* description / atom:summary as plain text, or NULL */
  char *content;       /* content:encoded / atom:content as plain text, or NULL */
  GDateTime *published;  /* pubDate, dc:date, published or updated; or NULL */
  char *author;        /* dc:creator, atom:author/name or RSS author; or NULL */
} PrecisFeedItem;

typedef struct {
  char *title;         /* or NULL */
  char *link;          /* the site, or NULL */
  char *language;      /* <language>, dc:language or the Atom feed's xml:lang; or NULL */
  GPtrArray *items;    /* PrecisFeedItem, in document order */
} PrecisFeed;

/* Parse a feed (`length` bytes, or -1 if NUL-terminated).  `base_url`
 * (may be NULL) resolves relative links.  The network is never read,
 * DTDs are not loaded and entities are not expanded, so a hostile feed
 * costs no more than its size.  Errors with PRECIS_ERROR_NOT_A_FEED
 * when the document is not XML or not a feed. */
PrecisFeed *precis_feed_parse (const char *data, gssize length, const char *base_url,
                               GError **error);
void precis_feed_free (PrecisFeed *feed);

/* The text of an HTML fragment (a feed's description), one paragraph a
 * line, paragraphs separated by "\n\n".  Never NULL. */
char *precis_feed_html_to_text (const char *html);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisFeed, precis_feed_free)

G_END_DECLS
