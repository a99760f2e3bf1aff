/* timex-days.c — days: weekdays of a fixture or a result, shifted days,
 * weekends, the week after a day told (issues 14 and 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a sentence written anew, of the kinds read wrong in news,
 * with its publication day and the value a reader gives it; each failed
 * before the change it guards.
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* A score right after the day ("Wednesday's 2-1 loss") tells a match
 * played, whatever the verb of the clause: "had gone five matches
 * unbeaten until Sunday's 1-0 defeat" and "are poised to complain about
 * an incident during Wednesday's 2-1 loss" were the days to come. */
static const TimexFixtureCase results[] = {
  { "United had won six league games in a row until Saturday's 2-0 loss to Everton.", 2024, 3, 13,
    "Saturday", "DATE", "2024-03-09", NULL },
  { "The visitors will appeal against the red card shown during Sunday's 3-1 defeat at Anfield.",
    2024, 3, 13, "Sunday", "DATE", "2024-03-10", NULL },
  { "The club are set to complain about an incident in Monday's dramatic 3 - 2 win.", 2024, 3, 13,
    "Monday", "DATE", "2024-03-11", NULL },
  /* what stays as it was */
  { "Fans are still talking about Tuesday's thrilling 4-3 win over Porto.", 2024, 3, 13, "Tuesday",
    "DATE", "2024-03-12", NULL },
};

/* A match, a final, a concert named by its day after "for", "before",
 * "ahead of" is to come, over a past or a present perfect in the clause
 * ("has been named in the squad for Saturday's Six Nations clash",
 * "prepared for Saturday's meeting" were the Saturdays gone); with no
 * verb of tense, "before Friday's deadline" too.  What was done for a day
 * gone stays so: "claimed responsibility for Sunday's attack". */
static const TimexFixtureCase fixtures[] = {
  { "Harris has been named in the Wales squad for Saturday's Six Nations clash with Scotland.", 2024, 3,
    13, "Saturday", "DATE", "2024-03-16", NULL },
  { "The striker has been passed fit for Sunday's cup final at Wembley.", 2024, 3, 13, "Sunday",
    "DATE", "2024-03-17", NULL },
  { "The young winger has been ruled out of the side for Tuesday's match against Lyon.", 2024, 3, 13,
    "Tuesday", "DATE", "2024-03-19", NULL },
  { "Hundreds of fans queued in the rain ahead of Friday's sold-out concert.", 2024, 3, 13, "Friday",
    "DATE", "2024-03-15", NULL },
  { "The squad trained behind closed doors before Sunday's derby.", 2024, 3, 13, "Sunday", "DATE", "2024-03-17",
    NULL },
  { "The club is still hoping to sign a goalkeeper before Friday's deadline.", 2024, 3, 13, "Friday",
    "DATE", "2024-03-15", NULL },
  /* what stays as it was */
  { "A group linked to the rebels claimed responsibility for Sunday's attack on the base.", 2024, 3, 13,
    "Sunday", "DATE", "2024-03-10", NULL },
  { "The coach apologised for Saturday's outburst.", 2024, 3, 13, "Saturday", "DATE", "2024-03-09", NULL },
  { "Police are appealing for witnesses to Saturday's crash.", 2024, 3, 13, "Saturday", "DATE", "2024-03-09",
    NULL },
  { "The minister is under pressure after Monday's vote.", 2024, 3, 13, "Monday", "DATE", "2024-03-11", NULL },
};

static void
test_results (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, results, G_N_ELEMENTS (results)), ==, 0);
}

static void
test_fixtures (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, fixtures, G_N_ELEMENTS (fixtures)), ==, 0);
}

/* "last March 1", "this past March 31", "next June 30": the day, the
 * last before the publication or the next after it (the month alone was
 * taken, the day left out); "this past Sunday" whole. */
static const TimexFixtureCase shifted_days[] = {
  { "The new law took effect last March 1.", 2005, 4, 15, "last March 1", "DATE", "2005-03-01", NULL },
  { "The fiscal year ended this past March 31.", 2005, 4, 15, "this past March 31", "DATE", "2005-03-31",
    NULL },
  { "The bonds mature next June 30.", 2005, 4, 15, "next June 30", "DATE", "2005-06-30", NULL },
  { "The deal closed last June 30, the company said.", 2005, 4, 15, "last June 30", "DATE", "2004-06-30",
    NULL },
  { "The team lost this past Sunday.", 2005, 4, 15, "this past Sunday", "DATE", "2005-04-10", NULL },
  { "The talks begin this coming Monday.", 2005, 4, 15, "this coming Monday", "DATE", "2005-04-18", NULL },
  /* what stays as it was */
  { "Prices have risen since last March.", 2005, 2, 15, "last March", "DATE", "2004-03", NULL },
};

static void
test_shifted_days (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, shifted_days, G_N_ELEMENTS (shifted_days)), ==, 0);
}

/* A fixture in the plural, "for Friday's quarter-finals", "ahead of
 * Saturday's matches", is to come as in the singular (session 22). */
static const TimexFixtureCase plural_fixtures[] = {
  { "The squad has been named for Friday's quarter-finals in Paris.", 2015, 4, 15, "Friday", "DATE",
    "2015-04-17", NULL },
  { "Fans queued for hours ahead of Saturday's matches.", 2015, 4, 15, "Saturday", "DATE", "2015-04-18",
    NULL },
};

