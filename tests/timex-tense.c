/* timex-tense.c — which side of the publication a date falls on: what the
 * verbs, the possessives, the captions and the clauses around it tell
 * (issue 14).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a sentence written anew, of the kinds read wrong in news,
 * with its publication day and the value a reader gives it; each failed
 * before the change it guards.
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* "since" under a future or a conditional: what the stretch runs from is
 * still gone ("would be the fifth telecoms deal since October" was the
 * October to come), in every language whose word means only "since";
 * Spanish "desde" is "from" too. */
static const TimexFixtureCase since[] = {
  { "A takeover would be the fifth big telecoms deal since October.", 2024, 3, 13, "October", "DATE",
    "2023-10", NULL },
  { "It will be the striker's first start since Saturday.", 2024, 3, 13, "Saturday", "DATE",
    "2024-03-09", NULL },
  { "Ce sera la première baisse des prix depuis octobre.", 2024, 3, 13, "octobre", "DATE", "2023-10",
    "fr" },
  { "Es wird der erste Sieg der Mannschaft seit Oktober sein.", 2024, 3, 13, "Oktober", "DATE",
    "2023-10", "de" },
  { "Het wordt de eerste zege van de ploeg sinds oktober.", 2024, 3, 13, "oktober", "DATE", "2023-10",
    "nl" },
  /* what stays as it was */
  { "La nueva tarifa estará vigente desde octubre.", 2024, 3, 13, "octubre", "DATE", "2024-10", "es" },
  { "Prices have risen every month since October.", 2024, 3, 13, "October", "DATE", "2023-10", NULL },
};

static void
test_since (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, since, G_N_ELEMENTS (since)), ==, 0);
}

/* "beginning Nov. 1": the day a stretch starts on, whole; the month's
 * start ("beginning Nov.") left the day out. */
static const TimexFixtureCase beginning[] = {
  { "The refinery will be shut for three weeks beginning April 2 for repairs.", 2024, 3, 13, "April 2",
    "DATE", "2024-04-02", NULL },
  { "Beginning Sept. 5, 1994, the bank will charge a fee for every transfer.", 1994, 8, 1, "Sept. 5, 1994",
    "DATE", "1994-09-05", NULL },
  /* what stays as it was */
  { "The new timetable applies from the beginning of April.", 2024, 3, 13, "the beginning of April",
    "DATE", "2024-04", NULL },
};

static void
test_beginning (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, beginning, G_N_ELEMENTS (beginning)), ==, 0);
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

/* "set" is a word of plan ("set for Friday", "set to") and a past; with
 * no "for" or "of" after it, an object after it, it is that past ("set a
 * record on Friday" was the coming Friday). */
static const TimexFixtureCase set_pasts[] = {
  { "Spieth set a new record on Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-10", NULL },
  { "He set up the company in May.", 2015, 4, 15, "May", "DATE", "2014-05", NULL },
  { "Hearts set up a final with a win over Garoua on Sunday.", 2005, 3, 15, "Sunday", "DATE", "2005-03-13",
    NULL },
  /* what stays as it was: a plan's time, a participle, a modal */
  { "The judge set a hearing for Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-17", NULL },
  { "Officials have set a deadline of Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-17", NULL },
  { "The vote is set for Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-17", NULL },
  { "He will set a new record on Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-17", NULL },
  { "The bank's effort would continue past the Nov. 1 deadline set in that agreement.", 1989, 10, 27, "Nov. 1",
    "DATE", "1989-11-01", NULL },
};

static void
test_set_pasts (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, set_pasts, G_N_ELEMENTS (set_pasts)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-tense/since", test_since);
  g_test_add_func ("/timex-tense/beginning", test_beginning);
  g_test_add_func ("/timex-tense/possessives", test_possessives);
  g_test_add_func ("/timex-tense/captions", test_captions);
  g_test_add_func ("/timex-tense/ago-this", test_ago_this);
  g_test_add_func ("/timex-tense/units-of", test_units_of);
  g_test_add_func ("/timex-tense/foretold", test_foretold);
  g_test_add_func ("/timex-tense/year-ago-now", test_year_ago_now);
  g_test_add_func ("/timex-tense/present-plans", test_present_plans);
  g_test_add_func ("/timex-tense/comparisons", test_comparisons);
  g_test_add_func ("/timex-tense/rests", test_rests);
  g_test_add_func ("/timex-tense/fronted-genitive", test_fronted_genitive);
  g_test_add_func ("/timex-tense/same-time-infinitives", test_same_time_infinitives);
  g_test_add_func ("/timex-tense/plural-nouns", test_plural_nouns);
  g_test_add_func ("/timex-tense/earlier-gerunds", test_earlier_gerunds);
  g_test_add_func ("/timex-tense/set-pasts", test_set_pasts);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
