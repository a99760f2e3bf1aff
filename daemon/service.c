/* service.c — the org.precis.Summarizer1 object.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Everything touching the connection runs on the main thread: a call is
 * checked here (signature, size, options, plugin, limits), its analysis
 * runs on the worker pool, and the reply is built back here.  Each client
 * has one GCancellable: when it leaves the bus, its calls are cancelled.
 */
#include "config.h"

#include <string.h>

#include "analysis.h"
#include "dbus-interface.h"
#include "dbus-marshal.h"
#include "errors.h"
#include "feed-methods.h"
#include "fetch.h"
#include "html-article.h"
#include "notify.h"
#include "service.h"

typedef struct {
  char *name;
  guint in_flight;
  GCancellable *cancellable;
} Client;

struct _PrecisService {
  DBusConnection *connection;
  PrecisDBusInterface *iface;
  PrecisHost *host;
  PrecisSettings settings;
  GThreadPool *pool;
  PrecisFetcher *fetcher;
  PrecisNotifier *notifier;
  PrecisFeedPoller *feeds;
  GHashTable *clients;        /* unique name → Client */
  guint in_flight;
  guint idle_timeout_s;
  guint idle_source;
  GSourceFunc quit;
  gpointer quit_data;
};

typedef enum {
  CALL_SUMMARIZE,
  CALL_EXTRACT_FACTS,
  CALL_ANALYZE,
  CALL_NOTIFY_SUMMARY,
} CallKind;

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

/* --- replies -------------------------------------------------------------- */

static void
send_and_unref (PrecisService *service, DBusMessage *reply)
{
  if (reply == NULL)
    g_error ("out of memory");  /* libdbus's only failure mode here */
  if (!dbus_connection_send (service->connection, reply, NULL))
    g_warning ("could not queue a reply: out of memory");
  dbus_message_unref (reply);
}

static void
reply_error (PrecisService *service, DBusMessage *message, const GError *error)
{
  if (dbus_message_get_no_reply (message))
    return;
  send_and_unref (service, dbus_message_new_error (message, precis_error_to_dbus_name (error),
                                                   error->message));
}

static void
reply_error_literal (PrecisService *service, DBusMessage *message, const char *name,
                     const char *text)
{
  if (!dbus_message_get_no_reply (message))
    send_and_unref (service, dbus_message_new_error (message, name, text));
}

static void
emit_signal (PrecisService *service, const char *interface, const char *member, GVariant *args)
{
  DBusMessage *signal = dbus_message_new_signal (PRECIS_DBUS_PATH, interface, member);
  DBusMessageIter iter;

  if (signal == NULL)
    g_error ("out of memory");
  dbus_message_iter_init_append (signal, &iter);
  if (args != NULL)
    {
      g_autoptr (GVariant) owned = g_variant_ref_sink (args);

      for (gsize i = 0; i < g_variant_n_children (owned); i++)
        {
          g_autoptr (GVariant) child = g_variant_get_child_value (owned, i);

          if (!precis_dbus_append_gvariant (&iter, child))
            g_error ("out of memory");
        }
    }
  send_and_unref (service, signal);
}

/* --- idle exit ------------------------------------------------------------ */

static gboolean
idle_expired (gpointer user_data)
{
  PrecisService *service = user_data;

  service->idle_source = 0;
  g_message ("idle for %u s, exiting", service->idle_timeout_s);
  return service->quit (service->quit_data);
}

static void
idle_reset (PrecisService *service)
{
  g_clear_handle_id (&service->idle_source, g_source_remove);
  /* Subscribed feeds are polled only while precisd runs. */
  if (service->idle_timeout_s > 0 && service->in_flight == 0 &&
      (service->feeds == NULL || !precis_feed_poller_has_feeds (service->feeds)))
    service->idle_source = g_timeout_add_seconds (service->idle_timeout_s, idle_expired, service);
}

/* --- clients -------------------------------------------------------------- */

static void
client_free (Client *client)
{
  g_object_unref (client->cancellable);
  g_free (client->name);
  g_free (client);
}

