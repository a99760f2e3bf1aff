/* precis-connection.c — the API both back ends implement.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each call is asynchronous in the back end; the synchronous variants run
 * it to completion on a private main context, so they neither need nor
 * disturb the caller's main loop.
 */
#include "config.h"

#include "precis-private.h"

/**
 * PrecisConnection:
 *
 * A connection to precis: the same calls, options and results whether the
 * engine runs in this process (precis_connection_new_local()) or in
 * precisd on the session bus (precis_connection_new_bus()).  A connection
 * may be used from any thread; asynchronous calls complete on the
 * thread-default main context of the thread that made them.
 */
/* Not abstract, so that the constructors of its back ends can be its own
 * (as bindings see them); a bare PrecisConnection refuses every call. */
G_DEFINE_TYPE (PrecisConnection, precis_connection, G_TYPE_OBJECT)

static void
refuse_call_async (PrecisConnection *connection, PrecisCallKind kind, const char *text,
                   const char *url, PrecisOptions *options, GCancellable *cancellable,
                   GAsyncReadyCallback callback, gpointer user_data)
{
  g_task_report_new_error (connection, callback, user_data, refuse_call_async, PRECIS_ERROR,
                           PRECIS_ERROR_NOT_SUPPORTED,
                           "a PrecisConnection comes from precis_connection_new_local() or "
                           "precis_connection_new_bus()");
}

