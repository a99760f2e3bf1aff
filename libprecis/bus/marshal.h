/* marshal.h — GVariant values in and out of libdbus messages.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The one GVariant writer of libdbus messages (the bus client's arguments,
 * precisd's GVariant replies, signals and `info`), and the one reader: the
 * bus client reads replies as GVariant, and so does the local back end
 * the reply the engine writes (precis_call_append_reply), so options,
 * printing and JSON work on one value model.  D-Bus signatures are valid
 * GVariant type strings.
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

G_BEGIN_DECLS

/* Append each child of `args` (a tuple; floating references are sunk) as one
 * argument of `message`.  Fails on types D-Bus cannot carry (maybe, ()). */
gboolean precis_marshal_append_args (DBusMessage *message, GVariant *args, GError **error);
/* Append `value` at `iter` as one D-Bus value of the same signature. */
gboolean precis_marshal_append_value (DBusMessageIter *iter, GVariant *value, GError **error);

/* All arguments of `message` as one tuple (the empty tuple when it has none). */
GVariant *precis_marshal_read_args (DBusMessage *message, GError **error);

G_END_DECLS
