/* ner-eval.c — entity-level P/R/F1 and speed of the `facts` tagger on CoNLL-2003.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Scores exact spans with conlleval's rules, per type and micro-averaged
 * over PER/ORG/LOC (MISC is tagged but the plugin drops it), and measures
 * model load time and tagging speed on one core: features, emissions and
 * Viterbi of every dev sentence, document context included.
 *
 *   ner-eval [--data-dir DIR] [--repeat N] [FILE.conll]
 *   ner-eval --through-pipeline [--validation] [--verbose] [--bus] [FILE.conll]
 *   ner-eval [--through-pipeline] --language es FILE.conll
 *   ner-eval --facts TEXT-FILE [--title TITLE]
 *   ner-eval --panels tests/fixtures/facts-panels/bbc-dev.tsv [--verbose] [BBC-DEV.jsonl]
 * FILE defaults to $PRECIS_SHARED_DATA/ner/conll2003/dev.conll and DIR to
 * $PRECIS_DATA_DIR; exits 77 (skipped) when the file is not there.
 *
 * --through-pipeline sends each document as a client would (ner-pipeline.h)
 * and adds the facts-panel metric (ner-panel.h); --validation scores only
 * the documents of FILE that tools/train-ner --validation held out
 * (precis_ner_is_validation_document).  --bus sends each document to
 * Analyze of a precisd on a private bus (tests/bus-fixture.c) that loads
 * the build tree's plugins and DIR's models, as a client would.
 */
#include "config.h"

#include "ner-conll.h"
#include "ner-panels.h"
#include "ner-pipeline.h"
#include "ner-tagger.h"

#include "bus-fixture.h"

#include <stdio.h>
#include <sys/stat.h>

static double
tag_corpus (const PrecisNerTagger *tagger, const PrecisNerCorpus *corpus, guint8 *predicted)
{
  PrecisNerWorkspace ws;
  const PrecisNerToken *tokens = (const PrecisNerToken *) corpus->tokens->data;
  const PrecisNerRange *sentences = (const PrecisNerRange *) corpus->sentences->data;
  gint64 start = g_get_monotonic_time ();

  precis_ner_workspace_init (&ws);
  for (guint d = 0; d < corpus->documents->len; d++)
    {
      const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, d);

      precis_ner_tagger_tag_document (tagger, &ws, tokens, sentences + doc->first, doc->n,
                                      predicted, NULL);
    }
  precis_ner_workspace_clear (&ws);
  return (g_get_monotonic_time () - start) / 1e6;
}

static const char *
tag_name (guint tag, char buffer[8])
{
  if (tag == 0)
    return "O";
  g_snprintf (buffer, 8, "%c-%s", precis_ner_tag_is_begin (tag) ? 'B' : 'I',
              precis_ner_type_name (precis_ner_tag_type (tag)));
  return buffer;
}

static gboolean
write_predictions (const char *path, const PrecisNerCorpus *corpus, const guint8 *predicted,
                   GError **error)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint s = 0; s < corpus->sentences->len; s++)
    {
      const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);

      for (guint i = r->first; i < r->first + r->n; i++)
        {
          const PrecisNerToken *t = &g_array_index (corpus->tokens, PrecisNerToken, i);
          char a[8], b[8];

          g_string_append_printf (out, "%.*s %s %s\n", (int) t->len, t->text,
                                  tag_name (g_array_index (corpus->gold, guint8, i), a),
                                  tag_name (predicted[i], b));
        }
      g_string_append_c (out, '\n');
    }
  return g_file_set_contents (path, out->str, (gssize) out->len, error);
}

static void
print_prf_row (const char *name, const PrecisNerScore *score, guint types)
{
  double p, r, f;

  precis_ner_score_prf (score, types, &p, &r, &f);
  g_print ("| %s | %.2f | %.2f | %.2f |\n", name, p, r, f);
}

static void
print_panel (const char *name, const PrecisNerPanelCounts *c)
{
  g_print ("%s: P %.2f (%u of %u facts right), R %.2f (%u of %u entities)\n", name,
           c->facts ? 100.0 * c->right / c->facts : 0, c->right, c->facts,
           c->entities ? 100.0 * c->claimed / c->entities : 0, c->claimed, c->entities);
}

