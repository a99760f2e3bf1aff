/* ner-lineups.h — the line-ups and scorers of German football reports.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German reports close with the teams as lines of their formation, dashes
 * between the lines, substitutes after their minute: "Kahn - Bogdan -
 * Reich, Metz - Neustädter (65. Fritz), Schütterle, Rolff, Bender -
 * Schmarow, Carl."; and the goals: "Tore: 1:0 Herzberger (40.), 1:1
 * Frackiewicz (71.)".  Surnames alone, in the poorest context, which the
 * tagger reads as places or not at all.
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Tags as people (`tags`, one a token, ner-tags.h) the players of every
 * line-up sentence of `doc` and the scorers after a score. */
void precis_ner_tag_lineups (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
