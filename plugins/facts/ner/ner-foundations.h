/* ner-foundations.h — a foundation named after its founder, outside English and German.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "La Fondation Louis Vuitton", "a Fundação Calouste Gulbenkian", "la
 * Fundação Oswaldo Cruz": a foundation bears a person's name, the tagger
 * reads that name as the person's and leaves the capitalized noun before
 * it out, or reads nothing, and the reader is told of a person who is a
 * body's name.  The capitalized noun only opens a name.  Not institutes
 * nor banks, named after places or what they do, which the tagger reads
 * whole as often ("Instituto Nacional de Estadística"); the kind of
 * organization of the name then outvotes the person (ner-kinds.c's
 * openers).
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In a French, Spanish, Italian, Portuguese or Dutch `doc`, an untagged
 * capitalized noun for a foundation and the capitalized words after it
 * (with "de", "da", "di" between them) are one organization in `tags`
 * (one a token). */
void precis_ner_tag_foundations (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
