/* engine.c — plugins, limits and workers shared by every call.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A call goes: limits and plugin choice on the caller's thread (the host
 * is single-threaded), then the page fetch on the caller's main context
 * (libsoup is asynchronous there), then article extraction and analysis on
 * a worker, then back to the caller through its GTask.  A page that can't
 * be had or has no article leaves the call's fallback text, if it has one.
 * A text call that finds a free slot and nobody queued skips the threads:
 * the caller's main loop sends it to a worker and awaits the answer.
 */
#include "config.h"

#include "engine.h"
#include "errors.h"
#include "plugin.h"
#include "pool.h"
#include "probe.h"

struct _PrecisEngine {
  PrecisSettings settings;
  PrecisHost *host;
  PrecisFetcher *fetcher;
  GThreadPool *pool;
  /* One thread for background calls (feed items): a busy feed never holds
   * back the calls someone waits for. */
  GThreadPool *background;
  /* The order in which each pool takes calls: callers, or feeds' owners, in turn. */
  PrecisFairQueue *turns, *background_turns;
  PrecisWorkerPool *workers;     /* NULL: analyses run in this process */
  guint workers_generation;      /* the host's, when the workers' plugins were set */
  gboolean workers_set;          /* ever */
  GCallback changed;
  gpointer changed_data;
  /* The calls that run at once, at most the pool's threads: those on the
   * threads, and those the main loop awaits on a worker (run_direct).
   * `pending` calls were pushed to the pool and hold no slot yet: while
   * any does, a new call queues behind it. */
  GMutex slot_lock;
  GCond slot_freed;
  guint slots, running, pending, waiting;
};

static void run_on_worker (gpointer data, gpointer user_data);

/* The pool's order: the calls' tickets (fair-queue.h), not their arrival. */
static gint
compare_turns (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const PrecisCall *call_a = g_task_get_task_data ((GTask *) a);
  const PrecisCall *call_b = g_task_get_task_data ((GTask *) b);

  return precis_fair_ticket_compare (&call_a->ticket, &call_b->ticket);
}

static PrecisEngine *
engine_new (PrecisSettings *settings, const char *const *plugin_path, GError **error)
{
  PrecisEngine *engine = g_new0 (PrecisEngine, 1);
  guint threads;

  engine->settings = *settings;
  *settings = (PrecisSettings) { 0 };
  threads = engine->settings.worker_threads > 0 ? engine->settings.worker_threads
                                                : MAX (1, g_get_num_processors ());
  engine->pool = g_thread_pool_new (run_on_worker, engine, threads, FALSE, error);
  if (engine->pool != NULL)
    engine->background = g_thread_pool_new (run_on_worker, engine, 1, FALSE, error);
  if (engine->background == NULL)
    {
      if (engine->pool != NULL)
        g_thread_pool_free (engine->pool, FALSE, TRUE);
      precis_settings_clear (&engine->settings);
      g_free (engine);
      return NULL;
    }
  g_thread_pool_set_sort_function (engine->pool, compare_turns, NULL);
  g_thread_pool_set_sort_function (engine->background, compare_turns, NULL);
  g_mutex_init (&engine->slot_lock);
  g_cond_init (&engine->slot_freed);
  engine->slots = threads;
  engine->turns = precis_fair_queue_new ();
  engine->background_turns = precis_fair_queue_new ();
  engine->host = precis_host_new (plugin_path);
  engine->fetcher = precis_fetcher_new (&(PrecisFetchLimits) {
    .timeout_seconds = engine->settings.fetch_timeout_s,
    .max_bytes = engine->settings.fetch_max_bytes,
    .max_redirects = PRECIS_FETCH_DEFAULT_MAX_REDIRECTS,
    .allow_private_networks = engine->settings.allow_private_networks,
    /* A connection for every call that may be in flight: with libsoup's 10,
     * one caller's fetches from slow sites held every other caller's page
     * until they timed out (another site's page waited 19.5 s).  Four a
     * host stays the politeness limit. */
    .max_connections = MAX (engine->settings.max_queued_calls, 10),
  });
  return engine;
}

