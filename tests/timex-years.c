/* timex-years.c — years: written short, in a history told year by year,
 * "the New Year", and a model year that is no date (issue 14).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a sentence written anew, of the kinds read wrong in news,
 * with its publication day and the value a reader gives it; each failed
 * before the change it guards.
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

/* "in the New Year" is the year to come, or the publication's own in
 * its first two months (it was nothing); a noun's modifier is a name. */
static const TimexFixtureCase new_years[] = {
  { "We are hoping to hear in the New Year.", 2004, 12, 15, "the New Year", "DATE", "2005", NULL },
  { "The shop is closed until the new year, the owner said.", 2004, 12, 15, "the new year", "DATE", "2005",
    NULL },
  { "Labour MPs met on Monday evening at their first meeting of the new year at Westminster.", 2005, 1, 10,
    "the new year", "DATE", "2005", NULL },
};

static const char *const new_years_none[] = {
  "He was made a knight in the New Year honours.",
  "Walker had hoped to compete in the New Year Sprint.",
};

static void
test_new_years (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, new_years, G_N_ELEMENTS (new_years)), ==, 0);
  g_assert_cmpuint (timex_fixture_count_found (rules, new_years_none, G_N_ELEMENTS (new_years_none), 2004,
                                                12, 15),
                    ==, 0);
}

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

/* A history told year by year: the end of a stretch, its year written
 * out ("bis 1915", "until 1915"), is no year the story moved to; the
 * days told after it were that year's. */
static const TimexFixtureCase stretch_end_years[] = {
  { "Der Krieg begann im Juli 1914. Der Kriegsminister ließ bis 1915 mehr als 40 Divisionen aufstellen. "
    "Am 10. August erlitten bayerische Truppen schwere Verluste. Im Jahr 1918 endete der Krieg.", 2011, 2, 16,
    "10. August", "DATE", "1914-08-10", "de" },
  { "The war began in July 1914. Kitchener raised new divisions, and the fighting in Flanders went on until "
    "1915. On 10 August Bavarian troops suffered heavy losses. The war ended in 1918.", 2011, 2, 16,
    "10 August", "DATE", "1914-08-10", NULL },
  /* what stays as it was: a stretch's end of the story's year, a day
   * told after it */
  { "The club was fined in 2014. Officers kept the campus closed until Thursday, and loud bangs rang out around "
    "8pm.", 2015, 4, 15, "around 8pm", "TIME", "2015-04-16T20:00", NULL },
  { "Der Krieg begann im Juli 1914. Die Front hielt bis zum 9. Januar 1916. Am 10. August 1916 griffen die "
    "Briten an. Im Jahr 1918 endete der Krieg.", 2011, 2, 16, "10. August 1916", "DATE", "1916-08-10", "de" },
};

static void
test_stretch_end_years (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, stretch_end_years, G_N_ELEMENTS (stretch_end_years)), ==, 0);
}

/* A history told year by year: "the end of the year" is the year the
 * story is in (it was the publication's, and every month after it took
 * that year); "Ende des Jahres 1940" the year written after it; a day
 * counted from one of a year the story has left ("three weeks later")
 * does not take the story back there. */
static const TimexFixtureCase story_years[] = {
  { "Der Krieg begann im April 1861. Im Juli 1861 siegten die Konföderierten bei Manassas. Gegen Ende des "
    "Jahres wurde Missouri in die Konföderation aufgenommen. Im Jahr 1865 endete der Krieg.", 2011, 2, 16,
    "Ende des Jahres", "DATE", "1861", "de" },
  { "Der Krieg begann im September 1939. Bis Ende des Jahres 1940 waren Frankreich und Norwegen besetzt. Im Juni "
    "1941 griff Deutschland die Sowjetunion an. Im Jahr 1945 endete der Krieg.", 2011, 2, 16, "Ende des Jahres",
    "DATE", "1940", "de" },
  { "The war began in April 1861. In July 1861 the Confederates won at Manassas. By the end of the year Missouri "
    "had been admitted to the Confederacy. The war ended in 1865.", 2011, 2, 16, "the end of the year", "DATE",
    "1861", NULL },
  { "The war began in 1862. Grant took the fort on 4 March 1862. The river was his. The South lost its forts. "
    "Its armies fell back. Its ports were closed. Its farms were burnt. In 1864 the armies met again in March, "
    "and Steele set out three weeks later. In May the campaign failed. The war ended in 1865.", 2011, 2, 16,
    "May", "DATE", "1864-05", NULL },
  /* (a day just told takes the story back: "the same day" is 1918's) */
  { "The war began in 1914. The front broke on 28 October 1918. Vienna fell in 1929, the book says. On the same "
    "day Austria asked for peace. On 3 November the fighting stopped. It ended in 1918.", 2011, 2, 16,
    "3 November", "DATE", "1918-11-03", NULL },
  /* what stays as it was: what is still to come, a news story's "last
   * year" */
  { "The museum was founded in 1901 and rebuilt in 1950 and 1978. It will reopen by the end of the year.", 2015,
    4, 15, "the end of the year", "DATE", "2015", NULL },
  { "The museum was founded in 1901 and rebuilt in 1950 and 1978. Last year it drew a record crowd.", 2015, 4, 15,
    "Last year", "DATE", "2014", NULL },
};

static void
test_story_years (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, story_years, G_N_ELEMENTS (story_years)), ==, 0);
}

/* A year between an article or a possessive and a car maker's name,
 * then a model or a kind of vehicle, is the car's model year: it was
 * that year. */
static const char *const model_year_none[] = {
  "He was driving a 2001 Toyota Corolla when police stopped him.",
  "Police said a thief likely stole the 2001 Toyota, similar to the model pictured.",
  "Kopp's 1987 Chevrolet Cavalier was found at the airport.",
  "He drove a 2005 Honda minivan.",
  "She owns a 2012 BMW 3 Series.",
};

