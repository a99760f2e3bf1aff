/* ner-genitive.h — German names in the genitive ("Israels", "Rabins").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German writes a name's genitive with an -s joined to it, before the noun
 * it governs: "Israels Regierung", "Rabins Koalition", "Frankfurts
 * Oberbürgermeister".  The tagger learnt the bare names: it leaves the
 * form out ("Frankfurts"), reads it as another type, or runs it into the
 * noun after it ("Rabins Koalition" one person).
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* A capitalized word ending in -s whose stem `doc` names alone elsewhere,
 * or `gazetteer` knows as a place, is that name in the genitive: it takes
 * the stem's type and ends its mention (`tags`, one a token, ner-tags.h).
 * An untagged one whose stem the gazetteer lists as a given name or a
 * surname is a person ("Luthers"), unless `lower_words` (may be NULL)
 * says the language writes the word or its stem in lower case. */
void precis_ner_tag_genitives (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                               PrecisNerLowerWords *lower_words, guint8 *tags);

G_END_DECLS
