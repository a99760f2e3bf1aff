/* timex-lang-de.c — German: the words of time expressions and the rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout as in timex-lang-en.c; direction values as in timex-lang-es.c.
 * The view reads "5. Mai" as a day and splits "Mittwochabend" into the
 * weekday and the part of the day.
 */
#include "timex-private.h"

static const TxEntry entries[] = {
  { "januar jänner jan*", TX_ROLE_MONTH, 1 },
  { "februar feb*", TX_ROLE_MONTH, 2 },
  { "märz maerz", TX_ROLE_MONTH, 3 },
  { "april apr*", TX_ROLE_MONTH, 4 },
  { "mai", TX_ROLE_MONTH, 5 },
  { "juni", TX_ROLE_MONTH, 6 },
  { "juli", TX_ROLE_MONTH, 7 },
  { "august aug*", TX_ROLE_MONTH, 8 },
  { "september sept* sep*", TX_ROLE_MONTH, 9 },
  { "oktober okt*", TX_ROLE_MONTH, 10 },
  { "november nov*", TX_ROLE_MONTH, 11 },
  { "dezember dez*", TX_ROLE_MONTH, 12 },

  { "montag", TX_ROLE_WDAY, 1 },
  { "dienstag", TX_ROLE_WDAY, 2 },
  { "mittwoch", TX_ROLE_WDAY, 3 },
  { "donnerstag", TX_ROLE_WDAY, 4 },
  { "freitag", TX_ROLE_WDAY, 5 },
  { "samstag sonnabend", TX_ROLE_WDAY, 6 },
  { "sonntag", TX_ROLE_WDAY, 7 },
  { "montags", TX_ROLE_WDAYS, 1 }, { "dienstags", TX_ROLE_WDAYS, 2 },
  { "mittwochs", TX_ROLE_WDAYS, 3 }, { "donnerstags", TX_ROLE_WDAYS, 4 },
  { "freitags", TX_ROLE_WDAYS, 5 }, { "samstags", TX_ROLE_WDAYS, 6 },
  { "sonntags", TX_ROLE_WDAYS, 7 },

  { "sekunde", TX_ROLE_UNIT, TX_UNIT_SECOND },
  { "sekunden", TX_ROLE_UNIT, TX_UNIT_SECOND | TX_PLURAL },
  { "minute", TX_ROLE_UNIT, TX_UNIT_MINUTE },
  { "minuten", TX_ROLE_UNIT, TX_UNIT_MINUTE | TX_PLURAL },
  { "stunde", TX_ROLE_UNIT, TX_UNIT_HOUR },
  { "stunden", TX_ROLE_UNIT, TX_UNIT_HOUR | TX_PLURAL },
  { "tag", TX_ROLE_UNIT, TX_UNIT_DAY },
  { "tage tagen", TX_ROLE_UNIT, TX_UNIT_DAY | TX_PLURAL },
  { "nacht", TX_ROLE_UNIT, TX_UNIT_NIGHT },
  { "nächte", TX_ROLE_UNIT, TX_UNIT_NIGHT | TX_PLURAL },
  { "woche", TX_ROLE_UNIT, TX_UNIT_WEEK },
  { "wochen", TX_ROLE_UNIT, TX_UNIT_WEEK | TX_PLURAL },
  { "wochenende", TX_ROLE_UNIT, TX_UNIT_WEEKEND },
  { "monat", TX_ROLE_UNIT, TX_UNIT_MONTH },
  { "monate monaten", TX_ROLE_UNIT, TX_UNIT_MONTH | TX_PLURAL },
  { "quartal", TX_ROLE_UNIT, TX_UNIT_QUARTER },
  { "quartale quartalen", TX_ROLE_UNIT, TX_UNIT_QUARTER | TX_PLURAL },
  { "halbjahr", TX_ROLE_UNIT, TX_UNIT_HALF },
  { "jahr", TX_ROLE_UNIT, TX_UNIT_YEAR },
  { "jahre jahren", TX_ROLE_UNIT, TX_UNIT_YEAR | TX_PLURAL },
  { "jahrzehnt", TX_ROLE_UNIT, TX_UNIT_DECADE },
  { "jahrzehnte jahrzehnten", TX_ROLE_UNIT, TX_UNIT_DECADE | TX_PLURAL },
  { "jahrhundert jahrhunderts", TX_ROLE_UNIT, TX_UNIT_CENTURY },
  { "jahrhunderte jahrhunderten", TX_ROLE_UNIT, TX_UNIT_CENTURY | TX_PLURAL },

  { "gestern", TX_ROLE_DAYREL, -1 },
  { "vorgestern", TX_ROLE_DAYREL, -2 },
  { "heute", TX_ROLE_DAYREL, 0 },
  { "morgen", TX_ROLE_DAYREL, 1 },
  { "übermorgen", TX_ROLE_DAYREL, 2 },
  { "vormittag früh frühe", TX_ROLE_PARTDAY, TX_PART_MO },
  { "mittag", TX_ROLE_PARTDAY, TX_PART_MI },
  { "nachmittag", TX_ROLE_PARTDAY, TX_PART_AF },
  { "abend", TX_ROLE_PARTDAY, TX_PART_EV },
  { "mitternacht", TX_ROLE_CLOCKWORD, 0 },

  { "frühling frühjahr", TX_ROLE_SEASON, TX_SEASON_SP },
  { "sommer", TX_ROLE_SEASON, TX_SEASON_SU },
  { "herbst", TX_ROLE_SEASON, TX_SEASON_FA },
  { "winter", TX_ROLE_SEASON, TX_SEASON_WI },

  { "letzte letzten letzter letztes vergangene vergangenen vergangener vorige vorigen voriger "
    "vorigem letztem vergangenem", TX_ROLE_SHIFT, -1 },
  { "nächste nächsten nächster nächstes kommende kommenden kommender folgende folgenden "
    "nächstem kommendem", TX_ROLE_SHIFT, 1 },
  { "diese diesen dieser dieses diesem laufenden laufende", TX_ROLE_SHIFT, 0 },

  { "vor", TX_ROLE_DIR, -1 },
  { "später danach", TX_ROLE_DIR, 2 },
  { "zuvor früher davor", TX_ROLE_DIR, -2 },

  { "anfang beginn", TX_ROLE_MOD, 1 },
  { "mitte", TX_ROLE_MOD, 2 },
  { "ende", TX_ROLE_MOD, 3 },

  { "fast knapp etwa rund ungefähr gut mehr weniger nur über", TX_ROLE_APPROX, 0 },

  { "ein eine einen einem einer", TX_ROLE_NUMBER, 1 }, { "zwei", TX_ROLE_NUMBER, 2 },
  { "drei", TX_ROLE_NUMBER, 3 }, { "vier", TX_ROLE_NUMBER, 4 },
  { "fünf", TX_ROLE_NUMBER, 5 }, { "sechs", TX_ROLE_NUMBER, 6 },
  { "sieben", TX_ROLE_NUMBER, 7 }, { "acht", TX_ROLE_NUMBER, 8 },
  { "neun", TX_ROLE_NUMBER, 9 }, { "zehn", TX_ROLE_NUMBER, 10 },
  { "elf", TX_ROLE_NUMBER, 11 }, { "zwölf", TX_ROLE_NUMBER, 12 },
  { "zwanzig", TX_ROLE_NUMBER, 20 }, { "hundert", TX_ROLE_NUMBER, 100 },
  { "dreizehn", TX_ROLE_NUMBER, 13 }, { "vierzehn", TX_ROLE_NUMBER, 14 },
  { "fünfzehn", TX_ROLE_NUMBER, 15 }, { "sechzehn", TX_ROLE_NUMBER, 16 },
  { "siebzehn", TX_ROLE_NUMBER, 17 }, { "achtzehn", TX_ROLE_NUMBER, 18 },
  { "neunzehn", TX_ROLE_NUMBER, 19 }, { "dreißig", TX_ROLE_NUMBER, 30 },
  { "vierzig", TX_ROLE_NUMBER, 40 }, { "fünfzig", TX_ROLE_NUMBER, 50 },
  { "sechzig", TX_ROLE_NUMBER, 60 }, { "siebzig", TX_ROLE_NUMBER, 70 },
  { "achtzig", TX_ROLE_NUMBER, 80 }, { "neunzig", TX_ROLE_NUMBER, 90 },
  { "mehrere einige wenigen wenige", TX_ROLE_VAGUE, TX_VAGUE },

  { "ersten erste erstes", TX_ROLE_ORDINAL, 1 },
  { "zweiten zweite", TX_ROLE_ORDINAL, 2 },
  { "dritten dritte", TX_ROLE_ORDINAL, 3 },
  { "vierten vierte", TX_ROLE_ORDINAL, 4 },

  { "jetzt derzeit zurzeit gegenwärtig momentan nun heutzutage", TX_ROLE_FUZZY, TX_FUZZY_PRESENT },
  { "kürzlich neulich jüngst damals einst", TX_ROLE_FUZZY, TX_FUZZY_PAST },
  { "zukunft bald demnächst künftig", TX_ROLE_FUZZY, TX_FUZZY_FUTURE },

  { "täglich", TX_ROLE_SETADV, TX_UNIT_DAY },
  { "wöchentlich", TX_ROLE_SETADV, TX_UNIT_WEEK },
  { "monatlich", TX_ROLE_SETADV, TX_UNIT_MONTH },
  { "jährlich", TX_ROLE_SETADV, TX_UNIT_YEAR },
  { "jeden jede jedes", TX_ROLE_EVERY, 0 },

  { "weihnachten", TX_ROLE_HOLIDAY, 1225 },
  { "silvester", TX_ROLE_HOLIDAY, 1231 },
  { "heiligabend", TX_ROLE_HOLIDAY, 1224 },
  { "ostern", TX_ROLE_HOLIDAY, TX_EASTER (0) },
  { "karfreitag", TX_ROLE_HOLIDAY, TX_EASTER (-2) },
  { "ostermontag", TX_ROLE_HOLIDAY, TX_EASTER (1) },
  { "himmelfahrt", TX_ROLE_HOLIDAY, TX_EASTER (39) },
  { "pfingsten", TX_ROLE_HOLIDAY, TX_EASTER (49) },
  { "pfingstmontag", TX_ROLE_HOLIDAY, TX_EASTER (50) },

  { "der die das den dem des am im vom zum zur um in an bis seit und oder von ab jahres "
    "monats jahresende monatsende jahresbeginn jahresanfang als alle uhr lang langem vortag "
    "frühen späten morgenstunden selben selbe gleichen gleiche v* chr* – dieses tages vorjahr vorjahres "
    "eins gegen abends morgens vormittags nachmittags nachts",
    TX_ROLE_NONE, 0 },
};

