/* marshal.h — GVariant values in and out of libdbus messages.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The CLI builds arguments and reads replies as GVariant so that options,
 * printing and JSON work on one value model; only this file knows libdbus'
 * iterators.  D-Bus signatures are valid GVariant type strings.
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

G_BEGIN_DECLS

/* Append each child of `args` (a tuple; floating references are sunk) as one
 * argument of `message`.  Fails on types D-Bus cannot carry (maybe, ()). */
gboolean precis_marshal_append_args (DBusMessage *message, GVariant *args, GError **error);

/* All arguments of `message` as one tuple (the empty tuple when it has none). */
GVariant *precis_marshal_read_args (DBusMessage *message, GError **error);

G_END_DECLS
