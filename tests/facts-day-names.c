/* facts-day-names.c — the names of days, feasts and months are dates, not
 * people, places or bodies; a given name that is a month or a weekday stays
 * a name (issue 14).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * and CNN/Daily Mail dev articles or the web pages where the cause was
 * found, read by the real plugin with the shipped data (the facts a reader
 * sees); each failed before the change it guards.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
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

/* "Good Friday, Easter Saturday and Easter Monday", "a Christmas
 * present", "a New Years Eve party": a name made of weekdays, feasts and
 * the words that join them is a day, dated or not; a name with another
 * word keeps it ("Christmas Island", "the Mail on Sunday"). */
static void
test_day_names (void)
{
  g_autoptr (GArray) holidays = extract (
    "Under the pact, no public holiday is triggered when Anzac Day falls on a Saturday, as it does this "
    "year. If Easter, Christmas, Australia Day or Labour Day fall on a weekend, a holiday is granted on a "
    "weekday. The anniversary of the landing on Gallipoli has fallen on a Saturday this year. It was "
    "decided that a public holiday for Anzac Day would only be triggered if it fell on a Monday Good "
    "Friday, Easter Saturday and Easter Monday would continue to be observed on the days set according to "
    "tradition across the nation. The last time Anzac Day fell on a Saturday was 2009, said Stephen "
    "Cartwright.\n");
  g_autoptr (GArray) present = extract (
    "The plot of a bestseller that thousands of readers are likely to receive as a Christmas present is "
    "laughable, a clergyman has said. Writing his Christmas message in the Northern Echo, the Bishop of "
    "Durham said the book was fun.\n");
  g_autoptr (GArray) party = extract (
    "Texting is useful in noisy places, said Mike Short, chairman of the MDA. \"In the case of a New Years "
    "Eve party, texting is useful if you are unable to speak or hear,\" he said.\n");
  g_autoptr (GArray) island = extract (
    "The Mail on Sunday said the ship reached Christmas Island with 300 people on board.\n");

  g_assert_cmpuint (facts_fixture_count_names (holidays, "Easter Saturday"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (holidays, "Saturday"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (holidays, PRECIS_FACT_PERSON, "Stephen Cartwright"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (present, "Christmas"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (party, "New Years Eve"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (island, PRECIS_FACT_PLACE, "Christmas Island"), ==, 1);
}

/* "with President Obama Saturday night", "the rape of a student in
 * February Alshammari had been charged": a weekday after a person's name
 * and a month after "in" before it are the sentence's date, cut from the
 * name; a month or a weekday that is a given name stays ("Mad Men
 * star January Jones", "The midfielder Sunday Oliseh"). */
static void
test_name_date_edges (void)
{
  g_autoptr (GArray) dinner = extract (
    "The senator will be attending the White House Correspondents' Dinner with President Obama Saturday "
    "night, his office said.\n");
  g_autoptr (GArray) charged = extract (
    "Monsour Alshammari was arrested in Texas and extradited back to Utah, where he faces charges related "
    "to the rape of a student in February Alshammari had been charged on April 3 with rape, a felony. "
    "Alshammari denies the charges.\n");
  g_autoptr (GArray) given = extract (
    "He was said to be involved with Mad Men star January Jones in 2010. Stephanie asked him after "
    "January Jones, he said. The midfielder Sunday Oliseh scored twice for Nigeria in March.\n");

  g_assert_cmpuint (facts_fixture_count_names (dinner, "Obama Saturday"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (dinner, PRECIS_FACT_PERSON, "Obama"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (charged, "February Alshammari"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (charged, PRECIS_FACT_PERSON, "Monsour Alshammari"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (given, PRECIS_FACT_PERSON, "January Jones"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (given, PRECIS_FACT_PERSON, "Sunday Oliseh"), ==, 1);
}

/* "If Easter, Christmas, Australia Day or Labour Day fall on a weekend":
 * a place before "Day" names a day, no place; "the Age UK Day Centre"
 * keeps its body. */
static void
test_place_before_day (void)
{
  g_autoptr (GArray) facts = extract (
    "Under the pact, if Easter, Christmas, Australia Day or Labour Day fall on a weekend, a holiday is "
    "granted on a weekday. Staff in Canberra will get the day off. The Prime Minister met volunteers at "
    "the Age UK Day Centre in Plymouth.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Australia"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Australia Day"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Canberra"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Age UK"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-day-names/feast-no-place", test_feast_no_place);
  g_test_add_func ("/facts-day-names/name-mostly-date", test_name_mostly_date);
  g_test_add_func ("/facts-day-names/day-names", test_day_names);
  g_test_add_func ("/facts-day-names/name-date-edges", test_name_date_edges);
  g_test_add_func ("/facts-day-names/place-before-day", test_place_before_day);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
