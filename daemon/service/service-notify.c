/* service-notify.c — whose notification NotifySummary posts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A notification belongs to the app that asked for it: the caller names
 * its desktop entry, icon and name.  A sandboxed app's notifications are
 * always its own: its desktop entry is its app id, whatever it says, so
 * that it cannot post in another app's name.
 */
#include "config.h"

#include "errors.h"
#include "service-private.h"

gboolean
precis_service_notify_options (PrecisService *service, DBusMessage *message,
                               DBusMessageIter *options, PrecisNotifyOptions *app, GError **error)
{
  DBusMessageIter copy = *options;  /* the call options read the same a{sv} after */
  const PrecisCaller *caller = precis_callers_lookup (service->callers,
                                                      dbus_message_get_sender (message));

  if (!precis_notify_options_parse (app, &copy, error))
    return FALSE;
  if (caller != NULL && precis_caller_is_sandboxed (caller) && *caller->app_id != '\0')
    {
      g_free (app->desktop_entry);
      app->desktop_entry = g_strdup (caller->app_id);
    }
  return TRUE;
}

/* The last clickable notification closed: precisd may idle out again. */
void
precis_service_notifications_changed (gpointer notifier, gpointer user_data)
{
  precis_service_idle_reset (user_data);
}
