/* process.h — one analysis worker process, seen from precisd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * precis-worker is started with one end of a socketpair and the sealed
 * images of the plugins it is to load (plugin-image.c): it runs exactly
 * the code precisd checked.  One analysis at a time goes through it; the
 * caller's thread waits on the socket, the call's cancellable and its
 * deadline together, and a worker that overruns or is cancelled is killed.
 */
#pragma once

#include "analysis.h"
#include "wire.h"

G_BEGIN_DECLS

typedef struct _PrecisWorkerProcess PrecisWorkerProcess;

typedef enum {
  PRECIS_WORKER_ANSWERED,    /* the analysis' outputs (or its error) are filled in */
  PRECIS_WORKER_DIED,        /* the process ended: see the wait status */
  PRECIS_WORKER_TIMED_OUT,   /* killed at the deadline */
  PRECIS_WORKER_CANCELLED,   /* killed: the call's cancellable fired */
  PRECIS_WORKER_MALFORMED,   /* it sent what the protocol does not allow: killed */
} PrecisWorkerOutcome;

/* Start `command` (precis-worker and its options, such as
 * --memory-limit-mb=N) with `plugins` (PrecisPlugin; references are taken). */
PrecisWorkerProcess *precis_worker_process_spawn (const char *const *command, GPtrArray *plugins,
                                                  GError **error);
/* Start `command` to load `plugins` and report on each (probe.h). */
PrecisWorkerProcess *precis_worker_process_spawn_probe (const char *const *command, GPtrArray *plugins,
                                                        GError **error);
/* Kill it if it runs, reap it, free it. */
void precis_worker_process_free (PrecisWorkerProcess *process);

/* Whether it has said READY (its plugins loaded): looks without waiting. */
gboolean precis_worker_process_is_ready (PrecisWorkerProcess *process);

/* Whether it was started with every plugin `analysis` names. */
gboolean precis_worker_process_can_run (PrecisWorkerProcess *process, const PrecisAnalysis *analysis);

/* Run `analysis` in it.  `timeout_s` 0: no deadline.  After anything but
 * PRECIS_WORKER_ANSWERED the process is dead or dying: `running` says
 * which of the analysis' plugins it had last said it was running (NULL:
 * none).  After DIED it is reaped and `wait_status` says how it ended (a
 * worker that hung up and lives on is awaited until the deadline, or 2 s
 * without one, or the cancel, and killed only then);
 * after MALFORMED, TIMED_OUT or CANCELLED it was killed (status 0) and is
 * reaped by precis_worker_process_free(), which then waits for no grace.  analysis->running_plugin follows
 * the worker's announcements as precis_analysis_run() sets it. */
PrecisWorkerOutcome precis_worker_process_run (PrecisWorkerProcess *process, PrecisAnalysis *analysis,
                                               guint timeout_s, int *wait_status,
                                               PrecisPlugin **running);

/* The same exchange, a step at a time, for a caller that waits on the
 * socket itself (a main loop): start it, then step whenever the socket is
 * ready for the `events` (POLLIN or POLLOUT) the last step asked for, until
 * a step returns TRUE with the outcome; finish it with that outcome, or
 * with TIMED_OUT or CANCELLED if the caller gave up first (the worker is
 * then killed, not waited for: a main loop leaves the reap to a thread).
 * finish() sets `running` as run() does and frees the exchange; the
 * process stays the caller's.  After DIED finish() does not reap it (status
 * 0): the caller waits for its end, precis_worker_process_end() or, not to
 * block, precis_worker_process_try_reap() when its pidfd is readable.
 * NULL: a probe. */
typedef struct _PrecisWorkerExchange PrecisWorkerExchange;

PrecisWorkerExchange *precis_worker_exchange_start (PrecisWorkerProcess *process,
                                                    PrecisAnalysis *analysis);
int precis_worker_exchange_get_fd (PrecisWorkerExchange *exchange);
gboolean precis_worker_exchange_step (PrecisWorkerExchange *exchange, short *events,
                                      PrecisWorkerOutcome *outcome);
void precis_worker_exchange_finish (PrecisWorkerExchange *exchange, PrecisWorkerOutcome outcome,
                                    int *wait_status, PrecisPlugin **running);

/* Read the next frame, waiting until `deadline` (monotonic µs, -1: none):
 * PRECIS_WORKER_ANSWERED with a new `payload`; DIED at end of file,
 * TIMED_OUT, or MALFORMED (a bad header). */
PrecisWorkerOutcome precis_worker_process_read_frame (PrecisWorkerProcess *process, gint64 deadline,
                                                      PrecisWireKind *kind, guint8 **payload,
                                                      guint32 *length);
/* Kill it (`wait`: after letting it leave for a moment), reap it and
 * return its wait status. */
int precis_worker_process_end (PrecisWorkerProcess *process, gboolean wait);

/* Reap it if it has ended (TRUE, `wait_status` set); never waits.  TRUE
 * again once reaped. */
gboolean precis_worker_process_try_reap (PrecisWorkerProcess *process, int *wait_status);
/* A new pidfd of it (readable once it has ended), or -1. */
int precis_worker_process_open_pidfd (PrecisWorkerProcess *process);
/* SIGKILL, unless reaped already. */
void precis_worker_process_kill (PrecisWorkerProcess *process);

/* precis-worker's exit status when an allocation failed: it went over its
 * limit (--memory-limit-mb, RLIMIT_DATA). */
#define PRECIS_WORKER_EXIT_NO_MEMORY 75

/* "SIGSEGV, Segmentation fault", "exit status 3", "out of memory...": how a worker ended. */
char *precis_worker_describe_end (int status);

G_END_DECLS
