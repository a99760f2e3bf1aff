/* service-calls.c — the calls the engine runs.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Summarize, ExtractFacts, Analyze, AnalyzeUrl and NotifySummary: read and
 * checked here on the main thread (options, limits per client), run by the
 * engine (libprecis: plugin choice, size limit, fetch, analysis on its
 * workers), answered back here.  NotifySummary posts the notification last.
 */
#include "config.h"

#include <string.h>

#include "dbus-send.h"
#include "errors.h"
#include "service-private.h"

typedef struct {
  PrecisService *service;
  DBusMessage *message;
  Client *client;
  CallKind kind;
  PrecisCall *call;
  /* The call's own cancellable: its client leaving, or its deadline. */
  GCancellable *cancellable;
  gulong client_handler;
  GSource *deadline;
  gboolean answered;     /* at the deadline, before the engine gave up */
  PrecisNotifyOptions app;  /* NotifySummary: whose notification it is */
} Job;

static void
job_stop_deadline (Job *job)
{
  if (job->deadline != NULL)
    {
      g_source_destroy (job->deadline);
      g_clear_pointer (&job->deadline, g_source_unref);
    }
  if (job->client_handler != 0)
    g_cancellable_disconnect (job->client->cancellable, job->client_handler);
  job->client_handler = 0;
}

static void
job_free (Job *job)
{
  job_stop_deadline (job);
  g_clear_object (&job->cancellable);
  precis_call_free (job->call);
  precis_notify_options_clear (&job->app);
  dbus_message_unref (job->message);
  g_free (job);
}

static PrecisCallKind
engine_kind (CallKind kind)
{
  switch (kind)
    {
    case CALL_SUMMARIZE: return PRECIS_CALL_KIND_SUMMARIZE;
    case CALL_EXTRACT_FACTS: return PRECIS_CALL_KIND_EXTRACT_FACTS;
    case CALL_ANALYZE: case CALL_NOTIFY_SUMMARY: default: return PRECIS_CALL_KIND_ANALYZE;
    }
}

/* A job for `message`, whose first argument is a text (kept without a
 * copy: the text stays in the message) or, for AnalyzeUrl, a URL; `iter`
 * is left on the options. */
static Job *
job_new (PrecisService *service, DBusMessage *message, CallKind kind, gboolean url,
         DBusMessageIter *iter)
{
  Job *job = g_new0 (Job, 1);
  const char *first;

  dbus_message_iter_init (message, iter);
  dbus_message_iter_get_basic (iter, &first);
  dbus_message_iter_next (iter);
  job->service = service;
  job->message = dbus_message_ref (message);
  job->kind = kind;
  precis_notify_options_init (&job->app);
  if (url)
    job->call = precis_call_new_url (first);
  else
    {
      g_autoptr (GBytes) text = g_bytes_new_with_free_func (first, strlen (first),
                                                            (GDestroyNotify) dbus_message_unref,
                                                            dbus_message_ref (message));

      job->call = precis_call_new_text (engine_kind (kind), text);
    }
  return job;
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
                          .title = job->call->analysis.title != NULL ? job->call->analysis.title : job->call->options.title,
                          .text = job->call->analysis.text,
                          .url = job->call->url,
                          .summary = job->call->analysis.summary,
                          .facts = job->call->analysis.facts,
                          .max_chars = job->call->options.summary.max_chars,
                          .replaces_id = job->call->options.replaces_id,
                          .app = &job->app,
                        },
                        notify_done, job);
}

static void
job_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Job *job = user_data;
  PrecisService *service = job->service;
  g_autoptr (GError) error = NULL;
  gboolean ok = precis_engine_run_finish (service->engine, result, &error);

  job_stop_deadline (job);
  if (job->answered || g_cancellable_is_cancelled (job->client->cancellable))
    ;  /* answered at the deadline, or the caller left the bus: nobody to answer */
  else if (!ok)
    precis_dbus_reply_error (service->connection, job->message, error);
  else if (job->kind == CALL_NOTIFY_SUMMARY)
    {
      notify_post (job);
      return;
    }
  else if (!dbus_message_get_no_reply (job->message))
    {
      precis_dbus_send (service->connection, precis_call_new_reply (job->call, job->message));
    }

  precis_service_client_release (service, job->client);
  job_free (job);
}

/* Calls in flight, per client identity and in all; the text's size is the engine's. */
static gboolean
check_limits (PrecisService *service, const char *sender, GError **error)
{
  guint mine = precis_service_identity_in_flight (service, sender);

  if (mine >= service->settings->max_calls_per_client)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BUSY,
                   "this client already has %u calls in flight, over all its connections "
                   "(max-calls-per-client); wait for their replies", mine);
      return FALSE;
    }
  if (service->in_flight >= service->settings->max_queued_calls)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BUSY,
                   "precisd has %u calls in flight (max-queued-calls); try again shortly",
                   service->in_flight);
      return FALSE;
    }
  return TRUE;
}

