/* plugin-crash.c — a plugin that crashes, aborts, exits or loops costs
 * one call, never precisd; one that keeps crashing is quarantined until
 * its file changes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A real precisd on a private bus with the built test plugins in its
 * watched plugin dir: it runs analyses in its precis-worker processes.
 * After each failure: the caller got org.precis.Error.PluginFailed naming
 * the plugin and the signal, status or deadline; precisd is the same
 * process; another plugin still answers; a tiny call answers within 1 s.
 * Plugins that crash while being loaded (a constructor, their load())
 * never run in precisd: a probe worker loads them first, and they are
 * listed quarantined.
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "bus-fixture.h"

typedef struct {
  BusFixture bus;
  char *pid;
} Fixture;

/* precisd with `config` and the built plugins `built` (relative to the
 * build dir, NULL-terminated) in its watched plugin dir. */
static void
start (Fixture *f, const char *config, const char *const *built)
{
  bus_fixture_setup (&f->bus, NULL, FALSE);
  bus_fixture_write_config (&f->bus, config);
  for (const char *const *path = built; *path != NULL; path++)
    {
      g_autofree char *as = g_path_get_basename (*path);

      bus_fixture_install_plugin (&f->bus, *path, as, 0755);
    }
  bus_fixture_start_daemon (&f->bus, NULL);
  f->pid = g_strdup (g_subprocess_get_identifier (f->bus.daemon));
}

static void
setup (Fixture *f, gconstpointer data)
{
  start (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\ncall-timeout-seconds=5\n",
         (const char *const[]) { "tests/plugins/segfault.so", "tests/plugins/abort.so",
                                 "tests/plugins/exit.so", "tests/plugins/loop.so", NULL });
}

static void
setup_load_crashes (Fixture *f, gconstpointer data)
{
  start (f, BUS_FIXTURE_TEST_CONFIG,
         (const char *const[]) { "tests/plugins/at-load/ctor-crash.so", "tests/plugins/at-load/load-crash.so",
                                 "tests/plugins/at-load/load-abort.so", "tests/plugins/at-load/load-exit.so",
                                 NULL });
}

/* A plugin that allocates 2 GiB, with workers limited to 256 MiB. */
static void
setup_hog (Fixture *f, gconstpointer data)
{
  start (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\nworker-memory-limit-mb=256\n",
         (const char *const[]) { "tests/plugins/hog.so", NULL });
}

static void
setup_default_segfault (Fixture *f, gconstpointer data)
{
  start (f, BUS_FIXTURE_TEST_CONFIG "[plugins]\ndefault-summarizer=segfault\n",
         (const char *const[]) { "tests/plugins/segfault.so", NULL });
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_free (f->pid);
  bus_fixture_teardown (&f->bus);
}

/* Summarize naming `plugin`; the error's name and message, or NULLs. */
static gboolean
summarize (Fixture *f, const char *plugin, char **name, char **message)
{
  DBusMessage *reply = bus_fixture_call_full (&f->bus,
                                              bus_fixture_method_with_option ("Summarize",
                                                                              "Officials met on Monday. They agreed on nothing. Talks go on.",
                                                                              "plugin", DBUS_TYPE_STRING, &plugin),
                                              name, message);

  if (reply == NULL)
    return FALSE;
  dbus_message_unref (reply);
  return TRUE;
}

/* precisd is the process it was, and serves other plugins and tiny calls. */
static void
assert_unharmed (Fixture *f)
{
  g_autofree char *name = NULL, *message = NULL;

  g_assert_nonnull (f->bus.daemon);
  g_assert_cmpstr (g_subprocess_get_identifier (f->bus.daemon), ==, f->pid);
  g_assert_true (dbus_bus_name_has_owner (f->bus.client, "org.precis.Summarizer1", NULL));
  g_assert_true (summarize (f, "lead", &name, &message));
  bus_fixture_assert_alive (&f->bus);
}

static void
assert_fails (Fixture *f, const char *plugin, const char *how)
{
  g_autofree char *name = NULL, *message = NULL, *quoted = g_strdup_printf ("“%s”", plugin);

  g_assert_false (summarize (f, plugin, &name, &message));
  g_test_message ("%s: %s: %s", plugin, name, message);
  g_assert_cmpstr (name, ==, "org.precis.Error.PluginFailed");
  g_assert_nonnull (strstr (message, quoted));
  g_assert_nonnull (strstr (message, how));
  assert_unharmed (f);
}

static void
test_segfault (Fixture *f, gconstpointer data)
{
  assert_fails (f, "segfault", "SIGSEGV");
}

static void
test_abort (Fixture *f, gconstpointer data)
{
  assert_fails (f, "abort", "SIGABRT");
}

static void
test_exit (Fixture *f, gconstpointer data)
{
  assert_fails (f, "exit", "exit status 3");
}

static void
test_loop (Fixture *f, gconstpointer data)
{
  gint64 start = g_get_monotonic_time ();

  /* The deadline's error, naming it: without the deadline the call would
   * end by the bus's 60 s time-out, another error.  Not early either (a
   * seconds timer fires within its last second); no upper clock bound,
   * which a loaded machine breaks. */
  assert_fails (f, "loop", "did not finish within 5 s");
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 4 * G_USEC_PER_SEC);
}

