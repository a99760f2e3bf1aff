/* pool.h — analysis in supervised worker processes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * precisd runs every analysis (the pipeline and the plugins) in a
 * precis-worker process, never in its own: a plugin that crashes, aborts,
 * exits or loops costs one call, which gets PluginFailed naming it and
 * the signal, status or deadline.  The worker is started again; a plugin
 * that took down its worker PRECIS_PLUGIN_QUARANTINE_CRASHES times is
 * quarantined (plugin-host.h).  Workers stay up between calls with their
 * plugins loaded, so a call costs one round trip of its text.
 *
 * Thread-safe: any thread may run an analysis; the engine's worker
 * threads do, each blocking on its own worker process.
 */
#pragma once

#include "analysis.h"

G_BEGIN_DECLS

typedef struct _PrecisWorkerPool PrecisWorkerPool;

/* `command`: the precis-worker executable and its options.  At most
 * `max_idle` idle workers are kept (one per thread that runs analyses is
 * enough). */
PrecisWorkerPool *precis_worker_pool_new (const char *const *command, guint max_idle);
/* Stops every idle worker; calls in flight must have ended. */
void precis_worker_pool_free (PrecisWorkerPool *pool);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisWorkerPool, precis_worker_pool_free)

/* The plugins workers load from now on (PrecisPlugin; references are
 * taken).  Fresh workers are started at once, on a thread of the pool's
 * (this call waits for no process); idle workers of the older set serve
 * the calls they can until a fresh one is ready. */
void precis_worker_pool_set_plugins (PrecisWorkerPool *pool, GPtrArray *plugins);

/* Run `analysis` as precis_analysis_run() would, in a worker: its outputs
 * or its `error` are set.  Blocks.  `timeout_s` 0: no deadline; past it the
 * worker is killed (precis_analysis_deadline_error()), as it is
 * when the analysis' cancellable fires (G_IO_ERROR_CANCELLED). */
void precis_worker_pool_run (PrecisWorkerPool *pool, PrecisAnalysis *analysis, guint timeout_s);

/* The same, without blocking, when an idle worker is ready for it now:
 * the thread's main context (whose owner calls this) awaits the answer,
 * and `done` is called there, never from inside this call, with the
 * analysis' outputs or `error` set as precis_worker_pool_run() sets them.
 * This spares a thread's wake-ups at either end of an analysis.  FALSE,
 * nothing done: no worker is ready (one is starting, or older ones are to
 * be stopped: those wait for a process), the call is cancelled or too
 * large, or another context awaits this pool's analyses; run it with
 * precis_worker_pool_run() on a thread then.  What follows the answer and
 * waits for a process (a dead worker's replacement started, a worker of
 * an older set of plugins let leave) is done on a thread of the pool's,
 * after `done`. */
typedef void (*PrecisWorkerPoolDone) (PrecisAnalysis *analysis, gpointer user_data);

gboolean precis_worker_pool_run_async (PrecisWorkerPool *pool, PrecisAnalysis *analysis, guint timeout_s,
                                       PrecisWorkerPoolDone done, gpointer user_data);

/* Wait until the idle workers of the current set have loaded their
 * plugins and the pool's threads have done what they were left (a worker
 * to start or to stop), at most `timeout_ms`; FALSE if not by then.  precisd
 * waits so before it takes its bus name: its first calls find them ready. */
gboolean precis_worker_pool_wait_ready (PrecisWorkerPool *pool, guint timeout_ms);

/* Workers started so far, for tests and benchmarks. */
guint precis_worker_pool_get_spawned (PrecisWorkerPool *pool);

G_END_DECLS
