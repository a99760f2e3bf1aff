/* news-features.h — the cheap per-sentence features newsrank scores.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Computed from the document model alone (no re-tokenizing), for every
 * node of the sentence graph: where it stands (article, paragraph, among
 * the real sentences), how long it is against the article's own sentences,
 * how central (TextRank, centroid, term frequency), how close to the title
 * and to the article's captions (editors' words for what it is about),
 * what it holds (names, numbers, quotation) and what kind of line it is
 * (caption, line-up, score, rating, dateline, attribution).
 *
 * How many sentences the caller wants matters as much as the sentence: a
 * 3-sentence summary of a 30-sentence story (or of a 5-sentence one) is
 * its lede, while a summary of 40 % of a long story is something else.  So
 * every feature also appears multiplied by whether the request is a short
 * one (`NAME*short`: at most 3 sentences, or a small share of the
 * article): the linear model's weights then move with the request.
 *
 * Shared by the plugin and by tools/train-newsrank.c, so both see exactly
 * the same numbers.
 */
#pragma once

#include <precis/precis-document.h>

#include "graph.h"

G_BEGIN_DECLS

#define PRECIS_NEWS_N_BASE_FEATURES 48
/* Where the lede sits, again for requests of one or two sentences alone. */
#define PRECIS_NEWS_N_BRIEF_FEATURES 8
#define PRECIS_NEWS_N_FEATURES (2 * PRECIS_NEWS_N_BASE_FEATURES + PRECIS_NEWS_N_BRIEF_FEATURES)

typedef enum {
  PRECIS_NEWS_PROSE = 0,   /* may be a summary sentence */
  PRECIS_NEWS_TOO_SHORT,   /* fewer than 4 words: datelines, bylines, "Scroll down" */
  PRECIS_NEWS_FRAGMENT,    /* a line-up, a result table row or a rating: not a sentence to read */
} PrecisNewsKind;

typedef struct {
  PrecisSentenceGraph *graph;  /* the content sentences and their similarities */
  float *values;               /* graph->n × PRECIS_NEWS_N_FEATURES */
  guint8 *kind;                /* PrecisNewsKind of each node */
  gboolean *eligible;          /* kind == PRECIS_NEWS_PROSE */
  float *relative_length;      /* words against the mean of the article's prose sentences */
  guint *prose_rank;           /* how many prose sentences come before */
  /* The first prose sentence when it introduces the story's subject with
   * an indefinite noun phrase ("A senior doctor facing ...", after any
   * dateline; the language's own articles), else G_MAXUINT. */
  guint introducing_lede;
  guint n_request;
  float short_request;         /* 1: a lede-sized request (≤ 3 sentences or a small share), 0: a long one */
  gboolean short_article;      /* a short request of an article of at most 8 prose sentences */
} PrecisNewsFeatures;

extern const char *const precis_news_feature_names[PRECIS_NEWS_N_FEATURES];

/* `n_request`: how many sentences the caller asked for (PrecisRequest).
 * NULL with an error when cancelled or out of memory (graph.h). */
PrecisNewsFeatures *precis_news_features_new (const PrecisDocument *doc, guint n_request,
                                              GCancellable *cancellable, GError **error);
void precis_news_features_free (PrecisNewsFeatures *features);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNewsFeatures, precis_news_features_free)

G_END_DECLS
