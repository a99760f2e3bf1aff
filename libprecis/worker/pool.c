/* pool.c — analysis in supervised worker processes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Idle workers wait in a list, two kept ready; a call takes the fittest
 * (its plugins loaded, ready, of the current set), runs its analysis
 * there, and gives it back.  A worker that died, overran or was cancelled
 * is gone: a fresh one starts at once, so the next call does not wait
 * for one to load its plugins.  What would make a main loop wait for a
 * process (starting a worker, a worker's leave) is left to a chore
 * thread: by a call awaited by that loop, and by a new set of plugins.
 */
#include "config.h"

#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "errors.h"
#include "pool.h"
#include "process.h"
#include "waiter.h"
#include "wire.h"

struct _PrecisWorkerPool {
  GStrv command;
  guint max_idle;
  GMutex lock;
  GPtrArray *plugins;     /* what new workers load */
  GPtrArray *idle;        /* PrecisWorkerProcess */
  guint generation;       /* of `plugins` */
  guint busy;             /* workers running a call */
  guint spawned;
  /* Analyses awaited by a main loop (precis_worker_pool_run_async), made
   * on the first; only its thread touches it. */
  PrecisWaiter *waiter;
  /* What a main loop must not wait for, done on these threads: a
   * worker started (fork and exec), a worker let leave (up to
   * LEAVE_GRACE); `chores` queued or running, under `lock`.  Made with
   * the pool (no thread runs before the first chore): any thread may
   * queue one. */
  GThreadPool *chore_threads;
  guint chores;
};

/* Idle workers of the current set kept ready, at most: one for a call
 * while another runs, one more for the next. */
#define WARM_WORKERS 2

/* Each idle worker remembers the set it was started with. */
typedef struct {
  PrecisWorkerProcess *process;
  guint generation;
} Idle;

static void
idle_free (Idle *idle)
{
  precis_worker_process_free (idle->process);
  g_free (idle);
}

static void run_chore (gpointer item, gpointer user_data);

PrecisWorkerPool *
precis_worker_pool_new (const char *const *command, guint max_idle)
{
  PrecisWorkerPool *pool = g_new0 (PrecisWorkerPool, 1);

  pool->command = g_strdupv ((char **) command);
  pool->max_idle = MAX (max_idle, 1);
  g_mutex_init (&pool->lock);
  pool->plugins = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_unref);
  pool->idle = g_ptr_array_new_with_free_func ((GDestroyNotify) idle_free);
  pool->chore_threads = g_thread_pool_new (run_chore, pool, 2, FALSE, NULL);
  return pool;
}

void
precis_worker_pool_free (PrecisWorkerPool *pool)
{
  if (pool == NULL)
    return;
  precis_waiter_free (pool->waiter);
  /* First: a chore gives a worker back to the list. */
  g_thread_pool_free (pool->chore_threads, FALSE, TRUE);
  g_ptr_array_unref (pool->idle);
  g_ptr_array_unref (pool->plugins);
  g_mutex_clear (&pool->lock);
  g_strfreev (pool->command);
  g_free (pool);
}

guint
precis_worker_pool_get_spawned (PrecisWorkerPool *pool)
{
  guint n;

  g_mutex_lock (&pool->lock);
  n = pool->spawned;
  g_mutex_unlock (&pool->lock);
  return n;
}

/* A new worker with the current set, plus the plugins `analysis` names
 * if the set lacks them (a plugin replaced since, whose calls still run). */
static PrecisWorkerProcess *
spawn (PrecisWorkerPool *pool, const PrecisAnalysis *analysis, guint *generation, GError **error)
{
  g_autoptr (GPtrArray) plugins = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_unref);
  PrecisPlugin *wanted[2] = { NULL, NULL };
  g_autoptr (GError) local_error = NULL;
  PrecisWorkerProcess *process;

  if (analysis != NULL)
    {
      wanted[0] = analysis->summarizer;
      wanted[1] = analysis->extractor;
    }
  g_mutex_lock (&pool->lock);
  for (guint i = 0; i < pool->plugins->len; i++)
    g_ptr_array_add (plugins, precis_plugin_ref (pool->plugins->pdata[i]));
  *generation = pool->generation;
  pool->spawned++;
  g_mutex_unlock (&pool->lock);
  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    if (wanted[i] != NULL && !g_ptr_array_find (plugins, wanted[i], NULL))
      g_ptr_array_add (plugins, precis_plugin_ref (wanted[i]));

  process = precis_worker_process_spawn ((const char *const *) pool->command, plugins, &local_error);
  if (process == NULL)
    {
      g_warning ("%s", local_error->message);
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED, "%s", local_error->message);
    }
  return process;
}

