/* train-ner.c — trains the `facts` plugin's named-entity tagger.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An averaged structured perceptron over hashed features with first-order
 * transitions, decoded by Viterbi (Collins 2002), in two passes: the second
 * also sees how the first labelled each word across the document.  The
 * second pass learns from first-pass tags of the training set made by
 * models that did not see those documents (5-fold jackknife), so it trusts
 * them only as much as they deserve on new text.
 *
 * Sentences are visited in an order shuffled by a fixed seed, so the same
 * data give the same model byte for byte.  With --dev, each epoch is scored
 * there and the best epoch of each pass is the one kept.  With
 * --validation, every tenth document of the training file is left out
 * (precis_ner_is_validation_document) so that tests/eval/ner-eval
 * --validation can score the model on text it never saw nor was tuned on.
 * The model is written to data/models/ner-LANGUAGE.model unless --output
 * says otherwise; nothing in the features is specific to English.
 *
 *   train-ner --train train.conll --dev dev.conll --gazetteers data/gazetteers \
 *             --output data/models/ner-en.model
 */
#include "ner-conll.h"
#include "ner-model.h"

#include <stdio.h>
#include <string.h>

#define N_TRANS ((PRECIS_NER_N_TAGS + 1) * PRECIS_NER_N_TAGS)
#define N_FOLDS 5

typedef struct {
  PrecisNerCorpus *corpus;
  guint32 *offsets;  /* token i's features are ids[offsets[i] .. offsets[i+1]) */
  guint32 *ids;      /* already reduced to the table */
  guint *doc_of;     /* sentence → document */
} Featurized;

typedef struct {
  float *emission, *scores;
  guint8 *back;
} Scratch;

typedef struct {
  guint bits;
  gsize table;
  int epochs;
  guint32 seed;
  guint seeds;  /* models averaged, each shuffled by its own seed */
} Settings;

/* `first_tags`: the first pass's tags of every token, for second-pass
 * features; NULL for the first pass. */
static void
featurize (Featurized *out, PrecisNerCorpus *corpus, const PrecisNerGazetteer *gaz,
           const PrecisNerLexicon *lower_words, guint32 mask, const guint8 *first_tags)
{
  PrecisNerFeatures f;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  const PrecisNerToken *tokens = (const PrecisNerToken *) corpus->tokens->data;
  guint n_tokens = corpus->tokens->len;

  out->corpus = corpus;
  out->offsets = g_new (guint32, n_tokens + 1);
  out->doc_of = g_new (guint, corpus->sentences->len);
  precis_ner_features_init (&f);
  for (guint d = 0; d < corpus->documents->len; d++)
    {
      const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, d);
      PrecisNerDocContext context;
      PrecisNerHistory history;

      precis_ner_doc_context_init (&context);
      precis_ner_doc_context_set_lower_words (&context, lower_words);
      precis_ner_corpus_doc_context (corpus, d, &context);
      precis_ner_history_init (&history);
      if (first_tags)
        for (guint s = doc->first; s < doc->first + doc->n; s++)
          {
            const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);
            precis_ner_history_add_sentence (&history, tokens + r->first, r->n, first_tags + r->first);
          }
      for (guint s = doc->first; s < doc->first + doc->n; s++)
        {
          const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);

          out->doc_of[s] = d;
          precis_ner_features_extract (&f, gaz, &context, first_tags ? &history : NULL,
                                       first_tags ? first_tags + r->first : NULL,
                                       tokens + r->first, r->n);
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
      precis_ner_history_clear (&history);
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
  g_clear_pointer (&fz->doc_of, g_free);
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

