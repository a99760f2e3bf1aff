/* ner-lineups.h — the line-ups and scorers of football reports.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German reports close with the teams as lines of their formation, dashes
 * between the lines, substitutes after their minute: "Kahn - Bogdan -
 * Reich, Metz - Neustädter (65. Fritz), Schütterle, Rolff, Bender -
 * Schmarow, Carl."; and the goals: "Tore: 1:0 Herzberger (40.), 1:1
 * Frackiewicz (71.)".  Surnames alone, in the poorest context, which the
 * tagger reads as places or not at all.  Spanish, Italian, French and
 * English reports write the lines with semicolons and the minute after the
 * substitute: "Parma: Buffon; Thuram, Cannavaro, Sensini; Fuser, Boghossian
 * (Stanic, m.59), …".
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Tags as people (`tags`, one a token, ner-tags.h) the players of every
 * line-up sentence of `doc` and the scorers after a score. */
void precis_ner_tag_lineups (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
