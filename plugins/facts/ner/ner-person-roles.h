/* ner-person-roles.h — a person's trade or office before the name, outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "O realizador Manoel de Oliveira" gave the organization Manoel de
 * Oliveira: the tagger read a body, and the noun before the name, which
 * says a person, was known in English only ("striker Ronaldo",
 * ner-titles.c).  The nouns of offices, trades and sports positions
 * news writes just before a name, in Spanish, Italian, Portuguese,
 * French and Dutch.  Gold, the entities right after one of them
 * (lower case): Spanish CoNLL-2002 train 79 people, 2 others; Italian
 * Wikinews train 220 people, 3 organizations; HAREM train 11 people;
 * Dutch CoNLL-2002 train 137 people; French WikiNER dev 277 people,
 * 6 others.  The others are mostly a party's or a league's acronym
 * ("sénateur UMP", "joueur NBA", "senatrice Pd"), left out.
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether such a noun of `doc`'s language stands right before mention
 * `m` (capitalized only as its sentence's first word), and `m` is no
 * single word in capitals. */
gboolean precis_ner_after_language_person_role (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether such a noun, in lower case, opens an apposition right after
 * mention `m`: "Santiago Abascal, presidente de Vox," read as a place
 * (Santiago).  Gold, the entities followed by a comma and one of them:
 * Spanish CoNLL-2002 train and dev 36 people, 2 organizations (both
 * before "líder", left out); Italian Wikinews train 68 people, 1 place;
 * HAREM train 5 people; Dutch CoNLL-2002 train 2 people; French WikiNER
 * dev 27 people. */
gboolean precis_ner_before_language_person_role (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether token `i` of `doc` is a capitalized title of its language that
 * a person's name does not include ("Maître", "Doña", "Mevrouw"). */
gboolean precis_ner_is_language_title (const PrecisDocument *doc, guint32 i);

G_END_DECLS
