/* train-newsrank.c — fits newsrank's model on summarization data sets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   train-newsrank [--folds K] [--output FILE] DATA.jsonl...
 *
 * Each article goes through the real pipeline and newsrank's own feature
 * code; its labels are the greedy ROUGE oracle (sentences added while they
 * raise ROUGE-1 + ROUGE-2 F1 against the reference).  A logistic
 * regression is fitted by full-batch gradient descent from zero, so a run
 * is deterministic.  Before the final fit on everything, K-fold cross-
 * validation (folds by a hash of the article id) scores each held-out fold
 * with a model that never saw it, at reference length, for each MMR
 * setting; the best setting is kept and all figures go to stdout and into
 * the header of the model file.
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

#define ITERATIONS 400
#define LEARNING_RATE 0.5
#define L2 1e-3
#define TOLERANCE 0.001

typedef struct {
  PrecisDocument *doc;
  PrecisNewsFeatures *features;
  PrecisRougeText *reference;
  GPtrArray *sentences;     /* PrecisRougeText of each graph node (one line) */
  gboolean *label;
  PrecisRougeScores oracle;  /* of the labelled sentences: the ceiling */
  guint n_reference;
  guint fold;
} Example;

static void
example_free (Example *example)
{
  precis_news_features_free (example->features);
  precis_document_free (example->doc);
  precis_rouge_text_free (example->reference);
  g_ptr_array_unref (example->sentences);
  g_free (example->label);
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

static Example *
example_new (PrecisRouge *rouge, const PrecisEvalArticle *article, guint folds)
{
  Example *example = g_new0 (Example, 1);
  PrecisPipelineOptions options = { .title = article->title };
  const PrecisSentenceGraph *graph;

  example->doc = precis_document_new (article->article, -1, &options);
  example->features = precis_news_features_new (example->doc);
  example->reference = precis_rouge_text_new (rouge, article->reference);
  example->n_reference = precis_eval_reference_sentences (article->reference);
  example->fold = g_str_hash (article->id) % folds;
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
  return example;
}

/* Logistic regression on the eligible sentences of the examples outside
 * `held_out` (G_MAXUINT: none held out). */
static void
fit (GPtrArray *examples, guint held_out, PrecisNewsModel *model)
{
  const guint d = PRECIS_NEWS_N_FEATURES;
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr (GArray) labels = g_array_new (FALSE, FALSE, sizeof (float));
  double mean[PRECIS_NEWS_N_FEATURES] = { 0 }, var[PRECIS_NEWS_N_FEATURES] = { 0 };
  double w[PRECIS_NEWS_N_FEATURES] = { 0 }, b = 0;
  guint m;
  const float *x;
  const float *y;

  for (guint e = 0; e < examples->len; e++)
    {
      Example *example = g_ptr_array_index (examples, e);

      if (example->fold == held_out)
        continue;
      for (guint i = 0; i < example->features->graph->n; i++)
        {
          float label = example->label[i];

          if (!example->features->eligible[i])
            continue;
          g_array_append_vals (rows, example->features->values + (gsize) i * d, d);
          g_array_append_val (labels, label);
        }
    }
  m = labels->len;
  x = (const float *) rows->data;
  y = (const float *) labels->data;
  for (guint r = 0; r < m; r++)
    for (guint j = 0; j < d; j++)
      mean[j] += x[r * d + j] / m;
  for (guint r = 0; r < m; r++)
    for (guint j = 0; j < d; j++)
      var[j] += (x[r * d + j] - mean[j]) * (x[r * d + j] - mean[j]) / m;
  for (guint j = 0; j < d; j++)
    {
      model->mean[j] = (float) mean[j];
      model->scale[j] = var[j] > 1e-12 ? (float) sqrt (var[j]) : 1.0f;
    }

  for (guint iteration = 0; iteration < ITERATIONS; iteration++)
    {
      double grad[PRECIS_NEWS_N_FEATURES] = { 0 }, grad_b = 0;

      for (guint r = 0; r < m; r++)
        {
          double z = b, err;
          double z_row[PRECIS_NEWS_N_FEATURES];

          for (guint j = 0; j < d; j++)
            {
              z_row[j] = (x[r * d + j] - mean[j]) / model->scale[j];
              z += w[j] * z_row[j];
            }
          err = 1.0 / (1.0 + exp (-z)) - y[r];
          for (guint j = 0; j < d; j++)
            grad[j] += err * z_row[j];
          grad_b += err;
        }
      for (guint j = 0; j < d; j++)
        w[j] -= LEARNING_RATE * (grad[j] / m + L2 * w[j]);
      b -= LEARNING_RATE * grad_b / m;
    }
  for (guint j = 0; j < d; j++)
    model->weight[j] = (float) w[j];
  model->bias = (float) b;
}

/* ROUGE of `model` on the examples of `fold` at reference length: sums into `sum`. */
static void
evaluate (GPtrArray *examples, guint fold, const PrecisNewsModel *model, double sum[3], guint *count)
{
  PrecisRougeText candidate = { g_ptr_array_new (), 0 };

  for (guint e = 0; e < examples->len; e++)
    {
      Example *example = g_ptr_array_index (examples, e);
      g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (PrecisScoredSentence));
      const PrecisSentenceGraph *graph = example->features->graph;
      g_autofree guint *picked = NULL;
      guint n = 0;
      PrecisRougeScores s;

      if (example->fold != fold)
        continue;
      precis_news_rank (model, example->features, ranked);
      picked = g_new (guint, ranked->len + 1);
      for (guint r = 0; r < ranked->len && n < example->n_reference; r++)
        {
          guint32 sentence = g_array_index (ranked, PrecisScoredSentence, r).sentence;

          for (guint i = 0; i < graph->n; i++)
            if (graph->sentence[i] == sentence)
              picked[n++] = i;
        }
      qsort (picked, n, sizeof (guint), compare_uint);
      compose (example, picked, n, &candidate);
      precis_rouge_compare (example->reference, &candidate, &s);
      sum[0] += s.rouge1.fmeasure;
      sum[1] += s.rouge2.fmeasure;
      sum[2] += s.rouge_lsum.fmeasure;
      (*count)++;
    }
  g_ptr_array_unref (candidate.sentences);
}

