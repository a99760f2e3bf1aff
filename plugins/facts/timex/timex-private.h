/* timex-private.h — what the timex-*.c files share.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The tagger works in four steps, one file each: the lexicon gives every
 * word a role (month, unit, shift...), the token view turns the document's
 * tokens into lexicon-classed tokens, the matcher runs the compiled rule
 * patterns over them (longest match wins) filling a record of slots, and
 * the normalizer turns a record into a TIMEX3 value using the anchor date
 * and the tense around the expression.
 */
#pragma once

#include "timex.h"

#define TX_UNSET G_MININT
#define TX_VAGUE (-1)   /* "few", "several": an X in the value */

/* What a word means to a time expression. */
typedef enum {
  TX_ROLE_NONE = 0,
  TX_ROLE_MONTH,      /* 1..12 */
  TX_ROLE_WDAY,       /* 1..7, ISO: Monday = 1 */
  TX_ROLE_WDAYS,      /* "Mondays" */
  TX_ROLE_UNIT,       /* TxUnit | TX_PLURAL */
  TX_ROLE_DAYREL,     /* yesterday -1, today 0, tomorrow 1 */
  TX_ROLE_PARTDAY,    /* TxPartDay */
  TX_ROLE_SEASON,     /* TxSeason */
  TX_ROLE_SHIFT,      /* last -1, this 0, next 1 */
  TX_ROLE_DIR,        /* ago -1, later 1 */
  TX_ROLE_MOD,        /* early, mid, late (no effect on values) */
  TX_ROLE_APPROX,     /* nearly, about, more than */
  TX_ROLE_NUMBER,     /* number words */
  TX_ROLE_VAGUE,      /* few, several */
  TX_ROLE_ORDINAL,    /* first .. thirty-first */
  TX_ROLE_AMPM,       /* a.m. 0, p.m. 12 */
  TX_ROLE_ZONE,       /* EST, GMT */
  TX_ROLE_FUZZY,      /* TxFuzzy */
  TX_ROLE_SETADV,     /* daily, weekly: TxUnit */
  TX_ROLE_EVERY,      /* every, each */
  TX_ROLE_CLOCKWORD,  /* noon 12, midnight 0 */
  TX_ROLE_TONIGHT,
  TX_ROLE_HOLIDAY,    /* month * 100 + day, or a TxMovable */
  TX_ROLE_QCODE,      /* Q1..Q4: 1..4, H1, H2: 11, 12 */
  TX_N_ROLES
} TxRole;

typedef enum {
  TX_UNIT_SECOND = 1,
  TX_UNIT_MINUTE,
  TX_UNIT_HOUR,
  TX_UNIT_DAY,
  TX_UNIT_NIGHT,
  TX_UNIT_WEEK,
  TX_UNIT_WEEKEND,
  TX_UNIT_FORTNIGHT,
  TX_UNIT_MONTH,
  TX_UNIT_QUARTER,
  TX_UNIT_HALF,
  TX_UNIT_YEAR,
  TX_UNIT_DECADE,
  TX_UNIT_CENTURY,
} TxUnit;
#define TX_PLURAL 0x100

typedef enum { TX_PART_MO = 1, TX_PART_AF, TX_PART_EV, TX_PART_NI, TX_PART_MI } TxPartDay;
typedef enum { TX_SEASON_SP = 1, TX_SEASON_SU, TX_SEASON_FA, TX_SEASON_WI } TxSeason;
typedef enum { TX_FUZZY_PAST = 1, TX_FUZZY_PRESENT, TX_FUZZY_FUTURE } TxFuzzy;
typedef enum { TX_HOLIDAY_THANKSGIVING = 10000, TX_HOLIDAY_ELECTION } TxMovable;
/* Feasts counted from Easter Sunday: TX_HOLIDAY_EASTER + 100 + days
 * (Good Friday -2, Ascension +39, Pentecost +49). */
#define TX_HOLIDAY_EASTER 20000
#define TX_EASTER(days) (TX_HOLIDAY_EASTER + 100 + (days))

/* Tense markers, for weekdays and yearless dates. */
typedef enum {
  TX_TENSE_NONE = 0,
  TX_TENSE_PAST = 1,
  TX_TENSE_FUTURE = 2,
  TX_TENSE_PRESENT = 3,
  TX_TENSE_FUTURE_WITH_TO = 4,  /* lexicon only: "plans to", "is expected" */
  TX_TENSE_MODAL = 5,           /* lexicon only: "soll", "will" (see perfect_auxiliaries) */
} TxTense;

/* Rule bit sets: 64 rules a word (English has more than 128). */
#define TX_START_WORDS 3

typedef struct {
  guint8 role;        /* TxRole */
  guint8 tense;       /* TxTense when the word marks one */
  guint8 abbrev;      /* may take a period: "Feb." */
  guint8 capitalized; /* only as a capitalized word ("May", "March") */
  guint8 function;    /* "of", "the": never the last word of an expression */
  guint8 year_before; /* "in 1990", "the 1990 budget": a bare year may follow */
  guint8 year_after;  /* "1990 and", "1990's" */
  guint8 timely;      /* a word of time without a class: "moment", "term" */
  int value;
  guint64 starts[TX_START_WORDS];  /* the rules that may start with this word */
} TxWord;

