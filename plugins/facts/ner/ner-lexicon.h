/* ner-lexicon.h — the words a language writes in lower case, as hashes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A capitalized word at a sentence's start is a common word's capital or a
 * name, and the document alone often cannot tell: "Plusieurs témoins" and
 * "Ousmane Dembélé" both open a sentence with a word it never writes in
 * lower case.  The language can: its training text wrote "plusieurs" in
 * lower case, never "ousmane".  tools/train-ner --lower-words keeps the
 * lower-case hashes (precis_ner_word_info_describe's lower_hash) of every
 * word its training text writes all in lower case, sorted, in the model
 * file after its weights (ner-model.h); the tagger and the trainer hand
 * them to the document context (ner-features.h).  Hashes only: the model
 * file holds no text.
 *
 * A folded lexicon (`train-ner --lower-words --ascii-copy`, model flag
 * PRECIS_NER_MODEL_ASCII_LEXICON) keeps each word's ASCII bytes only
 * ("für" → "fr") and is asked with the word folded the same way
 * (precis_ner_word_info_describe's fold_hash): "Für", a copy's "Fr" that
 * lost its umlaut and one's "Fьr" that garbled it are all "fr".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const guint32 *hashes;  /* sorted, distinct */
  guint32 n;
  guint32 folded;  /* hashes of the words' ASCII bytes only (fold_hash) */
} PrecisNerLexicon;

static inline gboolean
precis_ner_lexicon_contains (const PrecisNerLexicon *lexicon, guint32 hash)
{
  guint32 lo = 0, hi = lexicon->n;

  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (lexicon->hashes[mid] < hash)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < lexicon->n && lexicon->hashes[lo] == hash;
}

G_END_DECLS
