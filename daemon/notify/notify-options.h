/* notify-options.h — how a notification presents itself: the app it belongs to.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PRECIS_URGENCY_UNSET = -1,
  PRECIS_URGENCY_LOW = 0,
  PRECIS_URGENCY_NORMAL = 1,
  PRECIS_URGENCY_CRITICAL = 2,
} PrecisUrgency;

/* NotifySummary's options for the server, as the Desktop Notifications
 * spec names them; NULL: not given. */
typedef struct {
  char *desktop_entry;   /* hint desktop-entry: the app's .desktop id, without ".desktop" */
  char *app_name;        /* Notify's app_name (default "precis") */
  char *app_icon;        /* Notify's app_icon: an icon name or file:// URI */
  char *category;        /* hint category, passed as given (the spec's "email.arrived", …) */
  PrecisUrgency urgency; /* hint urgency (byte) */
} PrecisNotifyOptions;

void precis_notify_options_init (PrecisNotifyOptions *options);
void precis_notify_options_clear (PrecisNotifyOptions *options);
void precis_notify_options_copy (PrecisNotifyOptions *dest, const PrecisNotifyOptions *src);

/* Read desktop-entry, app-name, app-icon, category (s) and urgency (any
 * integer 0–2, or "low", "normal", "critical") from the a{sv} at `iter`;
 * other keys are left to the call options.  PRECIS_ERROR_INVALID_ARGS on a
 * wrong type or value (a desktop-entry must look like a desktop file id). */
gboolean precis_notify_options_parse (PrecisNotifyOptions *options, DBusMessageIter *iter,
                                      GError **error);

G_END_DECLS
