/* tests/timex-session25.c — dates that are really dates (session 25,
 * issue 14): kinds found by writing news sentences and by reading the
 * unlabeled BBC and CNN/Daily Mail dev texts, each written anew with the
 * value a reader gives it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* "3pm", "3.30pm", "11:45pm" (one word for the tokenizer, BBC and Daily
 * Mail style) and "3.30 pm" were no clock times at all: only "3 pm" and
 * "3:30 p.m." were read. */
static const TimexFixtureCase glued_clocks[] = {
  { "The accident happened at about 3.30pm on Tuesday.", 2015, 4, 15, "about 3.30pm on Tuesday", "TIME",
    "2015-04-14T15:30", NULL },
  { "Kick-off is at 3pm on Saturday.", 2015, 4, 15, "3pm on Saturday", "TIME", "2015-04-18T15:00", NULL },
  { "The bar closed at 2am, police said.", 2015, 4, 15, "2am", "TIME", "2015-04-15T02:00", NULL },
  { "The shooting was reported just before 11:45pm Friday.", 2015, 4, 15, "11:45pm Friday", "TIME",
    "2015-04-10T23:45", NULL },
  { "The train left at 12.15am yesterday.", 2015, 4, 15, "12.15am yesterday", "TIME", "2015-04-14T00:15",
    NULL },
  { "Polls opened at 7.30 pm on Monday.", 2015, 4, 15, "7.30 pm on Monday", "TIME", "2015-04-13T19:30",
    NULL },
  /* what stays as it was */
  { "It happened at 3 pm on Tuesday.", 2015, 4, 15, "3 pm on Tuesday", "TIME", "2015-04-14T15:00", NULL },
  { "It happened at 3:30 p.m. Tuesday.", 2015, 4, 15, "3:30 p.m. Tuesday", "TIME", "2015-04-14T15:30",
    NULL },
};

/* ...and what is no clock: a price, a fraction, hours past 12 */
static const char *const glued_clocks_none[] = {
  "The firm paid £3.30 a share.",
  "Shares closed at 3.30 in London.",
  "The 15pm figure was a typo.",
};

static void
test_glued_clocks (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, glued_clocks, G_N_ELEMENTS (glued_clocks)), ==, 0);
  g_assert_cmpuint (timex_fixture_count_found (rules, glued_clocks_none, G_N_ELEMENTS (glued_clocks_none), 2015,
                                                4, 15),
                    ==, 0);
}

/* A clock before its day's part or date: "at 8am on Friday morning" left
 * the morning out; "at around 3.30pm on March 17" gave the clock the
 * publication's day and the date beside it. */
static const TimexFixtureCase clock_days[] = {
  { "Tickets were released at 8am on Friday morning.", 2005, 3, 15, "8am on Friday morning", "TIME",
    "2005-03-11T08:00", NULL },
  { "He was seen at around 9pm Thursday night.", 2015, 4, 15, "around 9pm Thursday night", "TIME",
    "2015-04-09T21:00", NULL },
  { "The body was found at 6am yesterday morning.", 2015, 4, 15, "6am yesterday morning", "TIME",
    "2015-04-14T06:00", NULL },
  { "At around 3.30pm on March 17 Mr Docherty was agitated.", 2015, 4, 15, "around 3.30pm on March 17",
    "TIME", "2015-03-17T15:30", NULL },
  { "He will be sentenced at 10am on 30 April.", 2015, 4, 15, "10am on 30 April", "TIME",
    "2015-04-30T10:00", NULL },
  { "The crash happened at 3:30 p.m. on March 17, 2014, police said.", 2015, 4, 15,
    "3:30 p.m. on March 17, 2014", "TIME", "2014-03-17T15:30", NULL },
  { "The match kicks off at 3pm on the 18th.", 2015, 4, 15, "3pm on the 18th", "TIME", "2015-04-18T15:00",
    NULL },
  { "The vote was held on Friday. Results come at 10pm tonight.", 2015, 4, 15, "10pm tonight", "TIME",
    "2015-04-15T22:00", NULL },
  { "The speech began at noon EST on Tuesday.", 2015, 4, 15, "noon EST on Tuesday", "TIME",
    "2015-04-14T12:00", NULL },
  /* what stays as it was */
  { "On 17 March at 3.30pm he was arrested.", 2015, 4, 15, "17 March", "DATE", "2015-03-17", NULL },
  { "It happened at 3 p.m. Night fell soon after.", 2015, 4, 15, "3 p.m.", "TIME", "2015-04-15T15:00",
    NULL },
};

