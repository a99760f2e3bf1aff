/* facts-session27.c — session 27's helper `ner` on the causes of wrong
 * facts in English news (issue 14, "key facts a reader can trust").
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

/* "Prince of Persia: Warrior Within", "Call of Duty: Finest Hour",
 * "Grand Theft Auto: San Andreas": a title and its subtitle joined by a
 * colon inside a sentence are a work, no place and no body; a caption's
 * head ("Injured: Chris Copeland") and a team's line ("Man Utd: Carroll,
 * Gary Neville") keep their names. */
static void
test_colon_subtitle (void)
{
  g_autoptr (GArray) awards = extract (
    "Halo 2 won the best Xbox game category, while Prince of Persia: Warrior Within was adjudged the best "
    "GameCube title. The audio award was won by Call of Duty: Finest Hour and Hitman: Contracts won the "
    "music award. Other winners included Grand Theft Auto: San Andreas which took the prize.\n");
  g_autoptr (GArray) caption = extract (
    "The forward was hurt in the second half of the defeat in Indiana. Injured: Chris Copeland was "
    "stabbed outside a nightclub in New York.\n");
  g_autoptr (GArray) lineup = extract (
    "United won the derby at the City of Manchester stadium. Man Utd: Carroll, Gary Neville, Ferdinand, "
    "Brown, Heinze.\n");

  g_assert_cmpuint (facts_fixture_count_names (awards, "Persia"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (awards, "Finest Hour"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (awards, "San Andreas"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (caption, PRECIS_FACT_PERSON, "Chris Copeland"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (lineup, PRECIS_FACT_PERSON, "Gary Neville"), ==, 1);
}

/* "favourites Million Dollar Baby and The Aviator", "including The
 * Aviator and Sideways": a name listed beside a film that the article's
 * words make a title is one too, though no noun stands before it; a
 * person listed beside a title after a comma that opens a clause keeps
 * the name ("In a statement to Gossip Cop, Giada said"), and so does a
 * body after "the" ("for the National Theatre, Private Lives and"). */
static void
test_listed_beside_title (void)
{
  g_autoptr (GArray) guild = extract (
    "Hilary Swank won the best actress award for her role as a boxer in the film Million Dollar Baby. "
    "Modest wine country comedy Sideways knocked out favourites Million Dollar Baby and The Aviator by "
    "taking the top prize for best cast performance.\n");
  g_autoptr (GArray) stage = extract (
    "The actress died in hospital aged 55. Her career also included stage performances for the National "
    "Theatre, in the film Private Lives and The Rise and Fall of Little Voice.\n");

  g_assert_cmpuint (facts_fixture_count_names (guild, "The Aviator"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (guild, "Aviator"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (guild, PRECIS_FACT_PERSON, "Hilary Swank"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (stage, "The Rise"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (stage, "Fall of Little Voice"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (stage, PRECIS_FACT_ORGANIZATION, "National Theatre"), ==, 1);
}

/* "Nintendo's DS handheld game console", "machines running Windows
 * 2000": a name its words once make a product is one in all its mentions
 * ("the DS can run", read as a body), and so is a longer name opening
 * with it ("Windows XP"); the owner of a product stays a person
 * ("versions of Van De Ven's pictures"). */
static void
test_product_said_once (void)
{
  g_autoptr (GArray) launch = extract (
    "Nintendo's DS handheld game console has officially gone on sale in Europe. The DS spearheads "
    "Nintendo's attempt to continue its dominance of the handheld gaming market. The DS can run any of the "
    "catalogue of 700 games. Other DS owners can also be sent text messages. Games for the DS are expected "
    "to cost between £19 and £29.\n");
  g_autoptr (GArray) virus = extract (
    "The worms can infect machines running Windows 2000 and Server 2003. Users running Windows XP that have "
    "applied the update are not vulnerable. Windows is the most widely used system, said Graham Cluley of "
    "Sophos.\n");
  g_autoptr (GArray) blogger = extract (
    "Belgian food blogger Yves Van De Ven took a couple of pictures in Paris. Users submitted their own "
    "versions of Van De Ven's pictures.\n");

  g_assert_cmpuint (facts_fixture_count_names (launch, "DS"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (launch, PRECIS_FACT_ORGANIZATION, "Nintendo"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (virus, "Windows XP"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (virus, "Windows"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (virus, PRECIS_FACT_PERSON, "Graham Cluley"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (blogger, PRECIS_FACT_PERSON, "Yves Van De Ven"), ==, 1);
}

/* "Ex-Labour MP George Galloway": a former office, "ex-" and a title
 * word, is cut from the person's name as the office is. */
static void
test_former_title (void)
{
  g_autoptr (GArray) appeal = extract (
    "Ex-Labour MP George Galloway has appealed for the release of aid worker Margaret Hassan. Mr Galloway "
    "said the kidnapping was wrong.\n");

  g_assert_cmpuint (facts_fixture_count (appeal, PRECIS_FACT_PERSON, "George Galloway"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (appeal, "Ex-Labour MP George Galloway"), ==, 0);
}

/* "Christmas shoppers", "this Christmas": tzdata names Christmas Island's
 * zone "Indian/Christmas" and Easter Island's "Pacific/Easter"; the feast
 * is no place, the island keeps its whole name. */
static void
test_feast_no_place (void)
{
  g_autoptr (GArray) shopping = extract (
    "Cyberspace is becoming a very popular destination for Christmas shoppers. Forecasts predict that "
    "British people will spend 4bn pounds buying gifts online. About 85% of this group expect to do a lot "
    "of their Christmas gift buying online this year. Almost a third of all the money spent online this "
    "Christmas will come out of British wallets.\n");
  g_autoptr (GArray) island = extract (
    "The statues of Easter Island are older than thought, the researchers from Chile said.\n");

  g_assert_cmpuint (facts_fixture_count (shopping, PRECIS_FACT_PLACE, "Christmas"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (island, PRECIS_FACT_PLACE, "Easter Island"), ==, 1);
}

/* "Christmas is a special time", "the spirit of Christmas", "Father
 * Christmas": a name most of whose mentions are a date's words is no
 * person, though one mention is none. */
static void
test_name_mostly_date (void)
{
  g_autoptr (GArray) premiere = extract (
    "Hollywood star Tom Hanks was in London's Leicester Square for the UK premiere of Polar Express.\n\n"
    "The West End landmark was turned into a snowy landscape with carol singers to mark the arrival of the "
    "animated film. \"This is Leicester Square like you've never seen it,\" said Hanks, who plays five roles "
    "in the movie. Polar Express is based on a children's book about a young boy's journey to meet Santa "
    "Claus. Hundreds of fans greeted the star, all wearing Santa hats. Hanks said that the film has an "
    "\"elegant message\". \"Christmas is a special time of the year and you get out of it what you put into "
    "it,\" added the actor.\n\n"
    "\"I believe in the spirit of Christmas and I think that's embodied in Santa Claus,\" he said. The "
    "technique enables Hanks to play a number of roles, including the boy at the centre of the story, and "
    "Father Christmas. It is directed by Robert Zemeckis.\n");

  g_assert_cmpuint (facts_fixture_count (premiere, PRECIS_FACT_PERSON, "Christmas"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (premiere, PRECIS_FACT_PERSON, "Tom Hanks"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-session27/colon-subtitle", test_colon_subtitle);
  g_test_add_func ("/facts-session27/listed-beside-title", test_listed_beside_title);
  g_test_add_func ("/facts-session27/product-said-once", test_product_said_once);
  g_test_add_func ("/facts-session27/former-title", test_former_title);
  g_test_add_func ("/facts-session27/feast-no-place", test_feast_no_place);
  g_test_add_func ("/facts-session27/name-mostly-date", test_name_mostly_date);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
