/* model.h — newsrank's linear model, its text file, and MMR selection.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The model is a logistic regression over standardized features: a
 * sentence's score is w · (x − mean) / scale + bias.  The file is text, one
 * setting a line, so that a change of weights reads as a diff:
 *
 *   # comments (the training command, the data, the date)
 *   format newsrank-2
 *   mmr-lambda 0.9
 *   length-penalty 0.1                  (optional, 0 by default)
 *   short-window 1                      (optional, 0 by default)
 *   bias -1.5
 *   feature NAME MEAN SCALE WEIGHT      (one line per feature, any order)
 */
#pragma once

#include <precis/precis-plugin.h>

#include "news-features.h"

G_BEGIN_DECLS

typedef struct {
  float mean[PRECIS_NEWS_N_FEATURES];
  float scale[PRECIS_NEWS_N_FEATURES];
  float weight[PRECIS_NEWS_N_FEATURES];
  float bias;
  /* MMR: 1 ranks by score alone; lower trades score for novelty. */
  float mmr_lambda;
  /* Taken off the value of a sentence per mean sentence length it has
   * beyond the article's mean: a fixed number of sentences is read (and
   * scored) by its words, so of two likely sentences the shorter says it
   * in less. */
  float length_penalty;
  /* A short request (news-features.h) picks from the first n_request +
   * short_window prose sentences before any other; 0: no such window. */
  float short_window;
} PrecisNewsModel;

gboolean precis_news_model_parse (PrecisNewsModel *model, const char *contents, GError **error);
gboolean precis_news_model_load (PrecisNewsModel *model, const char *path, GError **error);
/* The file text; `header` (may be NULL) goes first, each line as a comment. */
char *precis_news_model_to_string (const PrecisNewsModel *model, const char *header);

/* The model's logit for one row of features. */
double precis_news_model_score (const PrecisNewsModel *model, const float *x);

/* Appends PrecisScoredSentence for every eligible sentence to `ranked`,
 * best first: MMR over the model's probabilities and the sentence graph,
 * so that the top of the ranking does not repeat itself. */
void precis_news_rank (const PrecisNewsModel *model, const PrecisNewsFeatures *features,
                       GArray *ranked);

G_END_DECLS
