/* tests/timex-session27.c — dates a reader would see wrong (session 27,
 * helper `dates`), each sentence written anew with the value a reader
 * gives it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* A second year written "'03" after a month's day ("Sep 4, '03") lost
 * its year when one was read so before it in the document: the tokens
 * were looked at where they stood before the first one was merged. */
static const TimexFixtureCase apostrophe_years[] = {
  { "First test: Kingston, Feb 24, '90 Last test: The Oval, Sep 4, '03 Stats via ESPNcricinfo.", 2015, 4, 15,
    "Sep 4, '03", "DATE", "2003-09-04", NULL },
  { "He was capped on Feb 4, '90 and dropped on Sep 24, '93.", 2015, 4, 15, "Sep 24, '93", "DATE",
    "1993-09-24", NULL },
  { "The club was relegated in '91 and promoted on May 2, '94.", 2015, 4, 15, "May 2, '94", "DATE", "1994-05-02",
    NULL },
  /* what stays as it was: the first, a name's number */
  { "First test: Kingston, Feb 24, '90 Last test: The Oval, Sep 4, '03 Stats via ESPNcricinfo.", 2015, 4, 15,
    "Feb 24, '90", "DATE", "1990-02-24", NULL },
  { "He played at Euro '96 and retired in '98.", 2015, 4, 15, "'98", "DATE", "1998", NULL },
};

static void
test_apostrophe_years (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, apostrophe_years, G_N_ELEMENTS (apostrophe_years)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session27/apostrophe-years", test_apostrophe_years);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
