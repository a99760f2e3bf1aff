/* timex-feasts.c — feasts: Easter's days, Christmas, and a feast that names
 * a thing, not a time (issue 14).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a sentence written anew, of the kinds read wrong in news,
 * with its publication day and the value a reader gives it; each failed
 * before the change it guards.
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

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

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-feasts/feasts", test_feasts);
  g_test_add_func ("/timex-feasts/easter-days", test_easter_days);
  g_test_add_func ("/timex-feasts/feast-things", test_feast_things);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
