/* ner-bodies.c — bodies, places and people of general news read as
 * another kind of name, or not read (issue 14, English facts).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * and CNN/Daily Mail articles where the cause was found: the real plugin
 * and the shipped data, the facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "Born in Crewe, Cheshire, she …": a county no list knows, after a town,
 * is the town's region, though the tagger learnt English counties as
 * cricket clubs. */
static void
test_unlisted_region (void)
{
  g_autoptr (GArray) facts = extract (
    "Soap actress dies at 66\n\n"
    "The actress, who played a barmaid in the long-running soap for ten years, died on Saturday "
    "after a short illness. Born in Crewe, Cheshire, she also starred in several films and "
    "toured with a theatre company for most of the 1970s. Her agent said she had been working "
    "on a stage play until last month.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Cheshire"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Cheshire"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Crewe"), ==, 1);
}

/* "on website eBay", "security firm F-Secure": a name the tagger never
 * saw, in mixed case or with a hyphen, after the noun of a body's kind;
 * a shop's prompt run into the next sentence is none ("Visit site
 * Proving she is as thrifty"). */
static void
test_name_after_body_noun (void)
{
  g_autoptr (GArray) facts = extract (
    "Man sells forehead advertising space\n\n"
    "A man from Nebraska is selling advertising space on his forehead to the highest bidder on "
    "website eBay. He said the idea came to him after reading about a student who sold his "
    "name. Experts at security firm F-Secure said the sale was a harmless stunt, and bidding "
    "closes next week.\n\n"
    "Cotton striped skirt at a high street store. Visit site Proving she is as thrifty as ever, "
    "the princess wore it again.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "eBay"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "F-Secure"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Proving"), ==, 0);
}

/* "said MSN's Blake Irving.": two capitalized words after a body's "'s"
 * and before punctuation name the body's person, whatever the tagger
 * read. */
static void
test_bodys_person (void)
{
  g_autoptr (GArray) facts = extract (
    "Portal launches blog service\n\n"
    "The portal has launched a free blogging service to take on its rivals. \"This is a simple "
    "tool for people to express themselves,\" said MSN's Blake Irving. The service will be "
    "supported by banner ads.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Blake Irving"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Blake Irving"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "MSN"), ==, 1);
}

/* "the NHS was not safe": an acronym after "the" and before a verb of
 * saying or acting is a body, though the tagger was unsure of it; not in
 * a quotation, where speakers say "the PM" and "the TV". */
static void
test_acting_acronym (void)
{
  g_autoptr (GArray) facts = extract (
    "Brown attacks Tory plans\n\n"
    "Speaking at a conference in Gateshead, Mr Brown claimed the NHS was not safe in "
    "Conservative hands. He said the party's plans for patients would cost billions.\n\n"
    "\"The PM said he was bound to tell us,\" one official said.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "NHS"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "PM"), ==, 0);
}

/* "Glynn Tromans - the reigning ... champion -": an apposition that
 * ends with a person's role makes a name of two words a person's, read
 * as a club or a place. */
static void
test_persons_apposition (void)
{
  g_autoptr (GArray) facts = extract (
    "Yelling wins in Cardiff\n\n"
    "Hayley Yelling completed a hat-trick of wins in the cross-country race in the park on "
    "Sunday. Glynn Tromans - the reigning UK Inter-Countries and England Cross-Country champion - "
    "came in third place as he continued his comeback. Brent Hollis - the reigning UK "
    "Inter-Countries and England Cross-Country champion - was fourth.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Glynn Tromans"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Glynn Tromans"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Brent Hollis"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "England"), ==, 1);
}

/* "the Champions League match against Maccabi Tel Aviv on Wednesday":
 * a club the tagger read as an event; a people's adjective there is no
 * body ("the match against Scottish side Dunfermline"). */
static void
test_match_against (void)
{
  g_autoptr (GArray) facts = extract (
    "Striker to miss Israel trip\n\n"
    "The striker will not travel to Israel for Bayern Munich's Champions League match against "
    "Maccabi Tel Aviv on Wednesday. The German club said the player had stayed at home for "
    "personal reasons. Last month the midfielder starred in the Uefa Cup match against "
    "Scottish side Dunfermline.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Maccabi Tel Aviv"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Scottish"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Dunfermline"), ==, 1);
}

/* "emulators for Windows PC, Apple Mac and even PDAs": a well-known
 * company's name and its product's, read as a person's name, name the
 * company. */
static void
test_company_product (void)
{
  g_autoptr (GArray) facts = extract (
    "Old computer returns\n\n"
    "The old home computer is back. Enthusiasts have written emulators for Windows PC, Apple Mac "
    "and even PDAs so that the original games can still be played.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Apple"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Apple Mac"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/ner-bodies/unlisted-region", test_unlisted_region);
  g_test_add_func ("/ner-bodies/name-after-body-noun", test_name_after_body_noun);
  g_test_add_func ("/ner-bodies/bodys-person", test_bodys_person);
  g_test_add_func ("/ner-bodies/acting-acronym", test_acting_acronym);
  g_test_add_func ("/ner-bodies/persons-apposition", test_persons_apposition);
  g_test_add_func ("/ner-bodies/match-against", test_match_against);
  g_test_add_func ("/ner-bodies/company-product", test_company_product);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
