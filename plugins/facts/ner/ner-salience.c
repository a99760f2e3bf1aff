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

/* `w` (lower case) occurs in `t` (lower case) as a whole word. */
static gboolean
contains_word (const char *t, const char *w)
{
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

/* The mention's text in lower case, from its tokens' lower-case forms and
 * the bytes between them: no case mapping again for each of the hundreds of
 * mentions of an article. */
static void
mention_lower (const PrecisDocument *doc, const PrecisNerMention *m, GString *out)
{
  g_string_truncate (out, 0);
  for (guint32 i = m->first; i < m->end; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (i > m->first)
        g_string_append_len (out, doc->text + doc->tokens[i - 1].byte_end,
                             (gssize) (t->byte_start - doc->tokens[i - 1].byte_end));
      g_string_append (out, t->lower);
    }
}

static gboolean
in_title (const PrecisDocument *doc, const char *title, const PrecisNerEntity *e)
{
  g_autofree char *last_word = NULL;
  g_autoptr (GString) mention = NULL;
  const char *last;

  for (guint i = 0; i < e->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (e->mentions, PrecisNerMention, i);
      if (doc->sentences[m->sentence].flags & PRECIS_SENTENCE_TITLE)
        return TRUE;
    }
  if (title == NULL)
    return FALSE;
  /* A title given apart from the text: look for the last word of the
   * name ("Putin" in "Trump-Putin Summit"), or any of its mentions. */
  last = strrchr (e->value, ' ');
  last_word = precis_ner_utf8_strdown (last ? last + 1 : e->value, -1);
  if (contains_word (title, last_word))
    return TRUE;
  mention = g_string_new (NULL);
  for (guint i = 0; i < e->mentions->len; i++)
    {
      mention_lower (doc, &g_array_index (e->mentions, PrecisNerMention, i), mention);
      if (contains_word (title, mention->str))
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

/* A wire story's dateline names where it was filed and who filed it
 * ("Kathmandu, Nepal (CNN)"): no actor of the story, so what it names
 * counts by its other mentions alone. */
static gboolean
in_dateline (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return (doc->sentences[m->sentence].flags & PRECIS_SENTENCE_DATELINE) != 0;
}

double
precis_ner_salience (const PrecisDocument *doc, const char *title_lower,
                     const PrecisRequest *request, const PrecisNerEntity *e)
{
  const PrecisNerMention *first = NULL;
  guint counted = 0;
  double position, raw;

  for (guint i = 0; i < e->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (e->mentions, PrecisNerMention, i);

      if (in_dateline (doc, m))
        continue;
      if (first == NULL)
        first = m;
      counted++;
    }
  /* Named in the dateline alone: as if first named at the end. */
  position = doc->text_chars == 0 ? 0 : first == NULL ? 1.0 : (double) doc->tokens[first->first].start / doc->text_chars;
  raw = W_COUNT * log2 (1.0 + counted) + W_FIRST * (1.0 - position) +
        W_TITLE * in_title (doc, title_lower, e) + W_SUMMARY * summary_share (request, e);

  return raw / (raw + 4.0);
}
