/* timex-lang-en.c — English: the words of time expressions and the rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The other languages (timex-lang-*.c) follow the same layout; the
 * pattern syntax is described in timex-patterns.c.
 */
#include "timex-private.h"

/* Spellings marked with a trailing '*' may take a period ("Sept."), with a
 * leading '^' must be capitalized to count ("May" but not "may"). */
static const TxEntry entries[] = {
  { "january jan*", TX_ROLE_MONTH, 1 },
  { "february feb*", TX_ROLE_MONTH, 2 },
  { "^march mar*", TX_ROLE_MONTH, 3 },
  { "april apr*", TX_ROLE_MONTH, 4 },
  { "^may", TX_ROLE_MONTH, 5 },
  { "june jun*", TX_ROLE_MONTH, 6 },
  { "july jul*", TX_ROLE_MONTH, 7 },
  { "august aug*", TX_ROLE_MONTH, 8 },
  { "september sep* sept*", TX_ROLE_MONTH, 9 },
  { "october oct*", TX_ROLE_MONTH, 10 },
  { "november nov*", TX_ROLE_MONTH, 11 },
  { "december dec*", TX_ROLE_MONTH, 12 },

  { "monday mon*", TX_ROLE_WDAY, 1 },
  { "tuesday tue* tues*", TX_ROLE_WDAY, 2 },
  { "wednesday wed*", TX_ROLE_WDAY, 3 },
  { "thursday thu* thur* thurs*", TX_ROLE_WDAY, 4 },
  { "friday fri*", TX_ROLE_WDAY, 5 },
  { "saturday", TX_ROLE_WDAY, 6 },
  { "sunday", TX_ROLE_WDAY, 7 },
  { "mondays", TX_ROLE_WDAYS, 1 },
  { "tuesdays", TX_ROLE_WDAYS, 2 },
  { "wednesdays", TX_ROLE_WDAYS, 3 },
  { "thursdays", TX_ROLE_WDAYS, 4 },
  { "fridays", TX_ROLE_WDAYS, 5 },
  { "saturdays", TX_ROLE_WDAYS, 6 },
  { "sundays", TX_ROLE_WDAYS, 7 },

  { "second sec*", TX_ROLE_UNIT, TX_UNIT_SECOND },
  { "seconds secs*", TX_ROLE_UNIT, TX_UNIT_SECOND | TX_PLURAL },
  { "minute min*", TX_ROLE_UNIT, TX_UNIT_MINUTE },
  { "minutes mins*", TX_ROLE_UNIT, TX_UNIT_MINUTE | TX_PLURAL },
  { "hour hr*", TX_ROLE_UNIT, TX_UNIT_HOUR },
  { "hours hrs*", TX_ROLE_UNIT, TX_UNIT_HOUR | TX_PLURAL },
  { "day", TX_ROLE_UNIT, TX_UNIT_DAY },
  { "days", TX_ROLE_UNIT, TX_UNIT_DAY | TX_PLURAL },
  { "night", TX_ROLE_UNIT, TX_UNIT_NIGHT },
  { "nights", TX_ROLE_UNIT, TX_UNIT_NIGHT | TX_PLURAL },
  { "week wk*", TX_ROLE_UNIT, TX_UNIT_WEEK },
  { "weeks wks*", TX_ROLE_UNIT, TX_UNIT_WEEK | TX_PLURAL },
  { "weekend", TX_ROLE_UNIT, TX_UNIT_WEEKEND },
  { "weekends", TX_ROLE_UNIT, TX_UNIT_WEEKEND | TX_PLURAL },
  { "fortnight", TX_ROLE_UNIT, TX_UNIT_FORTNIGHT },
  { "month mo*", TX_ROLE_UNIT, TX_UNIT_MONTH },
  { "months mos*", TX_ROLE_UNIT, TX_UNIT_MONTH | TX_PLURAL },
  { "quarter", TX_ROLE_UNIT, TX_UNIT_QUARTER },
  { "quarters", TX_ROLE_UNIT, TX_UNIT_QUARTER | TX_PLURAL },
  { "half", TX_ROLE_UNIT, TX_UNIT_HALF },
  { "year yr*", TX_ROLE_UNIT, TX_UNIT_YEAR },
  { "years yrs*", TX_ROLE_UNIT, TX_UNIT_YEAR | TX_PLURAL },
  { "decade", TX_ROLE_UNIT, TX_UNIT_DECADE },
  { "decades", TX_ROLE_UNIT, TX_UNIT_DECADE | TX_PLURAL },
  { "century", TX_ROLE_UNIT, TX_UNIT_CENTURY },
  { "centuries", TX_ROLE_UNIT, TX_UNIT_CENTURY | TX_PLURAL },

  { "yesterday", TX_ROLE_DAYREL, -1 },
  { "today", TX_ROLE_DAYREL, 0 },
  { "tomorrow", TX_ROLE_DAYREL, 1 },
  { "tonight", TX_ROLE_TONIGHT, TX_PART_NI },

  { "morning", TX_ROLE_PARTDAY, TX_PART_MO },
  { "afternoon", TX_ROLE_PARTDAY, TX_PART_AF },
  { "evening", TX_ROLE_PARTDAY, TX_PART_EV },
  { "midday", TX_ROLE_PARTDAY, TX_PART_MI },

  { "spring", TX_ROLE_SEASON, TX_SEASON_SP },
  { "summer", TX_ROLE_SEASON, TX_SEASON_SU },
  { "fall autumn", TX_ROLE_SEASON, TX_SEASON_FA },
  { "winter", TX_ROLE_SEASON, TX_SEASON_WI },

  { "last past previous preceding prior latest", TX_ROLE_SHIFT, -1 },
  { "next coming following upcoming", TX_ROLE_SHIFT, 1 },
  { "this current present same", TX_ROLE_SHIFT, 0 },

  /* -1/+1 count from the publication, -2/+2 from the event told before. */
  { "ago", TX_ROLE_DIR, -1 },
  { "hence", TX_ROLE_DIR, 1 },
  { "earlier before", TX_ROLE_DIR, -2 },
  { "later after", TX_ROLE_DIR, 2 },

  { "early beginning start", TX_ROLE_MOD, 1 },
  { "mid middle", TX_ROLE_MOD, 2 },
  { "late end", TX_ROLE_MOD, 3 },

  { "nearly almost about around approximately roughly some over under "
    "more less least most only just barely fewer close upwards", TX_ROLE_APPROX, 0 },

  { "one", TX_ROLE_NUMBER, 1 }, { "two", TX_ROLE_NUMBER, 2 },
  { "three", TX_ROLE_NUMBER, 3 }, { "four", TX_ROLE_NUMBER, 4 },
  { "five", TX_ROLE_NUMBER, 5 }, { "six", TX_ROLE_NUMBER, 6 },
  { "seven", TX_ROLE_NUMBER, 7 }, { "eight", TX_ROLE_NUMBER, 8 },
  { "nine", TX_ROLE_NUMBER, 9 }, { "ten", TX_ROLE_NUMBER, 10 },
  { "eleven", TX_ROLE_NUMBER, 11 }, { "twelve dozen", TX_ROLE_NUMBER, 12 },
  { "thirteen", TX_ROLE_NUMBER, 13 }, { "fourteen", TX_ROLE_NUMBER, 14 },
  { "fifteen", TX_ROLE_NUMBER, 15 }, { "sixteen", TX_ROLE_NUMBER, 16 },
  { "seventeen", TX_ROLE_NUMBER, 17 }, { "eighteen", TX_ROLE_NUMBER, 18 },
  { "nineteen", TX_ROLE_NUMBER, 19 }, { "twenty", TX_ROLE_NUMBER, 20 },
  { "thirty", TX_ROLE_NUMBER, 30 }, { "forty", TX_ROLE_NUMBER, 40 },
  { "fifty", TX_ROLE_NUMBER, 50 }, { "sixty", TX_ROLE_NUMBER, 60 },
  { "seventy", TX_ROLE_NUMBER, 70 }, { "eighty", TX_ROLE_NUMBER, 80 },
  { "ninety", TX_ROLE_NUMBER, 90 }, { "hundred", TX_ROLE_NUMBER, 100 },
  { "couple", TX_ROLE_NUMBER, 2 },
  { "few several many some numerous", TX_ROLE_VAGUE, TX_VAGUE },

  { "first", TX_ROLE_ORDINAL, 1 }, { "second", TX_ROLE_ORDINAL, 2 },
  { "third", TX_ROLE_ORDINAL, 3 }, { "fourth", TX_ROLE_ORDINAL, 4 },
  { "fifth", TX_ROLE_ORDINAL, 5 }, { "sixth", TX_ROLE_ORDINAL, 6 },
  { "seventh", TX_ROLE_ORDINAL, 7 }, { "eighth", TX_ROLE_ORDINAL, 8 },
  { "ninth", TX_ROLE_ORDINAL, 9 }, { "tenth", TX_ROLE_ORDINAL, 10 },
  { "eleventh", TX_ROLE_ORDINAL, 11 }, { "twelfth", TX_ROLE_ORDINAL, 12 },
  { "thirteenth", TX_ROLE_ORDINAL, 13 }, { "fourteenth", TX_ROLE_ORDINAL, 14 },
  { "fifteenth", TX_ROLE_ORDINAL, 15 }, { "sixteenth", TX_ROLE_ORDINAL, 16 },
  { "seventeenth", TX_ROLE_ORDINAL, 17 }, { "eighteenth", TX_ROLE_ORDINAL, 18 },
  { "nineteenth", TX_ROLE_ORDINAL, 19 }, { "twentieth", TX_ROLE_ORDINAL, 20 },
  { "thirtieth", TX_ROLE_ORDINAL, 30 }, { "final", TX_ROLE_ORDINAL, 4 },

  { "a.m* am*", TX_ROLE_AMPM, 0 },
  { "p.m* pm*", TX_ROLE_AMPM, 12 },
  { "est edt cst cdt mst mdt pst pdt bst cet et", TX_ROLE_ZONE, 0 },
  { "gmt utc", TX_ROLE_ZONE, 1 },   /* universal time: a Z */

  { "now currently nowadays presently", TX_ROLE_FUZZY, TX_FUZZY_PRESENT },
  { "recently lately", TX_ROLE_FUZZY, TX_FUZZY_PAST },
  { "future", TX_ROLE_FUZZY, TX_FUZZY_FUTURE },

  { "daily nightly", TX_ROLE_SETADV, TX_UNIT_DAY },
  { "weekly", TX_ROLE_SETADV, TX_UNIT_WEEK },
  { "monthly", TX_ROLE_SETADV, TX_UNIT_MONTH },
  { "quarterly", TX_ROLE_SETADV, TX_UNIT_QUARTER },
  { "annually yearly", TX_ROLE_SETADV, TX_UNIT_YEAR },
  { "hourly", TX_ROLE_SETADV, TX_UNIT_HOUR },
  { "every each", TX_ROLE_EVERY, 0 },

  { "noon", TX_ROLE_CLOCKWORD, 12 },
  { "midnight", TX_ROLE_CLOCKWORD, 0 },

  { "q1", TX_ROLE_QCODE, 1 }, { "q2", TX_ROLE_QCODE, 2 },
  { "q3", TX_ROLE_QCODE, 3 }, { "q4", TX_ROLE_QCODE, 4 },
  { "h1", TX_ROLE_QCODE, 11 }, { "h2", TX_ROLE_QCODE, 12 },

  { "christmas xmas", TX_ROLE_HOLIDAY, 1225 },
  { "halloween", TX_ROLE_HOLIDAY, 1031 },
  { "thanksgiving", TX_ROLE_HOLIDAY, TX_HOLIDAY_THANKSGIVING },
  { "^easter", TX_ROLE_HOLIDAY, TX_EASTER (0) },
  { "^pentecost ^whitsun", TX_ROLE_HOLIDAY, TX_EASTER (49) },
  /* Words of feasts named in two ("Good Friday", "Boxing Day"): see the
   * holiday rules. */
  { "^good ^valentine ^patrick ^boxing ^bonfire ^st* ^saint", TX_ROLE_NONE, 0 },

  /* Words patterns name literally. */
  { "the a an of on at in or so to than and from until through since by during within "
    "for that fiscal financial calendar o'clock o’clock times once twice per ago from "
    "year-ago year-earlier new eve day election 's ’s ' ’ s other long old term near "
    "distant moment period soon possible as high latter until till between around his her its their our these those recent rest remainder ahead end ending ended "
    "bc b.c*", TX_ROLE_NONE, 0 },
};

