/* ner-share-names.h — the companies whose shares a market report names, outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "De aandelen van Shell en ASML daalden", "Die Aktien von Shell fielen",
 * "Les actions de TotalEnergies ont reculé": a company the tagger never
 * saw reads as a surname, or as nothing ("Shell" a person in Dutch and
 * Italian, nothing in German).  What investors hold is a company's: the
 * language's word for shares and its "of" say so (ner-business.c says it
 * for English: "shares in Jet Airways").
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In a German, Dutch, French, Spanish, Italian or Portuguese `doc`, the
 * names after the language's shares and "of" ("aandelen van", "Aktien
 * von", "acciones de", "azioni di"; with the ones listed after them,
 * "Shell en ASML", "de Repsol y de Iberdrola") are organizations in
 * `tags` (one a token, ner-tags.h).  Where the word is also "actions",
 * "acciones", "azioni", "ações" (deeds), only in a sentence of the stock
 * market (a bourse, an index, a per cent). */
void precis_ner_tag_share_names (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
