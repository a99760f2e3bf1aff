/* bench-languages.c — precisd's memory with every language used once
 * (issue 15: RSS with all languages used once ≤ 80 MB).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Starts precisd on a private bus with the plugins of the build tree,
 * sends Analyze of the English seed article, then of one news paragraph
 * in each language of tests/fixtures/languages/, and reads VmRSS and
 * VmHWM (peak) from /proc after each answer: precisd's own, and the sum
 * over precisd and its precis-worker processes, where the analyses (and
 * the fact models) live; and their PSS, which counts the pages the
 * processes share (libraries, the mapped models) once.  Each fact model is loaded on the first text of
 * its language that a worker gets, so the rows show what each language
 * adds.
 *
 *   bench-languages
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-bus.h"
#include "bench-common.h"
#include "bus-fixture.h"

/* A /proc/PID/status field in KiB ("Pss:" from smaps_rollup), or -1. */
static long
status_kib (int pid, const char *field)
{
  g_autofree char *path = g_strdup_printf (strcmp (field, "Pss:") == 0 ? "/proc/%d/smaps_rollup"
                                                                       : "/proc/%d/status", pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return -1;
  return (long) g_ascii_strtoll (line + strlen (field), NULL, 10);
}

/* `field` summed over `pid` and its children (the precis-worker
 * processes, whichever thread started them). */
static long
family_kib (int pid, const char *field, guint *n_children)
{
  g_autoptr (GArray) children = bus_fixture_children (pid);
  long sum = status_kib (pid, field);

  for (guint i = 0; i < children->len; i++)
    sum += MAX (status_kib (g_array_index (children, int, i), field), 0);
  *n_children = children->len;
  return sum;
}

static void
print_row (const char *after, const char *text, int pid)
{
  guint n;
  double rss = family_kib (pid, "VmRSS:", &n) / 1024.0, hwm = family_kib (pid, "VmHWM:", &n) / 1024.0;
  double pss = family_kib (pid, "Pss:", &n) / 1024.0;

  printf ("| %s | %s | %.1f | %.1f | %u | %.1f | %.1f | %.1f |\n", after, text,
          status_kib (pid, "VmRSS:") / 1024.0, status_kib (pid, "VmHWM:") / 1024.0, n, rss, hwm, pss);
}

/* Sends Analyze of `text`; FALSE when it fails. */
static gboolean
analyze (DBusConnection *connection, const char *text)
{
  DBusMessage *call = bench_bus_text_call ("Analyze", text, NULL, 0);
  DBusError error = DBUS_ERROR_INIT;
  DBusMessage *reply = dbus_connection_send_with_reply_and_block (connection, call, 60000, &error);

  dbus_message_unref (call);
  if (reply == NULL)
    {
      fprintf (stderr, "Analyze: %s\n", error.message);
      dbus_error_free (&error);
      return FALSE;
    }
  dbus_message_unref (reply);
  return TRUE;
}

int
main (int argc, char **argv)
{
  static const char *const languages[] = { "de", "es", "fr", "it", "nl", "pt", "sv", "zh", "ja" };
  g_autofree char *command = g_strjoinv (" ", argv);
  g_autofree char *precisd = test_build_path ("daemon/precisd");
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) daemon = NULL;
  BusFixture fixture;
  DBusConnection *connection;
  int pid;
  gint64 start;

  bench_bus_use_build_plugins ();
  bus_fixture_setup (&fixture, NULL, FALSE);
  daemon = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, precisd, "--address",
                             fixture.address, NULL);
  if (daemon == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  start = bench_wall_us ();
  while (!dbus_bus_name_has_owner (fixture.client, "org.precis.Summarizer1", NULL))
    {
      if (bench_wall_us () - start > 10 * G_USEC_PER_SEC)
        {
          fprintf (stderr, "precisd did not take its name in 10 s\n");
          return 1;
        }
      g_usleep (1000);
    }
  pid = atoi (g_subprocess_get_identifier (daemon));
  connection = bench_bus_connect (fixture.address);

  bench_print_machine (command);
  printf ("| after | text | precisd VmRSS MB | precisd VmHWM MB | workers | with workers, VmRSS MB | "
          "with workers, VmHWM (sum of peaks) MB | with workers, PSS MB |\n"
          "|---|---|---:|---:|---:|---:|---:|---:|\n");
  print_row ("start (ready)", "", pid);
  {
    g_autofree char *seed = test_read_source_file ("data/seed-article.txt");

    if (!analyze (connection, seed))
      return 1;
    print_row ("en", "data/seed-article.txt", pid);
  }
  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = g_strdup_printf ("tests/fixtures/languages/%s.txt", languages[i]);
      g_autofree char *text = test_read_source_file (path);

      if (!analyze (connection, text))
        return 1;
      g_autofree char *after = g_strdup_printf ("+ %s", languages[i]);

      print_row (after, path, pid);
    }
  printf ("\nbudget: ≤ 80 MB with all languages used once (issue 15)\n");
  bench_bus_disconnect (connection);
  g_subprocess_send_signal (daemon, SIGTERM);
  g_subprocess_wait (daemon, NULL, NULL);
  bus_fixture_teardown (&fixture);
  return 0;
}
