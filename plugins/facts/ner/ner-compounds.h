/* ner-compounds.h — names German and Dutch write as one compound, known
 * by its last part: streets, ministries, schools.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Tags as places (`tags`, one a token, ner-tags.h) the names of streets
 * and squares the tagger left untagged, in German and Dutch, which write
 * them as one compound ("Schillerstraße", "Kirchgasse", "Lindenallee",
 * "Kalverstraat") or after an adjective of a town or a name ("Eschersheimer
 * Landstraße", "Oeder Weg", "Karl-Ekkel-Weg"). */
void precis_ner_tag_streets (const PrecisDocument *doc, guint8 *tags);

/* Tags as organizations the German compounds that name one body and that
 * the tagger left untagged ("Innenministerium", "Kreisvolkshochschule",
 * "Staatsanwaltschaft"). */
void precis_ner_tag_institutions (const PrecisDocument *doc, guint8 *tags);

/* Tags as places the German compounds that name a town's own hall,
 * museum or library ("Stadthalle", "Bürgerhaus", "Stadtmuseum") that the
 * tagger left untagged, but after an indefinite article. */
void precis_ner_tag_town_facilities (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
