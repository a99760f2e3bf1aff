/* ner-executives.h — the company whose chief executive a Romance or Dutch text names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "L'amministratore delegato di Stellantis" gave the place Stellantis, "de
 * topman van Shell" the person Shell: a company the tagger never saw reads
 * as a surname or a town.  The posts only a company has (a chief
 * executive: "consejero delegado", "amministratore delegato", "PDG",
 * "topman", "CEO") say that what they are "of" is one.  CoNLL-2002 (es,
 * nl train), Italian Wikinews and HAREM train (gold), the names after
 * such a post and "of": 48 organizations, no place, one person (a
 * Portuguese post's holder named after it).  Not "presidente" nor
 * "director": a country, a region or a town has them.
 */
#pragma once

#include "ner-gazetteer.h"

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In a Spanish, Italian, Portuguese, French or Dutch `doc`, a mention of
 * `mentions` read as a person or a place right after a chief executive's
 * post and the language's "of" ("amministratore delegato di", "topman
 * van", "PDG de") is an organization, said so (ner-doubt.c); not a place
 * the gazetteer knows. */
void precis_ner_type_executives_of (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                    GArray *mentions);

G_END_DECLS
