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

/* What an error message quotes of a value the caller sent (an option, a
 * URL, a plugin or feed name): the value when it is short, its first
 * PRECIS_ERROR_QUOTE_CHARS characters and "…" when longer, invalid UTF-8
 * and control characters shown as U+FFFD.  An error that echoed a
 * megabyte option whole would send the megabyte back, into the caller's
 * dialog and the journal, and a newline in it would forge log lines. */
#define PRECIS_ERROR_QUOTE_CHARS 64
char *precis_error_quote (const char *value);

G_END_DECLS