#define TX_MAX_RULES (64 * TX_START_WORDS)

/* Words the normalizer asks about, looked up once at load. */
typedef enum {
  TX_K_A,
  TX_K_AGO,
  TX_K_CURRENT,
  TX_K_ELECTION,
  TX_K_EVE,
  TX_K_FUTURE,
  TX_K_HALF,
  TX_K_LATTER,
  TX_K_NEW,
  TX_K_NOW,
  TX_K_OLD,
  TX_K_OTHER,
  TX_K_PAST,
  TX_K_PER,
  TX_K_RECENT,
  TX_K_SAME,
  TX_K_TERM,
  TX_K_TIMES,
  TX_K_YEAR,
  TX_K_YEAR_AGO,
  TX_K_YEAR_EARLIER,
  TX_K_FISCAL,
  TX_K_SOON,
  TX_K_THAN,
  TX_K_HIGH,
  TX_K_THE,
  TX_K_LAST,
  TX_N_KNOWN
} TxKnown;

/* Classes a token may belong to: what pattern elements test. */
enum {
  TX_C_MONTH = 1u << 0,
  TX_C_WDAY = 1u << 1,
  TX_C_WDAYS = 1u << 2,
  TX_C_UNIT1 = 1u << 3,
  TX_C_UNITS = 1u << 4,
  TX_C_DAYREL = 1u << 5,
  TX_C_PARTDAY = 1u << 6,
  TX_C_SEASON = 1u << 7,
  TX_C_SHIFT = 1u << 8,
  TX_C_DIR = 1u << 9,
  TX_C_MOD = 1u << 10,
  TX_C_APPROX = 1u << 11,
  TX_C_NUMWORD = 1u << 12,
  TX_C_DIGITS = 1u << 13,
  TX_C_VAGUE = 1u << 14,
  TX_C_ORD = 1u << 15,
  TX_C_DAY = 1u << 16,     /* 1..31, digits or ordinal */
  TX_C_YEAR = 1u << 17,    /* 4 digits, or a spelled year */
  TX_C_DECADE = 1u << 18,  /* "1990s" */
  TX_C_HOUR = 1u << 19,    /* 0..24 */
  TX_C_MIN = 1u << 20,     /* two digits 00..59 */
  TX_C_MM = 1u << 21,      /* 1..12 */
  TX_C_AMPM = 1u << 22,
  TX_C_ZONE = 1u << 23,
  TX_C_FUZZY = 1u << 24,
  TX_C_SETADV = 1u << 25,
  TX_C_EVERY = 1u << 26,
  TX_C_CLOCKWORD = 1u << 27,
  TX_C_TONIGHT = 1u << 28,
  TX_C_HOLIDAY = 1u << 29,
  TX_C_WORD = 1u << 30,    /* in the lexicon at all */
  TX_C_QCODE = 1u << 31,   /* "Q3", "H1" */
};

/* A token of the tagger's view: the document's tokens, split at inner
 * hyphens, slashes and colons ("mid-2023", "2022-02-24", "7:15"). */
typedef struct {
  guint32 start, end;      /* code points */
  guint32 doc_token;       /* index of the document token it comes from */
  guint32 sentence;
  guint32 classes;
  const TxWord *word;      /* NULL when not in the lexicon */
  int value;               /* number, or the word's value */
  int ordinal;             /* for TX_C_ORD */
  guint8 space_before;
  guint8 boundary;         /* starts a sentence: matches stop before it */
  guint8 digits;           /* how many digits, for numbers */
  guint8 punct;            /* the character when a one-character punctuation token */
  guint8 capitalized;
  guint8 bare_abbrev;      /* "Jan" without its period */
  guint8 decimals;         /* "30,4", "9.58": digits after the decimal mark (value: the whole part) */
  guint8 fraction;         /* ...and those digits' value */
  guint8 apostrophe;       /* "'", "’", or "'90", "’90" one token (two digits behind one) */
} TxToken;

/* Where a matched token's value goes. */
typedef enum {
  TX_S_YEAR, TX_S_MONTH, TX_S_DAY, TX_S_WDAY, TX_S_UNIT, TX_S_DAYREL, TX_S_PARTDAY,
  TX_S_SEASON, TX_S_SHIFT, TX_S_DIR, TX_S_MOD, TX_S_APPROX, TX_S_NUM, TX_S_NUM2, TX_S_ORD,
  TX_S_DECADE, TX_S_HOUR, TX_S_MIN, TX_S_AMPM, TX_S_FUZZY, TX_S_SET, TX_S_TONIGHT,
  TX_S_HOLIDAY, TX_S_WDAYS,
  TX_S_HALF,   /* "a year and a half" 1 (n and a half), "half a century" 2 (half of one) */
  TX_N_SLOTS,
  TX_S_NONE = TX_N_SLOTS,
} TxSlot;

