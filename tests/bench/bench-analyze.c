/* bench-analyze.c — what Analyze costs in-process, stage by stage, and
 * Summarize side by side with libots.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   bench-analyze [FILE.jsonl|FILE.txt] [ROUNDS] [analyze]
 *
 * With "analyze" only the Analyze call runs (no stages, no libots): the
 * mode to profile it with callgrind, whose counts are per call once divided
 * by ROUNDS + 1 (the warm-up).
 *
 * Times are the CPU time of the one thread that runs everything (the
 * machine is shared, so wall time would measure the neighbours).  Every
 * article runs ROUNDS times through each variant, interleaved, so that a
 * burst of load elsewhere hits all the columns alike and the ratios stay
 * honest.
 */
#include <stdio.h>
#include <stdlib.h>

#include "analysis.h"
#include "bench-common.h"
#include "data-dir.h"
#include "ner-entities.h"
#include "ner-mentions.h"
#include "pipeline.h"
#include "plugin-host.h"
#include "timex.h"

enum {
  STAGE_PIPELINE,      /* clean + segment + tokenize + stem */
  STAGE_NER,           /* tagging + entity grouping */
  STAGE_DATES,         /* timex find + normalize */
  STAGE_SUMMARIZE,     /* the summarizer plugin and length control */
  ANALYZE,             /* precis_analysis_run: everything Analyze does */
  SUMMARIZE,           /* precis_analysis_run with the summarizer only */
  OTS_SUMMARIZE,       /* the same with the ots plugin */
  OTS_PLUGIN,          /* the ots plugin alone on a ready document */
  N_COLUMNS
};

static const char *const column_names[N_COLUMNS] = {
  "pipeline (clean+segment+tokenize)", "NER tagging + entities", "dates (timex)",
  "summarize (newsrank plugin)", "Analyze total (summary + facts)",
  "Summarize total (newsrank)", "Summarize total (ots / libots)", "ots plugin alone",
};

static PrecisPlugin *
lookup (PrecisHost *host, const char *name, PrecisCapabilities capability)
{
  g_autoptr (GError) error = NULL;
  PrecisPlugin *plugin = precis_host_lookup (host, name, capability, &error);

  if (plugin == NULL)
    g_printerr ("plugin %s: %s\n", name, error->message);
  return plugin;
}

static double
run_analysis (const char *text, PrecisPlugin *summarizer, PrecisPlugin *extractor,
              guint64 *checksum)
{
  g_auto (PrecisCallOptions) options;
  PrecisAnalysis analysis = { 0 };
  gint64 start;

  precis_call_options_init (&options);
  analysis.text = text;
  analysis.length = strlen (text);
  analysis.options = &options;
  analysis.summarizer = summarizer != NULL ? precis_plugin_ref (summarizer) : NULL;
  analysis.extractor = extractor != NULL ? precis_plugin_ref (extractor) : NULL;
  start = bench_thread_cpu_us ();
  precis_analysis_run (&analysis);
  start = bench_thread_cpu_us () - start;
  if (analysis.error != NULL)
    {
      g_printerr ("analysis: %s\n", analysis.error->message);
      exit (1);
    }
  *checksum += (analysis.summary ? analysis.summary->len : 0) +
               (analysis.facts ? analysis.facts->len : 0);
  precis_analysis_clear (&analysis);
  return (double) start;
}

