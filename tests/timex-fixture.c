/* timex-fixture.c — see timex-fixture.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "timex-fixture.h"

char *
timex_fixture_slice (const char *text, guint32 start, guint32 end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);

  return g_strndup (a, b - a);
}

const PrecisTimex *
timex_fixture_covering (const PrecisDocument *document, GArray *found, const char *needle, guint nth)
{
  const char *p = document->text;
  guint32 start, end;

  for (guint k = 0; k <= nth && p != NULL; k++)
    {
      p = strstr (p, needle);
      if (p != NULL && k < nth)
        p += strlen (needle);
    }
  if (p == NULL)
    return NULL;
  start = g_utf8_pointer_to_offset (document->text, p);
  end = start + g_utf8_strlen (needle, -1);
  for (guint i = 0; i < found->len; i++)
    {
      const PrecisTimex *t = &g_array_index (found, PrecisTimex, i);

      if (t->start <= start && end <= t->end)
        return t;
    }
  return NULL;
}

PrecisTimexRules *
timex_fixture_init (int *argc, char ***argv)
{
  g_test_init (argc, argv, NULL);
  g_autoptr (GError) error = NULL;
  if (!precis_pipeline_init (NULL, &error))
    g_error ("%s", error->message);
  PrecisTimexRules *rules = precis_timex_rules_new (&error);
  g_assert_no_error (error);
  return rules;
}

static const char *
type_name (PrecisTimexType type)
{
  static const char *const names[] = { "DATE", "TIME", "DURATION", "SET" };
  return names[type];
}

guint
timex_fixture_check_cases (const PrecisTimexRules *rules, const TimexFixtureCase *cases, gsize n)
{
  guint failures = 0;
  for (gsize i = 0; i < n; i++)
    {
      const TimexFixtureCase *c = &cases[i];
      g_autoptr (GDateTime) published = g_date_time_new_utc (c->year, c->month, c->mday, 12, 0, 0);
      PrecisPipelineOptions options = { .published = published, .language = c->language,
                                        .published_source = PRECIS_ANCHOR_OPTION };
      g_autoptr (PrecisDocument) document = precis_document_new (c->text, -1, &options);
      g_autoptr (GArray) found = precis_timex_find (rules, document);
      const PrecisTimex *t = timex_fixture_covering (document, found, c->span, 0);
      if (t == NULL)
        {
          g_printerr ("nothing found for “%s” in “%s”\n", c->span, c->text);
          failures++;
          continue;
        }
      g_autofree char *span = timex_fixture_slice (document->text, t->start, t->end);
      if (strcmp (span, c->span) != 0 || strcmp (t->value, c->value) != 0 ||
          strcmp (type_name (t->type), c->type) != 0)
        {
          g_printerr ("“%s”: expected “%s” %s %s, got “%s” %s %s\n", c->text, c->span, c->type,
                      c->value, span, type_name (t->type), t->value);
          failures++;
        }
    }
  return failures;
}

guint
timex_fixture_count_found (const PrecisTimexRules *rules, const char *const *texts, gsize n, int year, int month,
                           int mday)
{
  guint found_in = 0;

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (GDateTime) published = g_date_time_new_utc (year, month, mday, 12, 0, 0);
      PrecisPipelineOptions options = { .published = published, .published_source = PRECIS_ANCHOR_OPTION };
      g_autoptr (PrecisDocument) document = precis_document_new (texts[i], -1, &options);
      g_autoptr (GArray) found = precis_timex_find (rules, document);

      if (found->len > 0)
        {
          g_printerr ("“%s”: expected no date, found %s\n", texts[i], g_array_index (found, PrecisTimex, 0).value);
          found_in++;
        }
    }
  return found_in;
}
