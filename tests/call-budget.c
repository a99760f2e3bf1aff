/* call-budget.c — each call has a deadline, a caller that leaves takes its
 * work with it, limits count per process, not per connection, and the
 * workers take the callers in turn.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A real precisd on a private bus, real test plugins: one that loops
 * forever (never looking at its cancellable), one that sleeps, one that
 * crashes, one whose load waits and one whose summarize waits.  The analysis runs in precisd's
 * worker processes: CPU is counted over both.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "bus-fixture.h"

#define IFACE "org.precis.Summarizer1"

static void
setup (BusFixture *f, gconstpointer data)
{
  bus_fixture_setup (f, NULL, FALSE);
}

static DBusConnection *
second_connection (BusFixture *f)
{
  DBusError error = DBUS_ERROR_INIT;
  DBusConnection *c = dbus_connection_open_private (f->address, &error);

  g_assert_nonnull (c);
  g_assert_true (dbus_bus_register (c, &error));
  return c;
}

/* A plugin that never returns: the caller still gets PluginFailed, naming
 * it and the time, at the deadline; others are served meanwhile. */
static void
test_deadline (BusFixture *f, gconstpointer data)
{
  const char *loop = "loop";
  g_autofree char *name = NULL, *message = NULL;
  gint64 start;
  DBusMessage *reply;

  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\ncall-timeout-seconds=2\n");
  bus_fixture_install_plugin (f, "tests/plugins/loop.so", "loop.so", 0755);
  bus_fixture_start_daemon (f, NULL);
  start = g_get_monotonic_time ();
  reply = bus_fixture_call_full (f, bus_fixture_method_with_option ("Summarize", "One sentence here. And a second one.",
                                                                    "plugin", DBUS_TYPE_STRING, &loop),
                                 &name, &message);
  g_assert_null (reply);
  g_test_message ("%s: %s", name, message);
  g_assert_cmpstr (name, ==, "org.precis.Error.PluginFailed");
  g_assert_nonnull (strstr (message, "“loop”"));
  g_assert_nonnull (strstr (message, "call-timeout-seconds"));
  /* Ended by its deadline, not late: "loop" never ends on its own, and
   * without the deadline the call would end by the bus's 60 s time-out,
   * another error (no upper clock bound: a loaded machine broke the 5 s
   * one).  Nor early (/call-budget/deadline-not-early). */
  g_assert_nonnull (strstr (message, "within 2 s"));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2 * G_USEC_PER_SEC);
  bus_fixture_assert_alive (f);
  /* Stopping precisd with the looping thread still in the plugin: it
   * exits, cleanly, within its grace time (the teardown checks). */
}

/* Calls sent this far apart, over a second: one starts at each tenth. */
#define SPREAD_CALLS 10
#define SPREAD_US (G_USEC_PER_SEC / SPREAD_CALLS)

/* The deadline never ends a call before its time.  GLib moves a timer of
 * whole seconds to one mark within each second, up to a quarter second
 * early: of calls started at each tenth of a second, two or three started
 * within that quarter and ended up to a quarter early (0.90 s of 1).  One
 * worker thread, its plugin asleep: the first call is stopped in it, the
 * others are stopped while queued.  Lower bounds only: a loaded machine
 * makes answers later, never earlier. */
