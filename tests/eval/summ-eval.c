/* summ-eval.c — ROUGE of summarizer plugins on JSON Lines data sets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   summ-eval [--plugins lead,textrank,newsrank,ots] [--cv DIR] [--limit N] [--bus]
 *             [--paired lead,ots:5]
 *             [DATA.jsonl...]    (default: every $PRECIS_SHARED_DATA/summ/NAME/dev.jsonl)
 *
 * Each article goes once through the real pipeline; every plugin then
 * ranks its sentences in-process and the summary is what the host keeps of
 * that ranking (precis_summary_choose), in document order, one sentence a
 * line, twice: N sentences, N being the reference's length when the
 * reference is extractive and 3 for abstractive highlights
 * (precis_eval_summary_sentences), and at `max-chars 350` (a client's
 * default 3 sentences within 350 characters; an article where no whole
 * sentence fits scores as an empty summary, where the host would cut one).
 * Then each article's short view (short.h: its first 5 to 8 prose
 * sentences, cut and read again by the pipeline, as a feed item or a
 * pasted paragraph comes), asked for 3 sentences and scored against the
 * story's reference (--no-short: not).
 * Scores are rouge-score's F1 (rouge.h) with a 95% bootstrap interval
 * (1,000 resamples, fixed seed); "ms" is the plugin's time per article,
 * "pipeline ms" the time of the analysis all plugins share.
 *
 * --cv DIR: plugins that have DIR/fold-F/models/NAME.weights (written by
 * train-newsrank --fold-models) are also run cross-validated: article A is summarized by
 * the model of fold hash(A.id) mod K, trained without it.  --train-cv
 * TRAINER makes those fold models first, from the same data sets, in a
 * temporary directory (what `meson test --suite eval summ-eval` does).
 *
 * --bus: also a row scored the way a client gets its summary: a real
 * dbus-daemon on a private bus with precisd on it (tests/bus-fixture.c),
 * the article's raw text sent to Summarize with the default plugin, the
 * same number of sentences (and max-chars, and title when the set has
 * one), the reply's sentences scored.  Its rows must equal the in-process
 * rows of the daemon's default plugin and its shipped model.  With --cv
 * or --train-cv, also one precisd a fold, each on a bus of its own and
 * reading a data folder of links whose models/ holds that fold's model
 * (fold_data_dir): an article goes to the daemon of its fold, as to the
 * in-process CV runner, so the held-out figure is measured through D-Bus.
 *
 * --paired: the cross-validated runner minus each named plugin, article by
 * article, with a bootstrap interval and each fold's mean (print_paired).
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <gmodule.h>
#include <precis/precis-plugin.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bus-fixture.h"
#include "dataset.h"
#include "pipeline.h"
#include "precis-internal.h"
#include "rouge.h"
#include "short.h"
#include "summary.h"

#define BOOTSTRAP_SAMPLES 1000
#define BOOTSTRAP_SEED 20040101u
#define MAX_CHARS 350
/* Folds of --paired without --cv: train-newsrank's default. */
#define DEFAULT_FOLDS 5

/* The lengths every plugin is scored at; AT_SHORT on the article's short
 * view (short.h), 3 sentences. */
enum { AT_SENTENCES, AT_MAX_CHARS, AT_SHORT, N_LENGTHS };

typedef struct {
  char *label;                 /* "newsrank" or "newsrank (5-fold CV)" */
  const PrecisPluginDescriptor *descriptor;  /* NULL: through `connections` */
  GPtrArray *connections;      /* --bus: precisd on a private bus, one or one per fold */
  char *twin;                  /* --bus: the in-process runner it must equal */
  GPtrArray *states;           /* one state, or one per fold */
  GArray *scores[N_LENGTHS][3];  /* double per article */
  gint64 microseconds;
  guint repeat;                /* time the best of this many runs */
  guint failures;
  char *text[N_LENGTHS];       /* the last article's summary at each length */
  guint differ[N_LENGTHS];     /* --bus: summaries unlike the in-process plugin's */
} Runner;

static void
runner_free (Runner *runner)
{
  g_clear_pointer (&runner->connections, g_ptr_array_unref);
  g_free (runner->twin);
  for (guint l = 0; l < N_LENGTHS; l++)
    g_free (runner->text[l]);
  for (guint i = 0; i < runner->states->len; i++)
    if (runner->descriptor->unload != NULL)
      runner->descriptor->unload (g_ptr_array_index (runner->states, i));
  g_ptr_array_unref (runner->states);
  for (guint l = 0; l < N_LENGTHS; l++)
    for (guint k = 0; k < 3; k++)
      g_array_unref (runner->scores[l][k]);
  g_free (runner->label);
  g_free (runner);
}

