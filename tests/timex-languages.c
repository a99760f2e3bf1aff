/* timex-languages.c — dates of Spanish, French, Portuguese, Italian and
 * Dutch news: ranges, pasts and futures by their endings, datelines,
 * abbreviated months, seasons (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a sentence written anew, of the kinds read wrong in news,
 * with its publication day and the value a reader gives it; each failed
 * before the change it guards.
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* Dutch perfects with "is"/"zijn" and a participle of an inseparable
 * prefix, which takes no "ge-" ("overleden", "ondertekend", "onderzocht"):
 * the weekday was the one to come. */
static const TimexFixtureCase dutch_inseparable[] = {
  { "De zanger is zaterdag overleden.", 2024, 3, 12, "zaterdag", "DATE", "2024-03-09", "nl" },
  { "De oud-premier is zaterdag in Amsterdam overleden.", 2024, 3, 12, "zaterdag", "DATE", "2024-03-09", "nl" },
  { "Het akkoord is maandag ondertekend.", 2024, 3, 12, "maandag", "DATE", "2024-03-11", "nl" },
  { "De patiënten zijn zondag onderzocht.", 2024, 3, 12, "zondag", "DATE", "2024-03-10", "nl" },
  /* what stays as it was: nouns that open so, the present */
  { "De overheid is maandag met de overeenkomst bezig.", 2024, 3, 12, "maandag", "DATE", "2024-03-18", "nl" },
  { "De vergadering is zaterdag.", 2024, 3, 12, "zaterdag", "DATE", "2024-03-16", "nl" },
  { "Hij is maandag vertrokken.", 2024, 3, 12, "maandag", "DATE", "2024-03-11", "nl" },
};

static void
test_dutch_inseparable (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, dutch_inseparable, G_N_ELEMENTS (dutch_inseparable)), ==, 0);
}

/* A range of months with one year after the second: the first is in that
 * year too ("tussen januari en mei 2024" was January of the publication's
 * year), the year before when it comes later in the calendar. */
static const TimexFixtureCase range_years[] = {
  { "De explosies vonden plaats tussen januari en mei 2024 in Rotterdam-Zuid.", 2026, 12, 2, "januari",
    "DATE", "2024-01", "nl" },
  { "Las obras se realizaron entre enero y mayo de 2024 en el centro de Madrid.", 2026, 12, 2, "enero",
    "DATE", "2024-01", "es" },
  { "Le procès s'est tenu de mars à juin 2025 devant la cour d'assises du Rhône.", 2026, 12, 2, "mars",
    "DATE", "2025-03", "fr" },
  { "Il processo si è tenuto da marzo a giugno 2025 al tribunale di Milano.", 2026, 12, 2, "marzo", "DATE",
    "2025-03", "it" },
  { "The works took place between November and February 2024 in central London.", 2026, 12, 2,
    "November", "DATE", "2023-11", NULL },
  /* what stays as it was: the second month with its year */
  { "Las obras se realizaron entre enero y mayo de 2024 en el centro de Madrid.", 2026, 12, 2,
    "mayo de 2024", "DATE", "2024-05", "es" },
};

static void
test_range_years (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, range_years, G_N_ELEMENTS (range_years)), ==, 0);
}

/* A range's second month without a year is in the first's ("ont baissé
 * entre janvier et mars": the January gone, and the March to come, as
 * the verb is farther from it). */
static const TimexFixtureCase range_second[] = {
  { "Les ventes de voitures neuves ont baissé entre janvier et mars, selon le ministère.", 2026, 12, 2,
    "mars", "DATE", "2026-03", "fr" },
  { "Las ventas de coches nuevos bajaron entre enero y marzo, según el ministerio.", 2026, 12, 2, "marzo",
    "DATE", "2026-03", "es" },
  /* what stays as it was: the first month */
  { "Les ventes de voitures neuves ont baissé entre janvier et mars, selon le ministère.", 2026, 12, 2,
    "janvier", "DATE", "2026-01", "fr" },
};

static void
test_range_second (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, range_second, G_N_ELEMENTS (range_second)), ==, 0);
}

/* Pasts the endings missed: Spanish "-yeron", "-jeron" ("cayeron",
 * "dijeron"), Portuguese "-íram" ("caíram"); the month was the one to
 * come. */
