/* local-connection.c — PrecisConnection with the engine in this process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The engine lives on a thread of its own with its own main context: its
 * plugin watch and page fetches run there, whatever the app's threads and
 * main loops do, and a synchronous call made from the app's main thread
 * cannot deadlock on a fetch waiting for that same thread.  Calls are
 * handed to the engine thread; their GTask brings the result back to the
 * caller's context.  Options go through the same a{sv} parser as precisd's,
 * and results are the reply precisd would send (precis_call_append_reply),
 * read by the bus back end's reader, so both back ends answer alike.
 */
#include "config.h"

#include <string.h>

#include "data-dir.h"
#include "engine.h"
#include "errors.h"
#include "marshal.h"
#include "pipeline.h"
#include "precis-private.h"

#define PRECIS_TYPE_LOCAL_CONNECTION (precis_local_connection_get_type ())
G_DECLARE_FINAL_TYPE (PrecisLocalConnection, precis_local_connection, PRECIS, LOCAL_CONNECTION,
                      PrecisConnection)

struct _PrecisLocalConnection {
  PrecisConnection parent_instance;
  GMainContext *context;   /* the engine thread's */
  GMainLoop *loop;
  GThread *thread;
  PrecisEngine *engine;    /* used on the engine thread only */
  char **plugin_path;
  /* Start-up: the engine thread reports here once it is ready or failed. */
  GMutex lock;
  GCond ready_cond;
  gboolean ready;
  GError *error;
};

G_DEFINE_FINAL_TYPE (PrecisLocalConnection, precis_local_connection, PRECIS_TYPE_CONNECTION)

static gpointer
engine_thread (gpointer data)
{
  PrecisLocalConnection *self = data;
  PrecisSettings settings = { 0 };
  GError *error = NULL;

  g_main_context_push_thread_default (self->context);
  precis_settings_load (&settings);
  if (precis_pipeline_init (precis_data_dir (), &error))
    self->engine = precis_engine_new (&settings, (const char *const *) self->plugin_path, &error);
  precis_settings_clear (&settings);
  if (self->engine != NULL)
    precis_engine_watch (self->engine, NULL, NULL);

  g_mutex_lock (&self->lock);
  self->ready = TRUE;
  self->error = error;
  g_cond_signal (&self->ready_cond);
  g_mutex_unlock (&self->lock);

  if (self->engine != NULL)
    g_main_loop_run (self->loop);
  /* Waits for calls still on the workers; their tasks then return. */
  g_clear_pointer (&self->engine, precis_engine_free);
  while (g_main_context_pending (self->context))
    g_main_context_iteration (self->context, FALSE);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

static void
precis_local_connection_finalize (GObject *object)
{
  PrecisLocalConnection *self = PRECIS_LOCAL_CONNECTION (object);

  if (self->thread != NULL)
    {
      g_main_loop_quit (self->loop);
      g_thread_join (self->thread);
    }
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_strfreev (self->plugin_path);
  g_clear_error (&self->error);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->ready_cond);
  G_OBJECT_CLASS (precis_local_connection_parent_class)->finalize (object);
}

/* --- calls ----------------------------------------------------------------- */

/* Read the options as precisd reads them: through a D-Bus message. */
static gboolean
parse_options (PrecisOptions *options, PrecisCallOptions *call_options, GError **error)
{
  g_autoptr (GVariant) args = g_variant_ref_sink (
    g_variant_new ("(@a{sv})", precis_options_to_variant (options)));
  DBusMessage *message = dbus_message_new (DBUS_MESSAGE_TYPE_METHOD_CALL);
  DBusMessageIter iter;
  gboolean ok;

  if (message == NULL)
    g_error ("precis: out of memory");
  ok = precis_marshal_append_args (message, args, error);
  if (ok)
    {
      dbus_message_iter_init (message, &iter);
      ok = precis_call_options_parse (call_options, &iter, error);
    }
  dbus_message_unref (message);
  return ok;
}

/* The answer as precisd would send it, read as the bus back end reads
 * one: both back ends decode the same bytes. */
static GVariant *
read_reply (PrecisCall *call, GError **error)
{
  DBusMessage *message = dbus_message_new (DBUS_MESSAGE_TYPE_METHOD_RETURN);
  GVariant *reply;

  if (message == NULL)
    g_error ("precis: out of memory");
  precis_call_append_reply (call, message);
  reply = precis_marshal_read_args (message, error);
  dbus_message_unref (message);
  return reply;
}

/* The task is returned, and let go of, on the caller's thread: the engine
 * thread must never drop the last reference to the connection, whose
 * finalize joins that very thread. */
static gboolean
return_on_caller_thread (gpointer data)
{
  g_autoptr (GTask) task = data;
  PrecisCall *call = g_task_get_task_data (task);
  GError *error = g_object_steal_data (G_OBJECT (task), "error");
  g_autoptr (GVariant) reply = NULL;
  PrecisResult *answer = NULL;

  if (error != NULL)
    {
      g_task_return_error (task, error);
      return G_SOURCE_REMOVE;
    }
  reply = read_reply (call, &error);
  if (reply != NULL)
    answer = precis_result_new_from_reply (call->kind, call->fetch ? NULL : call->analysis.text,
                                           reply, &error);
  if (answer == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, answer, g_object_unref);
  return G_SOURCE_REMOVE;
}