/* Idle workers started with the current set of plugins (lock held). */
static guint
current_idle (PrecisWorkerPool *pool)
{
  guint n = 0;

  for (guint i = 0; i < pool->idle->len; i++)
    n += ((Idle *) pool->idle->pdata[i])->generation == pool->generation;
  return n;
}

/* Put a worker that answered back in the list; else it is handed back,
 * to be stopped (started with an older set, or enough wait already). */
static PrecisWorkerProcess *
shelve (PrecisWorkerPool *pool, PrecisWorkerProcess *process, guint generation, gboolean was_busy)
{
  Idle *idle = NULL;

  g_mutex_lock (&pool->lock);
  if (was_busy)
    pool->busy--;
  if (generation == pool->generation && current_idle (pool) + pool->busy < pool->max_idle)
    {
      idle = g_new (Idle, 1);
      idle->process = process;
      idle->generation = generation;
      g_ptr_array_add (pool->idle, idle);
      process = NULL;
    }
  g_mutex_unlock (&pool->lock);
  return process;
}

/* shelve(), stopping a worker not kept; FALSE if it was. */
static gboolean
give_back (PrecisWorkerPool *pool, PrecisWorkerProcess *process, guint generation, gboolean was_busy)
{
  PrecisWorkerProcess *leaving = shelve (pool, process, generation, was_busy);

  precis_worker_process_free (leaving);
  return leaving == NULL;
}

/* Start workers until WARM_WORKERS of the current set wait (or as many as
 * may run at once): a call then finds one with its plugins loaded, even
 * while another runs a long one or right after a plugin changed. */
static void
keep_warm (PrecisWorkerPool *pool)
{
  for (;;)
    {
      PrecisWorkerProcess *fresh;
      guint generation;
      gboolean needed;

      g_mutex_lock (&pool->lock);
      needed = current_idle (pool) < WARM_WORKERS && current_idle (pool) + pool->busy < pool->max_idle;
      g_mutex_unlock (&pool->lock);
      if (!needed || (fresh = spawn (pool, NULL, &generation, NULL)) == NULL ||
          !give_back (pool, fresh, generation, FALSE))
        return;
    }
}

/* --- chores: what a main loop leaves to a thread ---------------------------------- */

/* The item a chore thread is given: a worker to stop, or the pool itself
 * for keep_warm() (a thread pool takes no NULL). */
static void
run_chore (gpointer item, gpointer user_data)
{
  PrecisWorkerPool *pool = user_data;

  if (item == pool)
    keep_warm (pool);
  else
    precis_worker_process_free (item);
  g_mutex_lock (&pool->lock);
  pool->chores--;
  g_mutex_unlock (&pool->lock);
}

/* On chore threads: `leaving` (may be NULL) stopped and, if `warm`,
 * keep_warm().  Two threads at most: a worker's leave, up to its grace,
 * does not hold up the next worker's start; the chores are rare. */
static void
defer_chores (PrecisWorkerPool *pool, PrecisWorkerProcess *leaving, gboolean warm)
{
  guint n = (leaving != NULL) + (warm != FALSE);

  if (n == 0)
    return;
  g_mutex_lock (&pool->lock);
  pool->chores += n;
  g_mutex_unlock (&pool->lock);
  if (leaving != NULL)
    g_thread_pool_push (pool->chore_threads, leaving, NULL);
  if (warm)
    g_thread_pool_push (pool->chore_threads, pool, NULL);
}

void
precis_worker_pool_set_plugins (PrecisWorkerPool *pool, GPtrArray *plugins)
{
  g_mutex_lock (&pool->lock);
  g_ptr_array_set_size (pool->plugins, 0);
  for (guint i = 0; i < plugins->len; i++)
    g_ptr_array_add (pool->plugins, precis_plugin_ref (plugins->pdata[i]));
  pool->generation++;
  g_mutex_unlock (&pool->lock);
  /* The workers of the old set stay and serve calls whose plugins they
   * have until fresh ones are ready (loading takes a moment, a second
   * under sanitizers); they leave then, or when they next answer.  The
   * fresh ones start on a chore thread: precisd calls this from its main
   * loop (a plugin file changed), which must not wait for a fork and exec
   * per worker. */
  defer_chores (pool, NULL, TRUE);
}

