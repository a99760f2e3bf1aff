/* timex-find.c — the tagger: every time expression of a document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Left to right over the token view; at each token the rules that may
 * start there are tried, the longest match that normalizes is kept, and
 * the scan resumes after it.
 */
#include "timex-private.h"

#include <stdlib.h>

typedef struct {
  guint rule;
  TxRecord record;
} TxCandidate;

static void
clear_timex (gpointer data)
{
  PrecisTimex *timex = data;
  g_free (timex->value);
}

static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const TxCandidate *x = a, *y = b;
  if (x->record.end != y->record.end)
    return x->record.end > y->record.end ? -1 : 1;
  return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* Whether a word that ends a stretch ("until", "bis", "hasta", "jusqu'à")
 * stands before view token `start`, maybe with an article or "zum"
 * between ("bis zum 9. Januar 1916", "hasta el 3 de mayo"). */
static gboolean
ends_stretch_before (const TxContext *context, guint start)
{
  static const char *const until[] = { "until", "till", "bis", "hasta", "jusqu'à", "jusqu’à", "até", NULL };
  static const char *const between[] = { "zum", "zur", "the", "el", "la", "le", "o", "a", NULL };
  const PrecisDocument *document = context->document;
  guint32 k = context->tokens[start].doc_token;
  if (context->tokens[start].boundary || k == 0)
    return FALSE;
  const char *before = document->tokens[k - 1].lower;
  if (before != NULL && g_strv_contains (between, before) && k >= 2 &&
      document->tokens[k - 1].sentence == document->tokens[k - 2].sentence)
    before = document->tokens[k - 2].lower;
  return before != NULL && g_strv_contains (until, before);
}

/* Whether view tokens [start, end) write a year out ("1915", "9. Januar
 * 1916"; not "until Thursday", whose year is the story's). */
static gboolean
names_year (const TxToken *tokens, guint start, guint end)
{
  for (guint i = start; i < end; i++)
    if (tokens[i].classes & TX_C_YEAR)
      return TRUE;
  return FALSE;
}

/* The longest match at token i that normalizes; its end, or i. */
static guint
tag_at (const TxContext *context, TxCandidate *candidates, guint i, GArray *found,
        GArray *anaphora, guint *found_start)
{
  const TxGrammar *rules = context->rules;
  const TxToken *tokens = context->tokens;
  guint n = 0;
  guint64 starts[TX_START_WORDS];
  tx_match_starts (rules, &tokens[i], starts);
  for (guint k = 0; k < TX_START_WORDS; k++)
    for (guint64 bits = starts[k]; bits != 0; bits &= bits - 1)
      {
        guint r = k * 64 + (guint) __builtin_ctzll (bits);
        if (tx_match_at (rules, tokens, context->n_tokens, i, r, &candidates[n].record))
          candidates[n++].rule = r;
      }
  if (n == 0)
    return i;
  if (n > 1)
    qsort (candidates, n, sizeof *candidates, compare_candidates);
  for (guint c = 0; c < n; c++)
    {
      const TxRecord *record = &candidates[c].record;
      guint start = record->span_start, end = record->span_end;
      /* "Feb. 24," "March of" — punctuation and function words never end
       * an expression. */
      while (end > start + 1 && (tokens[end - 1].punct != 0 ||
                                 (tokens[end - 1].word != NULL && tokens[end - 1].word->function)))
        end--;
      /* "than a year ago" without "more" before it. */
      if (end > start + 1 && tx_is_known (rules, &tokens[start], TX_K_THAN))
        start++;
      char value[64];
      PrecisTimexType type;
      context->memory->anaphora = 0;
      context->memory->aside = FALSE;
      if (!tx_normalize (context, &rules->rules[candidates[c].rule], record, start, end, &type,
                         value, sizeof value))
        continue;
      PrecisTimex timex = { tokens[start].start, tokens[end - 1].end, type, g_strdup (value) };
      g_array_append_val (found, timex);
      g_array_append_val (anaphora, context->memory->anaphora);
      *found_start = start;
      /* "Insgesamt konnten so bis 1915 mehr als 40 Divisionen aufgebaut
       * werden. [...] Am 10. August erlitten": the end of a stretch told
       * of a story in 1914, its year written out, is no year the story
       * moved to, so the day and month after it are still 1914's (they
       * were 1915's). */
      gboolean moves_year = context->memory->has_year && names_year (tokens, start, end) &&
                            atoi (value) != context->memory->year;
      /* "im Deutsch-Französischen Krieg 1870/71 geführt worden war", "the
       * 2013-14 season": a pair of years names a stretch, no year the
       * story moved to (the days of 1914 after it were 1871's). */
      gboolean in_pair = end == start + 1 && (tx_year_pair_second (context, start) ||
                                              tx_year_pair_second (context, end + 1));
      if ((type == PRECIS_TIMEX_DATE || type == PRECIS_TIMEX_TIME) && !context->memory->aside && !in_pair &&
          !(moves_year && ends_stretch_before (context, start)))
        {
          tx_memory_note (context->memory, value, tokens[start].sentence);
          context->memory->last_end = end;
        }
      return end;
    }
  return i;
}

