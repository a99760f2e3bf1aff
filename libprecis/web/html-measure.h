/* html-measure.h — a node's measures, which the scorer keeps for each
 * node (Info) and the pruner reads.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "html-score.h"

G_BEGIN_DECLS

typedef struct {
  double score;
  gboolean scored;
  guint text;         /* characters of collapsed text */
  guint links;        /* of which inside <a> */
  guint commas;
  guint headings;     /* characters inside h1-h6 */
  guint n_p, n_img, n_li, n_input;
  guint li_text;      /* characters inside <li> */
  xmlNode *node;
} Info;

typedef struct {
  GArray *infos;      /* Info; element->_private holds index + 1 */
  GPtrArray *paragraphs;
  PrecisScoreFlags flags;
  xmlNode *body;
} Scorer;

static inline Info *
precis_html_info_of (Scorer *s, const xmlNode *n)
{
  gsize i = GPOINTER_TO_SIZE (n->_private);
  return i == 0 ? NULL : &g_array_index (s->infos, Info, i - 1);
}

/* One of `words` starts a name, or a part of one, in `haystack`. */
gboolean precis_html_has_word (const char *haystack, const char *const *words);
gboolean precis_html_is_tag_in (const xmlNode *n, const char *const *tags);
/* ±25 for class/id words of content or of boilerplate (0 without WEIGHT_CLASSES). */
int precis_html_class_weight (Scorer *s, const xmlNode *n);
double precis_html_link_density (const Info *i);
gboolean precis_html_has_block_child (const xmlNode *n);

G_END_DECLS