static const PrecisPluginDescriptor *
open_plugin (const char *plugin_dir, const char *name, GError **error)
{
  for (guint c = 0; c < 2; c++)
    {
      /* The build tree has a folder per plugin; an install puts them side by side. */
      g_autofree char *file = g_strconcat (name, ".so", NULL);
      g_autofree char *path = c == 0 ? g_build_filename (plugin_dir, name, file, NULL)
                                     : g_build_filename (plugin_dir, file, NULL);
      GModule *module;
      PrecisPluginEntry entry;
      const PrecisPluginDescriptor *descriptor;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      module = g_module_open (path, G_MODULE_BIND_LOCAL);
      if (module == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", g_module_error ());
          return NULL;
        }
      /* Evaluation runs to the end of the process: keep the module. */
      g_module_make_resident (module);
      if (!g_module_symbol (module, PRECIS_PLUGIN_ENTRY, (gpointer *) &entry))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s has no %s", path, PRECIS_PLUGIN_ENTRY);
          return NULL;
        }
      descriptor = entry ();
      if (descriptor->abi_version != PRECIS_PLUGIN_ABI_VERSION
          || (descriptor->capabilities & PRECIS_CAPABILITY_SUMMARIZE) == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s is not a summarizer of ABI %d",
                       path, PRECIS_PLUGIN_ABI_VERSION);
          return NULL;
        }
      return descriptor;
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no plugin “%s” in %s", name, plugin_dir);
  return NULL;
}

static Runner *
runner_new (const PrecisPluginDescriptor *descriptor, const char *label, const char *const *data_dirs,
            guint repeat, GError **error)
{
  Runner *runner = g_new0 (Runner, 1);

  runner->repeat = repeat;
  runner->descriptor = descriptor;
  runner->label = g_strdup (label);
  runner->states = g_ptr_array_new ();
  for (guint l = 0; l < N_LENGTHS; l++)
    for (guint k = 0; k < 3; k++)
      runner->scores[l][k] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; data_dirs[i] != NULL; i++)
    {
      gpointer state = NULL;

      if (descriptor->load != NULL && !descriptor->load (data_dirs[i], &state, error))
        {
          runner_free (runner);
          return NULL;
        }
      g_ptr_array_add (runner->states, state);
    }
  return runner;
}

static int
compare_u32 (const void *a, const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* What the host keeps of the ranking for `n` sentences within
 * `max_chars` (0: no limit), in document order, one a line. */
static char *
summary_text (const PrecisDocument *doc, GArray *ranked, guint n, guint max_chars, GError **error)
{
  g_autoptr (GArray) copy = g_array_copy (ranked);
  g_autoptr (GArray) chosen = NULL;
  g_autofree guint32 *picked = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree gboolean *seen = g_new0 (gboolean, doc->n_sentences + 1);

  for (guint i = 0; i < ranked->len; i++)
    {
      guint32 s = g_array_index (ranked, PrecisScoredSentence, i).sentence;

      if (s >= doc->n_sentences || !precis_sentence_is_content (&doc->sentences[s]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "sentence %u is not a content sentence", s);
          return NULL;
        }
      if (seen[s])
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "sentence %u ranked twice", s);
          return NULL;
        }
      seen[s] = TRUE;
    }
  chosen = precis_summary_choose (doc, copy, n, max_chars);
  picked = g_new (guint32, chosen->len + 1);
  for (guint i = 0; i < chosen->len; i++)
    picked[i] = g_array_index (chosen, PrecisScoredSentence, i).sentence;
  qsort (picked, chosen->len, sizeof (guint32), compare_u32);
  for (guint i = 0; i < chosen->len; i++)
    {
      const PrecisSentence *s = &doc->sentences[picked[i]];
      gsize at;

      if (i > 0)
        g_string_append_c (text, '\n');
      at = text->len;
      g_string_append_len (text, doc->text + s->byte_start, s->byte_end - s->byte_start);
      /* A sentence is one line for ROUGE-Lsum, even one that wrapped. */
      for (gsize k = at; k < text->len; k++)
        if (text->str[k] == '\n' || text->str[k] == '\r')
          text->str[k] = ' ';
    }
  return g_strdup (text->str);
}

static gint
compare_start (gconstpointer a, gconstpointer b)
{
  guint x = precis_summary_sentence_get_start (*(PrecisSummarySentence *const *) a);
  guint y = precis_summary_sentence_get_start (*(PrecisSummarySentence *const *) b);

  return x < y ? -1 : x > y;
}

/* What a client gets: the raw text to Summarize with the default plugin,
 * `n` sentences within `max_chars`; the reply's sentences in document
 * order, one a line. */