/* Whether process `pid` still runs (a zombie has ended). */
static gboolean
running (int pid)
{
  g_auto (GStrv) fields = bus_fixture_proc_stat (pid);

  return fields != NULL && strcmp (fields[0], "Z") != 0 && strcmp (fields[0], "X") != 0;
}

/* precisd killed while a worker runs a looping plugin: the worker does
 * not outlive it (nothing else would ever stop it). */
static void
test_worker_outlives_nobody (Fixture *f, gconstpointer data)
{
  const char *plugin = "loop";
  DBusMessage *call = bus_fixture_method_with_option ("Summarize", "Officials met on Monday. Talks go on.",
                                                      "plugin", DBUS_TYPE_STRING, &plugin);
  g_autoptr (GArray) workers = bus_fixture_children (atoi (f->pid));
  gint64 deadline;

  g_assert_cmpuint (workers->len, >, 0);
  g_assert_true (dbus_connection_send (f->bus.client, call, NULL));
  dbus_connection_flush (f->bus.client);
  dbus_message_unref (call);
  /* Let a worker take the call; whether it has yet does not matter. */
  g_usleep (G_USEC_PER_SEC / 2);
  g_subprocess_force_exit (f->bus.daemon);
  g_subprocess_wait (f->bus.daemon, NULL, NULL);
  g_clear_object (&f->bus.daemon);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  for (guint i = 0; i < workers->len; i++)
    while (running (g_array_index (workers, int, i)))
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_usleep (50 * 1000);
      }
}

/* The words ListPlugins gives `plugin` beside its name, joined by spaces. */
static char *
plugin_words (Fixture *f, const char *plugin)
{
  DBusMessage *reply = bus_fixture_call (&f->bus, bus_fixture_method ("org.precis.Summarizer1", "ListPlugins"), NULL);
  DBusMessageIter iter, array, st, caps;
  GString *words = NULL;

  g_assert_nonnull (reply);
  g_assert_cmpstr (dbus_message_get_signature (reply), ==, "a(sssas)");
  dbus_message_iter_init (reply, &iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT;
       dbus_message_iter_next (&array))
    {
      const char *name, *word;

      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &name);
      if (strcmp (name, plugin) != 0)
        continue;
      dbus_message_iter_next (&st);
      dbus_message_iter_next (&st);
      dbus_message_iter_next (&st);
      words = g_string_new (NULL);
      for (dbus_message_iter_recurse (&st, &caps); dbus_message_iter_get_arg_type (&caps) == DBUS_TYPE_STRING;
           dbus_message_iter_next (&caps))
        {
          dbus_message_iter_get_basic (&caps, &word);
          g_string_append_printf (words, "%s%s", words->len > 0 ? " " : "", word);
        }
    }
  dbus_message_unref (reply);
  return words != NULL ? g_string_free (words, FALSE) : NULL;
}

static void
test_quarantine (Fixture *f, gconstpointer data)
{
  g_autofree char *name = NULL, *message = NULL, *words = NULL;
  gint64 deadline;

  for (int i = 0; i < 3; i++)
    assert_fails (f, "segfault", "SIGSEGV");
  words = plugin_words (f, "segfault");
  g_assert_cmpstr (words, ==, "summarize quarantined");
  g_clear_pointer (&words, g_free);
  words = plugin_words (f, "abort");
  g_assert_cmpstr (words, ==, "summarize");
  g_clear_pointer (&words, g_free);

  /* Not run again: refused at once, saying why and until when. */
  assert_fails (f, "segfault", "quarantined");

  /* Its file changes (reinstalled): it is let out, and runs (and crashes) again. */
  bus_fixture_install_plugin (&f->bus, "tests/plugins/segfault.so", "segfault.so", 0755);
  /* A hang guard for the file monitor, not a speed. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  do
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (100 * 1000);
      g_clear_pointer (&words, g_free);
      words = plugin_words (f, "segfault");
    }
  while (g_strcmp0 (words, "summarize") != 0);
  assert_fails (f, "segfault", "SIGSEGV");
}

/* Wait until ListPlugins gives `plugin` these words (NULL: not listed). */
static void
await_words (Fixture *f, const char *plugin, const char *expected)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autofree char *words = plugin_words (f, plugin);

      if (g_strcmp0 (words, expected) == 0)
        return;
      if (g_get_monotonic_time () > deadline)
        g_error ("%s listed with “%s”, not “%s”", plugin, words, expected);
      g_usleep (100 * 1000);
    }
}

/* Present at start: precisd comes up, lists them quarantined, refuses
 * calls naming them with the reason, and serves the rest. */
