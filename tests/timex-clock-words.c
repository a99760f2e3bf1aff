/* tests/timex-clock-words.c — clock times told in words and by the part of
 * the day ("seven o'clock in the evening", "um sieben Uhr abends", "om 7
 * uur 's avonds"), "ten laatste maandag", "il primo di luglio", "entro
 * fine anno", "este fim de semana" (issue 15: the date rules of each
 * language, probed with common news phrasings).  Each case is a sentence written anew,
 * with the value a reader gives it; the publication is Wednesday 12 March
 * 2025.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* The part of the day after a clock time says which half of the clock:
 * "7 o'clock in the evening" was 07:00.  Hours spelled out are clock
 * times before the clock's word ("seven o'clock", "sieben Uhr") or after
 * "om" in Dutch, where "zeven uur" alone is as often seven hours. */
static const TimexFixtureCase clock_times[] = {
  { "The committee meets on Wednesday at 7 o'clock in the evening to discuss the plan.", 2025, 3, 12,
    "7 o'clock in the evening", "TIME", "2025-03-12T19:00", NULL },
  { "The committee met at seven in the evening.", 2025, 3, 12, "seven in the evening", "TIME",
    "2025-03-12T19:00", NULL },
  { "The doors open at nine o'clock.", 2025, 3, 12, "nine o'clock", "TIME", "2025-03-12T09:00", NULL },
  { "Der Ausschuss tagt heute um sieben Uhr abends über den Plan.", 2025, 3, 12, "um sieben Uhr abends",
    "TIME", "2025-03-12T19:00", "de" },
  { "Die Sitzung beginnt um 7 Uhr abends.", 2025, 3, 12, "um 7 Uhr abends", "TIME", "2025-03-12T19:00",
    "de" },
  { "De Tweede Kamer vergadert om zeven uur 's avonds over het plan.", 2025, 3, 12,
    "om zeven uur 's avonds", "TIME", "2025-03-12T19:00", "nl" },
  { "De Tweede Kamer vergadert om 7 uur ’s avonds over het plan.", 2025, 3, 12, "om 7 uur ’s avonds",
    "TIME", "2025-03-12T19:00", "nl" },
  /* "iets over zeven uur": a little past seven, not in seven hours */
  { "De Tweede Kamer vergadert iets over zeven uur 's avonds over het plan.", 2025, 3, 12,
    "over zeven uur 's avonds", "TIME", "2025-03-12T19:00", "nl" },
  /* what stays as it was */
  { "De vergadering duurde zeven uur.", 2025, 3, 12, "zeven uur", "DURATION", "PT7H", "nl" },
  { "He spent seven hours in the archive.", 2025, 3, 12, "seven hours", "DURATION", "PT7H", NULL },
};

/* "ten laatste maandag" is "by Monday at the latest", no last Monday;
 * the clause's verb tells which Monday, as for "uiterlijk maandag". */
static const TimexFixtureCase deadline[] = {
  { "Het kabinet moet ten laatste maandag een besluit nemen over de begroting.", 2025, 3, 12, "maandag",
    "DATE", "2025-03-17", "nl" },
  { "De minister trad ten laatste maandag af.", 2025, 3, 12, "maandag", "DATE", "2025-03-10", "nl" },
  /* what stays as it was */
  { "Het kabinet moet uiterlijk maandag een besluit nemen over de begroting.", 2025, 3, 12, "maandag",
    "DATE", "2025-03-17", "nl" },
  { "Afgelopen maandag stemde de Kamer in met het plan.", 2025, 3, 12, "Afgelopen maandag", "DATE",
    "2025-03-10", "nl" },
};

/* Italian writes the day before "di" and its month too ("dal primo di
 * luglio", "il due di giugno"), as Spanish and Portuguese do with "de". */
static const TimexFixtureCase day_of_month[] = {
  { "Il governo ha annunciato che dal primo di luglio entreranno in vigore le nuove regole.", 2025, 3, 12,
    "primo di luglio", "DATE", "2025-07-01", "it" },
  { "Le nuove regole entreranno in vigore il due di luglio.", 2025, 3, 12, "il due di luglio", "DATE",
    "2025-07-02", "it" },
  /* what stays as it was */
  { "Le nuove regole entreranno in vigore il primo luglio.", 2025, 3, 12, "il primo luglio", "DATE",
    "2025-07-01", "it" },
};

/* The part of a period without its article ("entro fine anno", "a inizio
 * mese"), and the weekend as Portuguese writes it since the 1990
 * spelling agreement, without hyphens. */
static const TimexFixtureCase periods[] = {
  { "Il governo deciderà entro fine anno.", 2025, 3, 12, "fine anno", "DATE", "2025", "it" },
  { "Le vendite sono calate a inizio mese.", 2025, 3, 12, "inizio mese", "DATE", "2025-03", "it" },
  { "A cimeira realiza-se este fim de semana.", 2025, 3, 12, "este fim de semana", "DATE", "2025-W11-WE",
    "pt" },
  { "A cimeira realizou-se no fim de semana passado.", 2025, 3, 12, "no fim de semana passado", "DATE",
    "2025-W10-WE", "pt" },
  /* what stays as it was */
  { "Il vertice si terrà questo fine settimana.", 2025, 3, 12, "questo fine settimana", "DATE",
    "2025-W11-WE", "it" },
  { "Ao fim de seis semanas, o acordo foi assinado.", 2025, 3, 12, "seis semanas", "DURATION", "P6W", "pt" },
};

static void
test_periods (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, periods, G_N_ELEMENTS (periods)), ==, 0);
}

static void
test_clock (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_times, G_N_ELEMENTS (clock_times)), ==, 0);
}

static void
test_deadline (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, deadline, G_N_ELEMENTS (deadline)), ==, 0);
}

static void
test_day_of_month (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, day_of_month, G_N_ELEMENTS (day_of_month)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-clock-words/clock", test_clock);
  g_test_add_func ("/timex-clock-words/deadline", test_deadline);
  g_test_add_func ("/timex-clock-words/day-of-month", test_day_of_month);
  g_test_add_func ("/timex-clock-words/periods", test_periods);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
