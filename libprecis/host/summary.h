/* summary.h — length control over a summarizer's ranking.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The host, not the plugin, decides how much of a ranking to keep, so
 * `sentences`, `ratio`, `max-chars` and `order` behave the same with every
 * summarizer.
 */
#pragma once

#include "plugin-host.h"
#include "precis-internal.h"

G_BEGIN_DECLS

typedef PrecisOrder PrecisSummaryOrder;  /* public: precis/precis-options.h */

typedef struct {
  guint32 sentences;     /* 0: default (3) unless ratio is set */
  double ratio;          /* 0: unset; else the share of content sentences */
  guint32 max_chars;     /* 0: no limit; counted in code points.  Whole sentences
                          * from the top 2 × sentences of the ranking that fit,
                          * else the best one cut at a word with "…" */
  PrecisSummaryOrder order;
} PrecisSummaryOptions;

#define PRECIS_SUMMARY_OPTIONS_INIT { 0, 0.0, 0, PRECIS_ORDER_DOCUMENT }

/* One sentence of the answer: its verbatim text (or its cut with "…") and
 * the code-point span it came from. */
typedef struct {
  char *text;
  guint32 start, end;
  double score;
} PrecisChosenSentence;

/* An empty GArray of PrecisChosenSentence that frees their text. */
GArray *precis_chosen_sentence_array_new (guint reserve);

/* How many sentences the options ask for on this document. */
guint32 precis_summary_target (const PrecisDocument *document, const PrecisSummaryOptions *options);

/* What a summary keeps of a ranking (sorted by score in place): content
 * sentences only, at most `target`, and within `max_chars` in all when it
 * is set (0: no limit).  A sentence that does not fit may give way to a
 * shorter one, but only from the top 2 × `target`.  A GArray of
 * PrecisScoredSentence, best first; empty when nothing fits. */
GArray *precis_summary_choose (const PrecisDocument *document, GArray *ranked, guint32 target,
                               guint32 max_chars);

/* Run `plugin` and keep what the options allow.  Returns a GArray of
 * PrecisChosenSentence that frees its members. */
GArray *precis_summarize (PrecisPlugin *plugin, const PrecisDocument *document,
                          const PrecisSummaryOptions *options, GCancellable *cancellable,
                          GError **error);

G_END_DECLS
