/* ner-place-nouns.h — a German place's kind before its name, outside it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* A place (`tags`, one a token, ner-tags.h) of a German `doc` that opens
 * with the noun of its kind ("Kreis Stendal", "Provinz Quebec") is the
 * name after it. */
void precis_ner_trim_place_nouns (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