static Client *
client_get (PrecisService *service, const char *name)
{
  Client *client = g_hash_table_lookup (service->clients, name);

  if (client == NULL)
    {
      client = g_new0 (Client, 1);
      client->name = g_strdup (name);
      client->cancellable = g_cancellable_new ();
      g_hash_table_insert (service->clients, client->name, client);
    }
  return client;
}

static void
client_release (PrecisService *service, Client *client)
{
  service->in_flight--;
  if (--client->in_flight == 0)
    g_hash_table_remove (service->clients, client->name);
  idle_reset (service);
}

/* --- plugins -------------------------------------------------------------- */

/* The configured default if it is loaded, else lead, else any plugin that can. */
static PrecisPlugin *
default_plugin (PrecisService *service, PrecisCapabilities capability, GError **error)
{
  const char *wanted = capability == PRECIS_CAPABILITY_SUMMARIZE
                       ? service->settings.default_summarizer
                       : service->settings.default_fact_extractor;
  g_autoptr (GPtrArray) plugins = NULL;
  PrecisPlugin *plugin;

  plugin = precis_host_lookup (service->host, wanted, capability, NULL);
  if (plugin != NULL)
    return plugin;
  if (capability == PRECIS_CAPABILITY_SUMMARIZE &&
      (plugin = precis_host_lookup (service->host, "lead", capability, NULL)) != NULL)
    return plugin;

  plugins = precis_host_list (service->host);
  for (guint i = 0; i < plugins->len; i++)
    if (precis_plugin_has_capability (plugins->pdata[i], capability))
      return precis_plugin_ref (plugins->pdata[i]);

  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN,
               "no plugin that can %s is installed (search path: %s)",
               capability == PRECIS_CAPABILITY_SUMMARIZE ? "summarize" : "extract facts",
               precis_host_get_search_path (service->host)[0]);
  return NULL;
}

static PrecisPlugin *
choose_plugin (PrecisService *service, const char *name, PrecisCapabilities capability,
               GError **error)
{
  if (name != NULL)
    return precis_host_lookup (service->host, name, capability, error);
  return default_plugin (service, capability, error);
}

static const char *
default_name (PrecisService *service, PrecisCapabilities capability)
{
  g_autoptr (PrecisPlugin) plugin = default_plugin (service, capability, NULL);
  static char name[80];

  /* Main thread only: a static buffer is enough for a property value. */
  g_strlcpy (name, plugin != NULL ? precis_plugin_get_name (plugin) : "", sizeof name);
  return name;
}

static void
plugins_changed (gpointer user_data)
{
  PrecisService *service = user_data;

  emit_signal (service, PRECIS_DBUS_INTERFACE, "PluginsChanged", NULL);
}

/* --- text calls (Summarize, ExtractFacts, Analyze) -------------------------- */

static void
job_free (Job *job)
{
  precis_analysis_clear (&job->analysis);
  g_clear_pointer (&job->analysis.summarizer, precis_plugin_unref);
  g_clear_pointer (&job->analysis.extractor, precis_plugin_unref);
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
    reply_error (service, job->message, error);
  else if (!dbus_message_get_no_reply (job->message))
    {
      DBusMessage *reply = dbus_message_new_method_return (job->message);

      if (reply != NULL && !dbus_message_append_args (reply, DBUS_TYPE_UINT32, &id, DBUS_TYPE_INVALID))
        g_clear_pointer (&reply, dbus_message_unref);
      send_and_unref (service, reply);
    }
  client_release (service, job->client);
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
    reply_error (service, job->message, job->analysis.error);
  else if (job->kind == CALL_NOTIFY_SUMMARY)
    {
      notify_post (job);
      return G_SOURCE_REMOVE;
    }
  else if (!dbus_message_get_no_reply (job->message))
    send_and_unref (service, build_reply (job));

  client_release (service, job->client);
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

static void
job_run (gpointer data, gpointer user_data)
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
    job->analysis.summarizer = default_plugin (service, PRECIS_CAPABILITY_SUMMARIZE, error);
  if (job->analysis.summarizer == NULL)
    return FALSE;
  if (job->analysis.extractor == NULL)
    job->analysis.extractor = default_plugin (service, PRECIS_CAPABILITY_FACTS, NULL);
  return TRUE;
}