/* How fit an idle worker is for `analysis`: 0 not at all (lacks a plugin),
 * 1 started for it but still loading, 2 ready with an older set of
 * plugins, 3 ready with the current set. */
static int
fitness (PrecisWorkerPool *pool, Idle *idle, const PrecisAnalysis *analysis)
{
  gboolean current = idle->generation == pool->generation;

  if (!precis_worker_process_can_run (idle->process, analysis))
    return 0;
  if (!precis_worker_process_is_ready (idle->process))
    return current ? 1 : 0;
  return current ? 3 : 2;
}

/* The fittest idle worker for `analysis`, else a new one. */
static PrecisWorkerProcess *
take (PrecisWorkerPool *pool, const PrecisAnalysis *analysis, guint *generation, GError **error)
{
  g_autoptr (GPtrArray) retired = g_ptr_array_new_with_free_func ((GDestroyNotify) idle_free);
  PrecisWorkerProcess *process = NULL;
  int best_fit = 0;
  guint best = 0;

  g_mutex_lock (&pool->lock);
  /* Last given back first: that worker's caches (its heap, the tagger's
   * tables, the text pipeline's word cache) are the warmest.  Taken in
   * turn, calls would go round every idle worker and each would start
   * cold. */
  for (guint i = pool->idle->len; i > 0 && best_fit < 3; i--)
    {
      int fit = fitness (pool, pool->idle->pdata[i - 1], analysis);

      if (fit > best_fit)
        {
          best_fit = fit;
          best = i - 1;
        }
    }
  if (best_fit > 0)
    {
      Idle *idle = g_ptr_array_steal_index (pool->idle, best);

      process = idle->process;
      *generation = idle->generation;
      g_free (idle);
    }
  /* A ready worker of the current set: the old set's are not needed any more. */
  for (guint i = pool->idle->len; best_fit == 3 && i > 0; i--)
    if (((Idle *) pool->idle->pdata[i - 1])->generation != pool->generation)
      g_ptr_array_add (retired, g_ptr_array_steal_index (pool->idle, i - 1));
  pool->busy++;
  g_mutex_unlock (&pool->lock);

  if (process == NULL)
    process = spawn (pool, analysis, generation, error);
  if (process == NULL)
    {
      g_mutex_lock (&pool->lock);
      pool->busy--;
      g_mutex_unlock (&pool->lock);
      return NULL;
    }
  keep_warm (pool);
  return process;
}

static void
set_crash_error (PrecisAnalysis *analysis, PrecisPlugin *plugin, const char *what)
{
  const char *name;
  guint crashes;

  if (plugin == NULL)
    {
      g_set_error (&analysis->error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "the analysis worker %s outside any plugin; this call was lost, "
                   "the worker was restarted", what);
      return;
    }
  name = precis_plugin_get_name (plugin);
  crashes = precis_plugin_note_crash (plugin);
  if (crashes >= PRECIS_PLUGIN_QUARANTINE_CRASHES)
    g_set_error (&analysis->error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                 "plugin “%s” %s in its worker process; after %u such crashes it is "
                 "quarantined until its file changes", name, what, crashes);
  else
    g_set_error (&analysis->error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                 "plugin “%s” %s in its worker process; this call was lost, the worker "
                 "was restarted", name, what);
  g_warning ("plugin %s (%s) %s in its worker process (%u %s)", name,
             precis_plugin_get_path (plugin), what, crashes, crashes == 1 ? "time" : "times");
}

static void
set_failure (PrecisAnalysis *analysis, PrecisWorkerOutcome outcome, int status,
             PrecisPlugin *running, guint timeout_s)
{
  g_autofree char *end = NULL;

  switch (outcome)
    {
    case PRECIS_WORKER_CANCELLED:
      g_set_error_literal (&analysis->error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "the call was cancelled");
      break;
    case PRECIS_WORKER_TIMED_OUT:
      /* `running` is the analysis' running plugin now (exchange_finish). */
      g_propagate_error (&analysis->error, precis_analysis_deadline_error (analysis, timeout_s));
      break;
    case PRECIS_WORKER_MALFORMED:
      set_crash_error (analysis, running, "sent a malformed reply");
      break;
    case PRECIS_WORKER_DIED:
    default:
      end = precis_worker_describe_end (status);
      {
        g_autofree char *what = g_strdup_printf ("crashed (%s)", end);

        set_crash_error (analysis, running, what);
      }
      break;
    case PRECIS_WORKER_ANSWERED:
      break;
    }
}

