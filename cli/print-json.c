/* print-json.c — precisd's answers as JSON for programs.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Field names rather than D-Bus tuples, so a script reads
 * `.summary[0].text` and `.facts[] | select(.kind == "place")`.
 */
#include "print.h"

#include <precis/precis.h>

JsonNode *
precis_json_summary (GPtrArray *summary)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->len; i++)
    {
      PrecisSummarySentence *s = summary->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, precis_summary_sentence_get_text (s));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, precis_summary_sentence_get_start (s));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, precis_summary_sentence_get_end (s));
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, precis_summary_sentence_get_score (s));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static void
add_mentions (JsonBuilder *builder, PrecisKeyFact *fact)
{
  guint start, end;

  json_builder_begin_array (builder);
  for (guint i = 0; precis_key_fact_get_mention (fact, i, &start, &end); i++)
    {
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, start);
      json_builder_add_int_value (builder, end);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
precis_json_facts (GPtrArray *facts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < facts->len; i++)
    {
      PrecisKeyFact *fact = facts->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, precis_key_fact_get_kind (fact));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, precis_key_fact_get_text (fact));
      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, precis_key_fact_get_value (fact));
      json_builder_set_member_name (builder, "salience");
      json_builder_add_double_value (builder, precis_key_fact_get_salience (fact));
      json_builder_set_member_name (builder, "mentions");
      add_mentions (builder, fact);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

JsonNode *
precis_json_info (GVariant *info)
{
  /* json-glib unwraps each variant to its natural JSON value: strings stay
   * strings, numbers numbers, nested a{sv} become objects. */
  return json_gvariant_serialize (info);
}

JsonNode *
precis_json_plugins (GVariant *plugins, const char *default_summarizer,
                     const char *default_fact_extractor)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GVariantIter iter;
  const char *name, *version, *description;
  GVariantIter *capabilities;
  const char *capability;

  json_builder_begin_array (builder);
  g_variant_iter_init (&iter, plugins);
  while (g_variant_iter_next (&iter, "(&s&s&sas)", &name, &version, &description, &capabilities))
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "version");
      json_builder_add_string_value (builder, version);
      json_builder_set_member_name (builder, "description");
      json_builder_add_string_value (builder, description);
      json_builder_set_member_name (builder, "capabilities");
      json_builder_begin_array (builder);
      while (g_variant_iter_next (capabilities, "&s", &capability))
        json_builder_add_string_value (builder, capability);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "default_summarizer");
      json_builder_add_boolean_value (builder, g_strcmp0 (name, default_summarizer) == 0);
      json_builder_set_member_name (builder, "default_fact_extractor");
      json_builder_add_boolean_value (builder, g_strcmp0 (name, default_fact_extractor) == 0);
      json_builder_end_object (builder);
      g_variant_iter_free (capabilities);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

JsonNode *
precis_json_feeds (GVariant *feeds)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GVariantIter iter;
  const char *id, *url, *title;
  GVariant *state_v;

  json_builder_begin_array (builder);
  g_variant_iter_init (&iter, feeds);
  while (g_variant_iter_next (&iter, "(&s&s&s@a{sv})", &id, &url, &title, &state_v))
    {
      g_autoptr(GVariant) state = state_v;
      GVariantIter entries;
      const char *key;
      GVariant *value;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "url");
      json_builder_add_string_value (builder, url);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, title);
      /* The state keys as precisd names them, with '-' as '_' like the rest of the JSON. */
      g_variant_iter_init (&entries, state);
      while (g_variant_iter_next (&entries, "{&sv}", &key, &value))
        {
          g_autoptr(GVariant) v = value;
          g_autofree char *name = g_strdelimit (g_strdup (key), "-", '_');

          json_builder_set_member_name (builder, name);
          json_builder_add_value (builder, json_gvariant_serialize (v));
        }
      /* last_check: the name of the last success before state existed. */
      {
        g_autoptr(GVariantDict) dict = g_variant_dict_new (state);
        guint64 t = 0;

        g_variant_dict_lookup (dict, "last-success", "t", &t);
        json_builder_set_member_name (builder, "last_check");
        json_builder_add_int_value (builder, (gint64) MIN (t, (guint64) G_MAXINT64));
      }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

char *
precis_json_to_string (JsonNode *node, gboolean pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, pretty);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}
