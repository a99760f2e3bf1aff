/* dbus-marshal.h — precis results and GVariants into libdbus messages.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>

#include "analysis.h"

G_BEGIN_DECLS

/* a(suud) from a GArray of PrecisChosenSentence (NULL: empty). */
gboolean precis_dbus_append_summary (DBusMessageIter *iter, GArray *summary);
/* a(sssda(uu)) from a GArray of PrecisFactResult (NULL: empty). */
gboolean precis_dbus_append_facts (DBusMessageIter *iter, GArray *facts);
/* Any GVariant of basic types, arrays, tuples, dicts and variants. */
gboolean precis_dbus_append_gvariant (DBusMessageIter *iter, GVariant *value);

/* Reading a{sv} arguments. */
/* The value of `key` in the a{sv} at `dict` (an iterator on the array), as
 * an iterator into its variant; FALSE if absent. */
gboolean precis_dbus_dict_lookup (DBusMessageIter *dict, const char *key, DBusMessageIter *value);
/* Any D-Bus integer type as a gint64 (a UInt64 past G_MAXINT64 is
 * G_MAXINT64); FALSE if `value` holds no integer. */
gboolean precis_dbus_get_integer (DBusMessageIter *value, gint64 *out);

G_END_DECLS
