/* summary.c — length control: sentences, ratio, max-chars and order.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Runs the real lead plugin through the real pipeline.
 */
#include "config.h"

#include <string.h>

#include "pipeline.h"
#include "summary.h"

static const char article[] =
  "Officials in the capital announced a new budget for the city on Monday.\n\n"
  "The plan raises spending on schools by a fifth and cuts the cost of buses.\n\n"
  "Critics said the numbers did not add up and that taxes would have to rise.\n\n"
  "The council will vote on the plan next month after a public consultation.\n\n"
  "A final decision is expected before the end of the year.";

typedef struct {
  PrecisHost *host;
  PrecisPlugin *lead;
  PrecisDocument *document;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  const char *dirs[] = { PRECIS_BUILD_ROOT "/plugins/lead", NULL };
  g_autoptr (GError) error = NULL;

  g_assert_true (precis_pipeline_init (NULL, &error));
  f->host = precis_host_new (dirs);
  precis_host_rescan (f->host);
  f->lead = precis_host_lookup (f->host, "lead", PRECIS_CAPABILITY_SUMMARIZE, &error);
  g_assert_no_error (error);
  f->document = precis_document_new (article, -1, NULL);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  precis_document_free (f->document);
  precis_plugin_unref (f->lead);
  precis_host_free (f->host);
}

static GArray *
run (Fixture *f, PrecisSummaryOptions options)
{
  g_autoptr (GError) error = NULL;
  GArray *summary = precis_summarize (f->lead, f->document, &options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

static guint
total_chars (GArray *summary)
{
  guint n = 0;

  for (guint i = 0; i < summary->len; i++)
    n += g_utf8_strlen (g_array_index (summary, PrecisChosenSentence, i).text, -1);
  return n;
}

static void
test_default_and_count (Fixture *f, gconstpointer data)
{
  g_autoptr (GArray) three = run (f, (PrecisSummaryOptions) PRECIS_SUMMARY_OPTIONS_INIT);
  g_autoptr (GArray) one = run (f, (PrecisSummaryOptions) { .sentences = 1 });
  g_autoptr (GArray) many = run (f, (PrecisSummaryOptions) { .sentences = 50 });

  g_assert_cmpuint (three->len, ==, 3);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpuint (many->len, ==, 5);  /* never more than the article has */
  g_assert_true (g_str_has_prefix (g_array_index (one, PrecisChosenSentence, 0).text, "Officials"));
}

static void
test_ratio (Fixture *f, gconstpointer data)
{
  g_autoptr (GArray) fifth = run (f, (PrecisSummaryOptions) { .ratio = 0.2 });
  g_autoptr (GArray) half = run (f, (PrecisSummaryOptions) { .ratio = 0.5 });

  g_assert_cmpuint (fifth->len, ==, 1);
  g_assert_cmpuint (half->len, ==, 3);  /* ceil (0.5 × 5) */
}

static void
test_max_chars_whole (Fixture *f, gconstpointer data)
{
  g_autoptr (GArray) s = run (f, (PrecisSummaryOptions) { .max_chars = 150 });

  g_assert_cmpuint (s->len, ==, 2);
  g_assert_cmpuint (total_chars (s), <=, 150);
  for (guint i = 0; i < s->len; i++)
    g_assert_false (g_str_has_suffix (g_array_index (s, PrecisChosenSentence, i).text, "…"));
}

static void
test_max_chars_cut (Fixture *f, gconstpointer data)
{
  g_autoptr (GArray) s = run (f, (PrecisSummaryOptions) { .max_chars = 30 });
  const PrecisChosenSentence *cut;
  g_autofree char *prefix = NULL;

  g_assert_cmpuint (s->len, ==, 1);
  cut = &g_array_index (s, PrecisChosenSentence, 0);
  g_assert_cmpuint (g_utf8_strlen (cut->text, -1), <=, 30);
  g_assert_true (g_str_has_suffix (cut->text, "…"));
  /* A word boundary, and the span covers exactly the verbatim part. */
  g_assert_cmpstr (cut->text, ==, "Officials in the capital…");
  prefix = g_strndup (article + cut->start, cut->end - cut->start);
  g_assert_true (g_str_has_prefix (cut->text, prefix));
  g_assert_cmpuint (strlen (prefix) + strlen ("…"), ==, strlen (cut->text));
}

/* A short sentence far down the ranking does not beat a cut of the best. */
static void
test_max_chars_window (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
    "The first sentence of this report is long enough that it cannot fit the budget at all.\n\n"
    "The second sentence of this report is also much too long to fit in forty characters.\n\n"
    "The third sentence of this report is, again, far longer than the budget allows.\n\n"
    "It ends here.", -1, NULL);
  PrecisSummaryOptions options = { .sentences = 1, .max_chars = 40 };
  g_autoptr (GArray) s = precis_summarize (f->lead, doc, &options, NULL, NULL);

  g_assert_cmpuint (s->len, ==, 1);
  g_assert_cmpstr (g_array_index (s, PrecisChosenSentence, 0).text, ==, "The first sentence of this report is…");

  /* Within the window, a whole sentence that fits wins over a cut. */
  options.sentences = 2;
  g_clear_pointer (&s, g_array_unref);
  options.max_chars = 80;
  s = precis_summarize (f->lead, doc, &options, NULL, NULL);
  g_assert_cmpuint (s->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_array_index (s, PrecisChosenSentence, 0).text, "The third sentence"));
}

