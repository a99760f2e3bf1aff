/* bench-bus.c — connections and calls for the D-Bus benchmarks.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "bench-bus.h"

#include <stdio.h>
#include <stdlib.h>

void
bench_bus_use_build_plugins (void)
{
  g_autofree char *path = NULL;

  if (g_getenv ("PRECIS_TEST_PLUGIN_PATH") != NULL)
    return;
  path = g_strjoin (":", PRECIS_BUILD_ROOT "/plugins/lead", PRECIS_BUILD_ROOT "/plugins/facts",
                    PRECIS_BUILD_ROOT "/plugins/textrank", PRECIS_BUILD_ROOT "/plugins/newsrank",
                    PRECIS_BUILD_ROOT "/plugins/ots", NULL);
  g_setenv ("PRECIS_TEST_PLUGIN_PATH", path, TRUE);
  if (g_getenv ("PRECIS_DATA_DIR") == NULL)
    g_setenv ("PRECIS_DATA_DIR", PRECIS_SOURCE_ROOT "/data", TRUE);
}

DBusConnection *
bench_bus_connect (const char *address)
{
  DBusError error = DBUS_ERROR_INIT;
  DBusConnection *connection = dbus_connection_open_private (address, &error);

  if (connection == NULL || !dbus_bus_register (connection, &error))
    {
      fprintf (stderr, "connect %s: %s\n", address, error.message);
      exit (1);
    }
  dbus_connection_set_exit_on_disconnect (connection, FALSE);
  return connection;
}

void
bench_bus_disconnect (DBusConnection *connection)
{
  dbus_connection_close (connection);
  dbus_connection_unref (connection);
}

DBusMessage *
bench_bus_text_call (const char *member, const char *text, const char *plugin, guint32 sentences)
{
  DBusMessage *call = dbus_message_new_method_call ("org.precis.Summarizer1",
                                                    "/org/precis/Summarizer1",
                                                    "org.precis.Summarizer1", member);
  DBusMessageIter iter, dict, entry, variant;

  dbus_message_iter_init_append (call, &iter);
  dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &text);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict);
  if (plugin != NULL)
    {
      const char *key = "plugin";

      dbus_message_iter_open_container (&dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry);
      dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &key);
      dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, "s", &variant);
      dbus_message_iter_append_basic (&variant, DBUS_TYPE_STRING, &plugin);
      dbus_message_iter_close_container (&entry, &variant);
      dbus_message_iter_close_container (&dict, &entry);
    }
  if (sentences > 0)
    {
      const char *key = "sentences";

      dbus_message_iter_open_container (&dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry);
      dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &key);
      dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, "u", &variant);
      dbus_message_iter_append_basic (&variant, DBUS_TYPE_UINT32, &sentences);
      dbus_message_iter_close_container (&entry, &variant);
      dbus_message_iter_close_container (&dict, &entry);
    }
  dbus_message_iter_close_container (&iter, &dict);
  return call;
}
