/* ner-german-sides.h — the sides a German sports report names
 * (ner-german-sides.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether `doc` is German and a sports report: it writes at least three
 * nouns only sport writes ("Tabellenführer", "Libero", "Spieltag"), or
 * two and a score ("2:1"). */
gboolean precis_ner_is_german_sports_report (const PrecisDocument *doc);

/* Whether `m`, in a German sports report, stands where a side does and a
 * town does not: "gegen Metz", "Aufsteiger Racing Straßburg", "zwischen
 * Bayer Leverkusen und …", "Trainer von Schalke", "1:4 bei
 * Middlesbrough", "Bochums Trainer", "Montpellier ( 3:0 gegen Lille )",
 * "Marseille folgt". */
gboolean precis_ner_is_german_report_side (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
