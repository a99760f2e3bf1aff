/* ner-article-names.h — a title that opens with the masculine article, read as a person.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "según El País" gave the person El País: a paper, a company or a work
 * whose title opens with the article, written capitalized inside the
 * sentence, which no person's name does in Spanish and Italian but a
 * nickname ("El Zotoluco", a bullfighter).  Gold, the names opening with
 * a capitalized "El" past a sentence's first word, Spanish CoNLL-2002
 * train: 17 places, 10 others, 9 organizations, 4 people (the
 * nickname); "Il" in Italian Wikinews train: 17 organizations, 2 places,
 * no person.  Not French "Le" nor Dutch "De", which open surnames ("Le
 * Pen", "De Vries"), nor "La", which opens Italian ones ("La Russa").
 */
#pragma once

#include "ner-gazetteer.h"

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In a Spanish or Italian `doc`, a mention of `mentions` read as a person
 * that opens with a capitalized "El" or "Il" past its sentence's first
 * word is a place when the gazetteer or entities.tsv knows it as one
 * ("El Salvador"), an organization otherwise. */
void precis_ner_type_article_names (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                    GArray *mentions);

G_END_DECLS
