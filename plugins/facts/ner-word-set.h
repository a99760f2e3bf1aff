/* ner-word-set.h — a rule's fixed word list, looked up by hash.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * precis_ner_word_in_list() walks a list word by word: for a word that is
 * in none (most tokens a rule looks at) every entry's first byte is read,
 * 20 to 70 of them for the longer lists, at each token.  A rule that asks
 * of every token keeps its list's words here instead: built from the list
 * on first use (once a process, whatever the thread), then a lookup reads
 * the word's first byte (whether any word of the list starts so) and, if
 * one does, hashes the word once and looks at one or two slots.  The answers are
 * precis_ner_word_in_list()'s (tests/speed-word-sets.c).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gsize ready;              /* g_once_init_enter() */
  guint64 first[4];         /* the list's words' first bytes, a bit each: most words are turned away here */
  guint32 mask;             /* slots - 1, a power of two minus one */
  guint32 *hashes;          /* 0: an empty slot */
  const char **words;
} PrecisNerWordSet;

/* A set of `list`'s words (NULL-terminated), made on first use: a static
 * `set` of a static `list`, the same list at every call. */
gboolean precis_ner_word_set_contains (PrecisNerWordSet *set, const char *const *list, const char *word);

G_END_DECLS