static const TxTenseEntry tenses[] = {
  { "wird werden werde wirst", TX_TENSE_FUTURE },
  /* German writes news in the preterite, and its strong verbs have no
   * ending to tell it by ("stiegen" beside "steigen"): the common ones of
   * news, each form written out, and weak ones of reporting. */
  { "war waren hat hatte hatten haben sagte sagten wurde wurden kam kamen ging gingen begann "
    "begannen starb starben gab gaben fand fanden stieg stiegen fiel fielen sank sanken lag "
    "lagen traf trafen sprach sprachen rief riefen hielt hielten zog zogen verlor gewann "
    "gewannen schlug schlugen nahm nahmen blieb blieben trat traten bot boten stand standen "
    "erhielt erhielten verließ verließen beschloss schrieb schrieben wuchs wuchsen brach "
    "brachen floh flohen sah sahen fuhr fuhren flog flogen lief liefen warf warfen half "
    "halfen geschah betrug betrugen galt galten wollte wollten konnte konnten musste mussten "
    "erklärte erklärten teilte teilten meldete meldeten berichtete berichteten kündigte "
    "kündigten forderte forderten", TX_TENSE_PAST },
  { "ist sind sagt", TX_TENSE_PRESENT },
  /* Subjunctives that end as weak pasts do ("hätte", "könnte"), and
   * "sollte" (was to, or would): none tells the past. */
  { "hätte hätten sollte sollten", TX_TENSE_NONE },
  { "könnte könnten dürfte dürften möchte möchten würde würden", TX_TENSE_MODAL },
  /* "Der Bundestag soll im Frühjahr abstimmen", "Die Regierung will im
   * Mai vorlegen" (but "sollte": was to, or would). */
  { "soll sollen will wollen", TX_TENSE_MODAL },
};

