/* news-features.h — the cheap per-sentence features newsrank scores.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Computed from the document model alone (no re-tokenizing), for every
 * content sentence: where it stands (article, paragraph), how long it is,
 * how central (TextRank, centroid, term frequency), how close to the title,
 * and what it holds (names, numbers, quotation).  Shared by the plugin and
 * by tools/train-newsrank.c, so both see exactly the same numbers.
 */
#pragma once

#include <precis/precis-document.h>

#include "graph.h"

G_BEGIN_DECLS

#define PRECIS_NEWS_N_FEATURES 28

typedef struct {
  PrecisSentenceGraph *graph;  /* the content sentences and their similarities */
  float *values;               /* graph->n × PRECIS_NEWS_N_FEATURES */
  gboolean *eligible;          /* long enough to be a summary sentence */
} PrecisNewsFeatures;

extern const char *const precis_news_feature_names[PRECIS_NEWS_N_FEATURES];

PrecisNewsFeatures *precis_news_features_new (const PrecisDocument *doc);
void precis_news_features_free (PrecisNewsFeatures *features);

G_END_DECLS