PrecisEngine *
precis_engine_new (PrecisSettings *settings, const char *const *plugin_path, GError **error)
{
  PrecisEngine *engine = engine_new (settings, plugin_path, error);

  if (engine != NULL)
    precis_host_rescan (engine->host);
  return engine;
}

/* Long enough for a big model to load on a loaded machine; a load() that
 * takes longer is taken for one stuck in a loop. */
#define PROBE_TIMEOUT_S 30

static void
probe_in_worker (GPtrArray *candidates, const char *const *command)
{
  precis_worker_probe (command, candidates, PROBE_TIMEOUT_S);
}

PrecisEngine *
precis_engine_new_with_workers (PrecisSettings *settings, const char *const *plugin_path,
                                const char *program, GError **error)
{
  PrecisEngine *engine = engine_new (settings, plugin_path, error);
  g_autofree char *memory = NULL;

  if (engine == NULL)
    return NULL;
  memory = g_strdup_printf ("--memory-limit-mb=%u", engine->settings.worker_memory_mb);
  /* One idle worker for each thread that may analyse: the engine's and the feeds' one. */
  engine->workers = precis_worker_pool_new ((const char *const[]) { program, memory, NULL },
                                            g_thread_pool_get_max_threads (engine->pool) + 1);
  /* A probe obeys the same limit: a load() that allocates without end is quarantined. */
  precis_host_set_probe (engine->host, probe_in_worker, (const char *const[]) { program, memory, NULL });
  /* Starts the probe of every plugin; the workers get them once it is
   * done (refresh_workers). */
  precis_host_rescan (engine->host);
  return engine;
}

void
precis_engine_free (PrecisEngine *engine)
{
  if (engine == NULL)
    return;
  /* Wait for the calls on the workers: they hold references to plugins. */
  g_thread_pool_free (engine->pool, FALSE, TRUE);
  g_thread_pool_free (engine->background, FALSE, TRUE);
  precis_fair_queue_free (engine->turns);
  precis_fair_queue_free (engine->background_turns);
  g_mutex_clear (&engine->slot_lock);
  g_cond_clear (&engine->slot_freed);
  precis_worker_pool_free (engine->workers);
  precis_fetcher_free (engine->fetcher);
  precis_host_free (engine->host);
  precis_settings_clear (&engine->settings);
  g_free (engine);
}

/* The host's set of plugins changed: new workers load the new set (but
 * none that crashed a worker while loading). */
static void
refresh_workers (PrecisEngine *engine)
{
  g_autoptr (GPtrArray) plugins = NULL;

  if (engine->workers == NULL ||
      (engine->workers_set && engine->workers_generation == precis_host_get_generation (engine->host)))
    return;
  engine->workers_set = TRUE;
  engine->workers_generation = precis_host_get_generation (engine->host);
  plugins = precis_host_list (engine->host);
  for (guint i = plugins->len; i > 0; i--)
    if (precis_plugin_crashed_at_load (plugins->pdata[i - 1]))
      g_ptr_array_remove_index (plugins, i - 1);
  precis_worker_pool_set_plugins (engine->workers, plugins);
}

static void
on_plugins_changed (gpointer user_data)
{
  PrecisEngine *engine = user_data;

  refresh_workers (engine);
  if (engine->changed != NULL)
    ((void (*) (gpointer)) engine->changed) (engine->changed_data);
}

void
precis_engine_watch (PrecisEngine *engine, GCallback changed, gpointer user_data)
{
  engine->changed = changed;
  engine->changed_data = user_data;
  precis_host_watch (engine->host, G_CALLBACK (on_plugins_changed), engine);
}

gboolean
precis_engine_wait_workers (PrecisEngine *engine, guint timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  gint64 left;

  if (engine->workers == NULL)
    return TRUE;
  if (!precis_host_wait_settled (engine->host, timeout_ms))
    return FALSE;
  refresh_workers (engine);
  left = (deadline - g_get_monotonic_time ()) / 1000;
  return left > 0 && precis_worker_pool_wait_ready (engine->workers, (guint) left);
}

gboolean
precis_engine_uses_workers (PrecisEngine *engine)
{
  return engine->workers != NULL;
}