typedef enum {
  TX_A_DATE,       /* year / month / day, any of them missing */
  TX_A_DECADE,
  TX_A_YEAR,       /* a bare year: checked against its neighbours */
  TX_A_WDAY,
  TX_A_DAYREL,
  TX_A_PART,       /* tonight, this morning */
  TX_A_TIME,       /* 3 p.m. Tuesday */
  TX_A_SHIFT,      /* last week, this year, earlier this month */
  TX_A_AGO,        /* two years ago */
  TX_A_AGO_THIS,   /* ten years ago this month: the grain named last */
  TX_A_DURATION,
  TX_A_FUZZY,
  TX_A_SET,
  TX_A_SEASON,
  TX_A_QUARTER,
  TX_A_HALF,
  TX_A_HOLIDAY,
  TX_A_MONTHSHIFT, /* last August */
  TX_A_CENTURY,
  TX_A_QCODE,      /* Q3 2024 */
  TX_A_BC_YEAR,    /* 260 v. Chr., 44 BC */
} TxAction;

/* One alternative of a pattern element: a class mask or a word. */
typedef struct {
  guint32 classes;
  const TxWord *word;
  guint8 slot;             /* TxSlot */
  guint8 preset;           /* store `value` instead of the word's ("y:DIR=-1") */
  int value;
} TxAlt;

typedef struct {
  TxAlt *alts;
  guint8 n_alts;
  guint8 optional;
  guint8 attached;         /* no space before it */
  guint8 context;          /* matched but left out of the span */
  guint8 trailing;         /* context after the span: "les 6 [et 13 avril]" */
} TxElement;

typedef struct {
  TxElement *elements;
  guint n_elements;
  PrecisTimexType type;
  TxAction action;
  guint32 first_classes;   /* classes that can start a match */
  const char *source;
} TxRule;

typedef struct {
  int slot[TX_N_SLOTS];
  guint32 end;             /* view token index after the match */
  guint32 span_start;      /* view token index where the span begins */
  guint32 span_end;        /* and where it ends: `end` but for trailing context */
} TxRecord;

/* A language's words and rules, as written in its timex-lang-*.c or in
 * timex-lexicon.c and timex-patterns.c for English. */
typedef struct {
  const char *words;   /* space-separated spellings */
  TxRole role;
  int value;
} TxEntry;

typedef struct {
  const char *words;
  TxTense tense;
} TxTenseEntry;

typedef struct {
  PrecisTimexType type;
  TxAction action;
  const char *pattern;
} TxRuleSource;