/* Tense markers: the verbs that tell which Saturday "Saturday" is. */
static const TxTenseEntry tense_entries[] = {
  { "will 'll ’ll shall wo would effective payable starting expires", TX_TENSE_FUTURE },
  { "said was were had did told met went took came began left made gave held "
    "announced reported killed died won lost saw got found sent fell rose "
    "ran spoke wrote led became put struck hit brought thought felt kept "
    "paid sold bought began broke chose drove flew forgot fought ended "
    /* (where no past is found a weekday is the one to come: the common
     * irregular pasts of news, lest they read as the present) */
    "fled shot stole threw drew grew knew withdrew froze hid fed sat stood understood sought "
    "caught taught meant spent lent built dealt slept swept wept heard stuck swung hung spun "
    "overcame ate shook mistook undertook woke rode swam sang rang sank arose "
    "overtook overcome sued upset beat cut quit "
    "gone taken given seen done known shown spoken written broken chosen fallen "
    "driven flown forgotten thrown drawn grown withdrawn stolen frozen hidden",
    TX_TENSE_PAST },
  { "is are says say", TX_TENSE_PRESENT },
  /* Words that look ahead only in "plans to", "is expected to", "set for":
   * "the plan" alone is a noun. */
  { "going scheduled plans plan planned expected expects expect due slated intends aims hopes set",
    TX_TENSE_FUTURE_WITH_TO },
};

