/* ner-sides.h — the sides a sports report names (ner-sides.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-lower-words.h"
#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether `doc` is a sports report in English: it writes, in lower case,
 * at least three words that only sport writes ("relegation", "striker",
 * "half-time", "fly-half"), a score ("5-1") and a competition ("Uefa
 * Cup") counting as one each beside one such word at least. */
gboolean precis_ner_is_sports_report (const PrecisDocument *doc, PrecisNerLowerWords *lower_words);

/* Whether `m`, in a sports report, stands where a side does and a town
 * or a person does not: "Bournemouth (home to Bolton)", "at home to
 * Middlesbrough", "at the hands of Sevilla", "fourth-placed Valencia",
 * "Premier League strugglers Leicester", "joined from Porto", "Valencia
 * coach", "H Ellis (Leicester)", "Macclesfield will be relegated",
 * "Lecce's 3-0 defeat".  `person` says the tagger read a person: only
 * the words no person's name stands in count then (a player has a
 * "3-0 win" and a "team-mate" of his own). */
gboolean precis_ner_is_report_side (const PrecisDocument *doc, const PrecisNerMention *m, gboolean person);

G_END_DECLS
