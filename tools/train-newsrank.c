/* train-newsrank.c — fits newsrank's model on summarization data sets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   train-newsrank [--folds K] [--output FILE] DATA.jsonl...
 *
 * Each article goes through the real pipeline and newsrank's own feature
 * code, asked for the summary length it is scored at
 * (precis_eval_summary_sentences: the reference's length for extractive
 * references, 3 sentences for highlights).  Against an extract, its labels
 * are the greedy ROUGE oracle (sentences added while they raise ROUGE-1 +
 * ROUGE-2 F1 against the reference), which finds the extract again.
 * Against highlights, which no sentence matches, each sentence's target is
 * what it is worth alone: its ROUGE-1 + ROUGE-2 F1 against them over the
 * article's best sentence's, squared (a soft label: the oracle's 0 or 1
 * says the third-best sentence is worth nothing and the one it happened to
 * pick worth everything).  Articles with highlights are also asked for each
 * shorter length, so that one- and two-sentence requests are trained, not
 * extrapolated.  Each story's opening (its first 5 to 8 prose sentences,
 * short.h) is an article of its own too, asked for 3 sentences: the feed
 * items and pasted paragraphs a client mostly sends are that short, and
 * neither data set has any; fitted against highlights, only scored (the
 * "short" rows of the report) against extracts.  A logistic regression with an L2 penalty is fitted by
 * Newton's method from zero, so a run is deterministic.  Its weights also
 * fit, for each highlight story and request, the choice among the
 * summaries its lede window allows (every n of the first n + 2 prose
 * sentences; a conditional logit whose targets follow each summary's
 * ROUGE): a summary of highlights is the lede with its weakest sentence
 * swapped for a better one further down, or it is the lede, and that
 * choice is what the ranking makes (--pointwise: labels alone).  Before the final
 * fit on everything, K-fold cross-validation (folds by a hash of the
 * article id, so each data set is split K ways too) scores each held-out
 * fold with a model that never saw it.  The ranking setting (MMR, length
 * penalty, lede window) of each fold's model is chosen by an inner
 * cross-validation on the other folds alone, so the held-out figure is of
 * articles nothing was fitted or tuned on; the shipped model's setting is
 * the best on all held-out folds.  Settings are ranked by the mean over
 * the data sets (each set counts the same, so neither style is given up
 * for the other).  All figures, per data set and beside Lead-N (and at one
 * sentence beside Lead-1, and each held-out fold's margin over Lead-N, so
 * that a change is judged by whether it helps in every fold), go to
 * stdout and into the header of the model
 * file; --fold-models writes the fold models for summ-eval --cv.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "news-features.h"
#include "model.h"
#include "pipeline.h"
#include "rouge.h"
#include "short.h"

#define NEWTON_ITERATIONS 25
#define L2 1e-3
#define TOLERANCE 0.001
/* Features are of unit range; one almost always 0 in training (title
 * overlap of a short request: highlights come without titles) would get a
 * tiny scale, and then a modest weight turns into a huge push on the first
 * text that has it. */
#define MIN_SCALE 0.1
#define MAX_DATASETS 8
/* The listwise part: summaries of n sentences among the first n +
 * LEDE_WINDOW, and how sharply their ROUGE decides between them. */
#define LEDE_WINDOW 2
#define LEDE_TEMPERATURE 0.02
#define LEDE_MAX_REQUEST 6

typedef struct _Example Example;


struct _Example {
  PrecisDocument *doc;
  PrecisNewsFeatures *features;
  PrecisRougeText *reference;
  GPtrArray *sentences;     /* PrecisRougeText of each graph node (one line) */
  gboolean *label;
  PrecisRougeScores oracle;  /* of the labelled sentences: the ceiling */
  guint n_request;           /* the summary length it is scored at */
  guint fold;
  guint dataset;             /* short views: the number of sets + their story's */
  gboolean opening;          /* a story's short view (short.h) */
  gboolean scored_only;      /* reported, never fitted (see main) */
  /* A view of `base` (its document, reference and oracle) asked for fewer
   * sentences: a training row for short requests, never scored. */
  const Example *base;
  guint n_eligible;
  /* Highlight stories: every summary of n_request sentences among the
   * first n_request + LEDE_WINDOW prose sentences (n_request nodes each),
   * and the share of the choice each should get, by its ROUGE. */
  guint *options;
  float *targets;
  guint n_options;
  /* Highlight stories: each node's soft target (see the top); NULL for
   * extracts, which the oracle's labels fit.  A view shares its base's. */
  float *worth;
};

static void
example_free (Example *example)
{
  precis_news_features_free (example->features);
  if (example->base == NULL)
    {
      precis_document_free (example->doc);
      precis_rouge_text_free (example->reference);
      g_ptr_array_unref (example->sentences);
      g_free (example->worth);
    }
  g_free (example->label);
  g_free (example->options);
  g_free (example->targets);
  g_free (example);
}

/* The candidate made of graph nodes `picked` (in document order). */
static void
compose (const Example *example, const guint *picked, guint n, PrecisRougeText *out)
{
  g_ptr_array_set_size (out->sentences, 0);
  out->n_tokens = 0;
  for (guint i = 0; i < n; i++)
    {
      PrecisRougeText *one = g_ptr_array_index (example->sentences, picked[i]);

      if (one->sentences->len == 0)
        continue;
      g_ptr_array_add (out->sentences, g_ptr_array_index (one->sentences, 0));
      out->n_tokens += one->n_tokens;
    }
}

