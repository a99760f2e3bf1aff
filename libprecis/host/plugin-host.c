/* plugin-host.c — the search path, scanning and live swapping.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A rescan compares each file of the search path with what was loaded from
 * it (device, inode, size, mtime): unchanged files keep their plugin, new or
 * replaced ones are loaded, vanished ones dropped.  Dropping only releases
 * the host's reference; calls in flight hold their own.
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
};

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
  return host;
}

void
precis_host_free (PrecisHost *host)
{
  if (host == NULL)
    return;
  g_clear_handle_id (&host->rescan_source, g_source_remove);
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

/* Milliseconds until the file at `st` has been left alone SETTLE_MS; 0 if it has. */
static gint64
settle_wait_ms (const struct stat *st)
{
  gint64 mtime_us = (gint64) st->st_mtim.tv_sec * G_USEC_PER_SEC + st->st_mtim.tv_nsec / 1000;
  gint64 age_ms = (g_get_real_time () - mtime_us) / 1000;

  /* A file from the future (clock set back) is not waited for. */
  return age_ms >= 0 && age_ms < SETTLE_MS ? SETTLE_MS - age_ms : 0;
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

  for (char **dir = host->search_path; *dir; dir++)
    scan_dir (host, *dir, seen, order);

  for (guint i = 0; i < order->len; i++)
    {
      PrecisPlugin *plugin = g_hash_table_lookup (seen, order->pdata[i]);
      const char *name = precis_plugin_get_name (plugin);
      PrecisPlugin *first = g_hash_table_lookup (names, name);

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
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < host->active->len; i++)
    {
      PrecisPlugin *plugin = host->active->pdata[i];

      if (strcmp (precis_plugin_get_name (plugin), name) != 0)
        continue;
      if (capability != 0 && !precis_plugin_has_capability (plugin, capability))
        {
          g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN,
                       "plugin “%s” cannot %s; see ListPlugins for what each plugin can do", name,
                       capability == PRECIS_CAPABILITY_SUMMARIZE ? "summarize" : "extract facts");
          return NULL;
        }
      return precis_plugin_ref (plugin);
    }
  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN,
               "no plugin called “%s”; ListPlugins (or `precis plugins`) lists the installed ones", name);
  return NULL;
}
