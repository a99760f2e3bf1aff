/* commands.c — what the D-Bus subcommands share: connecting and output.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "commands.h"

#include <errno.h>
#include <gio/gio.h>
#include <stdio.h>

PrecisClient *
precis_command_connect (const PrecisCliOptions *options, GError **error)
{
  return precis_client_new (options->address, options->timeout_ms, error);
}

gboolean
precis_command_output (const char *text, GError **error)
{
  if (fputs (text, stdout) == EOF || fflush (stdout) == EOF)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "cannot write the output: %s", g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
precis_command_output_json (JsonNode *node, GError **error)
{
  g_autofree char *text = precis_json_to_string (node, TRUE);

  json_node_unref (node);
  return precis_command_output (text, error);
}

gboolean
precis_command_output_id (const PrecisCliOptions *options, GVariant *reply, GError **error)
{
  g_autoptr(GVariant) id = g_variant_get_child_value (reply, 0);
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;

  if (options->json)
    {
      g_autoptr(JsonObject) object = json_object_new ();
      JsonNode *node = json_node_new (JSON_NODE_OBJECT);

      json_object_set_member (object, "id", json_gvariant_serialize (id));
      json_node_set_object (node, object);
      return precis_command_output_json (node, error);
    }
  text = g_variant_is_of_type (id, G_VARIANT_TYPE_STRING) ? g_variant_dup_string (id, NULL)
                                                          : g_variant_print (id, FALSE);
  line = g_strconcat (text, "\n", NULL);
  return precis_command_output (line, error);
}