static int
compare_uint (const void *a, const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static void
oracle (Example *example)
{
  guint n = example->features->graph->n, n_picked = 0;
  g_autofree guint *picked = g_new (guint, n + 1);
  g_autofree guint *trial = g_new (guint, n + 1);
  PrecisRougeText candidate = { g_ptr_array_new (), 0 };
  double best = 0;

  example->label = g_new0 (gboolean, n + 1);
  for (;;)
    {
      double step_best = best;
      guint step_pick = G_MAXUINT;

      for (guint i = 0; i < n; i++)
        {
          PrecisRougeScores s;
          double value;

          if (example->label[i] || !example->features->eligible[i])
            continue;
          memcpy (trial, picked, n_picked * sizeof (guint));
          trial[n_picked] = i;
          qsort (trial, n_picked + 1, sizeof (guint), compare_uint);
          compose (example, trial, n_picked + 1, &candidate);
          precis_rouge_compare_ngrams (example->reference, &candidate, &s);
          value = s.rouge1.fmeasure + s.rouge2.fmeasure;
          if (value > step_best)
            {
              step_best = value;
              step_pick = i;
            }
        }
      if (step_pick == G_MAXUINT)
        break;
      best = step_best;
      example->label[step_pick] = TRUE;
      picked[n_picked++] = step_pick;
    }
  qsort (picked, n_picked, sizeof (guint), compare_uint);
  compose (example, picked, n_picked, &candidate);
  precis_rouge_compare (example->reference, &candidate, &example->oracle);
  g_ptr_array_unref (candidate.sentences);
}

/* Whether the listwise part of the fit is on (--pointwise turns it off). */
static gboolean listwise = TRUE;

/* The summaries among the first n_request + LEDE_WINDOW prose sentences,
 * each with its ROUGE-1 + ROUGE-2 F1; the targets are a softmax of these
 * at temperature LEDE_TEMPERATURE (nearly all on the best, ties shared). */
static void
lede_options (Example *example)
{
  const PrecisNewsFeatures *features = example->features;
  guint window[LEDE_MAX_REQUEST + LEDE_WINDOW], picked[LEDE_MAX_REQUEST + LEDE_WINDOW], m = 0;
  guint n = example->n_request;
  g_autoptr (GArray) options = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  PrecisRougeText candidate = { g_ptr_array_new (), 0 };
  double top = -G_MAXDOUBLE, sum = 0;

  example->n_eligible = 0;
  for (guint i = 0; i < features->graph->n; i++)
    if (features->eligible[i])
      {
        example->n_eligible++;
        if (n <= LEDE_MAX_REQUEST && m < n + LEDE_WINDOW)
          window[m++] = i;
      }
  if (n == 0 || n > LEDE_MAX_REQUEST || m <= n)
    return;
  for (guint mask = 0; mask < (1u << m); mask++)
    {
      PrecisRougeScores sc;
      double value;
      guint k = 0;

      if ((guint) __builtin_popcount (mask) != n)
        continue;
      for (guint b = 0; b < m; b++)
        if (mask & (1u << b))
          picked[k++] = window[b];
      g_array_append_vals (options, picked, n);
      compose (example, picked, n, &candidate);
      precis_rouge_compare_ngrams (example->reference, &candidate, &sc);
      value = sc.rouge1.fmeasure + sc.rouge2.fmeasure;
      g_array_append_val (values, value);
      top = MAX (top, value);
    }
  g_ptr_array_unref (candidate.sentences);
  example->n_options = values->len;
  example->targets = g_new (float, values->len);
  for (guint o = 0; o < values->len; o++)
    sum += example->targets[o] = (float) exp ((g_array_index (values, double, o) - top) / LEDE_TEMPERATURE);
  for (guint o = 0; o < values->len; o++)
    example->targets[o] /= (float) sum;
  example->options = (guint *) (void *) g_array_free (g_steal_pointer (&options), FALSE);
}

/* Each node's ROUGE-1 + ROUGE-2 F1 alone against the highlights, over
 * the best node's, squared: near 1 for the few sentences that say what
 * the highlights say, falling fast for the rest. */
static void
sentence_worth (Example *example)
{
  guint n = example->features->graph->n;
  PrecisRougeText candidate = { g_ptr_array_new (), 0 };
  double top = 0;

  example->worth = g_new0 (float, n + 1);
  for (guint i = 0; i < n; i++)
    {
      PrecisRougeScores s;

      compose (example, &i, 1, &candidate);
      precis_rouge_compare_ngrams (example->reference, &candidate, &s);
      example->worth[i] = (float) (s.rouge1.fmeasure + s.rouge2.fmeasure);
      top = MAX (top, example->worth[i]);
    }
  for (guint i = 0; i < n; i++)
    example->worth[i] = top > 0 ? (example->worth[i] / top) * (example->worth[i] / top) : 0;
  g_ptr_array_unref (candidate.sentences);
}

/* `opening`: `article` is a story's short view (short.h), asked for a
 * client's default 3 sentences and trained as highlights are, whatever its
 * reference: the story's extract is no extract of its opening. */
static Example *
example_new (PrecisRouge *rouge, const PrecisEvalArticle *article, guint dataset, guint folds, gboolean opening)
{
  Example *example = g_new0 (Example, 1);
  PrecisPipelineOptions options = { .title = article->title };
  const PrecisSentenceGraph *graph;

  example->doc = precis_document_new (article->article, -1, &options);
  example->opening = opening;
  example->n_request = opening ? PRECIS_EVAL_HIGHLIGHT_SENTENCES : precis_eval_summary_sentences (article);
  example->features = precis_news_features_new (example->doc, example->n_request, NULL, NULL);
  example->reference = precis_rouge_text_new (rouge, article->reference);
  example->fold = g_str_hash (article->id) % folds;
  example->dataset = dataset;
  example->sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_rouge_text_free);
  graph = example->features->graph;
  for (guint i = 0; i < graph->n; i++)
    {
      const PrecisSentence *s = &example->doc->sentences[graph->sentence[i]];
      g_autofree char *text = g_strndup (example->doc->text + s->byte_start, s->byte_end - s->byte_start);
      const char *one[] = { g_strdelimit (text, "\r\n", ' ') };

      g_ptr_array_add (example->sentences, precis_rouge_text_new_sentences (rouge, one, 1));
    }
  oracle (example);
  if (opening || !precis_eval_reference_is_extractive (article))
    {
      sentence_worth (example);
      lede_options (example);
    }
  return example;
}

