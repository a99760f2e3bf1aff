/* analysis.c — pipeline, then summarizer, then fact extractor.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "analysis.h"
#include "errors.h"
#include "local-time.h"
#include "pipeline.h"

void
precis_fact_result_clear (PrecisFactResult *fact)
{
  g_free (fact->value);
  g_free (fact->text);
  g_clear_pointer (&fact->mentions, g_array_unref);
}

void
precis_analysis_clear_outputs (PrecisAnalysis *analysis)
{
  g_clear_pointer (&analysis->summary, g_array_unref);
  g_clear_pointer (&analysis->facts, g_array_unref);
  if (analysis->strings != NULL)
    {
      /* A worker's answer: the strings are in the block. */
      analysis->anchor = analysis->title = analysis->language = analysis->facts_language = NULL;
      g_clear_pointer (&analysis->strings, g_free);
    }
  g_clear_pointer (&analysis->anchor, g_free);
  g_clear_pointer (&analysis->title, g_free);
  g_clear_pointer (&analysis->language, g_free);
  g_clear_pointer (&analysis->facts_language, g_free);
  analysis->n_content_sentences = 0;
}

void
precis_analysis_clear (PrecisAnalysis *analysis)
{
  precis_analysis_clear_outputs (analysis);
  g_clear_pointer (&analysis->summarizer, precis_plugin_unref);
  g_clear_pointer (&analysis->extractor, precis_plugin_unref);
  g_clear_pointer (&analysis->heading_lines, g_array_unref);
  g_clear_pointer (&analysis->page_published, g_date_time_unref);
  g_clear_error (&analysis->error);
}

/* precis_analysis_get_running() may run on another thread than the one
 * that ends the worker exchange and frees the worker's memory. */
static GMutex running_lock;

PrecisPlugin *
precis_analysis_plugin_named_by (const PrecisAnalysis *analysis, guint32 word)
{
  if (word == PRECIS_RUNNING_SUMMARIZER)
    return analysis->summarizer;
  if (word == PRECIS_RUNNING_EXTRACTOR)
    return analysis->extractor;
  return NULL;
}

const char *
precis_analysis_get_running (PrecisAnalysis *analysis)
{
  const char *name = g_atomic_pointer_get (&analysis->running_plugin);

  if (name == NULL)
    {
      g_mutex_lock (&running_lock);
      if (analysis->running_word != NULL)
        {
          guint32 word = __atomic_load_n (analysis->running_word, __ATOMIC_ACQUIRE);
          PrecisPlugin *plugin = precis_analysis_plugin_named_by (analysis, word);

          name = plugin != NULL ? precis_plugin_get_name (plugin) : NULL;
        }
      else
        /* The exchange ended since the look above: it kept the word's
         * name in running_plugin before it let the word go (under this
         * lock), so the name is there now. */
        name = g_atomic_pointer_get (&analysis->running_plugin);
      g_mutex_unlock (&running_lock);
    }
  return name;
}

void
precis_analysis_watch_running (PrecisAnalysis *analysis, const guint32 *word)
{
  g_mutex_lock (&running_lock);
  analysis->running_word = word;
  g_mutex_unlock (&running_lock);
}

GError *
precis_analysis_deadline_error (PrecisAnalysis *analysis, guint timeout_s)
{
  const char *plugin = precis_analysis_get_running (analysis);

  if (plugin != NULL)
    return g_error_new (PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                        "plugin “%s” did not finish within %u s (call-timeout-seconds in "
                        "precisd.conf); the call was stopped", plugin, timeout_s);
  switch ((PrecisAnalysisStage) g_atomic_int_get (&analysis->stage))
    {
    case PRECIS_ANALYSIS_QUEUED:
      return g_error_new (PRECIS_ERROR, PRECIS_ERROR_BUSY,
                          "the call did not finish within %u s (call-timeout-seconds in "
                          "precisd.conf): it waited for a free worker thread, all busy with "
                          "other calls (worker-threads in precisd.conf); its text was not "
                          "looked at; try again shortly", timeout_s);
    case PRECIS_ANALYSIS_FETCHING:
      return g_error_new (PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED,
                          "the call did not finish within %u s (call-timeout-seconds in "
                          "precisd.conf): its page was still being fetched (the site is slow "
                          "or does not answer)", timeout_s);
    case PRECIS_ANALYSIS_AWAITING_WORKER:
      return g_error_new (PRECIS_ERROR, PRECIS_ERROR_BUSY,
                          "the call did not finish within %u s (call-timeout-seconds in "
                          "precisd.conf): it waited for an analysis worker still loading its "
                          "plugins (precisd is starting, or replacing a worker); try again shortly",
                          timeout_s);
    case PRECIS_ANALYSIS_STARTED:
    default:
      break;
    }
  return g_error_new (PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE,
                      "the call did not finish within %u s (call-timeout-seconds in "
                      "precisd.conf); send a shorter text", timeout_s);
}

