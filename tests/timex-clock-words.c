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

/* "began early Friday morning", "late Saturday night": the part of the
 * day whole ("early Friday" left the morning out). */
static const TimexFixtureCase parts[] = {
  { "The commemorations began early Friday morning as thousands marched through the capital.", 2000,
    1, 28, "early Friday morning", "TIME", "2000-01-28TMO", NULL },
  { "Police were called to the flat late Saturday night.", 2024, 3, 13, "late Saturday night", "TIME",
    "2024-03-09TNI", NULL },
  { "The ferry will leave early Monday morning.", 2024, 3, 13, "early Monday morning", "TIME",
    "2024-03-18TMO", NULL },
  { "Firefighters were called early yesterday morning.", 2024, 3, 13, "early yesterday morning", "TIME",
    "2024-03-12TMO", NULL },
  /* "start", "end", "beginning" before a weekday are verbs, not its
   * modifier ("will both start Friday night's match") */
  { "Kellock and Hall will both start Friday night's match with Cardiff.", 2015, 4, 15, "Friday night",
    "TIME", "2015-04-17TNI", NULL },
  { "The strike will end Friday.", 2015, 4, 15, "Friday", "DATE", "2015-04-17", NULL },
  /* what stays as it was */
  { "Earlier Friday, the government celebrated the anniversary with rallies.", 2000, 1, 28,
    "Earlier Friday", "DATE", "2000-01-28", NULL },
};

static void
test_parts (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, parts, G_N_ELEMENTS (parts)), ==, 0);
}

/* "3pm", "3.30pm", "11:45pm" (one word for the tokenizer, BBC and Daily
 * Mail style) and "3.30 pm" were no clock times at all: only "3 pm" and
 * "3:30 p.m." were read. */
static const TimexFixtureCase glued_clocks[] = {
  { "The accident happened at about 3.30pm on Tuesday.", 2015, 4, 15, "about 3.30pm on Tuesday", "TIME",
    "2015-04-14T15:30", NULL },
  { "Kick-off is at 3pm on Saturday.", 2015, 4, 15, "3pm on Saturday", "TIME", "2015-04-18T15:00", NULL },
  { "The bar closed at 2am, police said.", 2015, 4, 15, "2am", "TIME", "2015-04-15T02:00", NULL },
  { "The shooting was reported just before 11:45pm Friday.", 2015, 4, 15, "11:45pm Friday", "TIME",
    "2015-04-10T23:45", NULL },
  { "The train left at 12.15am yesterday.", 2015, 4, 15, "12.15am yesterday", "TIME", "2015-04-14T00:15",
    NULL },
  { "Polls opened at 7.30 pm on Monday.", 2015, 4, 15, "7.30 pm on Monday", "TIME", "2015-04-13T19:30",
    NULL },
  /* what stays as it was */
  { "It happened at 3 pm on Tuesday.", 2015, 4, 15, "3 pm on Tuesday", "TIME", "2015-04-14T15:00", NULL },
  { "It happened at 3:30 p.m. Tuesday.", 2015, 4, 15, "3:30 p.m. Tuesday", "TIME", "2015-04-14T15:30",
    NULL },
};

/* ...and what is no clock: a price, a fraction, hours past 12 */
static const char *const glued_clocks_none[] = {
  "The firm paid £3.30 a share.",
  "Shares closed at 3.30 in London.",
  "The 15pm figure was a typo.",
};

static void
test_glued_clocks (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, glued_clocks, G_N_ELEMENTS (glued_clocks)), ==, 0);
  g_assert_cmpuint (timex_fixture_count_found (rules, glued_clocks_none, G_N_ELEMENTS (glued_clocks_none), 2015,
                                                4, 15),
                    ==, 0);
}

/* A clock before its day's part or date: "at 8am on Friday morning" left
 * the morning out; "at around 3.30pm on March 17" gave the clock the
 * publication's day and the date beside it. */