/* On the engine thread. */
static void
on_engine_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  PrecisLocalConnection *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (!precis_engine_run_finish (self->engine, result, &error))
    g_object_set_data_full (G_OBJECT (task), "error", error, (GDestroyNotify) g_error_free);
  g_main_context_invoke (g_task_get_context (task), return_on_caller_thread, task);
}

/* On the engine thread. */
static gboolean
start_call (gpointer data)
{
  GTask *task = data;
  PrecisLocalConnection *self = g_task_get_source_object (task);

  precis_engine_run_async (self->engine, g_task_get_task_data (task), g_task_get_cancellable (task),
                           on_engine_done, task);
  return G_SOURCE_REMOVE;
}

static void
local_call_async (PrecisConnection *connection, PrecisCallKind kind, const char *text,
                  const char *url, PrecisOptions *options, GCancellable *cancellable,
                  GAsyncReadyCallback callback, gpointer user_data)
{
  PrecisLocalConnection *self = PRECIS_LOCAL_CONNECTION (connection);
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  PrecisCall *call;
  GError *error = NULL;

  g_task_set_source_tag (task, local_call_async);
  if (url != NULL)
    call = precis_call_new_url (url);
  else
    {
      /* A copy with its NUL: the pipeline reads the text as a C string. */
      gsize length = strlen (text);
      g_autoptr (GBytes) bytes = g_bytes_new_take (g_strndup (text, length), length);

      call = precis_call_new_text (kind, bytes);
    }
  g_task_set_task_data (task, call, (GDestroyNotify) precis_call_free);
  if (!parse_options (options, &call->options, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_main_context_invoke (self->context, start_call, g_steal_pointer (&task));
}

static PrecisResult *
local_call_finish (PrecisConnection *connection, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, connection), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* --- plugins ------------------------------------------------------------------ */

typedef struct {
  PrecisLocalConnection *self;
  GPtrArray *plugins;
  GMutex lock;
  GCond cond;
} ListPlugins;

static gboolean
list_on_engine_thread (gpointer data)
{
  ListPlugins *list = data;
  g_autoptr (GPtrArray) plugins = precis_host_list (precis_engine_get_host (list->self->engine));
  GPtrArray *infos = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_info_unref);

  for (guint i = 0; i < plugins->len; i++)
    {
      const PrecisPluginDescriptor *d = precis_plugin_get_descriptor (plugins->pdata[i]);

      g_ptr_array_add (infos, precis_plugin_info_new (d->name, d->version, d->description,
                                                      (d->capabilities & PRECIS_CAPABILITY_SUMMARIZE) != 0,
                                                      (d->capabilities & PRECIS_CAPABILITY_FACTS) != 0));
    }
  g_mutex_lock (&list->lock);
  list->plugins = infos;
  g_cond_signal (&list->cond);
  g_mutex_unlock (&list->lock);
  return G_SOURCE_REMOVE;
}

static GPtrArray *
local_list_plugins (PrecisConnection *connection, GCancellable *cancellable, GError **error)
{
  ListPlugins list = { .self = PRECIS_LOCAL_CONNECTION (connection) };

  g_mutex_init (&list.lock);
  g_cond_init (&list.cond);
  g_mutex_lock (&list.lock);
  g_main_context_invoke (list.self->context, list_on_engine_thread, &list);
  while (list.plugins == NULL)
    g_cond_wait (&list.cond, &list.lock);
  g_mutex_unlock (&list.lock);
  g_mutex_clear (&list.lock);
  g_cond_clear (&list.cond);
  return list.plugins;
}

static void
precis_local_connection_class_init (PrecisLocalConnectionClass *klass)
{
  PrecisConnectionClass *connection_class = PRECIS_CONNECTION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = precis_local_connection_finalize;
  connection_class->call_async = local_call_async;
  connection_class->call_finish = local_call_finish;
  connection_class->list_plugins = local_list_plugins;
}

static void
precis_local_connection_init (PrecisLocalConnection *self)
{
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  g_mutex_init (&self->lock);
  g_cond_init (&self->ready_cond);
}

/**
 * precis_connection_new_local:
 * @plugin_path: (nullable) (array zero-terminated=1): directories to load
 *   plugins from, the first winning a name clash; %NULL for the default
 *   ($PRECIS_PLUGIN_PATH, $XDG_DATA_HOME/precis/plugins, then the installed ones)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs the precis engine in this process: the text pipeline, the plugins
 * (watched for changes), page fetching, and the limits and default
 * plugins of the user's precisd.conf.  No daemon and no bus are needed,
 * which suits sandboxed apps.
 *
 * Returns: (transfer full): a new connection, or %NULL with @error set
 */
PrecisConnection *
precis_connection_new_local (const char *const *plugin_path, GCancellable *cancellable,
                             GError **error)
{
  g_autoptr (PrecisLocalConnection) self = g_object_new (PRECIS_TYPE_LOCAL_CONNECTION, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  self->plugin_path = g_strdupv ((char **) plugin_path);
  self->thread = g_thread_new ("precis-engine", engine_thread, self);
  g_mutex_lock (&self->lock);
  while (!self->ready)
    g_cond_wait (&self->ready_cond, &self->lock);
  g_mutex_unlock (&self->lock);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return NULL;
    }
  return PRECIS_CONNECTION (g_steal_pointer (&self));
}
