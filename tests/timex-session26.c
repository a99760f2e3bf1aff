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

/* "Easter Saturday" was Easter and a Saturday of the tense; "on Easter
 * Monday" before a capitalized word (a caption run into the next) was
 * Easter, a name's. */
static const TimexFixtureCase easter_days[] = {
  { "Good Friday, Easter Saturday and Easter Monday will still be observed.", 2015, 4, 15, "Easter Saturday",
    "DATE", "2015-04-04", NULL },
  { "Alex Mowatt celebrates after scoring against Wolves on Easter Monday Alex Revell of Cardiff in action.",
    2015, 4, 15, "Easter Monday", "DATE", "2015-04-06", NULL },
  /* what stays as it was */
  { "Leeds beat Wolves on Easter Monday.", 2015, 4, 15, "Easter Monday", "DATE", "2015-04-06", NULL },
};

static void
test_easter_days (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, easter_days, G_N_ELEMENTS (easter_days)), ==, 0);
}

/* "late night" before a noun describes it ("late night revellers"): it
 * was tonight. */
static const char *const late_night_none[] = {
  "The band played samba to late night revellers in Cuba Street.",
  "He told the court: 'It was late night poker that tempted me.'",
};

/* what stays as it was */
static const TimexFixtureCase late_night[] = {
  { "He was arrested late last night.", 2015, 4, 15, "late last night", "TIME", "2015-04-14TNI", NULL },
  { "The talks went on until late night.", 2015, 4, 15, "late night", "TIME", "2015-04-15TNI", NULL },
};

static void
test_late_night (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, late_night_none, G_N_ELEMENTS (late_night_none), 2015,
                                                4, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, late_night, G_N_ELEMENTS (late_night)), ==, 0);
}

/* A month opening its sentence as its noun phrase's genitive ("In
 * June's elections, Respect failed") took the comma after the phrase
 * for the end of its clause, and the nearer June (the one to come). */
static const TimexFixtureCase fronted_genitive[] = {
  { "In June's European Parliament elections, Respect failed to win a seat.", 2005, 3, 15, "June", "DATE",
    "2004-06", NULL },
  { "After July's defeat at Twickenham, the coach said he was proud.", 2005, 3, 15, "July", "DATE",
    "2004-07", NULL },
  /* what stays as it was */
  { "In June, Respect failed to win a seat.", 2005, 3, 15, "June", "DATE", "2004-06", NULL },
  { "In June's elections, Labour will defend 20 seats.", 2005, 3, 15, "June", "DATE", "2005-06", NULL },
};

static void
test_fronted_genitive (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, fronted_genitive, G_N_ELEMENTS (fronted_genitive)), ==, 0);
}

/* The infinitive after "failed", "managed", "tried" is done when the verb
 * is: it was another clause's, of no sure tense, and the nearer month
 * (the one to come) won. */
static const TimexFixtureCase same_time_infinitives[] = {
  { "Respect failed to win a seat in June.", 2005, 3, 15, "June", "DATE", "2004-06", NULL },
  { "He managed to score twice in June.", 2005, 3, 15, "June", "DATE", "2004-06", NULL },
  { "The firm tried to sell the unit in June.", 2005, 3, 15, "June", "DATE", "2004-06", NULL },
  /* what stays as it was: a verb whose infinitive looks ahead */
  { "He agreed to repay the loan in June.", 2005, 3, 15, "June", "DATE", "2005-06", NULL },
};

static void
test_same_time_infinitives (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, same_time_infinitives, G_N_ELEMENTS (same_time_infinitives)),
                    ==, 0);
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

/* A plural noun before "on", "for", "of" ("tighter restrictions on
 * Cuba") was read as a verb in the present opening another clause, and
 * the past verb before it as no sure one: the nearer month won. */
