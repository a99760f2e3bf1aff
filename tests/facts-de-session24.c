/* facts-de-session24.c — German sport: clubs named by their town in a
 * sports report, and the other sports' clubs by their kind (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German
 * paper's sports pages (the Frankfurter Rundschau of CoNLL-2003 German):
 * a club is named by its town ("gegen Nürnberg", "Bochums Trainer"),
 * which the tagger reads as the town, and a local club by its kind's
 * initials ("TV", "TC", "HC") and its village.
 */
#include "facts-fixture.h"
#include "language.h"
#include "structure.h"

#include <string.h>

/* The same words outside sport: a town "gegen" which a town goes to court
 * stays a place, no club. */
static void
assert_not_sports (void)
{
  const char *text =
    "Die Stadt Offenbach klagt gegen Frankfurt. Der Magistrat will die neue Müllverbrennungsanlage "
    "verhindern, sagte Oberbürgermeister Wolfgang Reuter am Montag. Die Anwohner in Bürgel fürchten "
    "Lärm und Gestank.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Frankfurt"), ==, 0);
}

/* A Bundesliga report: the sides named by their towns are clubs; the
 * town where the match was played stays a place, and so does a nation
 * named beside them. */
static void
test_towns_as_sides (void)
{
  const char *text =
    "Bochum verliert auch das zweite Heimspiel\n"
    "Der VfL Bochum hat am dritten Spieltag der Fußball-Bundesliga eine bittere Niederlage einstecken "
    "müssen. Vor 18 000 Zuschauern unterlag die Elf von Trainer Klaus Toppmöller mit 1:3 gegen "
    "Nürnberg. Zwei Tore des Stürmers Andreas Köpke brachten die Gäste schon vor der Halbzeit in "
    "Führung. \"Wir haben in der Abwehr zu viele Fehler gemacht\", sagte Bochums Trainer nach dem "
    "Abpfiff. Spitzenreiter bleibt Aufsteiger Karlsruhe, der am Samstag 2:0 bei Wattenscheid "
    "gewann. Die Karlsruher spielen nun in Dortmund.\n\n"
    "Der Libero Thomas Helmer fehlt am Mittwoch im Länderspiel gegen Dänemark.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Nürnberg"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Nürnberg"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Karlsruhe"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Wattenscheid"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Dortmund"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Dortmund"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Dänemark"), ==, 1);
  assert_not_sports ();
}

/* A foreign league's round told in prose: "3:1 von X über Y", "X ( 2:0
 * gegen Y )", "X folgt". */
static void
test_foreign_round (void)
{
  const char *text =
    "Fußball in Frankreich\n"
    "Am vierten Spieltag der ersten französischen Division gewann Tabellenführer Olympique Marseille "
    "beim 3:1 von Auxerre über Lens kein Spiel, sondern sah zu. Bordeaux ( 2:0 gegen Nantes ) und "
    "Toulouse liegen nun punktgleich vorn. Marseille folgt mit einem Punkt Rückstand auf Platz drei. "
    "Der Trainer der Marseiller wohnt seit Jahren in Marseille.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Auxerre"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Lens"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Nantes"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Nantes"), ==, 0);
}

/* Local sport: the gymnasts', tennis and handball clubs by their kind's
 * initials and their village. */
static void
test_club_kinds (void)
{
  const char *text =
    "Handball-Bezirksligist TV Altenstadt hat für die neue Saison drei Spieler verpflichtet: "
    "Markus Roth kommt vom TV Kesselstadt, Peter Lang vom HC Büdingen. Die Tennisdamen des "
    "TC Bad Vilbel spielen am Sonntag um den Aufstieg.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "TV Altenstadt"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "TV Kesselstadt"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "HC Büdingen"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "TC Bad Vilbel"), ==, 1);
}

/* A foreign league's results table on a German sports page: names and
 * numbers, its own words nouns in capitals ("Spieltag", "Tore"), so its
 * language is its clubs' (Swedish, which has no model); its clubs are
 * read all the same. */
static void
test_foreign_table (void)
{
  const char *text =
    "Zahlen\n"
    "SCHWEDEN ( 12. Spieltag ) :\n"
    "IFK Göteborg - Malmö FF 2:1 , AIK Solna - Djurgårdens IF 0:0 , Örebro SK - Halmstads BK 1:3 , "
    "Trelleborgs FF - Östers IF 2:2 , IFK Norrköping - Helsingborgs IF 4:0 .\n"
    "- Tabellenspitze :\n"
    "1. IFK Göteborg 25:10 Tore / 19:5 Punkte , 2. AIK Solna 20:12 / 16:8 , 3. IFK Norrköping 22:14 / 15:9 .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "IFK Göteborg"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Malmö FF"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Helsingborgs IF"), ==, 1);
}

/* A match's result line and its line-ups, too few words to tell a
 * language ("und", read by the default model): the result's sides are
 * clubs, as in a German report. */
static void
test_undetermined_result (void)
{
  const char *text =
    "Hertha Berlin - Fortuna Köln 0:0\n"
    "Berlin :\n"
    "Junghans - Lehmann - Brand , Gerber - Kolbe ( 70. Schulte ) , Petrow , Hecht , Wiegand - Sander , Ott .\n"
    "Köln :\n"
    "Reich - Moser - Fink , Haas - Roth , Vogel ( 46. Sauer ) , Engel , Kunze - Seidel , Pohl .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "und");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Hertha Berlin"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Fortuna Köln"), ==, 1);
}

