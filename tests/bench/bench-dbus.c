/* bench-dbus.c — Analyze through a real dbus-daemon against a real precisd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   bench-dbus [CLIENTS] [CALLS-PER-CLIENT] [FILE.jsonl|FILE.txt] [RATE] [METHOD]
 *
 * Each client is a thread with its own connection making blocking calls
 * one after the other, as a desktop client would; latency is the wall
 * time of one round trip.  The articles of the corpus are sent in turn.
 * Without RATE (or 0) the clients call back to back: the daemon is
 * saturated and the figures are its throughput and the latency of a full
 * queue.  With RATE (calls/s over all clients) each client keeps to a
 * schedule, so latency is measured below saturation.  METHOD is Analyze
 * (the default), Summarize or ExtractFacts.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "bench-bus.h"
#include "bench-common.h"
#include "bus-fixture.h"

typedef struct {
  const char *address;
  const char *method;
  GPtrArray *articles;
  guint calls;
  guint offset;
  gint64 interval;         /* µs between calls of this client; 0: back to back */
  double *latencies;       /* µs, `calls` of them */
  guint errors;
  char *first_error;
} Client;

static gpointer
client_run (gpointer data)
{
  Client *c = data;
  DBusConnection *connection = bench_bus_connect (c->address);
  gint64 next = bench_wall_us () + (c->interval ? g_random_int_range (0, (gint32) c->interval) : 0);

  for (guint i = 0; i < c->calls; i++)
    {
      if (c->interval > 0)
        {
          gint64 now = bench_wall_us ();

          if (next > now)
            g_usleep ((gulong) (next - now));
          next += c->interval;
        }
      const char *text = c->articles->pdata[(c->offset + i) % c->articles->len];
      DBusMessage *call = bench_bus_text_call (c->method, text, NULL, 0);
      DBusError error = DBUS_ERROR_INIT;
      gint64 start = bench_wall_us ();
      DBusMessage *reply = dbus_connection_send_with_reply_and_block (connection, call, 30000, &error);

      c->latencies[i] = (double) (bench_wall_us () - start);
      dbus_message_unref (call);
      if (reply == NULL)
        {
          if (c->first_error == NULL)
            c->first_error = g_strdup_printf ("%s: %s", error.name, error.message);
          c->errors++;
          dbus_error_free (&error);
        }
      else
        dbus_message_unref (reply);
    }
  bench_bus_disconnect (connection);
  return NULL;
}

