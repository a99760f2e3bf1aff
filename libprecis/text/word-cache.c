/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "word-cache.h"

#include <string.h>

#include "stem.h"

#define SLOTS (1u << 14)          /* a power of two */
#define MAX_ENTRIES (SLOTS / 2)   /* keep probes short */
#define ARENA_SIZE (1u << 18)
#define MAX_WORD 64               /* longer words are stemmed every time */

typedef struct {
  guint32 hash;       /* 0: free */
  guint32 lower;      /* arena offsets */
  guint32 stem;
  guint8 lower_length;
  guint8 stem_length;
  guint8 stopword;
  guint8 own_stem;    /* the stem is the word */
} Entry;

struct _PrecisWordCache {
  char language[16];
  const char *stem_language;  /* the caller's string, as given to precis_word_cache_get() */
  const PrecisStopwords *stopwords;
  Entry slots[SLOTS];
  guint32 n_entries;
  char *arena;
  guint32 arena_length;
};

static void
cache_free (gpointer data)
{
  PrecisWordCache *cache = data;

  g_free (cache->arena);
  g_free (cache);
}

static GPrivate thread_cache = G_PRIVATE_INIT (cache_free);

static void
cache_reset (PrecisWordCache *cache, const char *language, const PrecisStopwords *stopwords)
{
  memset (cache->slots, 0, sizeof cache->slots);
  cache->n_entries = 0;
  cache->arena_length = 0;
  cache->stopwords = stopwords;
  g_strlcpy (cache->language, language, sizeof cache->language);
}

PrecisWordCache *
precis_word_cache_get (const char *language, const PrecisStopwords *stopwords)
{
  PrecisWordCache *cache = g_private_get (&thread_cache);

  if (cache == NULL)
    {
      cache = g_new (PrecisWordCache, 1);
      cache->arena = g_malloc (ARENA_SIZE);
      cache_reset (cache, language, stopwords);
      g_private_set (&thread_cache, cache);
    }
  else if (cache->stopwords != stopwords || strcmp (cache->language, language) != 0)
    cache_reset (cache, language, stopwords);
  cache->stem_language = language;
  return cache;
}

const char *
precis_word_cache_lookup_hashed (PrecisWordCache *cache, const char *lower, gsize length, guint32 hash,
                                 gsize *stem_length, gboolean *is_stopword, gboolean *is_own_stem)
{
  const char *language = cache->stem_language;
  const PrecisStopwords *stopwords = cache->stopwords;
  guint32 slot;
  const char *stem;
  Entry *entry;

  if (length > MAX_WORD)
    {
      *is_stopword = precis_stopwords_contains (stopwords, lower);
      stem = precis_stem (language, lower, length, stem_length);
      *is_own_stem = *stem_length == length && memcmp (stem, lower, length) == 0;
      return stem;
    }

  for (slot = hash & (SLOTS - 1); cache->slots[slot].hash != 0; slot = (slot + 1) & (SLOTS - 1))
    {
      entry = &cache->slots[slot];
      if (entry->hash == hash && entry->lower_length == length &&
          memcmp (cache->arena + entry->lower, lower, length) == 0)
        {
          *stem_length = entry->stem_length;
          *is_stopword = entry->stopword;
          *is_own_stem = entry->own_stem;
          return cache->arena + entry->stem;
        }
    }

  *is_stopword = precis_stopwords_contains (stopwords, lower);
  stem = precis_stem (language, lower, length, stem_length);
  *is_own_stem = *stem_length == length && memcmp (stem, lower, length) == 0;
  if (*stem_length > MAX_WORD)
    return stem;

  if (cache->n_entries >= MAX_ENTRIES || cache->arena_length + 2 * MAX_WORD > ARENA_SIZE)
    {
      cache_reset (cache, language, stopwords);
      for (slot = hash & (SLOTS - 1); cache->slots[slot].hash != 0; slot = (slot + 1) & (SLOTS - 1))
        ;
    }

  entry = &cache->slots[slot];
  entry->hash = hash;
  entry->lower = cache->arena_length;
  entry->lower_length = (guint8) length;
  memcpy (cache->arena + cache->arena_length, lower, length);
  cache->arena_length += (guint32) length;
  entry->stem = cache->arena_length;
  entry->stem_length = (guint8) *stem_length;
  memcpy (cache->arena + cache->arena_length, stem, *stem_length);
  cache->arena_length += (guint32) *stem_length;
  entry->stopword = (guint8) *is_stopword;
  entry->own_stem = (guint8) *is_own_stem;
  cache->n_entries++;
  return cache->arena + entry->stem;
}

const char *
precis_word_cache_lookup (PrecisWordCache *cache, const char *lower, gsize length,
                          gsize *stem_length, gboolean *is_stopword)
{
  gboolean own_stem;

  return precis_word_cache_lookup_hashed (cache, lower, length, precis_word_cache_hash (lower, length),
                                          stem_length, is_stopword, &own_stem);
}
