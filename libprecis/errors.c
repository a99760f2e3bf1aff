/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "errors.h"

#include <gio/gio.h>

G_DEFINE_QUARK (precis-error-quark, precis_error)

static const char *const dbus_names[] = {
  [PRECIS_ERROR_INVALID_ARGS] = "org.freedesktop.DBus.Error.InvalidArgs",
  [PRECIS_ERROR_NOT_SUPPORTED] = "org.freedesktop.DBus.Error.NotSupported",
  [PRECIS_ERROR_TOO_LARGE] = "org.precis.Error.TooLarge",
  [PRECIS_ERROR_UNKNOWN_PLUGIN] = "org.precis.Error.UnknownPlugin",
  [PRECIS_ERROR_PLUGIN_FAILED] = "org.precis.Error.PluginFailed",
  [PRECIS_ERROR_FETCH_FAILED] = "org.precis.Error.FetchFailed",
  [PRECIS_ERROR_NOT_AN_ARTICLE] = "org.precis.Error.NotAnArticle",
  [PRECIS_ERROR_BUSY] = "org.precis.Error.Busy",
  [PRECIS_ERROR_CANCELLED] = "org.precis.Error.Cancelled",
  [PRECIS_ERROR_NO_NOTIFICATION_SERVER] = "org.precis.Error.NoNotificationServer",
  [PRECIS_ERROR_ACCESS_DENIED] = "org.freedesktop.DBus.Error.AccessDenied",
  [PRECIS_ERROR_NOT_A_FEED] = "org.precis.Error.NotAFeed",
};

const char *
precis_error_to_dbus_name (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == PRECIS_ERROR && error->code >= 0 &&
      (gsize) error->code < G_N_ELEMENTS (dbus_names) && dbus_names[error->code] != NULL)
    return dbus_names[error->code];
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return dbus_names[PRECIS_ERROR_CANCELLED];
  return "org.freedesktop.DBus.Error.Failed";
}
