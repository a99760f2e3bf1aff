/* fuzz-facts.c — the facts plugin (NER + dates) on any text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The plugin's sources are compiled in; its descriptor is called as the
 * host would, and every mention checked to lie inside the text.
 */
#include <stdlib.h>

#include "fuzz-common.h"
#include "data-dir.h"
#include "pipeline.h"
#include "plugin-host.h"

/* Defined by PRECIS_PLUGIN_DEFINE in plugins/facts/facts.c. */
const PrecisPluginDescriptor *precis_plugin_entry (void);

static const PrecisPluginDescriptor *facts;
static gpointer facts_state;

int
LLVMFuzzerInitialize (int *argc, char **argv[])
{
  g_autoptr (GError) error = NULL;

  fuzz_init_pipeline ();
  facts = precis_plugin_entry ();
  if (!facts->load (precis_data_dir (), &facts_state, &error))
    {
      g_printerr ("facts: %s\n", error->message);
      abort ();
    }
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GDateTime) published = fuzz_published ();
  PrecisPipelineOptions options = { .published = published };
  g_autofree char *text = fuzz_utf8 (data, size);
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, &options);
  g_autoptr (GArray) found = precis_fact_array_new ();
  PrecisRequest request = { .n_sentences = 3 };

  g_assert_true (facts->extract_facts (facts_state, doc, &request, found, NULL));
  for (guint i = 0; i < found->len; i++)
    {
      const PrecisFact *fact = &g_array_index (found, PrecisFact, i);

      g_assert_nonnull (fact->value);
      g_assert_true (g_utf8_validate (fact->value, -1, NULL));
      for (guint k = 0; k < fact->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (fact->mentions, PrecisSpan, k);

          g_assert_true (span->start < span->end && span->end <= doc->text_chars);
        }
    }
  return 0;
}