typedef struct {
  const char *code;                    /* ISO 639-1 */
  const TxEntry *entries;
  gsize n_entries;
  const TxTenseEntry *tenses;
  gsize n_tenses;
  const TxRuleSource *rules;
  gsize n_rules;
  /* NULL-terminated word lists (each word must be in `entries`): */
  const char *const *function_words;   /* never end an expression: "of", "de" */
  const char *const *year_before;      /* a bare year may follow: "in", "en", "im" */
  const char *const *year_after;       /* a bare year may precede: "and", "y" */
  const char *const *timely;           /* words of time without a class: "moment" */
  /* More neighbours of a bare year, lower case, needing no entry:
   * before it ("throughout 2004"), nouns it describes ("the fatal 2003
   * shooting", "2005 revenue") and verbs it is the subject of ("2005
   * will be"). */
  const char *const *year_before_words;
  const char *const *year_nouns;
  const char *const *year_verbs;
  /* Endings of plural nouns, lower case: "and 1500 homes", ", 2000
   * pessoas" count (see tx_year_supported). */
  const char *const *plural_endings;
  /* Plural endings that tell a count only where the number opens its
   * sentence (Dutch "-en" is a verb's too after "en", "of"), NULL:
   * plural_endings. */
  const char *const *opening_plural_endings;
  /* Endings of verbs in the plural (lower case): a number before one
   * counts ("1576 bajaron"), a year takes the singular. */
  const char *const *plural_verb_endings;
  const char *const *known;            /* TX_N_KNOWN spellings, NULL where none */
  /* Endings of regular verb forms, NULL-terminated: "ed", "ó", "te". */
  const char *const *past_endings;
  /* ...and endings of other words that end as those do (German "-ste",
   * "-sten": "die wichtigste", "am nächsten"). */
  const char *const *past_ending_exceptions;
  /* ...and beginnings of words with a past ending that are adjectives
   * (Dutch participles: "georganiseerde screening"). */
  const char *const *past_prefix_exceptions;
  /* The present of the passive's auxiliary, lower case: before an
   * expression in its clause it looks ahead (Dutch "wordt zaterdag
   * opgevoerd"); after it, it says nothing ("dan juli nauwelijks mogelijk
   * wordt geacht", "een voorbode wordt voor augustus"). */
  const char *const *passive_presents;
  /* Words after "N UNIT before/after" that name the event it counts from
   * ("sei giorni prima del suo compleanno"): the count is then a stretch,
   * as English "two years before the vote". */
  const char *const *event_of;
  /* Pronouns written after a verb with a hyphen ("reuniram-se",
   * "disse-lhe"): the verb before them tells the tense. */
  const char *const *enclitics;
  const char *const *future_endings;
  /* Words of games (lower case): where a story has two or more, "the
   * first half" is the match's, not the year's. */
  const char *const *match_words;
  /* Words of games played in quarters (basketball, American football):
   * where a story has one, and two words of games counting it, "the
   * fourth quarter" is the game's. */
  const char *const *quarter_words;
  /* Words of motor racing (lower case): where a story has two, its
   * "Q1".."Q3" are qualifying's sessions ("his best lap in Q2"), not the
   * year's quarters (qualifying has no Q4). */
  const char *const *session_words;
  /* Car makers (lower case, written capitalized): "a 2001 Toyota",
   * "the 2001 Toyota Corolla" name a model year, a car, not a date. */
  const char *const *vehicle_makers;
  /* Capitalized words after a maker that name an event or a body, not a
   * model: "the 2013 Honda Classic", "the 2014 Ford Foundation report". */
  const char *const *maker_event_words;
  /* Words that start compounds the view splits: "mittwoch" in "Mittwochabend". */
  const char *const *compound_heads;
  /* "âgé de 54 ans", "un garçon de 15 ans": years after this word are an
   * age ("plus de", "près de" count as approximations, not ages). */
  const char *age_before;
  /* ...unless this word comes before it: "au terme de trois ans". */
  const char *const *span_before_age;
  /* Words after which a count of years is an age, with only numbers,
   * "et", commas, "de" between: "âgés respectivement de 35 et 36 ans", "il
   * avait 17 ans", "ses 18 ans" (not after "y": "il y a 17 ans"; not before
   * "de": "il a vingt ans de carrière"). */
  const char *const *age_markers;
  /* Words after a count of years (through age_before or "de") that make
   * it an age: "45 años de edad", "17 jaar oud", "62 Jahre alte". */
  const char *const *age_after;
  /* The "of" between an age marker and its count where the language has
   * no age_before ("im Alter von 80 Jahren": "von N Jahren" alone is
   * mostly a stretch). */
  const char *age_of;
  /* Possessives before a decade of two digits that make it an age: "in
   * his 30s", "in her late 20s" (not "in the 30s"). */
  const char *const *age_possessives;
  /* Words after which (through "de" and approximations) a count of months
   * or weeks is an age: "âgé de 18 mois", "un bébé de six semaines" ("un
   * retard de six mois" is a stretch: months are more often so). */
  const char *const *young_markers;
  /* The word of a range of ages: "les jeunes de 18 à 25 ans" (the word
   * before "de" is checked against span_before_age as for one age). */
  const char *age_range_to;
  /* The word before the second day of a range whose first was just told
   * ("del día 3 al 5"): a rule that opens with it makes a date only right
   * after that first day. */
  const char *day_range_to;
  /* "À 20 ans, il quitte la France", "mort à 82 ans": the word before an
   * age told as a moment of a life, where it opens a clause or follows
   * one of the verbs (of dying) in age_at_verbs. */
  const char *age_at;
  const char *const *age_at_verbs;
  /* The word of the unit second is also the ordinal ("une seconde fois"):
   * before a word the lexicon does not know it is the ordinal. */
  gboolean second_is_ordinal;
  /* "vingt et un", "treinta y dos", "vinte e cinco": the word joining tens
   * and units in spelled numbers; NULL where none. */
  const char *number_and;
  /* Units, seasons, vague words of time and "daily" are written in lower
   * case: capitalized inside a sentence they are part of a name ("the
   * Winter Olympics", "Entertainment Weekly"; see tx_capitalized_inside). */
  gboolean lower_time_words;
  /* "one day", "un jour": the word for one before a day that may be some
   * day (see tx_count_some_day), the words before it that make it a
   * stretch ("for", "pendant") and after it ("of", "de"), and whether a
   * word the lexicon does not know after it makes a noun phrase ("un jour
   * férié": no time). */
  const char *some_day;
  const char *const *some_day_measuring;
  const char *const *some_day_of;
  gboolean some_day_noun_phrase;
  /* "pendant 8 heures", "a duré 3 heures": after these, digits and the
   * unit hour are a stretch, not a clock time (see tx_clock_is_stretch);
   * NULL where clock times are never written with the unit's word. */
  const char *const *hour_measuring;
  gboolean elision;                    /* "l'an", "dell'anno": split after the apostrophe */
  gboolean day_dot;                    /* "5. Mai": a day is written with a period */
  gboolean dot_time;                   /* "10.30 horas": hours and minutes by a period */
  gboolean h_time;                     /* "15h30": hours and minutes by an h */
  /* "octobre 98", "le 10 novembre 93": two digits after a month, ending
   * the phrase (punctuation or a year_after word follows), are its year (the century is the publication's, or the
   * one before when that would put the year more than five years ahead). */
  gboolean month_two_digit_year;
  /* "Feb 24, '90", "in '91 or '92", "since '57": two digits behind an
   * apostrophe, after a month (and its day) or a word that places a year
   * (year_before: "in", "since", "or"), are a year ("Euro '96", "Schalke
   * '04": after a name, no year). */
  gboolean apostrophe_year;
  /* "le bilan 2001 de", "la temporada 2002/2003": a year may follow a
   * common noun after an article (languages whose modifiers follow). */
  gboolean year_after_noun;
  /* "en 97 (en janvier...)", "rien en 98,": the same two digits after this
   * word, ending the phrase, are a year too. */
  const char *short_year_before;
  /* "30,4 secondes": the decimal mark is a comma ("9.58 seconds" in
   * English); one or two digits follow it (three would be thousands). */
  gboolean decimal_comma;
  /* "cinco de maio": the word between a day spelled in words and its
   * month; NULL where days are written only in figures or ordinals. */
  const char *spelled_day_of;
  /* "am heutigen Montag": words for "today's" before a weekday, which is
   * then today's (lower case; NULL where none). */
  const char *const *today_adjectives;
  /* "les années 60": the word before a decade written as its number. */
  const char *decade_word;
  /* A century's value is its two digits, TimeML's own form ("el siglo
   * XXI" 20), not a year with two unknown digits (French FTiB's "18XX"). */
  gboolean century_digits;
  /* "Hace dos semanas" is the week two back (Spanish TimeBank 2000-W20),
   * a count back at its unit's grain as "hace 16 meses" is a month; where
   * FALSE the day ("il y a une semaine", "a week ago"). */
  gboolean weeks_ago_week;
  /* A decade's value is TimeML's own "199" (Spanish TimeBank, WikiWarsDE),
   * not "199X" (FTiB, half of English TimeBank). */
  gboolean decade_digits;
  /* "1940er", "90er": the ending that makes a number a decade (German). */
  const char *decade_suffix;
  /* Weekdays and months are written in lower case: a capitalized weekday
   * inside a sentence, before a capitalized word, is a name ("l'accord du
   * Vendredi Saint"), and so is a capitalized month after a street ("rue
   * du 4 Septembre"). */
  gboolean lower_weekdays;
  /* ...and months too, always (not Spanish, not Portuguese, where "Mayo",
   * "Janeiro" are written as well): a capitalized month inside a
   * sentence, with neither day nor year, is a name ("la planète Mars"). */
  gboolean lower_months;
  /* "les 6-16 ans", "des 0-6 ans": a range of years after these words is
   * an age group, not a stretch of time. */
  const char *const *age_range_before;
  /* A compound past made with "to be": "est arrivé", "se sont rendus",
   * "s'est produit" are past, though "est" alone is present: the forms
   * of the auxiliary, and the participle endings that make it past. */
  const char *const *be_auxiliaries;
  const char *const *participle_endings;
  /* ...and the verbs whose past takes "to be" ("arrivé", "né", "mort"),
   * as masculine singular participles; any other verb, unless reflexive,
   * makes a passive present with it ("est fermée").  NULL: every one. */
  const char *const *be_participles;
  /* Every noun is capitalized (German): a capitalized word after a feast
   * says nothing of a name ("an Weihnachten Geschenke kaufen"), nor one
   * before a number ("nahm Finnland 1941 ..."); a number before a small
   * word is a year (see tx_year_supported). */
  gboolean capitalized_nouns;
  /* With capitalized_nouns: endings of inflected adjectives ("2000 neue
   * Stellen" counts) and the words that share them but are none ("1967
   * ihren Höhepunkt" is a year), lower case. */
  const char *const *adjective_endings;
  const char *const *not_adjectives;
  /* "ab Dezember", "à partir de décembre", "from December": a date without
   * its year after one of these looks ahead unless a past verb shares its
   * clause (phrases of lower-case words, one space between; "^from": only
   * where it opens a clause, see tx_phrase_before). */
  const char *const *onward_phrases;
  /* "pour le 20 décembre", "para el 15 de enero": the day something is
   * planned for, told by a verb of the past as often ("a annoncé une
   * grève pour le 20 décembre"); a month or a day without its year after
   * one of these is the one to come (see infer_year). */
  const char *const *foretold_before;
  /* "ahead of": the event named after them ("ahead of their match on
   * Sunday") comes after the day its sentence told before ("were trained
   * on Tuesday"); see tx_ahead_of. */
  const char *const *ahead_phrases;
  /* "has", "have": the present perfect, which takes no date of its own
   * ("has urged his players to concentrate on the match on Saturday": the
   * date is the infinitive's, after the urging, which is now; see
   * timex-tense.c perfect_before_infinitive). */
  const char *const *present_perfect_auxiliaries;
  /* "the election, widely expected in May", "the repayment due on April
   * 9": participles of what is to come that look ahead without "is" or
   * "to" before a function word ("in", "on"; not after "as", "than" or an
   * auxiliary: "sales were higher than expected in May"). */
  const char *const *ahead_participles;
  /* "pictured", "photographed": a caption's present passive ("Jones is
   * pictured in March") tells when the picture was taken, a past, where
   * "is planned for Friday" looks ahead. */
  const char *const *caption_participles;
  /* "predicted", "forecast", "tipped": a past, but before "for" they name
   * the time of what is foretold ("widely predicted for May"). */
  const char *const *foretold_participles;
  /* "set": a word of plan ("set for Friday", "set to") that is also a
   * past; with no "for" after it in its clause, that past ("set a new
   * record on Friday"). */
  const char *const *plan_pasts;
  /* "said", "sagte": the verbs a news story reports with, which a
   * history seldom has (see is_history in timex-normalize.c); NULL: no
   * story is taken for a history. */
  const char *const *reporting_verbs;
  /* "after", "since": a clause they open tells what came before the
   * clause they hang on ("will return after missing the game on
   * Saturday"). */
  const char *const *earlier_links;
  /* "that", "que", "dass": they open a clause, the verb before them is
   * another's. */
  const char *const *complementizers;
  /* "pela primeira vez há dois anos" (the first time in two years): after
   * these, a count of units back from now is a stretch, not a date. */
  const char *const *stretch_after;
  /* A modal of intent or report (TX_TENSE_MODAL: "soll", "will") looks
   * ahead ("soll im Frühjahr abstimmen"), unless one of these closes its
   * clause after a participle: what is said to have happened ("soll am
   * Montag eingedrungen sein"). */
  const char *const *perfect_auxiliaries;
  /* What else tells a sentence of the past, for a weekday whose clause
   * has no verb that does (see tx_sentence_tells_past): words of the past
   * ("yesterday", "hier", "gestern"), phrases right before the weekday
   * ("since", "depuis", "seit"), and the present of "to be" that makes a
   * perfect with a participle later in the sentence ("ist am Samstag
   * gestorben", "is zaterdag overleden"). */
  const char *const *past_words;
  const char *const *since_phrases;
  /* The since phrase means only "since" (English "since", German "seit",
   * French "depuis", Dutch "sinds"; not "desde", which is "from" too:
   * "desde el próximo lunes"): what it runs from is gone even under a
   * future ("would be the fifth deal since October", "sera la première
   * baisse depuis octobre", "will be his first start since Saturday"). */
  gboolean since_only_back;
  const char *const *be_perfect;
  /* Participles may end in "-d" and open with "ont-", "her-" (Dutch
   * "is woensdag goedgekeurd", "gezegd", "ontslagen"), beside the German
   * shapes every language's perfect takes. */
  gboolean participle_d;
  /* Endings of a participle right before a weekday that tells it gone
   * ("les modifications annoncées mercredi"). */
  const char *const *participle_before;
  /* "a still unspecified date", "the planned merger": a form with a past
   * ending after one of these (an adverb may come between) is an
   * adjective, and says nothing of time. */
  const char *const *determiners;
  /* The future's auxiliary also makes the present passive (German
   * "werden": "im Dezember werden die Truppen verlegt" in a history): a
   * future found says nothing sure of the time. */
  gboolean passive_future;
  /* A verb further than three words before a date without its year still
   * tells it surely when it is the date's own clause's ("was booked into
   * the Utah County jail on March 26": that March gone, even in a December
   * paper): nothing between opens another clause — a word of
   * `clause_links` ("and", "who", "while"), a non-finite verb (a word with
   * one of `nonfinite_endings` unless one of `not_nonfinite`, or the
   * content word after one of `infinitive_markers`: "agreed to pay it back
   * on March 26"), a present (a content word after another with one of
   * `present_endings`: "arrested in the raid faces a hearing on March
   * 26") — and the verb opens no relative clause (one of `relatives`
   * before it or its auxiliary: "who was arrested faces trial on March
   * 26").  NULL clause_links: the distance alone weighs. */
  const char *const *clause_links;
  const char *const *relatives;
  const char *const *nonfinite_endings;
  const char *const *not_nonfinite;
  const char *const *infinitive_markers;
  const char *const *present_endings;
  /* Subjects after which a word of `present_endings` is a verb in the
   * simple present ("it", "which": "which opens on Friday"), which with
   * a date tells a plan; NULL: no such reading (see present_simple_at). */
  const char *const *present_subjects;
  /* Articles and possessives that open a subject of one or two
   * lower-case words before such a present ("The festival opens on
   * Friday"); with present_subjects only. */
  const char *const *present_subject_articles;
  /* Verbs of saying, after which a subject opens the clause said
   * ("Officials said the meeting begins Monday"). */
  const char *const *saying_verbs;
  /* Articles after which a weekday is any day of that name, no date
   * ("if Anzac Day falls on a Saturday", "piling into the Tube on a
   * Monday morning"), and an hour a kind of shift or start ("works a
   * 3 am shift"); NULL: none (Spanish "a" is "to": "de lunes a
   * viernes"). */
  const char *const *indefinite_articles;
  /* Past verbs whose infinitive is done at their own time ("failed to
   * gain votes in June", "managed to score on Saturday"), unlike "agreed
   * to pay it back on March 26"; NULL: none. */
  const char *const *same_time_verbs;
  /* Prepositions after which a word that looks like a verb in the
   * present (see present_endings) is a plural noun: "restrictions on
   * Cuba", "businesses for £173m"; NULL: none. */
  const char *const *noun_prepositions;
  /* Nouns after a feast's name that make it a time ("the Christmas
   * period", "the Easter recess"); any other content word after it makes
   * the feast a thing's name, no day ("a Christmas tree"); NULL: no such
   * reading. */
  const char *const *feast_time_nouns;
} TxLanguage;

