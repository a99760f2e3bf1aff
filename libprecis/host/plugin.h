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

/* The same checks and private copy, but none of its code is run here: a
 * worker process loads it (precisd, with plugin-workers on), and
 * precis_plugin_describe() fills in what that worker found. */
PrecisPlugin *precis_plugin_copy (const char *path, GError **error);

/* Told a plugin's descriptor once it is checked, before its load() runs. */
typedef void (*PrecisPluginDescribed) (const PrecisPluginDescriptor *descriptor, gpointer user_data);

/* Load the sealed image a precisd checked and copied (plugin-image.c),
 * passed to a worker process as `image_fd`, which the plugin takes over;
 * `path` is the file it came from, for messages.  The file checks were the
 * daemon's: this is the very copy it made of the file it checked. */
PrecisPlugin *precis_plugin_open_image (int image_fd, const char *path, const char *data_dir,
                                        PrecisPluginDescribed described, gpointer user_data,
                                        GError **error);

/* --- a plugin copied here and loaded in a worker (precis_plugin_copy) ------- */

/* What the worker that loaded it reported; checked as a descriptor is
 * (FALSE with an error naming the file if it would be refused).  Call once,
 * before the plugin is used. */
gboolean precis_plugin_describe (PrecisPlugin *plugin, const char *name, const char *version,
                                 const char *description, guint32 capabilities, GError **error);
/* The worker refused it (its load() failed, its ABI...): `reason` names
 * the file.  NULL if it was not refused. */
void precis_plugin_refuse (PrecisPlugin *plugin, const char *reason);
const char *precis_plugin_get_refusal (PrecisPlugin *plugin);
/* It crashed or hung while a worker loaded it (`what`: "crashed (SIGSEGV,
 * ...) in its load()"): quarantined at once, and never given to a worker
 * again.  Without a descriptor it is named after its file. */
void precis_plugin_quarantine_at_load (PrecisPlugin *plugin, const char *what);
gboolean precis_plugin_crashed_at_load (PrecisPlugin *plugin);

/* The file identity the plugin was loaded from, to notice a replacement. */
gboolean precis_plugin_is_file (PrecisPlugin *plugin, const struct stat *st);

G_END_DECLS
