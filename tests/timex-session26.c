/* tests/timex-session26.c — dates a reader would see wrong (session 26,
 * helper `dates`), each sentence written anew with the value a reader
 * gives it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* "until midnight on 1 February": the clock word was the publication's
 * day (or the date told before it) and the date stood alone; one time
 * of that date, as "5pm on 3 March" was. */
static const TimexFixtureCase clock_word_dates[] = {
  { "The firms have until midnight on 1 February to settle.", 2005, 1, 10, "midnight on 1 February", "TIME",
    "2005-02-01T00:00", NULL },
  { "The new lira will be launched at midnight on 1 January.", 2004, 12, 10, "midnight on 1 January", "TIME",
    "2005-01-01T00:00", NULL },
  { "Between midnight on 31 December and midnight on 1 January, 133m texts were sent.", 2005, 1, 10,
    "midnight on 31 December", "TIME", "2004-12-31T00:00", NULL },
  { "The polls opened at noon on March 3, 2014, officials said.", 2015, 4, 15, "noon on March 3, 2014", "TIME",
    "2014-03-03T12:00", NULL },
  /* what stays as it was: a clock word with its weekday, a name */
  { "The deadline expires at midnight on Friday.", 2015, 4, 15, "midnight on Friday", "TIME",
    "2015-04-17T00:00", NULL },
  { "England picked Jamie Noon on 12 March.", 2005, 3, 15, "12 March", "DATE", "2005-03-12", NULL },
};

static void
test_clock_word_dates (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_word_dates, G_N_ELEMENTS (clock_word_dates)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session26/clock-word-dates", test_clock_word_dates);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
