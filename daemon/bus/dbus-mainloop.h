/* dbus-mainloop.h — run a libdbus connection on a GLib main context.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

G_BEGIN_DECLS

/* Watches become fd sources, timeouts GLib timeouts, and queued messages
 * are dispatched from `context` (NULL: the default one), one per main-loop
 * iteration while data remains.  Detach before the last unref. */
void precis_dbus_attach (DBusConnection *connection, GMainContext *context);
void precis_dbus_detach (DBusConnection *connection);

G_END_DECLS
