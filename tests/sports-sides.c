/* sports-sides.c — clubs a sports report names, read as their towns or as
 * people (issue 14).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the
 * CNN/Daily Mail and BBC sport reports where the cause was found: the real
 * plugin and the shipped data, the facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* A round's permutations: "(home to X)", "(away to X)", "X will be
 * relegated" name sides, whether the tagger read a town or a person. */
static void
test_fixtures_of_a_round (void)
{
  g_autoptr (GArray) facts = extract (
    "Relegation battle goes to the wire\n\n"
    "With one weekend of football left, the fight against relegation is far from over. "
    "Eastleigh will go down if they lose and Macclesfield (away to Torquay) win, or if Port Vale "
    "(away to Yeovil) avoid defeat. Port Vale will be safe with a draw. Stevenage (home to "
    "Carlisle) need a point, while Gateshead (home to Kidderminster) can still reach the "
    "play-offs. The striker who scored twice last week is fit again.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Macclesfield"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Macclesfield"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Port Vale"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Port Vale"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Gateshead"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kidderminster"), ==, 0);
}

/* A league's weekend told in prose: "at home to Sevilla", "a win over
 * Granada", "bottom-placed Cordoba"; the town where a match was played
 * stays a place ("in Madrid"). */
static void
test_league_weekend (void)
{
  g_autoptr (GArray) facts = extract (
    "La Liga preview\n\n"
    "Almeria will look to build on their priceless win over Granada last week, with the "
    "relegation zone only two points away. Granada play at home to Sevilla on Sunday, while "
    "bottom-placed Cordoba travel to Eibar. The Sevilla striker missed training after scoring "
    "twice in Madrid, and his manager said the squad would decide the season in the last "
    "fixtures.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Granada"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Granada"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Sevilla"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Sevilla"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Cordoba"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Madrid"), ==, 1);
}

/* A team sheet: a player's club in brackets after his name. */
static void
test_team_sheet (void)
{
  g_autoptr (GArray) facts = extract (
    "England name side for Ireland\n\n"
    "England have named two new caps for Sunday's Six Nations match against Ireland at "
    "Twickenham, with the fly-half and the scrum-half both kept from last week.\n\n"
    "J Noon (Newcastle), O Barkley (Bath); C Hodgson (Sale), H Ellis (Leicester); G Rowntree "
    "(Leicester), S Thompson (Northampton), M Corry (Leicester).\n\n"
    "The flanker is the only change from the squad that lost in Paris.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Leicester"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Leicester"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Ireland"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Paris"), ==, 1);
}

/* A side the tagger read as a town once or twice and not at all where the
 * report makes it one ("Norwich boss Nigel Worthington": a repetition
 * the tagger missed), and a side's plural verb ("Leinster are again
 * looking"). */
static void
test_side_of_a_repetition (void)
{
  g_autoptr (GArray) facts = extract (
    "Keegan feels for Worthington\n\n"
    "Robbie Fowler took his Premiership goal tally past 150 with a brace in Monday's 3-2 win at "
    "Norwich. City came back from two goals down at Carrow Road, and Kevin Keegan sympathised "
    "with Norwich boss Nigel Worthington afterwards. \"It is a killer blow for Norwich,\" he said "
    "of the relegation fight.\n\n"
    "Leinster are again looking the most potent outfit in the Celtic League, while Ulster were "
    "beaten at home by Gloucester in the Heineken Cup. Ulster's home clash with Leinster is on "
    "Friday, and the fly-half returns after a month out.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Norwich"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Norwich"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Leinster"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Leinster"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Carrow Road"), ==, 1);
}

/* A club the tagger reads as a person in most of its mentions, which the
 * report names as a season's winners and by its director's post
 * ("eventual winners Wasps", "Wasps rugby director Warren Gatland"). */
static void
test_winners_and_director (void)
{
  g_autoptr (GArray) facts = extract (
    "Leicester edge thriller\n\n"
    "Leicester withstood a stunning late comeback to win a pulsating Heineken Cup encounter. The "
    "hosts led at half-time through tries from Lewis Moody and Martin Corry before European "
    "champions Wasps fought back with a try and two penalties. Wasps turned down several "
    "penalties to go for the try they needed, and Wasps pounded the line in the closing moments. "
    "Wasps rugby director Warren Gatland said his fly-half had been superb. Last season the Irish "
    "side went down 37-32 to eventual winners Wasps in the semi-final, when Moody scored twice.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Wasps"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Wasps"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Warren Gatland"), ==, 1);
}

/* A rugby report that writes none of football's words: its coach, its
 * captain, its referee and "champions" make it a sports report. */
static void
test_rugby_report (void)
{
  g_autoptr (GArray) facts = extract (
    "Bourgoin stun Clermont\n\n"
    "Bourgoin coach Laurent Seigne praised his players after the French champions were beaten at "
    "home. The referee sent off two players in the second half of a bad-tempered clash, and "
    "Clermont captain Aurelien Rougerie said his side had lost their heads. Clermont travel to "
    "Biarritz next week, when their captain returns.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Clermont"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Aurelien Rougerie"), ==, 1);
}

/* A short report writes few words of sport ("coach", "champions"), but a
 * competition's name and a score besides: it is a sports report all the
 * same ("a Uefa Cup exit at the hands of Steaua Bucharest"). */
static void
test_short_report (void)
{
  g_autoptr (GArray) facts = extract (
    "Ranieri sacked by Valencia\n\n"
    "Claudio Ranieri has been sacked eight months after taking over for the second time. The "
    "Spanish champions lost 2-1 to Racing Santander last weekend, and a Uefa Cup exit at the "
    "hands of Steaua Bucharest followed. Ranieri first took charge of Valencia in 1997, and "
    "his former assistant Antonio Lopez will be the new coach.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Valencia"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Valencia"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Steaua Bucharest"), ==, 1);
}

/* A move from one side to another named between ("since arriving at
 * Liverpool from Valencia"), in a report whose only word of sport is
 * "captain", beside two competitions ("Champions League", "Carling Cup"). */
static void
test_move_between_sides (void)
{
  g_autoptr (GArray) facts = extract (
    "Benitez urges Gerrard to aim high\n\n"
    "Liverpool manager Rafael Benitez has told captain Steven Gerrard to be more positive about "
    "winning the Champions League. Benitez is hoping to win his first trophy since arriving at "
    "Liverpool from Valencia when they play Chelsea in the Carling Cup on Sunday.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Valencia"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Valencia"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Steven Gerrard"), ==, 1);
}

