/* summary.c — length control over a summarizer's ranking.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "errors.h"
#include "pipeline.h"
#include "summary.h"

#define DEFAULT_SENTENCES 3
#define ELLIPSIS "…"

static guint32
count_content (const PrecisDocument *document)
{
  guint32 n = 0;

  for (guint32 i = 0; i < document->n_sentences; i++)
    n += precis_sentence_is_content (&document->sentences[i]);
  return n;
}

guint32
precis_summary_target (const PrecisDocument *document, const PrecisSummaryOptions *options)
{
  if (options->sentences > 0)
    return options->sentences;
  if (options->ratio > 0.0)
    return MAX (1, (guint32) ceil (options->ratio * count_content (document)));
  return DEFAULT_SENTENCES;
}

static void
summary_sentence_clear (PrecisChosenSentence *s)
{
  g_free (s->text);
}

GArray *
precis_chosen_sentence_array_new (guint reserve)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (PrecisChosenSentence), reserve);

  g_array_set_clear_func (out, (GDestroyNotify) summary_sentence_clear);
  return out;
}

static void
append_sentence (GArray *out, const PrecisDocument *document, guint32 index, double score)
{
  const PrecisSentence *sentence = &document->sentences[index];
  /* Text and offsets are the caller's, also where the pipeline repaired the text. */
  PrecisChosenSentence s = {
    .text = precis_document_input_dup (document, sentence->start, sentence->end),
    .start = precis_document_input_offset (document, sentence->start),
    .end = precis_document_input_offset (document, sentence->end),
    .score = score,
  };

  g_array_append_val (out, s);
}

/* The longest prefix of the sentence that ends on a word and, with the
 * ellipsis, fits `max_chars`; when not even its first word fits, the
 * first max_chars - 1 characters: a tiny budget still gets an answer that
 * shows it was cut, never an empty summary.  Its span covers the verbatim
 * prefix only. */
static void
append_cut (GArray *out, const PrecisDocument *document, guint32 index, double score,
            guint32 max_chars)
{
  const PrecisSentence *sentence = &document->sentences[index];
  guint32 budget = max_chars - 1;  /* room for "…" */
  guint32 end_char = sentence->start;
  guint32 input_start = precis_document_input_offset (document, sentence->start);
  PrecisChosenSentence s;
  g_autofree char *prefix = NULL;

  /* The budget is counted in the caller's text (longer than a repaired one). */
  for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      const PrecisToken *token = &document->tokens[t];

      if (precis_document_input_offset (document, token->end) - input_start > budget)
        break;
      if (token->flags & PRECIS_TOKEN_WORD)
        end_char = token->end;
    }
  if (end_char == sentence->start)
    {
      end_char = sentence->start + budget;
      while (end_char > sentence->start &&
             precis_document_input_offset (document, end_char) - input_start > budget)
        end_char--;
    }

  prefix = precis_document_input_dup (document, sentence->start, end_char);
  s.text = g_strconcat (prefix, ELLIPSIS, NULL);
  s.start = input_start;
  s.end = precis_document_input_offset (document, end_char);
  s.score = score;
  g_array_append_val (out, s);
}

static gint
compare_by_position (gconstpointer a, gconstpointer b)
{
  const PrecisScoredSentence *sa = a, *sb = b;

  return (sa->sentence > sb->sentence) - (sa->sentence < sb->sentence);
}

static gint
compare_by_score (gconstpointer a, gconstpointer b)
{
  const PrecisScoredSentence *sa = a, *sb = b;

  if (sa->score != sb->score)
    return sa->score < sb->score ? 1 : -1;
  return compare_by_position (a, b);
}

/* Pick from the ranking, best first: content sentences only, at most
 * `target`, and within `max_chars` in all when it is set.  A sentence that
 * does not fit may give way to a shorter one, but only from the top
 * 2 × `target`: past that, a clean cut of the best sentence says more than
 * a whole sentence the summarizer thought little of. */
GArray *
precis_summary_choose (const PrecisDocument *document, GArray *ranked, guint32 target, guint32 max_chars)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (PrecisScoredSentence));
  guint32 used = 0, seen = 0, window = target > G_MAXUINT32 / 2 ? G_MAXUINT32 : 2 * target;

  g_array_sort (ranked, compare_by_score);
  for (guint i = 0; i < ranked->len && chosen->len < target && seen < window; i++)
    {
      const PrecisScoredSentence *r = &g_array_index (ranked, PrecisScoredSentence, i);
      const PrecisSentence *sentence = &document->sentences[r->sentence];
      /* Counted in the caller's text, which may be longer than a repaired one. */
      guint32 length = precis_document_input_offset (document, sentence->end) -
                       precis_document_input_offset (document, sentence->start);

      if (!precis_sentence_is_content (sentence))
        continue;
      seen++;
      if (max_chars > 0 && used + length > max_chars)
        continue;
      used += length;
      g_array_append_val (chosen, *r);
    }
  return chosen;
}

static const PrecisScoredSentence *
best_content (const PrecisDocument *document, GArray *ranked)
{
  for (guint i = 0; i < ranked->len; i++)
    {
      const PrecisScoredSentence *r = &g_array_index (ranked, PrecisScoredSentence, i);

      if (precis_sentence_is_content (&document->sentences[r->sentence]))
        return r;
    }
  return NULL;
}

GArray *
precis_summarize (PrecisPlugin *plugin, const PrecisDocument *document,
                  const PrecisSummaryOptions *options, GCancellable *cancellable,
                  GError **error)
{
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (PrecisScoredSentence));
  g_autoptr (GArray) chosen = NULL;
  guint32 target = precis_summary_target (document, options);
  PrecisRequest request = {
    /* The summary's length, also under a character budget: a ranker may
     * shape a 3-sentence summary differently from a long one, and ranks
     * spares anyway (precis-plugin.h) for the host to skip long ones. */
    .n_sentences = target,
    .cancellable = cancellable,
  };
  GArray *out = precis_chosen_sentence_array_new (0);

  if (document->n_sentences == 0)
    return out;

  if (!precis_plugin_summarize (plugin, document, &request, ranked, error))
    {
      g_array_unref (out);
      return NULL;
    }

  chosen = precis_summary_choose (document, ranked, target, options->max_chars);
  if (chosen->len == 0 && options->max_chars > 1)
    {
      const PrecisScoredSentence *best = best_content (document, ranked);

      if (best != NULL)
        append_cut (out, document, best->sentence, best->score, options->max_chars);
      return out;
    }

  if (options->order == PRECIS_ORDER_DOCUMENT)
    g_array_sort (chosen, compare_by_position);
  for (guint i = 0; i < chosen->len; i++)
    {
      const PrecisScoredSentence *c = &g_array_index (chosen, PrecisScoredSentence, i);

      append_sentence (out, document, c->sentence, c->score);
    }
  return out;
}