/* The deadline passed: stop the call and answer now.  The analysis sees
 * the cancellable at its next check; a plugin that never looks keeps its
 * thread until it returns, but its caller is not kept waiting. */
static gboolean
on_call_deadline (gpointer user_data)
{
  Job *job = user_data;
  PrecisService *service = job->service;
  g_autoptr (GError) error = precis_analysis_deadline_error (&job->call->analysis,
                                                              service->settings->call_timeout_s);

  g_clear_pointer (&job->deadline, g_source_unref);
  g_cancellable_cancel (job->cancellable);
  if (!g_cancellable_is_cancelled (job->client->cancellable))
    precis_dbus_reply_error (service->connection, job->message, error);
  job->answered = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_client_gone (GCancellable *client_cancellable, gpointer job_cancellable)
{
  g_cancellable_cancel (job_cancellable);
}

/* The call is accepted: count it against its client until job_done(). */
static void
job_start (PrecisService *service, Job *job)
{
  job->client = precis_service_client_get (service, dbus_message_get_sender (job->message));
  job->client->in_flight++;
  /* The workers take the callers in turn: one identity, one turn a round. */
  job->call->caller = g_strdup (job->client->identity);
  service->in_flight++;
  g_clear_handle_id (&service->idle_source, g_source_remove);
  job->cancellable = g_cancellable_new ();
  job->client_handler = g_cancellable_connect (job->client->cancellable, G_CALLBACK (on_client_gone),
                                               g_object_ref (job->cancellable), g_object_unref);
  if (service->settings->call_timeout_s > 0)
    {
      /* In milliseconds: GLib moves a seconds timer to a mark within the
       * second that the session's timers share (fewer wake-ups), up to a
       * quarter second before its time (a 2 s call was stopped at 1.93 s).
       * A millisecond timer never fires early; one per call in flight
       * costs no wake-up worth sharing. */
      job->deadline = g_timeout_source_new (MIN (service->settings->call_timeout_s, G_MAXUINT / 1000) * 1000);
      g_source_set_callback (job->deadline, on_call_deadline, job, NULL);
      g_source_attach (job->deadline, NULL);
    }
  precis_engine_run_async (service->engine, job->call, job->cancellable, job_done, job);
}

void
precis_service_handle_text_call (PrecisService *service, DBusMessage *message, CallKind kind)
{
  g_autoptr (GError) error = NULL;
  DBusMessageIter iter;
  Job *job = job_new (service, message, kind, FALSE, &iter);

  if (!check_limits (service, dbus_message_get_sender (message), &error) ||
      !precis_call_options_parse (&job->call->options, &iter, &error))
    {
      precis_dbus_reply_error (service->connection, message, error);
      job_free (job);
      return;
    }
  job_start (service, job);
}

void
precis_service_handle_analyze_url (PrecisService *service, DBusMessage *message)
{
  g_autoptr (GError) error = NULL;
  DBusMessageIter iter;
  Job *job = job_new (service, message, CALL_ANALYZE, TRUE, &iter);

  if (!precis_fetch_check_url (job->call->url, &error) ||
      !check_limits (service, dbus_message_get_sender (message), &error) ||
      !precis_call_options_parse (&job->call->options, &iter, &error))
    {
      precis_dbus_reply_error (service->connection, message, error);
      job_free (job);
      return;
    }
  job_start (service, job);
}

void
precis_service_handle_notify_summary (PrecisService *service, DBusMessage *message)
{
  g_autoptr (GError) error = NULL;
  DBusMessageIter iter;
  const char *text;
  Job *job = job_new (service, message, CALL_NOTIFY_SUMMARY, FALSE, &iter);
  PrecisCallOptions *options = &job->call->options;

  text = job->call->analysis.text;
  if (!check_limits (service, dbus_message_get_sender (message), &error) ||
      !precis_service_notify_options (service, message, &iter, &job->app, &error) ||
      !precis_call_options_parse (options, &iter, &error) ||
      (options->url != NULL && !precis_fetch_check_url (options->url, &error)))
    goto fail;
  if (*text == '\0' && options->url == NULL)
    {
      g_set_error (&error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "NotifySummary takes the article's text, or an empty text and the option "
                   "“url” of the page to fetch");
      goto fail;
    }
  /* A notification is read at a glance. */
  if (options->summary.max_chars == 0)
    options->summary.max_chars = PRECIS_NOTIFY_DEFAULT_MAX_CHARS;
  /* An empty text: the page at `url` is fetched and analysed instead.  A
   * text: `url` is only where Open leads. */
  job->call->url = g_strdup (options->url);
  job->call->fetch = *text == '\0';
  job_start (service, job);
  return;

fail:
  precis_dbus_reply_error (service->connection, message, error);
  job_free (job);
}