static const TimexFixtureCase pasts[] = {
  { "Las ventas de viviendas cayeron en marzo un 4 % en toda España.", 2026, 12, 2, "marzo", "DATE",
    "2026-03", "es" },
  { "Los sindicatos dijeron en marzo que no firmarían el acuerdo.", 2026, 12, 2, "marzo", "DATE", "2026-03",
    "es" },
  { "As vendas de casas caíram em março 4 % em todo o país.", 2026, 12, 2, "março", "DATE", "2026-03",
    "pt" },
  /* ...and "-teve", "-uvo", "-dujo" ("deteve", "mantuvo", "produjo") */
  { "A PSP deteve no sábado em Lisboa dois jovens suspeitos de assalto.", 2026, 12, 2, "no sábado", "DATE",
    "2026-11-28", "pt" },
  { "La fábrica de Martorell produjo en marzo 3.000 coches eléctricos.", 2026, 12, 2, "marzo", "DATE",
    "2026-03", "es" },
  { "El Gobierno mantuvo en marzo las ayudas al transporte público.", 2026, 12, 2, "marzo", "DATE", "2026-03",
    "es" },
  /* what stays as it was: a future */
  { "Las ventas de viviendas caerán en marzo, según los expertos.", 2026, 12, 2, "marzo", "DATE",
    "2027-03", "es" },
};

static void
test_pasts (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, pasts, G_N_ELEMENTS (pasts)), ==, 0);
}

/* Portuguese months of a range or a list, which need a preposition
 * before them: "entre janeiro e março" gave nothing. */
static const TimexFixtureCase pt_months[] = {
  { "As vendas caíram entre janeiro e março, segundo o instituto.", 2026, 12, 2, "janeiro", "DATE",
    "2026-01", "pt" },
  { "As vendas caíram entre janeiro e março, segundo o instituto.", 2026, 12, 2, "março", "DATE",
    "2026-03", "pt" },
  { "O julgamento decorreu de março a junho de 2025 no Tribunal de Sintra.", 2026, 12, 2, "junho de 2025",
    "DATE", "2025-06", "pt" },
  { "A obra decorreu entre janeiro e maio de 2024 no centro de Lisboa.", 2026, 12, 2, "maio de 2024",
    "DATE", "2024-05", "pt" },
};

static void
test_pt_months (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, pt_months, G_N_ELEMENTS (pt_months)), ==, 0);
}

/* What something is planned for is to come, whatever verb announced it:
 * "a annoncé une grève pour le 20 décembre" was the 20 December gone. */
static const TimexFixtureCase foretold[] = {
  { "La SNCF a annoncé une grève des contrôleurs pour le 20 décembre.", 2026, 12, 2, "le 20 décembre",
    "DATE", "2026-12-20", "fr" },
  { "L'udienza preliminare è fissata per il 15 gennaio.", 2026, 12, 2, "il 15 gennaio", "DATE", "2027-01-15",
    "it" },
  { "I sindacati hanno proclamato uno sciopero per lunedì.", 2026, 12, 2, "lunedì", "DATE", "2026-12-07",
    "it" },
  /* what stays as it was: a day told without it */
  { "Il a été condamné pour des faits commis le 3 mars.", 2026, 12, 2, "le 3 mars", "DATE", "2026-03-03",
    "fr" },
};

static void
test_foretold (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, foretold, G_N_ELEMENTS (foretold)), ==, 0);
}

/* Italian's first person of the future ends as the past of "-are" verbs
 * does ("partirò", "tornò"), and a sentence's first word was read as no
 * verb: "Partirò lunedì per Bruxelles" was the Monday gone. */
static const TimexFixtureCase futures[] = {
  { "Partirò lunedì per Bruxelles, ha detto Tajani.", 2026, 12, 2, "lunedì", "DATE", "2026-12-07", "it" },
  { "Il ministro ha detto che domani incontrerò lunedì i colleghi.", 2026, 12, 2, "lunedì", "DATE",
    "2026-12-07", "it" },
  { "Llegará el lunes a Bruselas, dijo el ministro.", 2026, 12, 2, "el lunes", "DATE", "2026-12-07", "es" },
  /* what stays as it was: the pasts of "-erare" verbs, and "dichiarò" */
  { "Il ministro superò lunedì la prova, scrisse il cronista.", 2026, 12, 2, "lunedì", "DATE", "2026-11-30",
    "it" },
  { "Il ministro dichiarò lunedì che era pronto.", 2026, 12, 2, "lunedì", "DATE", "2026-11-30", "it" },
};

static void
test_futures (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, futures, G_N_ELEMENTS (futures)), ==, 0);
}

/* Compound pasts made with "to be": Italian "sono calate", Dutch "is
 * ... gedaald", German "sind ... gestiegen" (the participle at the
 * clause's end) were read as presents, and the month was the one to
 * come. */