/* `base` (a highlight story) asked for `n_request` sentences: the same
 * sentence targets, and the choice in its own lede window. */
static Example *
example_view_new (const Example *base, guint n_request)
{
  Example *view = g_new0 (Example, 1);

  *view = *base;
  view->base = base;
  view->n_request = n_request;
  view->features = precis_news_features_new (base->doc, n_request, NULL, NULL);
  view->label = NULL;
  view->options = NULL;
  view->targets = NULL;
  view->n_options = 0;
  lede_options (view);
  return view;
}

/* Solves A x = b in place for the symmetric positive definite d × d `a`
 * (Cholesky); FALSE if it is not. */
static gboolean
solve_spd (double *a, double *b, guint d)
{
  for (guint j = 0; j < d; j++)
    {
      double sum = a[j * d + j];

      for (guint k = 0; k < j; k++)
        sum -= a[j * d + k] * a[j * d + k];
      if (sum <= 0)
        return FALSE;
      a[j * d + j] = sqrt (sum);
      for (guint i = j + 1; i < d; i++)
        {
          double v = a[i * d + j];

          for (guint k = 0; k < j; k++)
            v -= a[i * d + k] * a[j * d + k];
          a[i * d + j] = v / a[j * d + j];
        }
    }
  for (guint i = 0; i < d; i++)
    {
      for (guint k = 0; k < i; k++)
        b[i] -= a[i * d + k] * b[k];
      b[i] /= a[i * d + i];
    }
  for (guint i = d; i-- > 0;)
    {
      for (guint k = i + 1; k < d; k++)
        b[i] -= a[k * d + i] * b[k];
      b[i] /= a[i * d + i];
    }
  return TRUE;
}

/* The rows (standardized) and targets of a pointwise fit: one a sentence. */
static void
add_rows (const Example *example, const PrecisNewsModel *model, GArray *rows, GArray *labels)
{
  const guint d = PRECIS_NEWS_N_FEATURES;
  const float *values = example->features->values;
  g_autofree float *row = g_new (float, d);

  for (guint i = 0; i < example->features->graph->n; i++)
    {
      float label = example->worth != NULL ? example->worth[i] : example->label[i];

      if (!example->features->eligible[i])
        continue;
      for (guint j = 0; j < d; j++)
        row[j] = (values[(gsize) i * d + j] - model->mean[j]) / model->scale[j];
      g_array_append_vals (rows, row, d);
      g_array_append_val (labels, label);
    }
}

/* A choice among the summaries an article's lede window allows: each
 * option is the sum of its sentences' standardized features, so a linear
 * score of sentences is a score of summaries, and the sentences a ranking
 * takes first are the summary it scores highest. */
typedef struct {
  GArray *options;   /* float, d a row */
  GArray *targets;   /* float, one an option: how much of the group's choice it should get */
  GArray *starts;    /* guint: each group's first option, and one past the last */
  GArray *weights;   /* float, one a group */
} Groups;

static void
add_group (const Example *example, const PrecisNewsModel *model, Groups *groups)
{
  const guint d = PRECIS_NEWS_N_FEATURES;
  const float *values = example->features->values;
  g_autofree float *row = g_new (float, d);
  /* A choice counts as much as its article's sentences in the pointwise part. */
  float weight = (float) example->n_eligible;

  if (example->n_options == 0)
    return;
  for (guint o = 0; o < example->n_options; o++)
    {
      memset (row, 0, d * sizeof (float));
      for (guint k = 0; k < example->n_request; k++)
        {
          guint i = example->options[o * example->n_request + k];

          for (guint j = 0; j < d; j++)
            row[j] += (values[(gsize) i * d + j] - model->mean[j]) / model->scale[j];
        }
      g_array_append_vals (groups->options, row, d);
      g_array_append_val (groups->targets, example->targets[o]);
    }
  g_array_append_val (groups->weights, weight);
  g_array_append_val (groups->starts, groups->targets->len);
}

