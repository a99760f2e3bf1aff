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
#include <unistd.h>

#include "dbus-send.h"
#include "errors.h"
#include "feed-methods.h"
#include "service-private.h"

/* --- plugins -------------------------------------------------------------- */

static void
plugins_changed (gpointer user_data)
{
  PrecisService *service = user_data;

  precis_dbus_emit_signal (service->connection, PRECIS_DBUS_PATH, PRECIS_DBUS_INTERFACE, "PluginsChanged", NULL);
}

/* --- feeds ---------------------------------------------------------------------- */

static void
send_feed_reply (PrecisService *service, DBusMessage *message, DBusMessage *reply)
{
  if (dbus_message_get_no_reply (message))
    dbus_message_unref (reply);
  else
    precis_dbus_send (service->connection, reply);
}

/* The app a caller's feeds belong to, or NULL (with an AccessDenied reply
 * sent) when precisd cannot tell: such a caller must not see the host's. */
static const char *
feed_owner (PrecisService *service, const PrecisCaller *caller, DBusMessage *message)
{
  if (caller->kind == PRECIS_CALLER_UNKNOWN || (precis_caller_is_sandboxed (caller) && *caller->app_id == '\0'))
    {
      precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_ACCESS_DENIED,
                                       "precisd cannot tell which app is calling (no process id "
                                       "or app id from the bus), so it keeps no feeds for it");
      return NULL;
    }
  return caller->app_id;
}

static void
handle_subscribe (PrecisService *service, const PrecisCaller *caller, DBusMessage *message)
{
  const char *owner = feed_owner (service, caller, message);

  if (owner != NULL)
    precis_feed_methods_subscribe (service->feeds, service->connection, message, owner);
}

static void
handle_unsubscribe (PrecisService *service, const PrecisCaller *caller, DBusMessage *message)
{
  const char *owner = feed_owner (service, caller, message);

  if (owner == NULL)
    return;
  send_feed_reply (service, message,
                   precis_feed_methods_unsubscribe (service->feeds, message, owner,
                                                    !precis_caller_is_sandboxed (caller)));
  precis_service_idle_reset (service);  /* the last feed gone, precisd may idle out again */
}

static void
handle_list_feeds (PrecisService *service, const PrecisCaller *caller, DBusMessage *message)
{
  const char *owner = feed_owner (service, caller, message);

  if (owner != NULL)
    send_feed_reply (service, message,
                     precis_feed_methods_list (service->feeds, message, owner,
                                               !precis_caller_is_sandboxed (caller)));
}

static gboolean
append_plugin (DBusMessageIter *array, PrecisPlugin *plugin)
{
  const PrecisPluginDescriptor *d = precis_plugin_get_descriptor (plugin);
  const char *summarize = "summarize", *facts = "facts", *quarantined = "quarantined";
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
         /* A state, not a capability, in the same list: a(sssas) stays as it
          * is, and clients that look for the words they know ignore it. */
         (!precis_plugin_is_quarantined (plugin) ||
          dbus_message_iter_append_basic (&caps, DBUS_TYPE_STRING, &quarantined)) &&
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
  precis_dbus_send (service->connection, reply);
}

typedef struct {
  PrecisService *service;
  DBusMessage *message;
} Reload;

static void
reload_free (gpointer data)
{
  Reload *reload = data;

  dbus_message_unref (reload->message);
  g_free (reload);
}

static void
reloaded (gpointer data)
{
  Reload *reload = data;

  precis_dbus_send (reload->service->connection, dbus_message_new_method_return (reload->message));
}

static void
handle_reload_plugins (PrecisService *service, DBusMessage *message)
{
  Reload *reload = g_new (Reload, 1);

  if (precis_host_rescan (service->host))
    plugins_changed (service);
  /* With workers, new files are loaded by a probe first (the watch emits
   * PluginsChanged when it is done): the reply says they are listed. */
  reload->service = service;
  reload->message = dbus_message_ref (message);
  precis_host_when_settled (service->host, reloaded, reload, reload_free);
}

/* --- dispatch --------------------------------------------------------------- */

static void handle_summarize (PrecisService *s, DBusMessage *m) { precis_service_handle_text_call (s, m, CALL_SUMMARIZE); }
static void handle_extract_facts (PrecisService *s, DBusMessage *m) { precis_service_handle_text_call (s, m, CALL_EXTRACT_FACTS); }
static void handle_analyze (PrecisService *s, DBusMessage *m) { precis_service_handle_text_call (s, m, CALL_ANALYZE); }

/* Who may call a method. */
typedef enum {
  ANYONE,
  HOST_ONLY,    /* changes what every app gets: not for sandboxed callers */
} Access;

