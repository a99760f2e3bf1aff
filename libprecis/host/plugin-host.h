/* plugin-host.h — finding, loading, refusing and live-swapping plugins.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A PrecisPlugin is reference counted: a call takes a reference when it
 * starts, so a plugin replaced or removed meanwhile is unloaded only when the
 * last call on it ends.  The host itself is used from one thread (the main
 * thread in precisd); PrecisPlugin references may be used from any thread.
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

typedef struct _PrecisPlugin PrecisPlugin;
typedef struct _PrecisHost PrecisHost;

PrecisPlugin *precis_plugin_ref (PrecisPlugin *plugin);
void precis_plugin_unref (PrecisPlugin *plugin);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisPlugin, precis_plugin_unref)

const PrecisPluginDescriptor *precis_plugin_get_descriptor (PrecisPlugin *plugin);
const char *precis_plugin_get_name (PrecisPlugin *plugin);
const char *precis_plugin_get_path (PrecisPlugin *plugin);
gboolean precis_plugin_has_capability (PrecisPlugin *plugin, PrecisCapabilities capability);

/* The sealed private copy the plugin was mapped from (plugin-image.h):
 * what a worker process loads, so it runs exactly the code checked here. */
int precis_plugin_get_image_fd (PrecisPlugin *plugin);

/* A plugin that took down the worker process running it this many times
 * is quarantined: not run again.  The count belongs to this loaded copy,
 * so a new file (a rescan loads a new PrecisPlugin) starts afresh. */
#define PRECIS_PLUGIN_QUARANTINE_CRASHES 3
/* Count one more crash; returns the count.  Thread-safe. */
guint precis_plugin_note_crash (PrecisPlugin *plugin);
gboolean precis_plugin_is_quarantined (PrecisPlugin *plugin);
/* Why it is quarantined, for messages: "it crashed its worker process 3 times". */
char *precis_plugin_describe_quarantine (PrecisPlugin *plugin);

/* Run the plugin and check what it returned: indices in range, no
 * duplicates, spans inside the text.  Anything else is
 * PRECIS_ERROR_PLUGIN_FAILED for this call only.  Thread-safe. */
gboolean precis_plugin_summarize (PrecisPlugin *plugin, const PrecisDocument *document,
                                  const PrecisRequest *request, GArray *ranked,
                                  GError **error);
gboolean precis_plugin_extract_facts (PrecisPlugin *plugin, const PrecisDocument *document,
                                      const PrecisRequest *request, GArray *facts,
                                      GError **error);

/* A GArray of PrecisFact that frees its members. */
GArray *precis_fact_array_new (void);
void precis_fact_clear (PrecisFact *fact);

/* `search_path`: directories, first wins on a name clash; NULL for the
 * default ($PRECIS_PLUGIN_PATH, $XDG_DATA_HOME/precis/plugins, $libdir/precis/plugins). */
PrecisHost *precis_host_new (const char *const *search_path);
void precis_host_free (PrecisHost *host);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisHost, precis_host_free)

/* Scan the search path now, loading what is new or changed and dropping
 * what is gone.  Returns TRUE if the set of plugins changed.  With a
 * probe, new and changed files are only copied here and handed to it: the
 * host rescans again when it is done (and calls the watch's `changed`). */
gboolean precis_host_rescan (PrecisHost *host);

/* Load plugins in another process, never in this one: `probe` runs on a
 * thread of its own with the copies of one rescan (PrecisPlugin from
 * precis_plugin_copy()) and `command` (the program to run for it, with its
 * options), and describes, refuses or quarantines each (plugin.h).  Set
 * before the first rescan. */
typedef void (*PrecisHostProbe) (GPtrArray *candidates, const char *const *command);
void precis_host_set_probe (PrecisHost *host, PrecisHostProbe probe, const char *const *command);

/* Probes running (0 without a probe). */
guint precis_host_get_probes_in_flight (PrecisHost *host);
/* Call `callback` once no probe is in flight: now, or from the host's
 * main context after the rescan that follows the last one.  If the host
 * is freed first, only `destroy` is called. */
typedef void (*PrecisHostSettled) (gpointer data);
void precis_host_when_settled (PrecisHost *host, PrecisHostSettled callback, gpointer data,
                               GDestroyNotify destroy);
/* Run the host's main context until no probe is in flight, at most
 * `timeout_ms`: for start-up, before anything else is attached to it.
 * FALSE if some still run. */
gboolean precis_host_wait_settled (PrecisHost *host, guint timeout_ms);

/* Watch the search path (GFileMonitor, on the thread-default main context)
 * and rescan when it changes; `changed` runs after each rescan that changed
 * the set. */
void precis_host_watch (PrecisHost *host, GCallback changed, gpointer user_data);

/* The loaded plugins, sorted by name: a new GPtrArray of references. */
GPtrArray *precis_host_list (PrecisHost *host);

/* A reference to the plugin called `name` with `capability` (0: any), or
 * NULL with PRECIS_ERROR_UNKNOWN_PLUGIN. */
PrecisPlugin *precis_host_lookup (PrecisHost *host, const char *name,
                                  PrecisCapabilities capability, GError **error);

/* A number that changes whenever the set of plugins does. */
guint precis_host_get_generation (PrecisHost *host);

/* The directories searched, in order. */
const char *const *precis_host_get_search_path (PrecisHost *host);

G_END_DECLS
