/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * pipeline-bench: microseconds per article for precis_document_new.
 *
 *   pipeline-bench [FILE.jsonl|FILE.txt] [ROUNDS]
 *
 * Times are the thread's CPU time (the machine may be shared).
 * Without FILE: $PRECIS_SHARED_DATA/summ/bbc/dev.jsonl, else the seed
 * article.  Reports the mean and percentiles over articles, and the mean
 * scaled to 4,000 characters (the size the latency budget is set for).
 */
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pipeline.h"

static GPtrArray *
load_articles (const char *path)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  if (!g_str_has_suffix (path, ".jsonl"))
    {
      g_ptr_array_add (articles, g_steal_pointer (&contents));
      return articles;
    }

  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      JsonObject *object;

      if (*lines[i] == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, &error))
        {
          g_printerr ("%s:%u: %s\n", path, i + 1, error->message);
          exit (1);
        }
      object = json_node_get_object (json_parser_get_root (parser));
      if (json_object_has_member (object, "article"))
        g_ptr_array_add (articles, g_strdup (json_object_get_string_member (object, "article")));
    }
  return articles;
}

/* CPU time of this thread: the machine is shared, wall time is not ours. */
static gint64
cpu_time_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int argc, char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  g_autoptr (GError) error = NULL;
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 20;
  g_autofree double *per_article = NULL;
  double total_us = 0, total_chars = 0;
  guint64 checksum = 0;

  if (argc > 1)
    path = g_strdup (argv[1]);
  else if (shared != NULL &&
           g_file_test ((path = g_build_filename (shared, "summ", "bbc", "dev.jsonl", NULL)),
                        G_FILE_TEST_EXISTS))
    ;
  else
    {
      g_free (path);
      path = g_build_filename (g_getenv ("PRECIS_DATA_DIR") ? g_getenv ("PRECIS_DATA_DIR") : "data",
                               "seed-article.txt", NULL);
    }

  if (!precis_pipeline_init (NULL, &error))
    {
      g_printerr ("precis_pipeline_init: %s\n", error->message);
      return 1;
    }
  articles = load_articles (path);
  if (articles->len == 0 || rounds == 0)
    return 1;
  per_article = g_new (double, articles->len);

  /* Warm the stemmer and caches once. */
  precis_document_free (precis_document_new (articles->pdata[0], -1, NULL));

  for (guint i = 0; i < articles->len; i++)
    {
      const char *text = articles->pdata[i];
      gint64 start = cpu_time_us ();

      for (guint r = 0; r < rounds; r++)
        {
          PrecisDocument *doc = precis_document_new (text, -1, NULL);

          checksum += doc->n_tokens + doc->n_sentences;
          precis_document_free (doc);
        }
      per_article[i] = (double) (cpu_time_us () - start) / rounds;
      total_us += per_article[i];
      total_chars += g_utf8_strlen (text, -1);
    }

  qsort (per_article, articles->len, sizeof (double), compare_doubles);
  printf ("%s: %u articles, %u rounds each\n", path, articles->len, rounds);
  printf ("mean %.1f µs/article (%.0f chars), median %.1f, p95 %.1f, max %.1f\n",
          total_us / articles->len, total_chars / articles->len,
          per_article[articles->len / 2], per_article[articles->len * 95 / 100],
          per_article[articles->len - 1]);
  printf ("scaled to 4,000 characters: %.1f µs\n", total_us / total_chars * 4000);
  printf ("(checksum %" G_GUINT64_FORMAT ")\n", checksum);
  return 0;
}