/* Minimizes the weighted mean log loss + L2/2 |w|² of a logistic
 * regression over the m rows `x` (d columns, an unpenalized bias w[d]) and
 * of a conditional logit (McFadden 1974) over `groups` (may be NULL), by
 * Newton's method from zero. */
static void
newton (const float *x, const float *y, guint m, const Groups *groups, guint d, double *w)
{
  const guint D = d + 1;
  g_autofree double *grad = g_new0 (double, D), *hessian = g_new0 (double, D * D);
  g_autofree double *z_row = g_new0 (double, D), *mu = g_new0 (double, D);
  guint n_groups = groups != NULL ? groups->weights->len : 0;
  g_autofree double *p = NULL;
  double total = m;
  guint max_options = 1;

  for (guint g = 0; g < n_groups; g++)
    {
      total += g_array_index (groups->weights, float, g);
      max_options = MAX (max_options, g_array_index (groups->starts, guint, g + 1) - g_array_index (groups->starts, guint, g));
    }
  p = g_new0 (double, max_options);
  memset (w, 0, D * sizeof (double));
  for (guint iteration = 0; iteration < NEWTON_ITERATIONS && total > 0; iteration++)
    {
      double step = 0;

      memset (grad, 0, D * sizeof (double));
      memset (hessian, 0, D * D * sizeof (double));
      for (guint r = 0; r < m; r++)
        {
          double z = w[d], q, h;

          for (guint j = 0; j < d; j++)
            {
              z_row[j] = x[(gsize) r * d + j];
              z += w[j] * z_row[j];
            }
          z_row[d] = 1;
          q = 1.0 / (1.0 + exp (-z));
          h = MAX (q * (1 - q), 1e-9);
          for (guint j = 0; j < D; j++)
            {
              grad[j] += (q - y[r]) * z_row[j];
              for (guint k = 0; k <= j; k++)
                hessian[j * D + k] += h * z_row[j] * z_row[k];
            }
        }
      for (guint g = 0; g < n_groups; g++)
        {
          guint first = g_array_index (groups->starts, guint, g), last = g_array_index (groups->starts, guint, g + 1);
          const float *options = (const float *) groups->options->data;
          double weight = g_array_index (groups->weights, float, g), top = -G_MAXDOUBLE, sum = 0;

          for (guint o = first; o < last; o++)
            {
              double z = 0;

              for (guint j = 0; j < d; j++)
                z += w[j] * options[(gsize) o * d + j];
              p[o - first] = z;
              top = MAX (top, z);
            }
          for (guint o = first; o < last; o++)
            sum += p[o - first] = exp (p[o - first] - top);
          memset (mu, 0, d * sizeof (double));
          for (guint o = first; o < last; o++)
            {
              const float *row = options + (gsize) o * d;
              double share = p[o - first] /= sum, target = g_array_index (groups->targets, float, o);

              for (guint j = 0; j < d; j++)
                {
                  mu[j] += share * row[j];
                  grad[j] -= weight * target * row[j];
                  for (guint k = 0; k <= j; k++)
                    hessian[j * D + k] += weight * share * row[j] * row[k];
                }
            }
          for (guint j = 0; j < d; j++)
            {
              grad[j] += weight * mu[j];
              for (guint k = 0; k <= j; k++)
                hessian[j * D + k] -= weight * mu[j] * mu[k];
            }
        }
      for (guint j = 0; j < D; j++)
        {
          grad[j] /= total;
          for (guint k = 0; k <= j; k++)
            hessian[k * D + j] = hessian[j * D + k] /= total;
          if (j < d)
            {
              grad[j] += L2 * w[j];
              hessian[j * D + j] += L2;
            }
          else
            hessian[j * D + j] += 1e-9;
        }
      if (!solve_spd (hessian, grad, D))
        break;
      for (guint j = 0; j < D; j++)
        {
          w[j] -= grad[j];
          step = MAX (step, fabs (grad[j]));
        }
      if (step < 1e-6)
        break;
    }
}

/* The model of the examples outside the folds `held_out` and
 * `held_out_too` (G_MAXUINT: none), on standardized features: each
 * sentence's label, and each highlight story's choice of summary in its
 * lede window. */
