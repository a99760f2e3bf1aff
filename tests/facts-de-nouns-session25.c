/* facts-de-nouns-session25.c — German places told from common words by
 * German's list of words (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German
 * paper's foreign and sports pages.  A capitalized word the tagger does
 * not know may be a place or a noun: data/gazetteers/de/common.txt
 * (tools/make-common-words.py, wngerman less the names) says which.
 * Each case failed before the rule (ner-common-places.c).
 */
#include "facts-fixture.h"

/* A word no list knows, alone after "aus", is a place; nouns the model's
 * lexicon lacks after "in" stay none ("in Polizeihaft": a compound of
 * "Haft"). */
static void
test_unknown_place (void)
{
  const char *text =
    "Die Flüchtlinge aus Agdam seien in Bussen nach Horadiz gebracht worden, sagte ein Sprecher in "
    "Baku. Der Verdächtige sitzt seit Montag in Polizeihaft.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Agdam"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Baku"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Polizeihaft"), ==, 0);
}

/* A common word the tagger read as a place alone is none ("nach
 * Belieben"); a place that ends in one stays ("in Ostdeutschland"). */
static void
test_common_word_no_place (void)
{
  const char *text =
    "Der Stürmer war in Bestform und traf nach Belieben. Sein Kollege in Ostdeutschland schwieg "
    "zu dem Spiel.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Belieben"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bestform"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Ostdeutschland"), ==, 1);
}

/* The tagger's place stays when a compass point opens it or it ends in
 * a place's genitive, though wngerman lists it as a word ("Nordpol",
 * "Nordafrikas", "Nordeuropas" were undone by the rule above). */
static void
test_regions_stay (void)
{
  const char *text =
    "Die Expedition erreichte am Montag den Nordpol. Die Länder Nordafrikas wollen enger "
    "zusammenarbeiten, sagte der Minister. Der Handel mit den Staaten Nordeuropas wuchs im "
    "vergangenen Jahr. Die Kälte am Südpol ist groß.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Nordpol"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Nordafrikas"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Nordeuropas"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Südpol"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-de-nouns-session25/unknown-place", test_unknown_place);
  g_test_add_func ("/facts-de-nouns-session25/common-word-no-place", test_common_word_no_place);
  g_test_add_func ("/facts-de-nouns-session25/regions-stay", test_regions_stay);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
