/* facts-session26b.c — session 26's helper `ner`, second round, on the
 * causes of wrong facts in English news (issue 14, "key facts a reader
 * can trust"): a town read as an organization before a thing of a
 * town's that no club or company has, a person's trade opening the
 * sentence read as part of the name, a body's show or product read as a
 * body, planets read as bodies or people, and "MP" kept in a name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * dev articles where the cause was found: the real plugin and the
 * shipped data, the facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "Leeds band Kaiser Chiefs", "his Glasgow four-piece band", "his
 * Buckinghamshire home", "the Derbyshire seat of Erewash": the town or
 * the county, not its club; a club's home match stays the club's
 * ("their Leeds home game"). */
static void
test_towns_thing (void)
{
  g_autoptr (GArray) chart = extract (
    "Rock band Doves have entered the UK album chart at number one. Hip-hop performer Akon's Locked Up "
    "is at number five, while hotly-tipped Leeds band Kaiser Chiefs have their second chart hit at "
    "number six with Oh My God. Usher's Caught Up was a new entry at number nine.\n");
  g_autoptr (GArray) festival = extract (
    "Rock veterans New Order have joined the T in the Park line-up alongside Athlete and Green Day. The "
    "Manchester band will play on 9 July at Scotland's biggest festival.\n");
  g_autoptr (GArray) brits = extract (
    "Kapranos and his Glasgow four-piece band have been nominated for five prizes at next week's Brit "
    "Awards.\n");
  g_autoptr (GArray) burglar = extract (
    "Rock star Ozzy Osbourne has been praised by police for tackling a burglar who stole jewellery. The "
    "singer grabbed an intruder who then jumped from a first floor window as the star gave chase at his "
    "Buckinghamshire home on Monday. His wife Sharon called the police.\n");
  g_autoptr (GArray) seat = extract (
    "Ex-chat show host Robert Kilroy-Silk is to contest the Derbyshire seat of Erewash at the next "
    "general election. Labour's Elizabeth Blackman won the seat in 1997.\n");
  g_autoptr (GArray) rugby = extract (
    "Wasps fly-half Alex King will miss their Leeds home game. Leeds coach Phil Davies said the Leeds "
    "group was strong.\n");

  g_assert_cmpuint (facts_fixture_count (chart, PRECIS_FACT_PLACE, "Leeds"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (chart, PRECIS_FACT_ORGANIZATION, "Leeds"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (chart, PRECIS_FACT_ORGANIZATION, "Kaiser Chiefs"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (festival, PRECIS_FACT_PLACE, "Manchester"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (brits, PRECIS_FACT_PLACE, "Glasgow"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (burglar, PRECIS_FACT_PLACE, "Buckinghamshire"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (burglar, PRECIS_FACT_PERSON, "Ozzy Osbourne"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (seat, PRECIS_FACT_PLACE, "Derbyshire"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (rugby, PRECIS_FACT_ORGANIZATION, "Leeds"), ==, 1);
}

/* "Boss Graeme Souness", "Model Caprice", "Author Florian Huber": a
 * person's trade written capitalized as the sentence's first word is no
 * part of the name, which is a person's; a title CoNLL keeps in the name
 * is not cut ("Attorney General Janet Reno"). */
static void
test_trade_opening_sentence (void)
{
  g_autoptr (GArray) match = extract (
    "Newcastle were beaten 2-0 at home by Charlton on Saturday. Boss Graeme Souness said his side had "
    "been poor. Souness added that the players needed to improve.\n");
  g_autoptr (GArray) eviction = extract (
    "Model Caprice and actor Jeremy Edwards have both left the Celebrity Big Brother house. Caprice, who "
    "left in the fourth eviction, said she was glad.\n");
  g_autoptr (GArray) book = extract (
    "Author Florian Huber wrote a book about the suicides in the town in 1945.\n");
  g_autoptr (GArray) inquiry = extract (
    "Attorney General Janet Reno said the inquiry would go on.\n");

  g_assert_cmpuint (facts_fixture_count (match, PRECIS_FACT_PERSON, "Graeme Souness"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (match, "Boss Graeme Souness"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (eviction, PRECIS_FACT_PERSON, "Caprice"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (eviction, "Model Caprice"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (book, PRECIS_FACT_PERSON, "Florian Huber"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (inquiry, PRECIS_FACT_PERSON, "Janet Reno"), ==, 1);
}

/* "BBC One's Breakfast with Frost", "Ubisoft's Rayman DS", "the BBC's
 * World Business Report": a name read as a body after a body's
 * possessive, that no list knows, is its show or product, no fact; a
 * person of the body ("said MSN's Blake Irving") and a part of it named
 * by its noun ("the Institute of Education's Centre for the Study of
 * Children") stay. */
static void
test_bodys_product (void)
{
  g_autoptr (GArray) interview = extract (
    "The prime minister told BBC One's Breakfast with Frost programme that the law would change. Mr Blair "
    "said he was sure.\n");
  g_autoptr (GArray) games = extract (
    "More than 120 games are in development, from developers such as Ubisoft's Rayman DS. Sony said its "
    "console would sell well.\n");
  g_autoptr (GArray) shares = extract (
    "Analysts at Nomura told the BBC's World Business Report that the shares would fall.\n");
  g_autoptr (GArray) search = extract ("Web searches will be better, said MSN's Blake Irving.\n");
  g_autoptr (GArray) study = extract (
    "The associate director of the Institute of Education's Centre for the Study of Children said more "
    "research was needed.\n");

  g_assert_cmpuint (facts_fixture_count_names (interview, "Breakfast"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (interview, PRECIS_FACT_ORGANIZATION, "BBC One"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (games, "Rayman DS"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (games, PRECIS_FACT_ORGANIZATION, "Ubisoft"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (shares, "World Business Report"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (search, PRECIS_FACT_PERSON, "Blake Irving"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (study, PRECIS_FACT_ORGANIZATION, "Centre for the Study of Children"), ==, 1);
}

/* "re-enter the Earth's atmosphere", "Jupiter's moon Ganymede": a planet
 * in an article of space is no organization and no person; a body named
 * after one stays ("Earth First protesters"). */
static void
test_celestial_body (void)
{
  g_autoptr (GArray) cargo = extract (
    "The cargo spacecraft will re-enter the Earth's atmosphere in about a week, the Russian space agency "
    "Roscosmos said. Flight controllers lost contact with it on Tuesday.\n");
  g_autoptr (GArray) moon = extract (
    "Scientists using NASA's Hubble Space Telescope found an ocean on Jupiter's moon Ganymede. Jupiter is "
    "the largest planet, said astronomer Jim Green.\n");
  g_autoptr (GArray) protest = extract (
    "Earth First protesters marched through Oxford, said organiser Jim Smith.\n");

  g_assert_cmpuint (facts_fixture_count_names (cargo, "Earth"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (cargo, PRECIS_FACT_ORGANIZATION, "Roscosmos"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (moon, "Jupiter"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (moon, PRECIS_FACT_PERSON, "Jim Green"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (protest, PRECIS_FACT_ORGANIZATION, "Earth First"), ==, 1);
}

/* "Tory MP Boris Johnson", "Labour MEP Glenys Kinnock": a member of a
 * parliament's title is no part of the person's name. */
static void
test_member_of_parliament (void)
{
  g_autoptr (GArray) row = extract (
    "Mr Blair should apologise for his comment to a Jewish reporter, Tory MP Boris Johnson has insisted. "
    "Mr Johnson also claimed the row was overblown.\n");
  g_autoptr (GArray) vote = extract ("Labour MEP Glenys Kinnock said the vote was lost.\n");

  g_assert_cmpuint (facts_fixture_count (row, PRECIS_FACT_PERSON, "Boris Johnson"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (row, "MP Boris Johnson"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (vote, PRECIS_FACT_PERSON, "Glenys Kinnock"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-session26b/towns-thing", test_towns_thing);
  g_test_add_func ("/facts-session26b/trade-opening-sentence", test_trade_opening_sentence);
  g_test_add_func ("/facts-session26b/bodys-product", test_bodys_product);
  g_test_add_func ("/facts-session26b/celestial-body", test_celestial_body);
  g_test_add_func ("/facts-session26b/member-of-parliament", test_member_of_parliament);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