static int
run_through_pipeline (const PrecisNerCorpus *corpus, const char *path, const char *data_dir,
                      PrecisConnection *connection, const char *language, gboolean validation, guint fold,
                      gboolean verbose, gboolean glue_elisions, double min_f1)
{
  PrecisNerPipelineScore score = { 0 };
  g_autoptr (GError) error = NULL;
  const char *how = connection != NULL ? "through D-Bus (Analyze of precisd on a private bus)"
                                       : "through the pipeline";
  double p, r, f;

  if (!precis_ner_eval_pipeline (corpus, data_dir, connection, language, verbose,
                                 validation ? PRECIS_NER_VALIDATION_EVERY : 1, validation ? fold : 0,
                                 glue_elisions, &score, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (validation && fold > 0)
    g_print ("# NER %s on %s (fold %u only), language option: %s\n\n", how, path, fold,
             language ? language : "none");
  else
    g_print ("# NER %s on %s%s, language option: %s\n\n", how, path,
             validation ? " (validation documents only)" : "", language ? language : "none");
  g_print ("| mentions | precision | recall | F1 |\n|---|---:|---:|---:|\n");
  for (guint t = PRECIS_NER_TYPE_PER; t <= PRECIS_NER_TYPE_LOC; t++)
    print_prf_row (precis_ner_type_name (t), &score.mentions, 1u << t);
  print_prf_row ("**micro PER/ORG/LOC**", &score.mentions, PRECIS_NER_TYPES_PER_ORG_LOC);
  print_panel ("facts panel (issue 14's measure, forms compared ignoring case)", &score.panel);
  print_panel ("facts panel, forms compared exactly", &score.panel_exact_case);
  g_print ("documents the pipeline read as another language than English: %u\n", score.not_english);
  g_print ("missed mentions: %u, of them %u in lines without any fact\n\n", score.missed,
           score.missed_in_silent);
  precis_ner_score_prf (&score.mentions, PRECIS_NER_TYPES_PER_ORG_LOC, &p, &r, &f);
  if (f < min_f1)
    {
      g_printerr ("FAIL: micro-F1 %.2f under %.2f\n", f, min_f1);
      return 1;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  g_autofree char *data_dir = NULL, *output = NULL;
  int repeat = 5;
  double min_f1 = 90;
  gboolean through_pipeline = FALSE, validation = FALSE, verbose = FALSE, as_is = FALSE;
  gboolean glue_elisions = FALSE, bus = FALSE;
  int fold = 0;
  g_autofree char *facts_path = NULL, *title = NULL, *panels_path = NULL, *language = NULL;
  GOptionEntry entries[] = {
    { "panels", 0, 0, G_OPTION_ARG_FILENAME, &panels_path,
      "Score hand-written facts panels of BBC dev articles (FILE: the articles, JSON Lines)", "TSV" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      "The text's language: its model (ner-LANGUAGE.model); through the pipeline, the "
      "`language` option sent (default: none, the pipeline decides)", "CODE" },
    { "facts", 0, 0, G_OPTION_ARG_FILENAME, &facts_path,
      "Print the facts of a plain-text article through the pipeline, and exit", "FILE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "With --facts: the article's title", "TITLE" },
    { "through-pipeline", 0, 0, G_OPTION_ARG_NONE, &through_pipeline,
      "Send each document through the text pipeline and the facts plugin; score mentions and the facts panel", NULL },
    { "bus", 0, 0, G_OPTION_ARG_NONE, &bus,
      "With --through-pipeline: send each document to Analyze of precisd on a private bus (the "
      "build tree's plugins, --data-dir's models) and score its reply", NULL },
    { "as-is", 0, 0, G_OPTION_ARG_NONE, &as_is,
      "With --through-pipeline: send the file's words as they are (the scorers repair double-encoded "
      "UTF-8 such as \"JosÃ©\" otherwise), so that the pipeline's own repair is measured", NULL },
    { "glue-elisions", 0, 0, G_OPTION_ARG_NONE, &glue_elisions,
      "With --through-pipeline: write elided words against the next word, as text has them "
      "(\"l'Allemagne\", \"dell'Unione\"; the CoNLL tokens are \"l'\" \"Allemagne\")", NULL },
    { "validation", 0, 0, G_OPTION_ARG_NONE, &validation,
      "Score only the validation documents train-ner --validation holds out of FILE", NULL },
    { "fold", 0, 0, G_OPTION_ARG_INT, &fold,
      "With --validation: score fold K instead (documents whose index is K modulo 10; train-ner "
      "--fold K holds them out)", "K" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      "With --through-pipeline: each document's wrong facts, missed entities and mentions", NULL },
    { "min-f1", 0, 0, G_OPTION_ARG_DOUBLE, &min_f1, "Fail under this micro-F1 over PER/ORG/LOC (90)", "F1" },
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "precis data directory", "DIR" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Timed passes (5)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write word, gold and predicted tag a line (conlleval's input)", "FILE" },
    { NULL }
  };
  g_autoptr (GOptionContext) options = g_option_context_new ("[FILE.conll]");
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || fold < 0 ||
      fold >= PRECIS_NER_VALIDATION_EVERY)
    {
      if (error == NULL)
        g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--fold: 0 to %d",
                     PRECIS_NER_VALIDATION_EVERY - 1);
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (data_dir == NULL)
    data_dir = g_strdup (g_getenv ("PRECIS_DATA_DIR") ? g_getenv ("PRECIS_DATA_DIR") : "data");
  if (facts_path)
    {
      if (!precis_ner_print_facts (facts_path, title, language, data_dir, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }
  if (panels_path)
    {
      g_autofree char *articles = argc > 1 ? g_strdup (argv[1])
                                  : g_getenv ("PRECIS_SHARED_DATA")
                                      ? g_build_filename (g_getenv ("PRECIS_SHARED_DATA"), "summ",
                                                          "bbc", "dev.jsonl", NULL)
                                      : NULL;
      double p, r;

      if (articles == NULL || !g_file_test (articles, G_FILE_TEST_EXISTS))
        {
          g_print ("SKIP: no BBC dev articles (give the file, or set PRECIS_SHARED_DATA)\n");
          return 77;
        }
      if (!precis_ner_eval_panels (panels_path, articles, data_dir, verbose, &p, &r, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }
  /* A relative path that is not here is looked for in the shared data
   * (how the eval suite names its sets). */
  if (argc > 1 && !g_file_test (argv[1], G_FILE_TEST_EXISTS) && !g_path_is_absolute (argv[1]) &&
      g_getenv ("PRECIS_SHARED_DATA"))
    path = g_build_filename (g_getenv ("PRECIS_SHARED_DATA"), argv[1], NULL);
  else if (argc > 1)
    path = g_strdup (argv[1]);
  else if (g_getenv ("PRECIS_SHARED_DATA"))
    path = g_build_filename (g_getenv ("PRECIS_SHARED_DATA"), "ner", "conll2003", "dev.conll", NULL);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_print ("SKIP: no CoNLL file (give one, or set PRECIS_SHARED_DATA)\n");
      return 77;
    }

  if (through_pipeline)
    {
      g_autoptr (PrecisNerCorpus) corpus =
          as_is ? precis_ner_corpus_load_as_is (path, &error) : precis_ner_corpus_load (path, &error);

      if (corpus == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (bus)
        {
          g_autofree char *absolute = g_canonicalize_filename (data_dir, NULL);
          g_autoptr (PrecisConnection) connection = NULL;
          BusFixture fixture;
          int status;

          /* The models scored are --data-dir's, whatever the environment says. */
          g_setenv ("PRECIS_DATA_DIR", absolute, TRUE);
          bus_fixture_use_plugins (PRECIS_BUILD_PLUGINDIR, absolute);
          bus_fixture_setup (&fixture, NULL, TRUE);
          connection = precis_connection_new_bus (fixture.address, NULL, &error);
          if (connection == NULL)
            {
              g_printerr ("precisd on a private bus: %s\n", error->message);
              bus_fixture_teardown (&fixture);
              return 1;
            }
          status = run_through_pipeline (corpus, path, absolute, connection, language, validation, (guint) fold,
                                         verbose, glue_elisions, min_f1);
          /* The connection goes before the bus it is on. */
          g_clear_object (&connection);
          bus_fixture_teardown (&fixture);
          return status;
        }
      return run_through_pipeline (corpus, path, data_dir, NULL, language, validation, (guint) fold, verbose,
                                   glue_elisions, min_f1);
    }

  /* Load time: the model file is mapped, the gazetteers parsed; measured
   * cold in this process (the page cache may be warm). */
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr (PrecisNerTagger) tagger =
      precis_ner_tagger_new_for_language (data_dir, language ? language : "en", &error);
  double load_ms = (g_get_monotonic_time () - t0) / 1e3;
  if (tagger == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_autofree char *model_name = g_strdup_printf ("ner-%s.model", language ? language : "en");
  g_autofree char *model_path = g_build_filename (data_dir, "models", model_name, NULL);
  struct stat st;
  if (stat (model_path, &st) != 0)
    st.st_size = 0;

  g_autoptr (PrecisNerCorpus) corpus = precis_ner_corpus_load (path, &error);
  if (corpus == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  guint n_tokens = corpus->tokens->len;
  g_autofree guint8 *predicted = g_new0 (guint8, n_tokens);
  double best = G_MAXDOUBLE, first_ms;

  /* The model is mapped lazily: the first document pays for paging it in. */
  {
    PrecisNerWorkspace ws;
    const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, 0);

    precis_ner_workspace_init (&ws);
    precis_ner_tagger_tag_document (tagger, &ws, (const PrecisNerToken *) corpus->tokens->data,
                                    (const PrecisNerRange *) corpus->sentences->data + doc->first,
                                    doc->n, predicted, NULL);
    precis_ner_workspace_clear (&ws);
    first_ms = (g_get_monotonic_time () - t0) / 1e3;
  }

  /* One warm-up pass, then the fastest of `repeat` (the machine is shared). */
  tag_corpus (tagger, corpus, predicted);
  for (int r = 0; r < MAX (repeat, 1); r++)
    best = MIN (best, tag_corpus (tagger, corpus, predicted));

  PrecisNerScore score = { 0 };
  const guint8 *gold = (const guint8 *) corpus->gold->data;
  for (guint d = 0; d < corpus->documents->len; d++)
    {
      const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, d);

      if (validation && d % PRECIS_NER_VALIDATION_EVERY != (guint) fold)
        continue;
      for (guint s = doc->first; s < doc->first + doc->n; s++)
        {
          const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);
          precis_ner_score_sentence (&score, gold + r->first, predicted + r->first, r->n);
        }
    }

  if (output && !write_predictions (output, corpus, predicted, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("# NER on %s\n\n", path);
  g_print ("%u tokens, %u sentences, %u documents\n\n", n_tokens, corpus->sentences->len,
           corpus->documents->len);
  g_print ("| type | gold | predicted | correct | precision | recall | F1 |\n");
  g_print ("|---|---:|---:|---:|---:|---:|---:|\n");
  for (guint t = PRECIS_NER_TYPE_PER; t < PRECIS_NER_N_TYPES; t++)
    {
      double p, r, f;
      precis_ner_score_prf (&score, 1u << t, &p, &r, &f);
      g_print ("| %s | %u | %u | %u | %.2f | %.2f | %.2f |\n", precis_ner_type_name (t),
               score.tp[t] + score.fn[t], score.tp[t] + score.fp[t], score.tp[t], p, r, f);
    }
  {
    double p, r, f;
    precis_ner_score_prf (&score, PRECIS_NER_TYPES_PER_ORG_LOC, &p, &r, &f);
    g_print ("| **micro PER/ORG/LOC** | | | | %.2f | %.2f | **%.2f** |\n", p, r, f);
    precis_ner_score_prf (&score, ~0u, &p, &r, &f);
    g_print ("| micro, all four | | | | %.2f | %.2f | %.2f |\n\n", p, r, f);
  }
  g_print ("speed: %.0f tokens/s on one thread (best of %d passes, %.3f s a pass)\n",
           n_tokens / best, MAX (repeat, 1), best);
  g_print ("model: %s, %.1f MB; tagger load (model mmap + gazetteers): %.1f ms; "
           "load and first document tagged: %.1f ms\n",
           model_path, st.st_size / 1e6, load_ms, first_ms);
  {
    double p, r, f;
    precis_ner_score_prf (&score, PRECIS_NER_TYPES_PER_ORG_LOC, &p, &r, &f);
    if (f < min_f1)
      {
        g_printerr ("FAIL: micro-F1 %.2f under %.2f\n", f, min_f1);
        return 1;
      }
  }
  return 0;
}
