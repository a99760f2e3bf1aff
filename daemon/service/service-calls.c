/* service-calls.c — the calls whose work runs on the worker pool.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Summarize, ExtractFacts, Analyze, AnalyzeUrl and NotifySummary: checked
 * here on the main thread (size, options, plugin, limits), analysed on a
 * worker, answered back on the main thread.  AnalyzeUrl fetches on the
 * main context first; NotifySummary posts the notification last.
 */
#include "config.h"

#include <string.h>

#include "analysis.h"
#include "dbus-marshal.h"
#include "dbus-send.h"
#include "errors.h"
#include "html-article.h"
#include "service-private.h"

typedef struct {
  PrecisService *service;
  DBusMessage *message;
  Client *client;
  CallKind kind;
  PrecisCallOptions options;
  PrecisAnalysis analysis;
  /* AnalyzeUrl: the page, then its article. */
  char *url;
  GBytes *html;
  PrecisArticle *article;
} Job;

/* --- text calls (Summarize, ExtractFacts, Analyze) -------------------------- */

static void
job_free (Job *job)
{
  precis_analysis_clear (&job->analysis);
  precis_call_options_clear (&job->options);
  g_clear_pointer (&job->html, g_bytes_unref);
  g_clear_pointer (&job->article, precis_article_free);
  g_free (job->url);
  dbus_message_unref (job->message);
  g_free (job);
}

/* A job for `message`: its first argument (text or URL) read into `first`,
 * `iter` left on the options. */
static Job *
job_new (PrecisService *service, DBusMessage *message, CallKind kind, const char **first,
         DBusMessageIter *iter)
{
  Job *job = g_new0 (Job, 1);

  dbus_message_iter_init (message, iter);
  dbus_message_iter_get_basic (iter, first);
  dbus_message_iter_next (iter);
  job->service = service;
  job->message = dbus_message_ref (message);
  job->kind = kind;
  precis_call_options_init (&job->options);
  job->analysis.options = &job->options;
  return job;
}

static GVariant *
analysis_info (Job *job)
{
  PrecisAnalysis *a = &job->analysis;
  GVariantDict info;

  g_variant_dict_init (&info, NULL);
  if (a->summarizer != NULL)
    g_variant_dict_insert (&info, "summarizer", "s", precis_plugin_get_name (a->summarizer));
  if (a->extractor != NULL)
    g_variant_dict_insert (&info, "fact-extractor", "s", precis_plugin_get_name (a->extractor));
  g_variant_dict_insert (&info, "published", "s", a->anchor);
  g_variant_dict_insert (&info, "published-source", "s",
                         precis_anchor_source_to_string (a->anchor_source));
  if (a->title != NULL)
    g_variant_dict_insert (&info, "title", "s", a->title);
  g_variant_dict_insert (&info, "sentences", "u", a->n_content_sentences);
  g_variant_dict_insert (&info, "language", "s", "en");
  g_variant_dict_insert (&info, "version", "s", PRECIS_VERSION);
  if (job->url != NULL)
    g_variant_dict_insert (&info, "url", "s", job->url);
  if (job->article != NULL)
    {
      const PrecisArticle *article = job->article;

      if (article->published != NULL)
        g_variant_dict_insert (&info, "page-published", "s", article->published);
      if (article->site != NULL)
        g_variant_dict_insert (&info, "site", "s", article->site);
      if (article->author != NULL)
        g_variant_dict_insert (&info, "author", "s", article->author);
      if (article->language != NULL)
        g_variant_dict_insert (&info, "page-language", "s", article->language);
    }
  return g_variant_dict_end (&info);
}

static DBusMessage *
build_reply (Job *job)
{
  DBusMessage *reply = dbus_message_new_method_return (job->message);
  DBusMessageIter iter;
  gboolean ok = TRUE;

  if (reply == NULL)
    return NULL;
  dbus_message_iter_init_append (reply, &iter);
  switch (job->kind)
    {
    case CALL_SUMMARIZE:
      {
        const char *name = precis_plugin_get_name (job->analysis.summarizer);

        ok = precis_dbus_append_summary (&iter, job->analysis.summary) &&
             dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &name);
        break;
      }
    case CALL_EXTRACT_FACTS:
      {
        const char *name = precis_plugin_get_name (job->analysis.extractor);

        ok = precis_dbus_append_facts (&iter, job->analysis.facts) &&
             dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &name);
        break;
      }
    case CALL_ANALYZE:
      {
        g_autoptr (GVariant) info = g_variant_ref_sink (analysis_info (job));

        ok = precis_dbus_append_summary (&iter, job->analysis.summary) &&
             precis_dbus_append_facts (&iter, job->analysis.facts) &&
             precis_dbus_append_gvariant (&iter, info);
        break;
      }
    case CALL_NOTIFY_SUMMARY:
      ok = FALSE;  /* answered by notify_done() */
      break;
    }
  if (!ok)
    {
      dbus_message_unref (reply);
      return NULL;
    }
  return reply;
}

