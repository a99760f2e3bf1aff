/* soak.c — many mixed calls against one precisd: every well-formed call
 * answered, none lost, memory flat.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   soak [CALLS] [CLIENTS] [SEED]
 *
 * CLIENTS threads, each with its own connection, draw calls at random:
 * every method with good input, bad input (unknown plugin, options of the
 * wrong type, a wrong signature, empty or random text, text over
 * max-text-bytes, unreachable URLs), and now and then a client that sends
 * a few calls and disconnects without waiting for them.  A call counts as
 * lost when no reply at all comes back (a time-out or a dropped
 * connection); good input answered with an error, or bad input answered
 * with success, counts as wrong.  RSS is read at the start, after the
 * first 10 % of the calls (warm-up) and at the end.
 */
#include <stdio.h>
#include <stdlib.h>

#include "bench-bus.h"
#include "bench-common.h"
#include "bus-fixture.h"

typedef enum {
  GOOD,         /* must succeed */
  BAD,          /* must be answered with an error */
  ANY,          /* must be answered */
} Expect;

typedef struct {
  const char *address;
  GPtrArray *articles;
  const char *huge;
  guint total;
  gint *done;
  guint32 seed;
  /* Out. */
  guint sent, answered, lost, wrong, abandoned, disconnects;
  GHashTable *outcomes;   /* "Method: outcome" → count */
} Client;

static DBusMessage *
plain_call (const char *member, int first_type, ...)
{
  DBusMessage *call = dbus_message_new_method_call ("org.precis.Summarizer1",
                                                    "/org/precis/Summarizer1",
                                                    "org.precis.Summarizer1", member);
  va_list args;

  va_start (args, first_type);
  dbus_message_append_args_valist (call, first_type, args);
  va_end (args);
  return call;
}

/* Analyze with sentences given as a string: InvalidArgs. */
static DBusMessage *
wrong_option_call (const char *text)
{
  DBusMessage *call = plain_call ("Analyze", DBUS_TYPE_STRING, &text, DBUS_TYPE_INVALID);
  DBusMessageIter iter, dict, entry, variant;
  const char *key = "sentences", *value = "three";

  dbus_message_iter_init_append (call, &iter);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict);
  dbus_message_iter_open_container (&dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry);
  dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &key);
  dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, "s", &variant);
  dbus_message_iter_append_basic (&variant, DBUS_TYPE_STRING, &value);
  dbus_message_iter_close_container (&entry, &variant);
  dbus_message_iter_close_container (&dict, &entry);
  dbus_message_iter_close_container (&iter, &dict);
  return call;
}

/* A call whose only argument is an empty a{sv} (ListFeeds). */
static DBusMessage *
options_only_call (const char *member)
{
  DBusMessage *call = plain_call (member, DBUS_TYPE_INVALID);
  DBusMessageIter iter, dict;

  dbus_message_iter_init_append (call, &iter);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict);
  dbus_message_iter_close_container (&iter, &dict);
  return call;
}

static DBusMessage *
empty_options_call (const char *member, const char *text)
{
  return bench_bus_text_call (member, text, NULL, 0);
}

static char *
random_text (GRand *rand)
{
  static const char *const pieces[] = {
    "The ", "minister", " said", " on Monday", ". ", "\n\n", "«Non»", " 3.5%", " Dr.",
    " U.S.", " é", "’", " next week", " ACME Corp", " in Paris", "—", "\t", "!!", "?", "1999",
  };
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, 200);

  for (guint i = 0; i < n; i++)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  return g_string_free (text, FALSE);
}

static void
count (Client *c, const char *member, const char *outcome)
{
  char *key = g_strdup_printf ("%s: %s", member, outcome);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (c->outcomes, key));

  g_hash_table_replace (c->outcomes, key, GUINT_TO_POINTER (n + 1));
}

static void
call (Client *c, DBusConnection *connection, DBusMessage *message, Expect expect)
{
  DBusError error = DBUS_ERROR_INIT;
  DBusMessage *reply;
  const char *member = dbus_message_get_member (message);
  g_autofree char *name = g_strdup (member);

  c->sent++;
  reply = dbus_connection_send_with_reply_and_block (connection, message, 120000, &error);
  dbus_message_unref (message);
  if (reply == NULL &&
      (dbus_error_has_name (&error, DBUS_ERROR_NO_REPLY) ||
       dbus_error_has_name (&error, DBUS_ERROR_DISCONNECTED) ||
       dbus_error_has_name (&error, DBUS_ERROR_TIMEOUT)))
    {
      c->lost++;
      count (c, name, "LOST");
      fprintf (stderr, "lost %s: %s\n", name, error.message);
      dbus_error_free (&error);
      return;
    }
  c->answered++;
  if (reply == NULL)
    {
      if (expect == GOOD)
        {
          c->wrong++;
          fprintf (stderr, "good %s answered %s: %s\n", name, error.name, error.message);
        }
      count (c, name, error.name);
      dbus_error_free (&error);
      return;
    }
  if (expect == BAD)
    {
      c->wrong++;
      fprintf (stderr, "bad %s answered with success\n", name);
    }
  count (c, name, "ok");
  dbus_message_unref (reply);
}