void
precis_worker_pool_run (PrecisWorkerPool *pool, PrecisAnalysis *analysis, guint timeout_s)
{
  PrecisWorkerProcess *process;
  PrecisWorkerOutcome outcome;
  PrecisPlugin *running = NULL;
  guint generation = 0;
  int status = 0;

  if (g_cancellable_set_error_if_cancelled (analysis->cancellable, &analysis->error))
    return;
  /* max-text-bytes could be set past what a frame carries. */
  if (analysis->length > PRECIS_WIRE_MAX_PAYLOAD - 64 * 1024)
    {
      g_set_error (&analysis->error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE,
                   "the text is %" G_GSIZE_FORMAT " bytes; analysis workers take at most %u",
                   analysis->length, PRECIS_WIRE_MAX_PAYLOAD - 64 * 1024);
      return;
    }
  process = take (pool, analysis, &generation, &analysis->error);
  if (process == NULL)
    return;
  outcome = precis_worker_process_run (process, analysis, timeout_s, &status, &running);
  if (outcome == PRECIS_WORKER_ANSWERED)
    {
      give_back (pool, process, generation, TRUE);
      return;
    }
  precis_worker_process_free (process);
  g_mutex_lock (&pool->lock);
  pool->busy--;
  g_mutex_unlock (&pool->lock);
  set_failure (analysis, outcome, status, running, timeout_s);
  /* Its replacement starts now rather than on the next call. */
  keep_warm (pool);
}

/* --- awaited by a main loop ------------------------------------------------------- */

typedef struct {
  PrecisWaiterEntry entry;   /* first: the waiter hands it back */
  PrecisWorkerPool *pool;
  PrecisWorkerProcess *process;
  guint generation;
  PrecisAnalysis *analysis;
  PrecisWorkerExchange *exchange;
  guint timeout_s;
  gulong cancel_handler;
  gboolean over;             /* the first step already ended it, with `outcome` */
  PrecisWorkerOutcome outcome;
  PrecisPlugin *running;     /* once it DIED: what it last said it ran */
  int pidfd;                 /* once it DIED: readable when it has ended */
  PrecisWorkerPoolDone done;
  gpointer user_data;
} Direct;

/* An idle worker of the current set, ready, for `analysis`, if taking it
 * leaves nothing for keep_warm() to start and no older worker to stop:
 * those wait for a process and are left to the threads. */
static PrecisWorkerProcess *
take_ready (PrecisWorkerPool *pool, const PrecisAnalysis *analysis, guint *generation)
{
  PrecisWorkerProcess *process = NULL;
  guint current;

  g_mutex_lock (&pool->lock);
  current = current_idle (pool);
  if (current == pool->idle->len &&
      !(current - 1 < WARM_WORKERS && current + pool->busy < pool->max_idle))
    /* Last given back first, as take() does. */
    for (guint i = pool->idle->len; i > 0; i--)
      if (fitness (pool, pool->idle->pdata[i - 1], analysis) == 3)
        {
          Idle *idle = g_ptr_array_steal_index (pool->idle, i - 1);

          process = idle->process;
          *generation = idle->generation;
          g_free (idle);
          pool->busy++;
          break;
        }
  g_mutex_unlock (&pool->lock);
  return process;
}