static void
test_deadline_not_early (BusFixture *f, gconstpointer data)
{
  const char *slow = "slow";
  DBusPendingCall *pending[SPREAD_CALLS];
  gint64 sent[SPREAD_CALLS], ended[SPREAD_CALLS] = { 0 };
  guint n_sent = 0, n_ended = 0;

  g_setenv ("PRECIS_TEST_SLOW_MS", "60000", TRUE);
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nworker-threads=1\ncall-timeout-seconds=1\n");
  bus_fixture_install_plugin (f, "tests/plugins/slow.so", "slow.so", 0755);
  bus_fixture_start_daemon (f, NULL);
  /* Each ends by its deadline, else by the bus's 60 s time-out (an error
   * the checks below refuse). */
  while (n_ended < SPREAD_CALLS)
    {
      if (n_sent < SPREAD_CALLS && (n_sent == 0 || g_get_monotonic_time () >= sent[n_sent - 1] + SPREAD_US))
        {
          DBusMessage *call = bus_fixture_method_with_option ("Summarize", "One sentence here. And a second one.",
                                                              "plugin", DBUS_TYPE_STRING, &slow);

          sent[n_sent] = g_get_monotonic_time ();
          g_assert_true (dbus_connection_send_with_reply (f->client, call, &pending[n_sent], 60000));
          dbus_message_unref (call);
          dbus_connection_flush (f->client);
          n_sent++;
        }
      dbus_connection_read_write_dispatch (f->client, 1);
      for (guint i = 0; i < n_sent; i++)
        if (ended[i] == 0 && dbus_pending_call_get_completed (pending[i]))
          {
            ended[i] = g_get_monotonic_time ();
            n_ended++;
          }
    }
  for (guint i = 0; i < SPREAD_CALLS; i++)
    {
      DBusMessage *reply = dbus_pending_call_steal_reply (pending[i]);
      const char *name = dbus_message_get_error_name (reply);
      const char *message = NULL;

      g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &message, DBUS_TYPE_INVALID));
      g_test_message ("call %u ended after %.3f s: %s: %s", i, (ended[i] - sent[i]) / 1e6, name, message);
      /* Stopped running (in the plugin), while queued, or while its worker
       * (replacing one killed) loaded its plugins, by its deadline. */
      g_assert_true (g_strcmp0 (name, "org.precis.Error.PluginFailed") == 0 ||
                     g_strcmp0 (name, "org.precis.Error.TooLarge") == 0 ||
                     g_strcmp0 (name, "org.precis.Error.Busy") == 0);
      g_assert_nonnull (strstr (message, "did not finish within 1 s"));
      g_assert_cmpint (ended[i] - sent[i], >=, G_USEC_PER_SEC);
      dbus_message_unref (reply);
      dbus_pending_call_unref (pending[i]);
    }
  /* No tiny call after them: with a 1 s deadline it may be stopped while
   * the worker killed last is replaced (a second under sanitizers). */
  g_unsetenv ("PRECIS_TEST_SLOW_MS");
}

/* Summarize naming `plugin`: the error's name and message, or NULLs if it answered. */
static void
summarize_with (BusFixture *f, const char *plugin, char **name, char **message)
{
  DBusMessage *reply = bus_fixture_call_full (f, bus_fixture_method_with_option ("Summarize",
                                                                                "One sentence here. And a second one.",
                                                                                "plugin", DBUS_TYPE_STRING, &plugin),
                                              name, message);

  if (reply != NULL)
    dbus_message_unref (reply);
}

/* A call that waits for a worker still loading its plugins (precisd
 * serving before they were ready, or a worker replaced) and meets its
 * deadline is not told to send a shorter text: its text was not the
 * problem.  It is told Busy, why, and to try again.  The "held" plugin's
 * load() waits while a file is there: both workers precisd started (one
 * per thread and the feeds') are made to crash, and their replacements
 * cannot be ready before the file goes.  The deadline is long enough for
 * the crashing calls on a loaded machine (one took over 1 s under ASan). */