static const TimexFixtureCase clock_days[] = {
  { "Tickets were released at 8am on Friday morning.", 2005, 3, 15, "8am on Friday morning", "TIME",
    "2005-03-11T08:00", NULL },
  { "He was seen at around 9pm Thursday night.", 2015, 4, 15, "around 9pm Thursday night", "TIME",
    "2015-04-09T21:00", NULL },
  { "The body was found at 6am yesterday morning.", 2015, 4, 15, "6am yesterday morning", "TIME",
    "2015-04-14T06:00", NULL },
  { "At around 3.30pm on March 17 Mr Docherty was agitated.", 2015, 4, 15, "around 3.30pm on March 17",
    "TIME", "2015-03-17T15:30", NULL },
  { "He will be sentenced at 10am on 30 April.", 2015, 4, 15, "10am on 30 April", "TIME",
    "2015-04-30T10:00", NULL },
  { "The crash happened at 3:30 p.m. on March 17, 2014, police said.", 2015, 4, 15,
    "3:30 p.m. on March 17, 2014", "TIME", "2014-03-17T15:30", NULL },
  { "The match kicks off at 3pm on the 18th.", 2015, 4, 15, "3pm on the 18th", "TIME", "2015-04-18T15:00",
    NULL },
  { "The vote was held on Friday. Results come at 10pm tonight.", 2015, 4, 15, "10pm tonight", "TIME",
    "2015-04-15T22:00", NULL },
  { "The speech began at noon EST on Tuesday.", 2015, 4, 15, "noon EST on Tuesday", "TIME",
    "2015-04-14T12:00", NULL },
  /* what stays as it was */
  { "On 17 March at 3.30pm he was arrested.", 2015, 4, 15, "17 March", "DATE", "2015-03-17", NULL },
  { "It happened at 3 p.m. Night fell soon after.", 2015, 4, 15, "3 p.m.", "TIME", "2015-04-15T15:00",
    NULL },
};

static void
test_clock_days (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_days, G_N_ELEMENTS (clock_days)), ==, 0);
}

/* A clock word capitalized inside a sentence is a name ("Jamie Noon",
 * a rugby centre, was noon of the day told last). */
static const char *const clock_names_none[] = {
  "The midfield pairing of Mathew Tait and Jamie Noon is also under threat.",
  "Either Tait or Noon will drop out of the side.",
};

static const TimexFixtureCase clock_names[] = {
  /* what stays as it was */
  { "The deadline is noon on Friday.", 2015, 4, 15, "noon on Friday", "TIME", "2015-04-17T12:00", NULL },
};

static void
test_clock_names (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, clock_names_none, G_N_ELEMENTS (clock_names_none), 2005,
                                                3, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_names, G_N_ELEMENTS (clock_names)), ==, 0);
}

/* "midnight tonight" was two times, 00:00 of today (past) and tonight:
 * it is the midnight that ends today, TimeML's T24:00. */
static const TimexFixtureCase midnight_tonight[] = {
  { "The ban will take effect at midnight tonight.", 2015, 4, 15, "midnight tonight", "TIME",
    "2015-04-15T24:00", NULL },
  { "The deadline expires at midnight tonight, officials said.", 2015, 4, 15, "midnight tonight", "TIME",
    "2015-04-15T24:00", NULL },
  /* what stays as it was */
  { "The bar closed at midnight.", 2015, 4, 15, "midnight", "TIME", "2015-04-15T00:00", NULL },
  { "Voting ends at 10pm tonight.", 2015, 4, 15, "10pm tonight", "TIME", "2015-04-15T22:00", NULL },
};

static void
test_midnight_tonight (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, midnight_tonight, G_N_ELEMENTS (midnight_tonight)), ==, 0);
}

/* A range's first clock took the publication's day where the second
 * names the day for both. */
