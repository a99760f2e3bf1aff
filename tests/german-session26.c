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

/* A firm named after its founder, read as a person and its legal form
 * alone ("Carl Schenck" + "AG"), is named whole. */
static void
test_founder_before_form (void)
{
  const char *text = "Die Carl Schenck AG meldete am Montag Gewinne. Auch die Adam Opel AG legte zu.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Carl Schenck AG"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Carl Schenck"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "AG"), ==, 0);
}

/* A place's kind as a compound after an adjective stays out of the
 * place ("die armenische Kaukasus-Enklave Berg-Karabach" was one body). */
static void
test_adjective_kind_place (void)
{
  const char *text =
    "Er reiste in die ostafrikanische Hafenstadt Mombasa und später in die armenische Kaukasus-Enklave "
    "Berg-Karabach.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Berg-Karabach"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "armenische Kaukasus-Enklave Berg-Karabach"), ==, 0);
}

/* A word the document writes after an indefinite article is a noun
 * there and everywhere in it ("der Bericht der Kommission" was read as a
 * body, and the other mentions with it). */
static void
test_indefinite_nouns (void)
{
  const char *text =
    "Umstritten ist, ob eine Kommission gebildet wird, die die Verletzungen untersuchen soll. Die "
    "Regierung will jedoch, dass sich die Kommission nur aus Fachleuten zusammensetzt. Auch ist unklar, "
    "ob der Bericht der Kommission veröffentlicht wird.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Kommission"), ==, 0);
}

/* Two given names joined by a hyphen are a given name: a name read as a
 * body that opens with one is a person's (a copy without the umlauts,
 * as CoNLL's German writes it). */
static void
test_hyphenated_given_names (void)
{
  const char *text = "Der Strmer lt sich derzeit in Mnchen von Bayern-Arzt Hans-Wilhelm Mller-Wohlfarth behandeln.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Hans-Wilhelm Mller-Wohlfarth"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Hans-Wilhelm Mller-Wohlfarth"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/german-session26/listed-given-names", test_listed_given_names);
  g_test_add_func ("/german-session26/person-nouns", test_person_nouns);
  g_test_add_func ("/german-session26/founder-before-form", test_founder_before_form);
  g_test_add_func ("/german-session26/adjective-kind-place", test_adjective_kind_place);
  g_test_add_func ("/german-session26/indefinite-nouns", test_indefinite_nouns);
  g_test_add_func ("/german-session26/hyphenated-given-names", test_hyphenated_given_names);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
