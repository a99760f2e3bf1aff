/* short.h — the short-article view of a data set's article.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Feed items, notifications and pasted paragraphs are 4 to 8 sentences
 * long, and a client asks them for its default 3; both data sets hold
 * long articles only.  A story's opening is such a short article: its
 * first k prose sentences (k from PRECIS_EVAL_SHORT_MIN to
 * PRECIS_EVAL_SHORT_MAX, by a hash of the id, so a view is the same in
 * every run and in the same cross-validation fold as its story), cut from
 * the text the pipeline read, scored against the story's own reference
 * (CNN/DM highlights come mostly from the opening; a BBC extract holds the
 * lede three times in four).
 */
#pragma once

#include <precis/precis-document.h>

#include "dataset.h"

G_BEGIN_DECLS

#define PRECIS_EVAL_SHORT_MIN 5
#define PRECIS_EVAL_SHORT_MAX 8

/* The opening of `article` (whose pipeline document is `doc`) as an
 * article of its own: same id, title and reference, the text up to the
 * end of its k-th prose sentence (content, at least 4 words).  NULL when
 * the article has fewer than k + 1 of them (it is no longer than the
 * view). */
PrecisEvalArticle *precis_eval_short_article (const PrecisEvalArticle *article, const PrecisDocument *doc);

G_END_DECLS