/* The call is accepted: count it against its client until job_done(). */
static void
job_start (PrecisService *service, Job *job, const char *sender)
{
  job->client = client_get (service, sender);
  job->client->in_flight++;
  service->in_flight++;
  job->analysis.cancellable = job->client->cancellable;
  g_clear_handle_id (&service->idle_source, g_source_remove);
}

static void
handle_text_call (PrecisService *service, DBusMessage *message, CallKind kind)
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
                choose_plugin (service, job->options.plugin, PRECIS_CAPABILITY_FACTS, &error)) != NULL;
  else if (kind == CALL_SUMMARIZE)
    chosen = (job->analysis.summarizer =
                choose_plugin (service, job->options.plugin, PRECIS_CAPABILITY_SUMMARIZE, &error)) != NULL;
  else
    chosen = choose_analyze_plugins (service, job, &error);
  if (!chosen)
    goto fail;

  job_start (service, job, dbus_message_get_sender (message));
  g_thread_pool_push (service->pool, job, NULL);
  return;

fail:
  reply_error (service, message, error);
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

static void
handle_analyze_url (PrecisService *service, DBusMessage *message)
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
      reply_error (service, message, error);
      job_free (job);
      return;
    }

  job_start (service, job, dbus_message_get_sender (message));
  /* The fetch runs on the main context; the article's analysis on a worker. */
  precis_fetcher_fetch_async (service->fetcher, url, job->client->cancellable, on_page_fetched, job);
}

static void
handle_notify_summary (PrecisService *service, DBusMessage *message)
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
  reply_error (service, message, error);
  job_free (job);
}

/* --- feeds ---------------------------------------------------------------------- */

static void
send_feed_reply (PrecisService *service, DBusMessage *message, DBusMessage *reply)
{
  if (dbus_message_get_no_reply (message))
    dbus_message_unref (reply);
  else
    send_and_unref (service, reply);
}

static void
handle_subscribe (PrecisService *service, DBusMessage *message)
{
  send_feed_reply (service, message, precis_feed_methods_subscribe (service->feeds, message));
}

static void
handle_unsubscribe (PrecisService *service, DBusMessage *message)
{
  send_feed_reply (service, message, precis_feed_methods_unsubscribe (service->feeds, message));
  idle_reset (service);  /* the last feed gone, precisd may idle out again */
}

static void
handle_list_feeds (PrecisService *service, DBusMessage *message)
{
  send_feed_reply (service, message, precis_feed_methods_list (service->feeds, message));
}

/* Feed items are analyzed with the defaults. */
static gboolean
feed_plugins (gpointer data, PrecisPlugin **summarizer, PrecisPlugin **extractor, GError **error)
{
  PrecisService *service = data;

  *summarizer = default_plugin (service, PRECIS_CAPABILITY_SUMMARIZE, error);
  *extractor = default_plugin (service, PRECIS_CAPABILITY_FACTS, NULL);
  return *summarizer != NULL;
}

static gboolean
append_plugin (DBusMessageIter *array, PrecisPlugin *plugin)
{
  const PrecisPluginDescriptor *d = precis_plugin_get_descriptor (plugin);
  const char *summarize = "summarize", *facts = "facts";
  DBusMessageIter st, caps;

  return dbus_message_iter_open_container (array, DBUS_TYPE_STRUCT, NULL, &st) &&
         dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &d->name) &&
         dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &d->version) &&
         dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &d->description) &&
         dbus_message_iter_open_container (&st, DBUS_TYPE_ARRAY, "s", &caps) &&
         (!(d->capabilities & PRECIS_CAPABILITY_SUMMARIZE) ||
          dbus_message_iter_append_basic (&caps, DBUS_TYPE_STRING, &summarize)) &&
         (!(d->capabilities & PRECIS_CAPABILITY_FACTS) ||
          dbus_message_iter_append_basic (&caps, DBUS_TYPE_STRING, &facts)) &&
         dbus_message_iter_close_container (&st, &caps) &&
         dbus_message_iter_close_container (array, &st);
}

