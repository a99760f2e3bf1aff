/* ner-institutions.c — British parties, the houses of Parliament and the
 * groups of nations, named by a word of their own (issue 14, English
 * facts).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * politics articles where the cause was found: the real plugin and the
 * shipped data, the facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "Tory leader", "the Tories", "the Conservative Party": one party, an
 * organization named as the party is, where the tagger read a person, a
 * MISC name or nothing; "Lib Dems" and "Liberal Democrats" the same. */
static void
test_party (void)
{
  g_autoptr (GArray) facts = extract (
    "Tories pledge school spending\n\n"
    "In March Tory leader Michael Howard promised to protect school budgets. The Tories say the money "
    "would come from cutting waste in Whitehall, but a spokesman for the Liberal Democrats said the "
    "figures did not add up. The party will publish its plans next week, and the Lib Dems are expected "
    "to respond.\n");
  g_autoptr (GArray) full = extract (
    "Tax cuts promised\n\n"
    "The Conservative Party has set out its tax plans. The Tories say a family would be £500 a year "
    "better off, and the Conservatives will campaign on it until polling day.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Conservative Party"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_ORGANIZATION, "Conservative Party"), ==, 3);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Tory"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Liberal Democrats"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_ORGANIZATION, "Liberal Democrats"), ==, 2);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Michael Howard"), ==, 1);
  /* The party's three names, one fact. */
  g_assert_cmpuint (facts_fixture_count (full, PRECIS_FACT_ORGANIZATION, "Conservative Party"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (full, PRECIS_FACT_ORGANIZATION, "Conservative Party"), ==, 3);
  g_assert_cmpuint (facts_fixture_count (full, PRECIS_FACT_ORGANIZATION, "Conservatives"), ==, 0);
}

/* "out of the Commons", "to dissolve Parliament", "the Lords": the houses
 * of Parliament, bodies; not a word of a longer name ("Labour Day"), nor
 * a common word opening a sentence ("Labour costs"). */
static void
test_houses (void)
{
  g_autoptr (GArray) facts = extract (
    "Phones banned in the chamber\n\n"
    "Members will be thrown out of the Commons if they use mobile phones during debates, the Speaker "
    "has ruled. The rule will also apply in the Lords from next month. The prime minister is expected "
    "to ask the Queen to dissolve Parliament in April. Labour costs in the House have risen, and staff "
    "will get an extra day off on Labour Day.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Commons"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Lords"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Parliament"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Labour"), ==, 0);
}

/* "the Tories' Commons presence": the party and the house, not one name
 * run over a possessive. */
static void
test_possessive_run (void)
{
  g_autoptr (GArray) facts = extract (
    "Strategist denies report\n\n"
    "A newspaper said the strategist had told the party leader to focus on raising the Tories' Commons "
    "presence by 25 seats. He said he had never had any such conversation.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Conservative Party"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Commons"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Tories' Commons"), ==, 0);
}

/* "the G8 group of wealthy nations", "G7 finance ministers": a group of
 * nations, a body, which the tagger read as MISC or not at all. */
static void
test_groups_of_nations (void)
{
  g_autoptr (GArray) facts = extract (
    "Debt relief deal near\n\n"
    "The chancellor hopes to announce a deal to freeze the debts of poor nations on Friday. The G8 "
    "group of wealthy nations is thought to have agreed the plan overnight, and G7 finance ministers "
    "will meet in London next week to sign it.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "G8"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "G7"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "London"), ==, 1);
}

/* "seized on by Labour", "entered the Cabinet": read as bodies, but so
 * unsure a reading that no fact was made (ner-doubt.c); the word alone,
 * written where it names the body, is enough. */
static void
test_read_unsure (void)
{
  g_autoptr (GArray) facts = extract (
    "Food bank use rises\n\n"
    "The figures from the charity were seized on by Labour as evidence that the welfare changes had "
    "gone too far. Ministers said the rise reflected greater awareness of the service. Ms Kelly "
    "entered the Cabinet last month in the reshuffle, and she will now lead the government's "
    "response.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Labour"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Cabinet"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/ner-institutions/party", test_party);
  g_test_add_func ("/ner-institutions/houses", test_houses);
  g_test_add_func ("/ner-institutions/possessive-run", test_possessive_run);
  g_test_add_func ("/ner-institutions/groups-of-nations", test_groups_of_nations);
  g_test_add_func ("/ner-institutions/read-unsure", test_read_unsure);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
