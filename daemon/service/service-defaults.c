/* service-defaults.c — default plugins and the D-Bus properties.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "dbus-send.h"
#include "errors.h"
#include "service-private.h"

/* The configured default if it is loaded, else lead, else any plugin that can. */
PrecisPlugin *
precis_service_default_plugin (PrecisService *service, PrecisCapabilities capability, GError **error)
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

PrecisPlugin *
precis_service_choose_plugin (PrecisService *service, const char *name, PrecisCapabilities capability,
               GError **error)
{
  if (name != NULL)
    return precis_host_lookup (service->host, name, capability, error);
  return precis_service_default_plugin (service, capability, error);
}

static const char *
default_name (PrecisService *service, PrecisCapabilities capability)
{
  g_autoptr (PrecisPlugin) plugin = precis_service_default_plugin (service, capability, NULL);
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
      precis_dbus_reply_error (service->connection, message, error);
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

  precis_dbus_send (service->connection, dbus_message_new_method_return (message));
  {
    GVariantBuilder changed;

    g_variant_builder_init (&changed, G_VARIANT_TYPE ("a{sv}"));
    g_variant_builder_add (&changed, "{sv}", name, g_variant_new_string (value));
    precis_dbus_emit_signal (service->connection, PRECIS_DBUS_PATH, DBUS_INTERFACE_PROPERTIES, "PropertiesChanged",
                 g_variant_new ("(sa{sv}as)", PRECIS_DBUS_INTERFACE, &changed, NULL));
  }
}
