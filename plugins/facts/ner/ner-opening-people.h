/* ner-opening-people.h — a person's full name opening a sentence, outside English and German.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "Viktor Gyökeres marcou os dois golos", "Rúben Amorim chegou a
 * Manchester": news names a person in full at the start of a sentence,
 * where every word is capitalized, and the Portuguese model (HAREM:
 * web pages, headings, captions, where a sentence's capitalized opening
 * words are as often no name) leaves such names untagged: of the 44
 * people's names of two words or more opening a sentence of HAREM's
 * validation documents, it tagged 24 (Spanish CoNLL-2002 dev 68 of 73,
 * Italian Wikinews 86 of 95).  A known given name opening the run is
 * the cue.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* In a Spanish, Italian, Portuguese, French or Dutch `doc`, an untagged
 * run of capitalized words opening a sentence, the first a given name of
 * `gazetteer`'s, none a word the language (or the document) writes in
 * lower case, a word in lower case or a comma after it, is one person in
 * `tags` (one a token). */
void precis_ner_tag_opening_people (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                    PrecisNerLowerWords *lower_words, guint8 *tags);

G_END_DECLS