static const TimexFixtureCase clock_ranges[] = {
  { "Polls are open from 7am to 10pm on Thursday.", 2015, 4, 15, "7am", "TIME", "2015-04-16T07:00", NULL },
  { "The road was closed from 9am to 5pm on Monday.", 2015, 4, 15, "9am", "TIME", "2015-04-13T09:00", NULL },
  { "The office will be open between 9am and 5pm tomorrow.", 2015, 4, 15, "9am", "TIME", "2015-04-16T09:00",
    NULL },
  /* what stays as it was: no day told with the second, or not its own */
  { "The store is open from 9am to 5pm.", 2015, 4, 15, "9am", "TIME", "2015-04-15T09:00", NULL },
  { "It runs from 10am to 4pm, officials said on Monday.", 2015, 4, 15, "10am", "TIME", "2015-04-15T10:00",
    NULL },
};

static void
test_clock_ranges (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_ranges, G_N_ELEMENTS (clock_ranges)), ==, 0);
}

/* A weekly slot was a set of weekdays and the publication's day at the
 * clock ("Channel 5 Wednesdays at 9pm" was 2015-04-15T21:00): one set,
 * the weekday's clock. */
static const TimexFixtureCase weekly_slots[] = {
  { "The show airs on Channel 5 Wednesdays at 9pm, the BBC said.", 2015, 4, 15, "Wednesdays at 9pm", "SET",
    "XXXX-WXX-3T21:00", NULL },
  { "Meetings are held every Friday at 7.30pm in the hall.", 2015, 4, 15, "every Friday at 7.30pm", "SET",
    "XXXX-WXX-5T19:30", NULL },
  /* what stays as it was: one day's clock, a set without one */
  { "The show airs Wednesdays.", 2015, 4, 15, "Wednesdays", "SET", "XXXX-WXX-3", NULL },
  { "He arrived on Friday at 9pm, police said.", 2015, 4, 15, "Friday at 9pm", "TIME", "2015-04-10T21:00", NULL },
};

static void
test_weekly_slots (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, weekly_slots, G_N_ELEMENTS (weekly_slots)), ==, 0);
}

/* "am"/"pm" written without periods took the sentence's period into the
 * span as an abbreviation's ("at 5pm." was "5pm."); "p.m." keeps its own. */
static const TimexFixtureCase ampm_periods[] = {
  { "He took the dog out just after tea at 5pm.", 2015, 4, 15, "5pm", "TIME", "2015-04-15T17:00", NULL },
  { "The child fell into the pit on Saturday around 3pm. He was rescued.", 2015, 4, 15, "Saturday around 3pm",
    "TIME", "2015-04-11T15:00", NULL },
  { "The polls closed at 9 pm.", 2015, 4, 15, "9 pm", "TIME", "2015-04-15T21:00", NULL },
  /* what stays as it was */
  { "The polls closed at 9 p.m.", 2015, 4, 15, "9 p.m.", "TIME", "2015-04-15T21:00", NULL },
};

static void
test_ampm_periods (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, ampm_periods, G_N_ELEMENTS (ampm_periods)), ==, 0);
}

/* "until midnight on 1 February": the clock word was the publication's
 * day (or the date told before it) and the date stood alone; one time
 * of that date, as "5pm on 3 March" was.  (A midnight is the one that
 * ends its day, see test_midnights; what starts "at midnight on 1
 * January" starts with the month.) */
static const TimexFixtureCase clock_word_dates[] = {
  { "The firms have until midnight on 1 February to settle.", 2005, 1, 10, "midnight on 1 February", "TIME",
    "2005-02-01T24:00", NULL },
  { "The new lira will be launched at midnight on 1 January.", 2004, 12, 10, "midnight on 1 January", "TIME",
    "2005-01-01T00:00", NULL },
  { "Between midnight on 31 December and midnight on 1 January, 133m texts were sent.", 2005, 1, 10,
    "midnight on 31 December", "TIME", "2004-12-31T24:00", NULL },
  { "The polls opened at noon on March 3, 2014, officials said.", 2015, 4, 15, "noon on March 3, 2014", "TIME",
    "2014-03-03T12:00", NULL },
  /* what stays as it was: a clock word with its weekday, a name */
  { "The deadline expires at midnight on Friday.", 2015, 4, 15, "midnight on Friday", "TIME",
    "2015-04-17T24:00", NULL },
  { "England picked Jamie Noon on 12 March.", 2005, 3, 15, "12 March", "DATE", "2005-03-12", NULL },
};

