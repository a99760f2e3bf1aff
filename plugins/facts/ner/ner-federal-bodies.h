/* ner-federal-bodies.h — "der Bundesrat", "das Bundeskriminalamt": Germany's federal bodies by their one word.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) as an organization each word of
 * German `doc` that is "Bundes" + a kind of body ("-rat", "-tag", "-amt",
 * "-gericht", "-hof", "-bank", "-anstalt", ...), in the singular, also in
 * the genitive ("des Bundesrates"), that the tagger read as no name or as
 * a name of that word alone; and so each international body's organ by
 * its acronym ("UN-Sicherheitsrat", "EG-Kommission", "Nato-Rat"). */
void precis_ner_tag_federal_bodies (const PrecisDocument *doc, guint8 *tags);

/* "die Gewerkschaft der Polizei", "der Bund der Steuerzahler": after a
 * definite article, the kind of an association, "der"/"des" and one
 * capitalized word (and a country in the genitive, "Deutschlands"), all
 * read as no name, are one organization. */
void precis_ner_tag_association_names (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
