/* lang-german-clubs.c — German sports clubs whose kind is an abbreviation
 * with its period (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Local sport pages write "Spvgg. Hochheim" (Spielvereinigung): the
 * club rule of ner-wire.c knows the kind with its period, so the
 * tokenizer must keep the period on the word, and the period must end
 * no sentence.  The paragraph is written for the test in the manner of
 * the Frankfurter Rundschau's results.
 */
#include "facts-fixture.h"
#include "pipeline.h"

static void
test_club_kind_period (void)
{
  PrecisPipelineOptions options = { .language = "de" };
  const char *text = "Klare Sachen stellte das 7:1 der Spvgg. Hochheim in Neuenhain dar. Der Trainer "
                     "lobte danach die Abwehr und den neuen Torwart der Mannschaft.\n";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, &options);
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (doc->n_sentences, ==, 2);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Spvgg. Hochheim"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Hochheim"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-german-clubs/club-kind-period", test_club_kind_period);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
