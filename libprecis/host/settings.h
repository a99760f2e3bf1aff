/* settings.h — precisd's settings: defaults, the system file, the user's file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint32 max_text_bytes;        /* larger texts: org.precis.Error.TooLarge */
  guint32 max_calls_per_client;  /* more in flight from one client: Busy */
  guint32 max_queued_calls;      /* more in flight in all: Busy */
  guint32 worker_threads;        /* 0: one per core */
  guint32 call_timeout_s;        /* a call still running after this is stopped (0: never) */
  gboolean plugin_workers;       /* precisd: analyses and plugins in worker processes */
  guint32 worker_memory_mb;      /* a worker's data (heap) limit, RLIMIT_DATA, in MiB; 0: none */
  guint32 fetch_timeout_s;       /* AnalyzeUrl: whole fetch, redirects included */
  guint32 fetch_max_bytes;       /* AnalyzeUrl: body bytes read at most */
  guint32 feed_pause_after_s;    /* a sandboxed app's feeds pause after it is away this long (0: never) */
  gboolean allow_private_networks;  /* fetch from loopback, LAN... addresses too */
  guint32 feed_min_interval_s;   /* Subscribe: shortest interval between polls */
  guint32 feed_max_subscriptions;  /* per caller; Subscribe past it: Busy */
  char *default_summarizer;
  char *default_fact_extractor;
  char *user_file;               /* where changes are saved */
} PrecisSettings;

/* Defaults, overridden by $datadir/precis/precisd.conf, then by
 * $XDG_CONFIG_HOME/precis/precisd.conf.  A broken file is logged and skipped. */
void precis_settings_load (PrecisSettings *settings);
void precis_settings_clear (PrecisSettings *settings);

/* Save one key of the [plugins] group into the user's file, keeping the rest of it. */
gboolean precis_settings_save_plugin_default (PrecisSettings *settings, const char *key,
                                            const char *value, GError **error);

G_END_DECLS
