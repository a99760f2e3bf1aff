/* bench-startup.c — precisd from exec to its name on the bus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   bench-startup [RUNS]
 *
 * precisd loads every plugin of its path (all bundled ones, the NER model
 * and gazetteers included) before it asks for its name, so the name
 * appearing marks a daemon ready to answer.  The name is polled every
 * 0.5 ms; each run ends with SIGTERM and a wait.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-bus.h"
#include "bench-common.h"
#include "bus-fixture.h"

int
main (int argc, char **argv)
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 20;
  g_autofree char *command = g_strjoinv (" ", argv);
  g_autofree char *precisd = test_build_path ("daemon/precisd");
  g_autofree double *times = NULL;
  g_autofree double *rss = NULL;
  BusFixture fixture;

  if (runs == 0)
    return 1;
  times = g_new (double, runs);
  rss = g_new (double, runs);
  bench_bus_use_build_plugins ();
  bus_fixture_setup (&fixture, NULL, FALSE);

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GSubprocess) daemon = NULL;
      gint64 start = bench_wall_us ();

      daemon = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, precisd, "--address",
                                 fixture.address, NULL);
      if (daemon == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      while (!dbus_bus_name_has_owner (fixture.client, "org.precis.Summarizer1", NULL))
        {
          if (bench_wall_us () - start > 10 * G_USEC_PER_SEC)
            {
              fprintf (stderr, "precisd did not take its name in 10 s\n");
              return 1;
            }
          g_usleep (500);
        }
      times[r] = (double) (bench_wall_us () - start) / 1000;
      rss[r] = (double) bench_rss_kib (atoi (g_subprocess_get_identifier (daemon))) / 1024;
      g_subprocess_send_signal (daemon, SIGTERM);
      g_subprocess_wait (daemon, NULL, NULL);
      /* The name must be gone before the next run polls for it. */
      while (dbus_bus_name_has_owner (fixture.client, "org.precis.Summarizer1", NULL))
        g_usleep (500);
    }

  bench_print_machine (command);
  printf ("| runs | median ms | min ms | max ms | RSS at ready, median MB |\n|---|---|---|---|---|\n");
  {
    double median = bench_quantile (times, runs, 0.5);   /* sorts `times` */

    printf ("| %u | %.1f | %.1f | %.1f | %.1f |\n", runs, median, times[0], times[runs - 1],
            bench_quantile (rss, runs, 0.5));
  }
  printf ("\nbudget: ≤ 150 ms\n");
  bus_fixture_teardown (&fixture);
  return 0;
}
