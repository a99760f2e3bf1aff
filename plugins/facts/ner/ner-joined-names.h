/* ner-joined-names.h — a well-known name joined by "and" or "of", whole.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "inducted into the Rock and Roll Hall of Fame": the tagger reads the
 * capitalized runs between the joining words apart ("Rock", "Roll Hall",
 * "Fame"), and the reader is told of a person "Roll Hall".  A name the
 * lexicon of well-known entities (entities.tsv) lists whole, with its
 * type, is that one name.
 */
#pragma once

#include "ner-gazetteer.h"

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In English `doc`, the longest run of capitalized words joined by "and",
 * "of", "the", "&" or "for" that entities.tsv lists whole as a person, an
 * organization or a place (and nothing else) is one name of that type in
 * `tags` (one a token), whatever the tagger read of its parts. */
void precis_ner_tag_joined_names (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags);

G_END_DECLS