static const TimexFixtureCase plural_nouns[] = {
  { "The US introduced even tighter restrictions on Cuba in May.", 2005, 3, 15, "May", "DATE", "2004-05", NULL },
  { "Doom 3 shot straight to the top of the UK games charts on its release in August.", 2005, 3, 15, "August",
    "DATE", "2004-08", NULL },
  /* what stays as it was: a verb in the present after a past participle */
  { "The man arrested in the raid faces a hearing in May.", 2005, 3, 15, "May", "DATE", "2005-05", NULL },
};

static void
test_plural_nouns (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, plural_nouns, G_N_ELEMENTS (plural_nouns)), ==, 0);
}

/* A gerund's clause after "after" or "since" tells what came first: with
 * no future in the sentence, it is done (the nearer month, the one to
 * come, won; a weekday was the coming one). */
static const TimexFixtureCase earlier_gerunds[] = {
  { "Houllier is now ready to return to the game after leaving Liverpool in May.", 2005, 3, 15, "May", "DATE",
    "2004-05", NULL },
  { "He has been out of work since leaving Chelsea in June.", 2005, 3, 15, "June", "DATE", "2004-06", NULL },
  { "Bale is available for selection once again after missing the victory against Eibar on Saturday.", 2015, 4,
    15, "Saturday", "DATE", "2015-04-11", NULL },
  /* what stays as it was: a future told */
  { "He will retire after playing his last game in May.", 2005, 3, 15, "May", "DATE", "2005-05", NULL },
};

static void
test_earlier_gerunds (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, earlier_gerunds, G_N_ELEMENTS (earlier_gerunds)), ==, 0);
}

/* A feast before a noun of no time names a thing ("a Christmas tree",
 * "a Christmas present", "the Christmas specials"), and after a
 * capitalized word a person ("Father Christmas"): no day (they were
 * Christmas Day). */
static const char *const feast_things_none[] = {
  "A Christmas tree that can receive text messages has been unveiled.",
  "Thousands of readers are likely to receive it as a Christmas present.",
  "He left the character behind in the Christmas specials.",
  "The film stars Tom Hanks as Father Christmas.",
};

/* what stays as it was: the feast's time */
static const TimexFixtureCase feast_times[] = {
  { "Retailers endured their worst Christmas in a decade.", 2005, 3, 15, "Christmas", "DATE", "2004-12-25", NULL },
  { "It was difficult to gauge from the Christmas period.", 2005, 3, 15, "Christmas", "DATE", "2004-12-25", NULL },
  { "Parliament returns from its Easter break.", 2005, 3, 15, "Easter", "DATE", "2005-03-27", NULL },
  { "Money spent online this Christmas will come from British wallets.", 2005, 3, 15, "Christmas", "DATE",
    "2005-12-25", NULL },
  { "If Easter, Christmas or Labour Day fall on a weekend, a holiday is granted.", 2015, 4, 15, "Easter", "DATE",
    "2015-04-05", NULL },
};

static void
test_feast_things (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, feast_things_none, G_N_ELEMENTS (feast_things_none), 2005,
                                                3, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, feast_times, G_N_ELEMENTS (feast_times)), ==, 0);
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

  g_test_add_func ("/timex-session26/clock-word-dates", test_clock_word_dates);
  g_test_add_func ("/timex-session26/any-weekday", test_any_weekday);
  g_test_add_func ("/timex-session26/easter-days", test_easter_days);
  g_test_add_func ("/timex-session26/late-night", test_late_night);
  g_test_add_func ("/timex-session26/fronted-genitive", test_fronted_genitive);
  g_test_add_func ("/timex-session26/same-time-infinitives", test_same_time_infinitives);
  g_test_add_func ("/timex-session26/weekends", test_weekends);
  g_test_add_func ("/timex-session26/plural-nouns", test_plural_nouns);
  g_test_add_func ("/timex-session26/earlier-gerunds", test_earlier_gerunds);
  g_test_add_func ("/timex-session26/feast-things", test_feast_things);
  g_test_add_func ("/timex-session26/weekday-month-days", test_weekday_month_days);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