static void
fit (GPtrArray *examples, guint held_out, guint held_out_too, PrecisNewsModel *model)
{
  const guint d = PRECIS_NEWS_N_FEATURES;
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr (GArray) labels = g_array_new (FALSE, FALSE, sizeof (float));
  Groups groups = {
    g_array_new (FALSE, FALSE, sizeof (float)), g_array_new (FALSE, FALSE, sizeof (float)),
    g_array_new (FALSE, FALSE, sizeof (guint)), g_array_new (FALSE, FALSE, sizeof (float)),
  };
  g_autofree double *mean = g_new0 (double, d), *var = g_new0 (double, d);
  g_autofree double *w = g_new0 (double, d + 1);
  guint m = 0, zero = 0;

  /* One pass, in double: the features are small numbers, so E[x²] − mean² loses nothing. */
  for (guint e = 0; e < examples->len; e++)
    {
      Example *example = g_ptr_array_index (examples, e);

      if (example->fold == held_out || example->fold == held_out_too || example->scored_only)
        continue;
      for (guint i = 0; i < example->features->graph->n; i++)
        if (example->features->eligible[i])
          {
            for (guint j = 0; j < d; j++)
              {
                double v = example->features->values[(gsize) i * d + j];

                mean[j] += v;
                var[j] += v * v;
              }
            m++;
          }
    }
  for (guint j = 0; j < d; j++)
    {
      mean[j] /= MAX (m, 1);
      var[j] = MAX (var[j] / MAX (m, 1) - mean[j] * mean[j], 0);
    }
  for (guint j = 0; j < d; j++)
    {
      model->mean[j] = (float) mean[j];
      model->scale[j] = var[j] > 1e-12 ? (float) MAX (sqrt (var[j]), MIN_SCALE) : 1.0f;
    }
  g_array_append_val (groups.starts, zero);
  for (guint e = 0; e < examples->len; e++)
    {
      Example *example = g_ptr_array_index (examples, e);

      if (example->fold == held_out || example->fold == held_out_too || example->scored_only)
        continue;
      add_rows (example, model, rows, labels);
      if (listwise)
        add_group (example, model, &groups);
    }
  newton ((const float *) rows->data, (const float *) labels->data, labels->len, &groups, d, w);
  for (guint j = 0; j < d; j++)
    model->weight[j] = (float) w[j];
  model->bias = (float) w[d];
  g_array_unref (groups.options);
  g_array_unref (groups.targets);
  g_array_unref (groups.starts);
  g_array_unref (groups.weights);
}

typedef struct {
  double sum[3];
  guint count;
  guint ledes;   /* summaries that hold the article's first prose sentence */
} Tally;
typedef Tally SetTallies[MAX_DATASETS]; /* one per data set */

/* ROUGE F1 of the graph nodes `picked` (any order) against the reference. */
static void
score_picked (const Example *example, guint *picked, guint n, PrecisRougeText *candidate, Tally *tally)
{
  PrecisRougeScores s;

  qsort (picked, n, sizeof (guint), compare_uint);
  for (guint i = 0; i < example->features->graph->n; i++)
    if (example->features->eligible[i])
      {
        tally->ledes += n > 0 && picked[0] == i;
        break;
      }
  compose (example, picked, n, candidate);
  precis_rouge_compare (example->reference, candidate, &s);
  tally->sum[0] += s.rouge1.fmeasure;
  tally->sum[1] += s.rouge2.fmeasure;
  tally->sum[2] += s.rouge_lsum.fmeasure;
  tally->count++;
}

/* Whether `example` is scored in a tally of `n_view`-sentence views (0:
 * the articles at their own summary length). */
static gboolean
scored_as (const Example *example, guint n_view)
{
  return n_view == 0 ? example->base == NULL : example->base != NULL && example->n_request == n_view;
}

/* ROUGE of `model` on the examples of `fold` at their summary length (or
 * the `n_view`-sentence views), tallied per data set. */
static void
evaluate (GPtrArray *examples, guint fold, guint n_view, const PrecisNewsModel *model, Tally *tallies)
{
  PrecisRougeText candidate = { g_ptr_array_new (), 0 };

  for (guint e = 0; e < examples->len; e++)
    {
      Example *example = g_ptr_array_index (examples, e);
      g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (PrecisScoredSentence));
      const PrecisSentenceGraph *graph = example->features->graph;
      g_autofree guint *picked = NULL;
      guint n = 0;

      if (example->fold != fold || !scored_as (example, n_view))
        continue;
      precis_news_rank (model, example->features, ranked);
      picked = g_new (guint, ranked->len + 1);
      for (guint r = 0; r < ranked->len && n < example->n_request; r++)
        {
          guint32 sentence = g_array_index (ranked, PrecisScoredSentence, r).sentence;

          for (guint i = 0; i < graph->n; i++)
            if (graph->sentence[i] == sentence)
              picked[n++] = i;
        }
      score_picked (example, picked, n, &candidate, &tallies[example->dataset]);
    }
  g_ptr_array_unref (candidate.sentences);
}

/* Lead-N on the examples of `fold` (G_MAXUINT: every example), as the
 * lead plugin picks: the first content sentences of at least 4 words. */
static void
evaluate_lead (GPtrArray *examples, guint fold, guint n_view, Tally *tallies)
{
  PrecisRougeText candidate = { g_ptr_array_new (), 0 };

  for (guint e = 0; e < examples->len; e++)
    {
      Example *example = g_ptr_array_index (examples, e);
      const PrecisSentenceGraph *graph = example->features->graph;
      g_autofree guint *picked = g_new (guint, graph->n + 1);
      guint n = 0;

      if (!scored_as (example, n_view) || (fold != G_MAXUINT && example->fold != fold))
        continue;
      for (guint i = 0; i < graph->n && n < example->n_request; i++)
        if (example->features->kind[i] != PRECIS_NEWS_TOO_SHORT)
          picked[n++] = i;
      score_picked (example, picked, n, &candidate, &tallies[example->dataset]);
    }
  g_ptr_array_unref (candidate.sentences);
}