static void
test_worker_not_ready (BusFixture *f, gconstpointer data)
{
  g_autofree char *hold = g_build_filename (f->tmpdir, "hold", NULL);
  g_autofree char *name = NULL, *message = NULL;

  g_setenv ("PRECIS_TEST_HOLD_FILE", hold, TRUE);
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nworker-threads=1\ncall-timeout-seconds=5\n");
  bus_fixture_install_plugin (f, "tests/plugins/held.so", "held.so", 0755);
  bus_fixture_install_plugin (f, "tests/plugins/segfault.so", "segfault.so", 0755);
  bus_fixture_start_daemon (f, NULL);
  g_assert_true (g_file_set_contents (hold, "", 0, NULL));
  for (guint i = 0; i < 2; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      summarize_with (f, "segfault", &name, &message);
      g_test_message ("crash %u (%.3f s): %s: %s", i, (g_get_monotonic_time () - t0) / 1e6, name, message);
      g_assert_cmpstr (name, ==, "org.precis.Error.PluginFailed");
      g_assert_nonnull (strstr (message, "SIGSEGV"));
      g_clear_pointer (&name, g_free);
      g_clear_pointer (&message, g_free);
    }
  summarize_with (f, "held", &name, &message);
  g_test_message ("%s: %s", name, message);
  /* Let the workers load before anything can fail below: the teardown
   * stops precisd, which waits for its workers. */
  g_assert_cmpint (g_unlink (hold), ==, 0);
  g_assert_cmpstr (name, ==, "org.precis.Error.Busy");
  g_assert_nonnull (strstr (message, "within 5 s"));
  g_assert_nonnull (strstr (message, "still loading its plugins"));
  g_assert_nonnull (strstr (message, "try again shortly"));
  g_assert_null (strstr (message, "shorter text"));
  bus_fixture_assert_alive (f);
  g_unsetenv ("PRECIS_TEST_HOLD_FILE");
}

/* A call stopped at its deadline while still queued (the one worker
 * thread busy with another call) never had its text looked at: it is told
 * Busy and to try again, not to send a shorter text.  The "gated" plugin
 * holds the first call until a file goes; that call has no deadline
 * (call-timeout-seconds=0 when it came), so nothing frees its thread
 * before the second call's deadline of 1 s (precisd.conf read again in
 * between).  Which call holds the thread is an order, not a clock: the
 * first is taken before precisd reads the calls after it. */
static void
test_queued (BusFixture *f, gconstpointer data)
{
  g_autofree char *hold = g_build_filename (f->tmpdir, "hold", NULL);
  g_autofree char *name = NULL, *message = NULL, *big = g_strnfill (200, 'a');
  const char *gated = "gated", *lead = "lead";
  DBusPendingCall *pending = NULL;
  DBusMessage *call, *reply;
  gint64 give_up;

  g_setenv ("PRECIS_TEST_HOLD_FILE", hold, TRUE);
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nworker-threads=1\ncall-timeout-seconds=0\n"
                               "max-text-bytes=50\n");
  bus_fixture_install_plugin (f, "tests/plugins/gated.so", "gated.so", 0755);
  bus_fixture_start_daemon (f, NULL);
  /* precisd serves before its worker has loaded its plugins: on a loaded
   * machine (sanitizers) that takes over a second, and a call waiting for
   * it is told "still loading its plugins" instead.  One call through the
   * gate while it is open: the worker is ready before the test begins. */
  summarize_with (f, "gated", &name, &message);
  g_assert_cmpstr (name, ==, NULL);
  g_assert_true (g_file_set_contents (hold, "", 0, NULL));
  call = bus_fixture_method_with_option ("Summarize", "One sentence here. And a second one.",
                                         "plugin", DBUS_TYPE_STRING, &gated);
  g_assert_true (dbus_connection_send_with_reply (f->client, call, &pending, 120000));
  dbus_message_unref (call);
  dbus_connection_flush (f->client);

  /* A deadline from now on; read again once a text of 200 bytes is
   * refused against the new limit (a refusal never queues). */
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nworker-threads=1\ncall-timeout-seconds=1\n"
                               "max-text-bytes=100\n");
  g_subprocess_send_signal (f->daemon, SIGHUP);
  give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  for (;;)
    {
      g_clear_pointer (&name, g_free);
      g_clear_pointer (&message, g_free);
      reply = bus_fixture_call_full (f, bus_fixture_method_with_option ("Summarize", big, "plugin",
                                                                        DBUS_TYPE_STRING, &lead),
                                     &name, &message);
      g_assert_null (reply);
      g_assert_cmpstr (name, ==, "org.precis.Error.TooLarge");
      if (strstr (message, "at most 100 ") != NULL)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
      g_usleep (10 * 1000);
    }
  g_assert_false (dbus_pending_call_get_completed (pending));

  g_clear_pointer (&name, g_free);
  g_clear_pointer (&message, g_free);
  summarize_with (f, "lead", &name, &message);
  g_test_message ("%s: %s", name, message);
  /* Let the first call end before anything can fail below: the teardown
   * stops precisd, which waits for its calls. */
  g_assert_cmpint (g_unlink (hold), ==, 0);
  g_assert_cmpstr (name, ==, "org.precis.Error.Busy");
  g_assert_nonnull (strstr (message, "within 1 s"));
  g_assert_nonnull (strstr (message, "free worker thread"));
  g_assert_nonnull (strstr (message, "try again shortly"));
  g_assert_null (strstr (message, "shorter text"));

  /* The first call was held, not stopped: it ends with its summary. */
  dbus_pending_call_block (pending);
  reply = dbus_pending_call_steal_reply (pending);
  g_assert_cmpint (dbus_message_get_type (reply), ==, DBUS_MESSAGE_TYPE_METHOD_RETURN);
  dbus_message_unref (reply);
  dbus_pending_call_unref (pending);
  bus_fixture_assert_alive (f);
  g_unsetenv ("PRECIS_TEST_HOLD_FILE");
}

