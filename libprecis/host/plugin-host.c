/* plugin-host.c — the search path, scanning and live swapping.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A rescan compares each file of the search path with what was loaded from
 * it (device, inode, size, mtime): unchanged files keep their plugin, new or
 * replaced ones are loaded, vanished ones dropped.  Dropping only releases
 * the host's reference; calls in flight hold their own.
 *
 * With a probe (precisd with plugin-workers on), a new or changed file is
 * not loaded here at all: it is copied, and the copies of one rescan are
 * loaded by a worker process on a thread of their own (the main loop never
 * waits).  When the probe is done the host rescans and takes the plugins
 * that loaded, the ones that crashed doing so (quarantined), and logs the
 * ones refused; until then a replaced file's previous plugin stays.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include "data-dir.h"
#include "errors.h"
#include "plugin.h"

#define RESCAN_DELAY_MS 100
/* A file changed more recently than this may still be being written: it
 * is loaded once it has been left alone that long.  (Complete copies are
 * checked again when loaded: plugin-image.c.) */
#define SETTLE_MS 400

struct _PrecisHost {
  GStrv search_path;
  GHashTable *by_path;     /* file path → PrecisPlugin (owned) */
  GHashTable *refused;     /* file path → "dev:ino:size:mtime" already logged */
  GPtrArray *active;       /* PrecisPlugin, one per name, search-path order wins */
  GPtrArray *monitors;     /* GFileMonitor */
  guint rescan_source;
  GCallback changed;
  gpointer changed_data;
  guint generation;        /* counts the rescans that changed the set */

  PrecisHostProbe probe;   /* NULL: plugins are loaded in this process */
  GStrv probe_command;
  GHashTable *probing;     /* file path → identity being probed */
  GHashTable *probed;      /* file path → PrecisPlugin a probe finished, until the next rescan */
  GPtrArray *candidates;   /* PrecisPlugin copied by the rescan running, to probe */
  GPtrArray *candidate_ids;
  guint probes;            /* in flight */
  GCancellable *alive;     /* cancelled when the host is freed: probes finishing then are dropped */
  GMainContext *context;
  GArray *waiters;         /* Waiter: until no probe is in flight */
};

typedef struct {
  PrecisHostSettled callback;
  gpointer data;
  GDestroyNotify destroy;
} Waiter;

static GStrv
default_search_path (void)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  const char *env = g_getenv ("PRECIS_PLUGIN_PATH");

  if (env != NULL && *env != '\0')
    {
      g_auto (GStrv) dirs = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (char **d = dirs; *d; d++)
        if (**d != '\0')
          g_strv_builder_add (builder, *d);
    }
  {
    g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "precis", "plugins", NULL);

    g_strv_builder_add (builder, user_dir);
  }
  g_strv_builder_add (builder, PRECIS_PLUGINDIR);
  return g_strv_builder_end (builder);
}

PrecisHost *
precis_host_new (const char *const *search_path)
{
  PrecisHost *host = g_new0 (PrecisHost, 1);

  host->search_path = search_path != NULL ? g_strdupv ((char **) search_path) : default_search_path ();
  host->by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) precis_plugin_unref);
  host->refused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  host->active = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_unref);
  host->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  host->probing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  host->probed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) precis_plugin_unref);
  host->alive = g_cancellable_new ();
  host->context = g_main_context_ref_thread_default ();
  host->waiters = g_array_new (FALSE, FALSE, sizeof (Waiter));
  return host;
}

void
precis_host_set_probe (PrecisHost *host, PrecisHostProbe probe, const char *const *command)
{
  host->probe = probe;
  g_strfreev (host->probe_command);
  host->probe_command = g_strdupv ((char **) command);
}

