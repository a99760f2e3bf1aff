/* tests/timex-probe-session26.c — dates of Spanish and Portuguese news a
 * reader can trust (session 26, issue 15), from sentences written for the
 * test in the manner of each language's wire copy of the 2020s, each with
 * the value a reader gives it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* A wire's dateline abbreviates every month: EFE's "23 may (EFECOM)" and
 * "12 ago (EFE)", Lusa's "23 mai (Lusa)" gave no date, May and August
 * having no abbreviation in Spanish, May none in Portuguese ("may",
 * "ago" and "mai" are no words of either; "mar", the sea, stays out). */
static const TimexFixtureCase abbreviated_months[] = {
  { "Madrid, 23 may (EFECOM).- La Bolsa de Madrid cerró hoy con una subida del 1,2 %.", 2026, 5, 23, "23 may",
    "DATE", "2026-05-23", "es" },
  { "Roma, 12 ago (EFE).- El papa Francisco recibió hoy al presidente argentino en el Vaticano.", 2026, 8, 12,
    "12 ago", "DATE", "2026-08-12", "es" },
  { "Lisboa, 23 mai (Lusa) - O Governo aprovou hoje a proposta de Orçamento do Estado.", 2026, 5, 23, "23 mai",
    "DATE", "2026-05-23", "pt" },
  /* what stays as it was: a month written in full */
  { "El acuerdo se firmó el 3 de mayo de 2019 en Bruselas, según fuentes del Gobierno.", 2026, 5, 23,
    "el 3 de mayo de 2019", "DATE", "2019-05-03", "es" },
};

static void
test_abbreviated_months (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, abbreviated_months, G_N_ELEMENTS (abbreviated_months)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-probe-session26/abbreviated-months", test_abbreviated_months);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
