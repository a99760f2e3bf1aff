/* service-defaults.c — default plugins and the D-Bus properties.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "dbus-send.h"
#include "errors.h"
#include "service-private.h"

static const char *
default_name (PrecisService *service, PrecisCapabilities capability)
{
  g_autoptr (PrecisPlugin) plugin = precis_engine_default_plugin (service->engine, capability, NULL);
  static char name[80];

  /* Main thread only: a static buffer is enough for a property value. */
  g_strlcpy (name, plugin != NULL ? precis_plugin_get_name (plugin) : "", sizeof name);
  return name;
}


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

static gboolean
known_interface (const char *interface)
{
  return strcmp (interface, PRECIS_DBUS_INTERFACE) == 0;
}

void
precis_service_handle_get (PrecisService *service, DBusMessage *message)
{
  const char *interface, *name;
  GVariant *value;

  dbus_message_get_args (message, NULL, DBUS_TYPE_STRING, &interface,
                         DBUS_TYPE_STRING, &name, DBUS_TYPE_INVALID);
  if (!known_interface (interface) || (value = property_value (service, name)) == NULL)
    {
      g_autofree char *text = g_strdup_printf ("no property %s.%s", interface, name);

      precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_UNKNOWN_PROPERTY, text);
      return;
    }
  precis_dbus_reply_variant (service->connection, message, g_variant_new ("(v)", value));
}

void
precis_service_handle_get_all (PrecisService *service, DBusMessage *message)
{
  const char *interface;
  GVariantBuilder all;

  dbus_message_get_args (message, NULL, DBUS_TYPE_STRING, &interface, DBUS_TYPE_INVALID);
  g_variant_builder_init (&all, G_VARIANT_TYPE ("a{sv}"));
  if (known_interface (interface))
    for (const char *const *p = (const char *const[]) { "DefaultSummarizer", "DefaultFactExtractor",
                                                        "Version", NULL }; *p; p++)
      g_variant_builder_add (&all, "{sv}", *p, property_value (service, *p));
  precis_dbus_reply_variant (service->connection, message,
                             g_variant_new ("(@a{sv})", g_variant_builder_end (&all)));
}

void
precis_service_handle_set (PrecisService *service, DBusMessage *message)
{
  g_autoptr (GError) error = NULL;
  const char *interface, *name, *type, *value;
  DBusMessageIter iter, variant;
  PrecisCapabilities capability;
  gboolean writable = FALSE;

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

      precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_UNKNOWN_PROPERTY, text);
      return;
    }
  if (!writable)
    {
      g_autofree char *text = g_strdup_printf ("%s is read-only", name);

      precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_PROPERTY_READ_ONLY, text);
      return;
    }
  if (dbus_message_iter_get_arg_type (&variant) != DBUS_TYPE_STRING)
    {
      g_autofree char *text = g_strdup_printf ("%s takes a string, the name of a plugin", name);

      precis_dbus_reply_error_literal (service->connection, message, DBUS_ERROR_INVALID_ARGS, text);
      return;
    }
  dbus_message_iter_get_basic (&variant, &value);

  capability = strcmp (name, "DefaultSummarizer") == 0 ? PRECIS_CAPABILITY_SUMMARIZE
                                                       : PRECIS_CAPABILITY_FACTS;
  if (!precis_engine_set_default_plugin (service->engine, capability, value, &error))
    {
      precis_dbus_reply_error (service->connection, message, error);
      return;
    }

  precis_dbus_send (service->connection, dbus_message_new_method_return (message));
  {
    GVariantBuilder changed;

    g_variant_builder_init (&changed, G_VARIANT_TYPE ("a{sv}"));
    g_variant_builder_add (&changed, "{sv}", name, g_variant_new_string (value));
    precis_dbus_emit_signal (service->connection, PRECIS_DBUS_PATH, DBUS_INTERFACE_PROPERTIES, "PropertiesChanged",
                 g_variant_new ("(sa{sv}as)", PRECIS_DBUS_INTERFACE, &changed, NULL));
  }
}
