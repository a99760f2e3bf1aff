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
 * and per unclaimed entity. */
void precis_ner_panel_score (const GArray *gold, const PrecisNerPanelFact *facts, guint n_facts,
                             gboolean fold_case, PrecisNerPanelCounts *counts, GString *report);

G_END_DECLS
