/* facts-session25.c — session 25's helper `ner` on the causes of wrong
 * facts in English news (issue 14, "key facts a reader can trust"):
 * products, games and programmes the tagger's 1996 news never saw, read
 * as companies or people; a person's work after the possessive; names
 * made of English words read as people; a DJ's title; "Born in";
 * adverbs opening a sentence; laws; a nation's nouns before names.
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

/* "the PlayStation Portable", "GameCube titles", "hosts Strictly Come
 * Dancing": a title of the lexicon of works (works.tsv, the names
 * WikiNEuRal tags as MISC in several languages) is no company and no
 * person; the maker beside it stays one. */
static void
test_listed_works (void)
{
  g_autoptr (GArray) console = extract (
    "Sony's new handheld console, the PlayStation Portable, goes on sale in Europe in March. Analysts "
    "said the PlayStation Portable would compete with the Nintendo DS and with GameCube titles. \"We "
    "expect strong sales,\" said David Reeves of Sony. The Amiga was a hit in the 1980s.\n");
  g_autoptr (GArray) show = extract (
    "Actress Imelda Staunton is among those due to attend this year's Oscar nominees luncheon. Her "
    "co-star Bruce Forsyth hosts Strictly Come Dancing on BBC One.\n");

  g_assert_cmpuint (facts_fixture_count_names (console, "PlayStation Portable"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (console, "Nintendo DS"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (console, PRECIS_FACT_ORGANIZATION, "Sony"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (console, PRECIS_FACT_PERSON, "David Reeves"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (show, "Strictly Come Dancing"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (show, PRECIS_FACT_PERSON, "Bruce Forsyth"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (show, PRECIS_FACT_ORGANIZATION, "BBC One"), ==, 1);
}

/* "net telephony firm Skype": a service the lexicon of works lists is
 * its company when the article says so; and a listed title inside a
 * longer name ("Grammy winner" beside the "Grammy Creators Alliance")
 * does not take that name with it. */
static void
test_listed_works_as_bodies (void)
{
  g_autoptr (GArray) firm = extract (
    "Wireless provider Broadreach and net telephony firm Skype are rolling out a service at 350 "
    "hotspots. Skype allows people to make free calls to other Skype users, said Niklas Zennstrom.\n");
  g_autoptr (GArray) alliance = extract (
    "Michelle Obama presented 15-time Grammy winner Alicia Keys with an award. Keys is a founding "
    "member of the Academy's new Grammy Creators Alliance, said Neil Portnow.\n");

  g_assert_cmpuint (facts_fixture_count (firm, PRECIS_FACT_ORGANIZATION, "Skype"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (alliance, PRECIS_FACT_ORGANIZATION, "Grammy Creators Alliance"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (alliance, PRECIS_FACT_PERSON, "Alicia Keys"), ==, 1);
}

/* "Miyazaki's Spirited Away": a name after the possessive of a person
 * the article names in full is the person's work, not a place; not when
 * the owner is no such person ("Festen's Rufus Norris", the play's
 * director; "Yahoo's Yonca Brunini") or the name stands as a surname
 * elsewhere. */
static void
test_persons_work (void)
{
  g_autoptr (GArray) film = extract (
    "Animation charms Japan box office\n\n"
    "Oscar-winning director Hayao Miyazaki's new film has set a box office record in Japan. The film is "
    "the follow-up to Miyazaki's Spirited Away, which won best animation at last year's Oscars, and to "
    "Ponyo, said Toho.\n");
  g_autoptr (GArray) people = extract (
    "\"User experience has contributed to people searching more,\" said Yonca Brunini of Yahoo. "
    "\"Personalisation is going to be a big area,\" said Yahoo's Yonca Brunini. Festen's Rufus Norris "
    "was named best director.\n");

  g_assert_cmpuint (facts_fixture_count_names (film, "Spirited Away"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (film, PRECIS_FACT_PERSON, "Hayao Miyazaki"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (people, PRECIS_FACT_PERSON, "Yonca Brunini"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (people, PRECIS_FACT_PERSON, "Rufus Norris"), ==, 1);
}

/* "in Million Dollar Baby", "followed by Girls Aloud": a name made only
 * of English words that are no names (words.txt), the first no given
 * name and no title, is a title or a band, no person; a person the
 * lexicon knows ("Ice Cube"), a title before a name ("Lord Falconer")
 * and a body's noun at its end ("Virgin Trains") keep theirs. */
static void
test_names_of_words (void)
{
  g_autoptr (GArray) facts = extract (
    "Stars shine at awards\n\n"
    "Swank triumphed for playing a gutsy female boxer in Million Dollar Baby, directed by Clint Eastwood. "
    "The Sugababes were followed by Girls Aloud at five with the charity record, while Ice Cube slipped "
    "to three. Lord Falconer said the company is due to launch wi-fi on Virgin Trains later in the "
    "year.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Dollar Baby"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Million Dollar Baby"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Girls Aloud"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Clint Eastwood"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Ice Cube"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Falconer"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Virgin Trains"), ==, 1);
}

/* "BBC Radio 1 DJ Trevor Nelson", read as a body: a DJ's trade written
 * as a title before the name, which is the person's. */
static void
test_dj_title (void)
{
  g_autoptr (GArray) facts = extract (
    "Pundits pick the year's best bands\n\n"
    "Other pundits to take part in the survey included BBC Radio 1 DJ Trevor Nelson, NME editor Conor "
    "McNicholas and Top of the Pops producer Andi Peters. DJ Norman Cook said dance music was in good "
    "health.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Trevor Nelson"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Norman Cook"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "DJ Trevor Nelson"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BBC Radio 1"), ==, 1);
}

/* "Born in Runcorn, Cheshire, she also starred": the participle that
 * opens the sentence is no place; the places after it are. */
static void
test_born_opener (void)
{
  g_autoptr (GArray) facts = extract (
    "Brookside actress Keaveney dies\n\n"
    "Actress Anna Keaveney, who played Brookside's Marie Jackson, died on Saturday. Born in Runcorn, "
    "Cheshire, she also starred in numerous films.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Born"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Runcorn"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Anna Keaveney"), ==, 1);
}

/* "Already Ireland are being earmarked", "Perhaps Robinson will": an
 * adverb opening the sentence is no part of the name after it. */
static void
test_adverb_openers (void)
{
  g_autoptr (GArray) facts = extract (
    "Ireland set for title run\n\n"
    "Ireland beat Wales 20-15 in Dublin on Saturday. Already Ireland are being earmarked as hot "
    "favourites for the title. England coach Andy Robinson will name his side on Monday. Perhaps "
    "Robinson will recall Charlie Hodgson.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Already Ireland"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Perhaps Robinson"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Ireland"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Andy Robinson"), ==, 2);
}

/* "the Hunting Bill", "under the Parliament Act", "The Bill would ban":
 * laws, no bodies or places, and "the Bill" no mention of a person Bill. */
static void
test_laws (void)
{
  g_autoptr (GArray) facts = extract (
    "MPs to vote on hunting ban\n\n"
    "MPs will vote on the Hunting Bill on Tuesday, and the government could force it through under the "
    "Parliament Act. The Bill would ban hunting with dogs in England and Wales, said Alun Michael. Bill "
    "Wiggin, the Tory spokesman, opposed it.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Hunting Bill"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Parliament Act"), ==, 0);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Bill Wiggin"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Alun Michael"), ==, 1);
}

/* "Briton Karl Keska", "Spaniard Costa": a nation's noun before a name
 * is no part of it, as a title is not. */
static void
test_nation_nouns (void)
{
  g_autoptr (GArray) facts = extract (
    "Butler wins in Spain\n\n"
    "She then shrugged off her Portuguese rival to win in 20 minutes 38 seconds. Meanwhile, Briton Karl "
    "Keska battled bravely to finish seventh in the men's race. Kenenisa Bekele of Ethiopia won it, ahead "
    "of Spaniard Costa, who faded after the first lap.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Karl Keska"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Costa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Briton Karl Keska"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Spaniard Costa"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-session25/listed-works", test_listed_works);
  g_test_add_func ("/facts-session25/listed-works-as-bodies", test_listed_works_as_bodies);
  g_test_add_func ("/facts-session25/persons-work", test_persons_work);
  g_test_add_func ("/facts-session25/names-of-words", test_names_of_words);
  g_test_add_func ("/facts-session25/dj-title", test_dj_title);
  g_test_add_func ("/facts-session25/born-opener", test_born_opener);
  g_test_add_func ("/facts-session25/adverb-openers", test_adverb_openers);
  g_test_add_func ("/facts-session25/laws", test_laws);
  g_test_add_func ("/facts-session25/nation-nouns", test_nation_nouns);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
