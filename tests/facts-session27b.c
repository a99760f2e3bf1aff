/* facts-session27b.c — session 27's helper `ner`, round 2: a day's name
 * is no person, body or place, nor is a name before "films" (issue 14,
 * "key facts a reader can trust").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the
 * CNN/DM and BBC dev articles where the cause was found: the real plugin
 * and the shipped data, the facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
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

/* "the Matrix movies", "the Harry Potter films": "the", a name and a
 * plural of works after it name the works, no person; "the Cleveland
 * franchise" is a club's, and stays. */
static void
test_works_plural (void)
{
  g_autoptr (GArray) star = extract (
    "Actor Keanu Reeves, best known for his role in the Matrix movies, has been awarded a star. He went on "
    "to combine such blockbusters as Speed and the Matrix series with smaller films.\n");
  g_autoptr (GArray) fudge = extract (
    "He introduced himself to a younger generation of viewers with an appearance in the Harry Potter films, "
    "where he played Cornelius Fudge.\n");
  g_autoptr (GArray) club = extract ("He said the Cleveland franchise was for sale.\n");

  g_assert_cmpuint (facts_fixture_count_names (star, "Matrix"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (star, PRECIS_FACT_PERSON, "Keanu Reeves"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (fudge, "Harry Potter"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (club, PRECIS_FACT_ORGANIZATION, "Cleveland"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-session27b/day-names", test_day_names);
  g_test_add_func ("/facts-session27b/name-date-edges", test_name_date_edges);
  g_test_add_func ("/facts-session27b/works-plural", test_works_plural);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