extern const TxLanguage tx_language_en, tx_language_de, tx_language_es, tx_language_fr,
  tx_language_it, tx_language_nl, tx_language_pt;

/* The finished lexicon as an open-addressing table (at most half full)
 * looked up by a token's bytes and length: no NUL-terminated copy, and a
 * fraction of a GHashTable lookup's instructions for the view's hundreds
 * of lookups an article. */
typedef struct {
  guint32 *hashes;         /* 0: empty slot */
  const char **keys;       /* the lexicon's own keys */
  guint32 *lengths;
  const TxWord **words;
  guint32 mask;
} TxLexiconIndex;

#define TX_N_WORD_LISTS 16

typedef struct TxGrammar TxGrammar;
struct TxGrammar {
  const TxLanguage *language;
  GHashTable *lexicon;     /* lower-case word → TxWord */
  TxLexiconIndex index;    /* the same, looked up by bytes and length */
  TxWord *words;           /* the lexicon's storage */
  guint n_words;
  TxRule *rules;
  guint n_rules;
  const TxWord *punct[128]; /* one-character punctuation as words */
  guint64 class_starts[32][TX_START_WORDS]; /* per class bit, the rules that may start with it */
  gsize longest_word;      /* longer tokens skip the lexicon */
  guint32 first_len[256];  /* bit n set: some word of n bytes starts with that byte */
  const TxWord *known[TX_N_KNOWN];
  /* The view's language-specific splits, decided once: most tokens of
   * most languages skip them. */
  gboolean split_heads;    /* elision or compound heads */
  gboolean split_clocks;   /* "10.30", "15h30" */
  /* The language's word lists the tense rules ask of tokens (timex-tense.c),
   * by hash: word → a bit for each of `word_lists` that holds it. */
  const char *const *word_lists[TX_N_WORD_LISTS];
  guint n_word_lists;
  GHashTable *list_words;
};