typedef struct {
  const char *interface;
  const char *name;
  const char *signature;   /* NULL: take it from the interface XML */
  Access access;
  void (*handle) (PrecisService *service, DBusMessage *message);
  /* Instead of `handle`, for methods whose answer depends on the caller. */
  void (*handle_caller) (PrecisService *service, const PrecisCaller *caller, DBusMessage *message);
} Method;

static const Method methods[] = {
  { PRECIS_DBUS_INTERFACE, "Summarize", NULL, ANYONE, handle_summarize, NULL },
  { PRECIS_DBUS_INTERFACE, "ExtractFacts", NULL, ANYONE, handle_extract_facts, NULL },
  { PRECIS_DBUS_INTERFACE, "Analyze", NULL, ANYONE, handle_analyze, NULL },
  { PRECIS_DBUS_INTERFACE, "AnalyzeUrl", NULL, ANYONE, precis_service_handle_analyze_url, NULL },
  { PRECIS_DBUS_INTERFACE, "NotifySummary", NULL, ANYONE, precis_service_handle_notify_summary, NULL },
  { PRECIS_DBUS_INTERFACE, "Subscribe", NULL, ANYONE, NULL, handle_subscribe },
  { PRECIS_DBUS_INTERFACE, "Unsubscribe", NULL, ANYONE, NULL, handle_unsubscribe },
  { PRECIS_DBUS_INTERFACE, "ListFeeds", NULL, ANYONE, NULL, handle_list_feeds },
  { PRECIS_DBUS_INTERFACE, "ListPlugins", NULL, ANYONE, handle_list_plugins, NULL },
  { PRECIS_DBUS_INTERFACE, "ReloadPlugins", NULL, HOST_ONLY, handle_reload_plugins, NULL },
  { DBUS_INTERFACE_PROPERTIES, "Get", "ss", ANYONE, precis_service_handle_get, NULL },
  { DBUS_INTERFACE_PROPERTIES, "GetAll", "s", ANYONE, precis_service_handle_get_all, NULL },
  { DBUS_INTERFACE_PROPERTIES, "Set", "ssv", HOST_ONLY, precis_service_handle_set, NULL },
};

static void
reply_access_denied (PrecisService *service, const PrecisCaller *caller, DBusMessage *message)
{
  gboolean set = dbus_message_is_method_call (message, DBUS_INTERFACE_PROPERTIES, "Set");
  g_autofree char *text =
    g_strdup_printf ("%s changes precisd for every app, so a sandboxed app (%s, %s) may not do "
                     "it; choose a plugin per call with the option “plugin”, or ask the user to "
                     "run `precis use NAME` or `precis reload`",
                     set ? "Setting a default plugin" : "ReloadPlugins",
                     *caller->app_id != '\0' ? caller->app_id : "unidentified",
                     precis_caller_kind_name (caller->kind));

  g_message ("denied %s to %s", dbus_message_get_member (message), caller->name);
  precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_ACCESS_DENIED, text);
}

static void
handle_introspect (PrecisService *service, DBusMessage *message)
{
  g_autofree char *xml = precis_dbus_interface_introspect (service->iface,
                                                           dbus_message_get_path (message));
  DBusMessage *reply = dbus_message_new_method_return (message);

  if (reply == NULL || !dbus_message_append_args (reply, DBUS_TYPE_STRING, &xml, DBUS_TYPE_INVALID))
    g_error ("out of memory");
  precis_dbus_send (service->connection, reply);
}

/* A call whose sender is identified (precis_callers_dispatch). */
static void
dispatch_call (const PrecisCaller *caller, DBusMessage *message, gpointer user_data)
{
  PrecisService *service = user_data;
  const char *interface = dbus_message_get_interface (message);
  const char *member = dbus_message_get_member (message);
  const char *path = dbus_message_get_path (message);

  precis_service_idle_reset (service);
  /* An app that calls is back: its feeds poll again if they had paused. */
  if (service->feeds != NULL && precis_caller_is_sandboxed (caller))
    precis_feed_poller_owner_seen (service->feeds, caller->app_id);
  if (g_strcmp0 (interface, DBUS_INTERFACE_INTROSPECTABLE) == 0 && g_strcmp0 (member, "Introspect") == 0)
    {
      handle_introspect (service, message);
      return;
    }
  if (g_strcmp0 (path, PRECIS_DBUS_PATH) != 0)
    {
      precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_UNKNOWN_OBJECT,
                           "precisd has one object, " PRECIS_DBUS_PATH);
      return;
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

          precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_INVALID_ARGS, text);
          return;
        }
      if (m->access == HOST_ONLY && precis_caller_is_sandboxed (caller))
        reply_access_denied (service, caller, message);
      else if (m->handle_caller != NULL)
        m->handle_caller (service, caller, message);
      else
        m->handle (service, message);
      return;
    }

  {
    g_autofree char *text = g_strdup_printf ("no method %s.%s; see Introspect",
                                             interface ? interface : "(any)", member);

    precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_UNKNOWN_METHOD, text);
  }
}

