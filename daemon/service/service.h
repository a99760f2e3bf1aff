/* service.h — the org.precis.Summarizer1 object on a libdbus connection.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>

#include "engine.h"

G_BEGIN_DECLS

typedef struct _PrecisService PrecisService;

/* Serve on `connection` (already attached to the main context).  Takes
 * ownership of `engine`, which runs every call.  `quit` is called when the service
 * should end: the bus went away, the name was lost, or it stayed idle for
 * `idle_timeout_s` seconds (0: never). */
PrecisService *precis_service_new (DBusConnection *connection, PrecisEngine *engine,
                                   guint idle_timeout_s,
                                   GSourceFunc quit, gpointer quit_data, GError **error);
/* Read precisd.conf again (also done when the user's file changes). */
void precis_service_reload_settings (PrecisService *service);
/* Waits for calls that are running, drops queued ones. */
void precis_service_free (PrecisService *service);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisService, precis_service_free)

G_END_DECLS
