/* wire-probe.h — what a probe worker says about the plugins it loads.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * precisd runs no plugin code when it uses workers: a new or changed
 * plugin file is first loaded by `precis-worker --probe`, which reports on
 * each plugin in turn, in the order it was given them:
 *   DESCRIBED  u32 index, string name, version, description, u32 capabilities
 *              — its descriptor passed the checks; its load() runs next
 *   LOADED     u32 index, string refusal (none: loaded)
 * A plugin whose LOADED never comes took the worker down: with a
 * DESCRIBED, in its load(); without, when it was mapped (its constructors)
 * or asked for its descriptor.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "wire.h"

G_BEGIN_DECLS

GByteArray *precis_wire_encode_described (guint32 index, const PrecisPluginDescriptor *descriptor);
/* FALSE if malformed; the strings are new (valid UTF-8, no NUL). */
gboolean precis_wire_decode_described (const guint8 *payload, gsize length, guint32 *index,
                                       char **name, char **version, char **description,
                                       guint32 *capabilities);

/* `refusal` NULL: loaded. */
GByteArray *precis_wire_encode_loaded (guint32 index, const char *refusal);
gboolean precis_wire_decode_loaded (const guint8 *payload, gsize length, guint32 *index,
                                    char **refusal);

G_END_DECLS
