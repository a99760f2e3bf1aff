/* ner-awards.h — names of prizes and events (ner-awards.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether mention `m` names a prize, an award's category or an event
 * ("Academy Award", "Best Solo Female", "won the Golden Osella", "Venice
 * Film Festival"; for what is nominated, precis_ner_is_nominated_for): CoNLL's MISC, not a person, an organization or a
 * place. */
gboolean precis_ner_is_award_or_event (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether mention `m` is what something is nominated for ("nominations
 * for Best Solo Female", "shortlisted for Album of the Year"): a category,
 * or a person ("a Bafta nomination for Imelda Staunton"), which the
 * caller tells apart by the given names. */
gboolean precis_ner_is_nominated_for (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