/* The call's end, the worker reaped if it died (`status` names how). */
static void
direct_answer (Direct *d, PrecisWorkerOutcome outcome, int status, PrecisPlugin *running)
{
  PrecisWorkerPool *pool = d->pool;
  PrecisWorkerProcess *leaving = NULL;
  gboolean warm = FALSE;

  if (d->cancel_handler != 0)
    g_cancellable_disconnect (d->analysis->cancellable, d->cancel_handler);
  if (outcome == PRECIS_WORKER_ANSWERED)
    /* Of an older set (plugins changed during the call), or one too many. */
    leaving = shelve (pool, d->process, d->generation, TRUE);
  else
    {
      /* Killed (deadline, cancel, a malformed reply), it is still to be
       * reaped (the kernel frees its memory first): a chore.  Dead of
       * itself, it is reaped already and freeing it does not wait. */
      if (outcome != PRECIS_WORKER_DIED)
        leaving = d->process;
      else
        precis_worker_process_free (d->process);
      g_mutex_lock (&pool->lock);
      pool->busy--;
      g_mutex_unlock (&pool->lock);
      set_failure (d->analysis, outcome, status, running, d->timeout_s);
      /* Its replacement starts now rather than on the next call. */
      warm = TRUE;
    }
  d->done (d->analysis, d->user_data);
  g_free (d);
  /* The caller is answered first; the worker's leave (up to its grace)
   * or reap and its replacement's fork and exec are no wait for this loop. */
  defer_chores (pool, leaving, warm);
}

/* A worker that hung up on its own is given until the call's deadline
 * (a plain leave's grace without one) or its cancel to end, then killed. */
#define DIED_GRACE_US (2 * G_USEC_PER_SEC)

static void
on_died_ended (PrecisWaiterEntry *entry, PrecisWaiterReason reason)
{
  Direct *d = (Direct *) entry;
  int status = 0;

  if (precis_worker_process_try_reap (d->process, &status))
    {
      precis_waiter_remove (d->pool->waiter, &d->entry);
      close (d->pidfd);
      direct_answer (d, PRECIS_WORKER_DIED, status, d->running);
      return;
    }
  if (reason != PRECIS_WAITER_READY)
    {
      g_atomic_int_set (&d->entry.woken, FALSE);
      precis_worker_process_kill (d->process);
      d->entry.deadline = -1;
    }
  if (reason == PRECIS_WAITER_READY && !precis_waiter_update (d->pool->waiter, &d->entry))
    {
      /* Cannot wait for it here: as a thread would. */
      precis_waiter_remove (d->pool->waiter, &d->entry);
      close (d->pidfd);
      status = precis_worker_process_end (d->process, FALSE);
      direct_answer (d, PRECIS_WORKER_DIED, status, d->running);
    }
}

/* Its socket closed: a crash, most likely, whose status the caller is
 * told.  A crashed worker is a zombie at once or nearly; one that hung up
 * and lives on (or whose memory the kernel is still freeing) is awaited
 * through its pidfd, never by this loop blocking in waitpid(). */
static void
direct_await_end (Direct *d)
{
  gint64 now = g_get_monotonic_time ();
  int status = 0;

  if (precis_worker_process_try_reap (d->process, &status) ||
      (d->pidfd = precis_worker_process_open_pidfd (d->process)) < 0)
    {
      status = precis_worker_process_end (d->process, FALSE);
      direct_answer (d, PRECIS_WORKER_DIED, status, d->running);
      return;
    }
  d->entry.fd = d->pidfd;
  d->entry.events = POLLIN;
  if (d->entry.deadline < now)
    d->entry.deadline = now + DIED_GRACE_US;
  d->entry.func = on_died_ended;
  if (!precis_waiter_add (d->pool->waiter, &d->entry))
    {
      close (d->pidfd);
      status = precis_worker_process_end (d->process, FALSE);
      direct_answer (d, PRECIS_WORKER_DIED, status, d->running);
    }
}

static void
direct_end (Direct *d, PrecisWorkerOutcome outcome)
{
  PrecisPlugin *running = NULL;
  int status = 0;

  precis_waiter_remove (d->pool->waiter, &d->entry);
  precis_worker_exchange_finish (d->exchange, outcome, &status, &running);
  d->exchange = NULL;
  if (outcome == PRECIS_WORKER_DIED)
    {
      d->running = running;
      direct_await_end (d);
      return;
    }
  direct_answer (d, outcome, status, running);
}

static void
direct_step (Direct *d)
{
  PrecisWorkerOutcome outcome;
  short events = d->entry.events;

  if (precis_worker_exchange_step (d->exchange, &events, &outcome))
    {
      direct_end (d, outcome);
      return;
    }
  /* Reported once: it waits again, for what the step asked. */
  d->entry.events = events;
  if (!precis_waiter_update (d->pool->waiter, &d->entry))
    direct_end (d, PRECIS_WORKER_CANCELLED);
}