#define D PRECIS_TIMEX_DATE
/* Hours spelled out, which the view gives no HOUR class (a count is
 * more often a number of things than a time). */
#define EN_SPELLED_HOURS                                                                        \
  "one:HOUR=1|two:HOUR=2|three:HOUR=3|four:HOUR=4|five:HOUR=5|six:HOUR=6|seven:HOUR=7|"     \
  "eight:HOUR=8|nine:HOUR=9|ten:HOUR=10|eleven:HOUR=11|twelve:HOUR=12"
#define T PRECIS_TIMEX_TIME
#define P PRECIS_TIMEX_DURATION
#define S PRECIS_TIMEX_SET

static const TxRuleSource rules[] = {
  /* Calendar dates, with or without weekday or year. */
  { D, TX_A_DATE, "WDAY? ,? MONTH DAY ~,? YEAR?" },
  { D, TX_A_DATE, "WDAY? ,? the? DAY of? MONTH ,? YEAR?" },
  { D, TX_A_DATE, "MOD? ~-? MONTH ,? of? YEAR?" },
  /* "closed for two weeks beginning Nov. 1": the day the stretch starts
   * on (the rule above took "beginning Nov." for the month's start and
   * left the day out). */
  { D, TX_A_DATE, "<beginning|<starting WDAY? ,? MONTH DAY ~,? YEAR?" },
  { D, TX_A_DATE, "the end|beginning|start|middle|rest|remainder of MONTH ,? YEAR?" },
  { D, TX_A_DATE, "YEAR ~- ~MM ~- ~DAY" },
  { D, TX_A_DATE, "MM ~/ ~DAY ~/ ~YEAR" },
  { D, TX_A_MONTHSHIFT, "SHIFT MONTH" },
  /* "last March 1", "this past March 31", "next June 30": the day, the
   * last before the publication or the next after it (the month alone
   * was taken and the day left out). */
  { D, TX_A_DATE, "this? SHIFT MONTH DAY" },
  /* "in March last year", "on 3 June next year": the month (day) of the
   * year named, one expression (not March of the publication's year and
   * "last year" beside it). */
  { D, TX_A_MONTHSHIFT, "MOD? ~-? MONTH SHIFT year" },
  { D, TX_A_DATE, "WDAY? ,? MONTH DAY SHIFT year" },
  { D, TX_A_DATE, "WDAY? ,? the? DAY of? MONTH SHIFT year" },
  { D, TX_A_DATE, "the? MOD ~-? YEAR" },
  { D, TX_A_DATE, "the end|beginning|start|middle|rest|remainder of YEAR" },
  { D, TX_A_YEAR, "fiscal|calendar? YEAR" },
  /* "fiscal year 2015", "the financial year 2013": the year (nothing was
   * read: a bare year after "year" is no year of its own) */
  { D, TX_A_YEAR, "the? fiscal|financial|calendar? year YEAR" },
  /* "44 BC", "in the year 753 B.C." */
  { D, TX_A_BC_YEAR, "the? year? NUM bc|b.c" },
  { D, TX_A_DECADE, "the? MOD? DECADE" },
  { D, TX_A_DECADE, "the? MOD ~- ~DECADE" },
  { D, TX_A_DECADE, "the? MOD? ~-? ' ~DECADE" },
  /* "the last half of the '80s", "the first half of the 1990s": the
   * decade (TimeML has no half of one), one expression, not the
   * publication year's half beside it. */
  { D, TX_A_DECADE, "the? first|second|last|latter half of the MOD? ~-? DECADE" },
  { D, TX_A_DECADE, "the? first|second|last|latter half of the MOD? ~-? ' ~DECADE" },
  /* "the late 1950's", "the 80's": a tokenizer splits the "'s" off; after
   * "the" it is no possessive of a year ("2010's budget" stays 2010). */
  { D, TX_A_DECADE, "the MOD? ~-? YEAR|NUM ~'s|’s" },
  { D, TX_A_CENTURY, "the ORD century" },

  /* Quarters and halves. */
  { D, TX_A_QUARTER, "the? YEAR? ORD ~-? quarter|half" },
  { D, TX_A_QUARTER, "the? ORD ~-? quarter|half of the? fiscal|financial|calendar? YEAR" },
  { D, TX_A_QUARTER, "this|the YEAR ~'s? ORD ~-? quarter|half" },
  { D, TX_A_QUARTER, "YEAR ~'s ORD ~-? quarter|half" },
  { D, TX_A_QUARTER, "this|last|next|the year ~'s ORD ~-? quarter|half" },
  { D, TX_A_QUARTER, "the? last|latter|first|second half of the? fiscal|financial|calendar? YEAR" },
  { D, TX_A_QUARTER, "the? ORD ~-? quarter|half of the|this|SHIFT fiscal|financial|calendar? year" },
  { D, TX_A_QUARTER, "the? SHIFT ORD? ~-? quarter" },
  { D, TX_A_QUARTER, "the quarter" },
  /* "in the July-to-September quarter", "the October-December period": a
   * quarter written as its months, one expression (each month was one,
   * and the one to come by the tense). */
  { D, TX_A_QUARTER, "the? MONTH ~- ~to|through? ~-? ~MONTH quarter|period" },
  { D, TX_A_QUARTER, "the? MONTH to|through|- MONTH quarter|period" },
  { D, TX_A_QCODE, "QCODE ~-? fiscal|calendar? YEAR?" },
  { D, TX_A_QUARTER, "the? year-ago|year-earlier ORD? ~-? quarter|period" },
  { D, TX_A_QUARTER, "the? year ~- ~ago|earlier ORD? ~-? quarter|period" },

  /* Seasons and holidays. */
  { D, TX_A_SEASON, "SHIFT MOD? ~-? SEASON ,? of? YEAR?" },
  { D, TX_A_SEASON, "the? MOD ~-? SEASON ,? of? YEAR?" },
  { D, TX_A_SEASON, "the? SEASON ,? of? YEAR" },
  { D, TX_A_SEASON, "<in|<during|<by|<since|<until|<through|<the|<this|<that SEASON ,? of? YEAR?" },
  { D, TX_A_HOLIDAY, "HOLIDAY eve|day? ,? YEAR?" },
  { D, TX_A_HOLIDAY, "new year ~'s day|eve" },
  /* "hope to hear in the New Year", "until the new year": the year to
   * come (see norm_new_year) */
  { D, TX_A_SHIFT, "the new year" },
  { D, TX_A_HOLIDAY, "election day" },
  /* "Good Friday", "Easter Monday" (were the Friday, the Monday of the
   * tense), "Valentine's Day", "St Patrick's Day", "Boxing Day", "Bonfire
   * Night" (were nothing). */
  { D, TX_A_HOLIDAY, "good:HOLIDAY=20098 WDAY" },
  { D, TX_A_HOLIDAY, "HOLIDAY WDAY" },
  { D, TX_A_HOLIDAY, "valentine:HOLIDAY=214 ~'s|’s day" },
  { D, TX_A_HOLIDAY, "st|saint? patrick:HOLIDAY=317 ~'s|’s day" },
  { D, TX_A_HOLIDAY, "boxing:HOLIDAY=1226 day" },
  { D, TX_A_HOLIDAY, "bonfire:HOLIDAY=1105 night" },

  /* Days relative to the anchor. */
  { D, TX_A_DAYREL, "early|late|earlier|later? DAYREL" },
  /* "the day before yesterday", "the day after tomorrow" (were yesterday
   * and tomorrow) */
  { D, TX_A_DAYREL, "the day before yesterday:DAYREL=-2" },
  { D, TX_A_DAYREL, "the day after tomorrow:DAYREL=2" },
  /* "for the rest of the week", "the remainder of this year": the week
   * (year) it is (nothing was read) */
  { D, TX_A_SHIFT, "the rest|remainder of the|this UNIT1" },
  /* "early yesterday morning", "began early Friday morning", "late
   * Saturday night": the part of the day whole, not "early Friday" and
   * the morning left out. */
  { T, TX_A_DAYREL, "early|late|earlier|later? DAYREL PARTDAY|night" },
  { T, TX_A_DAYREL, "DAYREL at? HOUR ~:? ~MIN? AMPM ZONE?" },
  { D, TX_A_WDAY, "SHIFT? early|late|earlier|later? WDAY" },
  /* "absenteeism on Monday 27.", "the final on Saturday 18th.", "on
   * Saturday the 18th,": the weekday that falls on that day of a month
   * near the anchor (was the weekday alone, by the tense); the phrase
   * ends there ("On Monday 27 people died" counts people). */
  { D, TX_A_WDAY, "WDAY ,? the? DAY >.|>," },
  { D, TX_A_WDAY, "the? SHIFT WDAY" },
  /* "this past Sunday", "this coming weekend": "this" is no shift of its
   * own there (the span left it out). */
  { D, TX_A_WDAY, "this past|coming WDAY" },
  /* "on Monday last week": that weekday of the week named. */
  { D, TX_A_WDAY, "WDAY SHIFT week" },
  /* "the day before last Tuesday", "two days after March 3" */
  { D, TX_A_WDAY, "the? NUM? day|days before|after SHIFT? WDAY" },
  { D, TX_A_DATE, "the? NUM? day|days before|after MONTH DAY ~,? YEAR?" },
  { D, TX_A_DATE, "the week of MONTH DAY ~,? YEAR?" },
  { T, TX_A_WDAY, "SHIFT? early|late|earlier|later? WDAY PARTDAY|night" },
  { T, TX_A_WDAY, "SHIFT? WDAY ,? at? APPROX? HOUR ~:? ~MIN? AMPM ZONE?" },
  { T, TX_A_PART, "TONIGHT" },
  { T, TX_A_PART, "this|last PARTDAY|night" },
  /* "placed buy orders in the morning", "during the night": a part of the
   * day the story told last (else of the publication's day). */
  { T, TX_A_PART, "<in|<during the PARTDAY" },
  { T, TX_A_PART, "<during the night" },

  /* Clock times. */
  /* ("at 10pm tonight": one time) */
  { T, TX_A_TIME, "APPROX? HOUR ~:? ~MIN? AMPM ZONE? ,? on? DAYREL|WDAY|TONIGHT?" },
  /* ...with the part of the day after its day: "at 8am on Friday
   * morning", "around 9pm Thursday night" (the clock says the hour). */
  { T, TX_A_TIME, "APPROX? HOUR ~:? ~MIN? AMPM ZONE? ,? on? DAYREL|WDAY PARTDAY|night" },
  { T, TX_A_TIME, "APPROX? HOUR ~: ~MIN ZONE? ,? on? DAYREL|WDAY?" },
  { T, TX_A_TIME, "APPROX? HOUR ~MIN ZONE ,? on? DAYREL|WDAY?" },   /* "0619 GMT" */
  /* "at 3.30pm on 17 March", "at 3:30 p.m. on March 17, 2014", "at 3pm
   * on the 18th": the clock of that day, one expression (the clock took
   * the publication's day, the date beside it). */
  { T, TX_A_DATE, "APPROX? HOUR ~:? ~MIN? AMPM ZONE? ,? on WDAY? ,? the? MONTH? DAY of? MONTH? ~,? YEAR?" },
  /* ("midnight tonight": one time, the end of today; see norm_time) */
  { T, TX_A_TIME, "CLOCKWORD ZONE? ,? on? DAYREL|WDAY|TONIGHT?" },
  /* "until midnight on 1 February", "at noon on March 3": as a clock
   * before its date (the word took the publication's day, or the date the
   * sentence told before it, and the date stood alone). */
  { T, TX_A_DATE, "CLOCKWORD ZONE? ,? on WDAY? ,? the? MONTH? DAY of? MONTH? ~,? YEAR?" },
  { T, TX_A_TIME, "HOUR|" EN_SPELLED_HOURS " o'clock|o’clock" },
  /* "at 7 o'clock in the evening", "at seven in the morning": the part of
   * the day says which half of the clock (see put_day_time). */
  { T, TX_A_TIME, "HOUR|" EN_SPELLED_HOURS " o'clock|o’clock in the PARTDAY" },
  { T, TX_A_TIME, "<at|<around|<about HOUR|" EN_SPELLED_HOURS " in the PARTDAY" },

  /* Periods relative to the anchor. */
  { D, TX_A_SHIFT, "SHIFT fiscal|financial|calendar? UNIT1" },
  { D, TX_A_SHIFT, "this past|coming UNIT1" },
  { D, TX_A_SHIFT, "the current|present fiscal|financial|calendar? UNIT1" },
  { D, TX_A_SHIFT, "MOD|earlier|later SHIFT? UNIT1" },
  { D, TX_A_SHIFT, "the MOD of the|this|SHIFT UNIT1" },
  { D, TX_A_SHIFT, "earlier|later in the UNIT1" },
  { D, TX_A_SHIFT, "the weekend" },
  { D, TX_A_SHIFT, "UNIT1 ~-? end" },
  { D, TX_A_AGO, "APPROX? than? a|an? NUM? UNIT or? so? ago|earlier|later|hence" },
  { D, TX_A_AGO, "the|a? year ~- ~ago|earlier" },
  /* "a year and a half ago": eighteen months ("half" is no unit here). */
  { D, TX_A_AGO, "APPROX? a|an? NUM? UNIT1|UNITS and a half:HALF=1 ago|earlier|later|hence" },
  { D, TX_A_AGO, "APPROX? a|an half:HALF=2 UNIT1 ago|earlier|later|hence" },
  { D, TX_A_AGO, "APPROX? half:HALF=2 a|an UNIT1 ago|earlier|later|hence" },
  /* "a couple of years ago", "a couple of weeks later". */
  { D, TX_A_AGO, "APPROX? a? couple of UNITS ago|earlier|later|hence" },
  { D, TX_A_AGO, "NUM UNIT from now" },
  /* "10 years ago this month", "a year ago today": one date, of the grain
   * named last (the month, not 1990 and this month beside it). */
  { D, TX_A_AGO_THIS, "APPROX? a|an? NUM? UNIT ago this week|month" },
  { D, TX_A_AGO_THIS, "APPROX? a|an? NUM? UNIT ago today" },
  /* "would be redeemed in five years": a date where the sentence looks
   * ahead (DIR 3), else a stretch of time ("doubled in five years"). */
  { D, TX_A_AGO, "<in:DIR=3 NUM UNIT" },
  { D, TX_A_AGO, "year-ago|year-earlier" },
  /* Told from the event before: "later that year", "the same day", "the
   * following month" (a count of zero with no direction is the event's own). */
  { D, TX_A_AGO, "later|earlier? that:NUM=0 day|week|month|year|PARTDAY|night" },
  { D, TX_A_AGO, "the same:NUM=0 day|week|month|year|PARTDAY|night" },
  /* "the week's most active session", "the year's biggest deal": the
   * week (year) of the day told last, else the publication's. */
  { D, TX_A_AGO, "the:NUM=0 week|month|year >~'s|’s" },
  { D, TX_A_AGO, "the:DIR=2 next:NUM=1|following:NUM=1 day|month|year|PARTDAY|night" },
  { D, TX_A_AGO, "the:DIR=-2 previous:NUM=1|preceding:NUM=1|prior:NUM=1 day|month|year|PARTDAY|night" },
  /* "He was arrested on March 1. The following week he was charged": the
   * week after the day told (it was a week's stretch; "within the next
   * week", "over the previous week" are stretches and stay so). */
  { D, TX_A_AGO, "the:DIR=2 following:NUM=1 week" },
  /* "Two years before, the plant had closed", "compared with the year
   * before.": "before" and "after" closing their phrase tell a date from
   * the event before ("two years before the vote" is a stretch and a
   * signal). */
  { D, TX_A_AGO, "APPROX? a|an? NUM? UNIT before|after >,|>." },
  { D, TX_A_AGO, "the:NUM=1 day|week|month|year|night before|after >,|>." },

  /* Durations. */
  { P, TX_A_DURATION, "at? APPROX? than? NUM ~-? more? UNIT ~-? long|old?" },
  { P, TX_A_DURATION, "APPROX? than? a|an UNIT1" },
  { P, TX_A_DURATION, "APPROX? NUM to|- NUM UNIT" },
  { P, TX_A_DURATION, "the SHIFT|first|final NUM? UNIT" },
  { P, TX_A_DURATION, "at? least|most|nearly|almost|only|just the SHIFT|first|final NUM? UNIT" },
  { P, TX_A_DURATION, "the NUM UNITS" },
  { P, TX_A_DURATION, "the UNITS ahead" },
  { P, TX_A_DURATION, "the? SHIFT? a? couple of UNITS" },
  { P, TX_A_DURATION, "UNITS ~-? long" },
  /* "follows months of twists and turns", "after years of war": a stretch
   * of some units (not "the days of the week": see norm_duration). */
  { P, TX_A_DURATION, "UNITS >of" },
  { P, TX_A_DURATION, "UNIT1 ~- ~long" },
  { P, TX_A_DURATION, "the? year ~- ~ago|earlier NUM UNITS" },
  { P, TX_A_DURATION, "half an|a UNIT1" },
  /* "an hour and a half", "two and a half years". */
  { P, TX_A_DURATION, "APPROX? than? a|an|NUM UNIT1|UNITS and a half:HALF=1" },
  { P, TX_A_DURATION, "APPROX? than? NUM and a half:HALF=1 UNITS" },
  { D, TX_A_AGO, "APPROX? than? NUM and a half:HALF=1 UNITS ago|earlier|later|hence" },
  /* "the year ending June 30": a fiscal period, one unit long. */
  { P, TX_A_DURATION, "the UNIT1 >ending|ended" },

  /* Vague references. */
  { D, TX_A_FUZZY, "FUZZY" },
  { D, TX_A_FUZZY, "the past" },
  { D, TX_A_FUZZY, "the near|distant? future" },
  { D, TX_A_FUZZY, "the near|long term" },
  { D, TX_A_FUZZY, "recent UNITS" },
  { D, TX_A_FUZZY, "these UNITS" },
  { D, TX_A_FUZZY, "at present|the moment" },
  { D, TX_A_FUZZY, "recent" },
  { D, TX_A_FUZZY, "as soon as possible" },
  { D, TX_A_FUZZY, "current" },

  /* Recurrences. */
  { S, TX_A_SET, "EVERY other? NUM? UNIT1|WDAY|UNITS" },
  { S, TX_A_SET, "SETADV" },
  { S, TX_A_SET, "once|twice a|per UNIT1" },
  { S, TX_A_SET, "NUM times a|per UNIT1" },
  { S, TX_A_SET, "WDAYS" },
  /* "Wednesdays at 9pm", "every Friday at 7.30pm": a weekly slot, one
   * set (the clock took the publication's day beside it). */
  { S, TX_A_SET, "WDAYS ,? at? HOUR ~:? ~MIN? AMPM" },
  { S, TX_A_SET, "EVERY WDAY ,? at? HOUR ~:? ~MIN? AMPM" },
};


