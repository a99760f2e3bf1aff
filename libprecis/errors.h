/* errors.h — the precis error domain, for code inside the tree.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The domain and its codes are public (precis/precis-error.h); this adds
 * the mapping of any GError to the D-Bus error name precisd replies with.
 */
#pragma once

#include "precis-internal.h"

G_BEGIN_DECLS

typedef PrecisError PrecisErrorCode;

/* The D-Bus error name for an error of any domain (G_IO_ERROR_CANCELLED
 * becomes org.precis.Error.Cancelled; unknown ones org.freedesktop.DBus.Error.Failed). */
const char *precis_error_to_dbus_name (const GError *error);

G_END_DECLS
