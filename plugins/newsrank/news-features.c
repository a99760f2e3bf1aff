/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "news-features.h"

#include <math.h>
#include <string.h>

/* Datelines and bylines are sentences too; they are never a summary. */
#define MIN_WORDS 4
#define DAMPING 0.85

const char *const precis_news_feature_names[PRECIS_NEWS_N_FEATURES] = {
  "position-inverse", "position-fraction", "first", "second", "last",
  "paragraph-position-inverse", "paragraph-first", "paragraph-index-inverse",
  "paragraph-size", "paragraph-alone",
  "words", "log-words", "short",
  "pagerank", "pagerank-rank", "centroid", "term-weight", "term-weight-rank",
  "term-weight-per-word", "title-overlap", "lead-similarity", "max-similarity",
  "capitalized-density", "number-density", "quoted", "quote-flag",
  "words-rank", "centroid-rank",
};

/* Lowercase words of the title, which the document gives as a string.  A
 * title repeated in the text is a sentence flagged TITLE: its tokens'
 * forms are the same, so the string is all we need. */
static GPtrArray *
title_words (const char *title)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = NULL;
  const char *p;

  if (title == NULL)
    return words;
  lower = g_utf8_strdown (title, -1);
  p = lower;
  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p - start >= 3)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }
  return words;
}

/* Stems are not available for the title string, so a shared prefix of
 * five characters (or the whole shorter word) stands in for stemming:
 * "talks" meets "talk", "economy" meets "economic". */
static gboolean
same_word (const char *a, const char *b)
{
  size_t la = strlen (a), lb = strlen (b), n = MIN (MIN (la, lb), 5);

  if (la < 5 || lb < 5)
    return strcmp (a, b) == 0 || (la == lb + 1 && strncmp (a, b, lb) == 0 && a[lb] == 's')
           || (lb == la + 1 && strncmp (a, b, la) == 0 && b[la] == 's');
  return strncmp (a, b, n) == 0;
}

static double
title_overlap (const PrecisDocument *doc, const PrecisSentence *sentence, GPtrArray *title)
{
  guint found = 0, counted = 0;

  for (guint w = 0; w < title->len; w++)
    {
      const char *word = g_ptr_array_index (title, w);
      gboolean stop = FALSE, hit = FALSE;

      for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const PrecisToken *token = &doc->tokens[t];

          if (token->lower == NULL || !same_word (token->lower, word))
            continue;
          hit = TRUE;
          stop = (token->flags & PRECIS_TOKEN_STOPWORD) != 0;
          break;
        }
      if (stop)
        continue;
      counted++;
      found += hit;
    }
  return counted > 0 ? (double) found / counted : 0;
}

/* 1 for the highest of `values`, 0 for the lowest; ties share a rank. */
static void
rank_fraction (const float *values, guint n, guint stride, float *out)
{
  for (guint i = 0; i < n; i++)
    {
      guint above = 0;

      for (guint j = 0; j < n; j++)
        above += values[j * stride] > values[i * stride];
      out[i * stride] = n > 1 ? 1.0f - (float) above / (n - 1) : 1.0f;
    }
}

enum {
  F_POS_INV, F_POS_FRAC, F_FIRST, F_SECOND, F_LAST,
  F_PARA_POS_INV, F_PARA_FIRST, F_PARA_INDEX_INV, F_PARA_SIZE, F_PARA_ALONE,
  F_WORDS, F_LOG_WORDS, F_SHORT,
  F_PAGERANK, F_PAGERANK_RANK, F_CENTROID, F_TERM_WEIGHT, F_TERM_WEIGHT_RANK,
  F_TERM_WEIGHT_PER_WORD, F_TITLE, F_LEAD_SIM, F_MAX_SIM,
  F_CAPS, F_NUMBERS, F_QUOTED, F_QUOTE_FLAG,
  F_WORDS_RANK, F_CENTROID_RANK,
};

G_STATIC_ASSERT (F_CENTROID_RANK + 1 == PRECIS_NEWS_N_FEATURES);

