/* settings.c — precisd's settings.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "settings.h"
#include "data-dir.h"

#define MIB (1024u * 1024u)

static void
read_uint (GKeyFile *file, const char *path, const char *group, const char *key, guint32 *out)
{
  g_autoptr (GError) error = NULL;
  guint64 value;

  if (!g_key_file_has_key (file, group, key, NULL))
    return;
  value = g_key_file_get_uint64 (file, group, key, &error);
  if (error != NULL || value > G_MAXUINT32)
    {
      g_warning ("%s: [%s] %s ignored: not a number up to %u", path, group, key, G_MAXUINT32);
      return;
    }
  *out = (guint32) value;
}

static void
read_bool (GKeyFile *file, const char *path, const char *group, const char *key, gboolean *out)
{
  g_autoptr (GError) error = NULL;
  gboolean value;

  if (!g_key_file_has_key (file, group, key, NULL))
    return;
  value = g_key_file_get_boolean (file, group, key, &error);
  if (error != NULL)
    {
      g_warning ("%s: [%s] %s ignored: not true or false", path, group, key);
      return;
    }
  *out = value;
}

static void
read_string (GKeyFile *file, const char *key, char **out)
{
  g_autofree char *value = g_key_file_get_string (file, "plugins", key, NULL);

  if (value != NULL && *value != '\0')
    {
      g_free (*out);
      *out = g_steal_pointer (&value);
    }
}

static void
read_file (PrecisSettings *settings, const char *path)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autoptr (GError) error = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_warning ("%s ignored: %s", path, error->message);
      return;
    }
  read_uint (file, path, "daemon", "max-text-bytes", &settings->max_text_bytes);
  read_uint (file, path, "daemon", "max-calls-per-client", &settings->max_calls_per_client);
  read_uint (file, path, "daemon", "max-queued-calls", &settings->max_queued_calls);
  read_uint (file, path, "daemon", "worker-threads", &settings->worker_threads);
  read_uint (file, path, "daemon", "call-timeout-seconds", &settings->call_timeout_s);
  read_bool (file, path, "daemon", "plugin-workers", &settings->plugin_workers);
  read_uint (file, path, "daemon", "worker-memory-limit-mb", &settings->worker_memory_mb);
  read_uint (file, path, "fetch", "timeout-seconds", &settings->fetch_timeout_s);
  read_uint (file, path, "fetch", "max-bytes", &settings->fetch_max_bytes);
  read_uint (file, path, "feeds", "pause-after-seconds", &settings->feed_pause_after_s);
  read_bool (file, path, "fetch", "allow-private-networks", &settings->allow_private_networks);
  read_uint (file, path, "feeds", "min-interval-seconds", &settings->feed_min_interval_s);
  read_uint (file, path, "feeds", "max-subscriptions-per-caller", &settings->feed_max_subscriptions);
  read_string (file, "default-summarizer", &settings->default_summarizer);
  read_string (file, "default-fact-extractor", &settings->default_fact_extractor);
}

void
precis_settings_load (PrecisSettings *settings)
{
  g_autofree char *system_file = g_build_filename (precis_data_dir (), "precisd.conf", NULL);

  *settings = (PrecisSettings) {
    .max_text_bytes = 2 * MIB,
    .max_calls_per_client = 16,
    .max_queued_calls = 256,
    .worker_threads = 0,
    .call_timeout_s = 10,
    .plugin_workers = TRUE,
    .worker_memory_mb = 1024,
    .fetch_timeout_s = 15,
    .fetch_max_bytes = 5 * MIB,
    .feed_pause_after_s = 7 * 24 * 3600,
    .feed_min_interval_s = 300,
    .feed_max_subscriptions = 200,
    .default_summarizer = g_strdup ("newsrank"),
    .default_fact_extractor = g_strdup ("facts"),
    .user_file = g_build_filename (g_get_user_config_dir (), "precis", "precisd.conf", NULL),
  };
  read_file (settings, system_file);
  read_file (settings, settings->user_file);
  if (settings->max_calls_per_client == 0)
    settings->max_calls_per_client = 1;
  if (settings->max_queued_calls == 0)
    settings->max_queued_calls = 1;
  if (settings->fetch_timeout_s == 0)
    settings->fetch_timeout_s = 15;
  if (settings->fetch_max_bytes == 0)
    settings->fetch_max_bytes = 5 * MIB;
  if (settings->feed_min_interval_s == 0)
    settings->feed_min_interval_s = 1;
}

void
precis_settings_clear (PrecisSettings *settings)
{
  g_clear_pointer (&settings->default_summarizer, g_free);
  g_clear_pointer (&settings->default_fact_extractor, g_free);
  g_clear_pointer (&settings->user_file, g_free);
}

gboolean
precis_settings_save_plugin_default (PrecisSettings *settings, const char *key, const char *value,
                                   GError **error)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autoptr (GError) load_error = NULL;
  g_autofree char *dir = g_path_get_dirname (settings->user_file);

  if (!g_key_file_load_from_file (file, settings->user_file,
                                  G_KEY_FILE_KEEP_COMMENTS | G_KEY_FILE_KEEP_TRANSLATIONS,
                                  &load_error) &&
      !g_error_matches (load_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&load_error),
                                  "cannot update %s: ", settings->user_file);
      return FALSE;
    }
  g_key_file_set_string (file, "plugins", key, value);
  if (g_mkdir_with_parents (dir, 0700) < 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                   "cannot create %s: %s", dir, g_strerror (errno));
      return FALSE;
    }
  return g_key_file_save_to_file (file, settings->user_file, error);
}
