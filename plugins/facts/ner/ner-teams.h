/* ner-teams.h — words around a name that say it names a sports team (ner-teams.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether the words around mention `m` say that it names a team, not a
 * person: "Chelsea's Premiership lead", "Arsenal's fans", "leaders
 * Chelsea", "Everton manager David Moyes", "Arteta's team face Chelsea". */
gboolean precis_ner_is_team_context (const PrecisDocument *doc, const PrecisNerMention *m);

/* The same for a name read as a place: a town has a stadium too. */
/* "the London Wasps captain": "the", the name, a team's role noun. */
gboolean precis_ner_is_the_team_role (const PrecisDocument *doc, const PrecisNerMention *m);

/* "returned to Wasps", "joined Wasps", "played for Nice" (English). */
gboolean precis_ner_follows_club_verb (const PrecisDocument *doc, const PrecisNerMention *m);

/* "after beating Norwich" (English). */
gboolean precis_ner_follows_beating (const PrecisDocument *doc, const PrecisNerMention *m);

gboolean precis_ner_is_club_context (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m` is followed by a score or a count in a line of names and
 * numbers only: "Cannes 0 Monaco 2", a standings row. */
gboolean precis_ner_is_results_entry (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m` is one side of a fixture: "Swansea v Lincoln". */
gboolean precis_ner_is_fixture_side (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m` is one side of a result told in prose: "Celtic beat
 * Rangers 2-1", "lost 3-1 to Cesena". */
gboolean precis_ner_is_prose_result_side (const PrecisDocument *doc, const PrecisNerMention *m);

/* The same, and the other side's words [*rival_first, *rival_end) when
 * the sentence names it ("Newcastle" in "Newcastle drew 1-1 with
 * Fulham"), an empty range when not. */
gboolean precis_ner_prose_result_rival (const PrecisDocument *doc, const PrecisNerMention *m,
                                        guint32 *rival_first, guint32 *rival_end);

/* Whether `m` is one side of a result written "Mainz - Wolfsburg 2:1",
 * its score after both sides. */
gboolean precis_ner_is_dash_result_side (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m`, of any length, is a side of a fixture written with "v":
 * "Casino Graz ( Austria ) v Ekeren". */
gboolean precis_ner_is_club_fixture_side (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m` is a side of a line of two names and their scores ("Lada
 * Togliatti 1 Spartak Moscow 1") or opens a standings row of counts only
 * ("Tekstilshchik Kamyshin 25 3 9 13 15 30 18"), whatever its length. */
gboolean precis_ner_is_table_side (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether token `i` is a score, one or two digits a side around one of
 * `separators` ("2-1" with "-", "3:0" with "-:"); its sides in *left and
 * *right (either may be NULL). */
gboolean precis_ner_token_score (const PrecisDocument *doc, guint32 i, const char *separators, guint *left,
                                 guint *right);

/* England, Scotland, Wales, Northern Ireland, in any case. */
gboolean precis_ner_is_home_nation (const char *name);

G_END_DECLS
