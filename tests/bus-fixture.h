/* bus-fixture.h — a private dbus-daemon and a precisd on it, for tests.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>
#include <gio/gio.h>

typedef struct {
  char *tmpdir;                 /* XDG dirs, bus socket, plugin dir */
  char *plugin_dir;             /* a watched plugin dir the test may fill */
  char *address;
  GSubprocess *bus;
  GSubprocess *daemon;
  DBusConnection *client;
  int call_timeout_ms;          /* the client's wait for a reply: 0 = a minute */
} BusFixture;

/* Start a private bus (its servicedir: `service_dir`, may be NULL) and,
 * if `start_daemon`, precisd on it; waits until the name is owned. */
void bus_fixture_setup (BusFixture *fixture, const char *service_dir, gboolean start_daemon);
/* SIGTERM precisd and check that it exits with 0; stop the bus; remove the files. */
void bus_fixture_teardown (BusFixture *fixture);

/* The same, in the shape g_test_add() takes: a bus with precisd running,
 * a bus alone, and the teardown of either. */
void bus_fixture_setup_running (BusFixture *fixture, gconstpointer data);
/* precisd running with a call timeout of 300 s, so that the client's own
 * (four minutes) decides how long a slow call may take (texts at the size
 * limit in a sanitizer build, beside the other tests). */
void bus_fixture_setup_patient (BusFixture *fixture, gconstpointer data);
void bus_fixture_setup_bus_only (BusFixture *fixture, gconstpointer data);
void bus_fixture_test_teardown (BusFixture *fixture, gconstpointer data);

/* Replace the user's precisd.conf (read when precisd starts).  The
 * fixture writes one that allows fetching from loopback
 * ([fetch] allow-private-networks=true), since the tests' web servers
 * live there, and feeds polled every second ([feeds] min-interval-seconds=1);
 * a test that writes its own says what it needs. */
void bus_fixture_write_config (BusFixture *fixture, const char *contents);
/* The call timeout is a guard against a hung plugin, not a timing test:
 * a first call in a language loads its model, which under ASan on a
 * loaded CI machine can near the default 10 s.  Tests of the timeout
 * itself append their own [daemon] call-timeout-seconds. */
#define BUS_FIXTURE_TEST_CONFIG \
  "[fetch]\nallow-private-networks=true\n[feeds]\nmin-interval-seconds=1\n" \
  "[daemon]\ncall-timeout-seconds=60\n"

/* For the evaluations: precisd is to find the plugins in `plugin_dir`
 * (each in its own folder, as the build tree has them) and its data in
 * `data_dir`, unless the environment already says (PRECIS_TEST_PLUGIN_PATH,
 * PRECIS_DATA_DIR).  Call before bus_fixture_setup(). */
void bus_fixture_use_plugins (const char *plugin_dir, const char *data_dir);

/* Start precisd on the fixture's bus and wait for its name. */
void bus_fixture_start_daemon (BusFixture *fixture, const char *const *extra_args);

/* Start precisd without waiting: for a daemon that may crash before
 * anyone sees it own its name (a feed item that kills it at once). */
void bus_fixture_spawn_daemon (BusFixture *fixture, const char *const *extra_args);

/* Fields of /proc/PID/stat after the command name (which may hold
 * spaces), numbered from 0 = state, 1 = ppid; NULL if the process is gone. */
GStrv bus_fixture_proc_stat (int pid);
/* The processes whose parent is `pid` (precisd's analysis workers,
 * whichever of its threads started them). */
GArray *bus_fixture_children (int pid);
/* CPU seconds (user + system) process `pid` and its children have used so
 * far: its own, its reaped children's and its live children's (precisd's
 * analysis runs in its worker processes). */
double bus_fixture_tree_cpu_s (int pid);

/* A blocking call; returns the reply or NULL with the D-Bus error name in *error_name. */
DBusMessage *bus_fixture_call (BusFixture *fixture, DBusMessage *call, char **error_name);

/* Build a call to org.precis.Summarizer1 on /org/precis/Summarizer1. */
DBusMessage *bus_fixture_method (const char *interface, const char *member);

/* A call taking a string then an a{sv} (Summarize, AnalyzeUrl, Subscribe...)
 * with at most one option (`key` NULL: none). */
DBusMessage *bus_fixture_method_with_option (const char *member, const char *first, const char *key,
                                             int type, const void *value);

/* The call's reply, or NULL with the error's name and message (may be NULL). */
DBusMessage *bus_fixture_call_full (BusFixture *fixture, DBusMessage *call, char **error_name,
                                    char **error_message);

/* How many of the `n` calls `pending` on the fixture's client connection
 * have been answered by now: the replies already on its socket are read,
 * none is waited for. */
guint bus_fixture_count_answered (BusFixture *fixture, DBusPendingCall *const *pending, gsize n);

/* The same precisd process answers a tiny Summarize within a second (5 s
 * in sanitizer builds). */
void bus_fixture_assert_alive (BusFixture *fixture);

/* Copy a built plugin (`relative` to the build dir) into the fixture's
 * plugin dir as `as` with `mode`, atomically (write aside, then rename). */
void bus_fixture_install_plugin (BusFixture *fixture, const char *relative, const char *as, guint mode);

/* Run a command (argv) with DBUS_SESSION_BUS_ADDRESS set to the fixture's bus;
 * returns its exit status and its stdout/stderr. */
int bus_fixture_run (BusFixture *fixture, const char *const *argv, char **out, char **err);

/* Remove `path` and everything below it (links are removed, not followed). */
void test_remove_tree (const char *path);

/* Read the whole file under tests/ or data/ of the source tree. */
char *test_read_source_file (const char *relative);

/* Paths of built programs and plugins, from the build dir. */
char *test_build_path (const char *relative);