/* In a worker process if the engine uses them, else here; within
 * `timeout_s` there.  Blocks. */
static void
analyze (PrecisEngine *engine, PrecisAnalysis *analysis, guint timeout_s)
{
  if (engine->workers != NULL)
    precis_worker_pool_run (engine->workers, analysis, timeout_s);
  else
    precis_analysis_run (analysis);
}

PrecisHost *
precis_engine_get_host (PrecisEngine *engine)
{
  return engine->host;
}

const PrecisSettings *
precis_engine_get_settings (PrecisEngine *engine)
{
  return &engine->settings;
}

PrecisFetcher *
precis_engine_get_fetcher (PrecisEngine *engine)
{
  return engine->fetcher;
}

/* --- default plugins ------------------------------------------------------- */

PrecisPlugin *
precis_engine_default_plugin (PrecisEngine *engine, PrecisCapabilities capability, GError **error)
{
  const char *wanted = capability == PRECIS_CAPABILITY_SUMMARIZE
                       ? engine->settings.default_summarizer
                       : engine->settings.default_fact_extractor;
  g_autoptr (GPtrArray) plugins = NULL;
  PrecisPlugin *plugin;

  /* A quarantined plugin is passed over: the next choice serves instead. */
  plugin = precis_host_lookup (engine->host, wanted, capability, NULL);
  if (plugin != NULL && !precis_plugin_is_quarantined (plugin))
    return plugin;
  g_clear_pointer (&plugin, precis_plugin_unref);
  if (capability == PRECIS_CAPABILITY_SUMMARIZE &&
      (plugin = precis_host_lookup (engine->host, "lead", capability, NULL)) != NULL &&
      !precis_plugin_is_quarantined (plugin))
    return plugin;
  g_clear_pointer (&plugin, precis_plugin_unref);

  plugins = precis_host_list (engine->host);
  for (guint i = 0; i < plugins->len; i++)
    if (precis_plugin_has_capability (plugins->pdata[i], capability) &&
        !precis_plugin_is_quarantined (plugins->pdata[i]))
      return precis_plugin_ref (plugins->pdata[i]);

  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN,
               "no plugin that can %s is installed (search path: %s)",
               capability == PRECIS_CAPABILITY_SUMMARIZE ? "summarize" : "extract facts",
               precis_host_get_search_path (engine->host)[0]);
  return NULL;
}

/* A plugin asked for by name that is quarantined is an error for the call. */
static PrecisPlugin *
refuse_quarantined (PrecisPlugin *plugin, GError **error)
{
  if (plugin == NULL || !precis_plugin_is_quarantined (plugin))
    return plugin;
  {
    g_autofree char *why = precis_plugin_describe_quarantine (plugin);

    g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                 "plugin “%s” is quarantined: %s; it runs again once its file (%s) changes",
                 precis_plugin_get_name (plugin), why, precis_plugin_get_path (plugin));
  }
  precis_plugin_unref (plugin);
  return NULL;
}

PrecisPlugin *
precis_engine_choose_plugin (PrecisEngine *engine, const char *name, PrecisCapabilities capability,
                             GError **error)
{
  if (name != NULL)
    return refuse_quarantined (precis_host_lookup (engine->host, name, capability, error), error);
  return precis_engine_default_plugin (engine, capability, error);
}

gboolean
precis_engine_set_default_plugin (PrecisEngine *engine, PrecisCapabilities capability,
                                  const char *name, GError **error)
{
  g_autoptr (PrecisPlugin) plugin = precis_host_lookup (engine->host, name, capability, error);
  g_autoptr (GError) save_error = NULL;
  gboolean summarizer = capability == PRECIS_CAPABILITY_SUMMARIZE;
  char **slot = summarizer ? &engine->settings.default_summarizer
                           : &engine->settings.default_fact_extractor;

  if (plugin == NULL)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (name);
  /* The choice holds either way; a settings file that can't be written
   * only loses it at the next start. */
  if (!precis_settings_save_plugin_default (&engine->settings,
                                            summarizer ? "default-summarizer" : "default-fact-extractor",
                                            name, &save_error))
    g_warning ("%s is the default until this process exits, but it was not saved: %s",
               name, save_error->message);
  return TRUE;
}