#define D PRECIS_TIMEX_DATE
/* Hours spelled out ("um sieben Uhr"), which the view gives no HOUR class,
 * and the part of the day after a clock time ("um 7 Uhr abends"), which
 * says which half of the clock (see put_day_time). */
#define DE_SPELLED_HOURS                                                                        \
  "ein:HOUR=1|eins:HOUR=1|zwei:HOUR=2|drei:HOUR=3|vier:HOUR=4|fünf:HOUR=5|sechs:HOUR=6|"      \
  "sieben:HOUR=7|acht:HOUR=8|neun:HOUR=9|zehn:HOUR=10|elf:HOUR=11|zwölf:HOUR=12"
#define DE_CLOCK_PARTS                                                                          \
  "abends:PARTDAY=3|morgens:PARTDAY=1|früh:PARTDAY=1|vormittags:PARTDAY=1|"                   \
  "nachmittags:PARTDAY=2|nachts:PARTDAY=4"
#define T PRECIS_TIMEX_TIME
#define P PRECIS_TIMEX_DURATION
#define S PRECIS_TIMEX_SET

static const TxRuleSource rules[] = {
  /* Calendar dates: "am 5. Mai 2001", "im Mai 2001", "Anfang Mai". */
  { D, TX_A_DATE, "WDAY? ,? den? DAY MONTH YEAR?" },
  { D, TX_A_DATE, "MOD MONTH YEAR?" },
  { D, TX_A_DATE, "MONTH YEAR?" },
  { D, TX_A_DATE, "DAY ~. ~MM ~. ~YEAR" },
  { D, TX_A_DATE, "YEAR ~- ~MM ~- ~DAY" },
  { D, TX_A_DATE, "MOD YEAR" },
  /* "260 v. Chr.", "im Jahr 256 v. Chr.", "Ende 218 v. Chr." */
  { D, TX_A_BC_YEAR, "das? jahr? MOD? NUM v chr" },
  /* ...and the first of a range: "(264–260 v. Chr.)", "218 bis 216 v. Chr." */
  { D, TX_A_BC_YEAR, "NUM >-|–|bis >NUM >v >chr" },
  { D, TX_A_YEAR, "das? jahr YEAR" },
  { D, TX_A_YEAR, "YEAR" },
  { D, TX_A_DECADE, "die? DECADE" },
  /* "im 18. Jahrhundert", "Ende des 20. Jahrhunderts" (TimeML: 17, 19). */
  { D, TX_A_CENTURY, "MOD des frühen|späten? ORD jahrhunderts" },
  { D, TX_A_CENTURY, "ORD jahrhundert|jahrhunderts" },
  /* "Ende der 1940er Jahre", "seit den 1930er-Jahren". */
  { D, TX_A_DECADE, "MOD? der|den|die DECADE ~-? jahre|jahren" },

  /* Quarters, seasons, holidays. */
  { D, TX_A_QUARTER, "im? ORD quartal|halbjahr YEAR?" },
  { D, TX_A_SEASON, "SHIFT SEASON" },
  { D, TX_A_SEASON, "<im SEASON YEAR?" },
  { D, TX_A_SEASON, "SEASON YEAR" },
  { D, TX_A_HOLIDAY, "HOLIDAY YEAR?" },

  /* Days relative to the publication. */
  { D, TX_A_DAYREL, "DAYREL" },
  { T, TX_A_DAYREL, "DAYREL PARTDAY|nacht|früh" },
  { T, TX_A_DAYREL, "DAYREL morgen:PARTDAY=1" },
  /* "am frühen Morgen des 6. Juni", "in der Nacht des 5. Mai": that day's part. */
  { T, TX_A_DATE, "frühen|späten? morgen:PARTDAY=1|morgenstunden:PARTDAY=1|PARTDAY|nacht:PARTDAY=4 des DAY MONTH YEAR?" },
  { D, TX_A_WDAY, "SHIFT? WDAY" },
  { T, TX_A_WDAY, "SHIFT? WDAY ~PARTDAY|nacht|morgen:PARTDAY=1" },
  { T, TX_A_WDAY, "SHIFT? WDAY PARTDAY|nacht" },
  { T, TX_A_WDAY, "SHIFT? WDAY um HOUR ~:|.? ~MIN? uhr? " DE_CLOCK_PARTS "?" },
  { T, TX_A_WDAY, "SHIFT? WDAY um " DE_SPELLED_HOURS " uhr " DE_CLOCK_PARTS "?" },

  /* Clock times. */
  { T, TX_A_TIME, "um? HOUR ~:|. ~MIN uhr" },
  { T, TX_A_TIME, "um? HOUR uhr" },
  /* "ein Ultimatum bis Mitternacht", "nach Mitternacht": the word was
   * known and no rule read it (see put_day_time). */
  { T, TX_A_TIME, "CLOCKWORD" },
  { T, TX_A_TIME, "um? HOUR ~:|.? ~MIN? uhr " DE_CLOCK_PARTS },
  { T, TX_A_TIME, "um|gegen " DE_SPELLED_HOURS " uhr " DE_CLOCK_PARTS "?" },

  /* Periods relative to the publication. */
  { D, TX_A_SHIFT, "SHIFT UNIT1" },
  { D, TX_A_SHIFT, "MOD SHIFT UNIT1" },
  { D, TX_A_SHIFT, "MOD des|dieses SHIFT? jahres:UNIT=12" },
  { D, TX_A_SHIFT, "jahresende:UNIT=12" },
  /* "im Vorjahr", "des Vorjahres": the year before. */
  { D, TX_A_SHIFT, "im:SHIFT=-1|dem:SHIFT=-1|des:SHIFT=-1|das:SHIFT=-1 vorjahr:UNIT=12|vorjahres:UNIT=12" },
  { D, TX_A_SHIFT, "wochenende" },
  { D, TX_A_AGO, "vor APPROX? NUM? UNIT" },
  { D, TX_A_AGO, "in APPROX? NUM UNIT" },
  { D, TX_A_AGO, "NUM UNIT später|danach|zuvor|davor|früher" },
  { D, TX_A_AGO, "am nächsten|folgenden:DIR=2 tag" },
  /* "am selben Tag", "im gleichen Jahr": the one the story told last, as
   * French "le même jour". */
  { D, TX_A_AGO, "am:DIR=2|im:DIR=2|vom:DIR=2|zum:DIR=2|des:DIR=2|dem:DIR=2|den:DIR=2|der:DIR=2|die:DIR=2|das:DIR=2 "
                 "selben:NUM=0|selbe:NUM=0|gleichen:NUM=0|gleiche:NUM=0 UNIT1" },
  { D, TX_A_AGO, "am:DIR=-2 vortag:UNIT=4" },
  /* "am Morgen dieses Tages": that part of the day told last. */
  { T, TX_A_AGO, "morgen:PARTDAY=1|PARTDAY|nacht:PARTDAY=4 dieses:NUM=0 tages" },

  /* Durations. */
  { P, TX_A_DURATION, "APPROX? NUM UNIT lang?" },
  { P, TX_A_DURATION, "die SHIFT NUM? UNITS" },
  { P, TX_A_DURATION, "seit APPROX? NUM UNIT" },
  { P, TX_A_DURATION, "UNITS lang" },

  /* Vague references. */
  { D, TX_A_FUZZY, "FUZZY" },

  /* Recurrences. */
  { S, TX_A_SET, "EVERY NUM? UNIT1|WDAY|UNITS" },
  { S, TX_A_SET, "alle NUM UNITS" },
  { S, TX_A_SET, "SETADV" },
  { S, TX_A_SET, "WDAYS" },
};

