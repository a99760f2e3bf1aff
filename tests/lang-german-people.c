/* lang-german-people.c — German people: given names, the noun that
 * introduces a person, a case named by its person (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German paper's
 * pages, read by the real plugin with the shipped data; each failed before
 * the change it guards.
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

/* A scandal or a case named by its person's surname alone, after "Fall"
 * or "Affäre" and their article ("im \"Fall Stolpe\"", "die Affäre
 * Wendrich"), is the person: the tagger had left such words alone.  Not a
 * place the gazetteer knows ("der Fall Jugoslawien"). */
static void
test_case_person (void)
{
  const char *text =
    "Im \"Fall Stolpe\" gibt es den Untersuchungsausschuss des Landtags. Weil das Thema wie im \"Fall "
    "Kassner\" so brisant ist, müssen sich alle hüten, vorschnell zu urteilen. Die Affäre Wendrich "
    "beschäftigt den Landtag seit Monaten. Der Fall Jugoslawien zeigt, wie schwer Europa sich tut.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Stolpe"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Kassner"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Wendrich"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Jugoslawien"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-german-people/listed-given-names", test_listed_given_names);
  g_test_add_func ("/lang-german-people/person-nouns", test_person_nouns);
  g_test_add_func ("/lang-german-people/indefinite-nouns", test_indefinite_nouns);
  g_test_add_func ("/lang-german-people/hyphenated-given-names", test_hyphenated_given_names);
  g_test_add_func ("/lang-german-people/case-person", test_case_person);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