void
precis_host_free (PrecisHost *host)
{
  if (host == NULL)
    return;
  g_clear_handle_id (&host->rescan_source, g_source_remove);
  g_cancellable_cancel (host->alive);
  g_object_unref (host->alive);
  for (guint i = 0; i < host->waiters->len; i++)
    {
      Waiter *w = &g_array_index (host->waiters, Waiter, i);

      if (w->destroy != NULL)
        w->destroy (w->data);
    }
  g_array_unref (host->waiters);
  g_hash_table_unref (host->probing);
  g_hash_table_unref (host->probed);
  g_strfreev (host->probe_command);
  g_main_context_unref (host->context);
  for (guint i = 0; i < host->monitors->len; i++)
    g_signal_handlers_disconnect_by_data (host->monitors->pdata[i], host);
  g_ptr_array_unref (host->monitors);
  g_ptr_array_unref (host->active);
  g_hash_table_unref (host->by_path);
  g_hash_table_unref (host->refused);
  g_strfreev (host->search_path);
  g_free (host);
}

guint
precis_host_get_generation (PrecisHost *host)
{
  return host->generation;
}

const char *const *
precis_host_get_search_path (PrecisHost *host)
{
  return (const char *const *) host->search_path;
}

static gboolean
dir_is_trusted (const char *dir)
{
  struct stat st;

  if (stat (dir, &st) < 0)
    return FALSE;  /* missing directories are normal: nothing to load */
  if (!S_ISDIR (st.st_mode))
    return FALSE;
  /* Others could drop code in here; a sticky /tmp-like dir is no better. */
  if (st.st_mode & S_IWOTH)
    {
      g_warning ("plugin directory %s refused: writable by others (mode %03o)",
                 dir, (unsigned) (st.st_mode & 0777));
      return FALSE;
    }
  return TRUE;
}

static char *
file_identity (const struct stat *st)
{
  return g_strdup_printf ("%ju:%ju:%jd:%jd.%09ld", (uintmax_t) st->st_dev, (uintmax_t) st->st_ino,
                          (intmax_t) st->st_size, (intmax_t) st->st_mtim.tv_sec,
                          st->st_mtim.tv_nsec);
}

static gboolean rescan_now (gpointer user_data);
static void start_probe (PrecisHost *host);

/* Milliseconds until the file at `st` has been left alone SETTLE_MS; 0 if it has. */
static gint64
settle_wait_ms (const struct stat *st)
{
  gint64 mtime_us = (gint64) st->st_mtim.tv_sec * G_USEC_PER_SEC + st->st_mtim.tv_nsec / 1000;
  gint64 age_ms = (g_get_real_time () - mtime_us) / 1000;

  /* A file from the future (clock set back) is not waited for. */
  return age_ms >= 0 && age_ms < SETTLE_MS ? SETTLE_MS - age_ms : 0;
}

/* scan_file() with a probe: take what a probe of this file version
 * found, else wait for the one running, else copy it for the next. */
static void
scan_file_by_probe (PrecisHost *host, const char *path, const struct stat *st, char **identity,
                    GHashTable *seen)
{
  g_autoptr (GError) error = NULL;
  PrecisPlugin *previous = g_hash_table_lookup (host->by_path, path);
  PrecisPlugin *found = g_hash_table_lookup (host->probed, path);

  if (found != NULL && precis_plugin_is_file (found, st))
    {
      const char *refusal = precis_plugin_get_refusal (found);

      if (refusal != NULL)
        {
          g_warning ("%s", refusal);
          g_hash_table_insert (host->refused, g_strdup (path), g_steal_pointer (identity));
          return;
        }
      g_hash_table_remove (host->refused, path);
      g_debug ("plugin %s %s loaded from %s by a worker process", precis_plugin_get_name (found),
               precis_plugin_get_descriptor (found)->version, path);
      g_hash_table_insert (seen, g_strdup (path), precis_plugin_ref (found));
      return;
    }

  /* Until the new version is known, the one before it serves. */
  if (previous != NULL)
    g_hash_table_insert (seen, g_strdup (path), precis_plugin_ref (previous));
  if (g_strcmp0 (g_hash_table_lookup (host->probing, path), *identity) == 0)
    return;

  found = precis_plugin_copy (path, &error);
  if (found == NULL)
    {
      g_warning ("%s", error->message);
      g_hash_table_insert (host->refused, g_strdup (path), g_steal_pointer (identity));
      return;
    }
  g_hash_table_insert (host->probing, g_strdup (path), g_strdup (*identity));
  g_ptr_array_add (host->candidates, found);
  g_ptr_array_add (host->candidate_ids, g_steal_pointer (identity));
}