static void
notify_done (guint32 id, const GError *error, gpointer user_data)
{
  Job *job = user_data;
  PrecisService *service = job->service;

  if (g_cancellable_is_cancelled (job->client->cancellable))
    ;
  else if (error != NULL)
    precis_dbus_reply_error (service->connection, job->message, error);
  else if (!dbus_message_get_no_reply (job->message))
    {
      DBusMessage *reply = dbus_message_new_method_return (job->message);

      if (reply != NULL && !dbus_message_append_args (reply, DBUS_TYPE_UINT32, &id, DBUS_TYPE_INVALID))
        g_clear_pointer (&reply, dbus_message_unref);
      precis_dbus_send (service->connection, reply);
    }
  precis_service_client_release (service, job->client);
  job_free (job);
}

/* NotifySummary, analyzed: post it, and answer once the server has. */
static void
notify_post (Job *job)
{
  precis_notifier_post (job->service->notifier,
                        &(PrecisNotification) {
                          .title = job->analysis.title != NULL ? job->analysis.title : job->options.title,
                          .text = job->analysis.text,
                          .url = job->url,
                          .summary = job->analysis.summary,
                          .facts = job->analysis.facts,
                          .max_chars = job->options.summary.max_chars,
                          .replaces_id = job->options.replaces_id,
                        },
                        notify_done, job);
}

static gboolean
job_done (gpointer user_data)
{
  Job *job = user_data;
  PrecisService *service = job->service;

  if (g_cancellable_is_cancelled (job->client->cancellable))
    ;  /* the caller left the bus: nobody to answer */
  else if (job->analysis.error != NULL)
    precis_dbus_reply_error (service->connection, job->message, job->analysis.error);
  else if (job->kind == CALL_NOTIFY_SUMMARY)
    {
      notify_post (job);
      return G_SOURCE_REMOVE;
    }
  else if (!dbus_message_get_no_reply (job->message))
    precis_dbus_send (service->connection, build_reply (job));

  precis_service_client_release (service, job->client);
  job_free (job);
  return G_SOURCE_REMOVE;
}

/* AnalyzeUrl, on the worker: from the page to the article to the text call. */
static gboolean
extract_article (Job *job)
{
  gsize length;
  const char *html = g_bytes_get_data (job->html, &length);

  job->article = precis_article_extract (html, length, job->url, &job->analysis.error);
  if (job->article == NULL)
    return FALSE;
  precis_analysis_use_article (&job->analysis, job->article);
  return TRUE;
}

void
precis_service_run_job (gpointer data, gpointer user_data)
{
  Job *job = data;

  /* Queued work of a client that has left is dropped unrun. */
  if (g_cancellable_set_error_if_cancelled (job->analysis.cancellable, &job->analysis.error))
    ;
  else if (job->html == NULL || extract_article (job))
    precis_analysis_run (&job->analysis);
  g_main_context_invoke (NULL, job_done, job);
}

static gboolean
check_limits (PrecisService *service, const char *sender, gsize text_bytes, GError **error)
{
  Client *client = g_hash_table_lookup (service->clients, sender);

  if (text_bytes > service->settings.max_text_bytes)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE,
                   "the text is %" G_GSIZE_FORMAT " bytes; precisd takes at most %u "
                   "(max-text-bytes in precisd.conf)", text_bytes, service->settings.max_text_bytes);
      return FALSE;
    }
  if (client != NULL && client->in_flight >= service->settings.max_calls_per_client)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BUSY,
                   "this client already has %u calls in flight (max-calls-per-client); "
                   "wait for their replies", client->in_flight);
      return FALSE;
    }
  if (service->in_flight >= service->settings.max_queued_calls)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BUSY,
                   "precisd has %u calls in flight (max-queued-calls); try again shortly",
                   service->in_flight);
      return FALSE;
    }
  return TRUE;
}

/* `plugin` names the summarizer, or the fact extractor when it names a
 * plugin that only extracts facts; Analyze without any fact extractor
 * still summarizes. */
static gboolean
choose_analyze_plugins (PrecisService *service, Job *job, GError **error)
{
  g_autoptr (PrecisPlugin) named = NULL;

  if (job->options.plugin != NULL &&
      (named = precis_host_lookup (service->host, job->options.plugin, 0, error)) == NULL)
    return FALSE;
  if (named != NULL && !precis_plugin_has_capability (named, PRECIS_CAPABILITY_SUMMARIZE))
    job->analysis.extractor = precis_plugin_ref (named);
  else if (named != NULL)
    job->analysis.summarizer = precis_plugin_ref (named);
  if (job->analysis.summarizer == NULL)
    job->analysis.summarizer = precis_service_default_plugin (service, PRECIS_CAPABILITY_SUMMARIZE, error);
  if (job->analysis.summarizer == NULL)
    return FALSE;
  if (job->analysis.extractor == NULL)
    job->analysis.extractor = precis_service_default_plugin (service, PRECIS_CAPABILITY_FACTS, NULL);
  return TRUE;
}

