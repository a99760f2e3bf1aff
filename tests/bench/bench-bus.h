/* bench-bus.h — calls to precisd for the D-Bus benchmarks and the soak.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

G_BEGIN_DECLS

/* Before bus_fixture_setup(): the plugins of the build tree, unless the
 * environment already names some. */
void bench_bus_use_build_plugins (void);

/* A new private connection to `address`, registered on the bus. */
DBusConnection *bench_bus_connect (const char *address);
void bench_bus_disconnect (DBusConnection *connection);

/* A call of org.precis.Summarizer1.`member` (text, options) with the
 * options `plugin` (may be NULL) and `sentences` (0: not given). */
DBusMessage *bench_bus_text_call (const char *member, const char *text, const char *plugin,
                                  guint32 sentences);

G_END_DECLS