static const char *const known[TX_N_KNOWN] = {
  [TX_K_A] = "a",
  [TX_K_AGO] = "ago",
  [TX_K_CURRENT] = "current",
  [TX_K_ELECTION] = "election",
  [TX_K_EVE] = "eve",
  [TX_K_FUTURE] = "future",
  [TX_K_HALF] = "half",
  [TX_K_LATTER] = "latter",
  [TX_K_NEW] = "new",
  [TX_K_NOW] = "now",
  [TX_K_OLD] = "old",
  [TX_K_OTHER] = "other",
  [TX_K_PAST] = "past",
  [TX_K_PER] = "per",
  [TX_K_RECENT] = "recent",
  [TX_K_SAME] = "same",
  [TX_K_TERM] = "term",
  [TX_K_TIMES] = "times",
  [TX_K_YEAR] = "year",
  [TX_K_YEAR_AGO] = "year-ago",
  [TX_K_YEAR_EARLIER] = "year-earlier",
  [TX_K_FISCAL] = "fiscal",
  [TX_K_SOON] = "soon",
  [TX_K_THAN] = "than",
  [TX_K_HIGH] = "high",
  [TX_K_THE] = "the",
  [TX_K_LAST] = "last",
};

static const char *const year_before[] = {
  "in", "since", "of", "by", "until", "through", "from", "to", "during", "before",
  "after", "early", "late", "mid", "end", "and", "or", "between", "for", "around",
  "about", "(", ",", "-", "year", "'s", "’s", "spring", "summer", "fall", "winter",
  "the", "a", "an", "his", "her", "its", "their", "our", NULL,
};

