/* errors.h — the precis error domain, one code per org.precis.Error name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRECIS_ERROR (precis_error_quark ())
GQuark precis_error_quark (void);

typedef enum {
  PRECIS_ERROR_INVALID_ARGS,   /* org.freedesktop.DBus.Error.InvalidArgs */
  PRECIS_ERROR_NOT_SUPPORTED,  /* org.freedesktop.DBus.Error.NotSupported */
  PRECIS_ERROR_TOO_LARGE,
  PRECIS_ERROR_UNKNOWN_PLUGIN,
  PRECIS_ERROR_PLUGIN_FAILED,
  PRECIS_ERROR_FETCH_FAILED,
  PRECIS_ERROR_NOT_AN_ARTICLE,
  PRECIS_ERROR_BUSY,
  PRECIS_ERROR_CANCELLED,
  PRECIS_ERROR_NO_NOTIFICATION_SERVER,
  PRECIS_ERROR_ACCESS_DENIED,  /* org.freedesktop.DBus.Error.AccessDenied */
  PRECIS_ERROR_NOT_A_FEED,
} PrecisErrorCode;

/* The D-Bus error name for an error of any domain (G_IO_ERROR_CANCELLED
 * becomes org.precis.Error.Cancelled; unknown ones org.freedesktop.DBus.Error.Failed). */
const char *precis_error_to_dbus_name (const GError *error);

G_END_DECLS
