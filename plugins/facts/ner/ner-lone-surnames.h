/* ner-lone-surnames.h — a person German text names by the surname alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German prose names a well-known person by the surname alone ("Stalin",
 * "Beckenbauer", "Heidegger"): the tagger, which learnt names from the
 * words around them, leaves many such words untagged where the sentence
 * says little.  The German model's surnames (surnames.tsv, a feature of
 * it) say the word ends people's names; its lexicon says which words are
 * the language's own (lower case, and nouns: "Richter", "Fischer").
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* An untagged capitalized word inside a German sentence, of letters only,
 * that `gazetteer`'s surnames list and that is neither a given name nor a
 * word `lower_words` says the language writes (in lower case or as a
 * noun), nor after an article, nor the word before a name, is a person (`tags`, one a token,
 * ner-tags.h); one after a person's word ends that person.  So is an
 * untagged word after "Fall" or "Affäre" and their article ("im Fall
 * Stolpe") that no name goes on from and the gazetteer knows as nothing.
 * Nothing where the gazetteer was read without surnames. */
void precis_ner_tag_lone_surnames (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                   PrecisNerLowerWords *lower_words, guint8 *tags);

G_END_DECLS