/* A call's deadline is the one in force when it came.  A call queued
 * behind another with none is not stopped by a deadline a reload set
 * while it waited: it was given a worker's deadline when its thread took
 * it (the sanitizer CI's /call-budget/queued met that as a worker
 * "replaced", the held call before it having been stopped). */
static void
test_deadline_of_its_arrival (BusFixture *f, gconstpointer data)
{
  g_autofree char *hold = g_build_filename (f->tmpdir, "hold", NULL);
  g_autofree char *name = NULL, *message = NULL, *big = g_strnfill (200, 'a');
  const char *gated = "gated", *slow = "slow", *plugins[] = { "gated", "slow" };
  DBusPendingCall *pending[2] = { NULL, NULL };
  DBusMessage *reply;

  g_setenv ("PRECIS_TEST_HOLD_FILE", hold, TRUE);
  g_setenv ("PRECIS_TEST_SLOW_MS", "2500", TRUE);
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nworker-threads=1\ncall-timeout-seconds=0\n"
                               "max-text-bytes=50\n");
  bus_fixture_install_plugin (f, "tests/plugins/gated.so", "gated.so", 0755);
  bus_fixture_install_plugin (f, "tests/plugins/slow.so", "slow.so", 0755);
  bus_fixture_start_daemon (f, NULL);
  summarize_with (f, gated, &name, &message);
  g_assert_cmpstr (name, ==, NULL);

  /* The first call holds the one thread; the second waits for it. */
  g_assert_true (g_file_set_contents (hold, "", 0, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (pending); i++)
    {
      DBusMessage *call = bus_fixture_method_with_option ("Summarize", "One sentence here. And a second one.",
                                                          "plugin", DBUS_TYPE_STRING, &plugins[i]);

      g_assert_true (dbus_connection_send_with_reply (f->client, call, &pending[i], 120000));
      dbus_message_unref (call);
    }
  /* Answered in turn: once a refusal is back, both were taken in. */
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&message, g_free);
  reply = bus_fixture_call_full (f, bus_fixture_method_with_option ("Summarize", big, "plugin", DBUS_TYPE_STRING,
                                                                    &slow),
                                 &name, &message);
  g_assert_null (reply);
  g_assert_cmpstr (name, ==, "org.precis.Error.TooLarge");

  /* A one-second deadline from now on, for calls that come from now on. */
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nworker-threads=1\ncall-timeout-seconds=1\n"
                               "max-text-bytes=100\n");
  g_subprocess_send_signal (f->daemon, SIGHUP);
  for (gint64 give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;;)
    {
      g_clear_pointer (&name, g_free);
      g_clear_pointer (&message, g_free);
      reply = bus_fixture_call_full (f, bus_fixture_method_with_option ("Summarize", big, "plugin",
                                                                        DBUS_TYPE_STRING, &slow),
                                     &name, &message);
      g_assert_null (reply);
      if (strstr (message, "at most 100 ") != NULL)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
      g_usleep (10 * 1000);
    }
  g_assert_false (dbus_pending_call_get_completed (pending[1]));

  /* Let the first go: the second then takes 2.5 s in its plugin, past the
   * new deadline, and still ends with its summary. */
  g_assert_cmpint (g_unlink (hold), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (pending); i++)
    {
      dbus_pending_call_block (pending[i]);
      reply = dbus_pending_call_steal_reply (pending[i]);
      if (dbus_message_get_type (reply) == DBUS_MESSAGE_TYPE_ERROR)
        {
          const char *text = NULL;

          dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &text, DBUS_TYPE_INVALID);
          g_test_message ("%s: %s: %s", plugins[i], dbus_message_get_error_name (reply), text);
        }
      g_assert_cmpint (dbus_message_get_type (reply), ==, DBUS_MESSAGE_TYPE_METHOD_RETURN);
      dbus_message_unref (reply);
      dbus_pending_call_unref (pending[i]);
    }
  bus_fixture_assert_alive (f);
  g_unsetenv ("PRECIS_TEST_HOLD_FILE");
  g_unsetenv ("PRECIS_TEST_SLOW_MS");
}

