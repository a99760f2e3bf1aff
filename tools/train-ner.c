/* train-ner.c — trains the `facts` plugin's named-entity tagger.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An averaged structured perceptron over hashed features with first-order
 * transitions, decoded by Viterbi (Collins 2002).  Sentences are visited in
 * an order shuffled by a fixed seed, so the same data give the same model
 * byte for byte.  With --dev, each epoch is scored there and the best epoch
 * is the one written.
 *
 *   train-ner --train train.conll --dev dev.conll --gazetteers data/gazetteers \
 *             --output data/models/ner-en.model
 */
#include "ner-conll.h"
#include "ner-model.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  PrecisNerCorpus *corpus;
  guint32 *offsets;  /* token i's features are ids[offsets[i] .. offsets[i+1]) */
  guint32 *ids;      /* already reduced to the table */
} Featurized;

static void
featurize (Featurized *out, PrecisNerCorpus *corpus, const PrecisNerGazetteer *gaz, guint32 mask)
{
  PrecisNerFeatures f;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n_tokens = corpus->tokens->len;

  out->corpus = corpus;
  out->offsets = g_new (guint32, n_tokens + 1);
  precis_ner_features_init (&f);
  for (guint d = 0; d < corpus->documents->len; d++)
    {
      const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, d);
      PrecisNerDocContext context;

      precis_ner_doc_context_init (&context);
      precis_ner_corpus_doc_context (corpus, d, &context);
      for (guint s = doc->first; s < doc->first + doc->n; s++)
        {
          const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);

          precis_ner_features_extract (&f, gaz, &context,
                                       &g_array_index (corpus->tokens, PrecisNerToken, r->first),
                                       r->n);
          for (guint i = 0; i < r->n; i++)
            {
              out->offsets[r->first + i] = ids->len;
              for (guint k = 0; k < f.counts[i]; k++)
                {
                  guint32 id = f.ids[i * PRECIS_NER_MAX_FEATURES + k] & mask;
                  g_array_append_val (ids, id);
                }
            }
        }
      precis_ner_doc_context_clear (&context);
    }
  out->offsets[n_tokens] = ids->len;
  out->ids = (guint32 *) g_array_free (ids, FALSE);
  precis_ner_features_clear (&f);
}

static void
featurized_clear (Featurized *fz)
{
  g_clear_pointer (&fz->offsets, g_free);
  g_clear_pointer (&fz->ids, g_free);
}

static void
emissions (const Featurized *fz, const float *w, guint first, guint n, float *emission)
{
  for (guint i = 0; i < n; i++)
    {
      float *e = emission + i * PRECIS_NER_N_TAGS;

      memset (e, 0, sizeof (float) * PRECIS_NER_N_TAGS);
      for (guint32 k = fz->offsets[first + i]; k < fz->offsets[first + i + 1]; k++)
        {
          const float *row = w + (gsize) fz->ids[k] * PRECIS_NER_N_TAGS;
          for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
            e[t] += row[t];
        }
    }
}

typedef struct {
  float *emission, *scores;
  guint8 *back, *tags;
} Scratch;

static double
evaluate (const Featurized *fz, const float *w, const float *transition, Scratch *s,
          double *f1_all)
{
  PrecisNerScore score = { 0 };
  const guint8 *gold = (const guint8 *) fz->corpus->gold->data;
  double p, r, f1;

  for (guint si = 0; si < fz->corpus->sentences->len; si++)
    {
      const PrecisNerRange *sr = &g_array_index (fz->corpus->sentences, PrecisNerRange, si);

      emissions (fz, w, sr->first, sr->n, s->emission);
      precis_ner_viterbi (s->emission, sr->n, transition, s->scores, s->back, s->tags);
      precis_ner_score_sentence (&score, gold + sr->first, s->tags, sr->n);
    }
  precis_ner_score_prf (&score, ~0u, &p, &r, f1_all);
  precis_ner_score_prf (&score, PRECIS_NER_TYPES_PER_ORG_LOC, &p, &r, &f1);
  return f1;
}

/* Averaged weights: w - u / c (Daumé's trick, one pass over the table). */
static void
average (const float *w, const float *u, gsize n, double c, float *out)
{
  for (gsize i = 0; i < n; i++)
    out[i] = (float) (w[i] - u[i] / c);
}