int
main (int argc, char **argv)
{
  guint n_clients = argc > 1 ? (guint) atoi (argv[1]) : 8;
  guint calls = argc > 2 ? (guint) atoi (argv[2]) : 500;
  double rate = argc > 4 ? atof (argv[4]) : 0;
  const char *method = argc > 5 ? argv[5] : "Analyze";
  g_autofree char *command = g_strjoinv (" ", argv);
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  g_autofree Client *clients = NULL;
  g_autofree GThread **threads = NULL;
  g_autofree double *all = NULL;
  BusFixture fixture;
  gint64 rss_start, rss_warm, rss_end, start, elapsed;
  double daemon_cpu, bus_cpu, client_cpu;
  int bus_pid;
  guint errors = 0, n = 0;
  double chars = 0;
  int pid;

  if (n_clients == 0 || calls == 0)
    return 1;
  articles = bench_load_articles (argc > 3 && *argv[3] ? argv[3] : NULL, &path);
  for (guint i = 0; i < articles->len; i++)
    chars += (double) g_utf8_strlen (articles->pdata[i], -1);
  bench_bus_use_build_plugins ();
  bus_fixture_setup (&fixture, NULL, FALSE);
  /* Extra precisd.conf lines, e.g. "[daemon]\nplugin-workers=false\n" to
   * compare analysis in worker processes with analysis in precisd. */
  if (g_getenv ("PRECIS_BENCH_CONF") != NULL)
    {
      g_autofree char *extra = g_strcompress (g_getenv ("PRECIS_BENCH_CONF"));
      g_autofree char *conf = g_strconcat (BUS_FIXTURE_TEST_CONFIG, extra, NULL);

      bus_fixture_write_config (&fixture, conf);
    }
  bus_fixture_start_daemon (&fixture, NULL);
  pid = atoi (g_subprocess_get_identifier (fixture.daemon));
  rss_start = bench_rss_kib (pid);

  /* Warm-up: one pass over a few articles, so that lazy loading is not timed. */
  for (guint i = 0; i < MIN (articles->len, 20u); i++)
    {
      DBusMessage *reply = bus_fixture_call (&fixture, bench_bus_text_call (method,
                                                                            articles->pdata[i],
                                                                            NULL, 0), NULL);
      if (reply == NULL)
        {
          fprintf (stderr, "warm-up call failed\n");
          return 1;
        }
      dbus_message_unref (reply);
    }
  rss_warm = bench_rss_kib (pid);

  clients = g_new0 (Client, n_clients);
  threads = g_new0 (GThread *, n_clients);
  bus_pid = atoi (g_subprocess_get_identifier (fixture.bus));
  /* precisd and its analysis workers: with workers (the default) the
   * analysis is theirs, and precisd alone would look five times cheaper. */
  daemon_cpu = bus_fixture_tree_cpu_s (pid) * 1000.0;
  bus_cpu = bench_process_cpu_ms (bus_pid);
  client_cpu = bench_process_cpu_ms (getpid ());
  start = bench_wall_us ();
  for (guint c = 0; c < n_clients; c++)
    {
      clients[c] = (Client) { fixture.address, method, articles, calls, c * 97,
                              rate > 0 ? (gint64) (n_clients * 1e6 / rate) : 0,
                              g_new0 (double, calls), 0, NULL };
      threads[c] = g_thread_new ("client", client_run, &clients[c]);
    }
  for (guint c = 0; c < n_clients; c++)
    g_thread_join (threads[c]);
  elapsed = bench_wall_us () - start;
  rss_end = bench_rss_kib (pid);
  daemon_cpu = bus_fixture_tree_cpu_s (pid) * 1000.0 - daemon_cpu;
  bus_cpu = bench_process_cpu_ms (bus_pid) - bus_cpu;
  client_cpu = bench_process_cpu_ms (getpid ()) - client_cpu;

  all = g_new (double, (gsize) n_clients * calls);
  for (guint c = 0; c < n_clients; c++)
    {
      memcpy (all + n, clients[c].latencies, calls * sizeof (double));
      n += calls;
      errors += clients[c].errors;
      if (clients[c].first_error != NULL)
        fprintf (stderr, "client %u: %s\n", c, clients[c].first_error);
      g_free (clients[c].latencies);
      g_free (clients[c].first_error);
    }

  {
    double p50 = bench_quantile (all, n, 0.5), p99 = bench_quantile (all, n, 0.99);
    g_autofree char *offered = rate > 0 ? g_strdup_printf ("%.0f/s", rate) : g_strdup ("back to back");

  bench_print_machine (command);
  printf ("corpus:  %s: %u articles, mean %.0f characters, sent in turn\n\n", path,
          articles->len, chars / articles->len);
  printf ("| clients | offered rate | calls | errors | wall s | %s/s | p50 ms | p99 ms | max ms | "
          "RSS start MB | RSS warm MB | RSS end MB |\n", method);
  printf ("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
  printf ("| %u | %s | %u | %u | %.2f | %.0f | %.3f | %.3f | %.3f | %.1f | %.1f | %.1f |\n",
          n_clients, offered, n, errors,
          elapsed / 1e6, n / (elapsed / 1e6), p50 / 1000, p99 / 1000, all[n - 1] / 1000,
          rss_start / 1024.0, rss_warm / 1024.0, rss_end / 1024.0);
  }
  printf ("\nCPU per call (ms, user+system): precisd and its workers %.3f, dbus-daemon %.3f, clients %.3f; "
          "2 cores / their sum = %.0f calls/s if nothing else ran\n",
          daemon_cpu / n, bus_cpu / n, client_cpu / n,
          2 * 1000.0 / ((daemon_cpu + bus_cpu + client_cpu) / n));
  printf ("\nbudgets: p50 ≤ 1 ms, p99 ≤ 5 ms with 8 clients, ≥ 2,000 Analyze/s, RSS ≤ 40 MB\n");

  bus_fixture_teardown (&fixture);
  return errors == 0 ? 0 : 1;
}
