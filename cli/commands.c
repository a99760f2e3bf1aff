/* commands.c — what the D-Bus subcommands share: connecting and output.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "commands.h"

#include <errno.h>
#include <gio/gio.h>
#include <stdio.h>

#include "call-options.h"
#include "precis-private.h"

PrecisClient *
precis_command_connect (const PrecisCliOptions *options, GError **error)
{
  return precis_client_new (options->address, options->timeout_ms, error);
}

PrecisConnection *
precis_command_open (const PrecisCliOptions *options, GError **error)
{
  PrecisConnection *connection = precis_connection_new_bus (options->address, NULL, error);

  /* The public API waits five minutes; the CLI says how long with --timeout. */
  if (connection != NULL)
    precis_bus_connection_set_timeout (connection, options->timeout_ms);
  return connection;
}

static const char *
lookup_string (const PrecisCliOptions *options, const char *key)
{
  const char *value = NULL;

  g_variant_dict_lookup (options->request, key, "&s", &value);
  return value;
}

PrecisOptions *
precis_command_call_options (const PrecisCliOptions *options)
{
  PrecisOptions *call = precis_options_new ();
  const char *order = lookup_string (options, "order");
  const char *published = lookup_string (options, "published");
  guint32 count;
  double ratio;

  /* The values were checked as they were parsed. */
  if (g_variant_dict_lookup (options->request, "sentences", "u", &count))
    precis_options_set_sentences (call, count);
  if (g_variant_dict_lookup (options->request, "max-chars", "u", &count))
    precis_options_set_max_chars (call, count);
  if (g_variant_dict_lookup (options->request, "ratio", "d", &ratio))
    precis_options_set_ratio (call, ratio);
  if (order != NULL)
    precis_options_set_order (call, g_str_equal (order, "score") ? PRECIS_ORDER_SCORE
                                                                 : PRECIS_ORDER_DOCUMENT);
  if (published != NULL)
    {
      /* As precisd reads it: a plain date is midday, local time. */
      g_autoptr(GDateTime) when = precis_parse_iso8601 (published);

      precis_options_set_published (call, when);
    }
  precis_options_set_plugin (call, lookup_string (options, "plugin"));
  precis_options_set_title (call, lookup_string (options, "title"));
  precis_options_set_language (call, lookup_string (options, "language"));
  precis_options_set_language_hint (call, lookup_string (options, "language-hint"));
  return call;
}

PrecisResult *
precis_command_result_new (GVariant *summary, GVariant *facts, GVariant *info)
{
  g_autoptr(GVariant) reply = g_variant_ref_sink (
    g_variant_new ("(@a(suud)@a(sssda(uu))@a{sv})", summary, facts, info));

  /* Of the right type, it cannot fail; no text: only UTF-16 offsets need it. */
  return precis_result_new_from_reply (PRECIS_CALL_KIND_ANALYZE, "", reply, NULL);
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
