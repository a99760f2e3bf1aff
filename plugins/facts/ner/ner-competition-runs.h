/* ner-competition-runs.h — a competition's name run into the name after it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-doc.h"

G_BEGIN_DECLS

/* In English `doc`, cuts from each mention of `mentions`
 * (PrecisNerMention) the competition's name it opens with ("Championship
 * Watford", "Conference Barnet", "World Championships Stevens") when the
 * rest is a name the document names alone in another mention: a round-up's
 * heading or a caption pasted into the text without its line break.  The
 * mention keeps the tagger's type. */
void precis_ner_split_competition_runs (const PrecisDocument *doc, GArray *mentions);

G_END_DECLS
