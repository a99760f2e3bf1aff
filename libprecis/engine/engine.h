/* engine.h — the engine behind precisd and libprecis' local connection.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One PrecisEngine holds what a call needs beyond its own text: the
 * plugin host, the settings (limits and default plugins), the fetcher for
 * pages and the worker threads.  precisd's service and the in-process
 * PrecisConnection both run every call through it, so that the daemon and
 * an app embedding precis give the same answers within the same limits.
 *
 * Threading: create, use and free an engine on one thread (the one whose
 * thread-default main context its fetcher and plugin watch are bound to);
 * the analysis itself runs on the engine's workers.
 */
#pragma once

#include "call.h"
#include "fetch.h"
#include "plugin-host.h"
#include "settings.h"

G_BEGIN_DECLS

typedef struct _PrecisEngine PrecisEngine;

/* `settings` is taken over (left zeroed).  `plugin_path` NULL: the default
 * search path.  Plugins are scanned once here; see precis_engine_watch(). */
PrecisEngine *precis_engine_new (PrecisSettings *settings, const char *const *plugin_path,
                                 GError **error);
void precis_engine_free (PrecisEngine *engine);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisEngine, precis_engine_free)

/* Rescan the plugin directories whenever they change; `changed` runs after
 * a rescan that changed the set of plugins. */
void precis_engine_watch (PrecisEngine *engine, GCallback changed, gpointer user_data);

/* As precis_engine_new(), but plugins and analyses run in precis-worker
 * processes (`program`), never in this one: see pool.h and probe.h.
 * precisd does; the in-process PrecisConnection does not (an app that
 * embeds precis asked for in-process analysis, and a library should not
 * fork its host app; the bus connection gives the isolation).  The
 * plugins are loaded by a probe worker first, asynchronously: until
 * precis_engine_wait_workers() none are listed. */
PrecisEngine *precis_engine_new_with_workers (PrecisSettings *settings, const char *const *plugin_path,
                                              const char *program, GError **error);
gboolean precis_engine_uses_workers (PrecisEngine *engine);
/* Wait, at most `timeout_ms`, until the plugins are probed and the worker
 * processes have loaded them (TRUE at once without workers).  Runs the
 * thread-default main context meanwhile: for start-up, before anything
 * else is attached to it. */
gboolean precis_engine_wait_workers (PrecisEngine *engine, guint timeout_ms);

PrecisHost *precis_engine_get_host (PrecisEngine *engine);
const PrecisSettings *precis_engine_get_settings (PrecisEngine *engine);
PrecisFetcher *precis_engine_get_fetcher (PrecisEngine *engine);

/* The configured default if it is loaded, else lead, else any plugin with
 * `capability`; NULL with PRECIS_ERROR_UNKNOWN_PLUGIN when none can. */
PrecisPlugin *precis_engine_default_plugin (PrecisEngine *engine, PrecisCapabilities capability,
                                            GError **error);
/* `name`, or the default when NULL. */
PrecisPlugin *precis_engine_choose_plugin (PrecisEngine *engine, const char *name,
                                           PrecisCapabilities capability, GError **error);
/* Make `name` the default for `capability` and save it in the user's settings. */
gboolean precis_engine_set_default_plugin (PrecisEngine *engine, PrecisCapabilities capability,
                                           const char *name, GError **error);

/* Read the settings files again (main thread): the limits calls check at
 * their start and the default plugins change; the fetcher, the worker pool
 * and the feed limits keep what they were made with until a restart.
 * TRUE if a default plugin changed. */
gboolean precis_engine_reload_settings (PrecisEngine *engine);

/* Check `call` against the limits, choose its plugins, then fetch its page
 * (if it has a URL) and analyse it on a worker.  The call must stay alive
 * until `callback`, which runs on the thread-default main context of the
 * caller; its results are then in call->analysis.  A background call
 * (call->background: feed items) runs on a worker of its own, one at a
 * time, so that it never delays the others. */
void precis_engine_run_async (PrecisEngine *engine, PrecisCall *call, GCancellable *cancellable,
                              GAsyncReadyCallback callback, gpointer user_data);
gboolean precis_engine_run_finish (PrecisEngine *engine, GAsyncResult *result, GError **error);

G_END_DECLS
