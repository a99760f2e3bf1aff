/* dbus-send.c — replies, errors and signals on a libdbus connection.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "dbus-send.h"

#include "errors.h"
#include "marshal.h"

void
precis_dbus_send (DBusConnection *connection, DBusMessage *message)
{
  if (message == NULL)
    g_error ("out of memory");
  if (!dbus_connection_send (connection, message, NULL))
    g_warning ("could not queue a message: out of memory");
  dbus_message_unref (message);
}

void
precis_dbus_reply_error (DBusConnection *connection, DBusMessage *call, const GError *error)
{
  precis_dbus_reply_error_literal (connection, call, precis_error_to_dbus_name (error),
                                   error->message);
}

void
precis_dbus_reply_error_literal (DBusConnection *connection, DBusMessage *call, const char *name,
                                 const char *text)
{
  if (!dbus_message_get_no_reply (call))
    precis_dbus_send (connection, dbus_message_new_error (call, name, text));
}

/* The children of a tuple, one argument each. */
static void
append_arguments (DBusMessage *message, GVariant *args)
{
  g_autoptr (GError) error = NULL;

  /* Only a type D-Bus has no word for fails: a bug here, not a runtime state. */
  if (!precis_marshal_append_args (message, args, &error))
    g_error ("%s", error->message);
}

void
precis_dbus_reply_variant (DBusConnection *connection, DBusMessage *call, GVariant *value)
{
  DBusMessage *reply;

  if (dbus_message_get_no_reply (call))
    {
      g_variant_unref (g_variant_ref_sink (value));
      return;
    }
  reply = dbus_message_new_method_return (call);
  if (reply == NULL)
    g_error ("out of memory");
  append_arguments (reply, value);
  precis_dbus_send (connection, reply);
}

void
precis_dbus_emit_signal (DBusConnection *connection, const char *path, const char *interface,
                         const char *member, GVariant *args)
{
  DBusMessage *signal = dbus_message_new_signal (path, interface, member);

  if (signal == NULL)
    g_error ("out of memory");
  if (args != NULL)
    append_arguments (signal, args);
  precis_dbus_send (connection, signal);
}