#define TX_N_LANGUAGES 7

struct _PrecisTimexRules {
  TxGrammar *grammars[TX_N_LANGUAGES];
};

TxGrammar *tx_grammar_new (const TxLanguage *language, GError **error);
/* The grammar of an ISO 639-1 code, English for NULL and "und"; NULL when
 * the language has none. */
const TxGrammar *tx_grammar_for (const PrecisTimexRules *rules, const char *language);
void tx_grammar_free (TxGrammar *grammar);


/* Whether `token` is the grammar's word for `known` (never, where the
 * language has none). */
static inline gboolean
tx_is_known (const TxGrammar *rules, const TxToken *token, TxKnown known)
{
  return rules->known[known] != NULL && token->word == rules->known[known];
}

/* timex-tense.c: the grammar's word lists (TxGrammar.list_words), made by
 * tx_grammar_new and freed by tx_grammar_free. */
void tx_word_lists_build (TxGrammar *rules, const TxLanguage *language);

/* timex-lexicon.c */
void tx_lexicon_build (TxGrammar *rules, const TxLanguage *language);
const TxWord *tx_lexicon_lookup (const TxGrammar *rules, const char *lower, gsize len);
void tx_lexicon_index_clear (TxLexiconIndex *index);
const TxWord *tx_lexicon_word (const TxGrammar *rules, const char *word);