static const float lambdas[] = { 1.0f, 0.9f, 0.8f, 0.7f, 0.6f };

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("DATA.jsonl... — train newsrank's model");
  g_autoptr (GPtrArray) examples = g_ptr_array_new_with_free_func ((GDestroyNotify) example_free);
  g_autoptr (GPtrArray) datasets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  g_autoptr (GString) report = g_string_new (NULL);
  g_autofree char *command = g_strjoinv (" ", argv);
  g_autofree char *output = NULL;
  int folds = 5;
  double best_total = -1;
  float best_lambda = 1.0f;
  PrecisNewsModel model;
  g_autofree PrecisNewsModel *fold_models = NULL;
  double sums[G_N_ELEMENTS (lambdas)][3] = { { 0 } };
  guint counts[G_N_ELEMENTS (lambdas)] = { 0 };
  g_autofree char *fold_dir = NULL;
  GOptionEntry entries[] = {
    { "folds", 'k', 0, G_OPTION_ARG_INT, &folds, "Cross-validation folds (default 5)", "K" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the model here", "FILE" },
    { "fold-models", 0, 0, G_OPTION_ARG_FILENAME, &fold_dir,
      "Also write each fold's model to DIR/fold-F/models/newsrank.weights (for summ-eval --cv)", "DIR" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || folds < 2)
    {
      g_printerr ("train-newsrank: %s\n", error != NULL ? error->message : "give the data sets (and --folds ≥ 2)");
      return 2;
    }
  /* Word lists from $PRECIS_DATA_DIR, else the source tree's data/. */
  if (!precis_pipeline_init (g_getenv ("PRECIS_DATA_DIR") != NULL ? g_getenv ("PRECIS_DATA_DIR") : PRECIS_SOURCE_DATADIR,
                             &error))
    {
      g_printerr ("train-newsrank: %s\n", error->message);
      return 1;
    }
  for (int a = 1; a < argc; a++)
    {
      GPtrArray *articles = precis_eval_dataset_load (argv[a], &error);

      if (articles == NULL)
        {
          g_printerr ("train-newsrank: %s\n", error->message);
          return 1;
        }
      g_ptr_array_add (datasets, articles);
      for (guint i = 0; i < articles->len; i++)
        {
          PrecisEvalArticle *article = g_ptr_array_index (articles, i);

          if (article->reference != NULL)
            g_ptr_array_add (examples, example_new (rouge, article, (guint) folds));
        }
    }

  fold_models = g_new0 (PrecisNewsModel, folds);
  {
    double oracle[3] = { 0 }, labels = 0;

    for (guint e = 0; e < examples->len; e++)
      {
        const Example *example = g_ptr_array_index (examples, e);

        oracle[0] += example->oracle.rouge1.fmeasure / examples->len;
        oracle[1] += example->oracle.rouge2.fmeasure / examples->len;
        oracle[2] += example->oracle.rouge_lsum.fmeasure / examples->len;
        for (guint i = 0; i < example->features->graph->n; i++)
          labels += example->label[i];
      }
    g_string_append_printf (report, "greedy oracle (the labels, %.1f sentences an article): ROUGE-1 %.2f  ROUGE-2 %.2f  "
                            "ROUGE-Lsum %.2f\n", labels / MAX (examples->len, 1), 100 * oracle[0], 100 * oracle[1],
                            100 * oracle[2]);
  }
  g_string_append_printf (report, "%d-fold cross-validation on %u articles (mean F1 x 100 of held-out folds, reference length):",
                          folds, examples->len);
  for (int f = 0; f < folds; f++)
    {
      fit (examples, (guint) f, &fold_models[f]);
      for (guint l = 0; l < G_N_ELEMENTS (lambdas); l++)
        {
          fold_models[f].mmr_lambda = lambdas[l];
          evaluate (examples, (guint) f, &fold_models[f], sums[l], &counts[l]);
        }
    }
  for (guint l = 0; l < G_N_ELEMENTS (lambdas); l++)
    {
      g_string_append_printf (report, "\n  mmr-lambda %.2f: ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-Lsum %.2f",
                              lambdas[l], 100 * sums[l][0] / counts[l], 100 * sums[l][1] / counts[l],
                              100 * sums[l][2] / counts[l]);
      best_total = MAX (best_total, (sums[l][0] + sums[l][1] + sums[l][2]) / counts[l]);
    }
  /* Redundancy control keeps a short summary from saying one thing twice,
   * which ROUGE at reference length hardly sees: keep the strongest MMR
   * setting whose cross-validated score is within TOLERANCE of the best. */
  for (guint l = 0; l < G_N_ELEMENTS (lambdas); l++)
    if ((sums[l][0] + sums[l][1] + sums[l][2]) / counts[l] >= best_total - TOLERANCE)
      best_lambda = lambdas[l];
  g_string_append_printf (report, "\nkept mmr-lambda %.2f", best_lambda);
  g_print ("%s\n", report->str);

  for (int f = 0; f < folds && fold_dir != NULL; f++)
    {
      g_autofree char *name = g_strdup_printf ("fold-%d", f);
      g_autofree char *dir = g_build_filename (fold_dir, name, "models", NULL);
      g_autofree char *path = g_build_filename (dir, "newsrank.weights", NULL);
      g_autofree char *header = g_strdup_printf ("fold %d of %d: trained without the articles whose id hashes to it", f, folds);
      g_autofree char *text = NULL;

      fold_models[f].mmr_lambda = best_lambda;
      text = precis_news_model_to_string (&fold_models[f], header);
      if (g_mkdir_with_parents (dir, 0755) != 0 || !g_file_set_contents (path, text, -1, &error))
        {
          g_printerr ("train-newsrank: cannot write %s: %s\n", path,
                      error != NULL ? error->message : g_strerror (errno));
          return 1;
        }
    }

  fit (examples, G_MAXUINT, &model);
  model.mmr_lambda = best_lambda;
  if (output != NULL)
    {
      g_autofree char *header = g_strdup_printf ("newsrank model: logistic regression on greedy ROUGE oracle labels.\n"
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
