/* bench-local.c — calls through libprecis' in-process connection.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   bench-local [CALLS] [FILE.jsonl|FILE.txt] [METHOD]
 *
 * What an app embedding precis pays for a call: precis_connection_new_local()
 * with the build's plugins, then CALLS synchronous calls (Analyze by
 * default, or Summarize or ExtractFacts) on the articles in turn, one at a
 * time from the main thread.  Run it under callgrind to count what the
 * connection adds to the analysis (options, reply, PrecisResult).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <precis/precis.h>

#include "bench-common.h"

static PrecisResult *
call (PrecisConnection *connection, const char *method, const char *text, GError **error)
{
  if (strcmp (method, "Summarize") == 0)
    return precis_connection_summarize (connection, text, NULL, NULL, error);
  if (strcmp (method, "ExtractFacts") == 0)
    return precis_connection_extract_facts (connection, text, NULL, NULL, error);
  return precis_connection_analyze (connection, text, NULL, NULL, error);
}

int
main (int argc, char **argv)
{
  guint calls = argc > 1 ? (guint) atoi (argv[1]) : 200;
  const char *method = argc > 3 ? argv[3] : "Analyze";
  const char *plugins[] = {
    PRECIS_BUILD_ROOT "/plugins/lead", PRECIS_BUILD_ROOT "/plugins/facts",
    PRECIS_BUILD_ROOT "/plugins/textrank", PRECIS_BUILD_ROOT "/plugins/newsrank",
    PRECIS_BUILD_ROOT "/plugins/ots", NULL,
  };
  g_autofree char *command = g_strjoinv (" ", argv);
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  g_autoptr (PrecisConnection) connection = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start, elapsed;

  if (g_getenv ("PRECIS_DATA_DIR") == NULL)
    g_setenv ("PRECIS_DATA_DIR", PRECIS_SOURCE_ROOT "/data", TRUE);
  articles = bench_load_articles (argc > 2 && *argv[2] ? argv[2] : NULL, &path);
  connection = precis_connection_new_local (plugins, NULL, &error);
  if (connection == NULL)
    {
      fprintf (stderr, "bench-local: %s\n", error->message);
      return 1;
    }
  start = bench_wall_us ();
  for (guint i = 0; i < calls; i++)
    {
      g_autoptr (PrecisResult) result = call (connection, method,
                                              articles->pdata[i % articles->len], &error);

      if (result == NULL)
        {
          fprintf (stderr, "bench-local: call %u: %s\n", i, error->message);
          return 1;
        }
    }
  elapsed = bench_wall_us () - start;
  bench_print_machine (command);
  printf ("corpus:  %s: %u articles\n\n", path, articles->len);
  printf ("%u %s calls in %.2f s: %.0f/s\n", calls, method, elapsed / 1e6, calls / (elapsed / 1e6));
  return 0;
}
