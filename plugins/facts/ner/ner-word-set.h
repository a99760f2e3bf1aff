/* ner-word-set.h — a rule's fixed word list, looked up by hash.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * precis_ner_word_in_list() walks a list word by word: for a word that is
 * in none (most tokens a rule looks at) every entry's first byte is read,
 * 20 to 70 of them for the longer lists, at each token.  A rule that asks
 * of every token keeps its list's words here instead: built from the list
 * on first use (once a process, whatever the thread), then a lookup reads
 * the word's first two bytes (whether any word of the list may start so:
 * a bit of 512 each pair, read inline, no call) and, if one may, hashes the
 * word once and looks at one or two slots.  The answers are
 * precis_ner_word_in_list()'s (tests/speed-word-sets.c).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gsize ready;              /* g_once_init_enter() */
  guint64 pairs[8];         /* the list's words' first two bytes, a bit of 512 each
                             * (precis_ner_word_set_pair): most words are turned away here */
  guint32 mask;             /* slots - 1, a power of two minus one */
  guint32 *hashes;          /* 0: an empty slot */
  const char **words;
} PrecisNerWordSet;

void precis_ner_word_set_build (PrecisNerWordSet *set, const char *const *list);
gboolean precis_ner_word_set_find (const PrecisNerWordSet *set, const char *word);

/* The bit of a word's first two bytes (of "" or a one-byte word: the
 * bytes up to its NUL), 0 to 511.  Lower-case letters give 26 * 26 pairs
 * over 512 bits: a list of 20-90 words sets a few dozen. */
static inline guint
precis_ner_word_set_pair (const char *word)
{
  guint b0 = (guchar) word[0], b1 = b0 != 0 ? (guchar) word[1] : 0;

  return ((b0 << 4) ^ (b1 * 5u)) & 511;
}

/* Whether `word` is one of `list` (NULL-terminated), by a set made on first
 * use: a static `set` of a static `list`, the same list at every call. */
static inline gboolean
precis_ner_word_set_contains (PrecisNerWordSet *set, const char *const *list, const char *word)
{
  guint pair;

  if (g_once_init_enter (&set->ready))
    {
      precis_ner_word_set_build (set, list);
      g_once_init_leave (&set->ready, 1);
    }
  pair = precis_ner_word_set_pair (word);
  if (!(set->pairs[pair >> 6] & (G_GUINT64_CONSTANT (1) << (pair & 63))))
    return FALSE;
  return precis_ner_word_set_find (set, word);
}

G_END_DECLS
