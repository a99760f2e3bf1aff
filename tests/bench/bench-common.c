/* bench-common.c — the machine header, the corpus, clocks and quantiles.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "bench-common.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char *
cpu_model (void)
{
  g_autofree char *info = NULL;
  g_auto (GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/cpuinfo", &info, NULL, NULL))
    return g_strdup ("unknown");
  lines = g_strsplit (info, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "model name"))
      {
        const char *colon = strchr (lines[i], ':');

        if (colon != NULL)
          return g_strstrip (g_strdup (colon + 1));
      }
  return g_strdup ("unknown");
}

void
bench_print_machine (const char *command_line)
{
  g_autofree char *model = cpu_model ();
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M UTC");
  double load[3] = { 0, 0, 0 };

  if (getloadavg (load, 3) < 0)
    load[0] = -1;
  printf ("command: %s\n", command_line);
  printf ("machine: %u cores (nproc), %s; load average %.2f\n", g_get_num_processors (), model,
          load[0]);
  printf ("date:    %s\n\n", date);
}

GPtrArray *
bench_load_articles (const char *path, char **used_path)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *chosen = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");

  if (path != NULL)
    chosen = g_strdup (path);
  else if (shared != NULL &&
           g_file_test ((chosen = g_build_filename (shared, "summ", "bbc", "dev.jsonl", NULL)),
                        G_FILE_TEST_EXISTS))
    ;
  else
    {
      const char *data = g_getenv ("PRECIS_DATA_DIR");

      g_free (chosen);
      chosen = g_build_filename (data ? data : "data", "seed-article.txt", NULL);
    }

  if (!g_file_get_contents (chosen, &contents, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  if (!g_str_has_suffix (chosen, ".jsonl"))
    g_ptr_array_add (articles, g_steal_pointer (&contents));
  else
    {
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autoptr (JsonParser) parser = json_parser_new ();
          JsonNode *root;

          if (*lines[i] == '\0')
            continue;
          if (!json_parser_load_from_data (parser, lines[i], -1, &error))
            {
              g_printerr ("%s:%u: %s\n", chosen, i + 1, error->message);
              exit (1);
            }
          root = json_parser_get_root (parser);
          if (JSON_NODE_HOLDS_OBJECT (root) &&
              json_object_has_member (json_node_get_object (root), "article"))
            g_ptr_array_add (articles,
                             g_strdup (json_object_get_string_member (json_node_get_object (root),
                                                                      "article")));
        }
    }
  if (used_path != NULL)
    *used_path = g_steal_pointer (&chosen);
  return articles;
}

gint64
bench_thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

gint64
bench_wall_us (void)
{
  return g_get_monotonic_time ();
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_quantile (double *values, guint n, double q)
{
  guint index;

  if (n == 0)
    return 0;
  qsort (values, n, sizeof (double), compare_doubles);
  index = (guint) (q * (n - 1) + 0.5);
  return values[MIN (index, n - 1)];
}

gint64
bench_rss_kib (int pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line ? g_ascii_strtoll (line + 6, NULL, 10) : -1;
}

double
bench_process_cpu_ms (int pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", pid);
  g_autofree char *stat = NULL;
  g_auto (GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &stat, NULL, NULL) || (after_name = strrchr (stat, ')')) == NULL)
    return -1;
  /* After "(comm)": state is field 3, utime 14 and stime 15. */
  fields = g_strsplit (after_name + 2, " ", 0);
  if (g_strv_length (fields) < 13)
    return -1;
  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) * 1000.0 /
         (double) sysconf (_SC_CLK_TCK);
}