static const char *const year_after[] = { "and", "to", "-", "'s", "’s", "through", "or", NULL };

/* "throughout 2004", "whose 2014 season", "began 2005 with a win". */
static const char *const year_before_words[] = {
  "throughout", "whose", "began", "begins", "entered", "enters", NULL,
};
/* Nouns of events and accounts a year describes: "the fatal 2003
 * shooting", "reveal 2004 earnings", "a marvellous 2005 season" — each
 * singular or uncountable, so no count can stand before it. */
static const char *const year_nouns[] = {
  "season", "election", "campaign", "budget", "census", "shooting", "attack", "comeback",
  "liberation", "marriage", "crash", "crisis", "war", "invasion", "victory", "defeat", "final",
  "earnings", "revenue", "revenues", "profits", "results", "figures", "accounts", "sales",
  "elections", "attacks", "riots", NULL,
};
/* "2005 will also be an important year", "1989 saw the wall fall":
 * a number in figures opens a clause as its subject only as a year. */
static const char *const year_verbs[] = {
  "will", "would", "could", "should", "might", "is", "was", "has", "saw", "marks", "marked",
  NULL,
};

static const char *const timely[] = {
  "moment", "term", "recent", "soon", "year-ago", "year-earlier", "o'clock", "o’clock", "once",
  "twice",
  /* "the rest of the week": the unit is four words on (the rules of
   * "the rest of March", "the rest of 2014" never ran) */
  "rest", "remainder", NULL,
};