/* --- running a call ---------------------------------------------------------- */

/* `plugin` names the summarizer, or the fact extractor when it names a
 * plugin that only extracts facts; Analyze without any fact extractor
 * still summarizes. */
static gboolean
choose_analyze_plugins (PrecisEngine *engine, PrecisAnalysis *analysis, const char *name,
                        GError **error)
{
  g_autoptr (PrecisPlugin) named = NULL;

  if (name != NULL &&
      (named = refuse_quarantined (precis_host_lookup (engine->host, name, 0, error), error)) == NULL)
    return FALSE;
  if (named != NULL && !precis_plugin_has_capability (named, PRECIS_CAPABILITY_SUMMARIZE))
    analysis->extractor = g_steal_pointer (&named);
  else if (named != NULL)
    analysis->summarizer = g_steal_pointer (&named);
  if (analysis->summarizer == NULL)
    analysis->summarizer = precis_engine_default_plugin (engine, PRECIS_CAPABILITY_SUMMARIZE, error);
  if (analysis->summarizer == NULL)
    return FALSE;
  if (analysis->extractor == NULL)
    analysis->extractor = precis_engine_default_plugin (engine, PRECIS_CAPABILITY_FACTS, NULL);
  return TRUE;
}

static gboolean
choose_plugins (PrecisEngine *engine, PrecisCall *call, GError **error)
{
  PrecisAnalysis *analysis = &call->analysis;
  const char *name = call->options.plugin;

  switch (call->kind)
    {
    case PRECIS_CALL_KIND_SUMMARIZE:
      analysis->summarizer = precis_engine_choose_plugin (engine, name, PRECIS_CAPABILITY_SUMMARIZE, error);
      return analysis->summarizer != NULL;
    case PRECIS_CALL_KIND_EXTRACT_FACTS:
      analysis->extractor = precis_engine_choose_plugin (engine, name, PRECIS_CAPABILITY_FACTS, error);
      return analysis->extractor != NULL;
    case PRECIS_CALL_KIND_ANALYZE:
    default:
      return choose_analyze_plugins (engine, analysis, name, error);
    }
}

static gboolean
check_size (PrecisEngine *engine, gsize bytes, GError **error)
{
  if (bytes <= engine->settings.max_text_bytes)
    return TRUE;
  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE,
               "the text is %" G_GSIZE_FORMAT " bytes; precis takes at most %u "
               "(max-text-bytes in precisd.conf)", bytes, engine->settings.max_text_bytes);
  return FALSE;
}

/* The turns of the pool `call` runs on. */
static PrecisFairQueue *
turns_of (PrecisEngine *engine, const PrecisCall *call)
{
  return call->background ? engine->background_turns : engine->turns;
}

/* --- slots: calls that run at once ----------------------------------------------- */

/* A thread's call takes a slot, waiting while the main loop's calls hold them. */
static void
slot_take (PrecisEngine *engine)
{
  g_mutex_lock (&engine->slot_lock);
  while (engine->running >= engine->slots)
    {
      engine->waiting++;
      g_cond_wait (&engine->slot_freed, &engine->slot_lock);
      engine->waiting--;
    }
  engine->running++;
  engine->pending--;
  g_mutex_unlock (&engine->slot_lock);
}

static void
slot_give (PrecisEngine *engine)
{
  g_mutex_lock (&engine->slot_lock);
  engine->running--;
  /* A signal is a system call even when nobody waits. */
  if (engine->waiting > 0)
    g_cond_signal (&engine->slot_freed);
  g_mutex_unlock (&engine->slot_lock);
}

