/* facts-session26.c — session 26's helper `ner` on the causes of wrong
 * facts in English news (issue 14, "key facts a reader can trust"):
 * titles of films and records read as organizations after their
 * maker's possessive, the names of things "called" so, a market
 * analyst's employer read as a person or a place, and the band or the
 * show before its player's name.
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

/* "Kate Bush's Hounds of Love", "Clint Eastwood's Million Dollar Baby":
 * in an article about films or records, a name read as an organization
 * after the possessive of a person named in full is what the person
 * made; not a station the person hosts a show on ("John Peel's BBC
 * Radio 1 show"), nor a body's name ("Rob Segal's Impact Sports
 * Management"), nor anything outside such an article. */
static void
test_makers_work_read_as_body (void)
{
  g_autoptr (GArray) chart = extract (
    "Rock band Doves have entered the UK album chart at number one. Singer Tony Christie's Definitive "
    "Collection is a new entry at number 10, and Kate Bush's Hounds of Love entered the chart at number "
    "eight, ahead of a new song by Usher.\n");
  g_autoptr (GArray) film = extract (
    "The film beat Clint Eastwood's Million Dollar Baby just as critics had predicted, said Academy "
    "spokesman John Pavlik. The actress Hilary Swank was nominated too.\n");
  g_autoptr (GArray) radio = extract (
    "The new album will be played first on John Peel's BBC Radio 1 show on Monday, the band said. Singer "
    "Jo Whiley said the song was a hit.\n");
  g_autoptr (GArray) agency = extract (
    "The striker, who starred in a film about his life, left Rob Segal's Impact Sports Management last "
    "year, said his lawyer David Jones.\n");

  g_assert_cmpuint (facts_fixture_count_names (chart, "Definitive Collection"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (chart, "Hounds of Love"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (chart, PRECIS_FACT_PERSON, "Kate Bush"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (chart, PRECIS_FACT_PERSON, "Tony Christie"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (film, "Million Dollar Baby"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (film, PRECIS_FACT_PERSON, "Clint Eastwood"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (radio, PRECIS_FACT_ORGANIZATION, "BBC Radio 1"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (agency, PRECIS_FACT_ORGANIZATION, "Impact Sports Management"), ==, 1);
}

/* "a technology called XDR", "the program was called Bankash-A Trojan",
 * "a Windows virus called Bofra": the name of a thing, no body, person
 * or place; a company called so stays one. */
static void
test_things_called (void)
{
  g_autoptr (GArray) tech = extract (
    "Security firm Sophos said the program was called Bankash-A Trojan and stole passwords. Chip maker "
    "Rambus said its memory technology called XDR would be used by Sony. Engineers ran a speed test "
    "called Linpack on the machine.\n");
  g_autoptr (GArray) firm = extract (
    "The losses were passed to a company called Equitas, said Lloyd's chairman David Rowland.\n");

  g_assert_cmpuint (facts_fixture_count_names (tech, "Bankash-A Trojan"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (tech, "XDR"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (tech, "Linpack"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (tech, PRECIS_FACT_ORGANIZATION, "Sophos"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (firm, PRECIS_FACT_ORGANIZATION, "Equitas"), ==, 1);
}

/* "Gartner analyst Carolina Milanesi", "Prebon Yamane economist Lena
 * Komileva": a name before a market's staff noun and a person's full
 * name is the employer, a body; a spokesman's employer may be a person
 * ("Kerry spokesman Joe Lockhart"). */
static void
test_analysts_employer (void)
{
  g_autoptr (GArray) market = extract (
    "UK manufacturing grew at its slowest pace in a year. \"It appears the UK is in a two-tier economy "
    "again,\" said Prebon Yamane economist Lena Komileva. Phone sales rose 30% last year, said Gartner "
    "analyst Carolina Milanesi.\n");
  g_autoptr (GArray) campaign = extract (
    "John Kerry will visit Ohio on Monday, Kerry spokesman Joe Lockhart said.\n");

  g_assert_cmpuint (facts_fixture_count (market, PRECIS_FACT_ORGANIZATION, "Prebon Yamane"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (market, PRECIS_FACT_ORGANIZATION, "Gartner"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (market, PRECIS_FACT_PERSON, "Lena Komileva"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (market, PRECIS_FACT_PERSON, "Carolina Milanesi"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (campaign, PRECIS_FACT_PERSON, "John Kerry"), ==, 1);
}

/* "Motley Crue guitarist Mick Mars", "X Files actress Gillian
 * Anderson": the name before a player's noun and a person's name is the
 * band, an organization, or the show, a work; never a person.  A town
 * there stays a place ("Melbourne singer Daniel Buccheri"). */
static void
test_players_group (void)
{
  g_autoptr (GArray) band = extract (
    "The festival will be opened by Motley Crue guitarist Mick Mars, the organisers said. Tickets "
    "sold out in an hour, said promoter Tom Hurst.\n");
  g_autoptr (GArray) show = extract (
    "The jury included X Files actress Gillian Anderson and critic Roger Clarke, the BBC said.\n");
  g_autoptr (GArray) town = extract (
    "Fans have paid tribute to Melbourne singer Daniel Buccheri, who died on Sunday.\n");

  g_assert_cmpuint (facts_fixture_count (band, PRECIS_FACT_ORGANIZATION, "Motley Crue"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (band, PRECIS_FACT_PERSON, "Motley Crue"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (band, PRECIS_FACT_PERSON, "Mick Mars"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (show, "X Files"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (show, PRECIS_FACT_PERSON, "Gillian Anderson"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (town, PRECIS_FACT_PLACE, "Melbourne"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (town, PRECIS_FACT_PERSON, "Daniel Buccheri"), ==, 1);
}

/* "an analyst at Gartmore", "chief economist at Gerrard": a company's
 * context makes a name the gazetteer does not know as a place a
 * company, whatever the tagger read. */
static void
test_unknown_place_in_company_context (void)
{
  g_autoptr (GArray) facts = extract (
    "Shares in the bank rose 3% in London. \"This deal employs some of its excess capital,\" said Stuart "
    "Quint, an analyst at Gartmore. Simon Rubinsohn, chief economist at Gerrard, said the figures were "
    "well ahead of forecasts.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Gartmore"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Gerrard"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "London"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-session26/makers-work-read-as-body", test_makers_work_read_as_body);
  g_test_add_func ("/facts-session26/things-called", test_things_called);
  g_test_add_func ("/facts-session26/analysts-employer", test_analysts_employer);
  g_test_add_func ("/facts-session26/players-group", test_players_group);
  g_test_add_func ("/facts-session26/unknown-place-in-company-context", test_unknown_place_in_company_context);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
