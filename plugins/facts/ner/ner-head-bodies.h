/* ner-head-bodies.h — a body's name the tagger left unread after the noun of its kind.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) as an organization the name
 * words of English `doc` ("eBay", "GlaxoSmithKline", "G4S") that follow a
 * lower-case noun of a body's kind ("auction site eBay", "pharmaceutical
 * company GlaxoSmithKline", ner-business.c) where the tagger read no name
 * in them: up to four words, not a given name and a surname, not a word
 * the document writes in lower case, a stop word, a day or a month, a
 * letter alone ("group B"), nor a capitalized word after a sentence's
 * first ("Visit site Like the rest"); not before a number ("band Maroon
 * 5") or a name the tagger read. */
void precis_ner_tag_head_bodies (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                 PrecisNerLowerWords *lower_words, guint8 *tags);

/* The German rule: a name after a capitalized noun of a kind of body
 * ("die Tochter Lurgi", "die Kette Massa"), untagged or read as a
 * person or a place, is an organization. */
void precis_ner_tag_german_head_bodies (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                        PrecisNerLowerWords *lower_words, guint8 *tags);

/* "Die Lufthansa streicht": a word of one organization of entities.tsv
 * (the language's well-known entities), untagged by the tagger, no noun
 * of the language and no part of a longer name, in German text; in
 * English text also no word of words.txt ("Boeing strike ends", a feed
 * item's first word, which the tagger cannot tell by its case); in
 * Spanish, Italian, Portuguese, French and Dutch text also one read as a
 * work or a product alone ("Ook Philips en Heineken maakten"), and not
 * after an indefinite article ("un Boeing 747", the product). */
void precis_ner_tag_known_organizations (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                         PrecisNerLowerWords *lower_words, guint8 *tags);

/* "der Vorstand der Treuhand", "ein Sprecher der Caritas": one
 * capitalized word after a German noun of a body's organ or officer and
 * "der"/"des", untagged or read as a person or a place alone, no noun of the
 * language, no given name and no listed place, is an organization. */
void precis_ner_tag_german_organ_bodies (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                         PrecisNerLowerWords *lower_words, guint8 *tags);

/* "bei Opel in Rüsselsheim": one capitalized word after "bei", untagged
 * or read as a place alone, before "in" and a town (a place the tagger
 * read, no country or land), is the firm there. */
void precis_ner_tag_firms_in_towns (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                    PrecisNerLowerWords *lower_words, guint8 *tags);

/* "die Philipp Holzmann AG": an untagged given name right before a
 * company read with its German legal form ("Holzmann AG") opens it. */
void precis_ner_extend_founders_firms (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags);

/* "Die Nato will": a capitalized word the tagger left, that the German
 * document also writes opening a hyphenated compound ("der Nato-Rat"),
 * no noun, given name or listed place, is an organization. */
void precis_ner_tag_compound_openers (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                      PrecisNerLowerWords *lower_words, guint8 *tags);

/* Whether the one word [`first`, `end`) of German `doc` stands where the
 * two rules above read a body: after an organ's noun and "der"/"des", or
 * between "bei" and "in" and a town.  The entity's other mentions ("Opel
 * will 2000 Stellen streichen", read as a person) are outvoted by it. */
gboolean precis_ner_says_german_body_context (const PrecisDocument *doc, guint32 first, guint32 end);

G_END_DECLS