static void
test_plural_fixtures (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, plural_fixtures, G_N_ELEMENTS (plural_fixtures)), ==, 0);
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

/* A weekday after "a" is any day of that name ("if it fell on a
 * Monday"): it was the one the tense gave. */
static const char *const any_weekday_none[] = {
  "No public holiday is triggered when Anzac Day falls on a Saturday, as it does then.",
  "It is less stuffy than piling into the Tube on a Monday morning.",
  "The airline is also eliminating a Saturday-night stay requirement.",
};

/* what stays as it was */
static const TimexFixtureCase any_weekday[] = {
  { "The holiday falls on Saturday this year.", 2015, 4, 15, "Saturday", "DATE", "2015-04-18", NULL },
  { "He spoke to her that Thursday morning.", 2015, 4, 15, "Thursday morning", "TIME", "2015-04-09TMO", NULL },
};

static void
test_any_weekday (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, any_weekday_none, G_N_ELEMENTS (any_weekday_none), 2015,
                                                4, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, any_weekday, G_N_ELEMENTS (any_weekday)), ==, 0);
}

/* Whether nothing the tagger marks in `text` covers `needle`. */
static void
check_absent (const char *text, const char *needle, int year, int month, int mday)
{
  g_autoptr (GDateTime) published = g_date_time_new_utc (year, month, mday, 12, 0, 0);
  PrecisPipelineOptions options = { .published = published, .published_source = PRECIS_ANCHOR_OPTION };
  g_autoptr (PrecisDocument) document = precis_document_new (text, -1, &options);
  g_autoptr (GArray) found = precis_timex_find (rules, document);
  const PrecisTimex *t = timex_fixture_covering (document, found, needle, 0);
  if (t != NULL)
    g_test_message ("%s: “%s” is %s", text, needle, t->value);
  g_assert_null (t);
}

/* "the weekend of 27-28 November" was the publication's weekend beside
 * the dates; "heading into the weekend" the one gone. */
static const TimexFixtureCase weekends[] = {
  { "Heading into the weekend he is a very, very distant 12 strokes behind a seemingly unstoppable Spieth, "
    "with 36 holes left to play.", 2015, 4, 15, "the weekend", "DATE", "2015-W16-WE", NULL },
  { "Going into the weekend, the side sits top of the league with two games left to play.", 2015, 4, 15,
    "the weekend", "DATE", "2015-W16-WE", NULL },
  { "The first leg will be played in Accra on the weekend of 27-28 November.", 2005, 3, 15, "28 November",
    "DATE", "2005-11-28", NULL },
  /* what stays as it was */
  { "Shares fell going into the weekend.", 2015, 4, 15, "the weekend", "DATE", "2015-W15-WE", NULL },
  { "Officials met the banks over the weekend.", 2015, 4, 15, "the weekend", "DATE", "2015-W15-WE", NULL },
};

static void
test_weekends (void)
{
  check_absent ("The first leg will be played in Accra on the weekend of 27-28 November.", "weekend", 2005, 3,
                15);
  check_absent ("The festival is held over the weekend of 9 and 10 July in Balado.", "weekend", 2005, 3, 15);
  g_assert_cmpuint (timex_fixture_check_cases (rules, weekends, G_N_ELEMENTS (weekends)), ==, 0);
}

/* A weekday with its day of the month and no month ("Monday 27.",
 * "Saturday the 18th,") was the weekday of the tense, the day left out:
 * the weekday that falls on that day of a month around the anchor. */
static const TimexFixtureCase weekday_month_days[] = {
  { "Bosses should expect a rise in absenteeism on Monday 27.", 2015, 4, 15, "Monday 27", "DATE", "2015-04-27",
    NULL },
  { "The club said the final is on Saturday the 18th, as planned.", 2015, 4, 15, "Saturday the 18th", "DATE",
    "2015-04-18", NULL },
  { "The hearing was held on Friday 3.", 2015, 4, 15, "Friday 3", "DATE", "2015-04-03", NULL },
  /* what stays as it was: a count after the weekday, a month told */
  { "On Monday 27 people died.", 2015, 4, 15, "Monday", "DATE", "2015-04-13", NULL },
  { "The vote is on Thursday 7 May.", 2015, 4, 15, "Thursday 7 May", "DATE", "2015-05-07", NULL },
};

static void
test_weekday_month_days (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, weekday_month_days, G_N_ELEMENTS (weekday_month_days)), ==,
                    0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-days/results", test_results);
  g_test_add_func ("/timex-days/fixtures", test_fixtures);
  g_test_add_func ("/timex-days/shifted-days", test_shifted_days);
  g_test_add_func ("/timex-days/plural-fixtures", test_plural_fixtures);
  g_test_add_func ("/timex-days/after-events", test_after_events);
  g_test_add_func ("/timex-days/following-weeks", test_following_weeks);
  g_test_add_func ("/timex-days/any-weekday", test_any_weekday);
  g_test_add_func ("/timex-days/weekends", test_weekends);
  g_test_add_func ("/timex-days/weekday-month-days", test_weekday_month_days);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
