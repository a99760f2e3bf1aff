/* ner-result-names.h — a side's whole name in a results line, outside
 * English and German.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A club that carries its sponsor's name before its town's ("TAU
 * Vitoria", "Adecco Estudiantes", "Unicaja Málaga") reads to the tagger
 * as a company and a town, or as the town alone: "Barcelona 71 - TAU
 * Vitoria 65" gave the organization TAU and the place Vitoria.  In a line
 * of results, the capitalized words between a side's separators (a
 * dash, a score, a bracket, a colon or the line's start) and its score
 * are one name.  Gold, CoNLL-2002 Spanish (results lines: a dash and two
 * scores), the runs of two to four capitalized words in such a slot: dev
 * 30, all organizations; train 2 organizations and 9 rows of a weather
 * table ("S. Compostela", "PRESION ATMOSFERICA"), which have no dash
 * beside them and no organization the tagger read, and stay.
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* In a `doc` of a language that capitalizes only names, tags as one
 * organization each run of two to four capitalized words in a side's
 * slot of a results line: one the tagger read, in part, as an
 * organization and nowhere as a person, or any (but a work or an event)
 * that faces another side across the dash. */
void precis_ner_tag_result_names (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
