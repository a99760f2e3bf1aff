/* precis-error.h — the precis error domain.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(PRECIS_INSIDE) && !defined(PRECIS_COMPILATION)
#error "Only <precis/precis.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * PRECIS_ERROR:
 *
 * The error domain of precis.  Each code is one D-Bus error name of the
 * org.precis.Summarizer1 interface, so the in-process and the D-Bus
 * connections report the same failure the same way.
 */
#define PRECIS_ERROR (precis_error_quark ())

/**
 * PrecisError:
 * @PRECIS_ERROR_INVALID_ARGS: an argument or option is wrong
 *   (org.freedesktop.DBus.Error.InvalidArgs)
 * @PRECIS_ERROR_NOT_SUPPORTED: not supported (org.freedesktop.DBus.Error.NotSupported)
 * @PRECIS_ERROR_TOO_LARGE: the text is over the size limit (org.precis.Error.TooLarge)
 * @PRECIS_ERROR_UNKNOWN_PLUGIN: no such plugin, or it can't do what was asked
 *   (org.precis.Error.UnknownPlugin)
 * @PRECIS_ERROR_PLUGIN_FAILED: the plugin failed or returned garbage
 *   (org.precis.Error.PluginFailed)
 * @PRECIS_ERROR_FETCH_FAILED: the page could not be fetched (org.precis.Error.FetchFailed)
 * @PRECIS_ERROR_NOT_AN_ARTICLE: the page holds no article (org.precis.Error.NotAnArticle)
 * @PRECIS_ERROR_BUSY: too many calls in flight, or no worker thread or
 *   analysis worker was free in time (org.precis.Error.Busy): try again shortly
 * @PRECIS_ERROR_CANCELLED: the call was cancelled (org.precis.Error.Cancelled)
 * @PRECIS_ERROR_NO_NOTIFICATION_SERVER: no notification server runs
 *   (org.precis.Error.NoNotificationServer)
 * @PRECIS_ERROR_ACCESS_DENIED: a sandboxed caller may not do this
 *   (org.freedesktop.DBus.Error.AccessDenied)
 * @PRECIS_ERROR_NOT_A_FEED: the URL holds no RSS or Atom feed (org.precis.Error.NotAFeed)
 *
 * Error codes of #PRECIS_ERROR.
 */
typedef enum {
  PRECIS_ERROR_INVALID_ARGS,
  PRECIS_ERROR_NOT_SUPPORTED,
  PRECIS_ERROR_TOO_LARGE,
  PRECIS_ERROR_UNKNOWN_PLUGIN,
  PRECIS_ERROR_PLUGIN_FAILED,
  PRECIS_ERROR_FETCH_FAILED,
  PRECIS_ERROR_NOT_AN_ARTICLE,
  PRECIS_ERROR_BUSY,
  PRECIS_ERROR_CANCELLED,
  PRECIS_ERROR_NO_NOTIFICATION_SERVER,
  PRECIS_ERROR_ACCESS_DENIED,
  PRECIS_ERROR_NOT_A_FEED,
} PrecisError;

PRECIS_AVAILABLE_IN_ALL
GQuark precis_error_quark (void);

PRECIS_AVAILABLE_IN_ALL
const char *precis_error_get_dbus_name (PrecisError code);

PRECIS_AVAILABLE_IN_ALL
gboolean precis_error_from_dbus_name (const char *name, PrecisError *code);

G_END_DECLS
