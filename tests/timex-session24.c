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
  /* "start", "end", "beginning" before a weekday are verbs, not its
   * modifier ("will both start Friday night's match") */
  { "Kellock and Hall will both start Friday night's match with Cardiff.", 2015, 4, 15, "Friday night",
    "TIME", "2015-04-17TNI", NULL },
  { "The strike will end Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-17", NULL },
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
  /* ...and after a preposition, which a finite verb never follows */
  { "Hundreds of displaced families return home on Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-17",
    NULL },
  { "Aid for injured workers arrives on Monday.", 2015, 4, 15, "Monday", "DATE", "2015-04-20", NULL },
  /* what stays as it was */
  { "The Senate passed the bill on Saturday.", 2005, 3, 15, "Saturday", "DATE", "2005-03-12", NULL },
  { "Talks with the rebels failed on Monday.", 2015, 4, 15, "Monday", "DATE", "2015-04-13", NULL },
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

/* "10 years ago this month", "a year ago today": one date, of the grain
 * named last (it was "10 years ago", 1990, and "this month" beside it). */
static const TimexFixtureCase ago_this[] = {
  { "It was 10 years ago this month that the wall fell.", 2000, 4, 26, "10 years ago this month", "DATE",
    "1990-04", NULL },
  { "A year ago this week, the bank collapsed.", 2000, 4, 26, "A year ago this week", "DATE", "1999-W17",
    NULL },
  { "Twenty years ago today, the band played its first concert.", 2000, 4, 26, "Twenty years ago today",
    "DATE", "1980-04-26", NULL },
  /* what stays as it was */
  { "The plant closed 10 years ago.", 2000, 4, 26, "10 years ago", "DATE", "1990", NULL },
};

static void
test_ago_this (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, ago_this, G_N_ELEMENTS (ago_this)), ==, 0);
}

/* Units alone before "of": "follows months of twists and turns", "after
 * years of war" are stretches of some months, years; not where they count
 * things or name a moment ("minutes of the meeting", "the dying seconds
 * of the match") or follow a determiner ("the days of the week"). */
static const TimexFixtureCase units_of[] = {
  { "The merger agreement follows months of twists and turns.", 1989, 10, 27, "months", "DURATION", "PXM",
    NULL },
  { "Business confidence is low after years of slow growth.", 2005, 3, 15, "years", "DURATION", "PXY",
    NULL },
  { "The hostages were freed after days of demonstrations.", 2005, 3, 15, "days", "DURATION", "PXD", NULL },
};

/* ...and where nothing is marked */
static const char *const units_of_none[] = {
  "Minutes of the meeting showed a split on the board.",
  "Wales were camped on the England line in the dying seconds of the match.",
  "The calendar lists the days of the week.",
  "He is still in the early days of his career.",
};

static void
test_units_of (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, units_of, G_N_ELEMENTS (units_of)), ==, 0);
  g_assert_cmpuint (timex_fixture_count_found (rules, units_of_none, G_N_ELEMENTS (units_of_none), 2005,
                                                3, 15),
                    ==, 0);
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

/* "widely predicted for May", "tipped for May 5", "strikes earmarked for
 * 23 March": what is foretold, to come ("predicted" read as a past gave
 * last year's May). */
static const TimexFixtureCase foretold[] = {
  { "With the election widely predicted for May, MPs warned the prime minister.", 2005, 3, 15, "May",
    "DATE", "2005-05", NULL },
  { "The general election is widely tipped for May 5.", 2005, 3, 15, "May 5", "DATE", "2005-05-05", NULL },
  { "Up to a million workers could take part in strikes earmarked for 23 March.", 2005, 3, 15, "23 March",
    "DATE", "2005-03-23", NULL },
  /* what stays as it was */
  { "Analysts predicted in January that prices would fall.", 2005, 3, 15, "January", "DATE", "2005-01",
    NULL },
};

static void
test_foretold (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, foretold, G_N_ELEMENTS (foretold)), ==, 0);
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

/* "a year ago" said again, of a state told in the present, far from the
 * quarter an earnings story is about: a year back from the publication,
 * not that quarter's ("has 13 facilities in operation, up from seven a
 * year ago" took 1988-Q3 from the first "a year ago"). */
static void
test_year_ago_now (void)
{
  static const char text[] =
    "Ogden Projects said net income jumped to $6.6 million in the third quarter. The company had net of "
    "$1.1 million a year ago. Its shares closed yesterday at $26.875. The stock began trading this "
    "summer. Ogden Projects said it has 13 facilities in operation, up from seven a year ago.";
  g_autoptr (GDateTime) published = g_date_time_new_utc (1989, 11, 1, 12, 0, 0);
  PrecisPipelineOptions options = { .published = published, .language = "en",
                                    .published_source = PRECIS_ANCHOR_OPTION };
  g_autoptr (PrecisDocument) document = precis_document_new (text, -1, &options);
  g_autoptr (GArray) found = precis_timex_find (rules, document);
  const PrecisTimex *then = timex_fixture_covering (document, found, "a year ago", 0);
  const PrecisTimex *now = timex_fixture_covering (document, found, "a year ago", 1);
  g_assert_nonnull (then);
  g_assert_nonnull (now);
  g_assert_cmpstr (then->value, ==, "1988-Q3");   /* what stays as it was */
  g_assert_cmpstr (now->value, ==, "1988");
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session24/parts", test_parts);
  g_test_add_func ("/timex-session24/possessives", test_possessives);
  g_test_add_func ("/timex-session24/captions", test_captions);
  g_test_add_func ("/timex-session24/quarters", test_quarters);
  g_test_add_func ("/timex-session24/ago-this", test_ago_this);
  g_test_add_func ("/timex-session24/units-of", test_units_of);
  g_test_add_func ("/timex-session24/shifted-days", test_shifted_days);
  g_test_add_func ("/timex-session24/foretold", test_foretold);
  g_test_add_func ("/timex-session24/year-ago-now", test_year_ago_now);
  g_test_add_func ("/timex-session24/plural-fixtures", test_plural_fixtures);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
