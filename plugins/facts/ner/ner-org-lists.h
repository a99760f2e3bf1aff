/* ner-org-lists.h — a name listed with organizations is one, outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "con los votos del PSOE, Sumar y ERC", "El PP y Vox votaron en contra"
 * gave the people Sumar and Vox: a party or a company the tagger's
 * training text never named reads as a surname.  The items of a list are
 * of one kind.  Gold, a one-word name in a list that ends with its "and"
 * or "or" whose other items are mostly organizations: Spanish CoNLL-2002
 * train 305 organizations, 1 place, 1 other, no person; Italian Wikinews
 * train 268 organizations, 9 places, 3 people; HAREM train 28, 1, 1;
 * French WikiNER dev 43 organizations, 1 person, 1 other; Dutch
 * CoNLL-2002 train 84 organizations, 3 places, 4 people ("Soulwax en
 * Beck", bands and a singer).  English has its own rule, which asks the
 * lexicon of companies (ner-company-lists.c).
 */
#pragma once

#include "ner-gazetteer.h"

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In a Spanish, Italian, Portuguese, French or Dutch `doc`, a one-word
 * mention of `mentions` read as a person, no given name of the gazetteer,
 * in a list (commas and the language's "and" or "or" between its items,
 * one of them before the last) whose other items are mostly read as
 * organizations, is an organization, said so. */
void precis_ner_type_org_lists (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions);

G_END_DECLS
