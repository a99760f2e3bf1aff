/* precis-plugin-info.c — what ListPlugins says of one plugin.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "precis-private.h"

/**
 * PrecisPluginInfo:
 *
 * A plugin that precis can use: its name (what #PrecisOptions:plugin
 * takes), version, description and what it can do.
 */
struct _PrecisPluginInfo {
  gatomicrefcount ref;
  char *name, *version, *description;
  gboolean summarize, facts, quarantined;
};

G_DEFINE_BOXED_TYPE (PrecisPluginInfo, precis_plugin_info, precis_plugin_info_ref,
                     precis_plugin_info_unref)

PrecisPluginInfo *
precis_plugin_info_new (const char *name, const char *version, const char *description,
                        gboolean summarize, gboolean facts)
{
  PrecisPluginInfo *info = g_new0 (PrecisPluginInfo, 1);

  g_atomic_ref_count_init (&info->ref);
  info->name = g_strdup (name);
  info->version = g_strdup (version);
  info->description = g_strdup (description);
  info->summarize = summarize;
  info->facts = facts;
  return info;
}

GPtrArray *
precis_plugin_info_list_from_variant (GVariant *plugins)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_info_unref);
  g_autoptr (GVariantIter) capabilities = NULL;
  const char *name, *version, *description;
  GVariantIter iter;

  g_variant_iter_init (&iter, plugins);
  while (g_variant_iter_next (&iter, "(&s&s&sas)", &name, &version, &description, &capabilities))
    {
      gboolean summarize = FALSE, facts = FALSE, quarantined = FALSE;
      const char *capability;
      PrecisPluginInfo *info;

      while (g_variant_iter_next (capabilities, "&s", &capability))
        {
          summarize |= strcmp (capability, "summarize") == 0;
          facts |= strcmp (capability, "facts") == 0;
          quarantined |= strcmp (capability, "quarantined") == 0;
        }
      g_clear_pointer (&capabilities, g_variant_iter_free);
      info = precis_plugin_info_new (name, version, description, summarize, facts);
      info->quarantined = quarantined;
      g_ptr_array_add (list, info);
    }
  return list;
}

/**
 * precis_plugin_info_ref:
 * @info: a #PrecisPluginInfo
 *
 * Returns: (transfer full): @info
 */
PrecisPluginInfo *
precis_plugin_info_ref (PrecisPluginInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  g_atomic_ref_count_inc (&info->ref);
  return info;
}

/**
 * precis_plugin_info_unref:
 * @info: (transfer full): a #PrecisPluginInfo
 */
void
precis_plugin_info_unref (PrecisPluginInfo *info)
{
  g_return_if_fail (info != NULL);
  if (!g_atomic_ref_count_dec (&info->ref))
    return;
  g_free (info->name);
  g_free (info->version);
  g_free (info->description);
  g_free (info);
}

/**
 * precis_plugin_info_get_name:
 * @info: a #PrecisPluginInfo
 *
 * Returns: the plugin's name
 */
const char *
precis_plugin_info_get_name (PrecisPluginInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return info->name;
}

/**
 * precis_plugin_info_get_version:
 * @info: a #PrecisPluginInfo
 *
 * Returns: the plugin's version
 */
const char *
precis_plugin_info_get_version (PrecisPluginInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return info->version;
}

/**
 * precis_plugin_info_get_description:
 * @info: a #PrecisPluginInfo
 *
 * Returns: one line on what the plugin does
 */
const char *
precis_plugin_info_get_description (PrecisPluginInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return info->description;
}

/**
 * precis_plugin_info_can_summarize:
 * @info: a #PrecisPluginInfo
 *
 * Returns: %TRUE if the plugin is a summarizer
 */
gboolean
precis_plugin_info_can_summarize (PrecisPluginInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);
  return info->summarize;
}

/**
 * precis_plugin_info_can_extract_facts:
 * @info: a #PrecisPluginInfo
 *
 * Returns: %TRUE if the plugin extracts key facts
 */
gboolean
precis_plugin_info_can_extract_facts (PrecisPluginInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);
  return info->facts;
}

/**
 * precis_plugin_info_is_quarantined:
 * @info: a #PrecisPluginInfo
 *
 * A plugin that crashed precisd's analysis worker three times is
 * quarantined: calls naming it fail with %PRECIS_ERROR_PLUGIN_FAILED, and
 * the default passes it over, until its file changes.  ListPlugins says
 * so with the word `quarantined` among its capabilities.  (The in-process
 * connection runs no workers: never quarantined there.)
 *
 * Returns: %TRUE if the plugin is quarantined
 */
gboolean
precis_plugin_info_is_quarantined (PrecisPluginInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);
  return info->quarantined;
}