int
main (int argc, char **argv)
{
  g_autofree char *train_path = NULL, *dev_path = NULL, *gaz_dir = NULL, *output = NULL;
  int epochs = 12, bits = 20, seed = 1;
  GOptionEntry entries[] = {
    { "train", 0, 0, G_OPTION_ARG_FILENAME, &train_path, "CoNLL training file", "FILE" },
    { "dev", 0, 0, G_OPTION_ARG_FILENAME, &dev_path, "CoNLL file to pick the epoch on", "FILE" },
    { "gazetteers", 0, 0, G_OPTION_ARG_FILENAME, &gaz_dir, "Gazetteer directory", "DIR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Model file to write", "FILE" },
    { "epochs", 0, 0, G_OPTION_ARG_INT, &epochs, "Passes over the data (12)", "N" },
    { "bits", 0, 0, G_OPTION_ARG_INT, &bits, "log2 of the feature table size (20)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Shuffling seed (1)", "N" },
    { NULL }
  };
  g_autoptr (GOptionContext) options = g_option_context_new ("- train the NER tagger");
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || !train_path || !gaz_dir ||
      !output || bits < 10 || bits > 26 || epochs < 1)
    {
      g_printerr ("%s\nUsage: %s --train FILE --gazetteers DIR --output FILE [--dev FILE]\n",
                  error ? error->message : "missing or bad option", argv[0]);
      return 2;
    }

  g_autoptr (PrecisNerGazetteer) gaz = precis_ner_gazetteer_new (gaz_dir, &error);
  g_autoptr (PrecisNerCorpus) train = gaz ? precis_ner_corpus_load (train_path, &error) : NULL;
  g_autoptr (PrecisNerCorpus) dev = NULL;
  if (train && dev_path)
    dev = precis_ner_corpus_load (dev_path, &error);
  if (!train || (dev_path && !dev))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  guint32 mask = ((guint32) 1 << bits) - 1;
  gsize table = ((gsize) 1 << bits) * PRECIS_NER_N_TAGS;
  const gsize n_trans = (PRECIS_NER_N_TAGS + 1) * PRECIS_NER_N_TAGS;
  Featurized ftrain = { 0 }, fdev = { 0 };

  featurize (&ftrain, train, gaz, mask);
  if (dev)
    featurize (&fdev, dev, gaz, mask);
  g_printerr ("%u training tokens, %u sentences, %" G_GSIZE_FORMAT " feature occurrences\n",
              train->tokens->len, train->sentences->len, (gsize) ftrain.offsets[train->tokens->len]);

  float *w = g_new0 (float, table), *u = g_new0 (float, table), *avg = g_new0 (float, table);
  float *best = g_new0 (float, table);
  float tw[n_trans], tu[n_trans], tavg[n_trans], tbest[n_trans];
  double c = 1, best_f1 = -1;
  int best_epoch = 0;
  guint n_sent = train->sentences->len, max_len = 0;
  g_autofree guint *order = g_new (guint, n_sent);
  g_autoptr (GRand) rand = g_rand_new_with_seed ((guint32) seed);
  const guint8 *gold = (const guint8 *) train->gold->data;

  memset (tw, 0, sizeof tw);
  memset (tu, 0, sizeof tu);
  for (guint i = 0; i < n_sent; i++)
    {
      order[i] = i;
      max_len = MAX (max_len, g_array_index (train->sentences, PrecisNerRange, i).n);
    }
  if (dev)
    for (guint i = 0; i < dev->sentences->len; i++)
      max_len = MAX (max_len, g_array_index (dev->sentences, PrecisNerRange, i).n);

  Scratch s = {
    g_new (float, (gsize) max_len * PRECIS_NER_N_TAGS),
    g_new (float, (gsize) max_len * PRECIS_NER_N_TAGS),
    g_new (guint8, (gsize) max_len * PRECIS_NER_N_TAGS),
    g_new (guint8, max_len),
  };

  for (int epoch = 1; epoch <= epochs; epoch++)
    {
      guint errors = 0;

      for (guint i = n_sent - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1), tmp = order[i];
          order[i] = order[j];
          order[j] = tmp;
        }
      for (guint k = 0; k < n_sent; k++, c++)
        {
          const PrecisNerRange *sr = &g_array_index (train->sentences, PrecisNerRange, order[k]);
          const guint8 *g = gold + sr->first;

          emissions (&ftrain, w, sr->first, sr->n, s.emission);
          precis_ner_viterbi (s.emission, sr->n, tw, s.scores, s.back, s.tags);
          if (memcmp (g, s.tags, sr->n) == 0)
            continue;
          errors++;
          for (guint i = 0; i < sr->n; i++)
            {
              guint gp = i ? g[i - 1] : PRECIS_NER_N_TAGS;
              guint pp = i ? s.tags[i - 1] : PRECIS_NER_N_TAGS;

              if (g[i] != s.tags[i])
                for (guint32 f = ftrain.offsets[sr->first + i]; f < ftrain.offsets[sr->first + i + 1]; f++)
                  {
                    gsize row = (gsize) ftrain.ids[f] * PRECIS_NER_N_TAGS;
                    w[row + g[i]] += 1;
                    u[row + g[i]] += (float) c;
                    w[row + s.tags[i]] -= 1;
                    u[row + s.tags[i]] -= (float) c;
                  }
              if (gp != pp || g[i] != s.tags[i])
                {
                  tw[gp * PRECIS_NER_N_TAGS + g[i]] += 1;
                  tu[gp * PRECIS_NER_N_TAGS + g[i]] += (float) c;
                  tw[pp * PRECIS_NER_N_TAGS + s.tags[i]] -= 1;
                  tu[pp * PRECIS_NER_N_TAGS + s.tags[i]] -= (float) c;
                }
            }
        }

      average (w, u, table, c, avg);
      average (tw, tu, n_trans, c, tavg);
      if (dev)
        {
          double f1_all, f1 = evaluate (&fdev, avg, tavg, &s, &f1_all);

          g_printerr ("epoch %2d: %5u sentences wrong; dev F1 PER/ORG/LOC %.2f, all types %.2f\n",
                      epoch, errors, f1, f1_all);
          if (f1 > best_f1)
            {
              best_f1 = f1;
              best_epoch = epoch;
              memcpy (best, avg, table * sizeof (float));
              memcpy (tbest, tavg, sizeof tbest);
            }
        }
      else
        {
          g_printerr ("epoch %2d: %5u sentences wrong\n", epoch, errors);
          best_epoch = epoch;
          memcpy (best, avg, table * sizeof (float));
          memcpy (tbest, tavg, sizeof tbest);
        }
    }

  if (!precis_ner_model_write (output, (guint) bits, best, tbest, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_printerr ("wrote %s (epoch %d)\n", output, best_epoch);
  g_free (w);
  g_free (u);
  g_free (avg);
  g_free (best);
  g_free (s.emission);
  g_free (s.scores);
  g_free (s.back);
  g_free (s.tags);
  featurized_clear (&ftrain);
  featurized_clear (&fdev);
  return 0;
}
