/* dbus-interface.h — the interface XML as the source of truth.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * data/dbus/org.precis.Summarizer1.xml is compiled into precisd; method
 * argument checks and Introspect both come from it, so the API cannot
 * drift from what introspection says.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PRECIS_DBUS_NAME "org.precis.Summarizer1"
#define PRECIS_DBUS_PATH "/org/precis/Summarizer1"
#define PRECIS_DBUS_INTERFACE "org.precis.Summarizer1"

typedef struct _PrecisDBusInterface PrecisDBusInterface;

PrecisDBusInterface *precis_dbus_interface_new (GError **error);
void precis_dbus_interface_free (PrecisDBusInterface *iface);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisDBusInterface, precis_dbus_interface_free)

/* The concatenated types of the method's in-arguments, or NULL if no such method. */
const char *precis_dbus_interface_in_signature (PrecisDBusInterface *iface, const char *method);

/* The property's D-Bus type, or NULL if no such property. */
const char *precis_dbus_interface_property_type (PrecisDBusInterface *iface, const char *name,
                                                 gboolean *writable);

/* Introspection XML for `path`: the object itself, or a node on the way to it. */
char *precis_dbus_interface_introspect (PrecisDBusInterface *iface, const char *path);

G_END_DECLS