/* timex-patterns.c */
gboolean tx_patterns_compile (TxGrammar *rules, const TxLanguage *language, GError **error);
void tx_patterns_free (TxGrammar *rules);

/* timex-view.c */
GArray *tx_view_new (const TxGrammar *rules, const PrecisDocument *document);

/* timex-match.c */
gboolean tx_match_at (const TxGrammar *rules, const TxToken *tokens, guint n_tokens,
                      guint i, guint rule_index, TxRecord *best);
/* The rules that may start at a token, as a bit set. */
void tx_match_starts (const TxGrammar *rules, const TxToken *token, guint64 starts[TX_START_WORDS]);


/* timex-calendar.c */
typedef struct { int year, month, day; } TxDay;
TxDay tx_day_add_days (TxDay day, int n);
TxDay tx_day_add_months (TxDay day, int n);
int tx_day_weekday (TxDay day);           /* ISO: Monday = 1 */
int tx_day_days_between (TxDay from, TxDay to);
void tx_day_iso_week (TxDay day, int *week_year, int *week);
int tx_days_in_month (int year, int month);
TxDay tx_nth_weekday (int year, int month, int weekday, int n);
TxDay tx_easter (int year);               /* Gregorian Easter Sunday */

/* timex-normalize.c */
/* What the tagger remembers while it reads: the last quarter named, for
 * "a year earlier" in earnings news, which means that quarter a year back;
 * the last date of each grain, for "two days later", "seven decades
 * later", which count from the event told before, not from the
 * publication. */
typedef struct {
  int quarter_year, quarter;
  guint32 quarter_sentence;
  gboolean has_year, has_month, has_day, has_time;
  int year;
  TxDay month, day;        /* month: day 1 */
  guint32 day_sentence;    /* where `day` was told */
  guint last_end;          /* the view token after the last date or time found */
  int hour, minute;        /* of `day` */
  /* Set by the normalizer for the value just made: 1 when it refers to an
   * earlier event but was resolved against the publication, 2 when
   * against the event remembered. */
  guint8 anaphora;
  /* Set by the normalizer for the value just made: a date of a year the
   * story is not in now (counted from a day told of a year it has left),
   * which the find pass does not remember as the story's. */
  gboolean aside;
  int match_words;         /* -1 until counted */
  int quarter_words;       /* counted with match_words */
  int session_words;       /* counted with match_words */
  int narrative;           /* -1 until decided; 2 a history (is_history) */
  /* Each document token's tense (timex-tense.c's tense_of()), made on
   * first use, TX_TENSE_UNKNOWN until asked: the verbs around each date
   * are read again for the next date of the sentence.  Freed with
   * tx_memory_clear(). */
  guint8 *tenses;
} TxMemory;

