/* ner-panel.c — the facts-panel metric of issue 14.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-panel.h"

#include <string.h>

typedef struct {
  PrecisNerType type;
  const char *form;
  guint words;
  gint parent;   /* the one longer form it is part of, or -1 */
} Form;

static guint
count_words (const char *form)
{
  guint n = 1;

  for (const char *p = form; *p; p++)
    n += *p == ' ';
  return n;
}

/* The words of `part` are a contiguous run of the words of `whole`. */
static gboolean
is_word_part (const char *part, const char *whole)
{
  g_autofree char *w = g_strconcat (" ", whole, " ", NULL);
  g_autofree char *p = g_strconcat (" ", part, " ", NULL);

  return strstr (w, p) != NULL;
}

static guint
root_of (const GArray *forms, guint i)
{
  while (g_array_index (forms, Form, i).parent >= 0)
    i = (guint) g_array_index (forms, Form, i).parent;
  return i;
}

static guint64
span_key (guint first, guint end)
{
  return ((guint64) first << 32) | end;
}

/* Why a wrong fact is wrong (the classes of ner-panel.h): each of its
 * mentions is sorted, and the class most of them fall in wins. */
static const char *
wrong_fact_class (const GArray *gold, const GArray *misc, const PrecisNerPanelFact *fact,
                  gboolean claimed_earlier)
{
  guint type = 0, in_misc = 0, span = 0, none = 0, n = fact->mentions->len;

  if (claimed_earlier)
    return "claimed";
  for (guint k = 0; k < n; k++)
    {
      const PrecisNerPanelMention *m = &g_array_index (fact->mentions, PrecisNerPanelMention, k);
      gboolean exact_other = FALSE, overlap = FALSE, overlap_misc = FALSE;

      for (guint i = 0; i < gold->len; i++)
        {
          const PrecisNerPanelMention *g = &g_array_index (gold, PrecisNerPanelMention, i);

          if (g->first == m->first && g->end == m->end)
            exact_other |= g->type != fact->type;
          else if (g->first < m->end && m->first < g->end)
            overlap = TRUE;
        }
      for (guint i = 0; misc && i < misc->len; i++)
        {
          const PrecisNerPanelMention *g = &g_array_index (misc, PrecisNerPanelMention, i);

          overlap_misc |= g->first < m->end && m->first < g->end;
        }
      if (exact_other)
        type++;
      else if (overlap_misc)
        in_misc++;
      else if (overlap)
        span++;
      else
        none++;
    }
  if (type * 2 > n)
    return "type";
  if (in_misc * 2 > n)
    return "misc";
  if (span * 2 > n)
    return "span";
  if (none * 2 > n)
    return "none";
  return "mixed";
}

void
precis_ner_panel_score (const GArray *gold, const GArray *misc, const PrecisNerPanelFact *facts,
                        guint n_facts, gboolean fold_case, PrecisNerPanelCounts *counts,
                        GString *report)
{
  g_autoptr (GArray) forms = g_array_new (FALSE, FALSE, sizeof (Form));
  g_autoptr (GHashTable) form_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) by_span = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree guint *entity_of = g_new0 (guint, MAX (gold->len, 1));
  g_autofree gboolean *claimed = NULL;
  g_autofree guint *tally = NULL;
  GStringChunk *chunk = g_string_chunk_new (256);

  /* 1. Entities: one per form, then each shorter form under the one
   * longer form it is part of. */
  for (guint i = 0; i < gold->len; i++)
    {
      const PrecisNerPanelMention *m = &g_array_index (gold, PrecisNerPanelMention, i);
      g_autofree char *folded = fold_case ? g_utf8_strdown (m->form, -1) : NULL;
      char *key = g_strdup_printf ("%d %s", m->type, folded ? folded : m->form);
      gpointer found;

      if (!g_hash_table_lookup_extended (form_index, key, NULL, &found))
        {
          Form f = { m->type, m->form, count_words (m->form), -1 };

          if (folded)
            f.form = g_string_chunk_insert_const (chunk, folded);

          found = GUINT_TO_POINTER (forms->len);
          g_array_append_val (forms, f);
          g_hash_table_insert (form_index, key, found);
        }
      else
        g_free (key);
      entity_of[i] = GPOINTER_TO_UINT (found);
    }
  for (guint i = 0; i < forms->len; i++)
    {
      Form *f = &g_array_index (forms, Form, i);
      gint longer = -1;
      guint n_longer = 0;

      for (guint j = 0; j < forms->len; j++)
        {
          const Form *g = &g_array_index (forms, Form, j);

          if (g->type == f->type && g->words > f->words && is_word_part (f->form, g->form))
            {
              longer = (gint) j;
              n_longer++;
            }
        }
      if (n_longer == 1)
        f->parent = longer;
    }
  for (guint i = 0; i < forms->len; i++)
    counts->entities += g_array_index (forms, Form, i).parent < 0;
  for (guint i = 0; i < gold->len; i++)
    {
      const PrecisNerPanelMention *m = &g_array_index (gold, PrecisNerPanelMention, i);
      guint64 *key = g_new (guint64, 1);

      entity_of[i] = root_of (forms, entity_of[i]);
      *key = span_key (m->first, m->end);
      g_hash_table_insert (by_span, key, GUINT_TO_POINTER (i + 1));
    }

  /* 2. Facts in the order returned. */
  claimed = g_new0 (gboolean, MAX (forms->len, 1));
  tally = g_new0 (guint, MAX (forms->len, 1));
  for (guint f = 0; f < n_facts; f++)
    {
      const PrecisNerPanelFact *fact = &facts[f];
      guint best = G_MAXUINT;
      gboolean right = FALSE;

      memset (tally, 0, sizeof (guint) * MAX (forms->len, 1));
      for (guint k = 0; k < fact->mentions->len; k++)
        {
          const PrecisNerPanelMention *m = &g_array_index (fact->mentions, PrecisNerPanelMention, k);
          guint64 key = span_key (m->first, m->end);
          guint i = GPOINTER_TO_UINT (g_hash_table_lookup (by_span, &key));

          if (i == 0 || g_array_index (gold, PrecisNerPanelMention, i - 1).type != fact->type)
            continue;
          i = entity_of[i - 1];
          tally[i]++;
          if (best == G_MAXUINT || tally[i] > tally[best])
            best = i;
        }
      if (best != G_MAXUINT && tally[best] * 2 >= fact->mentions->len && !claimed[best])
        {
          claimed[best] = TRUE;
          right = TRUE;
        }
      counts->facts++;
      counts->right += right;
      if (!right && report)
        g_string_append_printf (report, "  wrong fact [%s]: %s %s (%u mentions)\n",
                                wrong_fact_class (gold, misc, fact, best != G_MAXUINT && claimed[best]),
                                precis_ner_type_name (fact->type), fact->value, fact->mentions->len);
    }
  for (guint i = 0; i < forms->len; i++)
    {
      const Form *form = &g_array_index (forms, Form, i);

      if (form->parent >= 0)
        continue;
      counts->claimed += claimed[i];
      if (!claimed[i] && report)
        g_string_append_printf (report, "  missed entity: %s %s\n",
                                precis_ner_type_name (form->type), form->form);
    }
  g_string_chunk_free (chunk);
}
