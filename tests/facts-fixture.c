/* facts-fixture.c — the facts plugin asked as the pipeline asks it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts-fixture.h"

#include "data-dir.h"
#include "pipeline.h"
#include "plugin-host.h"

const PrecisPluginDescriptor *precis_plugin_entry (void);

static const PrecisPluginDescriptor *plugin;
static gpointer state;

void
facts_fixture_load (void)
{
  g_autoptr (GError) error = NULL;

  plugin = precis_plugin_entry ();
  g_assert_true (plugin->load (precis_data_dir (), &state, &error));
  g_assert_no_error (error);
}

void
facts_fixture_unload (void)
{
  plugin->unload (state);
  state = NULL;
}

GArray *
facts_fixture_extract (const char *text, const char *language)
{
  PrecisPipelineOptions options = { 0 };
  g_autoptr (PrecisDocument) doc = NULL;
  g_autoptr (GError) error = NULL;
  PrecisRequest request = { 1, NULL, 0, NULL, NULL };
  GArray *facts = g_array_new (FALSE, FALSE, sizeof (PrecisFact));

  options.language = language;
  doc = precis_document_new (text, -1, &options);
  g_array_set_clear_func (facts, (GDestroyNotify) precis_fact_clear);
  g_assert_true (plugin->extract_facts (state, doc, &request, facts, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < facts->len; i++)
    g_test_message ("fact: kind %d, %s", g_array_index (facts, PrecisFact, i).kind,
                    g_array_index (facts, PrecisFact, i).value);
  return facts;
}

guint
facts_fixture_count (GArray *facts, PrecisFactKind kind, const char *value)
{
  guint n = 0;

  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *f = &g_array_index (facts, PrecisFact, i);

      n += f->kind == kind && g_str_equal (f->value, value);
    }
  return n;
}

guint
facts_fixture_count_names (GArray *facts, const char *value)
{
  return facts_fixture_count (facts, PRECIS_FACT_PERSON, value) +
         facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, value) +
         facts_fixture_count (facts, PRECIS_FACT_PLACE, value);
}

guint
facts_fixture_mentions (GArray *facts, PrecisFactKind kind, const char *value)
{
  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *f = &g_array_index (facts, PrecisFact, i);

      if (f->kind == kind && g_str_equal (f->value, value))
        return f->mentions->len;
    }
  return 0;
}
