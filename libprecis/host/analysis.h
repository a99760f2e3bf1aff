/* analysis.h — what one call computes: document, summary, facts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Pure computation with no D-Bus in it, so that it runs on a worker thread
 * in precisd and in-process in `precis batch` and the benchmarks alike.
 */
#pragma once

#include "call-options.h"
#include "html-article.h"
#include "plugin-host.h"

G_BEGIN_DECLS

typedef struct {
  char *value;
  char *text;                /* the longest mention, verbatim */
  PrecisFactKind kind;
  double salience;
  GArray *mentions;          /* PrecisSpan */
} PrecisFactResult;

/* Which of an analysis' plugins runs, as a worker process tells precisd. */
typedef enum {
  PRECIS_RUNNING_NONE = 0,
  PRECIS_RUNNING_SUMMARIZER = 1,
  PRECIS_RUNNING_EXTRACTOR = 2,
} PrecisRunningPlugin;

/* Where a call is, as far as its deadline's error is concerned: until it
 * is STARTED its text has not been looked at, so a call stopped before
 * then was kept by precisd or by the page's site, never by its text. */
typedef enum {
  PRECIS_ANALYSIS_QUEUED = 0,       /* waits for a free worker thread */
  PRECIS_ANALYSIS_FETCHING,         /* AnalyzeUrl: its page is on its way */
  PRECIS_ANALYSIS_AWAITING_WORKER,  /* sent to a worker still loading its plugins */
  PRECIS_ANALYSIS_STARTED,          /* its page or text is being analysed */
} PrecisAnalysisStage;

typedef struct {
  /* In: borrowed for the duration of precis_analysis_run(). */
  const char *text;
  gsize length;
  const PrecisCallOptions *options;
  /* References owned by the analysis (precis_analysis_clear releases them). */
  PrecisPlugin *summarizer;     /* NULL: no summary */
  PrecisPlugin *extractor;      /* NULL: no facts */
  GCancellable *cancellable;
  /* The name of the plugin running now, or NULL: read with
   * precis_analysis_get_running() by whoever stops a call that overran its
   * time, to say whose fault it is. */
  gpointer running_plugin;
  /* While a worker process runs the analysis: the word of memory shared
   * with it where it says which plugin it started last (a
   * PrecisRunningPlugin).  Set with precis_analysis_watch_running(). */
  const guint32 *running_word;
  /* How far the call got (a PrecisAnalysisStage, atomic): what kept a
   * call stopped at its deadline, for its error.  Set by the engine (its
   * page fetched, then queued), by precis_worker_exchange_start() and when
   * the worker says READY, and by precis_analysis_run(). */
  gint stage;
  /* Called (on the analysing thread) as each plugin starts: a worker
   * process tells precisd whose code runs now.  May be NULL. */
  void (*plugin_started) (PrecisPlugin *plugin, gpointer data);
  gpointer plugin_started_data;
  /* From a web page (precis_analysis_use_article): its headings, and its
   * title and date where the options give none. */
  GArray *heading_lines;        /* guint32 line numbers, blank lines counted */
  GDateTime *page_published;
  const char *page_title;
  const char *page_language;    /* the page's lang or og:locale: evidence only */

  /* Out. */
  GArray *summary;              /* PrecisChosenSentence */
  GArray *facts;                /* PrecisFactResult, by salience */
  char *anchor;                 /* ISO 8601 date the relative dates were resolved against */
  PrecisAnchorSource anchor_source;
  char *title;
  char *language;               /* the document's: the option's or identified */
  char *facts_language;         /* what the extractor said it used; NULL if it said nothing */
  guint32 n_content_sentences;
  GError *error;
  /* Not NULL: the outputs came from a worker's answer
   * (precis_wire_decode_result), and their strings (sentence and fact
   * texts, fact values, anchor, title, languages) all point into this
   * one block, freed with them: read them, never free or steal one. */
  char *strings;
} PrecisAnalysis;

void precis_fact_result_clear (PrecisFactResult *fact);

/* Free the results (summary, facts, title...), not the error. */
void precis_analysis_clear_outputs (PrecisAnalysis *analysis);

/* Free the results and release the plugins; the borrowed inputs stay. */
void precis_analysis_clear (PrecisAnalysis *analysis);

/* Analyse the article of a web page: its text, structure and metadata.
 * `article` must outlive the analysis. */
void precis_analysis_use_article (PrecisAnalysis *analysis, const PrecisArticle *article);

/* The language the source declares, evidence for identification only:
 * the page's (or its feed's) own, else the client's `language-hint`.
 * The page's own wins because it speaks of this text; a client's hint is
 * mostly its feed's, like precisd's own feeds.  NULL when none. */
const char *precis_analysis_declared_language (const PrecisAnalysis *analysis);

/* Run the pipeline and the plugins; sets `error` on failure.  Thread-safe. */
void precis_analysis_run (PrecisAnalysis *analysis);

/* The name of the plugin running now (NULL: none, or none known): from
 * running_plugin, else from the running word while one is watched.  Any
 * thread; the name lives as long as the analysis holds its plugins. */
const char *precis_analysis_get_running (PrecisAnalysis *analysis);

/* Follow `word` (a PrecisRunningPlugin kept by a worker process; NULL:
 * stop) in precis_analysis_get_running().  Once this returns with NULL no
 * reader looks at the old word any more, so its memory may go. */
void precis_analysis_watch_running (PrecisAnalysis *analysis, const guint32 *word);

/* Why a call stopped at its deadline of `timeout_s` seconds did not
 * finish, for its caller: PluginFailed naming the plugin running; else,
 * by its stage, Busy if it waited for a worker thread or for a worker
 * still loading its plugins, FetchFailed if its page had not come (in
 * neither case was the text the problem: the same call may succeed
 * shortly); TooLarge only once its text was being analysed.  Any thread. */
GError *precis_analysis_deadline_error (PrecisAnalysis *analysis, guint timeout_s);

/* The plugin `word`'s value names in `analysis`, or NULL (none, or a value
 * the analysis has no plugin for). */
PrecisPlugin *precis_analysis_plugin_named_by (const PrecisAnalysis *analysis, guint32 word);

const char *precis_anchor_source_to_string (PrecisAnchorSource source);
const char *precis_fact_kind_to_string (PrecisFactKind kind);

G_END_DECLS
