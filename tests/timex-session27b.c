/* tests/timex-session27b.c — numbers a reader would not take for dates
 * (session 27, round 2, helper `dates`): qualifying's sessions, a car's
 * model year.  Each sentence written anew.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* In a motor-racing report "Q2", "Q3" are qualifying's sessions: they
 * were the year's quarters (2014-Q3, 2015-Q2). */
static const char *const session_none[] = {
  "Hamilton's impressive lap on his first run in Q3 was enough to claim pole at the Chinese Grand Prix.",
  "Raikkonen was sixth in qualifying as he struggled in Q3, with his best lap in Q2.",
};

/* what stays as it was: a company's quarters, a quarter in words */
static const TimexFixtureCase quarters[] = {
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
  g_assert_cmpuint (timex_fixture_check_cases (rules, quarters, G_N_ELEMENTS (quarters)), ==, 0);
}

/* A year between an article or a possessive and a car maker's name,
 * then a model or a kind of vehicle, is the car's model year: it was
 * that year. */
static const char *const model_year_none[] = {
  "He was driving a 2001 Toyota Corolla when police stopped him.",
  "Police said a thief likely stole the 2001 Toyota, similar to the model pictured.",
  "Kopp's 1987 Chevrolet Cavalier was found at the airport.",
  "He drove a 2005 Honda minivan.",
  "She owns a 2012 BMW 3 Series.",
};

/* what stays as it was: a year told with its preposition, an event a
 * maker names */
static const TimexFixtureCase maker_years[] = {
  { "In 2001 Toyota sold more cars than ever.", 2015, 4, 15, "2001", "DATE", "2001", NULL },
  { "The 2010 Toyota recall cost billions.", 2015, 4, 15, "2010", "DATE", "2010", NULL },
  { "A 2010 Toyota report said sales fell.", 2015, 4, 15, "2010", "DATE", "2010", NULL },
  { "He won the 2013 Honda Classic.", 2015, 4, 15, "2013", "DATE", "2013", NULL },
};

static void
test_model_years (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, model_year_none, G_N_ELEMENTS (model_year_none), 2015,
                                                4, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, maker_years, G_N_ELEMENTS (maker_years)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session27b/qualifying-sessions", test_qualifying_sessions);
  g_test_add_func ("/timex-session27b/model-years", test_model_years);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