/* The article numbers its headings among its non-empty lines; the pipeline
 * counts every line. */
static GArray *
heading_line_numbers (const char *text, GArray *headings)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 line = 0, non_empty = 0, next = 0;

  for (const char *p = text; headings != NULL && next < headings->len && *p != '\0'; line++)
    {
      const char *end = strchrnul (p, '\n');

      if (end > p && non_empty++ == g_array_index (headings, guint32, next))
        {
          g_array_append_val (lines, line);
          next++;
        }
      p = *end != '\0' ? end + 1 : end;
    }
  return lines;
}

void
precis_analysis_use_article (PrecisAnalysis *analysis, const PrecisArticle *article)
{
  analysis->text = article->text;
  analysis->length = strlen (article->text);
  analysis->page_title = article->title;
  if (article->language != NULL)
    analysis->page_language = article->language;  /* else the feed's, if any */
  g_clear_pointer (&analysis->heading_lines, g_array_unref);
  analysis->heading_lines = heading_line_numbers (article->text, article->heading_lines);
  g_clear_pointer (&analysis->page_published, g_date_time_unref);
  if (article->published != NULL)
    analysis->page_published = precis_parse_iso8601 (article->published);
}

const char *
precis_analysis_declared_language (const PrecisAnalysis *analysis)
{
  if (analysis->page_language != NULL)
    return analysis->page_language;
  return analysis->options != NULL ? analysis->options->language_hint : NULL;
}

const char *
precis_anchor_source_to_string (PrecisAnchorSource source)
{
  switch (source)
    {
    case PRECIS_ANCHOR_OPTION: return "option";
    case PRECIS_ANCHOR_PAGE: return "page";
    case PRECIS_ANCHOR_CALL_TIME: default: return "call-time";
    }
}

const char *
precis_fact_kind_to_string (PrecisFactKind kind)
{
  static const char *const names[] = { "person", "organization", "place", "date" };

  return (guint) kind < G_N_ELEMENTS (names) ? names[kind] : "unknown";
}

/* The fact's text is its longest mention, so it is always a piece of the
 * input; its mentions are moved to the caller's offsets (the document's
 * text may be a repair of it). */
static char *
longest_mention_to_input (const PrecisDocument *document, GArray *mentions)
{
  const PrecisSpan *best = NULL;
  char *text;

  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisSpan *span = &g_array_index (mentions, PrecisSpan, i);

      if (best == NULL || span->end - span->start > best->end - best->start)
        best = span;
    }
  text = precis_document_input_dup (document, best->start, best->end);
  for (guint i = 0; i < mentions->len; i++)
    {
      PrecisSpan *span = &g_array_index (mentions, PrecisSpan, i);

      span->start = precis_document_input_offset (document, span->start);
      span->end = precis_document_input_offset (document, span->end);
    }
  return text;
}

static gint
compare_salience (gconstpointer a, gconstpointer b)
{
  const PrecisFactResult *fa = a, *fb = b;

  if (fa->salience != fb->salience)
    return fa->salience < fb->salience ? 1 : -1;
  return (int) g_array_index (fa->mentions, PrecisSpan, 0).start -
         (int) g_array_index (fb->mentions, PrecisSpan, 0).start;
}

