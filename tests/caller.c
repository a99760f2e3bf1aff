/* caller.c — from a process id to an app id, over a fixture /proc tree.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * precis_caller_identify_pid reads PROC/PID/root/.flatpak-info and
 * PROC/PID/cgroup; the tests build those files as Flatpak and snapd write
 * them, under a temporary directory standing for /proc.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "bus-fixture.h"
#include "caller.h"

typedef struct {
  char *proc;
} Fixture;

static void
put (Fixture *f, const char *relative, const char *contents)
{
  g_autofree char *path = g_build_filename (f->proc, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
setup (Fixture *f, gconstpointer data)
{
  f->proc = g_dir_make_tmp ("precis-proc-XXXXXX", NULL);
  g_assert_nonnull (f->proc);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  test_remove_tree (f->proc);
  g_free (f->proc);
}

static void
test_flatpak (Fixture *f, gconstpointer data)
{
  g_autofree char *app = NULL;

  put (f, "42/root/.flatpak-info",
       "[Application]\nname=org.example.Reader\nruntime=runtime/org.gnome.Platform/x86_64/45\n\n"
       "[Instance]\ninstance-id=123\n");
  put (f, "42/cgroup", "0::/user.slice/user-1000.slice/app-flatpak-org.example.Reader-123.scope\n");
  g_assert_cmpint (precis_caller_identify_pid (f->proc, 42, &app), ==, PRECIS_CALLER_FLATPAK);
  g_assert_cmpstr (app, ==, "org.example.Reader");
}

static void
test_snap (Fixture *f, gconstpointer data)
{
  g_autofree char *app = NULL;

  put (f, "7/root/bin/reader", "");
  put (f, "7/cgroup",
       "1:name=systemd:/user.slice/user-1000.slice/user@1000.service/app.slice/"
       "snap.feedreader.feedreader-4a5b.scope\n0::/user.slice/user-1000.slice\n");
  g_assert_cmpint (precis_caller_identify_pid (f->proc, 7, &app), ==, PRECIS_CALLER_SNAP);
  g_assert_cmpstr (app, ==, "snap.feedreader");
}

static void
test_host (Fixture *f, gconstpointer data)
{
  g_autofree char *app = NULL;

  put (f, "9/root/bin/sh", "");
  put (f, "9/cgroup", "0::/user.slice/user-1000.slice/session-2.scope\n");
  g_assert_cmpint (precis_caller_identify_pid (f->proc, 9, &app), ==, PRECIS_CALLER_HOST);
  g_assert_cmpstr (app, ==, "");
}

/* A process gone (or a PID the bus did not give) is never taken for the host. */
static void
test_gone (Fixture *f, gconstpointer data)
{
  g_autofree char *app = NULL, *none = NULL;

  g_assert_cmpint (precis_caller_identify_pid (f->proc, 1234, &app), ==, PRECIS_CALLER_UNKNOWN);
  g_assert_cmpint (precis_caller_identify_pid (f->proc, 0, &none), ==, PRECIS_CALLER_UNKNOWN);
}

/* This test process itself, through the real /proc: unsandboxed. */
static void
test_self (void)
{
  g_autofree char *app = NULL;
  PrecisCaller caller = { .kind = PRECIS_CALLER_HOST };

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("running inside a Flatpak");
      return;
    }
  g_assert_cmpint (precis_caller_identify_pid (NULL, (guint32) getpid (), &app), ==, PRECIS_CALLER_HOST);
  g_assert_false (precis_caller_is_sandboxed (&caller));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/caller/flatpak", Fixture, NULL, setup, test_flatpak, teardown);
  g_test_add ("/caller/snap", Fixture, NULL, setup, test_snap, teardown);
  g_test_add ("/caller/host", Fixture, NULL, setup, test_host, teardown);
  g_test_add ("/caller/gone", Fixture, NULL, setup, test_gone, teardown);
  g_test_add_func ("/caller/self", test_self);
  return g_test_run ();
}
