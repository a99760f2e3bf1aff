/* dbus-send.h — replies, errors and signals on a libdbus connection.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libdbus fails these only when out of memory; like GLib, precisd treats
 * that as fatal rather than sending half a reply.  A call flagged
 * NO_REPLY_EXPECTED gets no error either.
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

G_BEGIN_DECLS

/* Queue `message` and drop our reference. */
void precis_dbus_send (DBusConnection *connection, DBusMessage *message);
/* The error's D-Bus name (precis_error_to_dbus_name) and message. */
void precis_dbus_reply_error (DBusConnection *connection, DBusMessage *call, const GError *error);
void precis_dbus_reply_error_literal (DBusConnection *connection, DBusMessage *call,
                                      const char *name, const char *text);
/* A reply whose arguments are the children of the tuple `value` (floating refs are sunk). */
void precis_dbus_reply_variant (DBusConnection *connection, DBusMessage *call, GVariant *value);
/* A signal whose arguments are the children of the tuple `args` (NULL: none). */
void precis_dbus_emit_signal (DBusConnection *connection, const char *path, const char *interface,
                              const char *member, GVariant *args);

G_END_DECLS
