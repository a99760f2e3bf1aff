/* ner-session22.c — session 22's causes of wrong facts in BBC news
 * (issue 14, English facts): papers named with a weekday, companies
 * listed with companies, a person's company, a body named in apposition
 * to its kind, a Parliament's term.
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

/* How many facts of `kind` there are. */
static guint
count_kind (GArray *facts, PrecisFactKind kind)
{
  guint n = 0;

  for (guint i = 0; i < facts->len; i++)
    n += g_array_index (facts, PrecisFact, i).kind == kind;
  return n;
}

/* "the Mail on Sunday", "the Independent on Sunday": one paper, an
 * organization, no place "Mail" and no date; a day told after another
 * name stays a day ("told the BBC on Sunday"). */
static void
test_sunday_papers (void)
{
  g_autoptr (GArray) facts = extract (
    "Support for smoking ban grows\n\n"
    "Most adults now back a ban on smoking in pubs, a poll suggests. The survey of 1,000 adults was "
    "carried out for the Mail on Sunday. The Mail on Sunday poll found that 60% backed a ban, and a "
    "similar poll for the Independent on Sunday found much the same.\n");
  g_autoptr (GArray) day = extract (
    "Minister defends plan\n\n"
    "The health minister told the BBC on Sunday that the ban would go ahead.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Mail on Sunday"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_ORGANIZATION, "Mail on Sunday"), ==, 2);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Independent on Sunday"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Mail"), ==, 0);
  g_assert_cmpuint (count_kind (facts, PRECIS_FACT_DATE), ==, 0);
  g_assert_cmpuint (facts_fixture_count (day, PRECIS_FACT_ORGANIZATION, "BBC"), ==, 1);
  g_assert_cmpuint (count_kind (day, PRECIS_FACT_DATE), ==, 1);
}

/* "a race between Google, Microsoft and Yahoo": a company the tagger
 * never saw, listed with companies the lexicons know, is one; a given
 * name and a place so listed keep their kinds. */
static void
test_company_lists (void)
{
  g_autoptr (GArray) facts = extract (
    "Search battle heats up\n\n"
    "The market for desktop search is crowded, with Google, AOL, Yahoo and many smaller firms offering "
    "programs. \"There is a race between Google, Microsoft and Yahoo,\" said one analyst. Due to follow "
    "are net giants AOL and Yahoo. Nokia and Finland have both gained from the boom.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Yahoo"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Yahoo"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Finland"), ==, 1);
}

/* "said Yonca Brunini of Yahoo": what a person named in full is of is a
 * body, read as a place or a person, or a place the gazetteer knows. */
static void
test_person_of (void)
{
  g_autoptr (GArray) facts = extract (
    "Search habits change\n\n"
    "People are searching more often and for more things. \"Experience has helped people to search "
    "more,\" said Yonca Brunini of Yahoo. \"More people are searching,\" said Kathy Rittweger of "
    "Blinkx. Most users search every day, said Marc Rosset of Switzerland.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Yahoo"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Blinkx"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Yonca Brunini"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Switzerland"), ==, 1);
}

/* "gathered by industry watchdog, Ofcom, the", "the national carrier,
 * Qantas, has", "state-owned Rosneft": the noun of a body's kind says
 * what the name is, in apposition too; a person's full name so placed
 * stays a person. */
static void
test_kind_apposition (void)
{
  g_autoptr (GArray) facts = extract (
    "Broadband take-up soars\n\n"
    "According to figures gathered by industry watchdog, Ofcom, the number of broadband lines has doubled. "
    "The telecoms regulator Ofcom said prices had fallen. Exxon is working with state-owned Rosneft on "
    "the field. A spokesman for the firm, John Davies, said it would invest more.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Ofcom"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Ofcom"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Rosneft"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "John Davies"), ==, 1);
}

/* "by the end of the Parliament", "in the next Parliament": a term, no
 * body; "dissolve Parliament" stays the body. */
static void
test_parliament_term (void)
{
  g_autoptr (GArray) term = extract (
    "Childcare pledge\n\n"
    "The government has promised 100,000 new childcare places by the end of the Parliament. In the next "
    "Parliament it would double that, the minister said.\n");
  g_autoptr (GArray) body = extract (
    "Election date\n\n"
    "The prime minister is expected to ask the Queen to dissolve Parliament in April.\n");

  g_assert_cmpuint (facts_fixture_count (term, PRECIS_FACT_ORGANIZATION, "Parliament"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (body, PRECIS_FACT_ORGANIZATION, "Parliament"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/ner-session22/sunday-papers", test_sunday_papers);
  g_test_add_func ("/ner-session22/company-lists", test_company_lists);
  g_test_add_func ("/ner-session22/person-of", test_person_of);
  g_test_add_func ("/ner-session22/kind-apposition", test_kind_apposition);
  g_test_add_func ("/ner-session22/parliament-term", test_parliament_term);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
