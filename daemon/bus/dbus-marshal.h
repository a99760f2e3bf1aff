/* dbus-marshal.h — reading the a{sv} arguments of calls.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Writing is libprecis': a call's reply by precis_call_append_reply(), any
 * GVariant by precis_marshal_append_value() (marshal.h), for the bus
 * client and precisd alike.
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

G_BEGIN_DECLS

/* The value of `key` in the a{sv} at `dict` (an iterator on the array), as
 * an iterator into its variant; FALSE if absent. */
gboolean precis_dbus_dict_lookup (DBusMessageIter *dict, const char *key, DBusMessageIter *value);
/* Any D-Bus integer type as a gint64 (a UInt64 past G_MAXINT64 is
 * G_MAXINT64); FALSE if `value` holds no integer. */
gboolean precis_dbus_get_integer (DBusMessageIter *value, gint64 *out);

G_END_DECLS
