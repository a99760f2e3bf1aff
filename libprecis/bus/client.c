/* client.c — a connection to precisd over libdbus, for the CLI and the
 * bus back end of PrecisConnection.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "client.h"

#include <dbus/dbus.h>

#include "errors.h"
#include "marshal.h"

struct _PrecisClient {
  DBusConnection *connection;
  int timeout_ms;
};

G_DEFINE_QUARK (precis-client-error-quark, precis_client_error)

static const char start_hint[] =
  "start it with ‘precisd &’ (or ‘systemctl --user start precisd’), "
  "or pass --address for the bus it runs on";

/* An error from the bus or precisd, as a sentence ending in its D-Bus name. */
static void
set_call_error (GError **error, const DBusError *e, const char *method, int timeout_ms)
{
  PrecisError code;

  if (dbus_error_has_name (e, DBUS_ERROR_SERVICE_UNKNOWN) ||
      dbus_error_has_name (e, DBUS_ERROR_NAME_HAS_NO_OWNER))
    g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_NOT_RUNNING,
                 "precisd is not running and cannot be activated: is precis installed? %s (%s)",
                 start_hint, e->name);
  else if (g_str_has_prefix (e->name, "org.freedesktop.DBus.Error.Spawn."))
    g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_NOT_RUNNING,
                 "precisd could not be started by D-Bus activation: %s (%s)", e->message, e->name);
  else if (dbus_error_has_name (e, DBUS_ERROR_NO_REPLY) ||
           dbus_error_has_name (e, DBUS_ERROR_TIMEOUT))
    g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_REMOTE,
                 "precisd did not answer %s within %g s; allow more with --timeout (%s)",
                 method, timeout_ms / 1000.0, e->name);
  else if (dbus_error_has_name (e, DBUS_ERROR_DISCONNECTED))
    g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_REMOTE,
                 "the connection to the bus was lost during %s (%s)", method, e->name);
  else if (precis_error_from_dbus_name (e->name, &code))
    g_set_error (error, PRECIS_ERROR, code, "%s (%s)", e->message, e->name);
  else
    g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_REMOTE,
                 "%s (%s)", e->message, e->name);
}

static DBusConnection *
connect_to (const char *address, GError **error)
{
  DBusConnection *connection;
  DBusError e = DBUS_ERROR_INIT;

  if (address == NULL)
    {
      connection = dbus_bus_get_private (DBUS_BUS_SESSION, &e);
      if (connection == NULL)
        {
          g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_NO_BUS,
                       "no D-Bus session bus: is DBUS_SESSION_BUS_ADDRESS set? "
                       "Run precis inside a desktop session, or pass --address (%s: %s)",
                       e.name, e.message);
          dbus_error_free (&e);
        }
      return connection;
    }

  connection = dbus_connection_open_private (address, &e);
  if (connection != NULL && !dbus_bus_register (connection, &e))
    {
      dbus_connection_close (connection);
      dbus_connection_unref (connection);
      connection = NULL;
    }
  if (connection == NULL)
    {
      g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_NO_BUS,
                   "cannot connect to the bus at ‘%s’: %s (%s)", address, e.message, e.name);
      dbus_error_free (&e);
    }
  return connection;
}

PrecisClient *
precis_client_new (const char *address, int timeout_ms, GError **error)
{
  DBusConnection *connection = connect_to (address, error);
  PrecisClient *client;

  if (connection == NULL)
    return NULL;
  /* A CLI reports a lost bus as an error; libdbus' default is _exit(1). */
  dbus_connection_set_exit_on_disconnect (connection, FALSE);
  client = g_new0 (PrecisClient, 1);
  client->connection = connection;
  client->timeout_ms = timeout_ms;
  return client;
}

void
precis_client_set_timeout (PrecisClient *client, int timeout_ms)
{
  client->timeout_ms = timeout_ms;
}

void
precis_client_free (PrecisClient *client)
{
  if (client == NULL)
    return;
  dbus_connection_close (client->connection);
  dbus_connection_unref (client->connection);
  g_free (client);
}

GVariant *
precis_client_call (PrecisClient *client, const char *interface, const char *method,
                    GVariant *args, const char *reply_type, GError **error)
{
  g_autoptr(GVariant) owned = args != NULL ? g_variant_ref_sink (args) : NULL;
  g_autoptr(GVariant) result = NULL;
  DBusMessage *message, *reply;
  DBusError e = DBUS_ERROR_INIT;

  g_return_val_if_fail (client != NULL, NULL);

  message = dbus_message_new_method_call (PRECIS_BUS_NAME, PRECIS_OBJECT_PATH,
                                          interface != NULL ? interface : PRECIS_INTERFACE,
                                          method);
  if (message == NULL)
    g_error ("precis: out of memory");
  /* D-Bus activation starts precisd when it is installed but not running. */
  dbus_message_set_auto_start (message, TRUE);
  if (owned != NULL && !precis_marshal_append_args (message, owned, error))
    {
      dbus_message_unref (message);
      return NULL;
    }

  reply = dbus_connection_send_with_reply_and_block (client->connection, message,
                                                     client->timeout_ms, &e);
  dbus_message_unref (message);
  if (reply == NULL)
    {
      set_call_error (error, &e, method, client->timeout_ms);
      dbus_error_free (&e);
      return NULL;
    }
  result = precis_marshal_read_args (reply, error);
  dbus_message_unref (reply);
  if (result == NULL)
    return NULL;
  if (reply_type != NULL && !g_variant_is_of_type (result, G_VARIANT_TYPE (reply_type)))
    {
      g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_BAD_REPLY,
                   "precisd answered %s with %s where %s was expected: "
                   "is it a different version of precis?",
                   method, g_variant_get_type_string (result), reply_type);
      return NULL;
    }
  return g_steal_pointer (&result);
}

