/* ner-wire.h — names that news wires write by convention: agencies, datelines, results.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Three conventions of agency news in every European language, which the
 * models trained on Wikipedia and gold sets without agency copy (German's:
 * GermEval, WikiNEuRal) have not seen:
 * - the agency credit, "(dpa)", "AP", "Reuter", "(EFE)": an organization;
 * - the dateline, the place a story was filed from, written as a sentence
 *   of its own in capitals before the text: "HANAU.", "BAD VILBEL.";
 * - the results line, "Dynamo Dresden - Hamburger SV 1:1": two teams,
 *   though their names are towns' ("Mainz - Wolfsburg 2:1").
 * English is left to its model, which learnt both from Reuters copy.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-lower-words.h"

G_BEGIN_DECLS

/* Tags (PRECIS_NER_N_TAGS ids, one per token of `doc`) the wire's names
 * the tagger left untagged, in a document whose model is not English's. */
void precis_ner_wire_apply (const PrecisDocument *doc, guint8 *tags, PrecisNerLowerWords *lower_words);

/* Whether token `i` of `doc` is a club's kind, written as clubs abbreviate
 * it ("FC", "VfB", "SpVgg", "AS"). */
gboolean precis_ner_wire_is_club_kind (const PrecisDocument *doc, guint32 i);

G_END_DECLS