static char *
bus_summary_text (PrecisConnection *connection, const PrecisEvalArticle *article, const char *title,
                  guint n, guint max_chars, GError **error)
{
  g_autoptr (PrecisOptions) options = precis_options_new ();
  g_autoptr (PrecisResult) result = NULL;
  g_autoptr (GPtrArray) summary = NULL;
  g_autoptr (GString) text = g_string_new (NULL);

  precis_options_set_sentences (options, n);
  if (max_chars > 0)
    precis_options_set_max_chars (options, max_chars);
  if (title != NULL)
    precis_options_set_title (options, title);
  result = precis_connection_summarize (connection, article->article, options, NULL, error);
  if (result == NULL)
    return NULL;
  summary = g_ptr_array_copy (precis_result_get_summary (result), NULL, NULL);
  /* The copy would unref the result's sentences too. */
  g_ptr_array_set_free_func (summary, NULL);
  g_ptr_array_sort (summary, compare_start);
  for (guint i = 0; i < summary->len; i++)
    {
      gsize at;

      if (i > 0)
        g_string_append_c (text, '\n');
      at = text->len;
      g_string_append (text, precis_summary_sentence_get_text (g_ptr_array_index (summary, i)));
      for (gsize k = at; k < text->len; k++)
        if (text->str[k] == '\n' || text->str[k] == '\r')
          text->str[k] = ' ';
    }
  return g_strdup (text->str);
}

/* One length: `n` sentences, or the default 3 within MAX_CHARS. */
static void
run_length (Runner *runner, PrecisRouge *rouge, const PrecisEvalArticle *article, const PrecisDocument *doc,
            const PrecisRougeText *reference, guint n, guint length, const char *title)
{
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (PrecisScoredSentence));
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  gpointer state = runner->states->len == 0 ? NULL
                  : g_ptr_array_index (runner->states, runner->states->len == 1 ? 0
                                       : g_str_hash (article->id) % runner->states->len);
  guint32 target = length != AT_SENTENCES ? PRECIS_EVAL_HIGHLIGHT_SENTENCES : n;
  guint32 max_chars = length == AT_MAX_CHARS ? MAX_CHARS : 0;
  PrecisRequest request = { .n_sentences = target };
  PrecisRougeScores s = { { 0 } };
  gint64 best = G_MAXINT64;

  /* On a shared machine one run measures the neighbours too: with
   * --repeat, the fastest of several runs is the plugin's own time. */
  for (guint r = 0; r < MAX (runner->repeat, 1) && error == NULL; r++)
    {
      gint64 start = g_get_monotonic_time ();

      g_array_set_size (ranked, 0);
      g_clear_pointer (&text, g_free);
      if (runner->connections != NULL)
        text = bus_summary_text (g_ptr_array_index (runner->connections,
                                                    g_str_hash (article->id) % runner->connections->len),
                                 article, title, target, max_chars, &error);
      else if (!runner->descriptor->summarize (state, doc, &request, ranked, &error))
        runner->failures++;
      best = MIN (best, g_get_monotonic_time () - start);
    }
  if (length == AT_SENTENCES)
    runner->microseconds += best;
  if (runner->connections != NULL && error != NULL)
    runner->failures++;
  if (error == NULL && runner->connections == NULL)
    text = summary_text (doc, ranked, target, max_chars, &error);
  if (error != NULL)
    g_printerr ("summ-eval: %s on %s: %s\n", runner->label, article->id, error->message);
  else
    {
      g_autoptr (PrecisRougeText) candidate = precis_rouge_text_new (rouge, text);

      precis_rouge_compare (reference, candidate, &s);
    }
  g_free (runner->text[length]);
  runner->text[length] = g_steal_pointer (&text);
  g_array_append_val (runner->scores[length][0], s.rouge1.fmeasure);
  g_array_append_val (runner->scores[length][1], s.rouge2.fmeasure);
  g_array_append_val (runner->scores[length][2], s.rouge_lsum.fmeasure);
}

static void
run_article (Runner *runner, PrecisRouge *rouge, const PrecisEvalArticle *article,
             const PrecisDocument *doc, const PrecisRougeText *reference, guint n, const char *title)
{
  run_length (runner, rouge, article, doc, reference, n, AT_SENTENCES, title);
  run_length (runner, rouge, article, doc, reference, n, AT_MAX_CHARS, title);
}

/* --bus: each daemon's summary against the in-process one of the same
 * plugin and model (its twin), text for text, at `length`. */
static void
compare_bus (GPtrArray *runners, guint length)
{
  for (guint b = 0; b < runners->len; b++)
    {
      Runner *bus = g_ptr_array_index (runners, b);

      for (guint r = 0; bus->twin != NULL && r < runners->len; r++)
        {
          Runner *local = g_ptr_array_index (runners, r);

          if (g_str_equal (local->label, bus->twin))
            bus->differ[length] += g_strcmp0 (local->text[length], bus->text[length]) != 0;
        }
    }
}

static const char *const length_names[N_LENGTHS] = {
  [AT_SENTENCES] = "N sentences", [AT_MAX_CHARS] = "350 chars", [AT_SHORT] = "short: 3 of 5-8",
};