static const char *const function_words[] = {
  "der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "zur", "um", "in", "an",
  "und", "oder", "von", "ab", "bis", "seit", NULL,
};

static const char *const year_before[] = {
  "im", "in", "seit", "bis", "von", "ab", "jahr", "jahres", "und", "oder", "zum", "(", ",", "-",
  "anfang", "mitte", "ende", "frühjahr", "sommer", "herbst", "winter", "frühling", "um",
  "vor", "nach", "zwischen", NULL,
};

static const char *const year_after[] = { "und", "oder", "-", "bis", NULL };
/* Words of time of no class, which rules start near ("am Vortag", "im
 * Vorjahr": none was read, no word of time being near; "Jahresende" is
 * left out: "Acht Tage vor Jahresende" is no date of the read gold). */
static const char *const reporting_verbs[] = { "sagte", "sagt", "sagten", "sagen", "erklärte", "betonte", NULL };
static const char *const timely[] = { "vortag", "vorjahr", "vorjahres", NULL };
static const char *const compound_heads[] = {
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
  NULL,
};

static const char *const perfect_auxiliaries[] = { "haben", "sein", NULL };
static const char *const onward_phrases[] = { "ab", "ab dem", "ab kommendem", "ab nächstem", NULL };
static const char *const complementizers[] = { "dass", "daß", NULL };

