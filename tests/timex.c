/* tests/timex.c — the time expression tagger and its TIMEX3 normalizer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex.h"

static void
test_rules_new (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisTimexRules) rules = precis_timex_rules_new (&error);
  g_assert_no_error (error);
  g_assert_nonnull (rules);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timex/rules-new", test_rules_new);
  return g_test_run ();
}
