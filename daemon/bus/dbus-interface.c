/* dbus-interface.c — the interface XML as the source of truth.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * GIO's introspection parser only reads the XML here; the connection
 * itself is libdbus.
 */
#include "dbus-interface.h"
#include "precisd-resources.h"  /* referenced, so that a static link keeps the resource */

#include <string.h>

#define RESOURCE "/org/precis/dbus/org.precis.Summarizer1.xml"

/* libdbus answers Peer itself; Properties and Introspectable are ours. */
static const char standard_interfaces[] =
  "  <interface name=\"org.freedesktop.DBus.Introspectable\">\n"
  "    <method name=\"Introspect\"><arg name=\"xml_data\" type=\"s\" direction=\"out\"/></method>\n"
  "  </interface>\n"
  "  <interface name=\"org.freedesktop.DBus.Properties\">\n"
  "    <method name=\"Get\"><arg name=\"interface_name\" type=\"s\" direction=\"in\"/>"
  "<arg name=\"property_name\" type=\"s\" direction=\"in\"/><arg name=\"value\" type=\"v\" direction=\"out\"/></method>\n"
  "    <method name=\"GetAll\"><arg name=\"interface_name\" type=\"s\" direction=\"in\"/>"
  "<arg name=\"properties\" type=\"a{sv}\" direction=\"out\"/></method>\n"
  "    <method name=\"Set\"><arg name=\"interface_name\" type=\"s\" direction=\"in\"/>"
  "<arg name=\"property_name\" type=\"s\" direction=\"in\"/><arg name=\"value\" type=\"v\" direction=\"in\"/></method>\n"
  "    <signal name=\"PropertiesChanged\"><arg name=\"interface_name\" type=\"s\"/>"
  "<arg name=\"changed_properties\" type=\"a{sv}\"/><arg name=\"invalidated_properties\" type=\"as\"/></signal>\n"
  "  </interface>\n"
  "  <interface name=\"org.freedesktop.DBus.Peer\">\n"
  "    <method name=\"Ping\"/>\n"
  "    <method name=\"GetMachineId\"><arg name=\"machine_uuid\" type=\"s\" direction=\"out\"/></method>\n"
  "  </interface>\n";

static const char doctype[] =
  "<!DOCTYPE node PUBLIC \"-//freedesktop//DTD D-BUS Object Introspection 1.0//EN\"\n"
  " \"http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd\">\n";

struct _PrecisDBusInterface {
  GDBusNodeInfo *node;
  GDBusInterfaceInfo *info;
  GHashTable *in_signatures;   /* method name → signature */
  char *object_xml;            /* the <node> for PRECIS_DBUS_PATH */
};

PrecisDBusInterface *
precis_dbus_interface_new (GError **error)
{
  g_autoptr (GBytes) bytes = g_resource_lookup_data (precisd_get_resource (), RESOURCE, 0, error);
  g_autoptr (GString) xml = NULL;
  PrecisDBusInterface *iface;
  const char *text, *body, *end;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, NULL);

  iface = g_new0 (PrecisDBusInterface, 1);
  iface->in_signatures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  iface->node = g_dbus_node_info_new_for_xml (text, error);
  if (iface->node == NULL ||
      (iface->info = g_dbus_node_info_lookup_interface (iface->node, PRECIS_DBUS_INTERFACE)) == NULL)
    {
      if (iface->node != NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     "%s has no interface %s", RESOURCE, PRECIS_DBUS_INTERFACE);
      precis_dbus_interface_free (iface);
      return NULL;
    }

  for (GDBusMethodInfo **m = iface->info->methods; m && *m; m++)
    {
      GString *signature = g_string_new (NULL);

      for (GDBusArgInfo **a = (*m)->in_args; a && *a; a++)
        g_string_append (signature, (*a)->signature);
      g_hash_table_insert (iface->in_signatures, g_strdup ((*m)->name),
                           g_string_free (signature, FALSE));
    }

  /* Our interface as written in the file (with its comments), then the standard ones. */
  body = strstr (text, "<interface");
  end = g_strrstr (text, "</node>");
  xml = g_string_new (doctype);
  g_string_append (xml, "<node>\n  ");
  if (body != NULL && end != NULL && end > body)
    g_string_append_len (xml, body, end - body);
  g_string_append (xml, standard_interfaces);
  g_string_append (xml, "</node>\n");
  iface->object_xml = g_string_free (g_steal_pointer (&xml), FALSE);
  return iface;
}

void
precis_dbus_interface_free (PrecisDBusInterface *iface)
{
  if (iface == NULL)
    return;
  g_clear_pointer (&iface->node, g_dbus_node_info_unref);
  g_hash_table_unref (iface->in_signatures);
  g_free (iface->object_xml);
  g_free (iface);
}

const char *
precis_dbus_interface_in_signature (PrecisDBusInterface *iface, const char *method)
{
  return g_hash_table_lookup (iface->in_signatures, method);
}

const char *
precis_dbus_interface_property_type (PrecisDBusInterface *iface, const char *name,
                                     gboolean *writable)
{
  GDBusPropertyInfo *property = g_dbus_interface_info_lookup_property (iface->info, name);

  if (property == NULL)
    return NULL;
  if (writable != NULL)
    *writable = (property->flags & G_DBUS_PROPERTY_INFO_FLAGS_WRITABLE) != 0;
  return property->signature;
}

char *
precis_dbus_interface_introspect (PrecisDBusInterface *iface, const char *path)
{
  size_t length = strlen (path);
  const char *child;

  if (strcmp (path, PRECIS_DBUS_PATH) == 0)
    return g_strdup (iface->object_xml);

  /* A node on the way down ("/", "/org", "/org/precis") names its one child,
   * so that tree-walking tools (d-feet, busctl tree) find the object. */
  if (strcmp (path, "/") == 0)
    length = 0;
  if (strncmp (PRECIS_DBUS_PATH, path, length) != 0 || PRECIS_DBUS_PATH[length] != '/')
    return g_strdup_printf ("%s<node/>\n", doctype);
  child = PRECIS_DBUS_PATH + length + 1;
  return g_strdup_printf ("%s<node>\n  <node name=\"%.*s\"/>\n</node>\n", doctype,
                          (int) strcspn (child, "/"), child);
}