static void
print_row (const char *dataset, Runner *runner, guint length)
{
  guint n = runner->scores[length][0]->len;

  g_print ("| %s | %s | %s | %u |", dataset, length_names[length], runner->label, n);
  for (guint k = 0; k < 3; k++)
    {
      double mean, low, high;

      precis_rouge_bootstrap ((const double *) runner->scores[length][k]->data, n, BOOTSTRAP_SAMPLES,
                              BOOTSTRAP_SEED, &mean, &low, &high);
      g_print (" %.2f [%.2f, %.2f] |", 100 * mean, 100 * low, 100 * high);
    }
  if (length == AT_SENTENCES)
    g_print (" %.3f |\n", n > 0 ? runner->microseconds / 1000.0 / n : 0);
  else
    g_print (" |\n");
  if (runner->connections != NULL)
    g_print ("| | | (%u of these summaries differ from those of %s in-process) | | | | | |\n",
             runner->differ[length], runner->twin);
  if (runner->failures > 0)
    g_printerr ("summ-eval: %s failed on %u articles (scored 0)\n", runner->label, runner->failures);
}

/* Ready for the next data set. */
static void
runner_reset (Runner *runner, guint length)
{
  runner->differ[length] = 0;
  runner->failures = 0;
  for (guint k = 0; k < 3; k++)
    g_array_set_size (runner->scores[length][k], 0);
  if (length == AT_SENTENCES)
    runner->microseconds = 0;
}

/* --paired: `runner` minus `base` article by article (both scored the
 * same articles in the same order), R1 and R2 with a 95% bootstrap
 * interval of the mean difference and the share of resamples below the
 * bar (R1: `margin`, 0 to beat the base or 5 for "base + 5" as issue 13
 * asks of BBC; R2: 0, "not lose on ROUGE-2"), then the mean
 * difference on each fold (`folds`: the article's CV fold, hash(id) mod
 * K), so one sees whether a margin holds on every held-out part or rests
 * on a few. */
static void
print_paired (const char *dataset, const Runner *runner, const Runner *base, double margin, guint length,
              GArray *folds, guint n_folds)
{
  guint n = runner->scores[length][0]->len;
  g_autofree double *diff = g_new (double, n + 1);
  g_autofree double *sum = g_new0 (double, 2 * n_folds);
  g_autofree guint *count = g_new0 (guint, n_folds);

  if (n == 0 || base->scores[length][0]->len != n || folds->len != n)
    return;
  g_print ("| %s | %s | %s minus %s |", dataset, length_names[length], runner->label, base->label);
  for (guint k = 0; k < 2; k++)
    {
      double mean, low, high;

      for (guint i = 0; i < n; i++)
        {
          guint f = g_array_index (folds, guint, i);

          diff[i] = g_array_index (runner->scores[length][k], double, i) -
                    g_array_index (base->scores[length][k], double, i);
          sum[2 * f + k] += diff[i];
          count[f] += k == 0;
        }
      precis_rouge_bootstrap (diff, n, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED, &mean, &low, &high);
      g_print (" %+.2f [%+.2f, %+.2f] %.3f |", 100 * mean, 100 * low, 100 * high,
               precis_rouge_bootstrap_below (diff, n, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED,
                                             k == 0 ? margin / 100 : 0));
    }
  for (guint f = 0; f < n_folds; f++)
    g_print (" %+.2f/%+.2f", count[f] > 0 ? 100 * sum[2 * f] / count[f] : 0,
             count[f] > 0 ? 100 * sum[2 * f + 1] / count[f] : 0);
  g_print (" |\n");
}

static Runner *
find_runner (GPtrArray *runners, const char *label)
{
  for (guint r = 0; r < runners->len; r++)
    if (g_str_equal (((Runner *) g_ptr_array_index (runners, r))->label, label))
      return g_ptr_array_index (runners, r);
  return NULL;
}

/* --paired BASE[:MARGIN],...: the cross-validated runners (all the others
 * when there are none) against each base, at every length. */
static void
print_paired_table (const char *dataset, GPtrArray *runners, GStrv bases, GArray **folds, guint n_folds)
{
  gboolean any_cv = FALSE;

  for (guint r = 0; r < runners->len; r++)
    any_cv |= strstr (((Runner *) g_ptr_array_index (runners, r))->label, "-fold CV)") != NULL;
  g_print ("\n| data set | length | difference (paired, article by article) | ROUGE-1 [95%% CI] P(< bar) | "
           "ROUGE-2 [95%% CI] P(< bar) | R1/R2 on each fold (hash(id) mod %u) |\n|---|---|---|---|---|---|\n",
           n_folds);
  for (guint length = 0; length < N_LENGTHS; length++)
    for (guint b = 0; bases[b] != NULL; b++)
      {
        g_auto (GStrv) spec = g_strsplit (bases[b], ":", 2);
        const Runner *base = find_runner (runners, spec[0]);
        double margin = spec[1] != NULL ? g_ascii_strtod (spec[1], NULL) : 0;

        for (guint r = 0; base != NULL && r < runners->len; r++)
          {
            const Runner *runner = g_ptr_array_index (runners, r);
            gboolean is_base = FALSE;

            for (guint o = 0; bases[o] != NULL; o++)
              is_base |= g_str_has_prefix (bases[o], runner->label) &&
                         (bases[o][strlen (runner->label)] == '\0' || bases[o][strlen (runner->label)] == ':');
            if (!is_base && (!any_cv || strstr (runner->label, "-fold CV)") != NULL))
              print_paired (dataset, runner, base, margin, length, folds[length], n_folds);
          }
      }
  g_print ("P(< bar): the share of 1,000 bootstrap resamples of the articles whose mean difference is under "
           "the bar (ROUGE-1: 0, or the MARGIN after the base's name; ROUGE-2: 0).\n");
}

