/* ner-word.h — what the tagger sees of one word: its lower case and its shape.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* Longest word the features look at, in bytes; longer words are cut. */
#define PRECIS_NER_WORD_MAX 64

/* A token as the tagger sees it: bytes of the text, not NUL-terminated. */
typedef struct {
  const char *text;
  guint32 len;
} PrecisNerToken;

/* A run of tokens (a sentence) or of sentences (a document). */
typedef struct {
  guint32 first, n;
} PrecisNerRange;

typedef enum {
  PRECIS_NER_WORD_HAS_UPPER = 1 << 0,
  PRECIS_NER_WORD_HAS_LOWER = 1 << 1,
  PRECIS_NER_WORD_HAS_DIGIT = 1 << 2,
  PRECIS_NER_WORD_INITIAL_UPPER = 1 << 3, /* first letter is a capital */
  PRECIS_NER_WORD_HAS_LETTER = 1 << 4,
} PrecisNerWordFlags;

/* Writes the lower case of `word` (at most PRECIS_NER_WORD_MAX bytes, not
 * NUL-terminated) into `out` and returns its length. */
gsize precis_ner_word_lower (const char *word, gsize len, char out[PRECIS_NER_WORD_MAX]);

/* Keeps the ASCII bytes of `s` only, in place, and returns their length:
 * the word as a copy of the text that lost its umlauts and accents writes
 * it ("für" → "fr", "Straße" → "strae", as CoNLL-2003's German copy). */
gsize precis_ner_word_ascii (char *s, gsize len);

/* g_utf8_strdown() (`len` bytes or up to the NUL, -1: the whole string)
 * with a loop for ASCII text, most names of English news, instead of its
 * two passes of decoding and classifying every character. */
char *precis_ner_utf8_strdown (const char *s, gssize len);
/* The same of NUL-terminated `s` into `buf` (`size` bytes) when `s` is
 * ASCII and fits, without an allocation: returns `buf`.  Otherwise returns
 * precis_ner_utf8_strdown (s, -1), kept in *heap for the caller to free
 * (NULL when `buf` was used). */
const char *precis_ner_utf8_strdown_in (const char *s, char *buf, gsize size, char **heap);

/* Writes the collapsed shape ("Xx", "X.X.", "d-d") into `out` and returns
 * its length; `flags` receives PrecisNerWordFlags. */
gsize precis_ner_word_shape (const char *word, gsize len, char out[PRECIS_NER_WORD_MAX],
                             guint *flags);

/* Whether `word` is in the NULL-terminated `list`: g_strv_contains() for
 * the rules' short word lists looked at for every mention (libprecis' own
 * precis_word_in_list() is not part of the plugin interface), compared
 * here byte by byte: the words are short, and a strcmp() call a word that
 * shares the first letter was most of the rules' time in strcmp. */
static inline gboolean
precis_ner_word_in_list (const char *const *list, const char *word)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      const char *a = list[i], *b = word;

      /* The first byte alone turns most words away. */
      if (*a != *b)
        continue;
      while (*a != '\0' && *a == *b)
        a++, b++;
      if (*a == *b)
        return TRUE;
    }
  return FALSE;
}

/* Whether the word `a` (`la` bytes) abbreviates the word `b` (`lb`):
 * same first letter, its letters in order within `b`, shorter ("utd" for
 * "united", "kg" for "kampfgeschwader"); a period after `a` is left out. */
gboolean precis_ner_word_abbreviates (const char *a, gsize la, const char *b, gsize lb);

/* Whether `word` ends with a word of `list` (German and Dutch compounds:
 * "Justizministerin", "Netzbetreiber", "Schillerstraße"), or is one. */
gboolean precis_ner_word_ends_in_list (const char *const *list, const char *word);

/* The same, only a longer word: the compound, not the word itself. */
gboolean precis_ner_compound_ends_in_list (const char *const *list, const char *word);

/* Walks the words of a folded name ("manchester united": words between
 * single spaces) in place, without splitting it: the linking passes
 * compare every pair of names sharing a signature or a last name, and a
 * split of each pair was their main cost on registers of look-alike names.
 * Start with `*cursor` at the name; each call gives the next word and its
 * length, and FALSE after the last ("" is one empty word). */
static inline gboolean
precis_ner_name_next_word (const char **cursor, const char **word, gsize *len)
{
  const char *p = *cursor;

  if (p == NULL)
    return FALSE;
  *word = p;
  *len = strcspn (p, " ");
  *cursor = p[*len] != '\0' ? p + *len + 1 : NULL;
  return TRUE;
}

static inline gboolean
precis_ner_word_is_capitalized (guint flags)
{
  return (flags & PRECIS_NER_WORD_INITIAL_UPPER) != 0;
}

static inline gboolean
precis_ner_word_is_all_upper (guint flags)
{
  return (flags & (PRECIS_NER_WORD_HAS_UPPER | PRECIS_NER_WORD_HAS_LOWER)) ==
         PRECIS_NER_WORD_HAS_UPPER;
}

static inline gboolean
precis_ner_word_is_lower (guint flags)
{
  return (flags & (PRECIS_NER_WORD_HAS_UPPER | PRECIS_NER_WORD_HAS_LOWER)) ==
         PRECIS_NER_WORD_HAS_LOWER;
}

G_END_DECLS
