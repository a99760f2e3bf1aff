/* dataset.h — summarization data sets in JSON Lines.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One article a line: {"id", "title", "article", "reference", ...}, the
 * reference one summary sentence a line (../shared/data/summ/SOURCE.md).
 * Extra members are ignored; "title" and "reference" may be missing.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *id;
  char *title;       /* NULL when absent */
  char *article;
  char *reference;   /* NULL when absent */
} PrecisEvalArticle;

void precis_eval_article_free (PrecisEvalArticle *article);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisEvalArticle, precis_eval_article_free)

/* The articles of `path` (a file, or "-" for stdin), in file order: a
 * GPtrArray that frees them.  A malformed line is an error naming it. */
GPtrArray *precis_eval_dataset_load (const char *path, GError **error);

/* Parses one line; NULL with an error if it is not an article object. */
PrecisEvalArticle *precis_eval_article_parse (const char *line, GError **error);

/* How many sentences the reference has (its non-empty lines). */
guint precis_eval_reference_sentences (const char *reference);

/* How many sentences a summary of `article` is asked for when scored
 * against its reference: as many as the reference has when it is
 * extractive (most of its lines are sentences of the article, as in BBC
 * News Summary), else PRECIS_EVAL_HIGHLIGHT_SENTENCES, the fixed length at
 * which abstractive highlights (CNN/DailyMail) are scored and the default
 * of a client.  0 without a reference. */
#define PRECIS_EVAL_HIGHLIGHT_SENTENCES 3
guint precis_eval_summary_sentences (const PrecisEvalArticle *article);

/* Whether most lines of the reference are sentences of the article. */
gboolean precis_eval_reference_is_extractive (const PrecisEvalArticle *article);

G_END_DECLS