static void
handle_list_plugins (PrecisService *service, DBusMessage *message)
{
  g_autoptr (GPtrArray) plugins = precis_host_list (service->host);
  DBusMessage *reply = dbus_message_new_method_return (message);
  DBusMessageIter iter, array;
  gboolean ok;

  if (reply == NULL)
    g_error ("out of memory");
  dbus_message_iter_init_append (reply, &iter);
  ok = dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "(sssas)", &array);
  for (guint i = 0; ok && i < plugins->len; i++)
    ok = append_plugin (&array, plugins->pdata[i]);
  if (!ok || !dbus_message_iter_close_container (&iter, &array))
    g_error ("out of memory");
  send_and_unref (service, reply);
}

static void
handle_reload_plugins (PrecisService *service, DBusMessage *message)
{
  if (precis_host_rescan (service->host))
    plugins_changed (service);
  send_and_unref (service, dbus_message_new_method_return (message));
}

/* --- properties ----------------------------------------------------------------- */

static GVariant *
property_value (PrecisService *service, const char *name)
{
  if (strcmp (name, "DefaultSummarizer") == 0)
    return g_variant_new_string (default_name (service, PRECIS_CAPABILITY_SUMMARIZE));
  if (strcmp (name, "DefaultFactExtractor") == 0)
    return g_variant_new_string (default_name (service, PRECIS_CAPABILITY_FACTS));
  if (strcmp (name, "Version") == 0)
    return g_variant_new_string (PRECIS_VERSION);
  return NULL;
}

static void
reply_variant (PrecisService *service, DBusMessage *message, GVariant *value)
{
  g_autoptr (GVariant) owned = g_variant_ref_sink (value);
  DBusMessage *reply = dbus_message_new_method_return (message);
  DBusMessageIter iter;

  if (reply == NULL)
    g_error ("out of memory");
  dbus_message_iter_init_append (reply, &iter);
  if (!precis_dbus_append_gvariant (&iter, owned))
    g_error ("out of memory");
  send_and_unref (service, reply);
}

static gboolean
known_interface (const char *interface)
{
  return strcmp (interface, PRECIS_DBUS_INTERFACE) == 0;
}

static void
handle_get (PrecisService *service, DBusMessage *message)
{
  const char *interface, *name;
  GVariant *value;

  dbus_message_get_args (message, NULL, DBUS_TYPE_STRING, &interface,
                         DBUS_TYPE_STRING, &name, DBUS_TYPE_INVALID);
  if (!known_interface (interface) || (value = property_value (service, name)) == NULL)
    {
      g_autofree char *text = g_strdup_printf ("no property %s.%s", interface, name);

      reply_error_literal (service, message, DBUS_ERROR_UNKNOWN_PROPERTY, text);
      return;
    }
  reply_variant (service, message, g_variant_new_variant (value));
}

static void
handle_get_all (PrecisService *service, DBusMessage *message)
{
  const char *interface;
  GVariantBuilder all;

  dbus_message_get_args (message, NULL, DBUS_TYPE_STRING, &interface, DBUS_TYPE_INVALID);
  g_variant_builder_init (&all, G_VARIANT_TYPE ("a{sv}"));
  if (known_interface (interface))
    for (const char *const *p = (const char *const[]) { "DefaultSummarizer", "DefaultFactExtractor",
                                                        "Version", NULL }; *p; p++)
      g_variant_builder_add (&all, "{sv}", *p, property_value (service, *p));
  reply_variant (service, message, g_variant_new ("(@a{sv})", g_variant_builder_end (&all)));
}