static void
append_tally (GString *report, const char *label, const Tally *tally)
{
  guint n = MAX (tally->count, 1);

  g_string_append_printf (report, "\n    %-22s ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-Lsum %.2f  lede in %.1f %%", label,
                          100 * tally->sum[0] / n, 100 * tally->sum[1] / n, 100 * tally->sum[2] / n,
                          100.0 * tally->ledes / n);
}

/* The ranking settings tried on the cross-validation folds: every
 * combination of these.  The lede window is the one the listwise part is
 * trained on: the choice the model learnt is among n of the first n +
 * LEDE_WINDOW sentences, and ranking in another window asks it a question
 * it was not trained on.  (Until session 6 the window was chosen too, among
 * 0 to 3: 96 settings, and each fold's choice on 200 stories moved its
 * held-out figure by more than most changes of the model did.) */
static const float lambdas[] = { 1.0f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f };
static const float penalties[] = { 0.0f, 0.1f, 0.2f, 0.4f };
static const float windows[] = { LEDE_WINDOW };
#define N_SETTINGS (G_N_ELEMENTS (lambdas) * G_N_ELEMENTS (penalties) * G_N_ELEMENTS (windows))

static void
apply_setting (PrecisNewsModel *model, guint setting)
{
  model->short_window = windows[setting % G_N_ELEMENTS (windows)];
  setting /= G_N_ELEMENTS (windows);
  model->length_penalty = penalties[setting % G_N_ELEMENTS (penalties)];
  model->mmr_lambda = lambdas[setting / G_N_ELEMENTS (penalties)];
}

/* The setting with the best mean over the data sets of ROUGE-1 + 2 + Lsum
 * (each set counts the same, so neither style is given up for the
 * other).  Redundancy control keeps a short summary from saying one thing
 * twice, which ROUGE hardly sees: of the settings within TOLERANCE of the
 * best, the one with the strongest MMR (the first such in the grid).
 * Each setting's figures go to `report` when it is not NULL. */
