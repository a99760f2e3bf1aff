/* ner-conditions.h — names of illnesses.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "Down Syndrome", "Creutzfeldt-Jakob Disease": an illness named after the
 * people who described it, capitalized as English news often writes it,
 * which the tagger reads as a person (a reader saw "Down Syndrome" among
 * the people of an article).  CoNLL calls such names MISC, which is no
 * fact: CoNLL train and dev end two names with one of these nouns, both
 * MISC.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether mention `m` of `doc`, two words or more, ends with a noun of an
 * illness ("Syndrome", "Disease", "Disorder", "Virus"). */
gboolean precis_ner_names_condition (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
