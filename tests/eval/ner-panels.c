/* ner-panels.c — hand-written facts panels of BBC dev articles, scored through the pipeline.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-panels.h"

#include <json-glib/json-glib.h>
#include <precis/precis-plugin.h>
#include <string.h>

#include "pipeline.h"

const PrecisPluginDescriptor *precis_plugin_entry (void);

typedef struct {
  PrecisFactKind kind;
  char **forms;        /* case-folded */
  gboolean claimed;
} Expected;

static void
expected_free (gpointer data)
{
  Expected *e = data;

  g_strfreev (e->forms);
  g_free (e);
}

static GHashTable *
read_panels (const char *path, GError **error)
{
  g_autofree char *contents = NULL;
  g_autoptr (GHashTable) panels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) cols = g_strsplit (lines[i], "\t", 3);
      g_autofree char *folded = NULL;
      GPtrArray *list;
      Expected *e;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (g_strv_length (cols) != 3 || strlen (cols[1]) != 1 || strchr ("POL", cols[1][0]) == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s:%u: not id, P/O/L, forms",
                       path, i + 1);
          return NULL;
        }
      e = g_new0 (Expected, 1);
      e->kind = cols[1][0] == 'P' ? PRECIS_FACT_PERSON
                : cols[1][0] == 'O' ? PRECIS_FACT_ORGANIZATION : PRECIS_FACT_PLACE;
      folded = g_utf8_casefold (cols[2], -1);
      e->forms = g_strsplit (folded, "|", -1);
      list = g_hash_table_lookup (panels, cols[0]);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (expected_free);
          g_hash_table_insert (panels, g_strdup (cols[0]), list);
        }
      g_ptr_array_add (list, e);
    }
  return g_steal_pointer (&panels);
}

/* One of the entity's forms, with or without a leading article ("The
 * Conservative Party"). */
static gboolean
has_form (const Expected *e, const char *text, gssize length)
{
  g_autofree char *folded = g_utf8_casefold (text, length);

  return g_strv_contains ((const char *const *) e->forms, folded) ||
         (g_str_has_prefix (folded, "the ") &&
          g_strv_contains ((const char *const *) e->forms, folded + 4));
}

/* The unclaimed expected entity that `fact` names, or NULL. */
static Expected *
match (GPtrArray *expected, const PrecisDocument *doc, const PrecisFact *fact)
{
  for (guint i = 0; i < expected->len; i++)
    {
      Expected *e = expected->pdata[i];

      if (e->claimed || e->kind != fact->kind)
        continue;
      if (has_form (e, fact->value, -1))
        return e;
      for (guint k = 0; k < fact->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (fact->mentions, PrecisSpan, k);
          const char *a = g_utf8_offset_to_pointer (doc->text, span->start);
          const char *b = g_utf8_offset_to_pointer (doc->text, span->end);

          if (has_form (e, a, b - a))
            return e;
        }
    }
  return NULL;
}

static void
fact_clear (gpointer data)
{
  PrecisFact *fact = data;

  g_free (fact->value);
  g_array_unref (fact->mentions);
}

gboolean
precis_ner_eval_panels (const char *panels_path, const char *articles_path, const char *data_dir,
                        gboolean verbose, double *precision, double *recall, GError **error)
{
  const PrecisPluginDescriptor *plugin = precis_plugin_entry ();
  g_autoptr (GHashTable) panels = read_panels (panels_path, error);
  g_autofree char *contents = NULL;
  guint facts_n = 0, right = 0, entities = 0, claimed = 0, articles = 0;
  gpointer state = NULL;
  gboolean ok = TRUE;

  if (panels == NULL || !g_file_get_contents (articles_path, &contents, NULL, error) ||
      !precis_pipeline_init (data_dir, error) || !plugin->load (data_dir, &state, error))
    return FALSE;
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; ok && lines[i]; i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GArray) facts = g_array_new (FALSE, FALSE, sizeof (PrecisFact));
      g_autoptr (PrecisDocument) doc = NULL;
      PrecisPipelineOptions options = { 0 };
      PrecisRequest request = { 0, NULL, 0, NULL };
      JsonObject *o;
      GPtrArray *expected;
      guint a_facts = 0, a_right = 0, a_claimed = 0;

      if (lines[i][0] == '\0' || !json_parser_load_from_data (parser, lines[i], -1, NULL))
        continue;
      o = json_node_get_object (json_parser_get_root (parser));
      expected = g_hash_table_lookup (panels, json_object_get_string_member (o, "id"));
      if (expected == NULL)
        continue;
      options.title = json_object_get_string_member (o, "title");
      doc = precis_document_new (json_object_get_string_member (o, "article"), -1, &options);
      g_array_set_clear_func (facts, fact_clear);
      ok = plugin->extract_facts (state, doc, &request, facts, error);
      for (guint f = 0; ok && f < facts->len; f++)
        {
          const PrecisFact *fact = &g_array_index (facts, PrecisFact, f);
          Expected *e;

          if (fact->kind == PRECIS_FACT_DATE)
            continue;
          a_facts++;
          e = match (expected, doc, fact);
          if (e != NULL)
            {
              e->claimed = TRUE;
              a_right++;
            }
          else if (verbose)
            g_print ("  wrong: %d %s\n", fact->kind, fact->value);
        }
      for (guint k = 0; k < expected->len; k++)
        {
          const Expected *e = expected->pdata[k];

          a_claimed += e->claimed;
          if (!e->claimed && verbose)
            g_print ("  missed: %d %s\n", e->kind, e->forms[0]);
        }
      if (verbose)
        g_print ("%s: %u of %u facts right, %u of %u entities\n",
                 json_object_get_string_member (o, "id"), a_right, a_facts, a_claimed, expected->len);
      facts_n += a_facts;
      right += a_right;
      entities += expected->len;
      claimed += a_claimed;
      articles++;
    }
  plugin->unload (state);
  if (!ok)
    return FALSE;
  g_print ("facts panels of %u articles (%s): P %.2f (%u of %u facts right), R %.2f (%u of %u entities)\n",
           articles, panels_path, facts_n ? 100.0 * right / facts_n : 0, right, facts_n,
           entities ? 100.0 * claimed / entities : 0, claimed, entities);
  *precision = facts_n ? 100.0 * right / facts_n : 0;
  *recall = entities ? 100.0 * claimed / entities : 0;
  return TRUE;
}