static void
test_order (Fixture *f, gconstpointer data)
{
  g_autoptr (GArray) by_score = run (f, (PrecisSummaryOptions) { .sentences = 3, .order = PRECIS_ORDER_SCORE });
  g_autoptr (GArray) by_position = run (f, (PrecisSummaryOptions) { .sentences = 3, .order = PRECIS_ORDER_DOCUMENT });

  for (guint i = 1; i < 3; i++)
    {
      g_assert_cmpfloat (g_array_index (by_score, PrecisChosenSentence, i - 1).score, >=,
                         g_array_index (by_score, PrecisChosenSentence, i).score);
      g_assert_cmpuint (g_array_index (by_position, PrecisChosenSentence, i - 1).start, <,
                        g_array_index (by_position, PrecisChosenSentence, i).start);
    }
}

static void
test_empty (void)
{
  const char *dirs[] = { PRECIS_BUILD_ROOT "/plugins/lead", NULL };
  g_autoptr (PrecisHost) host = precis_host_new (dirs);
  g_autoptr (PrecisPlugin) lead = NULL;
  g_autoptr (PrecisDocument) empty = NULL;
  g_autoptr (GArray) summary = NULL;
  PrecisSummaryOptions options = PRECIS_SUMMARY_OPTIONS_INIT;

  g_assert_true (precis_pipeline_init (NULL, NULL));
  precis_host_rescan (host);
  lead = precis_host_lookup (host, "lead", 0, NULL);
  empty = precis_document_new ("", 0, NULL);
  summary = precis_summarize (lead, empty, &options, NULL, NULL);
  g_assert_nonnull (summary);
  g_assert_cmpuint (summary->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/summary/count", Fixture, NULL, setup, test_default_and_count, teardown);
  g_test_add ("/summary/ratio", Fixture, NULL, setup, test_ratio, teardown);
  g_test_add ("/summary/max-chars-whole", Fixture, NULL, setup, test_max_chars_whole, teardown);
  g_test_add ("/summary/max-chars-cut", Fixture, NULL, setup, test_max_chars_cut, teardown);
  g_test_add ("/summary/max-chars-window", Fixture, NULL, setup, test_max_chars_window, teardown);
  g_test_add ("/summary/order", Fixture, NULL, setup, test_order, teardown);
  g_test_add_func ("/summary/empty", test_empty);
  return g_test_run ();
}
