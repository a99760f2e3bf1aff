/* bus-connection.c — PrecisConnection to precisd on the session bus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each call is one blocking libdbus round trip on a GTask thread (libdbus
 * connections are thread-safe), so the app's main loop never waits and the
 * connection needs no main context of its own.  Replies become results
 * through the same code as the local back end's.
 */
#include "config.h"

#include "client.h"
#include "errors.h"
#include "precis-private.h"

/* An analysis of 2 MiB, or a slow page, can take a while. */
#define CALL_TIMEOUT_MS (5 * 60 * 1000)

#define PRECIS_TYPE_BUS_CONNECTION (precis_bus_connection_get_type ())
G_DECLARE_FINAL_TYPE (PrecisBusConnection, precis_bus_connection, PRECIS, BUS_CONNECTION,
                      PrecisConnection)

struct _PrecisBusConnection {
  PrecisConnection parent_instance;
  PrecisClient *client;
};

G_DEFINE_FINAL_TYPE (PrecisBusConnection, precis_bus_connection, PRECIS_TYPE_CONNECTION)

typedef struct {
  PrecisCallKind kind;
  char *text, *url;
  GVariant *options;
} Call;

static void
call_free (Call *call)
{
  g_free (call->text);
  g_free (call->url);
  g_variant_unref (call->options);
  g_free (call);
}

static void
run_call (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  PrecisBusConnection *self = source;
  Call *call = data;
  static const char *const methods[] = {
    [PRECIS_CALL_KIND_SUMMARIZE] = "Summarize",
    [PRECIS_CALL_KIND_EXTRACT_FACTS] = "ExtractFacts",
    [PRECIS_CALL_KIND_ANALYZE] = "Analyze",
  };
  const char *method = call->url != NULL ? "AnalyzeUrl" : methods[call->kind];
  g_autoptr (GVariant) reply = NULL;
  GError *error = NULL;
  PrecisResult *result;

  reply = precis_client_call (self->client, NULL, method,
                              g_variant_new ("(s@a{sv})", call->url != NULL ? call->url : call->text,
                                             call->options),
                              NULL, &error);
  if (reply == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  result = precis_result_new_from_reply (call->kind, call->text, reply, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, g_object_unref);
}

static void
bus_call_async (PrecisConnection *connection, PrecisCallKind kind, const char *text,
                const char *url, PrecisOptions *options, GCancellable *cancellable,
                GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (connection, cancellable, callback, user_data);
  Call *call = g_new0 (Call, 1);

  call->kind = kind;
  call->text = g_strdup (text);
  call->url = g_strdup (url);
  call->options = g_variant_ref_sink (precis_options_to_variant (options));
  g_task_set_source_tag (task, bus_call_async);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);
  /* precisd goes on until the reply is ready (or this client leaves the
   * bus); the caller need not wait for it. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, run_call);
}

static PrecisResult *
bus_call_finish (PrecisConnection *connection, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, connection), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static GPtrArray *
bus_list_plugins (PrecisConnection *connection, GCancellable *cancellable, GError **error)
{
  PrecisBusConnection *self = PRECIS_BUS_CONNECTION (connection);
  g_autoptr (GVariant) reply = NULL, plugins = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  reply = precis_client_call (self->client, NULL, "ListPlugins", NULL, "(a(sssas))", error);
  if (reply == NULL)
    return NULL;
  plugins = g_variant_get_child_value (reply, 0);
  return precis_plugin_info_list_from_variant (plugins);
}

void
precis_bus_connection_set_timeout (PrecisConnection *connection, int timeout_ms)
{
  g_return_if_fail (PRECIS_IS_BUS_CONNECTION (connection));
  precis_client_set_timeout (PRECIS_BUS_CONNECTION (connection)->client, timeout_ms);
}

static void
precis_bus_connection_finalize (GObject *object)
{
  PrecisBusConnection *self = PRECIS_BUS_CONNECTION (object);

  g_clear_pointer (&self->client, precis_client_free);
  G_OBJECT_CLASS (precis_bus_connection_parent_class)->finalize (object);
}

static void
precis_bus_connection_class_init (PrecisBusConnectionClass *klass)
{
  PrecisConnectionClass *connection_class = PRECIS_CONNECTION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = precis_bus_connection_finalize;
  connection_class->call_async = bus_call_async;
  connection_class->call_finish = bus_call_finish;
  connection_class->list_plugins = bus_list_plugins;
}

static void
precis_bus_connection_init (PrecisBusConnection *self)
{
}

/**
 * precis_connection_new_bus:
 * @address: (nullable): the D-Bus address of the bus precisd is on, or
 *   %NULL for the session bus
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Sends every call to precisd (org.precis.Summarizer1), which D-Bus
 * activation starts if it isn't running.
 *
 * Returns: (transfer full): a new connection, or %NULL with @error set
 */
PrecisConnection *
precis_connection_new_bus (const char *address, GCancellable *cancellable, GError **error)
{
  PrecisBusConnection *self;
  PrecisClient *client;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  client = precis_client_new (address, CALL_TIMEOUT_MS, error);
  if (client == NULL)
    return NULL;
  self = g_object_new (PRECIS_TYPE_BUS_CONNECTION, NULL);
  self->client = client;
  return PRECIS_CONNECTION (self);
}
