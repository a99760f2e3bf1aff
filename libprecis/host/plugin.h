/* plugin.h — one loaded plugin: its module, descriptor and state.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <sys/stat.h>

#include "plugin-host.h"

G_BEGIN_DECLS

/* Open `path` and check it before running any of its code beyond the entry
 * function: owner and permissions, entry symbol, ABI version, descriptor.
 * Then call its load().  Each refusal is an error whose message names the
 * file and the reason. */
PrecisPlugin *precis_plugin_open (const char *path, const char *data_dir, GError **error);

/* Load the sealed image a precisd checked and copied (plugin-image.c),
 * passed to a worker process as `image_fd`, which the plugin takes over;
 * `path` is the file it came from, for messages.  The file checks were the
 * daemon's: this is the very copy it made of the file it checked. */
PrecisPlugin *precis_plugin_open_image (int image_fd, const char *path, const char *data_dir,
                                        GError **error);

/* The file identity the plugin was loaded from, to notice a replacement. */
gboolean precis_plugin_is_file (PrecisPlugin *plugin, const struct stat *st);

G_END_DECLS