static PrecisResult *
refuse_call_finish (PrecisConnection *connection, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static GPtrArray *
refuse_list_plugins (PrecisConnection *connection, GCancellable *cancellable, GError **error)
{
  g_set_error_literal (error, PRECIS_ERROR, PRECIS_ERROR_NOT_SUPPORTED,
                       "a PrecisConnection comes from precis_connection_new_local() or "
                       "precis_connection_new_bus()");
  return NULL;
}

static void
precis_connection_class_init (PrecisConnectionClass *klass)
{
  klass->call_async = refuse_call_async;
  klass->call_finish = refuse_call_finish;
  klass->list_plugins = refuse_list_plugins;
}

static void
precis_connection_init (PrecisConnection *self)
{
}

static void
call_async (PrecisConnection *connection, PrecisCallKind kind, const char *text, const char *url,
            PrecisOptions *options, GCancellable *cancellable, GAsyncReadyCallback callback,
            gpointer user_data)
{
  g_return_if_fail (PRECIS_IS_CONNECTION (connection));
  g_return_if_fail (options == NULL || PRECIS_IS_OPTIONS (options));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  PRECIS_CONNECTION_GET_CLASS (connection)->call_async (connection, kind, text, url, options,
                                                        cancellable, callback, user_data);
}

static PrecisResult *
call_finish (PrecisConnection *connection, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (PRECIS_IS_CONNECTION (connection), NULL);
  g_return_val_if_fail (G_IS_ASYNC_RESULT (result), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return PRECIS_CONNECTION_GET_CLASS (connection)->call_finish (connection, result, error);
}

static void
store_result (GObject *source, GAsyncResult *result, gpointer user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static PrecisResult *
call_sync (PrecisConnection *connection, PrecisCallKind kind, const char *text, const char *url,
           PrecisOptions *options, GCancellable *cancellable, GError **error)
{
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GAsyncResult) result = NULL;

  g_main_context_push_thread_default (context);
  call_async (connection, kind, text, url, options, cancellable, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);
  return call_finish (connection, result, error);
}

/**
 * precis_connection_summarize_async:
 * @connection: a #PrecisConnection
 * @text: the article, UTF-8
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the summary is ready
 * @user_data: data for @callback
 *
 * Summarizes @text: whole sentences of it, with their offsets.
 */
void
precis_connection_summarize_async (PrecisConnection *connection, const char *text,
                                   PrecisOptions *options, GCancellable *cancellable,
                                   GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (text != NULL);
  call_async (connection, PRECIS_CALL_KIND_SUMMARIZE, text, NULL, options, cancellable, callback,
              user_data);
}

/**
 * precis_connection_summarize_finish:
 * @connection: a #PrecisConnection
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #PrecisError
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
PrecisResult *
precis_connection_summarize_finish (PrecisConnection *connection, GAsyncResult *result,
                                    GError **error)
{
  return call_finish (connection, result, error);
}

/**
 * precis_connection_summarize:
 * @connection: a #PrecisConnection
 * @text: the article, UTF-8
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #PrecisError
 *
 * Summarizes @text, blocking until done.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
PrecisResult *
precis_connection_summarize (PrecisConnection *connection, const char *text,
                             PrecisOptions *options, GCancellable *cancellable, GError **error)
{
  g_return_val_if_fail (text != NULL, NULL);
  return call_sync (connection, PRECIS_CALL_KIND_SUMMARIZE, text, NULL, options, cancellable, error);
}

/**
 * precis_connection_extract_facts_async:
 * @connection: a #PrecisConnection
 * @text: the article, UTF-8
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the facts are ready
 * @user_data: data for @callback
 *
 * Finds the people, organizations, places and dates of @text.
 */
void
precis_connection_extract_facts_async (PrecisConnection *connection, const char *text,
                                       PrecisOptions *options, GCancellable *cancellable,
                                       GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (text != NULL);
  call_async (connection, PRECIS_CALL_KIND_EXTRACT_FACTS, text, NULL, options, cancellable,
              callback, user_data);
}

/**
 * precis_connection_extract_facts_finish:
 * @connection: a #PrecisConnection
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #PrecisError
 *
 * Returns: (transfer full): the facts, or %NULL with @error set
 */
PrecisResult *
precis_connection_extract_facts_finish (PrecisConnection *connection, GAsyncResult *result,
                                        GError **error)
{
  return call_finish (connection, result, error);
}

/**
 * precis_connection_extract_facts:
 * @connection: a #PrecisConnection
 * @text: the article, UTF-8
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #PrecisError
 *
 * Finds the key facts of @text, blocking until done.
 *
 * Returns: (transfer full): the facts, or %NULL with @error set
 */
PrecisResult *
precis_connection_extract_facts (PrecisConnection *connection, const char *text,
                                 PrecisOptions *options, GCancellable *cancellable, GError **error)
{
  g_return_val_if_fail (text != NULL, NULL);
  return call_sync (connection, PRECIS_CALL_KIND_EXTRACT_FACTS, text, NULL, options, cancellable,
                    error);
}

/**
 * precis_connection_analyze_async:
 * @connection: a #PrecisConnection
 * @text: the article, UTF-8
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the analysis is ready
 * @user_data: data for @callback
 *
 * Summarizes @text and finds its key facts in one go.
 */
void
precis_connection_analyze_async (PrecisConnection *connection, const char *text,
                                 PrecisOptions *options, GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (text != NULL);
  call_async (connection, PRECIS_CALL_KIND_ANALYZE, text, NULL, options, cancellable, callback,
              user_data);
}

/**
 * precis_connection_analyze_finish:
 * @connection: a #PrecisConnection
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #PrecisError
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
PrecisResult *
precis_connection_analyze_finish (PrecisConnection *connection, GAsyncResult *result,
                                  GError **error)
{
  return call_finish (connection, result, error);
}

/**
 * precis_connection_analyze:
 * @connection: a #PrecisConnection
 * @text: the article, UTF-8
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #PrecisError
 *
 * Summarizes @text and finds its key facts, blocking until done.
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
PrecisResult *
precis_connection_analyze (PrecisConnection *connection, const char *text, PrecisOptions *options,
                           GCancellable *cancellable, GError **error)
{
  g_return_val_if_fail (text != NULL, NULL);
  return call_sync (connection, PRECIS_CALL_KIND_ANALYZE, text, NULL, options, cancellable, error);
}

/**
 * precis_connection_analyze_url_async:
 * @connection: a #PrecisConnection
 * @url: an http or https URL
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the analysis is ready
 * @user_data: data for @callback
 *
 * Fetches the page at @url, finds its article and analyses it.  The
 * result's text is the article's, which the offsets point into.
 */
void
precis_connection_analyze_url_async (PrecisConnection *connection, const char *url,
                                     PrecisOptions *options, GCancellable *cancellable,
                                     GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (url != NULL);
  call_async (connection, PRECIS_CALL_KIND_ANALYZE, NULL, url, options, cancellable, callback,
              user_data);
}

/**
 * precis_connection_analyze_url_finish:
 * @connection: a #PrecisConnection
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #PrecisError
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
PrecisResult *
precis_connection_analyze_url_finish (PrecisConnection *connection, GAsyncResult *result,
                                      GError **error)
{
  return call_finish (connection, result, error);
}

/**
 * precis_connection_analyze_url:
 * @connection: a #PrecisConnection
 * @url: an http or https URL
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #PrecisError
 *
 * Fetches and analyses the article at @url, blocking until done.
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
PrecisResult *
precis_connection_analyze_url (PrecisConnection *connection, const char *url,
                               PrecisOptions *options, GCancellable *cancellable, GError **error)
{
  g_return_val_if_fail (url != NULL, NULL);
  return call_sync (connection, PRECIS_CALL_KIND_ANALYZE, NULL, url, options, cancellable, error);
}

/**
 * precis_connection_list_plugins:
 * @connection: a #PrecisConnection
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #PrecisError
 *
 * Returns: (transfer container) (element-type PrecisPluginInfo): the
 *   plugins, by name, or %NULL with @error set
 */
GPtrArray *
precis_connection_list_plugins (PrecisConnection *connection, GCancellable *cancellable,
                                GError **error)
{
  g_return_val_if_fail (PRECIS_IS_CONNECTION (connection), NULL);
  return PRECIS_CONNECTION_GET_CLASS (connection)->list_plugins (connection, cancellable, error);
}
