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
#include <string.h>
#include "language.h"
#include "structure.h"

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

/* A club's and an advisers' body by their kind and place, and a
 * language's name after "in", which is no place. */
static void
test_clubs_and_languages (void)
{
  const char *text =
    "Die Turngemeinde Steinheim feiert am Wochenende ihr 100jähriges Bestehen. Die Verbraucherzentrale "
    "Hessen riet den Kunden, die Abrechnungen genau zu prüfen. Die Volkshochschule bietet ab September "
    "wieder Kurse in Italienisch und Türkisch an.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Turngemeinde Steinheim"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Verbraucherzentrale Hessen"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Italienisch"), ==, 0);
}

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

/* A land's name before a town is the club that bears them ("Bayern
 * München", "Hessen Kassel"), not two places; before a noun it stays the
 * land. */
static void
test_land_clubs (void)
{
  const char *text =
    "Die Eintracht hat am Samstag gegen den 1. FC Köln mit 2:1 gewonnen. Der Karlsruher SC verlor "
    "beim VfB Stuttgart. Spitzenreiter bleibt Bayern München nach einem 3:0 gegen Schalke 04. Hessen "
    "Kassel spielte 1:1. In Bayern Urlaub zu machen ist teuer.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bayern München"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "München"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Hessen Kassel"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bayern Urlaub"), ==, 0);
}

/* A surname the tagger reads as a place in a match report's prose ("beim
 * Tor durch Castellania (21. Minute)", an Italian-looking word) is the
 * player the report's line-up lists, wherever it is written alone: the
 * prose's places had outvoted the line-up's person (ner-lineups.c). */
static void
test_lineup_players (void)
{
  const char *text =
    "Treffer von Castellania / Köln - Bochum 2:0 (1:0)\n"
    "Der FC gewann am Samstag verdient gegen den VfL. Besonders wurde dies beim Tor durch Castellania "
    "(21. Minute) deutlich. Trainer Karl Berger lobte seine Mannschaft.\n"
    "Köln: Illgner - Baumann - Giske (72. Henri), Steinmann - Janßen, Littbarski, Flick, Rudy, Greiner - "
    "Castellania, Ordenewitz (46. Sturm).\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Castellania"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Castellania"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-german-clubs/club-kind-period", test_club_kind_period);
  g_test_add_func ("/lang-german-clubs/clubs-and-languages", test_clubs_and_languages);
  g_test_add_func ("/lang-german-clubs/towns-as-sides", test_towns_as_sides);
  g_test_add_func ("/lang-german-clubs/foreign-round", test_foreign_round);
  g_test_add_func ("/lang-german-clubs/club-kinds", test_club_kinds);
  g_test_add_func ("/lang-german-clubs/foreign-table", test_foreign_table);
  g_test_add_func ("/lang-german-clubs/undetermined-result", test_undetermined_result);
  g_test_add_func ("/lang-german-clubs/german-table-words", test_german_table_words);
  g_test_add_func ("/lang-german-clubs/club-words", test_club_words);
  g_test_add_func ("/lang-german-clubs/club-word-short-name", test_club_word_short_name);
  g_test_add_func ("/lang-german-clubs/foreign-club-words", test_foreign_club_words);
  g_test_add_func ("/lang-german-clubs/land-clubs", test_land_clubs);
  g_test_add_func ("/lang-german-clubs/lineup-players", test_lineup_players);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
