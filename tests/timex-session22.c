/* tests/timex-session22.c — weekdays named in the genitive, "Saturday's
 * clash" (session 22, issue 14): the side of the publication their
 * fixture falls on.  Each case is a sentence written anew, of the kinds
 * read wrong in the BBC and CNN/DM dev articles, with the value a reader
 * gives it; the publication is Wednesday 13 March 2024.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
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

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session22/results", test_results);
  g_test_add_func ("/timex-session22/fixtures", test_fixtures);
  g_test_add_func ("/timex-session22/since", test_since);
  g_test_add_func ("/timex-session22/beginning", test_beginning);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
