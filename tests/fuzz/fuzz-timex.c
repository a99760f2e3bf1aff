/* fuzz-timex.c — time expressions found and normalized in any text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The first two bytes move the anchor date (any day from 1900 to 2079),
 * since normalization is calendar arithmetic around it.
 */
#include <stdlib.h>

#include "fuzz-common.h"
#include "pipeline.h"
#include "timex.h"

static PrecisTimexRules *rules;

int
LLVMFuzzerInitialize (int *argc, char **argv[])
{
  g_autoptr (GError) error = NULL;

  fuzz_init_pipeline ();
  rules = precis_timex_rules_new (&error);
  if (rules == NULL)
    {
      g_printerr ("timex: %s\n", error->message);
      abort ();
    }
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GDateTime) base = g_date_time_new_utc (1900, 1, 1, 12, 0, 0);
  g_autoptr (GDateTime) published = NULL;
  PrecisPipelineOptions options = { 0 };
  g_autofree char *text = NULL;
  g_autoptr (PrecisDocument) doc = NULL;
  g_autoptr (GArray) found = NULL;
  guint days = 0;

  if (size >= 2)
    {
      days = ((guint) data[0] << 8 | data[1]) % (180 * 366);
      data += 2, size -= 2;
    }
  published = g_date_time_add_days (base, (gint) days);
  options.published = published;
  text = fuzz_utf8 (data, size);
  doc = precis_document_new (text, -1, &options);
  found = precis_timex_find (rules, doc);
  for (guint i = 0; i < found->len; i++)
    {
      const PrecisTimex *t = &g_array_index (found, PrecisTimex, i);

      g_assert_true (t->start < t->end && t->end <= doc->text_chars);
      g_assert_nonnull (t->value);
      g_assert_true (g_utf8_validate (t->value, -1, NULL));
    }
  return 0;
}
