/* precis-private.h — what the public types' back ends build them from.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "precis-internal.h"

G_BEGIN_DECLS

/* A result from a reply as D-Bus carries it: (a(suud)s) for Summarize,
 * (a(sssda(uu))s) for ExtractFacts, (a(suud)a(sssda(uu))a{sv}) for Analyze.
 * `text` is what the offsets point into (NULL: the info's "text").  Both
 * back ends go through here, so they give the same result for the same
 * reply. */
PrecisResult *precis_result_new_from_reply (PrecisCallKind kind, const char *text, GVariant *reply,
                                            GError **error);

PrecisPluginInfo *precis_plugin_info_new (const char *name, const char *version,
                                          const char *description, gboolean summarize,
                                          gboolean facts);
/* From ListPlugins' a(sssas). */
GPtrArray *precis_plugin_info_list_from_variant (GVariant *plugins);

/* How long calls of a connection made by precis_connection_new_bus() wait
 * for precisd (-1: libdbus' default); the public API has no such knob, the
 * CLI's --timeout needs one. */
void precis_bus_connection_set_timeout (PrecisConnection *connection, int timeout_ms);

G_END_DECLS
