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

/* The cache's hash of `length` bytes (FNV-1a, never 0): a tokenizer that
 * lower-cases a word byte by byte computes it on the way. */
#define PRECIS_WORD_CACHE_HASH_SEED 2166136261u
#define PRECIS_WORD_CACHE_HASH_STEP(h, byte) (((h) ^ (guchar) (byte)) * 16777619u)
#define PRECIS_WORD_CACHE_HASH_END(h) ((h) | 1)

static inline guint32
precis_word_cache_hash (const char *s, gsize length)
{
  guint32 h = PRECIS_WORD_CACHE_HASH_SEED;

  for (gsize i = 0; i < length; i++)
    h = PRECIS_WORD_CACHE_HASH_STEP (h, s[i]);
  return PRECIS_WORD_CACHE_HASH_END (h);
}

/* precis_word_cache_lookup() given the word's precis_word_cache_hash(),
 * and whether the stem is the word itself (*is_own_stem: then the caller
 * need not compare them). */
const char *precis_word_cache_lookup_hashed (PrecisWordCache *cache, const char *lower, gsize length,
                                             guint32 hash, gsize *stem_length, gboolean *is_stopword,
                                             gboolean *is_own_stem);

G_END_DECLS