static void
test_clock_word_dates (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, clock_word_dates, G_N_ELEMENTS (clock_word_dates)), ==, 0);
}

/* A midnight is the one that ends its day, TimeML's T24:00 (the German
 * development gold writes both of its midnights so): "midnight on
 * Friday" was Friday's 00:00, a day early, and German "Mitternacht" was
 * not read at all. */
static const TimexFixtureCase midnights[] = {
  { "Police said the attack happened at midnight on Friday.", 2015, 4, 15, "midnight on Friday", "TIME",
    "2015-04-10T24:00", NULL },
  { "Bids will be accepted until midnight on Thursday.", 2015, 4, 15, "midnight on Thursday", "TIME",
    "2015-04-16T24:00", NULL },
  { "Clubs have until midnight on 31 January to register their players.", 2015, 1, 20, "midnight on 31 January",
    "TIME", "2015-01-31T24:00", NULL },
  { "Am 4. August 1914 stellte London ein Ultimatum bis Mitternacht.", 2011, 2, 16, "Mitternacht", "TIME",
    "1914-08-04T24:00", "de" },
  /* what stays as it was: a midnight told in the past of the
   * publication's day, one that starts a month, a clock "00:00" */
  { "The bar closed at midnight.", 2015, 4, 15, "midnight", "TIME", "2015-04-15T00:00", NULL },
  { "The new tax will be charged from midnight on 1 May.", 2015, 4, 15, "midnight on 1 May", "TIME",
    "2015-05-01T00:00", NULL },
  { "The clocks were reset at 00:00 on Friday.", 2015, 4, 15, "00:00 on Friday", "TIME", "2015-04-10T00:00",
    NULL },
};

static void
test_midnights (void)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, midnights, G_N_ELEMENTS (midnights)), ==, 0);
}

/* "late night" before a noun describes it ("late night revellers"): it
 * was tonight. */
static const char *const late_night_none[] = {
  "The band played samba to late night revellers in Cuba Street.",
  "He told the court: 'It was late night poker that tempted me.'",
};

/* what stays as it was */
static const TimexFixtureCase late_night[] = {
  { "He was arrested late last night.", 2015, 4, 15, "late last night", "TIME", "2015-04-14TNI", NULL },
  { "The talks went on until late night.", 2015, 4, 15, "late night", "TIME", "2015-04-15TNI", NULL },
};

static void
test_late_night (void)
{
  g_assert_cmpuint (timex_fixture_count_found (rules, late_night_none, G_N_ELEMENTS (late_night_none), 2015,
                                                4, 15),
                    ==, 0);
  g_assert_cmpuint (timex_fixture_check_cases (rules, late_night, G_N_ELEMENTS (late_night)), ==, 0);
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

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-clock-words/clock", test_clock);
  g_test_add_func ("/timex-clock-words/deadline", test_deadline);
  g_test_add_func ("/timex-clock-words/day-of-month", test_day_of_month);
  g_test_add_func ("/timex-clock-words/periods", test_periods);
  g_test_add_func ("/timex-clock-words/parts", test_parts);
  g_test_add_func ("/timex-clock-words/glued-clocks", test_glued_clocks);
  g_test_add_func ("/timex-clock-words/clock-days", test_clock_days);
  g_test_add_func ("/timex-clock-words/clock-names", test_clock_names);
  g_test_add_func ("/timex-clock-words/midnight-tonight", test_midnight_tonight);
  g_test_add_func ("/timex-clock-words/clock-ranges", test_clock_ranges);
  g_test_add_func ("/timex-clock-words/weekly-slots", test_weekly_slots);
  g_test_add_func ("/timex-clock-words/ampm-periods", test_ampm_periods);
  g_test_add_func ("/timex-clock-words/clock-word-dates", test_clock_word_dates);
  g_test_add_func ("/timex-clock-words/late-night", test_late_night);
  g_test_add_func ("/timex-clock-words/kind-of-hour", test_kind_of_hour);
  g_test_add_func ("/timex-clock-words/midnights", test_midnights);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
