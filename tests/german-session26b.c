/* german-session26b.c — German facts of session 26, second round (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German
 * paper's foreign and science pages.  Each case failed before the change
 * it names.
 */
#include "facts-fixture.h"

/* A country or a city the tagger ran on into the clause's next noun
 * (German puts an object or a subject straight after a place) is the
 * place alone ("der USA Stillschweigen" was the body "USA
 * Stillschweigen"); not a paper named after its town ("Jerusalem Post"),
 * nor a person whose given name is a place's ("Dr. Arno Grau"). */
static void
test_place_before_noun (void)
{
  const char *text =
    "Über die Verhandlungen bewahrten die Regierung in Ottawa und die Botschaft der USA Stillschweigen. "
    "Nach dem Krieg hatte die UdSSR Waffen an beide Seiten verkauft. Die Jerusalem Post berichtete am "
    "Montag über die Gespräche. Dazu sagte Dr. Arno Grau, der Sprecher des Verbandes, er sei "
    "zuversichtlich.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "USA"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "USA Stillschweigen"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "UdSSR"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "UdSSR Waffen"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Jerusalem"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Arno"), ==, 0);
}

/* A byline's "Von" after a headline with no full stop is none of the
 * author's name ("Von Christa Wichterich" was the person): German writes
 * "von" as a particle before a surname, never before a given name. */
static void
test_byline_von (void)
{
  const char *text =
    "Frauen und die globale Öko-Krise Von Christa Wichterich Ein Traum steht am Anfang des Berichts, den "
    "die Autorin in Bonn vorgestellt hat.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Christa Wichterich"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Von Christa Wichterich"), ==, 0);
}

/* Regions and islands that wngerman lists as words, which the
 * historical newspapers' annotation writes as places of one word, are out
 * of German's common words: the tagger's place stands ("im Elsass", "aus
 * Böhmen", "auf Borkum" were undone as nouns). */
static void
test_historical_regions (void)
{
  const char *text =
    "Die Winzer im Elsass erwarten eine gute Ernte. Viele Familien aus Böhmen zogen damals nach Wien. "
    "Auf Borkum landeten am Sonntag viele Urlauber.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Elsass"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Böhmen"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Borkum"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/german-session26b/place-before-noun", test_place_before_noun);
  g_test_add_func ("/german-session26b/byline-von", test_byline_von);
  g_test_add_func ("/german-session26b/historical-regions", test_historical_regions);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