/* What TxMemory.tenses holds for a token not yet asked. */
#define TX_TENSE_UNKNOWN 0xff

void tx_memory_clear (TxMemory *memory);

/* Remember a value just found ("2025-02-22", "2025-02", "1990"...). */
void tx_memory_note (TxMemory *memory, const char *value, guint32 sentence);

typedef struct {
  const TxGrammar *rules;
  TxMemory *memory;
  const PrecisDocument *document;
  const TxToken *tokens;
  guint n_tokens;
  TxDay anchor;
  int anchor_hour;         /* -1 when the anchor has no time */
} TxContext;

/* timex-compound.c: where the last two of `found` are durations joined by
 * "and" (the first ends at view token `previous_end`, the "and"; the second
 * starts at `start`), the second in smaller units: one duration of both
 * ("two hours and 30 minutes" PT2H30M), the second removed; TRUE then. */
gboolean tx_join_durations (const TxContext *context, GArray *found, guint previous_end,
                            guint start);

/* timex-counts.c: a count of units that tells no time (view tokens
 * [start, end), the unit with TX_PLURAL, whether an approximation opens
 * the span). */
gboolean tx_count_is_age (const TxContext *context, guint start, guint end, int unit, gboolean approx);
gboolean tx_count_is_ordinal (const TxContext *context, guint start, guint end, int unit);
gboolean tx_count_is_name (const TxContext *context, guint start, guint end);
gboolean tx_capitalized_inside (const TxContext *context, guint start, guint end, guint32 classes);
gboolean tx_capitalized_noun (const TxContext *context, guint start, guint end, guint32 classes);
/* "pendant 8 heures": digits and the unit hour that are a stretch, not a clock. */
gboolean tx_clock_is_stretch (const TxContext *context, guint start, guint end, int hour);
/* "en 2 h 15": hours and minutes that are a stretch. */
gboolean tx_clock_with_minutes_is_stretch (const TxContext *context, guint start, guint end);
typedef enum { TX_STRETCH, TX_SOME_DAY, TX_NO_TIME } TxSomeDay;
/* "one day", "un jour": a stretch of a day, some day, or no time. */
TxSomeDay tx_count_some_day (const TxContext *context, guint start, guint end, int unit);

/* timex-tense.c: past or future, from the verbs around tokens [start, end). */
TxTense tx_tense_around (const TxContext *context, guint start, guint end);
/* The same, and how many tokens away the marker is (G_MAXUINT if none). */
TxTense tx_tense_near (const TxContext *context, guint start, guint end, guint *distance);
/* Whether a past verb is anywhere in the sentence of tokens [start, end)
 * (within a bound of words). */
gboolean tx_sentence_tells_past (const TxContext *context, guint start, guint end);
/* Whether document token `k` is a verb in the past ("joined", "met"). */
gboolean tx_past_verb_at (const TxContext *context, guint32 k);
/* Whether document token `k` (any index: FALSE past the end) is `word`, lower-cased. */
gboolean tx_lower_is (const PrecisDocument *document, guint32 k, const char *word);
/* Whether the view tokens start..end follow an onward phrase ("ab", "à
 * partir de") and no past verb shares their clause: then they look ahead. */
gboolean tx_onward (const TxContext *context, guint start, guint end);
/* Whether the day of view tokens [.., end) names a match by its result:
 * "'s" and a score after it, one word at most between ("Wednesday's 2-1
 * loss", "Sunday's dramatic 3-2 win"): a match played, whatever the verb
 * ("had gone unbeaten until Sunday's 1-0 defeat"). */
gboolean tx_result_named (const TxContext *context, guint end);
/* Whether view token `start` names the day of an event after an ahead
 * phrase ("ahead of their match on Sunday", "ahead of Tuesday's first
 * leg"), not a rival passed ("finished ahead of Arsenal on Saturday"),
 * in the clause of what ends before view token `since` ("trained on
 * Tuesday ahead of"; not "were beaten on Saturday and face Arsenal ahead
 * of"). */
gboolean tx_ahead_of (const TxContext *context, guint since, guint start);
/* Whether one of `phrases` (lower-case words, one space between) ends
 * right before view token `start`; its first document token in *first. */
gboolean tx_phrase_before (const TxContext *context, guint start, const char *const *phrases,
                           guint32 *first);

/* timex-years.c: whether view tokens [start, end), a bare number read as
 * `year`, are a year where they stand ("in 1990") or a count ("1990
 * people", "$1990", "Windows 2000"). */
gboolean tx_year_supported (const TxContext *context, guint start, guint end, int year);
/* ...and whether view token `i` is the second year of a pair ("2013-14",
 * "1870/71"). */
gboolean tx_year_pair_second (const TxContext *context, guint i);

gboolean tx_normalize (const TxContext *context, const TxRule *rule, const TxRecord *record,
                       guint start, guint end, PrecisTimexType *type, char *value, gsize size);
