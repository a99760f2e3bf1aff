/* ner-places.h — lines that say a name is a place (ner-places.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether the words around mention `m` make it the place itself, even
 * when the article's club or company bears its name: the dateline a story
 * was filed from ("LONDON 1996-08-25", "ST HELENS , England 1996-08-26",
 * "NEW YORK (Reuters) -"), the home side of a schedule line ("SEATTLE AT
 * BOSTON": the game is played at Boston), the town a paragraph of a
 * round-up opens with ("In Baltimore , Cal Ripken had four hits"). */
gboolean precis_ner_is_place_context (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether a German `m`, not read as a person, follows "in", "nach" or
 * "aus": the town itself ("nach München") where the article's club bears
 * its name.  Unlike the lines above it votes as the tagger read it: read
 * as a place, the name joins no club's ("FC Bayern München"), and the
 * mention stays a place where its name is found an organization. */
gboolean precis_ner_follows_german_place_preposition (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether token `i` of a German `doc` is the noun of a federal state
 * that opens its name ("das Land Hessen", "des Landes Sachsen-Anhalt",
 * "der Freistaat Bayern"). */
gboolean precis_ner_is_state_noun (const PrecisDocument *doc, guint32 i);

/* Whether a noun of a place and "of" come before `m` ("the town of
 * Rousse", "the port of Aqaba", "the towns of Rousse and Veliko
 * Tarnovo"). */
gboolean precis_ner_follows_place_head (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `lower` is a noun that ends only places' names: a venue's
 * ("Allianz Stadium") or nature's ("Florida Straits", "Silicon Valley"). */
gboolean precis_ner_is_place_tail (const char *lower);

/* "Florida Straits", "Emirates Stadium": whether a name of two words or
 * more, as its folded key ("emirates stadium"), ends with a place's noun
 * and is not opened by "the" ("THE ISLAND", a newspaper). */
gboolean precis_ner_key_ends_as_place (const char *key);

/* Whether `m`, of two words or more and not opened by "the", ends with
 * such a noun ("Johan Cruijff ArenA", "Emirates Stadium"; "Stade
 * Pierre-Mauroy" does not: its noun comes first and the tagger reads it
 * whole). */
gboolean precis_ner_ends_as_place (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m`, of two words or more, opens with the noun of a street, a
 * square or a stadium in a language that writes it first and capitalizes
 * names only ("Piazza Affari", "Rua Augusta", "Place Vendôme"). */
gboolean precis_ner_opens_as_place (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether the word after `m` names a town's thing that no club or company
 * has: a band ("Leeds band Kaiser Chiefs", "Leeds group Kaiser Chiefs"),
 * a constituency ("the Derbyshire seat of Erewash"), a person's dwelling
 * after a possessive ("his Buckinghamshire home"). */
gboolean precis_ner_names_towns_thing (const PrecisDocument *doc, const PrecisNerMention *m);
G_END_DECLS