GVariant *
precis_client_get_property (PrecisClient *client, const char *name, GError **error)
{
  g_autoptr(GVariant) reply = NULL;
  GVariant *value;

  reply = precis_client_call (client, DBUS_INTERFACE_PROPERTIES, "Get",
                              g_variant_new ("(ss)", PRECIS_INTERFACE, name), "(v)", error);
  if (reply == NULL)
    return NULL;
  g_variant_get (reply, "(v)", &value);
  return value;
}

gboolean
precis_client_set_property (PrecisClient *client, const char *name, GVariant *value,
                            GError **error)
{
  g_autoptr(GVariant) reply = NULL;

  reply = precis_client_call (client, DBUS_INTERFACE_PROPERTIES, "Set",
                              g_variant_new ("(ssv)", PRECIS_INTERFACE, name, value), "()", error);
  return reply != NULL;
}

static gboolean
add_match (DBusConnection *connection, const char *rule, GError **error)
{
  DBusError e = DBUS_ERROR_INIT;

  dbus_bus_add_match (connection, rule, &e);
  if (dbus_error_is_set (&e))
    {
      g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_REMOTE,
                   "cannot subscribe to signals: %s (%s)", e.message, e.name);
      dbus_error_free (&e);
      return FALSE;
    }
  return TRUE;
}

/* Tell the person watching when precisd goes away or comes back: a silent
 * watch on a daemon that has gone looks the same as a quiet feed. */
static void
report_owner_change (DBusMessage *message)
{
  const char *name, *old_owner, *new_owner;

  if (!dbus_message_get_args (message, NULL, DBUS_TYPE_STRING, &name, DBUS_TYPE_STRING,
                              &old_owner, DBUS_TYPE_STRING, &new_owner, DBUS_TYPE_INVALID) ||
      g_strcmp0 (name, PRECIS_BUS_NAME) != 0)
    return;
  if (*new_owner == '\0')
    g_printerr ("precis: precisd left the bus; waiting for it to come back\n");
  else if (*old_owner == '\0')
    g_printerr ("precis: precisd is back\n");
}

/* Dispatch one incoming message; FALSE when watching should end. */
static gboolean
handle_message (DBusMessage *message, const char *member, const char *signature,
                PrecisSignalFunc func, gpointer user_data, gboolean *ok, GError **error)
{
  if (dbus_message_is_signal (message, DBUS_INTERFACE_LOCAL, "Disconnected"))
    {
      g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_NO_BUS,
                   "the bus closed the connection (%s)", DBUS_ERROR_DISCONNECTED);
      *ok = FALSE;
      return FALSE;
    }
  if (dbus_message_is_signal (message, DBUS_INTERFACE_DBUS, "NameOwnerChanged"))
    report_owner_change (message);
  else if (dbus_message_is_signal (message, PRECIS_INTERFACE, member) &&
           dbus_message_has_path (message, PRECIS_OBJECT_PATH) &&
           dbus_message_has_signature (message, signature))
    {
      g_autoptr(GVariant) args = precis_marshal_read_args (message, NULL);
      if (args != NULL && !func (args, user_data))
        return FALSE;
    }
  return TRUE;
}

gboolean
precis_client_add_signal_match (PrecisClient *client, const char *member, GError **error)
{
  g_autofree char *rule = NULL;
  g_autofree char *owner_rule = NULL;

  /* sender= a well-known name matches whoever owns it now, so the match
   * survives a restart of precisd. */
  rule = g_strdup_printf ("type='signal',sender='%s',path='%s',interface='%s',member='%s'",
                          PRECIS_BUS_NAME, PRECIS_OBJECT_PATH, PRECIS_INTERFACE, member);
  owner_rule = g_strdup_printf ("type='signal',sender='%s',interface='%s',"
                                "member='NameOwnerChanged',arg0='%s'",
                                DBUS_SERVICE_DBUS, DBUS_INTERFACE_DBUS, PRECIS_BUS_NAME);
  return add_match (client->connection, rule, error) &&
         add_match (client->connection, owner_rule, error);
}

gboolean
precis_client_watch (PrecisClient *client, const char *member, const char *signature,
                     PrecisSignalFunc func, gpointer user_data, GError **error)
{
  gboolean ok = TRUE;

  while (dbus_connection_read_write (client->connection, -1))
    {
      DBusMessage *message;
      while ((message = dbus_connection_pop_message (client->connection)) != NULL)
        {
          gboolean go_on = handle_message (message, member, signature, func, user_data, &ok,
                                           error);
          dbus_message_unref (message);
          if (!go_on)
            return ok;
        }
    }
  g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_NO_BUS,
               "the bus closed the connection (%s)", DBUS_ERROR_DISCONNECTED);
  return FALSE;
}
