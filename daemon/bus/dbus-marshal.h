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

G_END_DECLS