/* Tags the sentences of `fz` whose document is in `fold` (all with -1). */
static void
predict (const Featurized *fz, const float *w, const float *transition, int fold, Scratch *s,
         guint8 *tags)
{
  for (guint si = 0; si < fz->corpus->sentences->len; si++)
    {
      const PrecisNerRange *sr = &g_array_index (fz->corpus->sentences, PrecisNerRange, si);

      if (fold >= 0 && fz->doc_of[si] % N_FOLDS != (guint) fold)
        continue;
      emissions (fz, w, sr->first, sr->n, s->emission);
      precis_ner_viterbi (s->emission, sr->n, transition, s->scores, s->back, tags + sr->first);
    }
}

static double
evaluate (const Featurized *fz, const float *w, const float *transition, Scratch *s,
          double *f1_all)
{
  PrecisNerScore score = { 0 };
  const guint8 *gold = (const guint8 *) fz->corpus->gold->data;
  g_autofree guint8 *tags = g_new0 (guint8, fz->corpus->tokens->len);
  double p, r, f1;

  predict (fz, w, transition, -1, s, tags);
  for (guint si = 0; si < fz->corpus->sentences->len; si++)
    {
      const PrecisNerRange *sr = &g_array_index (fz->corpus->sentences, PrecisNerRange, si);
      precis_ner_score_sentence (&score, gold + sr->first, tags + sr->first, sr->n);
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

static int
compare_hashes (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Trains on the sentences whose document is not in `skip_fold` (-1: all)
 * for settings->epochs epochs; with `dev`, keeps the best epoch there.
 * Writes the averaged weights to `out_w`/`out_t`, returns the epoch kept. */
static int
train (const Featurized *fz, int skip_fold, const Featurized *dev, const Settings *settings,
       Scratch *s, float *out_w, float *out_t, const char *label)
{
  gsize table = settings->table;
  g_autofree float *w = g_new0 (float, table);
  g_autofree float *u = g_new0 (float, table);
  g_autofree float *avg = dev ? g_new0 (float, table) : NULL;
  float tw[N_TRANS] = { 0 }, tu[N_TRANS] = { 0 }, tavg[N_TRANS];
  const PrecisNerCorpus *corpus = fz->corpus;
  const guint8 *gold = (const guint8 *) corpus->gold->data;
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GRand) rand = g_rand_new_with_seed (settings->seed);
  g_autofree guint8 *tags = g_new (guint8, corpus->tokens->len);
  double c = 1, best_f1 = -1;
  int best_epoch = 0;

  for (guint i = 0; i < corpus->sentences->len; i++)
    if (skip_fold < 0 || fz->doc_of[i] % N_FOLDS != (guint) skip_fold)
      g_array_append_val (order, i);

  for (int epoch = 1; epoch <= settings->epochs; epoch++)
    {
      guint errors = 0, *o = (guint *) order->data;

      for (guint i = order->len - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1), tmp = o[i];
          o[i] = o[j];
          o[j] = tmp;
        }
      for (guint k = 0; k < order->len; k++, c++)
        {
          const PrecisNerRange *sr = &g_array_index (corpus->sentences, PrecisNerRange, o[k]);
          const guint8 *g = gold + sr->first;
          guint8 *p = tags + sr->first;

          emissions (fz, w, sr->first, sr->n, s->emission);
          precis_ner_viterbi (s->emission, sr->n, tw, s->scores, s->back, p);
          if (memcmp (g, p, sr->n) == 0)
            continue;
          errors++;
          for (guint i = 0; i < sr->n; i++)
            {
              guint gp = i ? g[i - 1] : PRECIS_NER_N_TAGS;
              guint pp = i ? p[i - 1] : PRECIS_NER_N_TAGS;

              if (g[i] != p[i])
                for (guint32 f = fz->offsets[sr->first + i]; f < fz->offsets[sr->first + i + 1]; f++)
                  {
                    gsize row = (gsize) fz->ids[f] * PRECIS_NER_N_TAGS;
                    w[row + g[i]] += 1;
                    u[row + g[i]] += (float) c;
                    w[row + p[i]] -= 1;
                    u[row + p[i]] -= (float) c;
                  }
              if (gp != pp || g[i] != p[i])
                {
                  tw[gp * PRECIS_NER_N_TAGS + g[i]] += 1;
                  tu[gp * PRECIS_NER_N_TAGS + g[i]] += (float) c;
                  tw[pp * PRECIS_NER_N_TAGS + p[i]] -= 1;
                  tu[pp * PRECIS_NER_N_TAGS + p[i]] -= (float) c;
                }
            }
        }

      if (dev)
        {
          double f1_all, f1;

          average (w, u, table, c, avg);
          average (tw, tu, N_TRANS, c, tavg);
          f1 = evaluate (dev, avg, tavg, s, &f1_all);
          g_printerr ("%s epoch %2d: %5u sentences wrong; dev F1 PER/ORG/LOC %.2f, all types %.2f\n",
                      label, epoch, errors, f1, f1_all);
          if (f1 > best_f1)
            {
              best_f1 = f1;
              best_epoch = epoch;
              memcpy (out_w, avg, table * sizeof (float));
              memcpy (out_t, tavg, sizeof tavg);
            }
        }
      else
        g_printerr ("%s epoch %2d: %5u sentences wrong\n", label, epoch, errors);
    }
  if (!dev)
    {
      average (w, u, table, c, out_w);
      average (tw, tu, N_TRANS, c, out_t);
      best_epoch = settings->epochs;
    }
  return best_epoch;
}

/* train() once for each of settings->seeds shuffling seeds (seed, seed + 1,
 * ...), the averaged weights of those models averaged again.  One order of
 * the sentences makes a perceptron's weights wander by a point of F1 on
 * German (seed 1 to 3: dev 77.3 to 78.6); the mean of several orders is the
 * steadier model, as bagging is.  Returns the epoch kept by the first. */
static int
train_seeds (const Featurized *fz, int skip_fold, const Featurized *dev, const Settings *settings,
             Scratch *s, float *out_w, float *out_t, const char *label)
{
  Settings one = *settings;
  g_autofree float *w = NULL;
  float t[N_TRANS];
  int kept;

  kept = train (fz, skip_fold, dev, &one, s, out_w, out_t, label);
  if (settings->seeds <= 1)
    return kept;
  w = g_new (float, settings->table);
  for (guint k = 1; k < settings->seeds; k++)
    {
      g_autofree char *seed_label = g_strdup_printf ("%s seed %u", label, settings->seed + k);

      one.seed = settings->seed + k;
      train (fz, skip_fold, dev, &one, s, w, t, seed_label);
      for (gsize i = 0; i < settings->table; i++)
        out_w[i] += w[i];
      for (guint i = 0; i < N_TRANS; i++)
        out_t[i] += t[i];
    }
  for (gsize i = 0; i < settings->table; i++)
    out_w[i] /= (float) settings->seeds;
  for (guint i = 0; i < N_TRANS; i++)
    out_t[i] /= (float) settings->seeds;
  return kept;
}

static guint
longest_sentence (const PrecisNerCorpus *corpus)
{
  guint n = 0;

  for (guint i = 0; corpus && i < corpus->sentences->len; i++)
    n = MAX (n, g_array_index (corpus->sentences, PrecisNerRange, i).n);
  return n;
}

int
main (int argc, char **argv)
{
  g_auto (GStrv) train_paths = NULL, dev_paths = NULL;
  g_autofree char *gaz_dir = NULL, *output = NULL;
  g_autofree char *language = NULL;
  int epochs = 12, bits = 18, seed = 1, passes = 2, seeds = 1;
  gboolean validation = FALSE, with_lower_words = FALSE, ascii_copy = FALSE, given_names = FALSE,
           lower_words_for_rules = FALSE, surnames = FALSE, noun_words = FALSE, int8 = FALSE;
  int held_out = -1;
  GOptionEntry entries[] = {
    { "fold", 0, 0, G_OPTION_ARG_INT, &held_out,
      "Leave fold K (documents whose index is K modulo 10) out of training, for cross-validation "
      "(--fold 0 is --validation)", "K" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      "ISO 639-1 code: the default output is data/models/ner-LANGUAGE.model (en)", "CODE" },
    { "validation", 0, 0, G_OPTION_ARG_NONE, &validation,
      "Leave the validation documents (every tenth) out of training", NULL },
    { "train", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &train_paths,
      "CoNLL training file (repeat for several: each starts a document)", "FILE" },
    { "dev", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &dev_paths,
      "CoNLL file to pick the epochs on (repeatable)", "FILE" },
    { "gazetteers", 0, 0, G_OPTION_ARG_FILENAME, &gaz_dir,
      "Gazetteer directory (data/gazetteers, or data/gazetteers/LANGUAGE)", "DIR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Model file to write", "FILE" },
    { "epochs", 0, 0, G_OPTION_ARG_INT, &epochs, "Passes over the data (12)", "N" },
    { "bits", 0, 0, G_OPTION_ARG_INT, &bits, "log2 of the feature table size (18)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Shuffling seed (1)", "N" },
    { "passes", 0, 0, G_OPTION_ARG_INT, &passes, "Tagging passes, 1 or 2 (2)", "N" },
    { "lower-words", 0, 0, G_OPTION_ARG_NONE, &with_lower_words,
      "Keep the words the training text writes in lower case (as hashes) in the model, a feature of "
      "capitalized words: a sentence's first word that is no common word is a name", NULL },
    { "lower-words-for-rules", 0, 0, G_OPTION_ARG_NONE, &lower_words_for_rules,
      "Keep the words the training text writes in lower case (as hashes) in the model for the rules "
      "only, no feature: the weights are those of a model trained without them", NULL },
    { "noun-words", 0, 0, G_OPTION_ARG_NONE, &noun_words,
      "With --lower-words: also keep the words the training text writes capitalized inside a "
      "sentence and tags O (German's nouns) as words of the language for the model's features, "
      "marked apart for the rules: a sentence's first word that is a noun is no name", NULL },
    { "ascii-copy", 0, 0, G_OPTION_ARG_NONE, &ascii_copy,
      "Also train on a copy of the training text without its non-ASCII letters (\"Fr die Grnen\"), "
      "and match gazetteer phrases in both forms (and keep --lower-words by their ASCII bytes): for "
      "text copied without its umlauts", NULL },
    { "given-names", 0, 0, G_OPTION_ARG_NONE, &given_names,
      "Read the gazetteer's given names (given-names.tsv) as a feature, as the tagger will for this "
      "model: a given name the training text never met still opens a person's name", NULL },
    { "surnames", 0, 0, G_OPTION_ARG_NONE, &surnames,
      "Read the gazetteer's surnames (surnames.tsv) as a feature, as the tagger will for this model: "
      "a lone surname the training text never wrote alone is a person's name", NULL },
    { "int8", 0, 0, G_OPTION_ARG_NONE, &int8,
      "Write the weights as int8 instead of int16: half the table, so more of the rows a document "
      "reads stay in the caches (the epochs are chosen on the float weights either way)", NULL },
    { "seeds", 0, 0, G_OPTION_ARG_INT, &seeds,
      "Average the models of N shuffling seeds, --seed and the next ones (1)", "N" },
    { NULL }
  };
  g_autoptr (GOptionContext) options = g_option_context_new ("- train the NER tagger");
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (options, entries, NULL);
  if (g_option_context_parse (options, &argc, &argv, &error) && output == NULL)
    output = g_strdup_printf ("data/models/ner-%s.model", language ? language : "en");
  if (gaz_dir == NULL)
    gaz_dir = language && !g_str_equal (language, "en")
                  ? g_build_filename ("data", "gazetteers", language, NULL)
                  : g_strdup ("data/gazetteers");
  if (error || !train_paths || (with_lower_words && lower_words_for_rules) || (noun_words && !with_lower_words) || bits < 10 || bits > 26 || epochs < 1 || passes < 1 || passes > 2 || seeds < 1 || seeds > 64 ||
      held_out < -1 || held_out >= PRECIS_NER_VALIDATION_EVERY)
    {
      g_printerr ("%s\nUsage: %s --train FILE [--language CODE] [--gazetteers DIR] [--output FILE] [--dev FILE] [--validation | --fold K]\n",
                  error ? error->message : "missing or bad option", argv[0]);
      return 2;
    }

  if (given_names)
    {
      g_autofree char *names = g_build_filename (gaz_dir, "given-names.tsv", NULL);

      /* A model that asks for given names the directory lacks would be read
       * without the feature it learned. */
      if (!g_file_test (names, G_FILE_TEST_EXISTS))
        {
          g_printerr ("--given-names: no %s\n", names);
          return 2;
        }
    }
  if (surnames)
    {
      g_autofree char *names = g_build_filename (gaz_dir, "surnames.tsv", NULL);

      if (!g_file_test (names, G_FILE_TEST_EXISTS))
        {
          g_printerr ("--surnames: no %s\n", names);
          return 2;
        }
    }
  g_autoptr (PrecisNerGazetteer) gaz = precis_ner_gazetteer_new_reading (
      gaz_dir, (ascii_copy ? PRECIS_NER_GAZ_READ_ASCII : 0) | (given_names ? PRECIS_NER_GAZ_READ_GIVEN_NAMES : 0) |
                   (surnames ? PRECIS_NER_GAZ_READ_SURNAMES : 0),
      &error);
  g_autoptr (PrecisNerCorpus) train_set = gaz ? precis_ner_corpus_load_files (train_paths, &error) : NULL;
  g_autoptr (PrecisNerCorpus) dev_set = NULL;
  if (train_set && dev_paths)
    dev_set = precis_ner_corpus_load_files (dev_paths, &error);
  if (!train_set || (dev_paths && !dev_set))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (validation)
    precis_ner_corpus_drop_validation (train_set);
  else if (held_out >= 0)
    precis_ner_corpus_drop_fold (train_set, (guint) held_out);
  if (ascii_copy)
    precis_ner_corpus_add_ascii_copy (train_set);

  Settings settings = { (guint) bits, ((gsize) 1 << bits) * PRECIS_NER_N_TAGS, epochs, (guint32) seed,
                       (guint) seeds };
  guint32 mask = ((guint32) 1 << bits) - 1;
  guint max_len = MAX (longest_sentence (train_set), longest_sentence (dev_set));
  Scratch s = {
    g_new (float, (gsize) max_len * PRECIS_NER_N_TAGS),
    g_new (float, (gsize) max_len * PRECIS_NER_N_TAGS),
    g_new (guint8, (gsize) max_len * PRECIS_NER_N_TAGS),
  };
  Featurized ftrain = { 0 }, fdev = { 0 };
  float *w[2] = { g_new0 (float, settings.table), NULL };
  float t[2][N_TRANS];
  PrecisNerStageWeights stages[2];
  int kept;

  /* With the ASCII copy, the lower-case words are kept and asked by their
   * ASCII bytes: "Für", "Fr" and a copy's "Fьr" are all "fr". */
  g_autoptr (GArray) lower_hashes = with_lower_words || lower_words_for_rules
                                        ? precis_ner_corpus_lower_words (train_set, ascii_copy)
                                        : g_array_new (FALSE, FALSE, sizeof (guint32));
  /* The nouns join the lexicon (sorted again) and are kept apart too. */
  g_autoptr (GArray) noun_hashes = noun_words ? precis_ner_corpus_noun_words (train_set, ascii_copy)
                                              : g_array_new (FALSE, FALSE, sizeof (guint32));
  if (noun_hashes->len > 0)
    {
      g_array_append_vals (lower_hashes, noun_hashes->data, noun_hashes->len);
      g_array_sort (lower_hashes, compare_hashes);
    }
  PrecisNerLexicon lower_words = { (const guint32 *) lower_hashes->data, lower_hashes->len,
                                   (with_lower_words || lower_words_for_rules) && ascii_copy };
  PrecisNerLexicon nouns = { (const guint32 *) noun_hashes->data, noun_hashes->len, lower_words.folded };
  /* What the features see: none of the words kept for the rules only. */
  PrecisNerLexicon feature_words = lower_words_for_rules ? (PrecisNerLexicon) { NULL, 0, 0 } : lower_words;

  featurize (&ftrain, train_set, gaz, &feature_words, mask, NULL);
  if (dev_set)
    featurize (&fdev, dev_set, gaz, &feature_words, mask, NULL);
  g_printerr ("%u training tokens, %u sentences, %u documents\n", train_set->tokens->len,
              train_set->sentences->len, train_set->documents->len);
  kept = train_seeds (&ftrain, -1, dev_set ? &fdev : NULL, &settings, &s, w[0], t[0], "pass 1");
  g_printerr ("pass 1: epoch %d kept\n", kept);

  if (passes == 2)
    {
      g_autofree guint8 *jack = g_new0 (guint8, train_set->tokens->len);
      g_autofree guint8 *dev_first = dev_set ? g_new0 (guint8, dev_set->tokens->len) : NULL;
      g_autofree float *fold_w = g_new0 (float, settings.table);
      float fold_t[N_TRANS];
      Settings fold_settings = settings;
      Featurized ftrain2 = { 0 }, fdev2 = { 0 };

      /* First-pass tags of each training document from a model that never
       * saw it, trained as long as the kept first pass. */
      fold_settings.epochs = kept;
      for (int fold = 0; fold < N_FOLDS; fold++)
        {
          g_autofree char *label = g_strdup_printf ("fold %d", fold);
          train (&ftrain, fold, NULL, &fold_settings, &s, fold_w, fold_t, label);
          predict (&ftrain, fold_w, fold_t, fold, &s, jack);
        }
      if (dev_set)
        predict (&fdev, w[0], t[0], -1, &s, dev_first);

      featurize (&ftrain2, train_set, gaz, &feature_words, mask, jack);
      if (dev_set)
        featurize (&fdev2, dev_set, gaz, &feature_words, mask, dev_first);
      w[1] = g_new0 (float, settings.table);
      kept = train_seeds (&ftrain2, -1, dev_set ? &fdev2 : NULL, &settings, &s, w[1], t[1], "pass 2");
      g_printerr ("pass 2: epoch %d kept\n", kept);
      featurized_clear (&ftrain2);
      featurized_clear (&fdev2);
    }

  for (int i = 0; i < passes; i++)
    {
      stages[i].weights = w[i];
      stages[i].transition = t[i];
    }
  if (!precis_ner_model_write_with_nouns (output, (guint) bits, stages, (guint) passes, &lower_words, &nouns,
                               (ascii_copy ? PRECIS_NER_MODEL_ASCII_PHRASES : 0) |
                                   (lower_words.folded ? PRECIS_NER_MODEL_ASCII_LEXICON : 0) |
                                   (given_names ? PRECIS_NER_MODEL_GIVEN_NAMES : 0) |
                                   (lower_words_for_rules ? PRECIS_NER_MODEL_LEXICON_FOR_RULES : 0) |
                                   (surnames ? PRECIS_NER_MODEL_SURNAMES : 0) |
                                   (int8 ? PRECIS_NER_MODEL_INT8 : 0),
                               &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_printerr ("wrote %s\n", output);
  g_free (w[0]);
  g_free (w[1]);
  g_free (s.emission);
  g_free (s.scores);
  g_free (s.back);
  featurized_clear (&ftrain);
  featurized_clear (&fdev);
  return 0;
}