static const char *const function_words[] = {
  "of", "the", "a", "an", "at", "on", "to", "or", "so", "than", "and", "in", "from", "by", "for",
  NULL,
};

static const char *const past_endings[] = { "ed", NULL };

/* A story with these is about a game: its halves are the match's. */
static const char *const match_words[] = {
  "goal", "goals", "scored", "scorer", "penalty", "referee", "striker", "goalkeeper", "keeper",
  "half-time", "halftime", "kick-off", "innings", "wicket", "match",
  "midfielder", "defender", "equaliser", "equalizer",
  /* rugby's (its reports wrote "the second half" as the year's) */
  "scrum", "scrum-half", "fly-half", "line-out", "lineout", "sin-bin", "sin-binned", "full-back", "winger",
  "flanker", "touchline", "hat-trick", "free-kick", NULL,
};

/* Games played in quarters: "the fourth quarter" of these is the game's. */
static const char *const quarter_words[] = {
  "touchdown", "touchdowns", "quarterback", "rebounds", "three-pointer", "three-pointers",
  "fumble", "buzzer", "tip-off", "free-throw", "nba", "nfl", "wnba", NULL,
};

/* Motor racing's: its qualifying sessions are "Q1", "Q2", "Q3". */
static const char *const session_words[] = {
  "qualifying", "pole", "lap", "laps", "prix", "f1", "motogp", "indycar", "nascar", "podium",
  "pit-stop", "pitstop", "pit-lane", NULL,
};