static GPtrArray *
default_datasets (void)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");
  /* Outside `meson test`: ../shared/data next to the source tree. */
  g_autofree char *summ = shared != NULL ? g_build_filename (shared, "summ", NULL)
                                         : g_build_filename (PRECIS_SOURCE_DATADIR, "..", "..", "shared", "data", "summ", NULL);
  g_autoptr (GDir) dir = g_dir_open (summ, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      char *path = g_build_filename (summ, name, "dev.jsonl", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, path);
      else
        g_free (path);
    }
  return paths;
}

/* A runner that asks precisd on each of `fixtures`' buses (one, or one
 * per fold: an article goes to the daemon of fold hash(id) mod K), named
 * after the plugin the daemons answer with by default; its twin is the
 * in-process runner of that plugin and the same models. */
static Runner *
bus_runner_new (GArray *fixtures, guint from, guint n, guint repeat, GError **error)
{
  g_autoptr (GPtrArray) connections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (PrecisResult) probe = NULL;
  Runner *runner;

  for (guint f = from; f < from + n; f++)
    {
      PrecisConnection *connection =
        precis_connection_new_bus (g_array_index (fixtures, BusFixture, f).address, NULL, error);

      if (connection == NULL)
        return NULL;
      g_ptr_array_add (connections, connection);
    }
  probe = precis_connection_summarize (g_ptr_array_index (connections, 0), "One sentence here. Another one there.",
                                       NULL, NULL, error);
  if (probe == NULL)
    return NULL;
  runner = g_new0 (Runner, 1);
  runner->repeat = repeat;
  runner->connections = g_steal_pointer (&connections);
  runner->twin = n > 1 ? g_strdup_printf ("%s (%u-fold CV)", precis_result_get_plugin (probe), n)
                       : g_strdup (precis_result_get_plugin (probe));
  runner->label = g_strdup_printf ("%s, D-Bus, default plugin%s", runner->twin, n > 1 ? "" : " (shipped model)");
  runner->states = g_ptr_array_new ();
  for (guint l = 0; l < N_LENGTHS; l++)
    for (guint k = 0; k < 3; k++)
      runner->scores[l][k] = g_array_new (FALSE, FALSE, sizeof (double));
  return runner;
}

/* A data folder for fold `fold`'s daemon: links to everything in
 * `data_dir`, but models/ links to `cv_dir`'s fold-F/models files where
 * the fold has one (newsrank.weights) and to the shipped ones elsewhere. */
static char *
fold_data_dir (const char *data_dir, const char *cv_dir, guint fold, GError **error)
{
  g_autofree char *fold_name = g_strdup_printf ("fold-%u", fold);
  g_autofree char *fold_models = g_build_filename (cv_dir, fold_name, "models", NULL);
  g_autofree char *models = g_build_filename (data_dir, "models", NULL);
  g_autofree char *dir = g_dir_make_tmp ("summ-eval-data-XXXXXX", error);
  g_autofree char *dir_models = NULL;
  g_autoptr (GDir) top = NULL, shipped = NULL;
  const char *name;

  if (dir == NULL || (top = g_dir_open (data_dir, 0, error)) == NULL ||
      (shipped = g_dir_open (models, 0, error)) == NULL)
    return NULL;
  while ((name = g_dir_read_name (top)) != NULL)
    {
      g_autofree char *target = g_build_filename (data_dir, name, NULL);
      g_autofree char *link = g_build_filename (dir, name, NULL);

      if (strcmp (name, "models") != 0 && symlink (target, link) != 0)
        goto failed;
    }
  dir_models = g_build_filename (dir, "models", NULL);
  if (g_mkdir (dir_models, 0700) != 0)
    goto failed;
  while ((name = g_dir_read_name (shipped)) != NULL)
    {
      g_autofree char *fold_file = g_build_filename (fold_models, name, NULL);
      g_autofree char *target = g_file_test (fold_file, G_FILE_TEST_EXISTS) ? g_strdup (fold_file)
                                                                             : g_build_filename (models, name, NULL);
      g_autofree char *link = g_build_filename (dir_models, name, NULL);

      if (symlink (target, link) != 0)
        goto failed;
    }
  return g_steal_pointer (&dir);

failed:
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", dir, g_strerror (errno));
  test_remove_tree (dir);
  return NULL;
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Runs the trainer with --fold-models into a new temporary directory. */
static gboolean
train_folds (const char *trainer, GPtrArray *datasets, char **dir, GError **error)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  int status = 0;

  *dir = g_dir_make_tmp ("summ-eval-XXXXXX", error);
  if (*dir == NULL)
    return FALSE;
  g_ptr_array_add (argv, (gpointer) trainer);
  g_ptr_array_add (argv, (gpointer) "--fold-models");
  g_ptr_array_add (argv, *dir);
  for (guint d = 0; d < datasets->len; d++)
    g_ptr_array_add (argv, datasets->pdata[d]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, error)
      || !g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: ", trainer);
      return FALSE;
    }
  g_print ("%s\n", out);
  return TRUE;
}

