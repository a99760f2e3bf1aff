/* bus-fixture.c — a private dbus-daemon and a precisd on it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "bus-fixture.h"

char *
test_build_path (const char *relative)
{
  const char *build = g_getenv ("MESON_BUILD_ROOT");

  return g_build_filename (build != NULL ? build : PRECIS_BUILD_ROOT, relative, NULL);
}

char *
test_read_source_file (const char *relative)
{
  g_autofree char *path = g_build_filename (PRECIS_SOURCE_ROOT, relative, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_bus_config (BusFixture *f, const char *service_dir, const char *path)
{
  g_autofree char *config = g_strdup_printf (
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig>\n"
    "  <type>session</type>\n"
    "  <listen>unix:dir=%s</listen>\n"
    "  %s%s%s\n"
    "  <policy context=\"default\">\n"
    "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
    "    <allow eavesdrop=\"true\"/>\n"
    "    <allow own=\"*\"/>\n"
    "  </policy>\n"
    "</busconfig>\n",
    f->tmpdir,
    service_dir ? "<servicedir>" : "", service_dir ? service_dir : "",
    service_dir ? "</servicedir>" : "");
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, config, -1, &error);
  g_assert_no_error (error);
}

static char *
read_line (GInputStream *stream)
{
  GString *line = g_string_new (NULL);
  char c;

  while (g_input_stream_read (stream, &c, 1, NULL, NULL) == 1 && c != '\n')
    g_string_append_c (line, c);
  return g_string_free (line, FALSE);
}

static gboolean
name_has_owner (DBusConnection *connection)
{
  return dbus_bus_name_has_owner (connection, "org.precis.Summarizer1", NULL);
}

/* A test that fails aborts without teardown: its bus and daemon must not outlive it. */
static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

void
bus_fixture_spawn_daemon (BusFixture *f, const char *const *extra_args)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autofree char *precisd = test_build_path ("daemon/precisd");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  const char *wrapper = g_getenv ("PRECIS_TEST_DAEMON_WRAPPER");
  g_auto (GStrv) wrapper_argv = NULL;

  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  /* CI runs precisd under valgrind: PRECIS_TEST_DAEMON_WRAPPER is a
   * command line put in front of precisd's. */
  if (wrapper != NULL && *wrapper != '\0')
    {
      g_assert_true (g_shell_parse_argv (wrapper, NULL, &wrapper_argv, &error));
      for (char **w = wrapper_argv; *w != NULL; w++)
        g_ptr_array_add (argv, *w);
    }
  g_ptr_array_add (argv, precisd);
  g_ptr_array_add (argv, (char *) "--address");
  g_ptr_array_add (argv, f->address);
  for (const char *const *a = extra_args; a && *a; a++)
    g_ptr_array_add (argv, (char *) *a);
  g_ptr_array_add (argv, NULL);

  f->daemon = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
}

void
bus_fixture_start_daemon (BusFixture *f, const char *const *extra_args)
{
  const char *wrapper = g_getenv ("PRECIS_TEST_DAEMON_WRAPPER");
  gint64 deadline;

  bus_fixture_spawn_daemon (f, extra_args);
  /* Only a guard against a daemon that never owns its name: a sanitizer
   * build on a loaded machine has taken over 10 s to load its workers. */
  deadline = g_get_monotonic_time () + (wrapper ? 120 : 60) * G_USEC_PER_SEC;
  while (!name_has_owner (f->client))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (10 * 1000);
    }
}

GStrv
bus_fixture_proc_stat (int pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", pid);
  g_autofree char *stat = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &stat, NULL, NULL) || (after_name = strrchr (stat, ')')) == NULL ||
      after_name[1] == '\0')
    return NULL;
  return g_strsplit (after_name + 2, " ", -1);
}

GArray *
bus_fixture_children (int pid)
{
  GArray *children = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *entry;

  g_assert_nonnull (proc);
  while ((entry = g_dir_read_name (proc)) != NULL)
    {
      int child = g_ascii_isdigit (*entry) ? atoi (entry) : 0;
      g_auto (GStrv) fields = child > 0 ? bus_fixture_proc_stat (child) : NULL;

      if (fields != NULL && g_strv_length (fields) > 1 && atoi (fields[1]) == pid)
        g_array_append_val (children, child);
    }
  return children;
}

double
bus_fixture_tree_cpu_s (int pid)
{
  g_auto (GStrv) fields = bus_fixture_proc_stat (pid);
  g_autoptr (GArray) children = bus_fixture_children (pid);
  double ticks;

  g_assert_nonnull (fields);
  /* utime, stime, cutime, cstime: fields 14 to 17 of the line, 11 to 14 here. */
  ticks = g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL) +
          g_ascii_strtod (fields[13], NULL) + g_ascii_strtod (fields[14], NULL);
  for (guint i = 0; i < children->len; i++)
    {
      g_auto (GStrv) child = bus_fixture_proc_stat (g_array_index (children, int, i));

      if (child != NULL && g_strv_length (child) > 12)
        ticks += g_ascii_strtod (child[11], NULL) + g_ascii_strtod (child[12], NULL);
    }
  return ticks / sysconf (_SC_CLK_TCK);
}

