/* ner-kinds.h — nouns that say a name is an organization's, in the
 * languages with a fact model but English (ner-business.c reads English's).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-lower-words.h"
#include "ner-doc.h"

G_BEGIN_DECLS

/* "Le constructeur automobile Renault", "Die Netzbetreiber Tennet und
 * Amprion", "el banco Santander", "netbeheerder Tennet": whether the noun
 * before mention `m` (or before the list it ends) names a kind of
 * organization, so that the name is one, whatever its words would be
 * alone (a surname, a town). */
gboolean precis_ner_follows_kind_noun (const PrecisDocument *doc, const PrecisNerMention *m);

/* "Vereniging van Makelaars", "Bundesverband der Energiewirtschaft",
 * "Federación Española de Fútbol": whether mention `m`, of two words or
 * more, opens with a noun for an association, a union or an institute. */
gboolean precis_ner_opens_with_kind_noun (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether mention `m` is followed by an apposition whose noun is one of
 * a kind of organization, outside English and German: a comma, the
 * language's article, at most two adjectives and the noun, no name after
 * it ("Arinso, een softwarebedrijf uit Gent", "Telefónica, la empresa",
 * "Zoom, la società che"). */
gboolean precis_ner_has_kind_apposition (const PrecisDocument *doc, const PrecisNerMention *m);

/* The same for one word the tagger left untagged, in `tags`: an
 * organization ("Inditex, la empresa textil", "Bpost, het postbedrijf,"),
 * unless the document or the language writes the word in lower case. */
void precis_ner_tag_kind_appositions (const PrecisDocument *doc, guint8 *tags, PrecisNerLowerWords *lower_words);

/* German: a list of single names after a noun of a kind of organization
 * that opens the sentence with its article ("Die Netzbetreiber Tennet und
 * Amprion begrüßten"), each left untagged, is a list of organizations
 * (tags them B-ORG).  German capitalizes its nouns, hence the list and the
 * sentence's start: later a noun after the noun may be the object ("Dafür
 * sparen die Unternehmen Zeit und Geld"); a word the text writes after an
 * article elsewhere is a common noun and spoils the list. */
void precis_ner_tag_kind_lists (const PrecisDocument *doc, guint8 *tags);

/* The other languages: a name the tagger ran across the list's "and"
 * after such a noun ("i sindacati Fiom e Fim-Cisl", "les syndicats CFDT et
 * CGT") is the names of the list: splits such mentions of `mentions`
 * (PrecisNerMention, not people's) in place at the "and". */
void precis_ner_split_kind_lists (const PrecisDocument *doc, GArray *mentions);

/* French, Spanish, Italian, Portuguese, Dutch: a name of one word that
 * opens a sentence before its verb, untagged or read as a person's, is an
 * organization when the next sentence opens with the article and a noun
 * of a kind of organization, the way news refers back to a company it
 * has just named ("Airbus a annoncé mardi … Le constructeur européen
 * prévoit", "Iberdrola anunció … La eléctrica ganó"): alone at a
 * sentence's start, the tagger reads a company it never met as a person
 * or leaves it out.  Not a word the document or the language writes in
 * lower case. */
void precis_ner_tag_kind_anaphora (const PrecisDocument *doc, guint8 *tags, PrecisNerLowerWords *lower_words);

G_END_DECLS
