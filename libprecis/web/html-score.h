/* html-score.h — find the article's nodes in a page by scoring its blocks.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/HTMLtree.h>

G_BEGIN_DECLS

typedef enum {
  PRECIS_SCORE_STRIP_UNLIKELY = 1 << 0,  /* drop nav/comment/share/… blocks before scoring */
  PRECIS_SCORE_WEIGHT_CLASSES = 1 << 1,  /* class/id words raise or lower scores */
  PRECIS_SCORE_CLEAN = 1 << 2,           /* drop link lists and junk inside the article */
  PRECIS_SCORE_ALL = 0x7,
} PrecisScoreFlags;

/* Edits `doc` (removes what is not content) and returns the elements that
 * make up the article, in document order (the array does not own them;
 * they live as long as `doc`).  Never NULL; empty when the page has no body. */
GPtrArray *precis_html_score (xmlDoc *doc, PrecisScoreFlags flags);

G_END_DECLS
