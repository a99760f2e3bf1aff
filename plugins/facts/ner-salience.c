/* ner-salience.c — mention count, first position, title, summary.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-salience.h"

#include <math.h>
#include <string.h>

/* Weights: a title mention is worth about doubling the mention count; an
 * entity first named at the top beats one first named at the end by as
 * much; being in every summary sentence by a little more. */
#define W_COUNT 1.0
#define W_FIRST 1.0
#define W_TITLE 1.0
#define W_SUMMARY 1.5

static gboolean
is_word_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  return g_unichar_isalnum (c);
}

/* `word` occurs in `text` as a whole word, ignoring case. */
static gboolean
contains_word (const char *text, const char *word)
{
  g_autofree char *t = g_utf8_strdown (text, -1);
  g_autofree char *w = g_utf8_strdown (word, -1);
  gsize wl = strlen (w);

  if (wl == 0)
    return FALSE;
  for (const char *p = strstr (t, w); p; p = strstr (p + 1, w))
    {
      gboolean start_ok = p == t || !is_word_char (g_utf8_find_prev_char (t, p));
      gboolean end_ok = p[wl] == '\0' || !is_word_char (p + wl);

      if (start_ok && end_ok)
        return TRUE;
    }
  return FALSE;
}

static gboolean
in_title (const PrecisDocument *doc, const PrecisNerEntity *e)
{
  for (guint i = 0; i < e->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (e->mentions, PrecisNerMention, i);
      if (doc->sentences[m->sentence].flags & PRECIS_SENTENCE_TITLE)
        return TRUE;
    }
  if (doc->title == NULL)
    return FALSE;
  /* A title given apart from the text: look for the last word of the
   * name ("Putin" in "Trump-Putin Summit"), or any of its mentions. */
  const char *last = strrchr (e->value, ' ');
  if (contains_word (doc->title, last ? last + 1 : e->value))
    return TRUE;
  for (guint i = 0; i < e->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (e->mentions, PrecisNerMention, i);
      guint32 start = doc->tokens[m->first].byte_start, end = doc->tokens[m->end - 1].byte_end;
      g_autofree char *s = g_strndup (doc->text + start, end - start);

      if (contains_word (doc->title, s))
        return TRUE;
    }
  return FALSE;
}

static double
summary_share (const PrecisRequest *request, const PrecisNerEntity *e)
{
  guint hits = 0;

  if (request == NULL || request->summary_sentences == NULL || request->n_summary_sentences == 0)
    return 0;
  for (guint s = 0; s < request->n_summary_sentences; s++)
    for (guint i = 0; i < e->mentions->len; i++)
      if (g_array_index (e->mentions, PrecisNerMention, i).sentence == request->summary_sentences[s])
        {
          hits++;
          break;
        }
  return (double) hits / request->n_summary_sentences;
}

double
precis_ner_salience (const PrecisDocument *doc, const PrecisRequest *request,
                     const PrecisNerEntity *e)
{
  const PrecisNerMention *first = &g_array_index (e->mentions, PrecisNerMention, 0);
  double position = doc->text_chars ? (double) doc->tokens[first->first].start / doc->text_chars : 0;
  double raw = W_COUNT * log2 (1.0 + e->mentions->len) + W_FIRST * (1.0 - position) +
               W_TITLE * in_title (doc, e) + W_SUMMARY * summary_share (request, e);

  return raw / (raw + 4.0);
}