/* What tells a weekday's sentence of the past (see tx_sentence_tells_past). */
static const char *const past_words[] = { "gestern", "vorgestern", NULL };
static const char *const since_phrases[] = { "seit", NULL };
static const char *const be_perfect[] = { "ist", "sind", NULL };
static const char *const today_adjectives[] = { "heutigen", "heutige", NULL };

/* Ages, which are no date facts (see timex-counts.c). */
static const char *const age_markers[] = { "alter", NULL };
static const char *const age_after[] = { "alt", "alte", "alter", "alten", "altes", NULL };

/* Weak verbs tell the past by "-te" ("warnte", "berichtete"); in the
 * plural only where no infinitive ends alike ("-ierten", "-eten", "setzten"
 * beside "arbeiten", "erhalten", "berichten", "erwarten"). After a
 * determiner the form is an adjective ("die geplante Reform"). */
static const char *const past_endings[] = {
  "te", "ierten", "eten", "zten", "pten", "mten", "gten", "kten", "ften", "bten", "nten", "ßten",
  "llten", "ilten", "ielten", "erten", NULL,
};
static const char *const past_ending_exceptions[] = { "ste", "sten", "reten", "bitte", NULL };
static const char *const past_determiners[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
  "am", "im", "vom", "zum", "zur", "beim", "ins", "seine", "seinen", "seinem", "seiner", "ihre",
  "ihren", "ihrem", "ihrer", "unsere", "diese", "dieser", "diesen", "diesem", "jede", "jeden",
  "jeder", "jedem", "jedes", "alle", "allen", "keine", "keinen", "sehr", NULL,
};

