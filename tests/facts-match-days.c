/* facts-match-days.c — a result's rival named after the match's day and
 * score, as Dutch and Italian write it (issue 15: facts in every
 * language).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The sentences are written for the test in the manner of each
 * language's sports pages.  "Ajax won zondag met 2-1 van Feyenoord" gave
 * the person Feyenoord, "L'Inter ha battuto domenica il Napoli" the place
 * Napoli: the day and the score between the verb and the rival hid the
 * result's verb (ner-results.c).
 */
#include "facts-fixture.h"

static void
test_rivals (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (
    "Ajax won zondag met 2-1 van Feyenoord in de Johan Cruijff ArenA. Trainer Francesco Farioli was "
    "tevreden over zijn ploeg.\n", "nl");
  g_autoptr (GArray) it = facts_fixture_extract (
    "L'Inter ha battuto domenica il Napoli per 3-1 a San Siro. L'allenatore Simone Inzaghi ha lodato la "
    "squadra.\n", "it");

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Feyenoord"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Feyenoord"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Napoli"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PLACE, "Napoli"), ==, 0);
}

/* What stays as it was: a tennis player beaten after the day and a set's
 * score is a person ("won zondag met 6-4 van Rune"). */
static void
test_tennis (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (
    "Tallon Griekspoor won zondag met 6-4 6-3 van Holger Rune in Rotterdam.\n", "nl");

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Holger Rune"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-match-days/rivals", test_rivals);
  g_test_add_func ("/facts-match-days/tennis", test_tennis);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
