/* bench-large.c — one summarizer on a text at the size limit (issue 12).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   bench-large numbers PLUGIN       100,000 nine-digit numbers joined by ". " (1.1 MB)
 *   bench-large news PLUGIN [DATA]   2 MiB of news prose: the articles of DATA.jsonl
 *                                    (default $PRECIS_SHARED_DATA/summ/bbc/dev.jsonl,
 *                                    then cnndm) laid end to end, paragraphs kept
 *
 * Runs the real pipeline and the host's Summarize (3 sentences) in this
 * process and prints the wall time of each; run it under
 * `/usr/bin/time -v` for the peak RSS.  One plugin a run, so that the peak
 * is that summarizer's.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dataset.h"
#include "pipeline.h"
#include "plugin-host.h"
#include "summary.h"

#define NEWS_BYTES (2 * 1024 * 1024)

static char *
numbers_text (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "%s%09u", i > 0 ? ". " : "", 100000000u + (i * 7919u) % 900000000u);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static char *
news_text (const char *path, GError **error)
{
  const char *shared = g_getenv ("PRECIS_SHARED_DATA") != NULL ? g_getenv ("PRECIS_SHARED_DATA") : "../shared/data";
  g_autofree char *bbc = g_build_filename (shared, "summ", "bbc", "dev.jsonl", NULL);
  g_autofree char *cnndm = g_build_filename (shared, "summ", "cnndm", "dev.jsonl", NULL);
  const char *paths[] = { path != NULL ? path : bbc, path != NULL ? NULL : cnndm, NULL };
  GString *text = g_string_new (NULL);

  for (guint p = 0; paths[p] != NULL && text->len < NEWS_BYTES; p++)
    {
      g_autoptr (GPtrArray) articles = precis_eval_dataset_load (paths[p], error);

      if (articles == NULL)
        {
          g_string_free (text, TRUE);
          return NULL;
        }
      for (guint a = 0; a < articles->len && text->len < NEWS_BYTES; a++)
        {
          const PrecisEvalArticle *article = g_ptr_array_index (articles, a);

          g_string_append_printf (text, "%s\n\n", article->article);
        }
    }
  if (text->len > NEWS_BYTES)
    {
      /* Cut at a paragraph break inside the limit. */
      const char *cut = g_strrstr_len (text->str, NEWS_BYTES, "\n\n");

      g_string_truncate (text, cut != NULL ? (gsize) (cut - text->str) : NEWS_BYTES);
    }
  return g_string_free (text, FALSE);
}

int
main (int argc, char **argv)
{
  const char *plugin_dirs[] = {
    PRECIS_BUILD_PLUGINDIR "/lead", PRECIS_BUILD_PLUGINDIR "/textrank", PRECIS_BUILD_PLUGINDIR "/newsrank",
    PRECIS_BUILD_PLUGINDIR "/ots", NULL,
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisHost) host = NULL;
  g_autoptr (PrecisPlugin) plugin = NULL;
  g_autoptr (PrecisDocument) doc = NULL;
  g_autoptr (GArray) summary = NULL;
  g_autofree char *text = NULL;
  PrecisSummaryOptions options = PRECIS_SUMMARY_OPTIONS_INIT;
  gint64 start, parsed, done;

  if (argc < 3 || (strcmp (argv[1], "numbers") != 0 && strcmp (argv[1], "news") != 0))
    {
      g_printerr ("usage: bench-large numbers|news PLUGIN [DATA.jsonl]\n");
      return 2;
    }
  if (!precis_pipeline_init (NULL, &error))
    {
      g_printerr ("bench-large: %s\n", error->message);
      return 1;
    }
  host = precis_host_new (plugin_dirs);
  precis_host_rescan (host);
  plugin = precis_host_lookup (host, argv[2], PRECIS_CAPABILITY_SUMMARIZE, &error);
  text = strcmp (argv[1], "numbers") == 0 ? numbers_text () : news_text (argc > 3 ? argv[3] : NULL, &error);
  if (plugin == NULL || text == NULL)
    {
      g_printerr ("bench-large: %s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  doc = precis_document_new (text, -1, NULL);
  parsed = g_get_monotonic_time ();
  summary = precis_summarize (plugin, doc, &options, NULL, &error);
  done = g_get_monotonic_time ();
  if (summary == NULL)
    {
      g_printerr ("bench-large: %s: %s\n", argv[2], error->message);
      return 1;
    }
  printf ("%s, %s: %zu bytes, %u sentences; pipeline %.2f s, summarize %.2f s, total %.2f s; %u summary sentences\n",
          argv[1], argv[2], strlen (text), doc->n_sentences, (parsed - start) / 1e6, (done - parsed) / 1e6,
          (done - start) / 1e6, summary->len);
  return 0;
}
