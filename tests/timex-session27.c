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

/* An hour after "a" tells a kind of shift or start, any day's: it was
 * that hour of the publication's day. */
static const char *const kind_of_hour_none[] = {
  "Pama, a married father of three, works a 3 am shift at a nearby warehouse.",
  "We call it a 3am invention - it arrived too early.",
  "The club acted after the game was scheduled for an 8pm start, making it impossible for fans to travel.",
};

/* what stays as it was: an hour told, the day beside it */
static const TimexFixtureCase kind_of_hour[] = {
  { "Chelsea have an 8pm kick-off on Sunday.", 2015, 4, 15, "Sunday", "DATE", "2015-04-19", NULL },
  { "He was arrested at 3am on Friday.", 2015, 4, 15, "3am on Friday", "TIME", "2015-04-10T03:00", NULL },
  { "The bus leaves at 9 a.m. tomorrow.", 2015, 4, 15, "9 a.m. tomorrow", "TIME", "2015-04-16T09:00", NULL },
};

static void
test_kind_of_hour (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, kind_of_hour_none, G_N_ELEMENTS (kind_of_hour_none), 2015,
                                                4, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, kind_of_hour, G_N_ELEMENTS (kind_of_hour)), ==, 0);
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

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-session27/apostrophe-years", test_apostrophe_years);
  g_test_add_func ("/timex-session27/kind-of-hour", test_kind_of_hour);
  g_test_add_func ("/timex-session27/stretch-end-years", test_stretch_end_years);
  g_test_add_func ("/timex-session27/story-years", test_story_years);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