void
bus_fixture_write_config (BusFixture *f, const char *contents)
{
  g_autofree char *dir = g_build_filename (f->tmpdir, "config", "precis", NULL);
  g_autofree char *path = g_build_filename (dir, "precisd.conf", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

void
bus_fixture_use_plugins (const char *plugin_dir, const char *data_dir)
{
  g_autoptr (GPtrArray) path = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = g_dir_open (plugin_dir, 0, NULL);
  g_autofree char *joined = NULL;
  const char *name;

  g_ptr_array_add (path, g_strdup (plugin_dir));
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      char *sub = g_build_filename (plugin_dir, name, NULL);

      if (g_file_test (sub, G_FILE_TEST_IS_DIR))
        g_ptr_array_add (path, sub);
      else
        g_free (sub);
    }
  g_ptr_array_add (path, NULL);
  joined = g_strjoinv (":", (char **) path->pdata);
  g_setenv ("PRECIS_TEST_PLUGIN_PATH", joined, FALSE);
  g_setenv ("PRECIS_DATA_DIR", data_dir, FALSE);
}

void
bus_fixture_setup (BusFixture *f, const char *service_dir, gboolean start_daemon)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *config_path = NULL;
  g_autofree char *state = NULL, *config = NULL, *data = NULL;
  DBusError dbus_error = DBUS_ERROR_INIT;
  const char *plugin_path = g_getenv ("PRECIS_TEST_PLUGIN_PATH");
  g_autofree char *path = NULL;

  memset (f, 0, sizeof *f);
  f->tmpdir = g_dir_make_tmp ("precis-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->plugin_dir = g_build_filename (f->tmpdir, "plugins", NULL);
  g_assert_cmpint (g_mkdir (f->plugin_dir, 0700), ==, 0);

  /* Everything precisd or its plugins write goes into the temp dir. */
  config = g_build_filename (f->tmpdir, "config", NULL);
  state = g_build_filename (f->tmpdir, "state", NULL);
  data = g_build_filename (f->tmpdir, "data", NULL);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  path = g_strconcat (f->plugin_dir, plugin_path ? ":" : "", plugin_path ? plugin_path : "", NULL);
  g_setenv ("PRECIS_PLUGIN_PATH", path, TRUE);
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG);

  config_path = g_build_filename (f->tmpdir, "bus.conf", NULL);
  write_bus_config (f, service_dir, config_path);
  {
    g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);

    g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
    f->bus = g_subprocess_launcher_spawn (launcher, &error, "dbus-daemon", "--config-file", config_path,
                                          "--nofork", "--print-address=1", NULL);
  }
  g_assert_no_error (error);
  f->address = read_line (g_subprocess_get_stdout_pipe (f->bus));
  g_assert_cmpstr (f->address, !=, "");
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", f->address, TRUE);

  f->client = dbus_connection_open_private (f->address, &dbus_error);
  g_assert_false (dbus_error_is_set (&dbus_error));
  g_assert_true (dbus_bus_register (f->client, &dbus_error));

  if (start_daemon)
    bus_fixture_start_daemon (f, NULL);
}

void
test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
bus_fixture_teardown (BusFixture *f)
{
  g_autoptr (GError) error = NULL;

  if (f->daemon != NULL)
    {
      g_subprocess_send_signal (f->daemon, SIGTERM);
      g_subprocess_wait (f->daemon, NULL, &error);
      g_assert_no_error (error);
      /* A clean exit on SIGTERM is part of the contract. */
      g_assert_true (g_subprocess_get_if_exited (f->daemon));
      g_assert_cmpint (g_subprocess_get_exit_status (f->daemon), ==, 0);
      g_clear_object (&f->daemon);
    }
  if (f->client != NULL)
    {
      dbus_connection_close (f->client);
      dbus_connection_unref (f->client);
    }
  g_subprocess_force_exit (f->bus);
  g_subprocess_wait (f->bus, NULL, NULL);
  g_clear_object (&f->bus);
  test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->plugin_dir);
  g_free (f->address);
}

void
bus_fixture_setup_running (BusFixture *f, gconstpointer data)
{
  bus_fixture_setup (f, NULL, TRUE);
}

void
bus_fixture_setup_patient (BusFixture *f, gconstpointer data)
{
  bus_fixture_setup (f, NULL, FALSE);
  bus_fixture_write_config (f, BUS_FIXTURE_TEST_CONFIG "[daemon]\ncall-timeout-seconds=300\n");
  /* A text at the size limit took over a minute in a sanitizer build with
   * the other tests running beside it; a quadratic pass takes hours. */
  f->call_timeout_ms = 240000;
  bus_fixture_start_daemon (f, NULL);
}

