/* main.c — precisd: options, bus connection, name, main loop, signals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <glib-unix.h>
#include <locale.h>
#include <stdlib.h>

#include "dbus-interface.h"
#include "dbus-mainloop.h"
#include "malloc-tune.h"
#include "pipeline.h"
#include "service.h"
#include "data-dir.h"

static char *opt_address;
static gboolean opt_replace;
static gint opt_idle_timeout;
static gboolean opt_verbose;
static gboolean opt_version;
static char **opt_plugin_dirs;

static const GOptionEntry entries[] = {
  { "address", 'a', 0, G_OPTION_ARG_STRING, &opt_address, "Use this bus instead of the session bus", "ADDRESS" },
  { "replace", 'r', 0, G_OPTION_ARG_NONE, &opt_replace, "Replace a running precisd", NULL },
  { "idle-timeout", 't', 0, G_OPTION_ARG_INT, &opt_idle_timeout, "Exit after SECONDS without calls (for D-Bus activation)", "SECONDS" },
  { "plugin-dir", 'p', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_plugin_dirs, "Search only these plugin directories (repeatable)", "DIR" },
  { "verbose", 'v', 0, G_OPTION_ARG_NONE, &opt_verbose, "Log debug messages", NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, &opt_version, "Print the version and exit", NULL },
  { NULL }
};

static gboolean
quit_loop (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
on_signal (gpointer user_data)
{
  g_message ("signal received, exiting");
  g_main_loop_quit (user_data);
  return G_SOURCE_CONTINUE;
}

/* SIGHUP: read precisd.conf again (systemctl --user reload precisd). */
static gboolean
on_hangup (gpointer user_data)
{
  precis_service_reload_settings (user_data);
  return G_SOURCE_CONTINUE;
}

/* precis-worker sits beside precisd: in libexecdir once installed, in
 * daemon/ of the build tree. */
static char *
worker_program (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = self != NULL ? g_path_get_dirname (self) : NULL;
  char *beside = dir != NULL ? g_build_filename (dir, "precis-worker", NULL) : NULL;

  if (beside != NULL && g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
    return beside;
  g_free (beside);
  return g_build_filename (PRECIS_LIBEXECDIR, "precis-worker", NULL);
}

static DBusConnection *
connect_bus (GError **error)
{
  DBusConnection *connection;
  DBusError dbus_error = DBUS_ERROR_INIT;

  if (opt_address != NULL)
    {
      connection = dbus_connection_open_private (opt_address, &dbus_error);
      if (connection != NULL && !dbus_bus_register (connection, &dbus_error))
        {
          dbus_connection_close (connection);
          dbus_connection_unref (connection);
          connection = NULL;
        }
    }
  else
    connection = dbus_bus_get_private (DBUS_BUS_SESSION, &dbus_error);

  if (connection == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot connect to the %s: %s%s",
                   opt_address ? opt_address : "session bus", dbus_error.message,
                   opt_address ? "" : " (is DBUS_SESSION_BUS_ADDRESS set? or use --address)");
      dbus_error_free (&dbus_error);
      return NULL;
    }
  dbus_connection_set_exit_on_disconnect (connection, FALSE);
  return connection;
}