/* Counts before adjectives, years before the rest of a clause (see
 * tx_year_supported): words that end as adjectives do but are none. */
static const char *const adjective_endings[] = { "e", "en", "er", "es", "em", NULL };
static const char *const not_adjectives[] = {
  "ihre", "ihren", "ihrem", "ihrer", "ihres", "seine", "seinen", "seinem", "seiner", "seines",
  "keine", "keinen", "keinem", "keiner", "unsere", "unseren", "unserem", "unserer", "jene",
  "jenen", "jener", "welche", "welchen", "welcher", "wieder", "aber", "unter", "hinter",
  "gegen", "ohne", "immer", "schon", "später", "zunächst", NULL,
};

const TxLanguage tx_language_de = {
  .past_endings = past_endings,
  .past_ending_exceptions = past_ending_exceptions,
  .determiners = past_determiners,
  .adjective_endings = adjective_endings,
  .not_adjectives = not_adjectives,
  .age_markers = age_markers,
  .age_after = age_after,
  .age_of = "von",
  .past_words = past_words,
  .since_phrases = since_phrases,
  .since_only_back = TRUE,
  .be_perfect = be_perfect,
  .today_adjectives = today_adjectives,
  .code = "de",
  .decade_digits = TRUE,
  .century_digits = TRUE,
  .decade_suffix = "er",
  .decimal_comma = TRUE,
  .entries = entries,
  .n_entries = G_N_ELEMENTS (entries),
  .tenses = tenses,
  .n_tenses = G_N_ELEMENTS (tenses),
  .rules = rules,
  .n_rules = G_N_ELEMENTS (rules),
  .function_words = function_words,
  .year_before = year_before,
  .year_after = year_after,
  .compound_heads = compound_heads,
  .timely = timely,
  .reporting_verbs = reporting_verbs,
  .dot_time = TRUE,
  .day_dot = TRUE,
  .capitalized_nouns = TRUE,
  .passive_future = TRUE,
  .onward_phrases = onward_phrases,
  .complementizers = complementizers,
  .perfect_auxiliaries = perfect_auxiliaries,
};