/* A round-up's league headings run into the first club after them when
 * the text loses its line breaks ("Championship Watford (away to
 * Brighton)"), and a caption's event into its player ("World
 * Championships Stevens in action"): the club and the player. */
static void
test_competition_heading_run_on (void)
{
  g_autoptr (GArray) facts = extract (
    "Promotion and relegation permutations\n\n"
    "With two weekends of football left, the play-off places are far from settled. Championship "
    "Watford (away to Brighton) will be promoted if they win and Middlesbrough lose. Watford have "
    "scored in every match since January. Conference Barnet (home to Gateshead) will be promoted "
    "as champions if they win, and Barnet need only a draw if Bristol Rovers lose.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Watford"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Barnet"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Championship Watford"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Conference Barnet"), ==, 0);
}

/* Other news has no sides: "a man from Leicester", "travelled from
 * Leicester to Bradford". */
static void
test_not_a_sports_report (void)
{
  g_autoptr (GArray) facts = extract (
    "Two men held over marriage network\n\n"
    "A 24-year-old man from Leicester was detained on Monday. Police said the network, based "
    "in Leicester, had arranged dozens of marriages, and officers travelled from Leicester to "
    "Bradford to make the arrests.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Leicester"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Leicester"), ==, 0);
}

/* "Wasps piled on the pressure", "for Wasps' second try": in a sports
 * report, one word that is the plural of a noun names a side, though the
 * tagger reads a person. */
static void
test_plural_noun_side (void)
{
  g_autoptr (GArray) facts = extract (
    "Leicester kept their hopes alive with a bonus-point win over Wasps at Welford Road. Tom Voyce powered "
    "through the defence for Wasps' second try before the fly-half Richard Birkett went over. Wasps piled "
    "on the pressure in the final minutes, but Leicester held on to win 31-17. The result leaves Wasps "
    "third in the Premiership, and their captain said the squad would recover.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Wasps"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Wasps"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Tom Voyce"), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/sports-sides/fixtures-of-a-round", test_fixtures_of_a_round);
  g_test_add_func ("/sports-sides/league-weekend", test_league_weekend);
  g_test_add_func ("/sports-sides/team-sheet", test_team_sheet);
  g_test_add_func ("/sports-sides/side-of-a-repetition", test_side_of_a_repetition);
  g_test_add_func ("/sports-sides/winners-and-director", test_winners_and_director);
  g_test_add_func ("/sports-sides/rugby-report", test_rugby_report);
  g_test_add_func ("/sports-sides/short-report", test_short_report);
  g_test_add_func ("/sports-sides/move-between-sides", test_move_between_sides);
  g_test_add_func ("/sports-sides/competition-heading-run-on", test_competition_heading_run_on);
  g_test_add_func ("/sports-sides/not-a-sports-report", test_not_a_sports_report);
  g_test_add_func ("/sports-sides/plural-noun-side", test_plural_noun_side);
  return g_test_run ();
}
