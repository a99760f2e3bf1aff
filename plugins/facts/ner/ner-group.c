/* ner-group.c — a working group of mentions: its words, its votes, and
 * the merge of one group into another (ner-group.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-group.h"

guint
precis_ner_count_words (const char *key)
{
  guint n = 1;

  for (const char *p = key; *p; p++)
    n += *p == ' ';
  return n;
}

void
precis_ner_group_merge (Group *into, Group *from)
{
  g_array_append_vals (into->mentions, from->mentions->data, from->mentions->len);
  for (guint t = 0; t < PRECIS_NER_N_TYPES; t++)
    into->votes[t] += from->votes[t];
  into->org_evidence += from->org_evidence;
  into->product_said += from->product_said;
  into->place_evidence += from->place_evidence;
  into->place_lines += from->place_lines;
  into->side_evidence += from->side_evidence;
  from->merged = TRUE;
  from->into = into;
}

gboolean
precis_ner_group_is_person (const Group *g)
{
  return g->votes[PRECIS_NER_TYPE_PER] > 0 && g->votes[PRECIS_NER_TYPE_PER] * 2 >= g->mentions->len;
}

PrecisNerType
precis_ner_group_majority_type (const Group *g)
{
  PrecisNerType best = PRECIS_NER_TYPE_PER;

  for (guint t = PRECIS_NER_TYPE_PER; t < PRECIS_NER_N_TYPES; t++)
    if (g->votes[t] > g->votes[best])
      best = t;
  return best;
}