static guint
choose_setting (SetTallies *tallies, guint n_sets, GString *report)
{
  double totals[N_SETTINGS] = { 0 }, best_total = -1;
  guint best = 0;

  for (guint l = 0; l < N_SETTINGS; l++)
    {
      for (guint set = 0; set < n_sets; set++)
        {
          const Tally *t = &tallies[l][set];

          totals[l] += (t->sum[0] + t->sum[1] + t->sum[2]) / MAX (t->count, 1) / n_sets;
        }
      best_total = MAX (best_total, totals[l]);
      if (report != NULL)
        {
          PrecisNewsModel model;

          apply_setting (&model, l);
          g_string_append_printf (report, "\n  %.2f/%.2f/%.0f:", model.mmr_lambda, model.length_penalty,
                                  model.short_window);
          for (guint set = 0; set < n_sets; set++)
            g_string_append_printf (report, " %.2f/%.2f/%.2f", 100 * tallies[l][set].sum[0] / MAX (tallies[l][set].count, 1),
                                    100 * tallies[l][set].sum[1] / MAX (tallies[l][set].count, 1),
                                    100 * tallies[l][set].sum[2] / MAX (tallies[l][set].count, 1));
        }
    }
  for (guint l = 0; l < N_SETTINGS; l++)
    if (totals[l] >= best_total - TOLERANCE && (totals[best] < best_total - TOLERANCE
                                                 || l / (N_SETTINGS / G_N_ELEMENTS (lambdas))
                                                      > best / (N_SETTINGS / G_N_ELEMENTS (lambdas))))
      best = l;
  return best;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("DATA.jsonl... — train newsrank's model");
  g_autoptr (GPtrArray) examples = g_ptr_array_new_with_free_func ((GDestroyNotify) example_free);
  g_autoptr (GPtrArray) datasets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  g_autoptr (GString) report = g_string_new (NULL);
  g_autofree char *command = g_strjoinv (" ", argv);
  g_autofree char *output = NULL;
  int folds = 5;
  guint best = 0, n_articles = 0;
  guint n_sets, n_all;
  PrecisNewsModel model;
  g_autofree PrecisNewsModel *fold_models = NULL;
  g_autofree guint *fold_setting = NULL;
  g_autofree SetTallies *per_fold = NULL, *per_fold_lead = NULL;
  g_autofree SetTallies *tallies = g_new0 (SetTallies, N_SETTINGS);
  SetTallies lead = { { { 0 } } }, nested = { { { 0 } } }, lead_one = { { { 0 } } }, nested_one = { { { 0 } } };
  g_autofree char *fold_dir = NULL;
  GOptionEntry entries[] = {
    { "folds", 'k', 0, G_OPTION_ARG_INT, &folds, "Cross-validation folds (default 5)", "K" },
    { "pointwise", 0, G_OPTION_FLAG_REVERSE, G_OPTION_ARG_NONE, &listwise,
      "Fit each sentence's label alone, not also the choice of summary in the lede window", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the model here", "FILE" },
    { "fold-models", 0, 0, G_OPTION_ARG_FILENAME, &fold_dir,
      "Also write each fold's model to DIR/fold-F/models/newsrank.weights (for summ-eval --cv)", "DIR" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || folds < 2
      || argc - 1 > MAX_DATASETS / 2)
    {
      g_printerr ("train-newsrank: %s\n", error != NULL ? error->message
                                                         : "give 1 to 4 data sets (and --folds ≥ 2)");
      return 2;
    }
  /* Word lists from $PRECIS_DATA_DIR, else the source tree's data/. */
  if (!precis_pipeline_init (g_getenv ("PRECIS_DATA_DIR") != NULL ? g_getenv ("PRECIS_DATA_DIR") : PRECIS_SOURCE_DATADIR,
                             &error))
    {
      g_printerr ("train-newsrank: %s\n", error->message);
      return 1;
    }
  n_sets = (guint) argc - 1;
  n_all = 2 * n_sets;
  for (guint a = 0; a < n_sets; a++)
    {
      GPtrArray *articles = precis_eval_dataset_load (argv[a + 1], &error);
      g_autofree char *parent = g_path_get_dirname (argv[a + 1]);

      if (articles == NULL)
        {
          g_printerr ("train-newsrank: %s\n", error->message);
          return 1;
        }
      g_ptr_array_add (datasets, articles);
      g_ptr_array_add (names, g_path_get_basename (parent));
      for (guint i = 0; i < articles->len; i++)
        {
          PrecisEvalArticle *article = g_ptr_array_index (articles, i);
          g_autoptr (PrecisEvalArticle) opening = NULL;
          Example *example;

          if (article->reference == NULL)
            continue;
          example = example_new (rouge, article, a, (guint) folds, FALSE);
          g_ptr_array_add (examples, example);
          /* The story's opening as a short article of its own, asked for
           * 3 sentences: the common case of feed items and pasted
           * paragraphs, which no data set holds.  Fitted against
           * highlights, which say what the story is; against an extract of
           * the whole story only scored: 40 % of a long story, in its
           * editor's choice, is no summary of its first sentences, and
           * fitting it (session 7) put the short CNN/DM views below Lead-3. */
          opening = precis_eval_short_article (article, example->doc);
          if (opening != NULL)
            {
              Example *view = example_new (rouge, opening, n_sets + a, (guint) folds, TRUE);

              view->scored_only = precis_eval_reference_is_extractive (article);
              g_ptr_array_add (examples, view);
            }
          /* Summaries written as highlights are also asked for at every
           * shorter length, so that a request for one or two sentences is
           * no extrapolation.  Not extracts: the first sentences a greedy
           * oracle takes from a 40 % extract are no headline. */
          for (guint n = 1; !precis_eval_reference_is_extractive (article) && n < example->n_request; n++)
            g_ptr_array_add (examples, example_view_new (example, n));
        }
    }

  for (guint a = 0; a < n_sets; a++)
    g_ptr_array_add (names, g_strdup_printf ("%s short", (const char *) names->pdata[a]));
  fold_models = g_new0 (PrecisNewsModel, folds);
  fold_setting = g_new0 (guint, folds);
  per_fold = g_new0 (SetTallies, folds);
  per_fold_lead = g_new0 (SetTallies, folds);
  for (guint e = 0; e < examples->len; e++)
    n_articles += ((const Example *) g_ptr_array_index (examples, e))->dataset < n_sets
                  && ((const Example *) g_ptr_array_index (examples, e))->base == NULL;
  for (guint set = 0; set < n_all; set++)
    {
      double oracle[3] = { 0 }, labels = 0, request = 0;
      guint count = 0;

      for (guint e = 0; e < examples->len; e++)
        {
          const Example *example = g_ptr_array_index (examples, e);

          if (example->dataset != set || example->base != NULL)
            continue;
          count++;
          oracle[0] += example->oracle.rouge1.fmeasure;
          oracle[1] += example->oracle.rouge2.fmeasure;
          oracle[2] += example->oracle.rouge_lsum.fmeasure;
          request += example->n_request;
          for (guint i = 0; i < example->features->graph->n; i++)
            labels += example->label[i];
        }
      count = MAX (count, 1);
      g_string_append_printf (report, "%s: %u articles, summaries of %.1f sentences; greedy oracle ("
                              "%.1f sentences an article): ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-Lsum %.2f\n",
                              (const char *) names->pdata[set], count, request / count, labels / count,
                              100 * oracle[0] / count, 100 * oracle[1] / count, 100 * oracle[2] / count);
    }
  g_string_append_printf (report, "%d-fold cross-validation on %u articles (mean F1 x 100 of held-out folds):",
                          folds, n_articles);
  /* Each fold's ranking setting is chosen on the other folds alone (inner
   * cross-validation: fitted without fold f and fold g, scored on g), so
   * its held-out figure is of a fold nothing was tuned on. */
  for (int f = 0; f < folds; f++)
    {
      g_autofree SetTallies *inner = g_new0 (SetTallies, N_SETTINGS);
      PrecisNewsModel inner_model;

      for (int g = 0; g < folds; g++)
        {
          if (g == f)
            continue;
          fit (examples, (guint) f, (guint) g, &inner_model);
          for (guint l = 0; l < N_SETTINGS; l++)
            {
              apply_setting (&inner_model, l);
              evaluate (examples, (guint) g, 0, &inner_model, inner[l]);
            }
        }
      fold_setting[f] = choose_setting (inner, n_sets, NULL);
      fit (examples, (guint) f, G_MAXUINT, &fold_models[f]);
      for (guint l = 0; l < N_SETTINGS; l++)
        {
          apply_setting (&fold_models[f], l);
          evaluate (examples, (guint) f, 0, &fold_models[f], tallies[l]);
        }
      apply_setting (&fold_models[f], fold_setting[f]);
      evaluate (examples, (guint) f, 0, &fold_models[f], nested);
      evaluate (examples, (guint) f, 1, &fold_models[f], nested_one);
      evaluate (examples, (guint) f, 0, &fold_models[f], per_fold[f]);
      evaluate_lead (examples, (guint) f, 0, per_fold_lead[f]);
    }
  evaluate_lead (examples, G_MAXUINT, 0, lead);
  evaluate_lead (examples, G_MAXUINT, 1, lead_one);
  g_string_append (report, "\n  each fold with the setting chosen on the other folds (the honest figure):");
  for (guint set = 0; set < n_all; set++)
    append_tally (report, names->pdata[set], &nested[set]);
  g_string_append (report, "\n  beside Lead-N (the first N sentences of at least 4 words):");
  for (guint set = 0; set < n_all; set++)
    append_tally (report, names->pdata[set], &lead[set]);
  g_string_append (report, "\n  1 sentence (the sets of highlights), the same models, beside Lead-1:");
  for (guint set = 0; set < n_all; set++)
    if (lead_one[set].count > 0)
      {
        g_autofree char *lead_name = g_strdup_printf ("%s Lead-1", (const char *) names->pdata[set]);

        append_tally (report, names->pdata[set], &nested_one[set]);
        append_tally (report, lead_name, &lead_one[set]);
      }
  /* A change that helps on the whole but loses in some fold is noise. */
  g_string_append (report, "\n  each held-out fold, ROUGE-1 / ROUGE-2 minus Lead-N's on the same articles:");
  for (guint set = 0; set < n_all; set++)
    {
      g_string_append_printf (report, "\n    %-22s", (const char *) names->pdata[set]);
      for (int f = 0; f < folds; f++)
        {
          const Tally *t = &per_fold[f][set], *l = &per_fold_lead[f][set];
          guint n = MAX (t->count, 1);

          g_string_append_printf (report, " %+.2f/%+.2f", 100 * (t->sum[0] - l->sum[0]) / n,
                                  100 * (t->sum[1] - l->sum[1]) / n);
        }
    }
  g_string_append (report, "\n  settings chosen:");
  for (int f = 0; f < folds; f++)
    {
      apply_setting (&model, fold_setting[f]);
      g_string_append_printf (report, " fold %d: %.2f/%.2f/%.0f%s", f, model.mmr_lambda, model.length_penalty,
                              model.short_window, f + 1 < folds ? ";" : "");
    }
  g_string_append (report, "\n  every setting on every held-out fold (mmr-lambda, length-penalty, short-window), "
                           "from which the shipped model's is chosen:");
  best = choose_setting (tallies, n_sets, report);
  apply_setting (&model, best);
  g_string_append_printf (report, "\nkept mmr-lambda %.2f, length-penalty %.2f, short-window %.0f", model.mmr_lambda,
                          model.length_penalty, model.short_window);
  g_print ("%s\n", report->str);

  for (int f = 0; f < folds && fold_dir != NULL; f++)
    {
      g_autofree char *name = g_strdup_printf ("fold-%d", f);
      g_autofree char *dir = g_build_filename (fold_dir, name, "models", NULL);
      g_autofree char *path = g_build_filename (dir, "newsrank.weights", NULL);
      g_autofree char *header = g_strdup_printf ("fold %d of %d: trained without the articles whose id hashes to it, "
                                                 "ranking setting chosen without them", f, folds);
      g_autofree char *text = NULL;

      text = precis_news_model_to_string (&fold_models[f], header);
      if (g_mkdir_with_parents (dir, 0755) != 0 || !g_file_set_contents (path, text, -1, &error))
        {
          g_printerr ("train-newsrank: cannot write %s: %s\n", path,
                      error != NULL ? error->message : g_strerror (errno));
          return 1;
        }
    }

  fit (examples, G_MAXUINT, G_MAXUINT, &model);
  apply_setting (&model, best);
  if (output != NULL)
    {
      g_autofree char *header = g_strdup_printf ("newsrank model: logistic regression on ROUGE targets (the greedy oracle's\n"
                                                 "labels of extracts, each sentence's own ROUGE against highlights) and a\n"
                                                 "conditional logit over the summaries of each lede window.\n"
                                                 "Reproduce with (from the source tree, after ninja):\n  %s\n%s",
                                                 command, report->str);
      g_autofree char *text = precis_news_model_to_string (&model, header);
      g_autofree char *dir = g_path_get_dirname (output);

      if (g_mkdir_with_parents (dir, 0755) != 0 || !g_file_set_contents (output, text, -1, &error))
        {
          g_printerr ("train-newsrank: cannot write %s: %s\n", output,
                      error != NULL ? error->message : g_strerror (errno));
          return 1;
        }
    }
  return 0;
}
