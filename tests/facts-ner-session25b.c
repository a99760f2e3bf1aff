/* facts-ner-session25b.c — session 25's helper `ner`, second pass, on
 * causes of wrong facts in English news (issue 14, "key facts a reader
 * can trust"): a nation's noun before a person's initials; a chain of
 * shops read as a place; an owner's product read as a body; a club
 * before its player's name read as a person; a computer read as one.
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

/* "Irishmen JP McManus": a nation's noun before a person whose initials
 * stand for the given name made the three words a body's name; the noun
 * is the person's title, as before a given name ("Briton Karl Keska"). */
static void
test_nation_noun_before_initials (void)
{
  g_autoptr (GArray) facts = extract (
    "Irishmen JP McManus and John Magnier, who hold a large stake in the club, are expected to turn "
    "down the offer, their spokesman said on Monday.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "JP McManus"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Irishmen JP McManus"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "John Magnier"), ==, 1);
}

/* "the Travelodge chain of hotels", "the Wetherspoon pub chain": a name
 * the tagger never saw, read as a place; the chain of hotels or pubs is
 * a company's. */
static void
test_chains (void)
{
  g_autoptr (GArray) hotels = extract (
    "Wireless hotspots will open in railway stations, in music shops and across the Travelodge chain "
    "of hotels later this year, the operator said.\n");
  g_autoptr (GArray) pubs = extract (
    "Shares in the Wetherspoon pub chain fell 4% after it warned that sales had slowed in the run-up "
    "to Christmas.\n");

  g_assert_cmpuint (facts_fixture_count (hotels, PRECIS_FACT_ORGANIZATION, "Travelodge"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (hotels, PRECIS_FACT_PLACE, "Travelodge"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (pubs, PRECIS_FACT_ORGANIZATION, "Wetherspoon"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pubs, PRECIS_FACT_PLACE, "Wetherspoon"), ==, 0);
}

/* "its Windows operating system", "its Blogger site", "Motorola's ROKR
 * handset": what an owner's possessive names before a product's noun is
 * the owner's product, no body; the owner stays one. */
static void
test_owned_products (void)
{
  g_autoptr (GArray) handset = extract (
    "Analysts expect Motorola to unveil its ROKR handset at the Cannes trade show next week, the "
    "first phone able to play songs bought online.\n");
  g_autoptr (GArray) blogs = extract (
    "The software firm is trailing rivals such as Google, which already offers a free service "
    "through its Blogger site.\n");

  g_assert_cmpuint (facts_fixture_count_names (handset, "ROKR"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (handset, PRECIS_FACT_ORGANIZATION, "Motorola"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (blogs, "Blogger"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (blogs, PRECIS_FACT_ORGANIZATION, "Google"), ==, 1);
}

/* "Aston Villa's Thomas Hitzlsperger": a club the lexicon lacks, whose
 * "'s" a player named in full follows, is no person, though the tagger
 * read its short name as one. */
static void
test_clubs_players (void)
{
  g_autoptr (GArray) club = extract (
    "Aston Villa's Thomas Hitzlsperger is waiting to hear about the future of manager David O'Leary "
    "before he commits himself to a new contract with the club.\n\nO'Leary wants his coaching staff - "
    "assistant Ray Hart and fitness coach Steve Cole - to be given new deals, which will tie them to "
    "Villa until the summer of 2008.\n");

  g_assert_cmpuint (facts_fixture_count (club, PRECIS_FACT_ORGANIZATION, "Aston Villa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (club, PRECIS_FACT_PERSON, "Aston Villa"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (club, PRECIS_FACT_PERSON, "Thomas Hitzlsperger"), ==, 1);
}

/* "emulators for Windows PC", "every Windows PC": a name that ends in
 * "PC" is a computer, no body; the maker named alone stays one. */
static void
test_computers (void)
{
  g_autoptr (GArray) facts = extract (
    "Fans of the old console have written emulators for Windows PC so that its games still run, and "
    "Apple said on Tuesday that its new Mac mini would win over Windows PC owners.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Windows PC"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Apple"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-ner-session25b/nation-noun-before-initials", test_nation_noun_before_initials);
  g_test_add_func ("/facts-ner-session25b/chains", test_chains);
  g_test_add_func ("/facts-ner-session25b/owned-products", test_owned_products);
  g_test_add_func ("/facts-ner-session25b/clubs-players", test_clubs_players);
  g_test_add_func ("/facts-ner-session25b/computers", test_computers);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
