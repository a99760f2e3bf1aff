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

/* "in der Gartenstraße 37": German writes the house number after the
 * street, and the tagger (GermEval's convention) ran the place into it;
 * CoNLL-2003 German (dev, gold: 14 of 14 such numbers outside) and an
 * address's reader take the street alone.  A place's last token that is
 * a house number ("37", "16a", "32-36") leaves it. */
void precis_ner_trim_house_numbers (const PrecisDocument *doc, guint8 *tags);

/* Tags as organizations the German compounds that name one body and that
 * the tagger left untagged ("Innenministerium", "Kreisvolkshochschule",
 * "Staatsanwaltschaft"). */
void precis_ner_tag_institutions (const PrecisDocument *doc, guint8 *tags);

/* Tags as places the German compounds that name a town's own hall,
 * museum or library ("Stadthalle", "Bürgerhaus", "Stadtmuseum") that the
 * tagger left untagged, but after an indefinite article. */
void precis_ner_tag_town_facilities (const PrecisDocument *doc, guint8 *tags);

/* Tags as one organization a German body's kind and the town after it
 * that the tagger read as a place ("das Landgericht Frankfurt", "die
 * Polizei Northeim"). */
void precis_ner_tag_town_bodies (const PrecisDocument *doc, guint8 *tags);

/* Tags as one organization a town's adjective and the noun of a town's
 * own body after it ("das Frankfurter Denkmalamt", "der Wallauer
 * Ortsbeirat"). */
void precis_ner_tag_town_adjective_bodies (const PrecisDocument *doc, guint8 *tags);

/* Untags a language's name read as a place ("Kurse in Italienisch"). */
void precis_ner_untag_language_names (const PrecisDocument *doc, guint8 *tags);

/* Whether the lower-case word `lower` (`length` bytes) names a German
 * body by its kind ("landgericht", "polizei"), but for the words English
 * writes too ("club", "bank"). */
gboolean precis_ner_is_body_kind_word (const char *lower, gsize length);

G_END_DECLS
