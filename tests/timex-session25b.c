/* tests/timex-session25b.c — dates a reader would see wrong (session 25,
 * helper `dates`, second round), each sentence written anew with the
 * value a reader gives it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* "midnight tonight" was two times, 00:00 of today (past) and tonight:
 * it is the midnight that ends today, TimeML's T24:00. */
static const TimexFixtureCase midnight_tonight[] = {
  { "The ban will take effect at midnight tonight.", 2015, 4, 15, "midnight tonight", "TIME",
    "2015-04-15T24:00", NULL },
  { "The deadline expires at midnight tonight, officials said.", 2015, 4, 15, "midnight tonight", "TIME",
    "2015-04-15T24:00", NULL },
  /* what stays as it was */
  { "The bar closed at midnight.", 2015, 4, 15, "midnight", "TIME", "2015-04-15T00:00", NULL },
  { "Voting ends at 10pm tonight.", 2015, 4, 15, "10pm tonight", "TIME", "2015-04-15T22:00", NULL },
};

static void
test_midnight_tonight (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, midnight_tonight, G_N_ELEMENTS (midnight_tonight)), ==, 0);
}

/* Dutch perfects with "is"/"zijn" and a participle of an inseparable
 * prefix, which takes no "ge-" ("overleden", "ondertekend", "onderzocht"):
 * the weekday was the one to come. */
static const TimexFixtureCase dutch_inseparable[] = {
  { "De zanger is zaterdag overleden.", 2024, 3, 12, "zaterdag", "DATE", "2024-03-09", "nl" },
  { "De oud-premier is zaterdag in Amsterdam overleden.", 2024, 3, 12, "zaterdag", "DATE", "2024-03-09", "nl" },
  { "Het akkoord is maandag ondertekend.", 2024, 3, 12, "maandag", "DATE", "2024-03-11", "nl" },
  { "De patiënten zijn zondag onderzocht.", 2024, 3, 12, "zondag", "DATE", "2024-03-10", "nl" },
  /* what stays as it was: nouns that open so, the present */
  { "De overheid is maandag met de overeenkomst bezig.", 2024, 3, 12, "maandag", "DATE", "2024-03-18", "nl" },
  { "De vergadering is zaterdag.", 2024, 3, 12, "zaterdag", "DATE", "2024-03-16", "nl" },
  { "Hij is maandag vertrokken.", 2024, 3, 12, "maandag", "DATE", "2024-03-11", "nl" },
};

static void
test_dutch_inseparable (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, dutch_inseparable, G_N_ELEMENTS (dutch_inseparable)), ==, 0);
}

/* A range's first clock took the publication's day where the second
 * names the day for both. */
static const TimexFixtureCase clock_ranges[] = {
  { "Polls are open from 7am to 10pm on Thursday.", 2015, 4, 15, "7am", "TIME", "2015-04-16T07:00", NULL },
  { "The road was closed from 9am to 5pm on Monday.", 2015, 4, 15, "9am", "TIME", "2015-04-13T09:00", NULL },
  { "The office will be open between 9am and 5pm tomorrow.", 2015, 4, 15, "9am", "TIME", "2015-04-16T09:00",
    NULL },
  /* what stays as it was: no day told with the second, or not its own */
  { "The store is open from 9am to 5pm.", 2015, 4, 15, "9am", "TIME", "2015-04-15T09:00", NULL },
  { "It runs from 10am to 4pm, officials said on Monday.", 2015, 4, 15, "10am", "TIME", "2015-04-15T10:00",
    NULL },
};

static void
test_clock_ranges (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_ranges, G_N_ELEMENTS (clock_ranges)), ==, 0);
}

/* A weekly slot was a set of weekdays and the publication's day at the
 * clock ("Channel 5 Wednesdays at 9pm" was 2015-04-15T21:00): one set,
 * the weekday's clock. */
static const TimexFixtureCase weekly_slots[] = {
  { "The show airs on Channel 5 Wednesdays at 9pm, the BBC said.", 2015, 4, 15, "Wednesdays at 9pm", "SET",
    "XXXX-WXX-3T21:00", NULL },
  { "Meetings are held every Friday at 7.30pm in the hall.", 2015, 4, 15, "every Friday at 7.30pm", "SET",
    "XXXX-WXX-5T19:30", NULL },
  /* what stays as it was: one day's clock, a set without one */
  { "The show airs Wednesdays.", 2015, 4, 15, "Wednesdays", "SET", "XXXX-WXX-3", NULL },
  { "He arrived on Friday at 9pm, police said.", 2015, 4, 15, "Friday at 9pm", "TIME", "2015-04-10T21:00", NULL },
};

static void
test_weekly_slots (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, weekly_slots, G_N_ELEMENTS (weekly_slots)), ==, 0);
}

/* "am"/"pm" written without periods took the sentence's period into the
 * span as an abbreviation's ("at 5pm." was "5pm."); "p.m." keeps its own. */
static const TimexFixtureCase ampm_periods[] = {
  { "He took the dog out just after tea at 5pm.", 2015, 4, 15, "5pm", "TIME", "2015-04-15T17:00", NULL },
  { "The child fell into the pit on Saturday around 3pm. He was rescued.", 2015, 4, 15, "Saturday around 3pm",
    "TIME", "2015-04-11T15:00", NULL },
  { "The polls closed at 9 pm.", 2015, 4, 15, "9 pm", "TIME", "2015-04-15T21:00", NULL },
  /* what stays as it was */
  { "The polls closed at 9 p.m.", 2015, 4, 15, "9 p.m.", "TIME", "2015-04-15T21:00", NULL },
};

static void
test_ampm_periods (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, ampm_periods, G_N_ELEMENTS (ampm_periods)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session25b/midnight-tonight", test_midnight_tonight);
  g_test_add_func ("/timex-session25b/dutch-inseparable", test_dutch_inseparable);
  g_test_add_func ("/timex-session25b/clock-ranges", test_clock_ranges);
  g_test_add_func ("/timex-session25b/weekly-slots", test_weekly_slots);
  g_test_add_func ("/timex-session25b/ampm-periods", test_ampm_periods);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
