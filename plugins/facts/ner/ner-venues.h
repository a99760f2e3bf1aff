/* ner-venues.h — a venue or a street named after a person, outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Spanish, Italian, French and Portuguese write a venue's or a street's
 * noun in lower case before the person it is named after: "lo stadio
 * Diego Armando Maradona", "el estadio Artemio Franchi", "in via Giuseppe
 * Garibaldi", "la rua Augusto Rosa".  The tagger reads the person's name
 * and the reader was told of the people Diego Armando Maradona and
 * Artemio Franchi in a sports report.
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In a Spanish, Italian, French or Portuguese `doc`, a mention of
 * `mentions` read as a person right after such a noun is the place; in
 * Spanish, Italian and French its name opens with the noun, as their
 * training text writes it. */
void precis_ner_type_named_venues (const PrecisDocument *doc, GArray *mentions);

G_END_DECLS