/* The call is accepted: count it against its client until job_done(). */
static void
job_start (PrecisService *service, Job *job, const char *sender)
{
  job->client = precis_service_client_get (service, sender);
  job->client->in_flight++;
  service->in_flight++;
  job->analysis.cancellable = job->client->cancellable;
  g_clear_handle_id (&service->idle_source, g_source_remove);
}

void
precis_service_handle_text_call (PrecisService *service, DBusMessage *message, CallKind kind)
{
  g_autoptr (GError) error = NULL;
  DBusMessageIter iter;
  const char *text;
  gboolean chosen;
  Job *job;

  job = job_new (service, message, kind, &text, &iter);
  job->analysis.text = text;
  job->analysis.length = strlen (text);

  if (!check_limits (service, dbus_message_get_sender (message), job->analysis.length, &error) ||
      !precis_call_options_parse (&job->options, &iter, &error))
    goto fail;

  if (kind == CALL_EXTRACT_FACTS)
    chosen = (job->analysis.extractor =
                precis_service_choose_plugin (service, job->options.plugin, PRECIS_CAPABILITY_FACTS, &error)) != NULL;
  else if (kind == CALL_SUMMARIZE)
    chosen = (job->analysis.summarizer =
                precis_service_choose_plugin (service, job->options.plugin, PRECIS_CAPABILITY_SUMMARIZE, &error)) != NULL;
  else
    chosen = choose_analyze_plugins (service, job, &error);
  if (!chosen)
    goto fail;

  job_start (service, job, dbus_message_get_sender (message));
  g_thread_pool_push (service->pool, job, NULL);
  return;

fail:
  precis_dbus_reply_error (service->connection, message, error);
  job_free (job);
}

/* --- calls answered on the main thread --------------------------------------- */

static void
on_page_fetched (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Job *job = user_data;
  PrecisService *service = job->service;
  g_autofree char *final_url = NULL;

  job->html = precis_fetcher_fetch_finish (service->fetcher, result, &final_url, NULL,
                                           &job->analysis.error);
  if (job->html == NULL)
    {
      job_done (job);
      return;
    }
  if (final_url != NULL)
    {
      g_free (job->url);
      job->url = g_steal_pointer (&final_url);
    }
  g_thread_pool_push (service->pool, job, NULL);
}

void
precis_service_handle_analyze_url (PrecisService *service, DBusMessage *message)
{
  g_autoptr (GError) error = NULL;
  DBusMessageIter iter;
  const char *url;
  Job *job;

  job = job_new (service, message, CALL_ANALYZE, &url, &iter);
  job->url = g_strdup (url);

  if (!precis_fetch_check_url (url, &error) ||
      !check_limits (service, dbus_message_get_sender (message), 0, &error) ||
      !precis_call_options_parse (&job->options, &iter, &error) ||
      !choose_analyze_plugins (service, job, &error))
    {
      precis_dbus_reply_error (service->connection, message, error);
      job_free (job);
      return;
    }

  job_start (service, job, dbus_message_get_sender (message));
  /* The fetch runs on the main context; the article's analysis on a worker. */
  precis_fetcher_fetch_async (service->fetcher, url, job->client->cancellable, on_page_fetched, job);
}

void
precis_service_handle_notify_summary (PrecisService *service, DBusMessage *message)
{
  g_autoptr (GError) error = NULL;
  DBusMessageIter iter;
  const char *text;
  Job *job;

  job = job_new (service, message, CALL_NOTIFY_SUMMARY, &text, &iter);
  job->analysis.text = text;
  job->analysis.length = strlen (text);

  if (!check_limits (service, dbus_message_get_sender (message), job->analysis.length, &error) ||
      !precis_call_options_parse (&job->options, &iter, &error) ||
      (job->options.url != NULL && !precis_fetch_check_url (job->options.url, &error)) ||
      !choose_analyze_plugins (service, job, &error))
    goto fail;
  if (*text == '\0' && job->options.url == NULL)
    {
      g_set_error (&error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "NotifySummary takes the article's text, or an empty text and the option "
                   "“url” of the page to fetch");
      goto fail;
    }
  /* A notification is read at a glance. */
  if (job->options.summary.max_chars == 0)
    job->options.summary.max_chars = PRECIS_NOTIFY_DEFAULT_MAX_CHARS;
  job->url = g_strdup (job->options.url);

  job_start (service, job, dbus_message_get_sender (message));
  if (*text == '\0')
    precis_fetcher_fetch_async (service->fetcher, job->url, job->client->cancellable,
                                on_page_fetched, job);
  else
    g_thread_pool_push (service->pool, job, NULL);
  return;

fail:
  precis_dbus_reply_error (service->connection, message, error);
  job_free (job);
}
