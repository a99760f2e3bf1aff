/* german-session26.c — German facts of session 26 (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German
 * paper's political and local pages.  Each case failed before the change
 * it names.
 */
#include "facts-fixture.h"

/* Given names the WikiNEuRal-counted list lacked, now from a list of
 * German given names (tools/make-given-names.py --add): "Monika
 * Wulf-Mathies" was read as a place, "Hartmut Perschau" as nothing. */
static void
test_listed_given_names (void)
{
  const char *text =
    "Monika Wulf-Mathies sagte in Stuttgart, die Gewerkschaft werde nicht nachgeben. Hartmut Perschau "
    "kritisierte das Urteil am Abend.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Monika Wulf-Mathies"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Monika Wulf-Mathies"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Hartmut Perschau"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Stuttgart"), ==, 1);
}

/* The noun that introduces a person is none of the name ("Franzose",
 * "Schwester": the tagger had joined them to it). */
static void
test_person_nouns (void)
{
  const char *text =
    "Der Franzose Cantona traf zweimal für Leeds, sagte der Trainer. Im Krankenhaus half Schwester "
    "Rabia den Verletzten.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Cantona"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Franzose Cantona"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Rabia"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/german-session26/listed-given-names", test_listed_given_names);
  g_test_add_func ("/german-session26/person-nouns", test_person_nouns);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
