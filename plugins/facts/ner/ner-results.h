/* ner-results.h — a match's sides and a club's coach in the European
 * languages with a model (ner-results.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether mention `m` names a club by the words around it, in a language
 * with a model but English (whose words ner-teams.c reads): a side of a
 * result told in prose with its score ("O Benfica venceu o Sporting por
 * 2-1", "ha battuto la Lazio 3-1"), or the club a coach trains
 * ("l'allenatore del Napoli", "trainer van Feyenoord"). */
gboolean precis_ner_is_club_in_prose (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether mention `m` is a side of a result told in prose, with or
 * without its score ("Le PSG a battu Lens", "O Benfica venceu o
 * Sporting"), in a language with a model but English: the other side's
 * name's words in [*rival_first, *rival_end), empty when the
 * sentence names none there. */
gboolean precis_ner_result_rival (const PrecisDocument *doc, const PrecisNerMention *m, guint32 *rival_first,
                                  guint32 *rival_end);

/* Whether mention `m`, one word, follows the masculine article Spanish
 * gives a club and never a town ("el Sevilla", "al Valencia", "del
 * Madrid"; CoNLL-2002 Spanish dev and train: a town of the gazetteer
 * there is 116 times an organization, 7 times a place).  Italian, French
 * and Portuguese give regions, states or towns the article too ("il
 * Lazio", "le Texas", "o Porto"). */
gboolean precis_ner_follows_club_article (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
