/* ner-purpose-bodies.h — "the Committee for a Responsible Federal Budget": a body named for its purpose.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) as one organization each name of
 * English `doc` made of a body's noun, "for", an optional article and
 * capitalized words ("the Committee for a Responsible Federal Budget",
 * "the Center for a New American Security", "the Campaign for the
 * Protection of Rural England"), with the capitalized words the tagger
 * read before the noun ("National Center for ..."); a longer name the
 * tagger read stays.  A place after "in" or "on" that follows a place is
 * where the body sits ("the Commission for Africa in Cape Town"). */
void precis_ner_tag_purpose_bodies (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