static void
on_direct_ready (PrecisWaiterEntry *entry, PrecisWaiterReason reason)
{
  Direct *d = (Direct *) entry;

  if (reason == PRECIS_WAITER_READY)
    direct_step (d);
  else if (d->over)
    direct_end (d, d->outcome);
  else
    direct_end (d, reason == PRECIS_WAITER_TIMED_OUT ? PRECIS_WORKER_TIMED_OUT : PRECIS_WORKER_CANCELLED);
}

/* Any thread: the call's own thread ends it at its next iteration. */
static void
on_direct_cancelled (GCancellable *cancellable, gpointer user_data)
{
  Direct *d = user_data;

  precis_waiter_wake (d->pool->waiter, &d->entry);
}

gboolean
precis_worker_pool_run_async (PrecisWorkerPool *pool, PrecisAnalysis *analysis, guint timeout_s,
                              PrecisWorkerPoolDone done, gpointer user_data)
{
  g_autoptr (GMainContext) context = g_main_context_ref_thread_default ();
  PrecisWorkerProcess *process;
  Direct *d;
  guint generation;

  if (!g_main_context_is_owner (context) ||
      g_cancellable_is_cancelled (analysis->cancellable) ||
      analysis->length > PRECIS_WIRE_MAX_PAYLOAD - 64 * 1024 ||
      (pool->waiter != NULL && precis_waiter_get_context (pool->waiter) != context))
    return FALSE;
  if (pool->waiter == NULL && (pool->waiter = precis_waiter_new (context, NULL)) == NULL)
    return FALSE;
  if ((process = take_ready (pool, analysis, &generation)) == NULL)
    return FALSE;

  d = g_new0 (Direct, 1);
  d->pool = pool;
  d->process = process;
  d->generation = generation;
  d->analysis = analysis;
  d->timeout_s = timeout_s;
  d->done = done;
  d->user_data = user_data;
  d->exchange = precis_worker_exchange_start (process, analysis);
  if (d->exchange == NULL)
    {
      defer_chores (pool, shelve (pool, process, generation, TRUE), FALSE);
      g_free (d);
      return FALSE;
    }
  d->entry.fd = precis_worker_exchange_get_fd (d->exchange);
  d->entry.deadline = timeout_s > 0 ? g_get_monotonic_time () + (gint64) timeout_s * G_USEC_PER_SEC : -1;
  d->entry.func = on_direct_ready;
  d->entry.events = POLLIN;
  if (!precis_waiter_add (pool->waiter, &d->entry))
    {
      /* Nothing was sent: the worker is as it was. */
      precis_worker_exchange_finish (d->exchange, PRECIS_WORKER_ANSWERED, &(int) { 0 },
                                     &(PrecisPlugin *) { NULL });
      defer_chores (pool, shelve (pool, process, generation, TRUE), FALSE);
      g_free (d);
      return FALSE;
    }
  if (analysis->cancellable != NULL)
    d->cancel_handler = g_cancellable_connect (analysis->cancellable, G_CALLBACK (on_direct_cancelled),
                                               d, NULL);
  /* The request goes now; the answer is awaited from the main loop, and
   * a worker found gone is reported there too, never from inside this call. */
  {
    short events = d->entry.events;

    if (precis_worker_exchange_step (d->exchange, &events, &d->outcome))
      d->over = TRUE;
    else if (events != d->entry.events)
      {
        d->entry.events = events;
        if (!precis_waiter_update (pool->waiter, &d->entry))
          {
            d->over = TRUE;
            d->outcome = PRECIS_WORKER_CANCELLED;
          }
      }
    if (d->over)
      precis_waiter_wake (pool->waiter, &d->entry);
  }
  return TRUE;
}

gboolean
precis_worker_pool_wait_ready (PrecisWorkerPool *pool, guint timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  for (;;)
    {
      guint ready = 0, current, chores;

      g_mutex_lock (&pool->lock);
      current = current_idle (pool);
      for (guint i = 0; i < pool->idle->len; i++)
        {
          Idle *idle = pool->idle->pdata[i];

          ready += idle->generation == pool->generation &&
                   precis_worker_process_is_ready (idle->process);
        }
      /* A worker a chore starts is one more to wait for. */
      chores = pool->chores;
      g_mutex_unlock (&pool->lock);
      if (ready >= current && chores == 0)
        return TRUE;
      if (g_get_monotonic_time () >= deadline)
        return FALSE;
      g_usleep (5000);
    }
}
