/* timex-match.c — running one compiled pattern over the token view.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A depth-first walk: each element either takes the next token or, when
 * optional, is skipped; the longest way through wins.  Patterns are short
 * (under ten elements), so the walk stays small.
 */
#include "timex-private.h"

typedef struct {
  const TxRule *rule;
  const TxToken *tokens;
  guint n_tokens;
  TxRecord *best;
  guint start;
  gboolean found;
} TxWalk;

static const TxAlt *
element_accepts (const TxElement *element, const TxToken *token)
{
  for (guint a = 0; a < element->n_alts; a++)
    {
      const TxAlt *alt = &element->alts[a];
      if ((alt->classes & token->classes) != 0 ||
          (alt->word != NULL && alt->word == token->word))
        return alt;
    }
  return NULL;
}

/* Write the token's value in its slot; returns the slot, to undo. */
static TxSlot
store (TxRecord *record, const TxAlt *alt, const TxToken *token, int *old)
{
  TxSlot slot = alt->slot;
  int value = token->value;
  if (slot == TX_S_NONE)
    return slot;
  if (alt->preset)
    value = alt->value;
  else if (slot == TX_S_ORD || slot == TX_S_DAY)
    value = token->ordinal;
  else if (alt->word != NULL)
    value = alt->word->value;
  if (slot == TX_S_NUM && record->slot[TX_S_NUM] != TX_UNSET)
    slot = TX_S_NUM2;
  *old = record->slot[slot];
  record->slot[slot] = value;
  return slot;
}

/* One record is written on the way down and restored on the way back,
 * rather than copied at every step. */
static void
walk (TxWalk *w, guint e, guint t, guint span_start, guint span_end, TxRecord *record)
{
  const TxRule *rule = w->rule;
  if (e == rule->n_elements)
    {
      if (span_end == G_MAXUINT)
        span_end = t;
      if (span_end > span_start && (!w->found || t > w->best->end))
        {
          *w->best = *record;
          w->best->end = t;
          w->best->span_start = span_start;
          w->best->span_end = span_end;
          w->found = TRUE;
        }
      return;
    }
  const TxElement *element = &rule->elements[e];
  if (element->trailing && span_end == G_MAXUINT)
    span_end = t;
  if (t < w->n_tokens)
    {
      const TxToken *token = &w->tokens[t];
      gboolean joins = !element->attached || !token->space_before;
      gboolean crosses = t > w->start && token->boundary;
      const TxAlt *alt = joins && !crosses ? element_accepts (element, token) : NULL;
      if (alt != NULL)
        {
          int old = TX_UNSET;
          /* A count read after the span ("tres o cuatro semanas" read for
           * the three) is the next expression's, not a range's end. */
          TxSlot slot = element->trailing && alt->slot == TX_S_NUM ? TX_S_NONE
                                                                   : store (record, alt, token, &old);
          walk (w, e + 1, t + 1, element->context ? t + 1 : span_start, span_end, record);
          if (slot != TX_S_NONE)
            record->slot[slot] = old;
        }
    }
  if (element->optional)
    walk (w, e + 1, t, span_start, span_end, record);
}

void
tx_match_starts (const TxGrammar *rules, const TxToken *token, guint64 starts[TX_START_WORDS])
{
  for (guint k = 0; k < TX_START_WORDS; k++)
    starts[k] = token->word != NULL ? token->word->starts[k] : 0;
  for (guint32 classes = token->classes & ~(guint32) TX_C_WORD; classes != 0; classes &= classes - 1)
    {
      guint c = g_bit_nth_lsf (classes, -1);
      for (guint k = 0; k < TX_START_WORDS; k++)
        starts[k] |= rules->class_starts[c][k];
    }
}

gboolean
tx_match_at (const TxGrammar *rules, const TxToken *tokens, guint n_tokens, guint i,
             guint rule_index, TxRecord *best)
{
  const TxRule *rule = &rules->rules[rule_index];
  TxRecord record;

  /* Copied from a blank one: a loop a slot was a third of a failed match. */
  static const TxRecord blank = { .slot = { [0 ... TX_N_SLOTS - 1] = TX_UNSET } };

  record = blank;
  record.end = record.span_start = record.span_end = i;
  TxWalk w = { rule, tokens, n_tokens, best, i, FALSE };
  walk (&w, 0, i, i, G_MAXUINT, &record);
  return w.found;
}