/* Subscribe to a feed nobody serves, then unsubscribe from it. */
static void
subscribe_cycle (Client *c, DBusConnection *connection)
{
  /* Feed ids come from the URL: each cycle its own, or two clients would
   * share one subscription and the second Unsubscribe would fail. */
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:9/feed-%u-%u.xml", c->seed, c->sent);
  DBusMessage *m = empty_options_call ("Subscribe", url);
  DBusError error = DBUS_ERROR_INIT;
  DBusMessage *reply;
  const char *id = NULL;

  c->sent++;
  reply = dbus_connection_send_with_reply_and_block (connection, m, 120000, &error);
  dbus_message_unref (m);
  if (reply == NULL)
    {
      if (dbus_error_has_name (&error, DBUS_ERROR_NO_REPLY) ||
          dbus_error_has_name (&error, DBUS_ERROR_DISCONNECTED))
        {
          c->lost++;
          count (c, "Subscribe", "LOST");
        }
      else
        {
          c->answered++;
          count (c, "Subscribe", error.name);
        }
      dbus_error_free (&error);
      return;
    }
  c->answered++;
  count (c, "Subscribe", "ok");
  if (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID))
    call (c, connection, plain_call ("Unsubscribe", DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID), GOOD);
  dbus_message_unref (reply);
}

/* A client that sends a few calls and leaves without their replies:
 * precisd must drop or cancel them and go on. */
static void
disconnecting_client (Client *c, GRand *rand)
{
  DBusConnection *connection = bench_bus_connect (c->address);
  guint n = g_rand_int_range (rand, 1, 6);

  for (guint i = 0; i < n; i++)
    {
      const char *text = c->articles->pdata[g_rand_int_range (rand, 0, c->articles->len)];
      DBusMessage *m = empty_options_call (i % 2 ? "Analyze" : "Summarize", text);

      dbus_connection_send (connection, m, NULL);
      dbus_message_unref (m);
    }
  dbus_connection_flush (connection);
  if (g_rand_boolean (rand))
    g_usleep (g_rand_int_range (rand, 0, 2000));
  bench_bus_disconnect (connection);
  c->abandoned += n;
  c->disconnects++;
}

static gpointer
client_run (gpointer data)
{
  Client *c = data;
  DBusConnection *connection = bench_bus_connect (c->address);
  GRand *rand = g_rand_new_with_seed (c->seed);
  static const char *const summarizers[] = { "newsrank", "lead", "textrank", "ots" };

  while ((guint) g_atomic_int_add (c->done, 1) < c->total)
    {
      const char *text = c->articles->pdata[g_rand_int_range (rand, 0, c->articles->len)];
      guint dice = g_rand_int_range (rand, 0, 1000);

      if (dice < 300)
        call (c, connection, empty_options_call ("Analyze", text), GOOD);
      else if (dice < 450)
        call (c, connection,
              bench_bus_text_call ("Summarize", text,
                                   summarizers[g_rand_int_range (rand, 0, G_N_ELEMENTS (summarizers))],
                                   g_rand_int_range (rand, 0, 6)),
              ANY);  /* ots may not be built */
      else if (dice < 600)
        call (c, connection, empty_options_call ("ExtractFacts", text), GOOD);
      else if (dice < 650)
        call (c, connection, plain_call ("ListPlugins", DBUS_TYPE_INVALID), GOOD);
      else if (dice < 680)
        call (c, connection, options_only_call ("ListFeeds"), GOOD);
      else if (dice < 730)
        call (c, connection, bench_bus_text_call ("Analyze", text, "no-such-plugin", 0), BAD);
      else if (dice < 780)
        call (c, connection, wrong_option_call (text), BAD);
      else if (dice < 810)
        call (c, connection, plain_call ("Analyze", DBUS_TYPE_INVALID), BAD);
      else if (dice < 870)
        {
          g_autofree char *junk = random_text (rand);

          call (c, connection, empty_options_call (g_rand_boolean (rand) ? "Analyze" : "Summarize", junk),
                ANY);
        }
      else if (dice < 890)
        call (c, connection, empty_options_call ("NotifySummary", text), ANY);
      else if (dice < 910)
        call (c, connection, empty_options_call ("AnalyzeUrl", "http://127.0.0.1:9/article"), BAD);
      else if (dice < 930)
        call (c, connection, empty_options_call ("AnalyzeUrl", "not a url"), BAD);
      else if (dice < 940)
        call (c, connection, plain_call ("Unsubscribe", DBUS_TYPE_STRING, &(const char *) { "no-such-feed" },
                                         DBUS_TYPE_INVALID), BAD);
      else if (dice < 942)
        call (c, connection, plain_call ("ReloadPlugins", DBUS_TYPE_INVALID), GOOD);
      else if (dice < 943)
        call (c, connection, empty_options_call ("Analyze", c->huge), BAD);
      else if (dice < 963)
        disconnecting_client (c, rand);
      else if (dice < 973)
        subscribe_cycle (c, connection);
      else
        {
          DBusMessage *m = dbus_message_new_method_call ("org.precis.Summarizer1", "/org/precis/Summarizer1",
                                                         "org.freedesktop.DBus.Introspectable", "Introspect");
          call (c, connection, m, GOOD);
        }
    }
  g_rand_free (rand);
  bench_bus_disconnect (connection);
  return NULL;
}

