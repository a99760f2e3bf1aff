/* ner-hyphen-places.h — a place named inside a hyphenated word.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "Jet, which was founded by London-based travel agent Naresh Goyal",
 * "The Paris-based firm", "a Sydney-listed miner": English writes where a
 * firm or a person comes from as the first half of a hyphenated word.  The
 * tokens are CoNLL-2003's, which keep "London-based" one word (and tag it
 * MISC), so the tagger never sees the place; a reader does, and expects
 * it among the article's places.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* In English `doc`, for each word "PLACE-based" (-born, -bred,
 * -headquartered, -listed, -owned, -registered) of a sentence that may
 * name facts, where PLACE (with up to two capitalized words before it:
 * "New York-based") is a country, subdivision, city or continent of the
 * gazetteer: adds the span of PLACE to the place fact of that name among
 * facts[`first`, len) (PrecisFact), or appends a place fact of its own,
 * its salience as precis_ner_salience() gives it (`title_lower`,
 * `request`: as there).  A word some fact already spans is left alone. */
void precis_ner_add_hyphen_places (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                   const char *title_lower, const PrecisRequest *request,
                                   GArray *facts, guint first);

G_END_DECLS