/* CPU ticks a process has used, 0 once it is gone. */
static double
process_ticks (int pid)
{
  g_auto (GStrv) fields = bus_fixture_proc_stat (pid);

  if (fields == NULL || g_strv_length (fields) <= 12)
    return 0;
  return g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL);
}

/* Whether `pid` is (still) a child of precisd's. */
static gboolean
is_worker (BusFixture *f, int pid)
{
  g_autoptr (GArray) children = bus_fixture_children (atoi (g_subprocess_get_identifier (f->daemon)));

  for (guint i = 0; i < children->len; i++)
    if (g_array_index (children, int, i) == pid)
      return TRUE;
  return FALSE;
}

/* Of the workers ready before the call (`before`: pid to ticks then), the
 * one that has used CPU since, 0 if none yet.  Only those: the call takes
 * a ready one, and a worker started meanwhile uses CPU to load its plugins
 * (more than 0.1 s under sanitizers). */
static int
busy_worker (GHashTable *before)
{
  GHashTableIter iter;
  gpointer pid, then;

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &pid, &then))
    /* Ten ticks (0.1 s here): well into the analysis. */
    if (process_ticks (GPOINTER_TO_INT (pid)) - GPOINTER_TO_INT (then) > 10)
      return GPOINTER_TO_INT (pid);
  return 0;
}

/* A client that leaves mid-call takes its work with it: the worker that
 * analysed its text is stopped (an analysis left to end would give the
 * worker back, still there), and a tiny call from another client is
 * answered.  Which worker, and when it is gone, are seen in /proc: no
 * clock but hang guards. */
static void
test_client_leaves (BusFixture *f, gconstpointer data)
{
  g_autoptr (GHashTable) before = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) children = NULL;
  g_autofree char *text = NULL;
  const char *lead = "lead";
  DBusConnection *other;
  DBusPendingCall *pending = NULL;
  DBusMessage *call;
  gint64 give_up;
  int worker = 0;

  /* Real news prose, about 2 MiB: the text the attack used. */
  {
    GString *big = g_string_new (NULL);
    g_autofree char *article = test_read_source_file ("data/seed-article.txt");

    while (big->len < 2000 * 1000)
      g_string_append_printf (big, "%s\n\n", article);
    text = g_string_free (big, FALSE);
  }
  bus_fixture_start_daemon (f, NULL);
  children = bus_fixture_children (atoi (g_subprocess_get_identifier (f->daemon)));
  for (guint i = 0; i < children->len; i++)
    {
      int pid = g_array_index (children, int, i);

      g_hash_table_insert (before, GINT_TO_POINTER (pid), GINT_TO_POINTER ((int) process_ticks (pid)));
    }
  other = second_connection (f);
  call = bus_fixture_method_with_option ("Analyze", text, "plugin", DBUS_TYPE_STRING, &lead);
  g_assert_true (dbus_connection_send_with_reply (other, call, &pending, 60000));
  dbus_message_unref (call);
  dbus_connection_flush (other);
  /* Found by the CPU it uses, however slowly the machine gets there. */
  give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while ((worker = busy_worker (before)) == 0 && g_get_monotonic_time () < give_up)
    g_usleep (10 * 1000);
  g_assert_cmpint (worker, >, 0);
  g_assert_false (dbus_pending_call_get_completed (pending));
  dbus_pending_call_unref (pending);
  dbus_connection_close (other);
  dbus_connection_unref (other);
  /* Stopped and reaped, not left to finish (the guard is for a hang). */
  give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (is_worker (f, worker) && g_get_monotonic_time () < give_up)
    g_usleep (10 * 1000);
  g_assert_false (is_worker (f, worker));
  bus_fixture_assert_alive (f);
}