void
bus_fixture_setup_bus_only (BusFixture *f, gconstpointer data)
{
  bus_fixture_setup (f, NULL, FALSE);
}

void
bus_fixture_test_teardown (BusFixture *f, gconstpointer data)
{
  bus_fixture_teardown (f);
}

DBusMessage *
bus_fixture_method (const char *interface, const char *member)
{
  DBusMessage *m = dbus_message_new_method_call ("org.precis.Summarizer1", "/org/precis/Summarizer1",
                                                 interface, member);

  g_assert_nonnull (m);
  return m;
}

static int
call_timeout (const BusFixture *f)
{
  return f->call_timeout_ms > 0 ? f->call_timeout_ms : 60000;
}

DBusMessage *
bus_fixture_call (BusFixture *f, DBusMessage *call, char **error_name)
{
  g_autofree char *name = NULL, *message = NULL;
  DBusMessage *reply = bus_fixture_call_full (f, call, &name, &message);

  /* A caller that takes no error name expects none: say which it was. */
  if (reply == NULL && error_name == NULL)
    g_test_message ("unexpected D-Bus error %s: %s", name, message);
  if (error_name != NULL)
    *error_name = g_steal_pointer (&name);
  return reply;
}

int
bus_fixture_run (BusFixture *f, const char *const *argv, char **out, char **err)
{
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

DBusMessage *
bus_fixture_method_with_option (const char *member, const char *first, const char *key, int type,
                                const void *value)
{
  DBusMessage *m = bus_fixture_method ("org.precis.Summarizer1", member);
  DBusMessageIter iter, dict, entry, variant;
  char signature[2] = { (char) type, 0 };

  dbus_message_iter_init_append (m, &iter);
  g_assert_true (dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &first));
  g_assert_true (dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict));
  if (key != NULL)
    {
      g_assert_true (dbus_message_iter_open_container (&dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry));
      g_assert_true (dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &key));
      g_assert_true (dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, signature, &variant));
      g_assert_true (dbus_message_iter_append_basic (&variant, type, value));
      g_assert_true (dbus_message_iter_close_container (&entry, &variant));
      g_assert_true (dbus_message_iter_close_container (&dict, &entry));
    }
  g_assert_true (dbus_message_iter_close_container (&iter, &dict));
  return m;
}

DBusMessage *
bus_fixture_call_full (BusFixture *f, DBusMessage *call, char **error_name, char **error_message)
{
  DBusError error = DBUS_ERROR_INIT;
  DBusMessage *reply = dbus_connection_send_with_reply_and_block (f->client, call, call_timeout (f), &error);

  dbus_message_unref (call);
  if (error_name != NULL)
    *error_name = reply == NULL ? g_strdup (error.name) : NULL;
  if (error_message != NULL)
    *error_message = reply == NULL ? g_strdup (error.message) : NULL;
  dbus_error_free (&error);
  return reply;
}

guint
bus_fixture_count_answered (BusFixture *f, DBusPendingCall *const *pending, gsize n)
{
  guint answered = 0;

  while (dbus_connection_read_write (f->client, 0) &&
         dbus_connection_dispatch (f->client) == DBUS_DISPATCH_DATA_REMAINS)
    ;
  for (gsize i = 0; i < n; i++)
    answered += dbus_pending_call_get_completed (pending[i]);
  return answered;
}

/* precisd answers a tiny call: it is neither dead nor stuck (a stuck one
 * leaves the call to its 60 s bus time-out, an error).  How fast it answers
 * (the "within 1 s") is a budget for robustness.py and the
 * benchmarks: a clock here failed on a loaded machine or a sanitizer build. */
void
bus_fixture_assert_alive (BusFixture *f)
{
  g_autofree char *name = NULL, *message = NULL;
  const char *lead = "lead";  /* the simplest plugin: whatever the test made the default */
  DBusMessage *reply = bus_fixture_call_full (f, bus_fixture_method_with_option (
                                                "Summarize", "A tiny text. It has two sentences.",
                                                "plugin", DBUS_TYPE_STRING, &lead), &name, &message);

  if (reply == NULL)
    g_error ("precisd does not answer a tiny call: %s %s", name, message);
  dbus_message_unref (reply);
}

void
bus_fixture_install_plugin (BusFixture *f, const char *relative, const char *as, guint mode)
{
  g_autofree char *source = test_build_path (relative);
  g_autofree char *tmp = g_build_filename (f->plugin_dir, ".incoming", NULL);
  g_autofree char *target = g_build_filename (f->plugin_dir, as, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (tmp, contents, length, NULL));
  g_assert_cmpint (g_chmod (tmp, mode), ==, 0);
  /* Atomic, the way a package manager replaces a file. */
  g_assert_cmpint (g_rename (tmp, target), ==, 0);
}
