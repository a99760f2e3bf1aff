/* ner-word-set.c — a rule's fixed word list, looked up by hash.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-word-set.h"

#include <string.h>

/* FNV-1a of the word's bytes, never 0 (an empty slot's mark). */
static inline guint32
word_hash (const char *word)
{
  guint32 h = 2166136261u;

  for (const guchar *p = (const guchar *) word; *p != '\0'; p++)
    h = (h ^ *p) * 16777619u;
  return h | 1;
}

/* The sets made, to free when the plugin is unloaded: a static set holds
 * its tables for the process's life, and once the module is gone nothing
 * points at them (a host that loads and unloads the plugin, as the
 * in-process tests do, would leak them every time). */
G_LOCK_DEFINE_STATIC (made);
static GSList *made;

static void __attribute__ ((destructor))
free_sets (void)
{
  for (GSList *l = made; l != NULL; l = l->next)
    {
      PrecisNerWordSet *set = l->data;

      g_free (set->hashes);
      g_free (set->words);
      memset (set, 0, sizeof *set);
    }
  g_slist_free (made);
  made = NULL;
}

void
precis_ner_word_set_build (PrecisNerWordSet *set, const char *const *list)
{
  guint n = 0, size = 16;

  while (list[n] != NULL)
    n++;
  /* At most a quarter full: a word in none of them ends at an empty
   * slot at once, most times. */
  while (size < n * 4)
    size <<= 1;
  set->mask = size - 1;
  set->hashes = g_new0 (guint32, size);
  set->words = g_new0 (const char *, size);
  for (guint k = 0; k < n; k++)
    {
      guint32 h = word_hash (list[k]), i = h & set->mask;
      guint pair = precis_ner_word_set_pair (list[k]);

      while (set->hashes[i] != 0 && !(set->hashes[i] == h && strcmp (set->words[i], list[k]) == 0))
        i = (i + 1) & set->mask;
      set->hashes[i] = h;
      set->words[i] = list[k];
      set->pairs[pair >> 6] |= G_GUINT64_CONSTANT (1) << (pair & 63);
    }
  G_LOCK (made);
  made = g_slist_prepend (made, set);
  G_UNLOCK (made);
}

/* The hash table's part of precis_ner_word_set_contains(), once the word's
 * first two bytes let it through. */
gboolean
precis_ner_word_set_find (const PrecisNerWordSet *set, const char *word)
{
  guint32 h, i;

  h = word_hash (word);
  for (i = h & set->mask; set->hashes[i] != 0; i = (i + 1) & set->mask)
    if (set->hashes[i] == h && strcmp (set->words[i], word) == 0)
      return TRUE;
  return FALSE;
}