static void
handle_set (PrecisService *service, DBusMessage *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisPlugin) plugin = NULL;
  const char *interface, *name, *type, *value;
  DBusMessageIter iter, variant;
  PrecisCapabilities capability;
  gboolean writable = FALSE;
  char **slot;

  dbus_message_iter_init (message, &iter);
  dbus_message_iter_get_basic (&iter, &interface);
  dbus_message_iter_next (&iter);
  dbus_message_iter_get_basic (&iter, &name);
  dbus_message_iter_next (&iter);
  dbus_message_iter_recurse (&iter, &variant);

  type = known_interface (interface)
         ? precis_dbus_interface_property_type (service->iface, name, &writable) : NULL;
  if (type == NULL)
    {
      g_autofree char *text = g_strdup_printf ("no property %s.%s", interface, name);

      reply_error_literal (service, message, DBUS_ERROR_UNKNOWN_PROPERTY, text);
      return;
    }
  if (!writable)
    {
      g_autofree char *text = g_strdup_printf ("%s is read-only", name);

      reply_error_literal (service, message, DBUS_ERROR_PROPERTY_READ_ONLY, text);
      return;
    }
  if (dbus_message_iter_get_arg_type (&variant) != DBUS_TYPE_STRING)
    {
      g_autofree char *text = g_strdup_printf ("%s takes a string, the name of a plugin", name);

      reply_error_literal (service, message, DBUS_ERROR_INVALID_ARGS, text);
      return;
    }
  dbus_message_iter_get_basic (&variant, &value);

  if (strcmp (name, "DefaultSummarizer") == 0)
    {
      capability = PRECIS_CAPABILITY_SUMMARIZE;
      slot = &service->settings.default_summarizer;
    }
  else
    {
      capability = PRECIS_CAPABILITY_FACTS;
      slot = &service->settings.default_fact_extractor;
    }
  plugin = precis_host_lookup (service->host, value, capability, &error);
  if (plugin == NULL)
    {
      reply_error (service, message, error);
      return;
    }
  g_free (*slot);
  *slot = g_strdup (value);
  if (!precis_settings_save_plugin_default (&service->settings,
                                            capability == PRECIS_CAPABILITY_SUMMARIZE
                                            ? "default-summarizer" : "default-fact-extractor",
                                            value, &error))
    g_warning ("%s is the default until precisd exits, but it was not saved: %s",
               value, error->message);

  send_and_unref (service, dbus_message_new_method_return (message));
  {
    GVariantBuilder changed;

    g_variant_builder_init (&changed, G_VARIANT_TYPE ("a{sv}"));
    g_variant_builder_add (&changed, "{sv}", name, g_variant_new_string (value));
    emit_signal (service, DBUS_INTERFACE_PROPERTIES, "PropertiesChanged",
                 g_variant_new ("(sa{sv}as)", PRECIS_DBUS_INTERFACE, &changed, NULL));
  }
}

/* --- dispatch --------------------------------------------------------------- */

static void handle_summarize (PrecisService *s, DBusMessage *m) { handle_text_call (s, m, CALL_SUMMARIZE); }
static void handle_extract_facts (PrecisService *s, DBusMessage *m) { handle_text_call (s, m, CALL_EXTRACT_FACTS); }
static void handle_analyze (PrecisService *s, DBusMessage *m) { handle_text_call (s, m, CALL_ANALYZE); }

typedef struct {
  const char *interface;
  const char *name;
  const char *signature;   /* NULL: take it from the interface XML */
  void (*handle) (PrecisService *service, DBusMessage *message);
} Method;