/* The same words, up to an article before them ("a year-earlier");
 * `at` holds each expression's start and end in bytes. */
static gboolean
same_text (const char *const *at, guint a, guint b)
{
  gsize na = at[2 * a + 1] - at[2 * a], nb = at[2 * b + 1] - at[2 * b];
  if (na > nb)
    {
      guint t = a;
      a = b, b = t;
      gsize n = na;
      na = nb, nb = n;
    }
  return g_ascii_strncasecmp (at[2 * a], at[2 * b + 1] - na, na) == 0;
}

/* One expression, one value: "year-earlier" said twice of the quarter an
 * earnings story is about means the same period both times, also where
 * the first came before the quarter was named. */
static void
unify (const PrecisDocument *document, GArray *found, GArray *anaphora)
{
  guint unresolved = 0;
  for (guint i = 0; i < anaphora->len; i++)
    unresolved += g_array_index (anaphora, guint8, i) == 1;
  if (unresolved == 0)
    return;
  /* Byte offsets in one walk: the expressions are in text order. */
  g_autofree const char **at = g_new (const char *, 2 * found->len);
  const char *p = document->text;
  guint32 offset = 0;
  for (guint i = 0; i < found->len; i++)
    {
      const PrecisTimex *t = &g_array_index (found, PrecisTimex, i);
      p = g_utf8_offset_to_pointer (p, t->start - offset);
      at[2 * i] = p;
      at[2 * i + 1] = g_utf8_offset_to_pointer (p, t->end - t->start);
      offset = t->start;
    }
  for (guint i = 0; i < found->len; i++)
    {
      if (g_array_index (anaphora, guint8, i) != 1)
        continue;
      PrecisTimex *t = &g_array_index (found, PrecisTimex, i);
      for (guint j = 0; j < found->len; j++)
        {
          const PrecisTimex *u = &g_array_index (found, PrecisTimex, j);
          if (g_array_index (anaphora, guint8, j) == 2 && u->type == t->type &&
              same_text (at, i, j))
            {
              g_free (t->value);
              t->value = g_strdup (u->value);
              break;
            }
        }
    }
}

GArray *
precis_timex_find (const PrecisTimexRules *all, const PrecisDocument *document)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (PrecisTimex));
  g_array_set_clear_func (found, clear_timex);
  g_return_val_if_fail (all != NULL && document != NULL, found);
  const TxGrammar *rules = tx_grammar_for (all, document->language);
  if (rules == NULL)
    return found;

  g_autoptr (GArray) view = tx_view_new (rules, document);
  TxMemory memory = { 0 };
  TxContext context = { rules, &memory, document, (const TxToken *) view->data, view->len };
  context.anchor = (TxDay) { 2000, 1, 1 };
  if (document->published != NULL)
    g_date_time_get_ymd (document->published, &context.anchor.year, &context.anchor.month,
                         &context.anchor.day);

  /* Every rule needs a word of time (a month, a unit, a number...) within
   * its first three tokens: where none is near, "the" and "a" start nothing. */
  g_autofree guint32 *next_timely = g_new (guint32, view->len + 1);
  next_timely[view->len] = G_MAXUINT32;
  for (guint i = view->len; i-- > 0;)
    {
      const TxToken *t = &context.tokens[i];
      gboolean timely = (t->classes & ~(guint32) TX_C_WORD) != 0 || (t->word && t->word->timely);
      next_timely[i] = timely ? i : next_timely[i + 1];
    }

  memory.match_words = memory.quarter_words = memory.narrative = -1;
  g_autoptr (GArray) anaphora = g_array_new (FALSE, FALSE, sizeof (guint8));
  g_autofree TxCandidate *candidates = g_new (TxCandidate, rules->n_rules);
  guint previous_end = G_MAXUINT - 1;   /* the view token after the last expression */
  for (guint i = 0; i < view->len;)
    {
      const TxToken *token = &context.tokens[i];
      if (next_timely[i] > i + 2)
        {
          i++;
          continue;
        }
      /* Nothing starts at punctuation but the apostrophe of "'90s". */
      if (token->classes == 0 || (token->punct != 0 && token->punct != '\''))
        {
          i++;
          continue;
        }
      guint before = found->len, start = i;
      guint end = tag_at (&context, candidates, i, found, anaphora, &start);
      if (found->len > before)
        {
          /* "dos horas y 30 minutos": one stretch (its anaphora entry goes
           * with the second part) */
          if (tx_join_durations (&context, found, previous_end, start))
            g_array_remove_index (anaphora, anaphora->len - 1);
          previous_end = end;
        }
      i = end > i ? end : i + 1;
    }
  unify (document, found, anaphora);
  tx_memory_clear (&memory);
  return found;
}