static DBusHandlerResult
on_message (DBusConnection *connection, DBusMessage *message, void *user_data)
{
  PrecisService *service = user_data;

  if (dbus_message_get_type (message) != DBUS_MESSAGE_TYPE_METHOD_CALL)
    return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
  precis_callers_dispatch (service->callers, message);
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

      if (!dbus_message_get_args (message, NULL, DBUS_TYPE_STRING, &name, DBUS_TYPE_STRING, &old_owner,
                                  DBUS_TYPE_STRING, &new_owner, DBUS_TYPE_INVALID) ||
          *new_owner != '\0')
        return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
      precis_callers_forget (service->callers, name);
      if ((client = g_hash_table_lookup (service->clients, name)) != NULL)
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
precis_service_new (DBusConnection *connection, PrecisEngine *engine,
                    guint idle_timeout_s, GSourceFunc quit, gpointer quit_data, GError **error)
{
  PrecisService *service;

  service = g_new0 (PrecisService, 1);
  service->iface = precis_dbus_interface_new (error);
  if (service->iface == NULL)
    {
      g_free (service);
      return NULL;
    }
  service->connection = dbus_connection_ref (connection);
  service->engine = engine;
  service->host = precis_engine_get_host (engine);
  service->settings = precis_engine_get_settings (engine);
  service->idle_timeout_s = idle_timeout_s;
  service->quit = quit;
  service->quit_data = quit_data;
  service->clients = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) precis_service_client_free);
  service->identities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  service->notifier = precis_notifier_new (connection);
  precis_notifier_set_idle_func (service->notifier, precis_service_notifications_changed, service);
  service->callers = precis_callers_new (connection, dispatch_call, service);
  service->feeds = precis_feed_poller_new (connection, service->notifier, engine);
  precis_service_apply_feed_settings (service);

  precis_engine_watch (engine, G_CALLBACK (plugins_changed), service);
  dbus_bus_add_match (connection,
                      "type='signal',sender='" DBUS_SERVICE_DBUS "',interface='" DBUS_INTERFACE_DBUS
                      "',member='NameOwnerChanged',arg2=''", NULL);
  dbus_connection_add_filter (connection, on_filter, service, NULL);
  if (!dbus_connection_register_fallback (connection, "/", &vtable, service))
    g_error ("out of memory");
  precis_service_watch_settings (service);
  precis_service_idle_reset (service);
  return service;
}

/* A plugin stuck in a loop never sees the cancellable, and waiting for its
 * thread would keep precisd from ever exiting: past this, it exits anyway. */
#define SHUTDOWN_GRACE_SECONDS 5

static gpointer
shutdown_watchdog (gpointer data)
{
  g_usleep (SHUTDOWN_GRACE_SECONDS * G_USEC_PER_SEC);
  g_warning ("calls still running %d s after the stop (a plugin ignoring cancellation); "
             "exiting without them", SHUTDOWN_GRACE_SECONDS);
  _exit (0);
  return NULL;
}

void
precis_service_free (PrecisService *service)
{
  if (service == NULL)
    return;
  if (service->in_flight > 0 || (service->feeds != NULL && precis_feed_poller_is_busy (service->feeds)))
    g_thread_unref (g_thread_new ("shutdown-watchdog", shutdown_watchdog, NULL));
  dbus_connection_unregister_object_path (service->connection, "/");
  dbus_connection_remove_filter (service->connection, on_filter, service);
  precis_service_unwatch_settings (service);
  /* Cancel what runs, wait for it, and let its completions land. */
  {
    GHashTableIter it;
    Client *client;

    g_hash_table_iter_init (&it, service->clients);
    while (g_hash_table_iter_next (&it, NULL, (gpointer *) &client))
      g_cancellable_cancel (client->cancellable);
  }
  g_clear_pointer (&service->feeds, precis_feed_poller_free);
  g_clear_pointer (&service->callers, precis_callers_free);
  /* Answers NotifySummary calls still waiting for the server. */
  g_clear_pointer (&service->notifier, precis_notifier_free);
  while (service->in_flight > 0)
    g_main_context_iteration (NULL, TRUE);
  g_clear_handle_id (&service->idle_source, g_source_remove);
  g_hash_table_unref (service->clients);
  g_hash_table_unref (service->identities);
  /* Waits for the calls still on its workers. */
  precis_engine_free (service->engine);
  precis_dbus_interface_free (service->iface);
  dbus_connection_unref (service->connection);
  g_free (service);
}