/* Makers whose name before a model tells a car's model year (not ones
 * that are common words or names too: Mercury, Lincoln, Mini, Jaguar). */
static const char *const vehicle_makers[] = {
  "toyota", "honda", "nissan", "ford", "chevrolet", "chevy", "dodge", "jeep", "chrysler", "hyundai",
  "kia", "mazda", "subaru", "lexus", "volvo", "porsche", "ferrari", "cadillac", "buick", "pontiac",
  "mitsubishi", "volkswagen", "vw", "bmw", "mercedes", "mercedes-benz", "audi", "acura", "infiniti",
  "oldsmobile", "plymouth", "suzuki", "yamaha", "kawasaki", "harley-davidson", "lamborghini",
  "maserati", "tesla", "peugeot", "renault", "citroen", "vauxhall", "skoda", "fiat", "saab", NULL,
};
static const char *const maker_event_words[] = {
  "classic", "open", "championship", "championships", "cup", "grand", "prix", "invitational",
  "masters", "foundation", "center", "centre", "stadium", "arena", "park", "field", "award", "awards",
  "trophy", "challenge", "tour", "rally", "race", "motor", "motors", "team", "racing", "f1", NULL,
};

/* (and prepositions, which a finite verb never follows: "Hundreds of
 * displaced families return home on Friday", "talks with armed groups") */
static const char *const indefinite_articles[] = { "a", "an", NULL };
static const char *const feast_time_nouns[] = {
  "period", "holiday", "holidays", "break", "recess", "season", "week", "weekend", "fortnight", "time",
  "rush", "trading", "sales", "shopping", "party", "parties", "lunch", "dinner", "celebrations", "festivities",
  "weekend", "term", "vacation", "getaway", "truce", "ceasefire", "deadline", NULL,
};
static const char *const noun_prepositions[] = { "on", "for", "of", "from", "with", "at", "by", NULL };
static const char *const same_time_verbs[] = {
  "failed", "managed", "tried", "attempted", "refused", "declined", "struggled", "helped", "began",
  "started", "continued", "seemed", "appeared", "happened", "dared", NULL,
};