/* Load or keep the plugin of one file into `seen`. */
static void
scan_file (PrecisHost *host, const char *path, GHashTable *seen)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *identity = NULL;
  PrecisPlugin *plugin;
  struct stat st;

  if (stat (path, &st) < 0 || !S_ISREG (st.st_mode))
    return;

  plugin = g_hash_table_lookup (host->by_path, path);
  if (plugin != NULL && precis_plugin_is_file (plugin, &st))
    {
      g_hash_table_insert (seen, g_strdup (path), precis_plugin_ref (plugin));
      return;
    }
  /* Only while watching: the first scan, at start, has no one writing to
   * wait for, and a partial file then is refused by its ELF check. */
  if (host->changed != NULL && settle_wait_ms (&st) > 0)
    {
      /* Come back once it settles; meanwhile the loaded version (a private
       * copy, unaffected by the writes) stays. */
      if (host->rescan_source == 0)
        host->rescan_source = g_timeout_add ((guint) settle_wait_ms (&st) + 10, rescan_now, host);
      if (plugin != NULL)
        g_hash_table_insert (seen, g_strdup (path), precis_plugin_ref (plugin));
      return;
    }

  /* One log line per refused file version, not one per rescan. */
  identity = file_identity (&st);
  if (g_strcmp0 (g_hash_table_lookup (host->refused, path), identity) == 0)
    return;

  if (host->probe != NULL)
    {
      scan_file_by_probe (host, path, &st, &identity, seen);
      return;
    }

  plugin = precis_plugin_open (path, precis_data_dir (), &error);
  if (plugin == NULL)
    {
      g_warning ("%s", error->message);
      g_hash_table_insert (host->refused, g_strdup (path), g_steal_pointer (&identity));
      return;
    }
  g_hash_table_remove (host->refused, path);
  /* Routine: every `precis batch` run loads them all.  Refusals stay warnings. */
  g_debug ("plugin %s %s loaded from %s", precis_plugin_get_name (plugin),
             precis_plugin_get_descriptor (plugin)->version, path);
  g_hash_table_insert (seen, g_strdup (path), plugin);
}

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
scan_dir (PrecisHost *host, const char *dir, GHashTable *seen, GPtrArray *order)
{
  g_autoptr (GDir) handle = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (!dir_is_trusted (dir))
    return;
  handle = g_dir_open (dir, 0, NULL);
  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".so") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  /* Sorted, so that a name clash inside one directory resolves the same way every time. */
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);

      scan_file (host, path, seen);
      if (g_hash_table_contains (seen, path))
        g_ptr_array_add (order, g_steal_pointer (&path));
    }
}

static gint
compare_by_name (gconstpointer a, gconstpointer b)
{
  PrecisPlugin *pa = *(PrecisPlugin **) a;
  PrecisPlugin *pb = *(PrecisPlugin **) b;

  return strcmp (precis_plugin_get_name (pa), precis_plugin_get_name (pb));
}

static gboolean
same_plugins (GPtrArray *a, GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (a->pdata[i] != b->pdata[i])
      return FALSE;
  return TRUE;
}

