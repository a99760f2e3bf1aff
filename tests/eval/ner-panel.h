/* ner-panel.h — the facts-panel metric of issue 14, for one document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * 1. Gold mentions are grouped into entities: the same type and surface
 *    form go together, and a shorter form joins a longer one when its
 *    words are a contiguous part of exactly one longer form of the same
 *    type ("Putin" in "Vladimir Putin").
 * 2. A returned fact is right when at least half of its mentions are gold
 *    mentions of one entity of the fact's type, and no earlier fact
 *    claimed that entity (duplicates and fragments are wrong).
 * 3. P = right facts / facts returned, R = entities claimed / gold entities.
 *
 * Mentions are token ranges [first, end) in any common numbering.
 */
#pragma once

#include "ner-tags.h"

G_BEGIN_DECLS

typedef struct {
  guint first, end;
  PrecisNerType type;
  const char *form;   /* gold only: the surface form, words joined by one space */
} PrecisNerPanelMention;

typedef struct {
  PrecisNerType type;
  GArray *mentions;   /* PrecisNerPanelMention */
  const char *value;  /* for reports */
} PrecisNerPanelFact;

typedef struct {
  guint facts, right;
  guint entities, claimed;
} PrecisNerPanelCounts;

/* Scores `facts` (in the order returned) against `gold` mentions.  With
 * `fold_case`, surface forms are compared ignoring case ("AUSTRALIA" in a
 * headline and "Australia" are one entity); the definition
 * compares them exactly.  With `report`, appends a line per wrong fact
 * and per unclaimed entity; each wrong fact is given its cause, the
 * class of error it counts under (`misc`: the gold mentions of other
 * types, MISC, which tell a miscellaneous name from no name; may be NULL):
 *   [claimed]  its entity was claimed by an earlier fact (a duplicate or
 *              a fragment of a name already listed)
 *   [type]     most of its mentions are whole gold names of another type
 *   [misc]     most of its mentions are or overlap a MISC name
 *   [span]     most of its mentions overlap a gold name with other bounds
 *              (a fragment or a name run on)
 *   [none]     most of its mentions touch no gold name
 *   [mixed]    none of these holds for most of its mentions */
void precis_ner_panel_score (const GArray *gold, const GArray *misc, const PrecisNerPanelFact *facts,
                             guint n_facts, gboolean fold_case, PrecisNerPanelCounts *counts,
                             GString *report);

G_END_DECLS
