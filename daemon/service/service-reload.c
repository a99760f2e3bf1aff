/* service-reload.c — precisd.conf edited by hand takes effect without a
 * restart; its [feeds] settings reach the poller at start and on reload.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The user's file is watched (GFileMonitor; editors write a new file and
 * rename it, so the directory's events are what count), and SIGHUP asks
 * for a reload too (systemctl --user reload precisd).
 */
#include "config.h"

#include "dbus-send.h"
#include "service-private.h"

/* --- feeds' settings ----------------------------------------------------- */

static GPtrArray *
feed_listeners (gpointer data, const char *owner)
{
  PrecisService *service = data;

  return precis_callers_names_of_app (service->callers, owner);
}

static gboolean
feed_owner_present (gpointer data, const char *owner)
{
  PrecisService *service = data;

  return precis_callers_app_connected (service->callers, owner);
}

static const PrecisFeedOwners feed_owners = { feed_listeners, feed_owner_present };

/* At start and after each reload of precisd.conf. */
void
precis_service_apply_feed_settings (PrecisService *service)
{
  precis_feed_poller_set_owners (service->feeds, &feed_owners, service,
                                 service->settings->feed_pause_after_s);
  precis_feed_poller_set_limits (service->feeds, &(PrecisFeedLimits) {
    .min_interval = service->settings->feed_min_interval_s,
    .max_subscriptions = service->settings->feed_max_subscriptions,
    .timeout_seconds = service->settings->fetch_timeout_s,
  });
}

/* --- reload -------------------------------------------------------------- */

/* An editor's save is several events: one reload for the burst. */
#define RELOAD_DELAY_MS 200

static gboolean
reload_now (gpointer user_data)
{
  PrecisService *service = user_data;

  service->reload_source = 0;
  precis_service_reload_settings (service);
  return G_SOURCE_REMOVE;
}

void
precis_service_reload_settings (PrecisService *service)
{
  gboolean defaults_changed = precis_engine_reload_settings (service->engine);

  precis_service_apply_feed_settings (service);

  g_message ("settings reloaded from %s", service->settings->user_file);
  if (defaults_changed)
    {
      GVariantBuilder changed;

      g_variant_builder_init (&changed, G_VARIANT_TYPE ("a{sv}"));
      precis_dbus_emit_signal (service->connection, PRECIS_DBUS_PATH, DBUS_INTERFACE_PROPERTIES,
                               "PropertiesChanged",
                               g_variant_new ("(sa{sv}^as)", PRECIS_DBUS_INTERFACE, &changed,
                                              (const char *const[]) { "DefaultSummarizer",
                                                                      "DefaultFactExtractor", NULL }));
    }
}

static void
on_changed (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
            gpointer user_data)
{
  PrecisService *service = user_data;
  g_autoptr (GFile) watched = g_file_new_for_path (service->settings->user_file);

  if (!g_file_equal (file, watched) && (other == NULL || !g_file_equal (other, watched)))
    return;
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_DELETED && event != G_FILE_MONITOR_EVENT_RENAMED &&
      event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  g_clear_handle_id (&service->reload_source, g_source_remove);
  service->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_now, service);
}

void
precis_service_watch_settings (PrecisService *service)
{
  g_autofree char *dir = g_path_get_dirname (service->settings->user_file);
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GError) error = NULL;

  /* The systemd unit creates the folder (ConfigurationDirectory=); without
   * it there is nothing to watch yet, and SIGHUP still reloads. */
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return;
  folder = g_file_new_for_path (dir);
  service->settings_monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (service->settings_monitor == NULL)
    {
      g_message ("not watching %s for changes (%s); SIGHUP reloads it", dir, error->message);
      return;
    }
  g_signal_connect (service->settings_monitor, "changed", G_CALLBACK (on_changed), service);
}

void
precis_service_unwatch_settings (PrecisService *service)
{
  g_clear_handle_id (&service->reload_source, g_source_remove);
  if (service->settings_monitor != NULL)
    g_signal_handlers_disconnect_by_data (service->settings_monitor, service);
  g_clear_object (&service->settings_monitor);
}