static void
on_direct_done (PrecisAnalysis *analysis, gpointer user_data)
{
  GTask *task = user_data;
  PrecisEngine *engine = g_object_get_data (G_OBJECT (task), "engine");

  slot_give (engine);
  if (analysis->error != NULL)
    g_task_return_error (task, g_error_copy (analysis->error));
  else
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/* A text call while a slot is free and no call waits for one: this
 * thread's main loop sends it to an idle worker and awaits the answer
 * itself, rather than waking a pool thread to do so and being woken by
 * it in turn (two wake-ups a call).  FALSE: it goes to the pool. */
static gboolean
run_direct (PrecisEngine *engine, GTask *task)
{
  PrecisCall *call = g_task_get_task_data (task);
  gboolean free_slot;

  if (engine->workers == NULL || call->background || call->page != NULL)
    return FALSE;
  g_mutex_lock (&engine->slot_lock);
  free_slot = engine->pending == 0 && engine->running < engine->slots;
  if (free_slot)
    engine->running++;
  g_mutex_unlock (&engine->slot_lock);
  if (!free_slot)
    return FALSE;
  call->analysis.cancellable = g_task_get_cancellable (task);
  if (!precis_worker_pool_run_async (engine->workers, &call->analysis,
                                     call->timeout_s,
                                     on_direct_done, task))
    {
      slot_give (engine);
      return FALSE;
    }
  precis_fair_queue_started (engine->turns, &call->ticket);
  return TRUE;
}

static void
queue (PrecisEngine *engine, GTask *task)
{
  PrecisCall *call = g_task_get_task_data (task);

  call->ticket = precis_fair_queue_join (turns_of (engine, call), call->caller);
  if (run_direct (engine, task))
    return;
  if (!call->background)
    {
      g_mutex_lock (&engine->slot_lock);
      engine->pending++;
      g_mutex_unlock (&engine->slot_lock);
    }
  g_thread_pool_push (call->background ? engine->background : engine->pool, task, NULL);
}

/* The page could not be had (`why`): analyse the call's fallback text
 * instead, if it has one that is not too large. */
static gboolean
use_fallback (PrecisEngine *engine, PrecisCall *call, GError **why)
{
  if (call->fallback == NULL || g_error_matches (*why, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  g_debug ("%s: %s; analysing the fallback text", call->url, (*why)->message);
  g_clear_error (why);
  g_clear_pointer (&call->text, g_bytes_unref);
  call->text = g_bytes_ref (call->fallback);
  call->analysis.text = g_bytes_get_data (call->text, &call->analysis.length);
  return check_size (engine, call->analysis.length, why);
}

/* On a worker: from the page to its article. */
static gboolean
read_page (PrecisEngine *engine, PrecisCall *call, GError **error)
{
  gsize length;
  const char *page = g_bytes_get_data (call->page, &length);

  if (call->page_is_text)
    {
      /* A text/plain page is the text the text API takes, as it is. */
      call->text = g_bytes_ref (call->page);
      call->analysis.text = page;
      call->analysis.length = length;
      return TRUE;
    }
  call->article = precis_article_extract (page, length, call->url, error);
  if (call->article == NULL)
    return use_fallback (engine, call, error);
  precis_analysis_use_article (&call->analysis, call->article);
  /* A page's article obeys the same limit as a text sent in a call. */
  if (!check_size (engine, call->analysis.length, error))
    {
      g_prefix_error (error, "the article at %s: ", call->url);
      return FALSE;
    }
  return TRUE;
}

/* On a worker: the page's article if there is a page, then the analysis. */
static void
run_call (PrecisEngine *engine, GTask *task)
{
  PrecisCall *call = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;

  precis_fair_queue_started (turns_of (engine, call), &call->ticket);
  /* Queued work of a caller that has gone is dropped unrun. */
  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (call->page != NULL)
    {
      /* The page's article is taken from it here: work on the input. */
      g_atomic_int_set (&call->analysis.stage, PRECIS_ANALYSIS_STARTED);
      if (!read_page (engine, call, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  /* Out of the queue: a worker process to take it may still have to start
   * (the exchange then says where it is). */
  if (engine->workers != NULL)
    g_atomic_int_set (&call->analysis.stage, PRECIS_ANALYSIS_AWAITING_WORKER);
  call->analysis.cancellable = cancellable;
  analyze (engine, &call->analysis, call->timeout_s);
  if (call->analysis.error != NULL)
    g_task_return_error (task, g_error_copy (call->analysis.error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
run_on_worker (gpointer data, gpointer user_data)
{
  g_autoptr (GTask) task = data;
  PrecisEngine *engine = user_data;
  gboolean background = ((PrecisCall *) g_task_get_task_data (task))->background;

  /* The background pool's one thread is a slot of its own. */
  if (!background)
    slot_take (engine);
  run_call (engine, task);
  if (!background)
    slot_give (engine);
}

static void
on_page_fetched (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  PrecisEngine *engine = g_object_get_data (G_OBJECT (task), "engine");
  PrecisCall *call = g_task_get_task_data (task);
  g_autofree char *final_url = NULL;
  GError *error = NULL;

  call->page = precis_fetcher_fetch_finish (engine->fetcher, result, &final_url, NULL, &error);
  if (final_url != NULL)
    {
      g_free (call->url);
      call->url = g_steal_pointer (&final_url);
    }
  if (call->page == NULL && !use_fallback (engine, call, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  call->page_is_text = call->page != NULL && precis_fetcher_result_is_plain_text (result);
  g_atomic_int_set (&call->analysis.stage, PRECIS_ANALYSIS_QUEUED);
  queue (engine, g_steal_pointer (&task));
}

static gboolean
take_string (char **slot, char **fresh)
{
  gboolean changed = g_strcmp0 (*slot, *fresh) != 0;

  g_free (*slot);
  *slot = g_steal_pointer (fresh);
  return changed;
}

gboolean
precis_engine_reload_settings (PrecisEngine *engine)
{
  PrecisSettings fresh;
  gboolean changed;

  precis_settings_load (&fresh);
  engine->settings.max_text_bytes = fresh.max_text_bytes;
  engine->settings.max_calls_per_client = fresh.max_calls_per_client;
  engine->settings.max_queued_calls = fresh.max_queued_calls;
  engine->settings.call_timeout_s = fresh.call_timeout_s;
  /* precisd's feed poller reads these after a reload (the engine has no feeds). */
  engine->settings.feed_pause_after_s = fresh.feed_pause_after_s;
  engine->settings.feed_min_interval_s = fresh.feed_min_interval_s;
  engine->settings.feed_max_subscriptions = fresh.feed_max_subscriptions;
  changed = take_string (&engine->settings.default_summarizer, &fresh.default_summarizer);
  changed |= take_string (&engine->settings.default_fact_extractor, &fresh.default_fact_extractor);
  precis_settings_clear (&fresh);
  return changed;
}

void
precis_engine_run_async (PrecisEngine *engine, PrecisCall *call, GCancellable *cancellable,
                         GAsyncReadyCallback callback, gpointer user_data)
{
  /* The engine is no GObject, so it rides on the task as data. */
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  GError *error = NULL;
  gboolean fetch;

  g_task_set_source_tag (task, precis_engine_run_async);
  g_task_set_task_data (task, call, NULL);
  /* The deadline in force when the call came, as its caller's: a reload
   * while it waits for a thread must not give it one it never had (a
   * call queued with none was stopped a second into its plugin). */
  call->timeout_s = g_atomic_int_get (&engine->settings.call_timeout_s);
  g_object_set_data (G_OBJECT (task), "engine", engine);
  /* A rescan the watch did not run (ReloadPlugins): new workers load its set. */
  refresh_workers (engine);

  fetch = call->fetch && precis_fetch_check_url (call->url, &error);
  /* A URL refused leaves the fallback text, if there is one. */
  if ((call->fetch && !fetch && !use_fallback (engine, call, &error)) ||
      (!call->fetch && !check_size (engine, call->analysis.length, &error)) ||
      !choose_plugins (engine, call, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (fetch)
    {
      /* Until the page comes, a deadline is the site's doing, not the text's. */
      g_atomic_int_set (&call->analysis.stage, PRECIS_ANALYSIS_FETCHING);
      precis_fetcher_fetch_async (engine->fetcher, call->url, cancellable, on_page_fetched,
                                  g_steal_pointer (&task));
    }
  else
    queue (engine, g_steal_pointer (&task));
}

gboolean
precis_engine_run_finish (PrecisEngine *engine, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
