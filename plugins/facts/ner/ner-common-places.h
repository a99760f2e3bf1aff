/* ner-common-places.h — German places told from common words by a list of the language's words.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German capitalizes its nouns, so a capitalized word alone may be a
 * place's name or a noun ("aus Agdam", "nach Belieben").  The German
 * model's lexicon holds the words its training text wrote; German's list
 * of common words (data/gazetteers/de/common.txt, tools/make-common-words.py:
 * wngerman less every name the gazetteers and WikiNEuRal German know)
 * holds the language's.  Both rules run only where that list was read.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* German: a capitalized word of letters alone after "in", "nach" or
 * "aus", untagged, no word of the model's lexicon nor of the list (nor
 * a compound ending in one) and no given name, is a place ("aus Agdam");
 * and a word the tagger read as a place alone that is a word of the list
 * and no place of the gazetteer, nor ends in one or its genitive, nor
 * opens with a compass point, nor ends in a street's noun, is none ("nach
 * Belieben", "das Sanatorium", "die Moslems"). */
void precis_ner_tag_common_places (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                   PrecisNerLowerWords *lower_words, guint8 *tags);

G_END_DECLS