static void
test_crash_at_load (Fixture *f, gconstpointer data)
{
  g_autofree char *words = NULL;

  assert_unharmed (f);
  words = plugin_words (f, "ctor-crash");
  g_assert_cmpstr (words, ==, "quarantined");  /* it never said what it can */
  g_clear_pointer (&words, g_free);
  for (const char *const *name = (const char *const[]) { "load-crash", "load-abort", "load-exit", NULL };
       *name != NULL; name++)
    {
      words = plugin_words (f, *name);
      g_assert_cmpstr (words, ==, "summarize quarantined");
      g_clear_pointer (&words, g_free);
    }
  assert_fails (f, "ctor-crash", "quarantined: it crashed (SIGSEGV, Segmentation fault) as it was mapped");
  assert_fails (f, "load-crash", "quarantined: it crashed (SIGSEGV, Segmentation fault) in its load()");
  assert_fails (f, "load-abort", "(SIGABRT");
  assert_fails (f, "load-exit", "(exit status 4) in its load()");
  /* The default is lead, or passes them over. */
  {
    DBusMessage *reply = bus_fixture_call (&f->bus, bus_fixture_method_with_option ("Summarize", "One. Two. Three.", NULL, 0, NULL), NULL);

    g_assert_nonnull (reply);
    dbus_message_unref (reply);
  }
}

/* Dropped into the watched directory while precisd runs: the same, and
 * a new file in its place (here a plugin that works) is let out. */
static void
test_crash_at_load_dropped_in (Fixture *f, gconstpointer data)
{
  bus_fixture_install_plugin (&f->bus, "tests/plugins/at-load/ctor-crash.so", "ctor-crash.so", 0755);
  bus_fixture_install_plugin (&f->bus, "tests/plugins/at-load/load-crash.so", "load-crash.so", 0755);
  await_words (f, "ctor-crash", "quarantined");
  await_words (f, "load-crash", "summarize quarantined");
  assert_fails (f, "load-crash", "in its load()");
  assert_fails (f, "segfault", "SIGSEGV");  /* the workers serve the others as before */

  bus_fixture_install_plugin (&f->bus, "tests/plugins/swapin.so", "load-crash.so", 0755);
  await_words (f, "swapin", "summarize");
  await_words (f, "load-crash", NULL);
  g_assert_true (summarize (f, "swapin", NULL, NULL));
  assert_unharmed (f);
}

/* It costs its call and its worker, not precisd nor the machine. */
static void
test_memory_limit (Fixture *f, gconstpointer data)
{
#if defined(__SANITIZE_ADDRESS__)
  /* Workers of a sanitizer build take no limit (their shadow memory alone
   * is over any); the hog would really allocate its 2 GiB. */
  g_test_skip ("no worker memory limit in a sanitizer build");
  return;
#endif
  assert_fails (f, "hog", "out of memory: over its limit, worker-memory-limit-mb");
  assert_fails (f, "hog", "out of memory");
}

/* The default summarizer crashes: once quarantined, Summarize without a
 * plugin is served by the next choice (lead). */
static void
test_default_passed_over (Fixture *f, gconstpointer data)
{
  g_autofree char *name = NULL, *message = NULL;
  DBusMessage *reply;
  const char *used;
  DBusMessageIter iter;

  for (int i = 0; i < 3; i++)
    {
      reply = bus_fixture_call_full (&f->bus, bus_fixture_method_with_option ("Summarize", "One. Two. Three.", NULL, 0, NULL),
                                     &name, &message);
      g_assert_null (reply);
      g_assert_cmpstr (name, ==, "org.precis.Error.PluginFailed");
      g_clear_pointer (&name, g_free);
      g_clear_pointer (&message, g_free);
    }
  reply = bus_fixture_call (&f->bus, bus_fixture_method_with_option ("Summarize", "One. Two. Three.", NULL, 0, NULL), NULL);
  g_assert_nonnull (reply);
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_next (&iter);
  dbus_message_iter_get_basic (&iter, &used);
  g_assert_cmpstr (used, ==, "lead");
  dbus_message_unref (reply);
  assert_unharmed (f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/plugin-crash/segfault", Fixture, NULL, setup, test_segfault, teardown);
  g_test_add ("/plugin-crash/abort", Fixture, NULL, setup, test_abort, teardown);
  g_test_add ("/plugin-crash/exit", Fixture, NULL, setup, test_exit, teardown);
  g_test_add ("/plugin-crash/loop", Fixture, NULL, setup, test_loop, teardown);
  g_test_add ("/plugin-crash/quarantine", Fixture, NULL, setup, test_quarantine, teardown);
  g_test_add ("/plugin-crash/worker-outlives-nobody", Fixture, NULL, setup, test_worker_outlives_nobody,
              teardown);
  g_test_add ("/plugin-crash/at-load", Fixture, NULL, setup_load_crashes, test_crash_at_load, teardown);
  g_test_add ("/plugin-crash/at-load-dropped-in", Fixture, NULL, setup, test_crash_at_load_dropped_in,
              teardown);
  g_test_add ("/plugin-crash/memory-limit", Fixture, NULL, setup_hog, test_memory_limit, teardown);
  g_test_add ("/plugin-crash/default-passed-over", Fixture, NULL, setup_default_segfault,
              test_default_passed_over, teardown);
  return g_test_run ();
}
