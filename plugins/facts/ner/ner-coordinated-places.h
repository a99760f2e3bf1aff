/* ner-coordinated-places.h — "Castilla y León": one place of two names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Some places are named by two names and a conjunction: "Castilla y
 * León", "Bosnia y Herzegovina", "Trinidad y Tobago".  The tagger learnt
 * from gold where two names joined by "y" are two places ("las calles
 * Castilla y Hermida", CoNLL-2002) and reads each half as a name of its
 * own, so one region became two places ("Castilla" and "León"), and a
 * body of it lost its tail ("Junta de Castilla" and the place "León").
 * The gazetteer (iso-codes' countries and subdivisions, translated) knows
 * the whole phrase.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* For two mentions of one sentence with one lower-case word between them
 * (neither read as a person), where the words from one of the first's to
 * the second's end are a place the gazetteer knows (no demonym): one
 * mention over them all, a place when the phrase is the whole of it, the
 * first's type otherwise ("Junta de Castilla y León" an organization).
 * Not two of today's countries ("Serbien und Montenegro", a former state). */
void precis_ner_join_coordinated_places (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                         GArray *mentions);

G_END_DECLS
