/* word-cache.h — per-thread memo of stems and stop word lookups.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Snowball stemming is the costliest step of the pipeline (about half of
 * it), and news vocabulary repeats within and across articles: a thread
 * remembers what it stemmed.  The cache is thread-local, so it needs no
 * lock; it is emptied when full rather than evicting word by word.
 */
#pragma once

#include "stopwords.h"

G_BEGIN_DECLS

typedef struct _PrecisWordCache PrecisWordCache;

/* This thread's cache, set for `language` and `stopwords`; valid until the
 * thread's next call of this function (a tokenizer fetches it once a span,
 * not once a word). */
PrecisWordCache *precis_word_cache_get (const char *language, const PrecisStopwords *stopwords);

/* The stem of `lower` (`length` bytes, NUL-terminated) and whether it is a
 * stop word.  The stem is valid until the next call on this thread;
 * *stem_length == length and the same bytes when the word is its own stem. */
const char *precis_word_cache_lookup (PrecisWordCache *cache, const char *lower, gsize length,
                                      gsize *stem_length, gboolean *is_stopword);

G_END_DECLS
