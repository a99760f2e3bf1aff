/* ner-works.h — words before a name that say it is the title of a work (ner-works.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-mentions.h"

G_BEGIN_DECLS

/* Whether the word before mention `m` says that it is the title of a film,
 * a programme, a book or a record ("abortion drama Vera Drake", "cult TV
 * show Twin Peaks"): a work, not a person, an organization or a place. */
gboolean precis_ner_is_work_context (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m` is what a prize went to, in English: right after a "for"
 * that follows a prize within a few words ("won an Oscar earlier this
 * year for Spirited Away", "the best screenplay award for Les
 * Choristes", "Best Actress for Million Dollar Baby"): a work.  The
 * caller keeps people ("a Bafta nomination for Imelda Staunton"). */
gboolean precis_ner_is_awarded_work (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether the words after `m` make it a product's name: a version
 * ("Halo 2 won") or a product's noun ("the best Xbox game"). */
gboolean precis_ner_is_product_context (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