static const Method methods[] = {
  { PRECIS_DBUS_INTERFACE, "Summarize", NULL, handle_summarize },
  { PRECIS_DBUS_INTERFACE, "ExtractFacts", NULL, handle_extract_facts },
  { PRECIS_DBUS_INTERFACE, "Analyze", NULL, handle_analyze },
  { PRECIS_DBUS_INTERFACE, "AnalyzeUrl", NULL, handle_analyze_url },
  { PRECIS_DBUS_INTERFACE, "NotifySummary", NULL, handle_notify_summary },
  { PRECIS_DBUS_INTERFACE, "Subscribe", NULL, handle_subscribe },
  { PRECIS_DBUS_INTERFACE, "Unsubscribe", NULL, handle_unsubscribe },
  { PRECIS_DBUS_INTERFACE, "ListFeeds", NULL, handle_list_feeds },
  { PRECIS_DBUS_INTERFACE, "ListPlugins", NULL, handle_list_plugins },
  { PRECIS_DBUS_INTERFACE, "ReloadPlugins", NULL, handle_reload_plugins },
  { DBUS_INTERFACE_PROPERTIES, "Get", "ss", handle_get },
  { DBUS_INTERFACE_PROPERTIES, "GetAll", "s", handle_get_all },
  { DBUS_INTERFACE_PROPERTIES, "Set", "ssv", handle_set },
};

static void
handle_introspect (PrecisService *service, DBusMessage *message)
{
  g_autofree char *xml = precis_dbus_interface_introspect (service->iface,
                                                           dbus_message_get_path (message));
  DBusMessage *reply = dbus_message_new_method_return (message);

  if (reply == NULL || !dbus_message_append_args (reply, DBUS_TYPE_STRING, &xml, DBUS_TYPE_INVALID))
    g_error ("out of memory");
  send_and_unref (service, reply);
}

static DBusHandlerResult
on_message (DBusConnection *connection, DBusMessage *message, void *user_data)
{
  PrecisService *service = user_data;
  const char *interface = dbus_message_get_interface (message);
  const char *member = dbus_message_get_member (message);
  const char *path = dbus_message_get_path (message);

  if (dbus_message_get_type (message) != DBUS_MESSAGE_TYPE_METHOD_CALL)
    return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;

  idle_reset (service);
  if (g_strcmp0 (interface, DBUS_INTERFACE_INTROSPECTABLE) == 0 && g_strcmp0 (member, "Introspect") == 0)
    {
      handle_introspect (service, message);
      return DBUS_HANDLER_RESULT_HANDLED;
    }
  if (g_strcmp0 (path, PRECIS_DBUS_PATH) != 0)
    {
      reply_error_literal (service, message, DBUS_ERROR_UNKNOWN_OBJECT,
                           "precisd has one object, " PRECIS_DBUS_PATH);
      return DBUS_HANDLER_RESULT_HANDLED;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      const Method *m = &methods[i];
      const char *signature;

      /* A call without an interface matches by member alone, as the spec allows. */
      if (strcmp (member, m->name) != 0 || (interface != NULL && strcmp (interface, m->interface) != 0))
        continue;
      signature = m->signature != NULL ? m->signature
                  : precis_dbus_interface_in_signature (service->iface, m->name);
      if (!dbus_message_has_signature (message, signature))
        {
          g_autofree char *text = g_strdup_printf ("%s takes (%s), not (%s)", m->name, signature,
                                                   dbus_message_get_signature (message));

          reply_error_literal (service, message, DBUS_ERROR_INVALID_ARGS, text);
          return DBUS_HANDLER_RESULT_HANDLED;
        }
      m->handle (service, message);
      return DBUS_HANDLER_RESULT_HANDLED;
    }

  {
    g_autofree char *text = g_strdup_printf ("no method %s.%s; see Introspect",
                                             interface ? interface : "(any)", member);

    reply_error_literal (service, message, DBUS_ERROR_UNKNOWN_METHOD, text);
  }
  return DBUS_HANDLER_RESULT_HANDLED;
}