static void
test_clock_days (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_days, G_N_ELEMENTS (clock_days)), ==, 0);
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

/* A verb in the simple present before the date tells a plan: the
 * tagger knew no such verb, so a "said" after the comma made the day one
 * gone ("The festival opens on Friday, organisers said" was last Friday). */
static const TimexFixtureCase present_plans[] = {
  { "The festival opens on Friday, organisers said.", 2015, 4, 15, "Friday", "DATE", "2015-04-17", NULL },
  { "He faces trial on Monday, police said.", 2015, 4, 15, "Monday", "DATE", "2015-04-20", NULL },
  { "The strike begins on Thursday, the union announced.", 2015, 4, 15, "Thursday", "DATE", "2015-04-16",
    NULL },
  { "The film, which opens on Friday, has been praised by critics.", 2015, 4, 15, "Friday", "DATE",
    "2015-04-17", NULL },
  { "The tournament, which begins on 17 January, was moved to a new venue.", 2005, 1, 5, "17 January",
    "DATE", "2005-01-17", NULL },
  { "The retailer expects sales to recover in the second half.", 2005, 3, 15, "the second half", "DATE",
    "2005-H2", NULL },
  /* ...after a verb of saying or "that", and after a name */
  { "Officials said the meeting begins Monday.", 1998, 3, 11, "Monday", "DATE", "1998-03-16", NULL },
  { "Police said that the suspect faces charges on Monday.", 1998, 3, 11, "Monday", "DATE", "1998-03-16",
    NULL },
  { "Madeleine Albright meets Arafat on Thursday, her spokesman said.", 1998, 3, 11, "Thursday", "DATE",
    "1998-03-12", NULL },
  /* what stays as it was: a plural noun, the clause's verb after the date */
  { "He said the attacks on Friday were cowardly.", 1998, 3, 11, "Friday", "DATE", "1998-03-06", NULL },
  { "In Geneva talks on Monday, officials agreed a deal.", 1998, 3, 11, "Monday", "DATE", "1998-03-09", NULL },
  { "The peace talks on Monday failed.", 2015, 4, 15, "Monday", "DATE", "2015-04-13", NULL },
  { "The protests on Saturday turned violent.", 2015, 4, 15, "Saturday", "DATE", "2015-04-11", NULL },
  { "He criticised the new rules on Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-10", NULL },
  { "The team, which won on Saturday, plays again next week.", 2015, 4, 15, "Saturday", "DATE", "2015-04-11",
    NULL },
};

static void
test_present_plans (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, present_plans, G_N_ELEMENTS (present_plans)), ==, 0);
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

/* "two hours earlier than normal" compares two times: the stretch, not
 * a time counted back from the one told before (it was 2am - 2h). */
static const TimexFixtureCase comparisons[] = {
  { "We closed the bar at 2am, two hours earlier than normal.", 2015, 4, 15, "two hours", "DURATION", "PT2H",
    NULL },
  { "The flight landed 20 minutes later than scheduled.", 2015, 4, 15, "20 minutes", "DURATION", "PT20M",
    NULL },
  { "The plant opened in 2009, a year earlier than expected.", 2015, 4, 15, "a year", "DURATION", "P1Y",
    NULL },
  /* what stays as it was */
  { "The plant opened in 2009. Two years later it closed.", 2015, 4, 15, "Two years later", "DATE", "2011",
    NULL },
};

static void
test_comparisons (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, comparisons, G_N_ELEMENTS (comparisons)), ==, 0);
}