/* Two connections of one process share its limit of calls in flight. */
static void
test_per_process (BusFixture *f, gconstpointer data)
{
  const char *slow = "slow", *lead = "lead";
  g_autofree char *name = NULL;
  DBusConnection *other;
  DBusPendingCall *pending = NULL;
  DBusMessage *call;
  DBusMessage *reply;
  gboolean busy = FALSE;

  /* The slow call outlasts its 10 s deadline: it is in flight until then,
   * however late the tiny calls below reach precisd on a loaded machine. */
  g_setenv ("PRECIS_TEST_SLOW_MS", "60000", TRUE);
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nmax-calls-per-client=1\ncall-timeout-seconds=10\n");
  bus_fixture_install_plugin (f, "tests/plugins/slow.so", "slow.so", 0755);
  bus_fixture_start_daemon (f, NULL);
  other = second_connection (f);
  call = bus_fixture_method_with_option ("Summarize", "One sentence here. And a second one.", "plugin",
                                          DBUS_TYPE_STRING, &slow);
  g_assert_true (dbus_connection_send_with_reply (other, call, &pending, 30000));
  dbus_message_unref (call);
  dbus_connection_flush (other);
  /* Tiny calls until one is refused: those that reach precisd before the
   * slow call are answered; one that comes while it is in flight must be
   * Busy.  An order, not a sleep: the loop ends when the slow call does. */
  while (!busy && !dbus_pending_call_get_completed (pending))
    {
      g_clear_pointer (&name, g_free);
      reply = bus_fixture_call_full (f, bus_fixture_method_with_option ("Summarize", "A tiny text. Two sentences.",
                                                                        "plugin", DBUS_TYPE_STRING, &lead),
                                     &name, NULL);
      if (reply != NULL)
        dbus_message_unref (reply);
      else
        {
          g_assert_cmpstr (name, ==, "org.precis.Error.Busy");
          busy = TRUE;
        }
      dbus_connection_read_write_dispatch (other, 0);
    }
  g_assert_true (busy);
  g_assert_false (dbus_pending_call_get_completed (pending));
  dbus_pending_call_block (pending);
  reply = dbus_pending_call_steal_reply (pending);
  /* Ended by its deadline, as an error: the slot is free again. */
  g_assert_cmpstr (dbus_message_get_error_name (reply), ==, "org.precis.Error.PluginFailed");
  dbus_message_unref (reply);
  dbus_pending_call_unref (pending);
  dbus_connection_close (other);
  dbus_connection_unref (other);
  /* Its call answered, the process may call again: at its deadline the
   * call is answered before its worker is stopped and its slot freed, so
   * a call at once may still be Busy (on a loaded machine it was); the
   * slot must come free (a 20 s hang guard), never Busy for good. */
  {
    gint64 give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    do
      {
        g_clear_pointer (&name, g_free);
        reply = bus_fixture_call_full (f, bus_fixture_method_with_option ("Summarize", "A tiny text. Two sentences.",
                                                                          "plugin", DBUS_TYPE_STRING, &lead),
                                       &name, NULL);
        if (reply == NULL)
          {
            g_assert_cmpstr (name, ==, "org.precis.Error.Busy");
            g_assert_cmpint (g_get_monotonic_time (), <, give_up);
            g_usleep (10 * 1000);
          }
      }
    while (reply == NULL);
    dbus_message_unref (reply);
  }
  g_unsetenv ("PRECIS_TEST_SLOW_MS");
}