gboolean
precis_host_rescan (PrecisHost *host)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) precis_plugin_unref);
  g_autoptr (GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) active = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_unref);
  gboolean changed;

  host->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_unref);
  host->candidate_ids = g_ptr_array_new_with_free_func (g_free);
  for (char **dir = host->search_path; *dir; dir++)
    scan_dir (host, *dir, seen, order);
  /* What a probe found was taken above, or is stale now. */
  g_hash_table_remove_all (host->probed);
  start_probe (host);

  /* Two rounds: one that crashed while loading, known only by its file's
   * name, hides no plugin that works. */
  for (int round = 0; round < 2; round++)
    for (guint i = 0; i < order->len; i++)
      {
        PrecisPlugin *plugin = g_hash_table_lookup (seen, order->pdata[i]);
        const char *name = precis_plugin_get_name (plugin);
        PrecisPlugin *first = g_hash_table_lookup (names, name);

        if (precis_plugin_crashed_at_load (plugin) != (round == 1))
          continue;
        if (first != NULL)
          {
            g_message ("plugin %s from %s hidden by %s", name, precis_plugin_get_path (plugin),
                       precis_plugin_get_path (first));
            continue;
          }
        g_hash_table_insert (names, (gpointer) name, plugin);
        g_ptr_array_add (active, precis_plugin_ref (plugin));
      }
  g_ptr_array_sort (active, compare_by_name);

  changed = !same_plugins (active, host->active);
  host->generation += changed;
  g_hash_table_unref (host->by_path);
  host->by_path = g_steal_pointer (&seen);
  g_ptr_array_unref (host->active);
  host->active = g_steal_pointer (&active);
  return changed;
}

/* --- probes ------------------------------------------------------------------ */

typedef struct {
  PrecisHostProbe probe;
  GStrv command;
  GPtrArray *candidates;
  GPtrArray *ids;
} Probe;

static void
probe_free (Probe *probe)
{
  g_strfreev (probe->command);
  g_ptr_array_unref (probe->candidates);
  g_ptr_array_unref (probe->ids);
  g_free (probe);
}

static void
run_probe (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Probe *probe = data;

  probe->probe (probe->candidates, (const char *const *) probe->command);
  g_task_return_boolean (task, TRUE);
}

static void
call_waiters (PrecisHost *host)
{
  g_autoptr (GArray) waiters = host->waiters;

  host->waiters = g_array_new (FALSE, FALSE, sizeof (Waiter));
  for (guint i = 0; i < waiters->len; i++)
    {
      Waiter *w = &g_array_index (waiters, Waiter, i);

      w->callback (w->data);
      if (w->destroy != NULL)
        w->destroy (w->data);
    }
}

static void
on_probe_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PrecisHost *host = user_data;
  Probe *probe = g_task_get_task_data (G_TASK (result));

  /* The host is gone (its `alive` is the task's cancellable): nothing to tell. */
  if (g_task_had_error (G_TASK (result)) || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  for (guint i = 0; i < probe->candidates->len; i++)
    {
      PrecisPlugin *plugin = probe->candidates->pdata[i];
      const char *path = precis_plugin_get_path (plugin);

      if (g_strcmp0 (g_hash_table_lookup (host->probing, path), probe->ids->pdata[i]) == 0)
        g_hash_table_remove (host->probing, path);
      g_hash_table_insert (host->probed, g_strdup (path), precis_plugin_ref (plugin));
    }
  host->probes--;
  if (precis_host_rescan (host) && host->changed != NULL)
    ((void (*) (gpointer)) host->changed) (host->changed_data);
  if (host->probes == 0)
    call_waiters (host);
}