PrecisNewsFeatures *
precis_news_features_new (const PrecisDocument *doc)
{
  PrecisNewsFeatures *features = g_new0 (PrecisNewsFeatures, 1);
  PrecisSentenceGraph *graph = precis_sentence_graph_new (doc);
  g_autoptr (GPtrArray) title = title_words (doc->title);
  g_autofree double *rank = NULL;
  guint n = graph->n, first_paragraph = 0;
  float max_weight = 0, max_per_word = 0;
  const guint stride = PRECIS_NEWS_N_FEATURES;

  features->graph = graph;
  features->values = g_new0 (float, (gsize) n * stride + 1);
  features->eligible = g_new0 (gboolean, n + 1);
  rank = g_new0 (double, n + 1);
  precis_sentence_graph_pagerank (graph, DAMPING, rank);
  if (n > 0)
    first_paragraph = doc->sentences[graph->sentence[0]].paragraph;

  for (guint i = 0; i < n; i++)
    {
      max_weight = MAX (max_weight, graph->term_weight[i]);
      max_per_word = MAX (max_per_word, graph->term_weight[i] / MAX (graph->n_words[i], 1));
    }

  for (guint i = 0; i < n; i++)
    {
      const PrecisSentence *sentence = &doc->sentences[graph->sentence[i]];
      const PrecisParagraph *paragraph = &doc->paragraphs[sentence->paragraph];
      float *x = features->values + (gsize) i * stride;
      guint words = graph->n_words[i], in_paragraph = graph->sentence[i] - paragraph->first_sentence;
      guint caps = 0, numbers = 0, quoted = 0;
      float max_sim = 0;

      features->eligible[i] = words >= MIN_WORDS;
      for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const PrecisToken *token = &doc->tokens[t];

          if ((token->flags & PRECIS_TOKEN_WORD) == 0)
            continue;
          if ((token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER
               || token->shape == PRECIS_SHAPE_MIXED)
              && (token->flags & PRECIS_TOKEN_SENTENCE_START) == 0)
            caps++;
          if (token->shape == PRECIS_SHAPE_NUMBER || token->shape == PRECIS_SHAPE_ALNUM)
            numbers++;
          if (token->flags & PRECIS_TOKEN_IN_QUOTE)
            quoted++;
        }
      for (guint j = 0; j < n; j++)
        max_sim = MAX (max_sim, graph->similarity[i * n + j]);

      x[F_POS_INV] = 1.0f / (i + 1);
      x[F_POS_FRAC] = n > 1 ? (float) i / (n - 1) : 0;
      x[F_FIRST] = i == 0;
      x[F_SECOND] = i == 1;
      x[F_LAST] = n > 1 && i == n - 1;
      x[F_PARA_POS_INV] = 1.0f / (in_paragraph + 1);
      x[F_PARA_FIRST] = in_paragraph == 0;
      x[F_PARA_INDEX_INV] = 1.0f / (sentence->paragraph - MIN (first_paragraph, sentence->paragraph) + 1);
      x[F_PARA_SIZE] = MIN (paragraph->n_sentences, 10) / 5.0f;
      x[F_PARA_ALONE] = paragraph->n_sentences == 1;
      x[F_WORDS] = MIN (words, 80) / 25.0f;
      x[F_LOG_WORDS] = logf (1.0f + words);
      x[F_SHORT] = words < 10;
      x[F_PAGERANK] = (float) (rank[i] * n);
      x[F_CENTROID] = graph->centroid[i];
      x[F_TERM_WEIGHT] = max_weight > 0 ? graph->term_weight[i] / max_weight : 0;
      x[F_TERM_WEIGHT_PER_WORD] = max_per_word > 0 ? graph->term_weight[i] / MAX (words, 1) / max_per_word : 0;
      x[F_TITLE] = (float) title_overlap (doc, sentence, title);
      x[F_LEAD_SIM] = i == 0 ? 1.0f : graph->similarity[i];
      x[F_MAX_SIM] = max_sim;
      x[F_CAPS] = words > 0 ? (float) caps / words : 0;
      x[F_NUMBERS] = words > 0 ? (float) numbers / words : 0;
      x[F_QUOTED] = words > 0 ? (float) quoted / words : 0;
      x[F_QUOTE_FLAG] = (sentence->flags & PRECIS_SENTENCE_QUOTE) != 0;
    }
  rank_fraction (features->values + F_PAGERANK, n, stride, features->values + F_PAGERANK_RANK);
  rank_fraction (features->values + F_TERM_WEIGHT, n, stride, features->values + F_TERM_WEIGHT_RANK);
  rank_fraction (features->values + F_WORDS, n, stride, features->values + F_WORDS_RANK);
  rank_fraction (features->values + F_CENTROID, n, stride, features->values + F_CENTROID_RANK);
  return features;
}

void
precis_news_features_free (PrecisNewsFeatures *features)
{
  if (features == NULL)
    return;
  precis_sentence_graph_free (features->graph);
  g_free (features->values);
  g_free (features->eligible);
  g_free (features);
}
