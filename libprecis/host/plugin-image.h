/* plugin-image.h — a private, complete copy of a plugin file to load.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Copy the file open at `fd` (`path` for messages) into a sealed memfd and
 * return that descriptor, or -1 with PRECIS_ERROR_PLUGIN_FAILED.  The
 * dynamic loader then maps the copy, never the file: `cp` over a loaded
 * plugin rewrites the file's pages in place, and a mapping of them would
 * change under running code (SIGSEGV) or end short of it (SIGBUS).  A copy
 * whose ELF headers point past its end — a file still being written — is
 * refused, so a partial .so is never mapped. */
int precis_plugin_image_copy (int fd, const char *path, GError **error);

/* TRUE if the ELF image `data` (`length` bytes) holds every byte its
 * program and section headers point to. */
gboolean precis_plugin_image_is_complete (const guint8 *data, gsize length);

G_END_DECLS
