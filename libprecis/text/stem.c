/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "stem.h"

#include <libstemmer.h>
#include <string.h>

typedef struct {
  char language[16];          /* the language `stemmer` is for */
  struct sb_stemmer *stemmer; /* NULL: no stemmer for `language` */
} ThreadStemmer;

static void
thread_stemmer_free (gpointer data)
{
  ThreadStemmer *ts = data;

  if (ts->stemmer != NULL)
    sb_stemmer_delete (ts->stemmer);
  g_free (ts);
}

static GPrivate thread_stemmer = G_PRIVATE_INIT (thread_stemmer_free);

/* Documents of one thread are nearly always in one language: keep the
 * last stemmer and rebuild it on the rare switch. */
static ThreadStemmer *
get_stemmer (const char *language)
{
  ThreadStemmer *ts = g_private_get (&thread_stemmer);

  if (ts != NULL && strcmp (ts->language, language) == 0)
    return ts;

  if (ts == NULL)
    {
      ts = g_new0 (ThreadStemmer, 1);
      g_private_set (&thread_stemmer, ts);
    }
  else if (ts->stemmer != NULL)
    {
      sb_stemmer_delete (ts->stemmer);
      ts->stemmer = NULL;
    }
  g_strlcpy (ts->language, language, sizeof ts->language);
  /* libstemmer knows ISO 639-1 codes ("en") as well as names. */
  ts->stemmer = sb_stemmer_new (language, "UTF_8");
  return ts;
}

const char *
precis_stem (const char *language, const char *lower, gsize length, gsize *stem_length)
{
  ThreadStemmer *ts = get_stemmer (language);
  const sb_symbol *stem;

  if (ts->stemmer == NULL ||
      (stem = sb_stemmer_stem (ts->stemmer, (const sb_symbol *) lower, (int) length)) == NULL)
    {
      *stem_length = length;
      return lower;
    }
  *stem_length = (gsize) sb_stemmer_length (ts->stemmer);
  return (const char *) stem;
}
