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

static void
store (TxRecord *record, const TxAlt *alt, const TxToken *token)
{
  TxSlot slot = alt->slot;
  int value = token->value;
  if (slot == TX_S_NONE)
    return;
  if (slot == TX_S_ORD || slot == TX_S_DAY)
    value = token->ordinal;
  else if (alt->word != NULL)
    value = alt->word->value;
  if (slot == TX_S_NUM && record->slot[TX_S_NUM] != TX_UNSET)
    slot = TX_S_NUM2;
  record->slot[slot] = value;
}

static void
walk (TxWalk *w, guint e, guint t, guint span_start, const TxRecord *record)
{
  const TxRule *rule = w->rule;
  if (e == rule->n_elements)
    {
      if (t > span_start && (!w->found || t > w->best->end))
        {
          *w->best = *record;
          w->best->end = t;
          w->best->span_start = span_start;
          w->found = TRUE;
        }
      return;
    }
  const TxElement *element = &rule->elements[e];
  if (t < w->n_tokens)
    {
      const TxToken *token = &w->tokens[t];
      gboolean joins = !element->attached || !token->space_before;
      gboolean crosses = t > w->start && token->boundary;
      const TxAlt *alt = joins && !crosses ? element_accepts (element, token) : NULL;
      if (alt != NULL)
        {
          TxRecord next = *record;
          store (&next, alt, token);
          walk (w, e + 1, t + 1, element->context ? t + 1 : span_start, &next);
        }
    }
  if (element->optional)
    walk (w, e + 1, t, span_start, record);
}

gboolean
tx_match_at (const PrecisTimexRules *rules, const TxToken *tokens, guint n_tokens, guint i,
             guint rule_index, TxRecord *best)
{
  const TxRule *rule = &rules->rules[rule_index];
  const TxToken *token = &tokens[i];
  gboolean may_start = (rule->first_classes & token->classes) != 0;
  for (guint k = 0; !may_start && k < rule->first_words->len; k++)
    may_start = token->word != NULL && g_ptr_array_index (rule->first_words, k) == token->word;
  /* A context element may come first: it must match this token too. */
  if (!may_start)
    return FALSE;

  TxRecord record;
  for (guint s = 0; s < TX_N_SLOTS; s++)
    record.slot[s] = TX_UNSET;
  record.end = record.span_start = i;
  TxWalk w = { rule, tokens, n_tokens, best, i, FALSE };
  walk (&w, 0, i, i, &record);
  return w.found;
}
