/* ner-places-in.h — a country or a town after the language's "in", outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Spanish and Italian news name a country as the body that acts for it
 * ("Estados Unidos anunció"), and their training text types it so:
 * CoNLL-2002's Spanish train and dev give "Estados Unidos" 69
 * organizations and 17 places.  The tagger learnt the country as an
 * organization wherever it stands, and the reader was told of the
 * organizations Estados Unidos and China in "el crecimiento en Estados
 * Unidos y China".  After "en" the same text types the country a place:
 * eleven countries' names after "en", 75 places and 13 organizations
 * (after "a", 22 and 17; after "de", 54 and 44: neither says).
 */
#pragma once

#include "ner-gazetteer.h"

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In a Spanish, Portuguese, Italian, French or Dutch `doc`, a mention of
 * `mentions` read as an organization whose words the gazetteer knows as
 * a country, a region, a town or a continent is a place right after the
 * language's "in" ("en", "em", "no", "na", "in"), and so is each such name
 * listed after it ("en Estados Unidos y China"). */
void precis_ner_type_places_in (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                GArray *mentions);

/* The same languages: in a list of names ("rutas a Bogotá y Lima"), one
 * read as a person that the gazetteer knows as a place and that no given
 * name opens is a place when another item is a place it knows, read as
 * one: the items of a list are of one kind (Bogotá was a person). */
void precis_ner_type_listed_places (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                    GArray *mentions);

G_END_DECLS