/* A Dutch league's table on a German page: its own words are German
 * nouns in capitals ("Spieltag", "Tore", "Punkte"), which make it German
 * though its clubs' names are Dutch; German's rules read its result
 * lines, and its nouns are no names. */
static void
test_german_table_words (void)
{
  const char *text =
    "Zahlen\n"
    "NIEDERLANDE ( 5. Spieltag ) :\n"
    "Vitesse Arnheim - Roda JC Kerkrade 2:1 , Sparta Rotterdam - FC Groningen 0:0 , SC Heerenveen - NAC "
    "Breda 3:2 , Willem II Tilburg - FC Volendam 1:1 , RKC Waalwijk - FC Den Haag 2:0 .\n"
    "- Tabellenspitze :\n"
    "1. Vitesse Arnheim 12:4 Tore / 9:1 Punkte , 2. SC Heerenveen 10:5 / 8:2 , 3. Sparta Rotterdam 7:3 / 7:3 .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpstr (precis_language_identify (text, strlen (text), NULL), ==, "de");
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "NAC Breda"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Punkte"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Tore"), ==, 0);
}

/* A German headline ending in a separable verb's particle ("an") over
 * its dateline: two lines, the dateline's town a place, as after any
 * other headline. */
static void
test_headline_particle (void)
{
  const char *text =
    "Bürgerinitiative kündigt Widerstand gegen die neue Umgehungsstraße an\n"
    "SCHWERIN , 23. August ( AP ) . Die Bürgerinitiative will am Montag vor dem Landtag demonstrieren .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);
  guint32 n_blocks;
  g_autofree PrecisBlock *blocks = precis_structure_blocks (text, (guint32) strlen (text), FALSE, "de", &n_blocks);

  g_assert_cmpuint (n_blocks, ==, 2);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "SCHWERIN"), ==, 1);
}

/* Local clubs named by a traditional word and their village ("Germania",
 * "Viktoria", "Roter Stern", a colour): the tagger read a person or the
 * village; a woman with such a given name stays a person. */
static void
test_club_words (void)
{
  const char *text =
    "Im Kreispokal trifft Germania Okriftel am Mittwoch auf Viktoria Kelsterbach. Der Sieger spielt in der "
    "zweiten Runde gegen Roter Stern Hofheim oder Blau-Weiß Espa. Trainer Helmut Kraus hofft auf viele "
    "Zuschauer, sagte Vereinssprecherin Viktoria Schneider.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Germania Okriftel"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Viktoria Kelsterbach"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Blau-Weiß Espa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Viktoria Schneider"), ==, 1);
}

/* A club named by its town's adjective and its word ("Stuttgarter
 * Kickers") is then named by the word alone. */
static void
test_club_word_short_name (void)
{
  const char *text =
    "Fußball-Zweitligist Offenbacher Kickers hat sich am Sonntag von Trainer Horst Brenner getrennt. "
    "Brenner hatte als Spieler der Kickers zwei Aufstiege gefeiert. Nach fünf Niederlagen in Folge "
    "sei die Trennung unvermeidlich gewesen, sagte der Präsident der Kickers.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_ORGANIZATION, "Offenbacher Kickers"), ==, 3);
}

/* A local page's announcement, as a client sends a tokenized line: the
 * telephone's abbreviation before its number is no person. */
static void
test_phone_words (void)
{
  const char *text =
    "Der Kurs beginnt am 3. September im Frauenzentrum. Anmeldungen nimmt das Frauenzentrum unter Tel .\n"
    "0 60 31 / 1 23 45 entgegen .\n"
    "Weitere Auskunft gibt es im Kulturbüro , Tel .\n"
    "0 61 01 / 4 00 .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Tel"), ==, 0);
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

/* Foreign clubs as German writes them, a word and their town ("Sturm
 * Graz", "Austria Wien"): the tagger read a person and a place. */
static void
test_foreign_club_words (void)
{
  const char *text =
    "Der Österreicher Peter Stöger spielt seit Sommer für Sturm Graz und trifft am Samstag auf Austria "
    "Wien.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Sturm Graz"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Austria Wien"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-de-session24/towns-as-sides", test_towns_as_sides);
  g_test_add_func ("/facts-de-session24/foreign-round", test_foreign_round);
  g_test_add_func ("/facts-de-session24/club-kinds", test_club_kinds);
  g_test_add_func ("/facts-de-session24/foreign-table", test_foreign_table);
  g_test_add_func ("/facts-de-session24/undetermined-result", test_undetermined_result);
  g_test_add_func ("/facts-de-session24/german-table-words", test_german_table_words);
  g_test_add_func ("/facts-de-session24/headline-particle", test_headline_particle);
  g_test_add_func ("/facts-de-session24/club-words", test_club_words);
  g_test_add_func ("/facts-de-session24/club-word-short-name", test_club_word_short_name);
  g_test_add_func ("/facts-de-session24/phone-words", test_phone_words);
  g_test_add_func ("/facts-de-session24/house-numbers", test_house_numbers);
  g_test_add_func ("/facts-de-session24/foreign-club-words", test_foreign_club_words);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