static const TimexFixtureCase be_pasts[] = {
  { "Le vendite di auto sono calate a gennaio, secondo l'Istat.", 2026, 12, 2, "gennaio", "DATE", "2026-01",
    "it" },
  { "I turisti stranieri sono arrivati lunedì a Roma.", 2026, 12, 2, "lunedì", "DATE", "2026-11-30", "it" },
  { "De verkoop van nieuwe auto's is in maart sterk gedaald.", 2026, 12, 2, "maart", "DATE", "2026-03",
    "nl" },
  { "Die Preise für Strom sind im März deutlich gestiegen.", 2026, 12, 2, "März", "DATE", "2026-03", "de" },
  /* what stays as it was: a passive of a plan */
  { "Le elezioni regionali sono previste a marzo.", 2026, 12, 2, "marzo", "DATE", "2027-03", "it" },
  { "De verkiezingen zijn voor maart gepland.", 2026, 12, 2, "maart", "DATE", "2027-03", "nl" },
  { "Die Wahl ist für März geplant.", 2026, 12, 2, "März", "DATE", "2027-03", "de" },
};

static void
test_be_pasts (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, be_pasts, G_N_ELEMENTS (be_pasts)), ==, 0);
}

/* A range of days whose month is told after the second: "dal 10 al 14
 * febbraio", "de 10 a 14 de fevereiro", "van 10 tot 14 februari" lost
 * the first day (Spanish and French had the rule). */
static const TimexFixtureCase day_ranges[] = {
  { "Il Festival di Sanremo si terrà dal 10 al 14 febbraio al Teatro Ariston.", 2026, 12, 2, "10", "DATE",
    "2027-02-10", "it" },
  { "Le elezioni regionali si terranno tra il 3 e il 5 marzo.", 2026, 12, 2, "il 3", "DATE", "2027-03-03",
    "it" },
  { "O festival decorre de 10 a 14 de fevereiro no Parque das Nações.", 2026, 12, 2, "10", "DATE",
    "2027-02-10", "pt" },
  { "Het festival vindt plaats van 10 tot 14 februari in Gent.", 2026, 12, 2, "10", "DATE", "2027-02-10",
    "nl" },
  /* what stays as it was: the second day */
  { "Het festival vindt plaats van 10 tot 14 februari in Gent.", 2026, 12, 2, "14 februari", "DATE",
    "2027-02-14", "nl" },
};

static void
test_day_ranges (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, day_ranges, G_N_ELEMENTS (day_ranges)), ==, 0);
}

/* A wire's dateline, the month abbreviated and no "de": "Bogotá, 2 dic
 * (EFE).-" gave no date. */
static const TimexFixtureCase datelines[] = {
  { "Bogotá, 2 dic (EFE).- El presidente colombiano anunció hoy una reforma tributaria.", 2026, 12, 2,
    "2 dic", "DATE", "2026-12-02", "es" },
  { "Lisboa, 2 dez (Lusa) - O primeiro-ministro anunciou hoje um aumento do salário mínimo.", 2026, 12, 2,
    "2 dez", "DATE", "2026-12-02", "pt" },
};

static void
test_datelines (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, datelines, G_N_ELEMENTS (datelines)), ==, 0);
}

/* A season of a year named: "in de zomer van 2024", "nell'estate del
 * 2024", "no verão de 2024" gave this year's summer and the year apart,
 * or the year alone. */
static const TimexFixtureCase seasons[] = {
  { "Het kabinet viel in de zomer van 2024 na een ruzie over asiel.", 2026, 12, 2, "de zomer van 2024", "DATE",
    "2024-SU", "nl" },
  { "Il governo è caduto nell'estate del 2024 dopo una lite sulle pensioni.", 2026, 12, 2, "estate del 2024",
    "DATE", "2024-SU", "it" },
  { "O governo caiu no verão de 2024 depois de uma crise política.", 2026, 12, 2, "verão de 2024", "DATE",
    "2024-SU", "pt" },
  /* what stays as it was: a season alone */
  { "Het kabinet viel in de zomer na een ruzie over asiel.", 2026, 12, 2, "de zomer", "DATE", "2026-SU", "nl" },
};

static void
test_seasons (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, seasons, G_N_ELEMENTS (seasons)), ==, 0);
}

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

  g_test_add_func ("/timex-languages/dutch-inseparable", test_dutch_inseparable);
  g_test_add_func ("/timex-languages/range-years", test_range_years);
  g_test_add_func ("/timex-languages/range-second", test_range_second);
  g_test_add_func ("/timex-languages/pasts", test_pasts);
  g_test_add_func ("/timex-languages/pt-months", test_pt_months);
  g_test_add_func ("/timex-languages/foretold", test_foretold);
  g_test_add_func ("/timex-languages/futures", test_futures);
  g_test_add_func ("/timex-languages/be-pasts", test_be_pasts);
  g_test_add_func ("/timex-languages/day-ranges", test_day_ranges);
  g_test_add_func ("/timex-languages/datelines", test_datelines);
  g_test_add_func ("/timex-languages/seasons", test_seasons);
  g_test_add_func ("/timex-languages/abbreviated-months", test_abbreviated_months);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