/* Hand this rescan's copies to a probe, on a thread of its own. */
static void
start_probe (PrecisHost *host)
{
  g_autoptr (GTask) task = NULL;
  Probe *probe;

  if (host->candidates->len == 0)
    {
      g_clear_pointer (&host->candidates, g_ptr_array_unref);
      g_clear_pointer (&host->candidate_ids, g_ptr_array_unref);
      return;
    }
  probe = g_new0 (Probe, 1);
  probe->probe = host->probe;
  probe->command = g_strdupv (host->probe_command);
  probe->candidates = g_steal_pointer (&host->candidates);
  probe->ids = g_steal_pointer (&host->candidate_ids);
  host->probes++;
  task = g_task_new (NULL, host->alive, on_probe_done, host);
  g_task_set_source_tag (task, start_probe);
  g_task_set_task_data (task, probe, (GDestroyNotify) probe_free);
  /* Checked by hand in on_probe_done: a cancelled task would not say which. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_probe);
}

guint
precis_host_get_probes_in_flight (PrecisHost *host)
{
  return host->probes;
}

void
precis_host_when_settled (PrecisHost *host, PrecisHostSettled callback, gpointer data,
                          GDestroyNotify destroy)
{
  Waiter w = { callback, data, destroy };

  if (host->probes > 0)
    {
      g_array_append_val (host->waiters, w);
      return;
    }
  callback (data);
  if (destroy != NULL)
    destroy (data);
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
precis_host_wait_settled (PrecisHost *host, guint timeout_ms)
{
  GSource *timer = g_timeout_source_new (timeout_ms);
  gboolean timed_out = FALSE;

  g_source_set_callback (timer, set_flag, &timed_out, NULL);
  g_source_attach (timer, host->context);
  while (host->probes > 0 && !timed_out)
    g_main_context_iteration (host->context, TRUE);
  g_source_destroy (timer);
  g_source_unref (timer);
  return host->probes == 0;
}

static gboolean
rescan_now (gpointer user_data)
{
  PrecisHost *host = user_data;

  host->rescan_source = 0;
  if (precis_host_rescan (host) && host->changed != NULL)
    ((void (*) (gpointer)) host->changed) (host->changed_data);
  return G_SOURCE_REMOVE;
}

static void
on_dir_changed (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                gpointer user_data)
{
  PrecisHost *host = user_data;

  /* A copy arrives as many events; wait until they settle. */
  g_clear_handle_id (&host->rescan_source, g_source_remove);
  host->rescan_source = g_timeout_add (RESCAN_DELAY_MS, rescan_now, host);
}

void
precis_host_watch (PrecisHost *host, GCallback changed, gpointer user_data)
{
  host->changed = changed;
  host->changed_data = user_data;
  for (char **dir = host->search_path; *dir; dir++)
    {
      g_autoptr (GFile) file = g_file_new_for_path (*dir);
      g_autoptr (GError) error = NULL;
      GFileMonitor *monitor = g_file_monitor_directory (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);

      if (monitor == NULL)
        {
          g_message ("not watching %s: %s", *dir, error->message);
          continue;
        }
      g_signal_connect (monitor, "changed", G_CALLBACK (on_dir_changed), host);
      g_ptr_array_add (host->monitors, monitor);
    }
}

GPtrArray *
precis_host_list (PrecisHost *host)
{
  GPtrArray *list = g_ptr_array_new_full (host->active->len, (GDestroyNotify) precis_plugin_unref);

  for (guint i = 0; i < host->active->len; i++)
    g_ptr_array_add (list, precis_plugin_ref (host->active->pdata[i]));
  return list;
}

PrecisPlugin *
precis_host_lookup (PrecisHost *host, const char *name, PrecisCapabilities capability,
                    GError **error)
{
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < host->active->len; i++)
    {
      PrecisPlugin *plugin = host->active->pdata[i];

      if (strcmp (precis_plugin_get_name (plugin), name) != 0)
        continue;
      /* One that crashed while loading may never have said what it can:
       * the caller learns it is quarantined (precis_plugin_is_quarantined). */
      if (capability != 0 && !precis_plugin_has_capability (plugin, capability) &&
          !precis_plugin_crashed_at_load (plugin))
        {
          g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN,
                       "plugin “%s” cannot %s; see ListPlugins for what each plugin can do", name,
                       capability == PRECIS_CAPABILITY_SUMMARIZE ? "summarize" : "extract facts");
          return NULL;
        }
      return precis_plugin_ref (plugin);
    }
  quoted = precis_error_quote (name);
  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN,
               "no plugin called “%s”; ListPlugins (or `precis plugins`) lists the installed ones", quoted);
  return NULL;
}