int
main (int argc, char **argv)
{
  const char *plugin_dirs[] = {
    PRECIS_BUILD_ROOT "/plugins/lead",     PRECIS_BUILD_ROOT "/plugins/facts",
    PRECIS_BUILD_ROOT "/plugins/textrank", PRECIS_BUILD_ROOT "/plugins/newsrank",
    PRECIS_BUILD_ROOT "/plugins/ots",      NULL,
  };
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *command = g_strjoinv (" ", argv);
  g_autoptr (GPtrArray) articles = NULL;
  g_autoptr (PrecisHost) host = NULL;
  g_autoptr (PrecisPlugin) newsrank = NULL;
  g_autoptr (PrecisPlugin) facts = NULL;
  g_autoptr (PrecisPlugin) ots = NULL;
  g_autoptr (PrecisTimexRules) timex = NULL;
  PrecisNerTagger *tagger;
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 3;
  gboolean analyze_only = argc > 3 && g_str_equal (argv[3], "analyze");
  double *columns[N_COLUMNS];
  double sums[N_COLUMNS] = { 0 };
  g_autoptr (GArray) mid_sized = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) calls = g_array_new (FALSE, FALSE, sizeof (double));
  double total_chars = 0;
  guint64 checksum = 0;

  if (!precis_pipeline_init (NULL, &error) ||
      (tagger = precis_ner_tagger_new (precis_data_dir (), &error)) == NULL ||
      (timex = precis_timex_rules_new (&error)) == NULL)
    {
      g_printerr ("init: %s\n", error->message);
      return 1;
    }
  host = precis_host_new (plugin_dirs);
  precis_host_rescan (host);
  newsrank = lookup (host, "newsrank", PRECIS_CAPABILITY_SUMMARIZE);
  facts = lookup (host, "facts", PRECIS_CAPABILITY_FACTS);
  ots = lookup (host, "ots", PRECIS_CAPABILITY_SUMMARIZE);
  if (newsrank == NULL || facts == NULL)
    return 1;

  articles = bench_load_articles (argc > 1 && *argv[1] ? argv[1] : NULL, &path);
  if (articles->len == 0 || rounds == 0)
    return 1;
  for (guint c = 0; c < N_COLUMNS; c++)
    columns[c] = g_new0 (double, articles->len);

  /* Warm caches and lazy tables once. */
  run_analysis (articles->pdata[0], newsrank, facts, &checksum);

  for (guint i = 0; i < articles->len; i++)
    {
      const char *text = articles->pdata[i];
      double t[N_COLUMNS] = { 0 };
      glong chars = g_utf8_strlen (text, -1);

      for (guint r = 0; r < rounds; r++)
        {
          PrecisSummaryOptions summary_options = PRECIS_SUMMARY_OPTIONS_INIT;
          g_autoptr (PrecisDocument) doc = NULL;
          g_autoptr (GArray) mentions = NULL;
          g_autoptr (GPtrArray) entities = NULL;
          g_autoptr (GArray) times = NULL;
          PrecisNerLowerWords lower_words;
          g_autoptr (GArray) summary = NULL;
          gint64 s;

          if (analyze_only)
            {
              double call = run_analysis (text, newsrank, facts, &checksum);

              t[ANALYZE] += call;
              g_array_append_val (calls, call);
              continue;
            }
          s = bench_thread_cpu_us ();
          doc = precis_document_new (text, -1, NULL);
          t[STAGE_PIPELINE] += (double) (bench_thread_cpu_us () - s);

          s = bench_thread_cpu_us ();
          precis_ner_lower_words_init (&lower_words, doc);
          mentions = precis_ner_mentions_find (tagger, doc, &lower_words, NULL);
          entities = precis_ner_entities_group (doc, precis_ner_tagger_gazetteer (tagger), mentions, &lower_words);
          precis_ner_lower_words_clear (&lower_words);
          t[STAGE_NER] += (double) (bench_thread_cpu_us () - s);

          s = bench_thread_cpu_us ();
          times = precis_timex_find (timex, doc);
          t[STAGE_DATES] += (double) (bench_thread_cpu_us () - s);

          s = bench_thread_cpu_us ();
          summary = precis_summarize (newsrank, doc, &summary_options, NULL, &error);
          t[STAGE_SUMMARIZE] += (double) (bench_thread_cpu_us () - s);
          if (summary == NULL)
            {
              g_printerr ("summarize: %s\n", error->message);
              return 1;
            }
          checksum += entities->len + times->len + summary->len;

          t[ANALYZE] += run_analysis (text, newsrank, facts, &checksum);
          t[SUMMARIZE] += run_analysis (text, newsrank, NULL, &checksum);
          if (ots != NULL)
            {
              g_autoptr (GArray) ots_summary = NULL;

              t[OTS_SUMMARIZE] += run_analysis (text, ots, NULL, &checksum);
              s = bench_thread_cpu_us ();
              ots_summary = precis_summarize (ots, doc, &summary_options, NULL, NULL);
              t[OTS_PLUGIN] += (double) (bench_thread_cpu_us () - s);
              checksum += ots_summary ? ots_summary->len : 0;
            }
        }
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          columns[c][i] = t[c] / rounds;
          sums[c] += columns[c][i];
        }
      if (chars >= 3000 && chars <= 5000)
        g_array_append_val (mid_sized, columns[ANALYZE][i]);
      total_chars += (double) chars;
    }

  bench_print_machine (command);
  printf ("corpus:  %s: %u articles, mean %.0f characters; %u rounds each; "
          "thread CPU time, µs per article\n\n",
          path, articles->len, total_chars / articles->len, rounds);
  printf ("| %-34s | %8s | %8s | %8s | %10s | %12s |\n", "stage", "mean", "median", "p99",
          "per 4,000 ch", "articles/s");
  printf ("|%s|%s|%s|%s|%s|%s|\n", "------------------------------------", "----------",
          "----------", "----------", "--------------", "--------------");
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double mean = sums[c] / articles->len;

      if (mean == 0)
        continue;
      printf ("| %-34s | %8.1f | %8.1f | %8.1f | %12.1f | %12.0f |\n", column_names[c], mean,
              bench_quantile (columns[c], articles->len, 0.5),
              bench_quantile (columns[c], articles->len, 0.99), sums[c] / total_chars * 4000,
              G_USEC_PER_SEC / mean);
    }
  printf ("\nAnalyze, articles of 3,000-5,000 characters (%u): median %.1f µs (budget 1,000)\n",
          mid_sized->len, bench_quantile ((double *) mid_sized->data, mid_sized->len, 0.5));
  /* Every call apart, not the mean of an article's rounds: the median of
   * the seed article's calls is issue 14's figure, and it shrugs off the
   * bursts of a shared machine that a mean takes in. */
  if (calls->len > 0)
    printf ("Analyze, every call (%u): median %.1f µs, p99 %.1f µs\n", calls->len,
            bench_quantile ((double *) calls->data, calls->len, 0.5),
            bench_quantile ((double *) calls->data, calls->len, 0.99));
  if (sums[OTS_SUMMARIZE] > 0)
    {
      printf ("Summarize ratio ots / newsrank, whole call (pipeline included): %.1f× "
              "(budget ≥ 10×)\n", sums[OTS_SUMMARIZE] / sums[SUMMARIZE]);
      printf ("Summarizer ratio ots plugin / newsrank plugin on the same document: %.1f×\n",
              sums[OTS_PLUGIN] / sums[STAGE_SUMMARIZE]);
    }
  else
    printf ("ots plugin not built: no libots comparison\n");
  printf ("(checksum %" G_GUINT64_FORMAT ")\n", checksum);

  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (columns[c]);
  precis_ner_tagger_free (tagger);
  return 0;
}