/* precisd with one worker thread and the slow plugin (300 ms a call). */
static void
start_slow_daemon (BusFixture *f)
{
  g_setenv ("PRECIS_TEST_SLOW_MS", "300", TRUE);
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nworker-threads=1\n");
  bus_fixture_install_plugin (f, "tests/plugins/slow.so", "slow.so", 0755);
  bus_fixture_start_daemon (f, NULL);
}

/* `n` Summarize calls of the client to the slow plugin, sent at once. */
static void
send_slow_calls (BusFixture *f, DBusPendingCall **pending, gsize n)
{
  const char *slow = "slow";

  for (gsize i = 0; i < n; i++)
    {
      DBusMessage *call = bus_fixture_method_with_option ("Summarize", "One sentence here. And a second one.",
                                                          "plugin", DBUS_TYPE_STRING, &slow);

      g_assert_true (dbus_connection_send_with_reply (f->client, call, &pending[i], 60000));
      dbus_message_unref (call);
    }
  dbus_connection_flush (f->client);
}

/* A connection that sees every message on the bus, in the order the bus
 * passes them on. */
static DBusConnection *
monitor_connection (BusFixture *f)
{
  DBusConnection *c = second_connection (f);
  DBusMessage *call = dbus_message_new_method_call ("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                    "org.freedesktop.DBus.Monitoring", "BecomeMonitor");
  DBusMessageIter iter, rules;
  DBusError error = DBUS_ERROR_INIT;
  dbus_uint32_t flags = 0;
  DBusMessage *reply;

  dbus_message_iter_init_append (call, &iter);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "s", &rules);
  dbus_message_iter_close_container (&iter, &rules);
  dbus_message_iter_append_basic (&iter, DBUS_TYPE_UINT32, &flags);
  reply = dbus_connection_send_with_reply_and_block (c, call, 10000, &error);
  g_assert_false (dbus_error_is_set (&error));
  dbus_message_unref (reply);
  dbus_message_unref (call);
  return c;
}

/* One worker thread, a process with eight slow calls queued: another
 * process's call waits for the call running and at most one more, not
 * for all eight (first come first served made it wait for every one).
 * Counted from when the bus passed the other call on (a monitor sees it),
 * however long the other process took to start. */
static void
test_turns (BusFixture *f, gconstpointer data)
{
  DBusPendingCall *pending[8];
  DBusConnection *monitor;
  DBusMessage *reply;
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *other = NULL;
  const char *first;
  dbus_uint32_t other_serial = 0;
  gboolean arrived = FALSE, other_answered = FALSE;
  guint between = 0;
  gint64 give_up;
  int status;

  start_slow_daemon (f);
  monitor = monitor_connection (f);
  first = dbus_bus_get_unique_name (f->client);
  send_slow_calls (f, pending, G_N_ELEMENTS (pending));
  /* The first answered, the other seven are queued or running. */
  dbus_pending_call_block (pending[0]);
  status = bus_fixture_run (f, (const char *const[]) { "gdbus", "call", "--address", f->address,
                                                       "--dest", IFACE, "--object-path", "/org/precis/Summarizer1",
                                                       "--method", IFACE ".Summarize",
                                                       "'Another caller. Its text is short.'",
                                                       "{'plugin': <'slow'>}", NULL },
                            &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Another caller."));
  for (guint i = 0; i < G_N_ELEMENTS (pending); i++)
    {
      dbus_pending_call_block (pending[i]);
      reply = dbus_pending_call_steal_reply (pending[i]);
      g_assert_cmpint (dbus_message_get_type (reply), ==, DBUS_MESSAGE_TYPE_METHOD_RETURN);
      dbus_message_unref (reply);
      dbus_pending_call_unref (pending[i]);
    }
  /* What the bus passed on, in its order: the first caller's answers
   * between the other's call and its answer.  All were sent by now; the
   * guard is for a monitor that misses one. */
  give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!other_answered && g_get_monotonic_time () < give_up)
    {
      DBusMessage *m;

      dbus_connection_read_write (monitor, 100);
      while (!other_answered && (m = dbus_connection_pop_message (monitor)) != NULL)
        {
          const char *sender = dbus_message_get_sender (m);
          const char *destination = dbus_message_get_destination (m);
          gboolean is_answer = dbus_message_get_type (m) == DBUS_MESSAGE_TYPE_METHOD_RETURN ||
                               dbus_message_get_type (m) == DBUS_MESSAGE_TYPE_ERROR;

          if (!arrived && dbus_message_is_method_call (m, IFACE, "Summarize") &&
              g_strcmp0 (sender, first) != 0)
            {
              arrived = TRUE;
              other = g_strdup (sender);
              other_serial = dbus_message_get_serial (m);
            }
          else if (arrived && is_answer && g_strcmp0 (destination, first) == 0)
            between++;
          else if (arrived && is_answer && g_strcmp0 (destination, other) == 0 &&
                   dbus_message_get_reply_serial (m) == other_serial)
            other_answered = TRUE;
          dbus_message_unref (m);
        }
    }
  g_assert_true (other_answered);
  g_test_message ("%u of the first caller's calls answered between the other's call and its answer", between);
  /* The one running, at most one more, and one that ended while precisd
   * had yet to read the other's call from its socket. */
  g_assert_cmpuint (between, <=, 3);
  dbus_connection_close (monitor);
  dbus_connection_unref (monitor);
  g_unsetenv ("PRECIS_TEST_SLOW_MS");
}

