/* facts-ner2-session24.c — session 24's second helper on the causes of
 * wrong facts in English news (issue 14, "key facts a reader can
 * trust"): one organization written two ways made two facts, films dated
 * by a year's possessive read as people, common nouns' short forms read
 * as organizations, video games after the noun of their kind, titles
 * listed beside titles, titles whose first words the tagger left out.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * and CNN/DM dev articles where the cause was found: the real plugin and
 * the shipped data, the facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "Mercedes" beside "Mercedes-Benz": a hyphenated name the lexicons list
 * as one company is the company its first part names, one fact; a
 * hyphenated name they do not list joins two bodies ("TNK-BP", a venture
 * of BP) and keeps its parts apart. */
static void
test_hyphenated_names (void)
{
  g_autoptr (GArray) facts = extract (
    "Car sales rise at DaimlerChrysler\n\n"
    "DaimlerChrysler sold more cars in 2004, as solid Chrysler sales offset a weak showing for Mercedes. "
    "A switch to new models hit luxury marque Mercedes-Benz, with sales down 3%. The Smart brand is "
    "controlled by the Mercedes group, and Mercedes dealerships will now sell it, said the firm.\n");
  g_autoptr (GArray) venture = extract (
    "Oil output climbs in Russia\n\n"
    "Russian oil firm TNK-BP said output rose by 12% last year. BP, which owns half of TNK-BP, said "
    "its profits would rise. BP shares gained 2% in London.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Mercedes") + facts_fixture_count_names (facts, "Mercedes-Benz"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_ORGANIZATION, "Mercedes"), ==, 4);
  g_assert_cmpuint (facts_fixture_count (venture, PRECIS_FACT_ORGANIZATION, "BP"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (venture, PRECIS_FACT_ORGANIZATION, "TNK-BP"), ==, 1);
}

/* "1989's Shirley Valentine", "2013's Saving Mr Banks": a year's
 * possessive before a name dates a film, no person; a person after a
 * year and a noun stays one ("in 1989 Anna Keaveney"). */
static void
test_year_possessive_works (void)
{
  g_autoptr (GArray) facts = extract (
    "Actress dies aged 55\n\n"
    "Actress Anna Keaveney has died of lung cancer. Born in Runcorn, she starred in numerous films "
    "including 1989's Shirley Valentine and 1947's Nicholas Nickleby. The rights to the book have been "
    "bought by the makers of 2013's Saving Mr Banks, said her agent Barry Brown. In 1989 Anna Keaveney "
    "joined the National Theatre.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Shirley Valentine"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Nicholas Nickleby"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Banks"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Mr Banks"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Anna Keaveney"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Barry Brown"), ==, 1);
}

/* "sent by SMS", "a USB stick", "the firm's IPO", "games for the PC":
 * a common noun's short form names a kind of thing, no organization,
 * though the article never writes it in the plural; one that opens a
 * longer name stays in it ("PC World"). */
static void
test_kind_acronyms (void)
{
  g_autoptr (GArray) facts = extract (
    "Phone firm plans share sale\n\n"
    "Mobile operator Orange said customers sent 2bn messages by SMS last year, and its new handset "
    "plugs into a PC through a USB cable. The company is planning an IPO in the spring, Orange said. "
    "Electrical retailer PC World will sell the handset, and the IPO could raise $1bn, said Mark Jones of "
    "PC World.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "SMS"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "USB"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "IPO"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "PC"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Orange"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "PC World"), ==, 1);
}

/* "rhythm game Donkey Konga", "PlayStation 2 title Singstar": a video
 * game's title after the noun of its kind, which a word qualifies, is no
 * person; a player after a match's "the game" stays one. */
static void
test_game_titles (void)
{
  g_autoptr (GArray) facts = extract (
    "Halo 2 wins top games award\n\n"
    "The originality award was won by PlayStation 2 title Singstar while the children's award went to "
    "bongo rhythm game Donkey Konga, said Fred Hasson of the trade body.\n");
  g_autoptr (GArray) match = extract (
    "Late goals sink Chelsea\n\n"
    "Chelsea led until injury time, and at the end of the game Andre Nzame was on target for Reading, "
    "who won 2-1 at Stamford Bridge.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Singstar"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Donkey Konga"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Fred Hasson"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (match, PRECIS_FACT_PERSON, "Andre Nzame"), ==, 1);
}

/* "appeared in Brookside, My Family and A Touch of Frost", "the award
 * for Les Choristes and Old Boy": a name listed beside a title is one;
 * a person before an office written in title case stays one ("Michael
 * Pritchard, Director-General of The Royal Photographic Society"). */
static void
test_listed_titles (void)
{
  g_autoptr (GArray) facts = extract (
    "Soap actress dies\n\n"
    "Actress Anna Keaveney, who appeared in Brookside, My Family and A Touch of Frost, has died aged 55. "
    "French director Christophe Barratier and Korean writer Park Chan-Wook shared the best screenplay "
    "award for Les Choristes and Old Boy respectively.\n");
  g_autoptr (GArray) office = extract (
    "Selfies are nothing new\n\n"
    "Early photographers used a broom handle to hit the trigger on their camera. Michael Pritchard, "
    "Director-General of The Royal Photographic Society, said there is evidence of selfies going back "
    "a century.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Brookside"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Old Boy"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Anna Keaveney"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (office, PRECIS_FACT_PERSON, "Michael Pritchard"), ==, 1);
}

/* "ITV drama Footballers' Wives", "the film Saving Private Ryan": the
 * noun of a work before the title's first words, which the tagger left
 * out of the name; a person after such a noun and a name stays one. */
static void
test_left_out_title_words (void)
{
  g_autoptr (GArray) facts = extract (
    "Actress dies aged 55\n\n"
    "Her TV appearances included the part of a nurse in ITV drama Footballers' Wives, and a role in the "
    "film Saving Private Ryan. Her agent Barry Brown said she was too weak for the operation.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Wives"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Private Ryan"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Barry Brown"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-ner2-session24/hyphenated-names", test_hyphenated_names);
  g_test_add_func ("/facts-ner2-session24/year-possessive-works", test_year_possessive_works);
  g_test_add_func ("/facts-ner2-session24/kind-acronyms", test_kind_acronyms);
  g_test_add_func ("/facts-ner2-session24/game-titles", test_game_titles);
  g_test_add_func ("/facts-ner2-session24/listed-titles", test_listed_titles);
  g_test_add_func ("/facts-ner2-session24/left-out-title-words", test_left_out_title_words);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