/* what stays as it was: a year told with its preposition, an event a
 * maker names */
static const TimexFixtureCase maker_years[] = {
  { "In 2001 Toyota sold more cars than ever.", 2015, 4, 15, "2001", "DATE", "2001", NULL },
  { "The 2010 Toyota recall cost billions.", 2015, 4, 15, "2010", "DATE", "2010", NULL },
  { "A 2010 Toyota report said sales fell.", 2015, 4, 15, "2010", "DATE", "2010", NULL },
  { "He won the 2013 Honda Classic.", 2015, 4, 15, "2013", "DATE", "2013", NULL },
};

static void
test_model_years (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, model_year_none, G_N_ELEMENTS (model_year_none), 2015,
                                                4, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, maker_years, G_N_ELEMENTS (maker_years)), ==, 0);
}

/* Two years written "2013-14", "1870/71": a season, a fiscal year or a
 * war across both.  The second was no date, and the first alone made the
 * season one calendar year; each is a year of its own, as the
 * development gold writes "1912/13" (1912, 1913).  The pair names a
 * stretch, no year the story moved to. */
static const TimexFixtureCase year_pairs[] = {
  { "Chelsea won the title in the 2013-14 season.", 2015, 4, 15, "14", "DATE", "2014", NULL },
  { "Chelsea won the title in the 2013-14 season.", 2015, 4, 15, "2013", "DATE", "2013", NULL },
  { "The economy will grow by 2% in 2006/07, the minister said.", 2005, 3, 15, "07", "DATE", "2007", NULL },
  { "Bueno came through at Real Madrid in the 1999-00 season.", 2015, 4, 15, "00", "DATE", "2000", NULL },
  { "Der Krieg von 1870/71 wurde anders geführt.", 2011, 2, 16, "71", "DATE", "1871", "de" },
  /* (the pair moves no year: "1. August" is still the war's 1914) */
  { "Der Krieg begann im Juli 1914. Anders als im Krieg 1870/71 wurde nicht verhandelt. Am 1. August erklärte "
    "Deutschland Russland den Krieg.", 2011, 2, 16, "1. August", "DATE", "1914-08-01", "de" },
  /* what stays as it was: a day written in ISO, two whole years */
  { "The file was dated 2013-12-05 by the clerk.", 2015, 4, 15, "2013-12-05", "DATE", "2013-12-05", NULL },
  { "Between 1999-2000 prices rose.", 2015, 4, 15, "2000", "DATE", "2000", NULL },
};

static void
test_year_pairs (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, year_pairs, G_N_ELEMENTS (year_pairs)), ==, 0);
}

/* A history (told in another era, in the past throughout, quoting
 * nobody): "im letzten Jahr", "in diesem Jahr", "im Vorjahr" count from
 * the year it is in (they were the publication's, "im Vorjahr" no date
 * at all); a look back does not take the story back ("Mai" after "Im
 * letzten Jahr" stays 1863). */
#define HISTORY_1863 \
  "Der Krieg begann im April 1861. Im Juli 1861 siegten die Konföderierten bei Manassas, und im Jahr " \
  "1862 wurde der Krieg härter. Im Jahr 1863 war die Lage der Union schwierig. Im letzten Jahr hatte " \
  "Grant Fort Donelson genommen, und die Flotte war bis Memphis vorgedrungen. Im Mai wurde Vicksburg " \
  "belagert, und im Juli fiel die Stadt. Die Armee war erschöpft, die Truppen waren müde, und die " \
  "Generäle hatten keine Reserven. Im Herbst wurde Chattanooga eingeschlossen. Die Versorgung war " \
  "schlecht, die Wege waren lang, und die Pferde starben. Grant wurde Oberbefehlshaber im Westen, und " \
  "die Belagerung wurde im November gebrochen. Die Union hatte bereits im Vorjahr versucht, die Stadt " \
  "zu nehmen. In diesem Jahr wurden auch schwarze Regimenter aufgestellt. Der Süden verlor viele " \
  "Männer, und seine Häfen waren blockiert. Die Preise stiegen, das Geld war wertlos, und die Soldaten " \
  "hatten kaum Schuhe. Der Krieg endete im Jahr 1865."

static const TimexFixtureCase history_shifts[] = {
  { HISTORY_1863, 2011, 2, 16, "letzten Jahr", "DATE", "1862", "de" },
  { HISTORY_1863, 2011, 2, 16, "Mai", "DATE", "1863-05", "de" },
  { HISTORY_1863, 2011, 2, 16, "im Vorjahr", "DATE", "1862", "de" },
  { HISTORY_1863, 2011, 2, 16, "diesem Jahr", "DATE", "1863", "de" },
  /* what stays as it was: a news story with old years reports what was
   * said, its "last year" is the publication's */
  { "The trust was criticised in 2004 and in 2008, and again in 2013 by the watchdog. The NMC said last year "
    "that four midwives should face hearings. The midwives said they were not to blame.", 2015, 4, 15,
    "last year", "DATE", "2014", NULL },
};

static void
test_history_shifts (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, history_shifts, G_N_ELEMENTS (history_shifts)), ==, 0);
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-years/new-years", test_new_years);
  g_test_add_func ("/timex-years/apostrophe-years", test_apostrophe_years);
  g_test_add_func ("/timex-years/stretch-end-years", test_stretch_end_years);
  g_test_add_func ("/timex-years/story-years", test_story_years);
  g_test_add_func ("/timex-years/model-years", test_model_years);
  g_test_add_func ("/timex-years/year-pairs", test_year_pairs);
  g_test_add_func ("/timex-years/history-shifts", test_history_shifts);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