/* worker-threads is how many calls are analysed at once, whether a pool
 * thread awaits the worker or precisd's main loop does (a call that finds
 * a free slot and nobody queued): four 300 ms calls sent together take
 * four times 300 ms with one thread, not one or two times. */
static void
test_one_at_a_time (BusFixture *f, gconstpointer data)
{
  DBusPendingCall *pending[4];
  gint64 start, took;

  start_slow_daemon (f);
  start = g_get_monotonic_time ();
  send_slow_calls (f, pending, G_N_ELEMENTS (pending));
  for (guint i = 0; i < G_N_ELEMENTS (pending); i++)
    {
      DBusMessage *reply;

      dbus_pending_call_block (pending[i]);
      reply = dbus_pending_call_steal_reply (pending[i]);
      g_assert_cmpint (dbus_message_get_type (reply), ==, DBUS_MESSAGE_TYPE_METHOD_RETURN);
      dbus_message_unref (reply);
      dbus_pending_call_unref (pending[i]);
    }
  took = g_get_monotonic_time () - start;
  g_test_message ("four 300 ms calls, one worker thread: %.2f s", took / 1e6);
  g_assert_cmpint (took, >=, 4 * 300 * 1000);
  g_unsetenv ("PRECIS_TEST_SLOW_MS");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/call-budget/deadline", BusFixture, NULL, setup, test_deadline, bus_fixture_test_teardown);
  g_test_add ("/call-budget/deadline-not-early", BusFixture, NULL, setup, test_deadline_not_early,
              bus_fixture_test_teardown);
  g_test_add ("/call-budget/client-leaves", BusFixture, NULL, setup, test_client_leaves,
              bus_fixture_test_teardown);
  g_test_add ("/call-budget/per-process", BusFixture, NULL, setup, test_per_process,
              bus_fixture_test_teardown);
  g_test_add ("/call-budget/worker-not-ready", BusFixture, NULL, setup, test_worker_not_ready,
              bus_fixture_test_teardown);
  g_test_add ("/call-budget/queued", BusFixture, NULL, setup, test_queued, bus_fixture_test_teardown);
  g_test_add ("/call-budget/deadline-of-its-arrival", BusFixture, NULL, setup, test_deadline_of_its_arrival,
              bus_fixture_test_teardown);
  g_test_add ("/call-budget/turns", BusFixture, NULL, setup, test_turns, bus_fixture_test_teardown);
  g_test_add ("/call-budget/one-at-a-time", BusFixture, NULL, setup, test_one_at_a_time,
              bus_fixture_test_teardown);
  return g_test_run ();
}