/* Removes what train_folds() made: DIR/fold-F/models/newsrank.weights. */
static void
remove_folds (const char *dir)
{
  for (guint f = 0;; f++)
    {
      g_autofree char *fold = g_strdup_printf ("fold-%u", f);
      g_autofree char *fold_dir = g_build_filename (dir, fold, NULL);
      g_autofree char *models = g_build_filename (fold_dir, "models", NULL);
      g_autofree char *weights = g_build_filename (models, "newsrank.weights", NULL);

      if (!g_file_test (fold_dir, G_FILE_TEST_IS_DIR))
        break;
      g_remove (weights);
      g_rmdir (models);
      g_rmdir (fold_dir);
    }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("[DATA.jsonl...] — ROUGE of summarizer plugins");
  /* NULL until parsed: GOption does not free a default it replaces. */
  g_autofree char *plugins = NULL;
  g_autofree char *plugin_dir = NULL;
  g_autofree char *cv_dir = NULL;
  g_autoptr (GPtrArray) runners = g_ptr_array_new_with_free_func ((GDestroyNotify) runner_free);
  g_autoptr (GPtrArray) datasets = NULL;
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  g_auto (GStrv) names = NULL;
  const char *data_dir = g_getenv ("PRECIS_DATA_DIR") != NULL ? g_getenv ("PRECIS_DATA_DIR") : PRECIS_SOURCE_DATADIR;
  int limit = 0, repeat = 1;
  gboolean no_title = FALSE, no_short = FALSE, bus = FALSE;
  g_autoptr (GArray) fixtures = g_array_new (FALSE, TRUE, sizeof (BusFixture));
  g_autoptr (GPtrArray) fold_dirs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *paired = NULL;
  g_auto (GStrv) bases = NULL;
  GArray *folds[N_LENGTHS];
  guint n_folds = DEFAULT_FOLDS;
  g_autofree char *trainer = NULL;
  g_autofree char *trained_dir = NULL;
  GOptionEntry entries[] = {
    { "plugins", 'p', 0, G_OPTION_ARG_STRING, &plugins, "Comma-separated plugins (default lead,textrank,newsrank,ots)", "LIST" },
    { "plugin-dir", 0, 0, G_OPTION_ARG_FILENAME, &plugin_dir, "Where the plugins are (default: the build tree)", "DIR" },
    { "cv", 0, 0, G_OPTION_ARG_FILENAME, &cv_dir, "Also run cross-validated models from DIR/fold-*/", "DIR" },
    { "train-cv", 0, 0, G_OPTION_ARG_FILENAME, &trainer,
      "Run this train-newsrank on the data sets first and use its fold models (as --cv)", "TRAINER" },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, "Only the first N articles of each set", "N" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Time the fastest of N runs per article (default 1)", "N" },
    { "no-title", 0, 0, G_OPTION_ARG_NONE, &no_title, "Do not give the articles' titles to the pipeline", NULL },
    { "no-short", 0, 0, G_OPTION_ARG_NONE, &no_short, "Do not also score each article's short view (short.h)", NULL },
    { "paired", 0, 0, G_OPTION_ARG_STRING, &paired,
      "Differences article by article from these plugins, with a bootstrap interval and each fold's mean; "
      "NAME:MARGIN also says how often the difference falls under MARGIN (e.g. lead,ots:5)", "LIST" },
    { "bus", 0, 0, G_OPTION_ARG_NONE, &bus,
      "Also score what precisd answers a client on a private bus (default plugin)", NULL },
    { NULL },
  };

  for (guint length = 0; length < N_LENGTHS; length++)
    folds[length] = g_array_new (FALSE, FALSE, sizeof (guint));
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("summ-eval: %s\n", error->message);
      return 2;
    }
  if (argc > 1)
    {
      datasets = g_ptr_array_new_with_free_func (g_free);
      for (int a = 1; a < argc; a++)
        g_ptr_array_add (datasets, g_strdup (argv[a]));
    }
  else
    {
      datasets = default_datasets ();
      g_ptr_array_sort (datasets, compare_paths);
    }
  if (plugins == NULL)
    plugins = g_strdup ("lead,textrank,newsrank,ots");
  if (plugin_dir == NULL)
    plugin_dir = g_strdup (PRECIS_BUILD_PLUGINDIR);
  if (paired != NULL)
    bases = g_strsplit (paired, ",", -1);
  if (datasets->len == 0)
    {
      g_print ("summ-eval: no data set (give one, or set PRECIS_SHARED_DATA): skipped\n");
      return 77;
    }
  if (trainer != NULL && !train_folds (trainer, datasets, &trained_dir, &error))
    {
      g_printerr ("summ-eval: %s\n", error->message);
      return 1;
    }
  if (trained_dir != NULL)
    {
      g_free (cv_dir);
      cv_dir = g_strdup (trained_dir);
    }
  if (!precis_pipeline_init (data_dir, &error))
    {
      g_printerr ("summ-eval: %s\n", error->message);
      return 1;
    }

  names = g_strsplit (plugins, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const PrecisPluginDescriptor *descriptor = open_plugin (plugin_dir, names[i], &error);
      const char *one[] = { data_dir, NULL };
      g_autofree char *fold0 = NULL, *model = NULL;
      Runner *runner;

      if (descriptor == NULL)
        {
          /* ots is optional at build time: say so and go on. */
          g_printerr ("summ-eval: %s: skipped\n", error->message);
          g_clear_error (&error);
          continue;
        }
      runner = runner_new (descriptor, names[i], one, (guint) MAX (repeat, 1), &error);
      if (runner == NULL)
        {
          g_printerr ("summ-eval: %s: %s\n", names[i], error->message);
          return 1;
        }
      g_ptr_array_add (runners, runner);

      /* Only plugins with a model of their own name in the folds. */
      model = g_strconcat (names[i], ".weights", NULL);
      fold0 = cv_dir != NULL ? g_build_filename (cv_dir, "fold-0", "models", model, NULL) : NULL;
      if (fold0 != NULL && descriptor->load != NULL && g_file_test (fold0, G_FILE_TEST_IS_REGULAR))
        {
          g_autoptr (GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *label = NULL;

          for (guint f = 0;; f++)
            {
              g_autofree char *fold = g_strdup_printf ("fold-%u", f);
              char *dir = g_build_filename (cv_dir, fold, NULL);

              if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
                {
                  g_free (dir);
                  break;
                }
              g_ptr_array_add (dirs, dir);
            }
          label = g_strdup_printf ("%s (%u-fold CV)", names[i], dirs->len);
          n_folds = dirs->len;
          g_ptr_array_add (dirs, NULL);
          runner = runner_new (descriptor, label, (const char *const *) dirs->pdata, (guint) MAX (repeat, 1), &error);
          if (runner == NULL)
            {
              g_printerr ("summ-eval: %s: %s\n", label, error->message);
              return 1;
            }
          g_ptr_array_add (runners, runner);
        }
    }

  if (bus)
    {
      guint n_cv = 0;
      Runner *runner;

      bus_fixture_use_plugins (plugin_dir, data_dir);
      /* One daemon with the shipped models, then one a fold with its models. */
      g_array_set_size (fixtures, 1);
      bus_fixture_setup (&g_array_index (fixtures, BusFixture, 0), NULL, TRUE);
      for (guint f = 0; cv_dir != NULL && f < n_folds && error == NULL; f++)
        {
          char *dir = fold_data_dir (data_dir, cv_dir, f, &error);

          if (dir == NULL)
            break;
          g_ptr_array_add (fold_dirs, dir);
          g_setenv ("PRECIS_DATA_DIR", dir, TRUE);
          g_array_set_size (fixtures, fixtures->len + 1);
          bus_fixture_setup (&g_array_index (fixtures, BusFixture, fixtures->len - 1), NULL, TRUE);
          n_cv++;
        }
      g_setenv ("PRECIS_DATA_DIR", data_dir, TRUE);
      runner = error == NULL ? bus_runner_new (fixtures, 0, 1, (guint) MAX (repeat, 1), &error) : NULL;
      if (runner != NULL)
        g_ptr_array_add (runners, runner);
      runner = error == NULL && n_cv > 1 ? bus_runner_new (fixtures, 1, n_cv, (guint) MAX (repeat, 1), &error) : NULL;
      if (runner != NULL)
        g_ptr_array_add (runners, runner);
      if (error != NULL)
        {
          g_printerr ("summ-eval: precisd on a private bus: %s\n", error->message);
          g_ptr_array_set_size (runners, 0);
          for (guint f = 0; f < fixtures->len; f++)
            bus_fixture_teardown (&g_array_index (fixtures, BusFixture, f));
          return 1;
        }
    }

  g_print ("| data set | length | plugin | articles | ROUGE-1 F1 [95%% CI] | ROUGE-2 F1 [95%% CI] | ROUGE-Lsum F1 [95%% CI] | ms/article |\n");
  g_print ("|---|---|---|---|---|---|---|---|\n");
  for (guint d = 0; d < datasets->len; d++)
    {
      const char *path = g_ptr_array_index (datasets, d);
      g_autoptr (GPtrArray) articles = precis_eval_dataset_load (path, &error);
      g_autofree char *parent = NULL, *dataset = NULL;
      gint64 pipeline_us = 0;
      guint done = 0, sentences = 0, short_done = 0;

      if (articles == NULL)
        {
          g_printerr ("summ-eval: %s\n", error->message);
          return 1;
        }
      parent = g_path_get_dirname (path);
      dataset = g_path_get_basename (parent);
      for (guint a = 0; a < articles->len && (limit <= 0 || done < (guint) limit); a++)
        {
          const PrecisEvalArticle *article = g_ptr_array_index (articles, a);
          PrecisPipelineOptions options = { .title = no_title ? NULL : article->title };
          g_autoptr (PrecisDocument) doc = NULL;
          g_autoptr (PrecisRougeText) reference = NULL;
          guint n = precis_eval_summary_sentences (article);
          guint fold;
          gint64 start;

          if (n == 0)
            continue;
          start = g_get_monotonic_time ();
          doc = precis_document_new (article->article, -1, &options);
          pipeline_us += g_get_monotonic_time () - start;
          reference = precis_rouge_text_new (rouge, article->reference);
          for (guint r = 0; r < runners->len; r++)
            run_article (g_ptr_array_index (runners, r), rouge, article, doc, reference, n, options.title);
          fold = g_str_hash (article->id) % n_folds;
          g_array_append_val (folds[AT_SENTENCES], fold);
          g_array_append_val (folds[AT_MAX_CHARS], fold);
          compare_bus (runners, AT_SENTENCES);
          compare_bus (runners, AT_MAX_CHARS);
          sentences += n;
          done++;
          if (!no_short)
            {
              g_autoptr (PrecisEvalArticle) opening = precis_eval_short_article (article, doc);
              g_autoptr (PrecisDocument) short_doc = NULL;

              if (opening == NULL)
                continue;
              short_doc = precis_document_new (opening->article, -1, &options);
              for (guint r = 0; r < runners->len; r++)
                run_length (g_ptr_array_index (runners, r), rouge, opening, short_doc, reference, n, AT_SHORT,
                            options.title);
              compare_bus (runners, AT_SHORT);
              g_array_append_val (folds[AT_SHORT], fold);
              short_done++;
            }
        }
      for (guint length = 0; length < N_LENGTHS; length++)
        for (guint r = 0; r < runners->len && (length != AT_SHORT || short_done > 0); r++)
          print_row (dataset, g_ptr_array_index (runners, r), length);
      if (bases != NULL)
        print_paired_table (dataset, runners, bases, folds, n_folds);
      for (guint length = 0; length < N_LENGTHS; length++)
        {
          g_array_set_size (folds[length], 0);
          for (guint r = 0; r < runners->len; r++)
            runner_reset (g_ptr_array_index (runners, r), length);
        }
      g_print ("\n%s: %u articles, N = %.1f sentences on average (the reference's length when it is extractive, "
               "else %d); pipeline %.3f ms/article (shared by all plugins)\n",
               dataset, done, done > 0 ? (double) sentences / done : 0, PRECIS_EVAL_HIGHLIGHT_SENTENCES,
               done > 0 ? pipeline_us / 1000.0 / done : 0);
      if (short_done > 0)
        g_print ("%s short: the opening of %u of them (the first %d-%d prose sentences, by a hash of the id; "
                 "the rest are no longer), 3 sentences against the whole story's reference\n",
                 dataset, short_done, PRECIS_EVAL_SHORT_MIN, PRECIS_EVAL_SHORT_MAX);
      if (cv_dir != NULL)
        g_print ("A plugin's row without \"CV\" uses its shipped model: when that was trained on these "
                 "articles, only its CV row is a fair figure.\n");
    }
  for (guint length = 0; length < N_LENGTHS; length++)
    g_array_unref (folds[length]);
  /* The connections go before the buses they are on, the daemons before
   * the models they read. */
  g_ptr_array_set_size (runners, 0);
  for (guint f = 0; f < fixtures->len; f++)
    bus_fixture_teardown (&g_array_index (fixtures, BusFixture, f));
  for (guint d = 0; d < fold_dirs->len; d++)
    test_remove_tree (g_ptr_array_index (fold_dirs, d));
  if (trained_dir != NULL)
    remove_folds (trained_dir);
  return 0;
}