/* A clock word capitalized inside a sentence is a name ("Jamie Noon",
 * a rugby centre, was noon of the day told last). */
static const char *const clock_names_none[] = {
  "The midfield pairing of Mathew Tait and Jamie Noon is also under threat.",
  "Either Tait or Noon will drop out of the side.",
};

static const TimexFixtureCase clock_names[] = {
  /* what stays as it was */
  { "The deadline is noon on Friday.", 2015, 4, 15, "noon on Friday", "TIME", "2015-04-17T12:00", NULL },
};

static void
test_clock_names (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, clock_names_none, G_N_ELEMENTS (clock_names_none), 2005,
                                                3, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_names, G_N_ELEMENTS (clock_names)), ==, 0);
}

/* A weekday of the event "after" names, told with no verb of a tense of
 * its own, is gone ("is recovering in hospital after the attack on
 * Saturday" was the Saturday to come, by the present). */
static const TimexFixtureCase after_events[] = {
  { "The boy, 12, is recovering in hospital after the attack on Saturday.", 2015, 4, 15, "Saturday", "DATE",
    "2015-04-11", NULL },
  { "A man is in a critical condition after a crash on Sunday.", 2015, 4, 15, "Sunday", "DATE", "2015-04-12",
    NULL },
  { "He faces a ban after the incident on Saturday.", 2015, 4, 15, "Saturday", "DATE", "2015-04-11", NULL },
  /* what stays as it was */
  { "Fans will gather after the match on Saturday.", 2015, 4, 15, "Saturday", "DATE", "2015-04-18", NULL },
};

static void
test_after_events (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, after_events, G_N_ELEMENTS (after_events)), ==, 0);
}

/* "the following week" after a day told is the week after it ("The
 * following week" was a week's stretch, P1W); "the week before" the week
 * before it, not a day. */
static const TimexFixtureCase following_weeks[] = {
  { "On March 1 he was arrested. The following week he was charged.", 2015, 4, 15, "The following week",
    "DATE", "2015-W10", NULL },
  { "He was arrested on Monday and charged the following week.", 2015, 4, 15, "the following week", "DATE",
    "2015-W17", NULL },
  { "She was arrested on Monday. The manager had a similar problem with her the week before.", 2015, 4, 15,
    "the week before", "DATE", "2015-W15", NULL },
  /* what stays as it was */
  { "He was arrested on Monday and charged a week later.", 2015, 4, 15, "a week later", "DATE", "2015-04-20",
    NULL },
  { "The album should be finished within the next week.", 2015, 4, 15, "the next week", "DURATION", "P1W",
    NULL },
};

static void
test_following_weeks (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, following_weeks, G_N_ELEMENTS (following_weeks)), ==, 0);
}

/* "in the New Year" is the year to come, or the publication's own in
 * its first two months (it was nothing); a noun's modifier is a name. */
static const TimexFixtureCase new_years[] = {
  { "We are hoping to hear in the New Year.", 2004, 12, 15, "the New Year", "DATE", "2005", NULL },
  { "The shop is closed until the new year, the owner said.", 2004, 12, 15, "the new year", "DATE", "2005",
    NULL },
  { "Labour MPs met on Monday evening at their first meeting of the new year at Westminster.", 2005, 1, 10,
    "the new year", "DATE", "2005", NULL },
};

static const char *const new_years_none[] = {
  "He was made a knight in the New Year honours.",
  "Walker had hoped to compete in the New Year Sprint.",
};

static void
test_new_years (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, new_years, G_N_ELEMENTS (new_years)), ==, 0);
  g_assert_cmpuint (timex_fixture_count_found (rules, new_years_none, G_N_ELEMENTS (new_years_none), 2004,
                                                12, 15),
                    ==, 0);
}

/* Feasts named in two words: "Good Friday" and "Easter Monday" were the
 * Friday and the Monday of the tense; "Valentine's Day", "Boxing Day",
 * "Bonfire Night" were nothing. */
