/* ner-lower-words.c — the words a document writes in lower case, made on
 * first use.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-lower-words.h"

#include "ner-word.h"

void
precis_ner_lower_words_init (PrecisNerLowerWords *words, const PrecisDocument *doc)
{
  words->doc = doc;
  words->made = FALSE;
  words->language = (PrecisNerLexicon) { NULL, 0, 0 };
}

void
precis_ner_lower_words_set_language (PrecisNerLowerWords *words, PrecisNerLexicon language)
{
  words->language = language;
}

gboolean
precis_ner_lower_words_in_language (const PrecisNerLowerWords *words, const char *text, gsize len)
{
  char lower[PRECIS_NER_WORD_MAX];
  gsize n;

  if (words->language.n == 0)
    return FALSE;
  n = precis_ner_word_lower (text, len, lower);
  /* A folded lexicon keeps the words' ASCII bytes ("grüne" as "grne"). */
  if (words->language.folded)
    n = precis_ner_word_ascii (lower, n);
  return precis_ner_lexicon_contains (&words->language, precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, lower, n));
}

void
precis_ner_lower_words_clear (PrecisNerLowerWords *words)
{
  if (words->made)
    precis_ner_string_set_clear (&words->set);
  words->made = FALSE;
}

gboolean
precis_ner_lower_words_contains (PrecisNerLowerWords *words, const char *lower)
{
  if (!words->made)
    {
      const PrecisDocument *doc = words->doc;

      /* Sized for every token: it never grows. */
      precis_ner_string_set_init (&words->set, doc->n_tokens);
      for (guint32 i = 0; i < doc->n_tokens; i++)
        if (doc->tokens[i].shape == PRECIS_SHAPE_LOWER)
          precis_ner_string_set_add (&words->set, doc->tokens[i].lower);
      words->made = TRUE;
    }
  return precis_ner_string_set_contains (&words->set, lower);
}
