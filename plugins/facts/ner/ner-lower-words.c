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
  words->nouns = (PrecisNerLexicon) { NULL, 0, 0 };
  words->gazetteer = NULL;
}

void
precis_ner_lower_words_set_gazetteer (PrecisNerLowerWords *words, const PrecisNerGazetteer *gazetteer)
{
  words->gazetteer = gazetteer;
}

/* The fewest letters of a compound's last noun: "-haft", "-form"; three
 * ("-ei", "-tat") end too many names. */
#define MIN_TAIL 4
#define MIN_HEAD 3

gboolean
precis_ner_lower_words_is_common_word (const PrecisNerLowerWords *words, const char *lower)
{
  glong n_chars;

  if (words->gazetteer == NULL)
    return FALSE;
  if (precis_ner_gazetteer_is_common_word (words->gazetteer, lower))
    return TRUE;
  n_chars = g_utf8_strlen (lower, -1);
  /* Each tail of MIN_TAIL letters or more after MIN_HEAD letters. */
  for (glong k = MIN_HEAD; n_chars - k >= MIN_TAIL; k++)
    if (precis_ner_gazetteer_is_common_word (words->gazetteer, g_utf8_offset_to_pointer (lower, k)))
      return TRUE;
  return FALSE;
}

void
precis_ner_lower_words_set_language (PrecisNerLowerWords *words, PrecisNerLexicon language)
{
  words->language = language;
}

void
precis_ner_lower_words_set_nouns (PrecisNerLowerWords *words, PrecisNerLexicon nouns)
{
  words->nouns = nouns;
}

/* The hash the language's lexicon keeps `text` (`len` bytes, any case) by. */
static guint32
lexicon_hash (const PrecisNerLowerWords *words, const char *text, gsize len)
{
  char lower[PRECIS_NER_WORD_MAX];
  gsize n = precis_ner_word_lower (text, len, lower);

  /* A folded lexicon keeps the words' ASCII bytes ("grüne" as "grne"). */
  if (words->language.folded)
    n = precis_ner_word_ascii (lower, n);
  return precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, lower, n);
}

gboolean
precis_ner_lower_words_in_language (const PrecisNerLowerWords *words, const char *text, gsize len)
{
  guint32 hash;

  if (words->language.n == 0)
    return FALSE;
  hash = lexicon_hash (words, text, len);
  /* The nouns are the model's words, not the rules' (which were written
   * for words in lower case: "Spiegel", "Nationen" name bodies). */
  return precis_ner_lexicon_contains (&words->language, hash) && !precis_ner_lexicon_contains (&words->nouns, hash);
}

gboolean
precis_ner_lower_words_in_language_or_nouns (const PrecisNerLowerWords *words, const char *text, gsize len)
{
  return words->language.n > 0 && precis_ner_lexicon_contains (&words->language, lexicon_hash (words, text, len));
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
