/* commands-plugins.c — plugins, use, reload and version: the daemon itself.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "commands.h"

#define PLUGINS_TYPE "(a(sssas))"

/* A default that cannot be read (say, an older precisd) only loses the
 * '*' marks, not the list. */
static char *
get_string_property (PrecisClient *client, const char *name)
{
  g_autoptr(GVariant) value = precis_client_get_property (client, name, NULL);

  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return NULL;
  return g_variant_dup_string (value, NULL);
}

gboolean
precis_command_plugins (PrecisCliOptions *options, GError **error)
{
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) plugins = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *summarizer = NULL;
  g_autofree char *extractor = NULL;

  if ((client = precis_command_connect (options, error)) == NULL ||
      (reply = precis_client_call (client, NULL, "ListPlugins", NULL, PLUGINS_TYPE, error)) == NULL)
    return FALSE;
  plugins = g_variant_get_child_value (reply, 0);
  summarizer = get_string_property (client, "DefaultSummarizer");
  extractor = get_string_property (client, "DefaultFactExtractor");
  if (options->json)
    return precis_command_output_json (precis_json_plugins (plugins, summarizer, extractor), error);
  precis_print_plugins (out, plugins, summarizer, extractor);
  return precis_command_output (out->str, error);
}

static gboolean
has_capability (const char *const *capabilities, const char *prefix)
{
  for (gsize i = 0; capabilities[i] != NULL; i++)
    if (g_str_has_prefix (capabilities[i], prefix))
      return TRUE;
  return FALSE;
}

/* The capabilities of plugin `name`, or NULL when precisd has none so named. */
static GStrv
find_capabilities (GVariant *plugins, const char *name)
{
  GVariantIter iter;
  const char *plugin_name;
  GStrv capabilities;

  g_variant_iter_init (&iter, plugins);
  while (g_variant_iter_next (&iter, "(&s&s&s^as)", &plugin_name, NULL, NULL, &capabilities))
    {
      if (g_str_equal (plugin_name, name))
        return capabilities;
      g_strfreev (capabilities);
    }
  return NULL;
}

gboolean
precis_command_use (PrecisCliOptions *options, GError **error)
{
  const char *name = options->args[0];
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) plugins = NULL;
  g_auto(GStrv) capabilities = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  static const struct {
    const char *capability, *property, *role;
  } roles[] = {
    { "summar", "DefaultSummarizer", "summarizer" },
    { "fact", "DefaultFactExtractor", "fact extractor" },
  };

  if ((client = precis_command_connect (options, error)) == NULL ||
      (reply = precis_client_call (client, NULL, "ListPlugins", NULL, PLUGINS_TYPE, error)) == NULL)
    return FALSE;
  plugins = g_variant_get_child_value (reply, 0);
  capabilities = find_capabilities (plugins, name);
  if (capabilities == NULL)
    {
      g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_REMOTE,
                   "precisd has no plugin named ‘%s’; ‘precis plugins’ lists those it has", name);
      return FALSE;
    }

  /* A plugin that both summarizes and extracts facts becomes the default
   * for both, as `use` names a plugin, not a role. */
  for (gsize i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      if (!has_capability ((const char *const *) capabilities, roles[i].capability))
        continue;
      if (!precis_client_set_property (client, roles[i].property, g_variant_new_string (name), error))
        return FALSE;
      g_string_append_printf (out, "%s is now the default %s\n", name, roles[i].role);
    }
  if (out->len == 0)
    {
      g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_REMOTE,
                   "plugin ‘%s’ neither summarizes nor extracts facts", name);
      return FALSE;
    }
  return precis_command_output (out->str, error);
}

gboolean
precis_command_reload (PrecisCliOptions *options, GError **error)
{
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;

  return (client = precis_command_connect (options, error)) != NULL &&
         (reply = precis_client_call (client, NULL, "ReloadPlugins", NULL, "()", error)) != NULL;
}

gboolean
precis_command_version (PrecisCliOptions *options, GError **error)
{
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) version = NULL;
  g_autofree char *out = NULL;

  /* The client's own version is worth printing even with no daemon. */
  if (!options->json && !precis_command_output ("precis " PRECIS_VERSION "\n", error))
    return FALSE;
  if ((client = precis_command_connect (options, error)) == NULL ||
      (version = precis_client_get_property (client, "Version", error)) == NULL)
    return FALSE;
  if (!g_variant_is_of_type (version, G_VARIANT_TYPE_STRING))
    {
      g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_BAD_REPLY,
                   "precisd's Version is a %s, not a string", g_variant_get_type_string (version));
      return FALSE;
    }
  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "precis");
      json_builder_add_string_value (builder, PRECIS_VERSION);
      json_builder_set_member_name (builder, "precisd");
      json_builder_add_string_value (builder, g_variant_get_string (version, NULL));
      json_builder_end_object (builder);
      return precis_command_output_json (json_builder_get_root (builder), error);
    }
  out = g_strdup_printf ("precisd %s\n", g_variant_get_string (version, NULL));
  return precis_command_output (out, error);
}
