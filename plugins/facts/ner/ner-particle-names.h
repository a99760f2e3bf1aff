/* ner-particle-names.h — a person's name whose particles run over two words.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "Ursula von der Leyen", "Frans van der Wal", "Pedro de la Rosa": the
 * models of languages whose own names seldom hold such particles (the
 * Spanish and Portuguese ones) read the given name as a place or leave it
 * out, and the surname as the person, or nothing.  join_name_particles()
 * (ner-mentions.c) joins one particle between two people; this joins
 * one or two between a given name and a person, whatever the tagger made
 * of the given name.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* In `mentions` (PrecisNerMention, in document order): in a text of a
 * language that capitalizes names only and writes no German or Dutch
 * particles (Spanish, Portuguese, Italian, French), two capitalized
 * words they join ("Ursula von der Leyen") become one person, taking in a
 * one-word mention of either; then each person mention that lower-case
 * name particles follow in the same sentence ("von der", "de la"; not
 * "y", which is also "and") starts at the capitalized word before them:
 * a given name of given-names.tsv before two particles or a German or
 * Dutch one.  A mention of that one word (of any type) is taken into the
 * person; an untagged word joins it.  The second step needs a gazetteer. */
void precis_ner_join_particle_names (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                     GArray *mentions);

G_END_DECLS
