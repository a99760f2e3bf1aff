/* stopwords.h — per-language stop word sets, loaded once, read-only after.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct _PrecisStopwords PrecisStopwords;

/* Loads every `<lang>.txt` of `dir` (one lower-case word a line, '#'
 * comments).  Call before any lookup; later calls add or replace lists
 * and must not race with lookups. */
gboolean precis_stopwords_load_dir (const char *dir, GError **error);

/* NULL when no list was loaded for `language`. */
const PrecisStopwords *precis_stopwords_get (const char *language);

/* `lower` is NUL-terminated, case-folded. */
gboolean precis_stopwords_contains (const PrecisStopwords *stopwords, const char *lower);

/* Whether `word` is in the NULL-terminated `list` (short fixed lists of
 * the rules: a linear scan beats a hash). */
static inline gboolean
precis_word_in_list (const char *const *list, const char *word)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (list[i][0] == word[0] && strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}

G_END_DECLS