static const char *const determiners[] = {
  "a", "an", "the", "its", "his", "her", "their", "our", "your", "my", "this", "these", "those",
  "of", "for", "with", "from", "among", "into", "without", "against", "about", "in", "on", "at", "by",
  NULL,
};
/* ("heading into the weekend he is 12 strokes behind": the one to come) */
static const char *const onward_phrases[] = {
  "^from", "starting in", "beginning in", "as of", "heading into", "going into", NULL,
};
static const char *const complementizers[] = { "that", NULL };
static const char *const ahead_phrases[] = { "ahead of", NULL };
static const char *const earlier_links[] = { "after", "since", "following", NULL };
static const char *const ahead_participles[] = { "expected", "due", "slated", "scheduled", NULL };
/* ("seen", "shown", "filmed" also tell a screening to come: "is shown
 * on BBC Two on Sunday") */
static const char *const caption_participles[] = { "pictured", "photographed", "snapped", NULL };
static const char *const foretold_participles[] = { "predicted", "forecast", "forecasted", "tipped",
                                                     "pencilled", "penciled", "earmarked", NULL };
static const char *const plan_pasts[] = { "set", NULL };
static const char *const reporting_verbs[] = { "said", "says", "told", "tells", NULL };
static const char *const present_perfect_auxiliaries[] = { "has", "have", "'ve", "’ve", NULL };
/* "for one day", "one day of talks": a stretch (see tx_count_some_day). */
static const char *const some_day_measuring[] = {
  "for", "in", "within", "over", "than", "only", "just", "about", "nearly", "almost", "least",
  "per", "each", "every", "last", "lasts", "lasted", "take", "takes", "took", "spend", "spends",
  "spent", NULL,
};
static const char *const some_day_of[] = { "of", NULL };

/* What tells a weekday's sentence of the past (see tx_sentence_tells_past). */
static const char *const past_words[] = { "yesterday", NULL };
static const char *const since_phrases[] = { "since", NULL };

static const char *const age_possessives[] = { "his", "her", "their", "my", "your", "our", NULL };

/* Plural nouns: a count in figures before one is no year. */
static const char *const plural_endings[] = { "s", NULL };

/* What opens another clause between a verb and a date after it, or makes
 * the verb a relative clause's (see TxLanguage.clause_links). */
static const char *const clause_links[] = {
  "and", "or", "but", "nor", "while", "when", "whereas", "because", "although", "though", "if",
  "unless", "who", "which", "whom", "whose", "where", "after", "before", "until", "till", "since",
  "once", "so", "then",
  /* modals: "said a test version should be available by the end of the
   * year" */
  "should", "could", "can", "may", "might", "must", NULL,
};
static const char *const relatives[] = { "who", "which", "that", NULL };
static const char *const nonfinite_endings[] = { "ing", NULL };
static const char *const not_nonfinite[] = {
  "during", "morning", "evening", "including", "following", "according", "regarding", "concerning",
  "nothing", "something", "anything", "everything", "spring", "building", "wedding", "ceiling",
  NULL,
};
static const char *const infinitive_markers[] = { "to", NULL };
/* "faces", "appears", "remains" (not "-ss", "-us", "-is") */
static const char *const present_subjects[] = { "he", "she", "it", "which", "who", NULL };
static const char *const present_subject_articles[] = { "the", "a", "an", "its", "his", "her", "their",
                                                        "this", "our", "my", NULL };
static const char *const saying_verbs[] = { "said", "says", "say", "announced", "added", "insisted", "warned",
                                            "confirmed", "reported", NULL };
static const char *const present_endings[] = {
  "es", "ts", "ds", "ks", "ns", "rs", "ls", "ps", "gs", "ms", "ws", "ys", "hs", NULL,
};

const TxLanguage tx_language_en = {
  .plural_endings = plural_endings,
  .age_possessives = age_possessives,
  .past_words = past_words,
  .since_phrases = since_phrases,
  .since_only_back = TRUE,
  .code = "en",
  .apostrophe_year = TRUE,
  .lower_time_words = TRUE,
  .some_day = "one",
  .some_day_measuring = some_day_measuring,
  .some_day_of = some_day_of,
  .entries = entries,
  .n_entries = G_N_ELEMENTS (entries),
  .tenses = tense_entries,
  .n_tenses = G_N_ELEMENTS (tense_entries),
  .rules = rules,
  .n_rules = G_N_ELEMENTS (rules),
  .function_words = function_words,
  .year_before = year_before,
  .year_after = year_after,
  .timely = timely,
  .year_before_words = year_before_words,
  .year_nouns = year_nouns,
  .year_verbs = year_verbs,
  .known = known,
  .past_endings = past_endings,
  .match_words = match_words,
  .quarter_words = quarter_words,
  .session_words = session_words,
  .vehicle_makers = vehicle_makers,
  .maker_event_words = maker_event_words,
  .onward_phrases = onward_phrases,
  .ahead_phrases = ahead_phrases,
  .present_perfect_auxiliaries = present_perfect_auxiliaries,
  .ahead_participles = ahead_participles,
  .caption_participles = caption_participles,
  .foretold_participles = foretold_participles,
  .plan_pasts = plan_pasts,
  .reporting_verbs = reporting_verbs,
  .earlier_links = earlier_links,
  .complementizers = complementizers,
  .determiners = determiners,
  .clause_links = clause_links,
  .relatives = relatives,
  .nonfinite_endings = nonfinite_endings,
  .not_nonfinite = not_nonfinite,
  .infinitive_markers = infinitive_markers,
  .present_endings = present_endings,
  .present_subjects = present_subjects,
  .present_subject_articles = present_subject_articles,
  .saying_verbs = saying_verbs,
  .indefinite_articles = indefinite_articles,
  .same_time_verbs = same_time_verbs,
  .noun_prepositions = noun_prepositions,
  .feast_time_nouns = feast_time_nouns,
};
