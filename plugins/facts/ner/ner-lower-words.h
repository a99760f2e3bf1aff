/* ner-lower-words.h — the words a document writes in lower case.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A capitalized word the document also writes in lower case is an
 * ordinary word at the start of a line or in a headline.  Three rules ask
 * (headlines, datelines, common words among the entities); the set is made
 * on the first question and shared by the rules of one document, so it
 * is built once an Analyze, and never where no rule asks.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-hash.h"
#include "ner-lexicon.h"

G_BEGIN_DECLS

typedef struct {
  const PrecisDocument *doc;
  gboolean made;
  PrecisNerStringSet set;
  PrecisNerLexicon language;  /* the words the language writes in lower case (none: n 0) */
  PrecisNerLexicon nouns;     /* of `language`, the nouns (ner-model.h; none: n 0) */
  const PrecisNerGazetteer *gazetteer;  /* the language's, for its common words (NULL: none) */
} PrecisNerLowerWords;

/* Cheap: the set is made by the first precis_ner_lower_words_contains. */
void precis_ner_lower_words_init (PrecisNerLowerWords *words, const PrecisDocument *doc);
void precis_ner_lower_words_clear (PrecisNerLowerWords *words);
/* Whether a token of the document in lower case (PRECIS_SHAPE_LOWER) is
 * `lower`, byte for byte. */
gboolean precis_ner_lower_words_contains (PrecisNerLowerWords *words, const char *lower);

/* The words the document's language writes in lower case, as its model
 * keeps them (ner-lexicon.h), and of those its nouns, written capitalized
 * only (precis_ner_model_noun_words); none until set. */
void precis_ner_lower_words_set_language (PrecisNerLowerWords *words, PrecisNerLexicon language);
void precis_ner_lower_words_set_nouns (PrecisNerLowerWords *words, PrecisNerLexicon nouns);
/* The gazetteer whose list of common words (German's common.txt) the
 * rules below also ask; NULL until set. */
void precis_ner_lower_words_set_gazetteer (PrecisNerLowerWords *words, const PrecisNerGazetteer *gazetteer);
/* Whether `lower`, a word in lower case, is a word of that list, or a
 * compound ending in one of MIN_TAIL letters or more after three letters
 * or more ("polizeihaft", "bestform"): German writes its compounds in
 * one word, and the list holds few of them. */
gboolean precis_ner_lower_words_is_common_word (const PrecisNerLowerWords *words, const char *lower);
/* Whether the language writes the word `text` (`len` bytes, any case) in
 * lower case: "Grüne" is German's "grüne", "Spiegel" no such word. */
gboolean precis_ner_lower_words_in_language (const PrecisNerLowerWords *words, const char *text, gsize len);
/* Whether the language writes it in lower case or as a noun: "Richter",
 * "Vogel" are German words, "Beckenbauer" none. */
gboolean precis_ner_lower_words_in_language_or_nouns (const PrecisNerLowerWords *words, const char *text,
                                                      gsize len);

G_END_DECLS