static gboolean
extract_facts (PrecisAnalysis *analysis, const PrecisDocument *document)
{
  g_autoptr (GArray) facts = precis_fact_array_new ();
  g_autoptr (GArray) summary_indices = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *facts_language = NULL;
  PrecisRequest request = { .cancellable = analysis->cancellable, .facts_language = &facts_language };

  /* Tell the extractor which sentences made the summary, for salience. */
  for (guint i = 0; analysis->summary != NULL && i < analysis->summary->len; i++)
    {
      const PrecisChosenSentence *s = &g_array_index (analysis->summary, PrecisChosenSentence, i);

      for (guint32 k = 0; k < document->n_sentences; k++)
        if (precis_document_input_offset (document, document->sentences[k].start) == s->start)
          {
            g_array_append_val (summary_indices, k);
            break;
          }
    }
  request.summary_sentences = (const guint32 *) (gpointer) summary_indices->data;
  request.n_summary_sentences = summary_indices->len;

  if (!precis_plugin_extract_facts (analysis->extractor, document, &request, facts,
                                    &analysis->error))
    return FALSE;
  if (facts_language != NULL && strlen (facts_language) < 16 &&
      g_utf8_validate (facts_language, -1, NULL))
    analysis->facts_language = g_strdup (facts_language);

  analysis->facts = g_array_sized_new (FALSE, FALSE, sizeof (PrecisFactResult), facts->len);
  g_array_set_clear_func (analysis->facts, (GDestroyNotify) precis_fact_result_clear);
  for (guint i = 0; i < facts->len; i++)
    {
      PrecisFact *fact = &g_array_index (facts, PrecisFact, i);
      PrecisFactResult result = {
        .kind = fact->kind,
        .salience = fact->salience,
        .value = g_steal_pointer (&fact->value),
        .mentions = g_steal_pointer (&fact->mentions),
      };

      result.text = longest_mention_to_input (document, result.mentions);
      g_array_append_val (analysis->facts, result);
    }
  g_array_sort (analysis->facts, compare_salience);
  return TRUE;
}

static void
plugin_starts (PrecisAnalysis *analysis, PrecisPlugin *plugin)
{
  g_atomic_pointer_set (&analysis->running_plugin, (gpointer) precis_plugin_get_name (plugin));
  if (analysis->plugin_started != NULL)
    analysis->plugin_started (plugin, analysis->plugin_started_data);
}

void
precis_analysis_run (PrecisAnalysis *analysis)
{
  g_autoptr (PrecisDocument) document = NULL;
  g_autoptr (GDateTime) now = NULL;
  PrecisPipelineOptions pipeline = {
    .title = analysis->options->title != NULL ? analysis->options->title : analysis->page_title,
    .language = analysis->options->language,
    .language_hint = precis_analysis_declared_language (analysis),
    .heading_lines = analysis->heading_lines != NULL
                     ? (const guint32 *) (gpointer) analysis->heading_lines->data : NULL,
    .n_heading_lines = analysis->heading_lines != NULL ? analysis->heading_lines->len : 0,
    .cancellable = analysis->cancellable,
  };

  if (analysis->options->published != NULL)
    {
      pipeline.published = analysis->options->published;
      pipeline.published_source = PRECIS_ANCHOR_OPTION;
    }
  else if (analysis->page_published != NULL)
    {
      pipeline.published = analysis->page_published;
      pipeline.published_source = PRECIS_ANCHOR_PAGE;
    }
  else
    {
      now = precis_now_local ();
      pipeline.published = now;
      pipeline.published_source = PRECIS_ANCHOR_CALL_TIME;
    }

  g_atomic_int_set (&analysis->stage, PRECIS_ANALYSIS_STARTED);
  document = precis_document_new (analysis->text, analysis->length, &pipeline);
  analysis->anchor = g_date_time_format (document->published, "%Y-%m-%d");
  analysis->anchor_source = document->published_source;
  analysis->title = g_strdup (document->title);
  analysis->language = g_strdup (document->language);
  for (guint32 i = 0; i < document->n_sentences; i++)
    analysis->n_content_sentences += precis_sentence_is_content (&document->sentences[i]);

  if (g_cancellable_set_error_if_cancelled (analysis->cancellable, &analysis->error))
    return;
  if (analysis->summarizer != NULL)
    {
      plugin_starts (analysis, analysis->summarizer);
      analysis->summary = precis_summarize (analysis->summarizer, document,
                                            &analysis->options->summary,
                                            analysis->cancellable, &analysis->error);
      g_atomic_pointer_set (&analysis->running_plugin, NULL);
      if (analysis->summary == NULL)
        return;
    }
  if (g_cancellable_set_error_if_cancelled (analysis->cancellable, &analysis->error))
    return;
  if (analysis->extractor != NULL)
    {
      plugin_starts (analysis, analysis->extractor);
      extract_facts (analysis, document);
      g_atomic_pointer_set (&analysis->running_plugin, NULL);
    }
}
