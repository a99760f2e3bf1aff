/* lang-german-places.c — German places: villages and towns after a
 * preposition, places told from common words, regions, a place's kind
 * before it, addresses (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German paper's
 * pages, read by the real plugin with the shipped data; each failed before
 * the change it guards.
 */
#include <string.h>

#include "facts-fixture.h"
#include "language.h"
#include "structure.h"

/* A word no list knows, alone after "aus", is a place; nouns the model's
 * lexicon lacks after "in" stay none ("in Polizeihaft": a compound of
 * "Haft"). */
static void
test_unknown_place (void)
{
  const char *text =
    "Die Flüchtlinge aus Agdam seien in Bussen nach Horadiz gebracht worden, sagte ein Sprecher in "
    "Baku. Der Verdächtige sitzt seit Montag in Polizeihaft.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Agdam"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Baku"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Polizeihaft"), ==, 0);
}

/* A common word the tagger read as a place alone is none ("nach
 * Belieben"); a place that ends in one stays ("in Ostdeutschland"). */
static void
test_common_word_no_place (void)
{
  const char *text =
    "Der Stürmer war in Bestform und traf nach Belieben. Sein Kollege in Ostdeutschland schwieg "
    "zu dem Spiel.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Belieben"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bestform"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Ostdeutschland"), ==, 1);
}

/* The tagger's place stays when a compass point opens it or it ends in
 * a place's genitive, though wngerman lists it as a word ("Nordpol",
 * "Nordafrikas", "Nordeuropas" were undone by the rule above). */
static void
test_regions_stay (void)
{
  const char *text =
    "Die Expedition erreichte am Montag den Nordpol. Die Länder Nordafrikas wollen enger "
    "zusammenarbeiten, sagte der Minister. Der Handel mit den Staaten Nordeuropas wuchs im "
    "vergangenen Jahr. Die Kälte am Südpol ist groß.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Nordpol"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Nordafrikas"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Nordeuropas"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Südpol"), ==, 1);
}

/* A village named as a family after "in": the place, no person; a
 * surname in the genitive before its noun stays the person. */
static void
test_village_as_family (void)
{
  const char *text =
    "Nach einem Einbruch in die Filiale der Volksbank in Bieber sucht die Kripo nach Zeugen. Die Täter "
    "hatten in der Nacht zum Mittwoch den Tresor aufgeschweißt und rund 80 000 Mark erbeutet. Nach "
    "Kinkels Worten soll das Gesetz noch im Herbst kommen, sagte Außenminister Klaus Kinkel.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bieber"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Bieber"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kinkels"), ==, 0);
}

/* A place's kind as a compound before its name stays out of it: the
 * place, no organization. */
static void
test_kind_compound_place (void)
{
  const char *text = "Stepanakert ist die Hauptstadt der armenischen Kaukasus-Enklave Berg-Karabach .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Berg-Karabach"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Kaukasus-Enklave Berg-Karabach"), ==, 0);
}

/* The dateline's town stays a place beside a body named by its kind and
 * the town. */
static void
test_dateline_beside_body (void)
{
  const char *text =
    "DARMSTADT. Die Technische Hochschule Darmstadt bekommt einen neuen Präsidenten. Der Senat wählte "
    "am Mittwoch den Physiker Helmut Böhme.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Technische Hochschule Darmstadt"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "DARMSTADT"), ==, 1);
}

/* An address: the street without its house number; a road's number is
 * its name. */
static void
test_house_numbers (void)
{
  const char *text =
    "Die Beratungsstelle der Aids-Hilfe ist in der Herrnstraße 16 in Offenbach und in der Hauptstraße "
    "32-36 in Dreieich. Wegen der Bauarbeiten auf der A 3 kommen viele Besucher zu spät.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Herrnstraße"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Hauptstraße"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Herrnstraße 16"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "A 3"), ==, 1);
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

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-german-places/unknown-place", test_unknown_place);
  g_test_add_func ("/lang-german-places/common-word-no-place", test_common_word_no_place);
  g_test_add_func ("/lang-german-places/regions-stay", test_regions_stay);
  g_test_add_func ("/lang-german-places/village-as-family", test_village_as_family);
  g_test_add_func ("/lang-german-places/kind-compound-place", test_kind_compound_place);
  g_test_add_func ("/lang-german-places/dateline-beside-body", test_dateline_beside_body);
  g_test_add_func ("/lang-german-places/house-numbers", test_house_numbers);
  g_test_add_func ("/lang-german-places/adjective-kind-place", test_adjective_kind_place);
  g_test_add_func ("/lang-german-places/place-before-noun", test_place_before_noun);
  g_test_add_func ("/lang-german-places/historical-regions", test_historical_regions);
  g_test_add_func ("/lang-german-places/villages", test_villages);
  g_test_add_func ("/lang-german-places/not-villages", test_not_villages);
  g_test_add_func ("/lang-german-places/place-nouns", test_place_nouns);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
