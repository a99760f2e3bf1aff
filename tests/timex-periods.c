/* timex-periods.c — quarters, halves, fiscal years and a match's or a
 * race's periods: a calendar period only where it is one (issue 14).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a sentence written anew, of the kinds read wrong in news,
 * with its publication day and the value a reader gives it; each failed
 * before the change it guards.
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* A quarter written as its months, "the July-to-September quarter", is
 * one expression and one quarter (each month was one, and the one to
 * come by the tense); three months of no calendar quarter are left as
 * months. */
static const TimexFixtureCase quarters[] = {
  { "House prices were up 10% on the year, down from 16% in the July-to-September quarter.", 2005, 3, 15,
    "the July-to-September quarter", "DATE", "2004-Q3", NULL },
  { "Profits rose sharply in the October-December quarter.", 2005, 3, 15, "the October-December quarter",
    "DATE", "2004-Q4", NULL },
  { "Output will rise again in the July to September quarter, the bank said.", 2005, 3, 15,
    "the July to September quarter", "DATE", "2005-Q3", NULL },
  /* what stays as it was */
  { "Sales rose in the September-November quarter.", 2005, 3, 15, "September", "DATE", "2004-09", NULL },
};

static void
test_quarters (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, quarters, G_N_ELEMENTS (quarters)), ==, 0);
}

/* Halves and quarters of a rugby match report are the game's: the words
 * of games knew football, cricket and basketball only, and quarters were
 * the game's only with a word of a game played in quarters. */
static const char *const match_periods_none[] = {
  "Wales scrum-half Mike Phillips was sin-binned before the break. England led 12-6 as the game entered "
  "the final quarter, but a late try from the winger, converted from the touchline, sealed it.",
  "The fly-half kicked two penalties in the second half and the flanker was outstanding.",
  "For the first quarter the Irish pack struggled, and the scrum creaked. The full-back and the winger "
  "were replaced at half-time.",
};

/* ...what stays as it was: an earnings story's quarters and halves */
static const TimexFixtureCase match_periods[] = {
  { "Profits rose 10% in the final quarter, the bank said.", 2005, 3, 15, "the final quarter", "DATE",
    "2004-Q4", NULL },
  { "Sales will recover in the second half, the retailer said.", 2005, 3, 15, "the second half", "DATE",
    "2005-H2", NULL },
};

static void
test_match_periods (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, match_periods_none, G_N_ELEMENTS (match_periods_none), 2005,
                                                3, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, match_periods, G_N_ELEMENTS (match_periods)), ==, 0);
}

/* "fiscal year 2015", "the financial year 2013" were nothing (a bare year
 * after "year" is no year of its own); "the last financial year" too. */
static const TimexFixtureCase fiscal_years[] = {
  { "Revenue for the fiscal year 2015 is expected to rise.", 2015, 4, 15, "the fiscal year 2015", "DATE",
    "2015", NULL },
  { "The company lost money in fiscal year 2014.", 2015, 4, 15, "fiscal year 2014", "DATE", "2014", NULL },
  { "Sales in the financial year 2013 rose by a fifth.", 2015, 4, 15, "the financial year 2013", "DATE",
    "2013", NULL },
  { "Wells Fargo had net income of $6.2bn in its last financial year.", 2005, 3, 15, "last financial year",
    "DATE", "2004", NULL },
  /* what stays as it was */
  { "By the year 2050 the population will double.", 2015, 4, 15, "the year 2050", "DATE", "2050", NULL },
  { "Profits rose in the last fiscal year.", 2015, 4, 15, "last fiscal year", "DATE", "2014", NULL },
};

static void
test_fiscal_years (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, fiscal_years, G_N_ELEMENTS (fiscal_years)), ==, 0);
}

/* "the quarter ending Dec. 31" is the quarter that ends then (it was the
 * quarter just reported, the third, in an October paper). */
static const TimexFixtureCase quarters_ended[] = {
  { "The company will report results for the quarter ending Dec. 31.", 1989, 10, 30, "the quarter", "DATE",
    "1989-Q4", NULL },
  { "Net income fell in the quarter ended June 30, 1989.", 1989, 10, 30, "the quarter", "DATE", "1989-Q2",
    NULL },
  /* what stays as it was */
  { "The company posted a loss for the quarter ended Sept. 30.", 1989, 10, 30, "the quarter", "DATE",
    "1989-Q3", NULL },
  { "The company posted a loss for the quarter ended Dec. 31.", 1990, 2, 10, "the quarter", "DATE", "1989-Q4",
    NULL },
};

static void
test_quarters_ended (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, quarters_ended, G_N_ELEMENTS (quarters_ended)), ==, 0);
}

/* In a motor-racing report "Q2", "Q3" are qualifying's sessions: they
 * were the year's company_quarters (2014-Q3, 2015-Q2). */
static const char *const session_none[] = {
  "Hamilton's impressive lap on his first run in Q3 was enough to claim pole at the Chinese Grand Prix.",
  "Raikkonen was sixth in qualifying as he struggled in Q3, with his best lap in Q2.",
};

/* what stays as it was: a company's company_quarters, a quarter in words */
static const TimexFixtureCase company_quarters[] = {
  { "Ferrari's car sales rose in Q3, the company said.", 2015, 4, 15, "Q3", "DATE", "2014-Q3", NULL },
  { "Apple's revenue rose in Q2 and Q3 looks weaker.", 2015, 4, 15, "Q2", "DATE", "2015-Q2", NULL },
  { "In the second quarter profits rose.", 2015, 4, 15, "the second quarter", "DATE", "2015-Q2", NULL },
};

static void
test_qualifying_sessions (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, session_none, G_N_ELEMENTS (session_none), 2015,
                                                4, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, company_quarters, G_N_ELEMENTS (company_quarters)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-periods/quarters", test_quarters);
  g_test_add_func ("/timex-periods/match-periods", test_match_periods);
  g_test_add_func ("/timex-periods/fiscal-years", test_fiscal_years);
  g_test_add_func ("/timex-periods/quarters-ended", test_quarters_ended);
  g_test_add_func ("/timex-periods/qualifying-sessions", test_qualifying_sessions);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
