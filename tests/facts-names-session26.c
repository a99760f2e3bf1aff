/* facts-names-session26.c — one person, one fact, on pages as the web
 * writes them (issue 14): a son who shares his father's surname, named
 * in full, by two of his names and by his given names alone; a double
 * surname; a leader named before his administration; a page's headings,
 * list items and interjections of one English word; bodies named for
 * their purpose; a party's member named with the party.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The cases are paragraphs written for the test in the manner of the
 * readability pages where the causes were found (a Guardian feature, a
 * New York Times report, eHow and Engadget pages): the real plugin and the shipped data, the
 * facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "Te Rangi Wiremu Walker", "Te Rangi Walker" and "Te Rangi": the
 * variants of the son's name are joined first, so that his given names
 * start the name of one person, and join it; his father stays apart. */
static void
test_given_names_of_variants (void)
{
  g_autoptr (GArray) facts = extract (
    "Hemi Walker was seven years old when he saw his first stranding. Walker and his 22-year-old son, "
    "Te Rangi Wiremu Walker, were called to the beach on Sunday. Te Rangi left university this year to "
    "study carving.\n\n"
    "Te Rangi Walker, pictured at the carving shed, said the work was sacred. \"It is our duty,\" says "
    "Te Rangi.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Te Rangi Wiremu Walker"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Te Rangi Wiremu Walker"), ==, 4);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Te Rangi"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Te Rangi Walker"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Hemi Walker"), ==, 1);
}

/* "Fenwick" after "Daniel Fenwick Hale" and "Fenwick Hale": the first
 * word of a variant merged into the fuller name still leads to it. */
static void
test_first_word_of_merged_variant (void)
{
  g_autoptr (GArray) facts = extract (
    "Former chat show host Daniel Fenwick Hale has quit the party. Fenwick Hale said he would stand in "
    "Derby. Fenwick told reporters he had no regrets.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Daniel Fenwick Hale"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Daniel Fenwick Hale"), ==, 3);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Fenwick"), ==, 0);
}

/* "his daughter, Mary Ann Keating," beside "Keating said": a given name
 * before the surname another person is named by is the daughter's full
 * name, not "Mary Ann" run into the father's "Keating". */
static void
test_given_name_before_shared_surname (void)
{
  g_autoptr (GArray) facts = extract (
    "Farmer John Keating has run the dairy for forty years. Keating and his daughter, Mary Ann Keating, "
    "milk 200 cows. Mary Ann, 24, plans to take over the farm, Keating said.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Mary Ann Keating"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Mary Ann"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "John Keating"), ==, 1);
}

/* "the Obama administration" three times, "President Obama" once: the
 * leader, not a body. */
static void
test_leaders_administration (void)
{
  g_autoptr (GArray) facts = extract (
    "LONDON — After two decades of hostile relations, the American government plans to lift trade "
    "sanctions on Sudan, Obama administration officials said late Thursday.\n\n"
    "On Friday, the Obama administration will announce a new Sudan strategy. The order that President "
    "Obama plans to sign on Friday will have a six-month review period.\n\n"
    "But the Obama administration is clearly trying to open a door to Sudan, critics said.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Obama"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Obama"), ==, 0);
}

/* A page's headings and list items, one English word each ("Spoon",
 * "Ruler", "Step 1"), and interjections or adverbs opening a line
 * ("Nope.", "Personally, I"): no fact; the people named stay, and so do
 * the names of a list ("Given, Breen, Staunton"). */
static void
test_heading_words (void)
{
  g_autoptr (GArray) howto = extract (
    "How to build a birdhouse\n\nThings you will need\n\nSpoon\n\nRuler\n\nSaw\n\nStep 1\n\n"
    "Measure the board with the ruler and mark it every six inches.\n");
  g_autoptr (GArray) review = extract (
    "The remaster runs at 60 frames per second on the Xbox One X. Personally, I preferred the slower "
    "mode, since it makes the game much smoother.\n\n"
    "Does the studio mind? Nope. They are fully aware of what players are doing, said Clifford Wolf, "
    "who wrote the patch.\n");
  g_autoptr (GArray) squad = extract (
    "The squad named by Mick McCarthy for the match in Dublin follows:\n\n"
    "Given, Breen, Staunton, Irwin, Keane.\n");

  g_assert_cmpuint (facts_fixture_count_names (howto, "Spoon"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (howto, "Ruler"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (howto, "Step"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (review, "Personally"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (review, "Nope"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (review, PRECIS_FACT_PERSON, "Clifford Wolf"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (squad, PRECIS_FACT_PERSON, "Given"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (squad, PRECIS_FACT_PERSON, "Breen"), ==, 1);
}

/* Bodies named for their purpose: "the Committee for a Responsible
 * Federal Budget" was the place "Committee" and the body "Responsible
 * Federal Budget"; the words before the noun the tagger read stay
 * ("U.S. Centers for ..."); a place after "in" that follows a place is
 * where the body sits. */
static void
test_purpose_bodies (void)
{
  g_autoptr (GArray) facts = extract (
    "\"Interest costs will crowd out everything else,\" said Marc Goldwein, senior policy director at the "
    "Committee for a Responsible Federal Budget, a research group.\n\n"
    "A spokesman for the Campaign for the Protection of Rural England said the homes were not needed. "
    "The Center for a New American Security said on Monday that the plan was flawed.\n\n"
    "Delegates met the Commission for Africa in Cape Town on Friday.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Committee for a Responsible Federal Budget"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Responsible Federal Budget"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Committee"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Campaign for the Protection of Rural England"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Center for a New American Security"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Commission for Africa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Cape Town"), ==, 1);
}

/* "Labour MP Liz Blackman" read as one body: the party, and the
 * member a person. */
static void
test_party_members (void)
{
  g_autoptr (GArray) facts = extract (
    "Labour MP Liz Blackman said the plan would cost jobs in Erewash. She said ministers had not "
    "listened.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Liz Blackman"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Labour"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Labour MP Liz Blackman"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-names-session26/given-names-of-variants", test_given_names_of_variants);
  g_test_add_func ("/facts-names-session26/first-word-of-merged-variant", test_first_word_of_merged_variant);
  g_test_add_func ("/facts-names-session26/given-name-before-shared-surname", test_given_name_before_shared_surname);
  g_test_add_func ("/facts-names-session26/leaders-administration", test_leaders_administration);
  g_test_add_func ("/facts-names-session26/heading-words", test_heading_words);
  g_test_add_func ("/facts-names-session26/purpose-bodies", test_purpose_bodies);
  g_test_add_func ("/facts-names-session26/party-members", test_party_members);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
