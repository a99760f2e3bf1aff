/* tests/timex-session24.c — dates that are really dates (session 24,
 * issue 14): the kinds read wrong in English TimeML fold 3 and the
 * issue's leftovers, each written as a sentence anew with the value a
 * reader gives it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* "began early Friday morning", "late Saturday night": the part of the
 * day whole ("early Friday" left the morning out). */
static const TimexFixtureCase parts[] = {
  { "The commemorations began early Friday morning as thousands marched through the capital.", 2000,
    1, 28, "early Friday morning", "TIME", "2000-01-28TMO", NULL },
  { "Police were called to the flat late Saturday night.", 2024, 3, 13, "late Saturday night", "TIME",
    "2024-03-09TNI", NULL },
  { "The ferry will leave early Monday morning.", 2024, 3, 13, "early Monday morning", "TIME",
    "2024-03-18TMO", NULL },
  { "Firefighters were called early yesterday morning.", 2024, 3, 13, "early yesterday morning", "TIME",
    "2024-03-12TMO", NULL },
  /* what stays as it was */
  { "Earlier Friday, the government celebrated the anniversary with rallies.", 2000, 1, 28,
    "Earlier Friday", "DATE", "2000-01-28", NULL },
};

static void
test_parts (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, parts, G_N_ELEMENTS (parts)), ==, 0);
}

/* A past ending after a possessive is an adjective, as after an article:
 * "Apple's redesigned iPod goes on sale on Saturday" was the Saturday
 * gone.  "he's signed" is "has". */
static const TimexFixtureCase possessives[] = {
  { "Apple's redesigned iPod goes on sale on Saturday.", 2005, 3, 15, "Saturday", "DATE", "2005-03-19",
    NULL },
  { "The company's revamped website opens to the public on Friday.", 2005, 3, 15, "Friday", "DATE",
    "2005-03-18", NULL },
  /* what stays as it was */
  { "The Senate passed the bill on Saturday.", 2005, 3, 15, "Saturday", "DATE", "2005-03-12", NULL },
};

static void
test_possessives (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, possessives, G_N_ELEMENTS (possessives)), ==, 0);
}

/* A caption's present passive, "Jones is pictured in March", tells when
 * the picture was taken: the March gone, not the one to come.  An event
 * named after "ahead of" keeps its own day. */
static const TimexFixtureCase captions[] = {
  { "Here the actress is pictured in March at a premiere in Los Angeles.", 2015, 4, 15, "March", "DATE",
    "2015-03", NULL },
  { "The couple are photographed at their wedding in June.", 2015, 4, 15, "June", "DATE", "2014-06",
    NULL },
  { "The striker is pictured celebrating his goal on Saturday.", 2015, 4, 15, "Saturday", "DATE",
    "2015-04-11", NULL },
  /* what stays as it was */
  { "The driver is pictured in the garage ahead of the first race of the season on Saturday.", 2015, 4,
    15, "Saturday", "DATE", "2015-04-18", NULL },
  { "The new stadium is expected in May.", 2015, 4, 15, "May", "DATE", "2015-05", NULL },
};

static void
test_captions (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, captions, G_N_ELEMENTS (captions)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session24/parts", test_parts);
  g_test_add_func ("/timex-session24/possessives", test_possessives);
  g_test_add_func ("/timex-session24/captions", test_captions);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
