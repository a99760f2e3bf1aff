/* ner-title-tails.h — the end of a title the tagger read alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "re-make, Flight of the Phoenix, at number eight", "A Series of
 * Unfortunate Events, starring Jim Carrey", "Harry Potter and Order of
 * the Phoenix": the title of a work names a noun and what it is "of", and
 * the tagger, which knows "Phoenix" and "Caribbean" as places, reads the
 * end alone.  The largest group of wrong facts of the BBC dev panels
 * (issue 14).
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Drops each mention of English `doc` (a GArray of PrecisNerMention, in
 * document order) but a person's that follows "Noun of (the)" inside a
 * sentence, where the noun is capitalized, no mention covers it, and it
 * follows a word in lower case, a punctuation mark or a determiner ("the
 * Phantom of the Opera"): no name of a body, a place or an office ("the
 * Bank of England", "Gulf of Mexico", "Secretary of State", "Duchess of
 * York"), whose first word the tagger leaves out as well, nor a person
 * of a body ("Richard Yamarone of Argus Research": the tagger reads the
 * surname). */
void precis_ner_drop_title_tails (const PrecisDocument *doc, GArray *mentions);

G_END_DECLS