static gboolean
own_name (DBusConnection *connection, GError **error)
{
  DBusError dbus_error = DBUS_ERROR_INIT;
  unsigned int flags = DBUS_NAME_FLAG_ALLOW_REPLACEMENT | DBUS_NAME_FLAG_DO_NOT_QUEUE;
  int result;

  if (opt_replace)
    flags |= DBUS_NAME_FLAG_REPLACE_EXISTING;
  result = dbus_bus_request_name (connection, PRECIS_DBUS_NAME, flags, &dbus_error);
  if (result == -1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot own %s: %s",
                   PRECIS_DBUS_NAME, dbus_error.message);
      dbus_error_free (&dbus_error);
      return FALSE;
    }
  if (result != DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER &&
      result != DBUS_REQUEST_NAME_REPLY_ALREADY_OWNER)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   "%s is owned by another precisd; use --replace to take over", PRECIS_DBUS_NAME);
      return FALSE;
    }
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GMainLoop) loop = NULL;
  g_autoptr (PrecisService) service = NULL;
  guint hangup = 0;
  PrecisSettings settings = { 0 };
  PrecisEngine *engine;
  DBusConnection *connection;

  precis_malloc_limit_arenas ();
  precis_malloc_keep_warm ();
  setlocale (LC_ALL, "");
  context = g_option_context_new ("- the precis news summarization daemon");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("precisd: %s\n", error->message);
      return 2;
    }
  if (opt_version)
    {
      g_print ("precisd %s\n", PRECIS_VERSION);
      return 0;
    }
  if (opt_verbose)
    g_log_set_debug_enabled (TRUE);
  if (opt_idle_timeout < 0)
    {
      g_printerr ("precisd: --idle-timeout takes a number of seconds, 0 or more\n");
      return 2;
    }

  if (!precis_pipeline_init (precis_data_dir (), &error))
    {
      g_printerr ("precisd: %s\n", error->message);
      return 1;
    }
  dbus_threads_init_default ();
  precis_settings_load (&settings);
  if (settings.plugin_workers)
    {
      g_autofree char *worker = worker_program ();

      /* precisd runs no plugin code itself: a probe worker loads them first. */
      engine = precis_engine_new_with_workers (&settings, (const char *const *) opt_plugin_dirs,
                                               worker, &error);
    }
  else
    engine = precis_engine_new (&settings, (const char *const *) opt_plugin_dirs, &error);
  if (engine == NULL)
    {
      g_printerr ("precisd: %s\n", error->message);
      return 1;
    }

  if (precis_engine_uses_workers (engine))
    {
      /* Owning the name says precisd is ready: its first calls should not
       * wait for workers to load their plugins.  Not forever, though: a
       * worker that cannot start is reported by the first call. */
      if (!precis_engine_wait_workers (engine, 10000))
        g_warning ("plugins or analysis workers not ready after 10 s; serving anyway");
    }
  else
    g_message ("plugin-workers=false: plugins run inside precisd, and a crash in one ends it");

  connection = connect_bus (&error);
  if (connection == NULL)
    {
      g_printerr ("precisd: %s\n", error->message);
      precis_engine_free (engine);
      return 1;
    }
  precis_dbus_attach (connection, NULL);

  loop = g_main_loop_new (NULL, FALSE);
  service = precis_service_new (connection, engine, (guint) opt_idle_timeout,
                                quit_loop, loop, &error);
  /* Caught before the name is owned: whoever sees the name (a client, a
   * test, systemd) may stop precisd at once, and SIGTERM's default action
   * would end it without a clean exit. */
  g_unix_signal_add (SIGTERM, on_signal, loop);
  g_unix_signal_add (SIGINT, on_signal, loop);
  if (service != NULL)
    hangup = g_unix_signal_add (SIGHUP, on_hangup, service);
  if (service == NULL || !own_name (connection, &error))
    {
      g_printerr ("precisd: %s\n", error->message);
      /* The service owns the engine once it exists. */
      if (service != NULL)
        {
          g_source_remove (hangup);
          precis_service_free (service);
        }
      else
        precis_engine_free (engine);
      precis_dbus_detach (connection);
      dbus_connection_close (connection);
      dbus_connection_unref (connection);
      return 1;
    }
  g_message ("precisd %s serving %s on %s", PRECIS_VERSION, PRECIS_DBUS_NAME,
             opt_address ? opt_address : "the session bus");

  g_main_loop_run (loop);

  g_source_remove (hangup);
  g_clear_pointer (&service, precis_service_free);
  precis_dbus_detach (connection);
  dbus_connection_close (connection);
  dbus_connection_unref (connection);
  g_strfreev (opt_plugin_dirs);
  g_free (opt_address);
  return 0;
}
