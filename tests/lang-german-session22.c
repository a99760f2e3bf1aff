/* lang-german-session22.c — German local news: villages after a
 * preposition, datelines before a quote, short forms in brackets and
 * after a state's noun, a place's kind before it, the town's hall and
 * museum (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a regional
 * paper's local pages (the Frankfurter Rundschau of CoNLL-2003 German):
 * its villages and districts are too small for the towns the German model
 * knows, and its local stories open with the town in capitals.
 */
#include "facts-fixture.h"

static void
test_villages (void)
{
  const char *text = "Die Freiwillige Feuerwehr in Petterweil bekommt im nächsten Jahr ein neues Gerätehaus. "
                     "Der Ortsbeirat hat den Plänen am Dienstag zugestimmt.\n\n"
                     "Der Heimatverein lädt am Sonntag zu einer Radtour von Kloppenheim bis Ilbenstadt ein. "
                     "Treffpunkt ist um 10 Uhr am Bürgerhaus.\n\n"
                     "Seit dem Frühjahr fährt der Bus aus Heldenbergen wieder stündlich nach Burg-Gräfenrode. "
                     "Die Fahrgäste sind zufrieden.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Petterweil"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kloppenheim"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Ilbenstadt"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Heldenbergen"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Burg-Gräfenrode"), ==, 1);
}

/* Common nouns that end as places do, and the time after "bis", stay
 * what they are. */
static void
test_not_villages (void)
{
  const char *text = "Die Gemüsebauern setzen seit Jahren auf Qualität aus Bioanbau. In Wohngebieten "
                     "gilt von Montag bis Freitag Tempo 30, sagte der Bürgermeister.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bioanbau"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Wohngebieten"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Freitag"), ==, 0);
}

/* "KARBEN. "Wir brauchen …"": the dateline's period, then the next
 * sentence's opening quote, as a client sends a tokenized line. */
static void
test_dateline_before_quote (void)
{
  const char *text = "Neue Halle für die Feuerwehr\nKARBEN . \"\nWir brauchen mehr Platz \" , sagt der "
                     "Wehrführer .\nDie alte Halle ist zu klein geworden .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "KARBEN"), ==, 1);
}

/* A common noun's short form in brackets names a kind, not a body; a
 * federal state's initials after its noun name the state. */
static void
test_short_forms (void)
{
  const char *text = "Im Sommer 1944 flogen die Kampfgeschwader (KG) und die Jagdgeschwader (JG) kaum "
                     "noch Einsätze. Die Kosten von 49 Millionen Euro übernehmen der Bund und das "
                     "Land NRW zu zwei Dritteln, sagte der Sprecher des Bundesamts für "
                     "Verfassungsschutz (BfV) am Montag.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "KG"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "JG"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "NRW"), ==, 0);
  /* The state with its noun, as "das Land Hessen" (ner-wire.c tag_states). */
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Land NRW"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BfV"), ==, 1);
}

/* "in der Provinz Diyarbakir", "im Kreis Stendal": the kind's noun stays
 * outside the place. */
static void
test_place_nouns (void)
{
  const char *text = "Bei Kämpfen in der Provinz Diyarbakir sind nach Angaben der Behörden am Wochenende "
                     "zwölf Menschen ums Leben gekommen.\n\nIm Kreis Stendal sollen bis zum Herbst drei "
                     "neue Schulen entstehen, teilte die Verwaltung mit.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Diyarbakir"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Provinz Diyarbakir"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Stendal"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kreis Stendal"), ==, 0);
}

/* The town's museum and civic house, named by their kind; a new one is
 * one of a kind. */
static void
test_town_facilities (void)
{
  const char *text = "Die Ausstellung ist bis zum 13. Dezember im Stadtmuseum zu sehen. Der Eintritt ist "
                     "frei.\n\nZur Versammlung im Niddaer Bürgerhaus kamen am Freitag rund 200 Frauen. Die "
                     "Gemeinde Wölfersheim plant außerdem ein neues Bürgerhaus.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Stadtmuseum"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Niddaer Bürgerhaus"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bürgerhaus"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-german-session22/villages", test_villages);
  g_test_add_func ("/lang-german-session22/not-villages", test_not_villages);
  g_test_add_func ("/lang-german-session22/dateline-before-quote", test_dateline_before_quote);
  g_test_add_func ("/lang-german-session22/short-forms", test_short_forms);
  g_test_add_func ("/lang-german-session22/place-nouns", test_place_nouns);
  g_test_add_func ("/lang-german-session22/town-facilities", test_town_facilities);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
