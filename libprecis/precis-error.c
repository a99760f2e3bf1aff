/* precis-error.c — the precis error domain and its D-Bus names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "errors.h"

/**
 * precis_error_quark:
 *
 * Returns: the #PRECIS_ERROR domain
 */
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

/**
 * precis_error_get_dbus_name:
 * @code: a #PrecisError
 *
 * Returns: the D-Bus error name precisd replies with for @code, or %NULL
 *   for a code it does not know
 */
const char *
precis_error_get_dbus_name (PrecisError code)
{
  if ((guint) code < G_N_ELEMENTS (dbus_names))
    return dbus_names[code];
  return NULL;
}

/**
 * precis_error_from_dbus_name:
 * @name: a D-Bus error name
 * @code: (out): where to store the matching #PrecisError
 *
 * Returns: %TRUE if @name is one of the error names of precis
 */
gboolean
precis_error_from_dbus_name (const char *name, PrecisError *code)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (dbus_names); i++)
    if (dbus_names[i] != NULL && strcmp (dbus_names[i], name) == 0)
      {
        if (code != NULL)
          *code = i;
        return TRUE;
      }
  return FALSE;
}

const char *
precis_error_to_dbus_name (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == PRECIS_ERROR && precis_error_get_dbus_name (error->code) != NULL)
    return precis_error_get_dbus_name (error->code);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return dbus_names[PRECIS_ERROR_CANCELLED];
  return "org.freedesktop.DBus.Error.Failed";
}
