/* facts-openers.c — the words that open an English sentence (a participle,
 * an adverb, a trade, a noun or a verb) are no part of the name after them
 * (issue 14).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * and CNN/Daily Mail dev articles or the web pages where the cause was
 * found, read by the real plugin with the shipped data (the facts a reader
 * sees); each failed before the change it guards.
 */
#include <string.h>

#include "facts-fixture.h"
#include "language.h"
#include "pipeline.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
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

/* A noun or verb opening a sentence, or a glued caption's next one, is
 * no part of the person's name after it (ner-person-words.c). */
static void
test_person_words (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "The black cat was found near death at an animal shelter in Bydgoszcz Veterinarian Lucyna "
    "Kuziel-Nowak took care of him and eventually adopted him. Enter Stuart R. Kaplan, a New York "
    "businessman who bought the rights to the deck in 1970.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Baroness Susan Greenfield told the conference that the brain changes with use. Baroness Greenfield "
    "said the research was new. The crown prince, Mohammed Bin Zayed Al Nahyan, met the minister. The "
    "deck was first described by Antoine Court de Gébelin in 1781.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Lucyna Kuziel-Nowak"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Stuart R. Kaplan"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Enter Stuart R. Kaplan"), ==, 0);
  /* What stays: a title the text gives again, a particle, a name whose
   * word after it is lower case. */
  g_assert_cmpuint (facts_fixture_count_names (stays, "Greenfield"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Mohammed Bin Zayed Al Nahyan"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Antoine Court de Gébelin"), ==, 1);
}

/* A well-known company opening a feed item or a headline: English
 * capitalizes every sentence's first word, so the tagger, with no case
 * to go by, left it untagged and a one-sentence text had no fact of it
 * ("Boeing strike ends", "Netflix raises prices"; ner-head-bodies.c,
 * precis_ner_tag_known_organizations). */
static void
test_opening_companies (void)
{
  g_autoptr (GArray) boeing = extract ("Boeing strike ends after union vote in Seattle.\n");
  g_autoptr (GArray) netflix = extract ("Netflix raises prices in the US and Canada.\n");
  g_autoptr (GArray) band = extract ("Coldplay have announced a concert at Bellahouston Park in Glasgow on 29 June.\n");
  g_autoptr (GArray) stays = extract ("Apple pie is a favourite in Boston. Carrier pigeons flew over Leeds.\n");

  g_assert_cmpuint (facts_fixture_count (boeing, PRECIS_FACT_ORGANIZATION, "Boeing"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (netflix, PRECIS_FACT_ORGANIZATION, "Netflix"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (band, PRECIS_FACT_ORGANIZATION, "Coldplay"), ==, 1);
  /* What stays: a name that is also an English word opening a sentence. */
  g_assert_cmpuint (facts_fixture_count_names (stays, "Apple"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (stays, "Carrier"), ==, 0);
}

/* A label's colon, then the clause's first word capitalized: the tagger
 * read "Explosion", "Earthquake" as organizations, which it reads as no
 * name at a sentence's start (ner-mentions.c, drop_colon_openers). */
static void
test_colon_openers (void)
{
  g_autoptr (GArray) breaking = extract ("Breaking: Explosion reported near the station in Paris\n");
  g_autoptr (GArray) alert = extract ("Alert: Earthquake shakes Tokyo\n");
  g_autoptr (GArray) stays = extract ("Transfer news: Chelsea agree fee for Napoli striker Victor Osimhen\n");

  g_assert_cmpuint (facts_fixture_count_names (breaking, "Explosion"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (breaking, PRECIS_FACT_PLACE, "Paris"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (alert, "Earthquake"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (alert, PRECIS_FACT_PLACE, "Tokyo"), ==, 1);
  /* What stays: a name after the colon. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Chelsea"), ==, 1);
}

/* "I said, 'Sorry Ruud, what did you say there?'": a word that opens no
 * person's name ("Sorry", "Before", "Whatever", "This", "Hey") opening a
 * quotation before one is cut; inside a sentence it opens a title ("a
 * version of Hey Jude"), no person. */
static void
test_no_name_openers (void)
{
  g_autoptr (GArray) facts = extract (
    "Paul McCartney closed the show with a rousing version of Hey Jude. Ruud Gullit was asked about the "
    "derby. I said, 'Sorry Ruud, what did you say there?' Gullit laughed.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Sorry Ruud"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Hey Jude"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Ruud Gullit"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Ruud Gullit"), ==, 3);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-openers/born-opener", test_born_opener);
  g_test_add_func ("/facts-openers/adverb-openers", test_adverb_openers);
  g_test_add_func ("/facts-openers/trade-opening-sentence", test_trade_opening_sentence);
  g_test_add_func ("/facts-openers/person-words", test_person_words);
  g_test_add_func ("/facts-openers/opening-companies", test_opening_companies);
  g_test_add_func ("/facts-openers/colon-openers", test_colon_openers);
  g_test_add_func ("/facts-openers/no-name-openers", test_no_name_openers);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
