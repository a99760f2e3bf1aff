/* ner-doubt.h — no fact for a name the tagger alone read, and was unsure of.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-entities.h"
#include "ner-mentions.h"

G_BEGIN_DECLS

/* The English model's threshold, chosen on the read folds of CoNLL train
 * (1, 2, 4, 5, 7: each fold's model trained without it, as the shipped one
 * is without fold 0), pooled: the largest panel F1 of the thresholds tried
 * (0.5 to 128; F1 90.10 at 0, 90.36 at 12, 90.41 at 14, 90.45 at 16, 90.31
 * at 18, 90.13 at 24); panel precision there 90.55 → 92.47, recall 89.66
 * → 88.51.  A panel that prefers precision could go further (P 94.6, R
 * 83.6 at 32), but the recall lost grows faster than the errors.  The
 * margins of the other languages' models are on other scales, not
 * calibrated: no threshold. */
#define PRECIS_NER_DOUBT_EN 16.0f

/* Whether `entity` of `doc` rests on the tagger's reading alone (no
 * evidence of the rules, precis_ner_mention_is_said) and every mention the tagger itself read as the entity's
 * type has a margin below `threshold` at some token: the model could as
 * well have read it as another type, other bounds or no name. */
gboolean precis_ner_entity_is_doubtful (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                        const PrecisNerEntity *entity, const PrecisNerReading *reading,
                                        float threshold);

G_END_DECLS