static const TimexFixtureCase feasts[] = {
  { "The shops were closed on Good Friday.", 2015, 4, 15, "Good Friday", "DATE", "2015-04-03", NULL },
  { "Rotherham beat Brighton on Easter Monday.", 2015, 4, 15, "Easter Monday", "DATE", "2015-04-06", NULL },
  { "Churches were full on Easter Sunday.", 2015, 4, 15, "Easter Sunday", "DATE", "2015-04-05", NULL },
  { "He had performed most recently in Istanbul on Valentine's Day.", 2015, 4, 15, "Valentine's Day", "DATE",
    "2015-02-14", NULL },
  { "He tore a pectoral muscle against the Ospreys on Boxing Day.", 2005, 3, 15, "Boxing Day", "DATE",
    "2004-12-26", NULL },
  { "Crowds gathered on Bonfire Night.", 2015, 4, 15, "Bonfire Night", "DATE", "2014-11-05", NULL },
  /* what stays as it was */
  { "It was a good Friday for the team.", 2015, 4, 15, "Friday", "DATE", "2015-04-10", NULL },
  { "He was born on Christmas Day.", 2015, 4, 15, "Christmas Day", "DATE", "2014-12-25", NULL },
};

/* ...and a feast's name in another's */
static const char *const feasts_none[] = {
  "The Good Friday Agreement was hailed by both sides.",
};

static void
test_feasts (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, feasts, G_N_ELEMENTS (feasts)), ==, 0);
  g_assert_cmpuint (timex_fixture_count_found (rules, feasts_none, G_N_ELEMENTS (feasts_none), 2015,
                                                4, 15),
                    ==, 0);
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

/* "the rest of the week", "the rest of 2014" were nothing (a rule needs
 * a word of time within three words of its start: "rest" is one now);
 * "the day before yesterday" was yesterday. */
static const TimexFixtureCase rests[] = {
  { "Rates would remain at 4.75% for the rest of the year, he said.", 2005, 3, 15, "the rest of the year",
    "DATE", "2005", NULL },
  { "Rain is forecast for the rest of the week.", 2015, 4, 15, "the rest of the week", "DATE", "2015-W16",
    NULL },
  { "Sales fell for the rest of 2014.", 2015, 4, 15, "the rest of 2014", "DATE", "2014", NULL },
  { "He arrived the day before yesterday.", 2015, 4, 15, "the day before yesterday", "DATE", "2015-04-13",
    NULL },
  /* Spanish "la víspera" alone has no other word of time either */
  { "El 3 de mayo llegó a Madrid. La víspera había llovido.", 2015, 4, 15, "La víspera", "DATE", "2014-05-02",
    "es" },
  { "The results come the day after tomorrow.", 2015, 4, 15, "the day after tomorrow", "DATE", "2015-04-17",
    NULL },
};

static const char *const rests_none[] = {
  "The rest of the money was lost.",
};

static void
test_rests (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, rests, G_N_ELEMENTS (rests)), ==, 0);
  g_assert_cmpuint (timex_fixture_count_found (rules, rests_none, G_N_ELEMENTS (rests_none), 2015,
                                                4, 15),
                    ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session25/glued-clocks", test_glued_clocks);
  g_test_add_func ("/timex-session25/clock-days", test_clock_days);
  g_test_add_func ("/timex-session25/match-periods", test_match_periods);
  g_test_add_func ("/timex-session25/present-plans", test_present_plans);
  g_test_add_func ("/timex-session25/fiscal-years", test_fiscal_years);
  g_test_add_func ("/timex-session25/comparisons", test_comparisons);
  g_test_add_func ("/timex-session25/clock-names", test_clock_names);
  g_test_add_func ("/timex-session25/after-events", test_after_events);
  g_test_add_func ("/timex-session25/following-weeks", test_following_weeks);
  g_test_add_func ("/timex-session25/new-years", test_new_years);
  g_test_add_func ("/timex-session25/feasts", test_feasts);
  g_test_add_func ("/timex-session25/quarters-ended", test_quarters_ended);
  g_test_add_func ("/timex-session25/rests", test_rests);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