static int
compare_keys (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

int
main (int argc, char **argv)
{
  guint total = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  guint n_clients = argc > 2 ? (guint) atoi (argv[2]) : 4;
  guint32 seed = argc > 3 ? (guint32) atoi (argv[3]) : 1;
  g_autofree char *command = g_strjoinv (" ", argv);
  g_autoptr (GPtrArray) articles = NULL;
  g_autofree char *path = NULL;
  g_autofree char *huge = NULL;
  g_autofree Client *clients = NULL;
  g_autofree GThread **threads = NULL;
  g_autoptr (GHashTable) outcomes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();
  Client sum = { 0 };
  g_autoptr (GString) trend = g_string_new (NULL);
  BusFixture fixture;
  gint done = 0;
  gint64 rss_start, rss_warm = -1, rss_end, start;
  int pid;
  GHashTableIter iter;
  gpointer key, value;

  if (total == 0 || n_clients == 0)
    return 1;
  articles = bench_load_articles (NULL, &path);
  /* One byte over the default max-text-bytes (2 MiB). */
  huge = g_malloc (2 * 1024 * 1024 + 2);
  memset (huge, 'a', 2 * 1024 * 1024 + 1);
  huge[2 * 1024 * 1024 + 1] = '\0';

  bench_bus_use_build_plugins ();
  bus_fixture_setup (&fixture, NULL, TRUE);
  pid = atoi (g_subprocess_get_identifier (fixture.daemon));
  rss_start = bench_rss_kib (pid);

  clients = g_new0 (Client, n_clients);
  threads = g_new0 (GThread *, n_clients);
  start = bench_wall_us ();
  for (guint c = 0; c < n_clients; c++)
    {
      clients[c] = (Client) { .address = fixture.address, .articles = articles, .huge = huge,
                              .total = total, .done = &done, .seed = seed * 1000 + c,
                              .outcomes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
      threads[c] = g_thread_new ("client", client_run, &clients[c]);
    }
  {
    guint next_tenth = 1;

    while ((guint) g_atomic_int_get (&done) < total)
      {
        g_usleep (20000);
        /* The trend, not only the end points: a plateau is fragmentation
         * settling, a slope is a leak. */
        if ((guint) g_atomic_int_get (&done) >= (guint64) total * next_tenth / 10 && next_tenth < 10)
          {
            gint64 rss = bench_rss_kib (pid);

            g_string_append_printf (trend, " %.1f", rss / 1024.0);
            if (next_tenth == 1)
              rss_warm = rss;
            next_tenth++;
          }
      }
  }
  for (guint c = 0; c < n_clients; c++)
    g_thread_join (threads[c]);
  rss_end = bench_rss_kib (pid);

  for (guint c = 0; c < n_clients; c++)
    {
      sum.sent += clients[c].sent;
      sum.answered += clients[c].answered;
      sum.lost += clients[c].lost;
      sum.wrong += clients[c].wrong;
      sum.abandoned += clients[c].abandoned;
      sum.disconnects += clients[c].disconnects;
      g_hash_table_iter_init (&iter, clients[c].outcomes);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (outcomes, key));

          g_hash_table_replace (outcomes, g_strdup (key), GUINT_TO_POINTER (n + GPOINTER_TO_UINT (value)));
        }
      g_hash_table_unref (clients[c].outcomes);
    }

  bench_print_machine (command);
  printf ("corpus:  %s (%u articles); %u clients, seed %u, %.1f s\n\n", path, articles->len,
          n_clients, seed, (bench_wall_us () - start) / 1e6);
  g_hash_table_iter_init (&iter, outcomes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_keys);
  printf ("| call: outcome | count |\n|---|---|\n");
  for (guint i = 0; i < keys->len; i++)
    printf ("| %s | %u |\n", (char *) keys->pdata[i],
            GPOINTER_TO_UINT (g_hash_table_lookup (outcomes, keys->pdata[i])));
  printf ("\nwaited-for calls %u, answered %u, lost %u, wrong answers %u; "
          "%u clients disconnected leaving %u calls\n",
          sum.sent, sum.answered, sum.lost, sum.wrong, sum.disconnects, sum.abandoned);
  printf ("precisd RSS (MB) at each tenth of the calls:%s\n", trend->str);
  printf ("precisd RSS: start %.1f MB, after warm-up %.1f MB, end %.1f MB; growth after warm-up "
          "%+.2f MB (budget < 2 MB)\n",
          rss_start / 1024.0, rss_warm / 1024.0, rss_end / 1024.0, (rss_end - rss_warm) / 1024.0);

  /* Teardown checks that precisd still exits cleanly on SIGTERM. */
  bus_fixture_teardown (&fixture);
  return sum.lost == 0 && sum.wrong == 0 && rss_end - rss_warm < 2048 ? 0 : 1;
}
