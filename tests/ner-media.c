/* ner-media.c — broadcasters, stations and papers as the facts name them
 * (issue 14, English facts).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * articles where the cause was found: the real plugin and the shipped
 * data, the facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "told BBC Radio 4's Today programme": the station, its number with it,
 * though the tagger read "BBC Radio" alone and was unsure of it; so is a
 * station without the programme after it; "the BBC" stays a fact of its
 * own. */
static void
test_numbered_station (void)
{
  g_autoptr (GArray) facts = extract (
    "Minister defends school meals plan\n\n"
    "The education secretary said the plan would be paid for from savings elsewhere. Speaking to "
    "BBC Radio 4's Today programme, she said every pupil would benefit. Her opposite number later "
    "told BBC Radio 2 that the sums did not add up, and a union leader told the BBC he would fight "
    "the plan.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BBC Radio 4"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BBC Radio 2"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BBC Radio"), ==, 0);
  /* The broadcaster stays a body of its own, as "BBC" beside "BBC One". */
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BBC"), ==, 1);
}

/* "German magazine Der Spiegel said": a name opening with a German
 * article is a paper's (or a band's, a work's), never a person's. */
static void
test_german_article_paper (void)
{
  g_autoptr (GArray) facts = extract (
    "Talks between the exchange and its suitor have stalled, though the exchange said it is open to "
    "further talks. Meanwhile, German magazine Der Spiegel said part of the negotiations had been leaked "
    "by Werner Seifert.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Der Spiegel"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Der Spiegel"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Werner Seifert"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/ner-media/numbered-station", test_numbered_station);
  g_test_add_func ("/ner-media/german-article-paper", test_german_article_paper);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
