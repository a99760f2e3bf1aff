/* precis-plugin.h — the plugin ABI.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A plugin is a shared object that exports one symbol, PRECIS_PLUGIN_ENTRY,
 * a function returning a pointer to a constant PrecisPluginDescriptor.  The
 * host reads `abi_version` before anything else and refuses the plugin when
 * it differs from PRECIS_PLUGIN_ABI_VERSION.
 *
 * Threading: load() and unload() run once, on one thread.  summarize() and
 * extract_facts() may run concurrently on several worker threads with the
 * same state, which must therefore be read-only after load().
 *
 * A plugin never returns text: a summarizer ranks sentence indices, a fact
 * extractor returns spans of the document.  That is what keeps every answer
 * of precis verbatim.
 */
#pragma once

#include <gio/gio.h>
#include <gmodule.h>
#include <precis/precis-document.h>

G_BEGIN_DECLS

#define PRECIS_PLUGIN_ABI_VERSION 1
#define PRECIS_PLUGIN_ENTRY "precis_plugin_entry"

typedef enum {
  PRECIS_CAPABILITY_SUMMARIZE = 1 << 0,
  PRECIS_CAPABILITY_FACTS = 1 << 1,
} PrecisCapabilities;

typedef enum {
  PRECIS_FACT_PERSON = 0,
  PRECIS_FACT_ORGANIZATION,
  PRECIS_FACT_PLACE,
  PRECIS_FACT_DATE,
} PrecisFactKind;

/* One sentence chosen by a summarizer: an index into doc->sentences. */
typedef struct {
  guint32 sentence;
  double score;
} PrecisScoredSentence;

typedef struct {
  guint32 start, end;   /* code points into doc->text, end exclusive */
} PrecisSpan;

/* One real-world entity or date.  `value` is its normalized form (canonical
 * name, or an ISO 8601 / TIMEX3 value for dates), g_malloc'd; `mentions` is a
 * GArray of PrecisSpan, in document order.  Both are freed by the host. */
typedef struct {
  PrecisFactKind kind;
  char *value;
  double salience;
  GArray *mentions;
} PrecisFact;

/* What the host asks of one call. */
typedef struct {
  /* How many sentences the caller will take at most.  A summarizer may rank
   * more (the host needs spares to fit `max-chars`), best first. */
  guint32 n_sentences;
  /* The summary already chosen, when facts are extracted after it (Analyze):
   * fact extractors may use it for salience.  NULL when unknown. */
  const guint32 *summary_sentences;
  guint32 n_summary_sentences;
  /* Cancelled when the caller leaves the bus; long loops should poll it. */
  GCancellable *cancellable;
  /* Out, for fact extractors, when not NULL: set *facts_language to the
   * language whose model found people, organizations and places (a
   * static string, "de"), or to "none" when the extractor has no model
   * for doc->language and so returned none of them.  The host reports it
   * as `facts-language`.  Appended last: older plugins leave it alone. */
  const char **facts_language;
} PrecisRequest;

typedef struct {
  guint32 abi_version;           /* PRECIS_PLUGIN_ABI_VERSION */
  const char *name;              /* [a-z0-9-]+, unique among plugins */
  const char *version;
  const char *description;       /* one line, for `precis plugins` */
  guint32 capabilities;          /* PrecisCapabilities */

  /* Set up read-only state.  `data_dir` is where bundled models live
   * ($datadir/precis, or PRECIS_DATA_DIR).  May be NULL. */
  gboolean (*load) (const char *data_dir, gpointer *state, GError **error);
  /* Free what load() made.  May be NULL. */
  void (*unload) (gpointer state);

  /* Append PrecisScoredSentence to `ranked`, best first.  Required with
   * PRECIS_CAPABILITY_SUMMARIZE. */
  gboolean (*summarize) (gpointer state, const PrecisDocument *doc,
                         const PrecisRequest *request, GArray *ranked,
                         GError **error);
  /* Append PrecisFact to `facts`.  Required with PRECIS_CAPABILITY_FACTS.
   * `facts` comes with the host's clear function: a fact the plugin takes
   * out again (g_array_remove_index(), g_array_set_size()) is freed with
   * it, so steal `value` and `mentions` first (set them to NULL) to keep
   * them; the facts left when the call returns belong to the host. */
  gboolean (*extract_facts) (gpointer state, const PrecisDocument *doc,
                             const PrecisRequest *request, GArray *facts,
                             GError **error);
} PrecisPluginDescriptor;

typedef const PrecisPluginDescriptor *(*PrecisPluginEntry) (void);

/* Declare the entry point in a plugin:  PRECIS_PLUGIN_DEFINE (my_descriptor) */
#define PRECIS_PLUGIN_DEFINE(descriptor)                                    \
  G_MODULE_EXPORT const PrecisPluginDescriptor *precis_plugin_entry (void); \
  G_MODULE_EXPORT const PrecisPluginDescriptor *precis_plugin_entry (void)  \
  {                                                                          \
    return &(descriptor);                                                    \
  }

G_END_DECLS
