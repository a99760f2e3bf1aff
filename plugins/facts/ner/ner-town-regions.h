/* ner-town-regions.h — "from Hinckley, Leicestershire": a town and its region.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * News says where a person lives or a thing happened with the town and,
 * after a comma, its county, state or country: "Mr Cooper, from Curry
 * Rivel, Somerset", "in Harlow, Essex", "near Tbilisi, Georgia".  Both are
 * places.  The tagger reads them otherwise: it learnt the English counties
 * from CoNLL-2003's 1996 cricket pages, where they are clubs ("Somerset",
 * "Essex", "Leicestershire"), and a village it never saw as a person's
 * name ("Curry Rivel", "Hinckley").  The region, which the gazetteer
 * knows, says what the name before it is.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* In English `doc`, for each name after a place's preposition ("in",
 * "from", "near", "of" …, inside a sentence), then a comma, then a
 * mention that the gazetteer knows as a country or a subdivision (and the
 * tagger did not read as a person): types both places, with their
 * `place_named` set; adds the town's mention when the tagger read none
 * (one to three capitalized words).  Not when the town is itself a
 * country or a subdivision ("in Colorado, Arizona and Utah": a list), or a
 * well-known organization ("to Arsenal, Leicester"), or a given name and
 * a surname; not when the region opens a list ("Essex, Kent and …"), nor
 * when a lower-case word follows it and the comma is its sentence's first
 * (a fronted phrase's end: "After bowling them out at Grace Road,
 * Leicestershire extended their innings").  A region no list knows
 * ("Cheshire"), read as an organization, is a place too after a town the
 * tagger read as one, when punctuation closes it ("Born in Runcorn,
 * Cheshire, she …"). */
void precis_ner_type_town_regions (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                   GArray *mentions);

G_END_DECLS