/* Bus signals: a client leaving, our name lost, the bus gone. */
static DBusHandlerResult
on_filter (DBusConnection *connection, DBusMessage *message, void *user_data)
{
  PrecisService *service = user_data;

  if (dbus_message_is_signal (message, DBUS_INTERFACE_DBUS, "NameOwnerChanged"))
    {
      const char *name, *old_owner, *new_owner;
      Client *client;

      if (dbus_message_get_args (message, NULL, DBUS_TYPE_STRING, &name, DBUS_TYPE_STRING, &old_owner,
                                 DBUS_TYPE_STRING, &new_owner, DBUS_TYPE_INVALID) &&
          *new_owner == '\0' && (client = g_hash_table_lookup (service->clients, name)) != NULL)
        {
          g_debug ("%s left with %u calls in flight: cancelling them", name, client->in_flight);
          g_cancellable_cancel (client->cancellable);
        }
    }
  else if (dbus_message_is_signal (message, DBUS_INTERFACE_DBUS, "NameLost"))
    {
      g_message ("lost the name %s to another precisd, exiting", PRECIS_DBUS_NAME);
      service->quit (service->quit_data);
    }
  else if (dbus_message_is_signal (message, DBUS_INTERFACE_LOCAL, "Disconnected"))
    {
      g_message ("disconnected from the bus, exiting");
      service->quit (service->quit_data);
    }
  return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
}

static const DBusObjectPathVTable vtable = { .message_function = on_message };

PrecisService *
precis_service_new (DBusConnection *connection, PrecisHost *host, PrecisSettings *settings,
                    guint idle_timeout_s, GSourceFunc quit, gpointer quit_data, GError **error)
{
  PrecisService *service;
  guint threads;

  service = g_new0 (PrecisService, 1);
  service->iface = precis_dbus_interface_new (error);
  if (service->iface == NULL)
    {
      g_free (service);
      return NULL;
    }
  service->connection = dbus_connection_ref (connection);
  service->host = host;
  service->settings = *settings;
  *settings = (PrecisSettings) { 0 };
  service->idle_timeout_s = idle_timeout_s;
  service->quit = quit;
  service->quit_data = quit_data;
  service->clients = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) client_free);

  threads = service->settings.worker_threads > 0 ? service->settings.worker_threads
                                                 : MAX (1, g_get_num_processors ());
  service->pool = g_thread_pool_new (job_run, service, threads, FALSE, NULL);
  service->fetcher = precis_fetcher_new (&(PrecisFetchLimits) {
    .timeout_seconds = service->settings.fetch_timeout_s,
    .max_bytes = service->settings.fetch_max_bytes,
    .max_redirects = PRECIS_FETCH_DEFAULT_MAX_REDIRECTS,
  });
  service->notifier = precis_notifier_new (connection);
  service->feeds = precis_feed_poller_new (connection, service->notifier, service->fetcher,
                                           feed_plugins, service);

  precis_host_watch (host, G_CALLBACK (plugins_changed), service);
  dbus_bus_add_match (connection,
                      "type='signal',sender='" DBUS_SERVICE_DBUS "',interface='" DBUS_INTERFACE_DBUS
                      "',member='NameOwnerChanged',arg2=''", NULL);
  dbus_connection_add_filter (connection, on_filter, service, NULL);
  if (!dbus_connection_register_fallback (connection, "/", &vtable, service))
    g_error ("out of memory");
  idle_reset (service);
  return service;
}

void
precis_service_free (PrecisService *service)
{
  if (service == NULL)
    return;
  dbus_connection_unregister_object_path (service->connection, "/");
  dbus_connection_remove_filter (service->connection, on_filter, service);
  /* Cancel what runs, wait for it, and let its completions land. */
  {
    GHashTableIter it;
    Client *client;

    g_hash_table_iter_init (&it, service->clients);
    while (g_hash_table_iter_next (&it, NULL, (gpointer *) &client))
      g_cancellable_cancel (client->cancellable);
  }
  g_clear_pointer (&service->feeds, precis_feed_poller_free);
  g_thread_pool_free (service->pool, FALSE, TRUE);
  /* Answers NotifySummary calls still waiting for the server. */
  g_clear_pointer (&service->notifier, precis_notifier_free);
  while (service->in_flight > 0)
    g_main_context_iteration (NULL, TRUE);
  precis_fetcher_free (service->fetcher);
  g_clear_handle_id (&service->idle_source, g_source_remove);
  g_hash_table_unref (service->clients);
  precis_host_free (service->host);
  precis_settings_clear (&service->settings);
  precis_dbus_interface_free (service->iface);
  dbus_connection_unref (service->connection);
  g_free (service);
}
