/* timex-lang-nl.c — Dutch: the words of time expressions and the rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout as in timex-lang-en.c; direction values as in timex-lang-es.c.
 * The view splits "woensdagavond" into the weekday and the part of the day.
 */
#include "timex-private.h"

static const TxEntry entries[] = {
  { "januari jan*", TX_ROLE_MONTH, 1 },
  { "februari feb*", TX_ROLE_MONTH, 2 },
  { "maart mrt*", TX_ROLE_MONTH, 3 },
  { "april apr*", TX_ROLE_MONTH, 4 },
  { "mei", TX_ROLE_MONTH, 5 },
  { "juni", TX_ROLE_MONTH, 6 },
  { "juli", TX_ROLE_MONTH, 7 },
  { "augustus aug*", TX_ROLE_MONTH, 8 },
  { "september sept* sep*", TX_ROLE_MONTH, 9 },
  { "oktober okt*", TX_ROLE_MONTH, 10 },
  { "november nov*", TX_ROLE_MONTH, 11 },
  { "december dec*", TX_ROLE_MONTH, 12 },

  { "maandag", TX_ROLE_WDAY, 1 },
  { "dinsdag", TX_ROLE_WDAY, 2 },
  { "woensdag", TX_ROLE_WDAY, 3 },
  { "donderdag", TX_ROLE_WDAY, 4 },
  { "vrijdag", TX_ROLE_WDAY, 5 },
  { "zaterdag", TX_ROLE_WDAY, 6 },
  { "zondag", TX_ROLE_WDAY, 7 },
  { "maandags", TX_ROLE_WDAYS, 1 }, { "zondags", TX_ROLE_WDAYS, 7 },

  { "seconde", TX_ROLE_UNIT, TX_UNIT_SECOND },
  { "seconden", TX_ROLE_UNIT, TX_UNIT_SECOND | TX_PLURAL },
  { "minuut", TX_ROLE_UNIT, TX_UNIT_MINUTE },
  { "minuten", TX_ROLE_UNIT, TX_UNIT_MINUTE | TX_PLURAL },
  { "uur", TX_ROLE_UNIT, TX_UNIT_HOUR },
  { "uren", TX_ROLE_UNIT, TX_UNIT_HOUR | TX_PLURAL },
  { "dag", TX_ROLE_UNIT, TX_UNIT_DAY },
  { "dagen", TX_ROLE_UNIT, TX_UNIT_DAY | TX_PLURAL },
  { "nacht", TX_ROLE_UNIT, TX_UNIT_NIGHT },
  { "nachten", TX_ROLE_UNIT, TX_UNIT_NIGHT | TX_PLURAL },
  { "week", TX_ROLE_UNIT, TX_UNIT_WEEK },
  { "weken", TX_ROLE_UNIT, TX_UNIT_WEEK | TX_PLURAL },
  { "weekend weekeinde", TX_ROLE_UNIT, TX_UNIT_WEEKEND },
  { "maand", TX_ROLE_UNIT, TX_UNIT_MONTH },
  { "maanden", TX_ROLE_UNIT, TX_UNIT_MONTH | TX_PLURAL },
  { "kwartaal", TX_ROLE_UNIT, TX_UNIT_QUARTER },
  { "kwartalen", TX_ROLE_UNIT, TX_UNIT_QUARTER | TX_PLURAL },
  { "jaar", TX_ROLE_UNIT, TX_UNIT_YEAR },
  { "jaren", TX_ROLE_UNIT, TX_UNIT_YEAR | TX_PLURAL },
  { "decennium", TX_ROLE_UNIT, TX_UNIT_DECADE },
  { "decennia", TX_ROLE_UNIT, TX_UNIT_DECADE | TX_PLURAL },
  { "eeuw", TX_ROLE_UNIT, TX_UNIT_CENTURY },
  { "eeuwen", TX_ROLE_UNIT, TX_UNIT_CENTURY | TX_PLURAL },

  { "gisteren gister", TX_ROLE_DAYREL, -1 },
  { "eergisteren", TX_ROLE_DAYREL, -2 },
  { "vandaag", TX_ROLE_DAYREL, 0 },
  { "morgen", TX_ROLE_DAYREL, 1 },
  { "overmorgen", TX_ROLE_DAYREL, 2 },
  { "vannacht", TX_ROLE_TONIGHT, TX_PART_NI },
  { "ochtend", TX_ROLE_PARTDAY, TX_PART_MO },
  { "middag", TX_ROLE_PARTDAY, TX_PART_AF },
  { "avond", TX_ROLE_PARTDAY, TX_PART_EV },
  /* Today's, whatever day the story told before. */
  { "vanochtend vanmorgen", TX_ROLE_TONIGHT, TX_PART_MO },
  { "vanmiddag", TX_ROLE_TONIGHT, TX_PART_AF },
  { "vanavond", TX_ROLE_TONIGHT, TX_PART_EV },

  { "lente voorjaar", TX_ROLE_SEASON, TX_SEASON_SP },
  { "zomer", TX_ROLE_SEASON, TX_SEASON_SU },
  { "herfst najaar", TX_ROLE_SEASON, TX_SEASON_FA },
  { "winter", TX_ROLE_SEASON, TX_SEASON_WI },

  { "vorige vorig afgelopen laatste", TX_ROLE_SHIFT, -1 },
  { "volgende volgend komende komend aanstaande", TX_ROLE_SHIFT, 1 },
  { "deze dit huidige", TX_ROLE_SHIFT, 0 },

  { "geleden", TX_ROLE_DIR, -1 },
  { "later", TX_ROLE_DIR, 2 },
  { "eerder daarvoor", TX_ROLE_DIR, -2 },

  { "begin", TX_ROLE_MOD, 1 },
  { "midden half", TX_ROLE_MOD, 2 },
  { "eind einde", TX_ROLE_MOD, 3 },

  { "bijna ongeveer circa ruim zo'n meer minder slechts pas", TX_ROLE_APPROX, 0 },

  { "een één", TX_ROLE_NUMBER, 1 }, { "twee", TX_ROLE_NUMBER, 2 },
  { "drie", TX_ROLE_NUMBER, 3 }, { "vier", TX_ROLE_NUMBER, 4 },
  { "vijf", TX_ROLE_NUMBER, 5 }, { "zes", TX_ROLE_NUMBER, 6 },
  { "zeven", TX_ROLE_NUMBER, 7 }, { "acht", TX_ROLE_NUMBER, 8 },
  { "negen", TX_ROLE_NUMBER, 9 }, { "tien", TX_ROLE_NUMBER, 10 },
  { "elf", TX_ROLE_NUMBER, 11 }, { "twaalf", TX_ROLE_NUMBER, 12 },
  { "twintig", TX_ROLE_NUMBER, 20 }, { "honderd", TX_ROLE_NUMBER, 100 },
  { "dertien", TX_ROLE_NUMBER, 13 }, { "veertien", TX_ROLE_NUMBER, 14 },
  { "vijftien", TX_ROLE_NUMBER, 15 }, { "zestien", TX_ROLE_NUMBER, 16 },
  { "zeventien", TX_ROLE_NUMBER, 17 }, { "achttien", TX_ROLE_NUMBER, 18 },
  { "negentien", TX_ROLE_NUMBER, 19 }, { "dertig", TX_ROLE_NUMBER, 30 },
  { "veertig", TX_ROLE_NUMBER, 40 }, { "vijftig", TX_ROLE_NUMBER, 50 },
  { "zestig", TX_ROLE_NUMBER, 60 }, { "zeventig", TX_ROLE_NUMBER, 70 },
  { "tachtig", TX_ROLE_NUMBER, 80 }, { "negentig", TX_ROLE_NUMBER, 90 },
  { "enkele paar verscheidene", TX_ROLE_VAGUE, TX_VAGUE },

  { "eerste", TX_ROLE_ORDINAL, 1 },
  { "tweede", TX_ROLE_ORDINAL, 2 },
  { "derde", TX_ROLE_ORDINAL, 3 },
  { "vierde", TX_ROLE_ORDINAL, 4 },

  { "nu momenteel tegenwoordig thans", TX_ROLE_FUZZY, TX_FUZZY_PRESENT },
  { "onlangs recent kortgeleden", TX_ROLE_FUZZY, TX_FUZZY_PAST },
  { "toekomst binnenkort", TX_ROLE_FUZZY, TX_FUZZY_FUTURE },

  { "dagelijks", TX_ROLE_SETADV, TX_UNIT_DAY },
  { "wekelijks", TX_ROLE_SETADV, TX_UNIT_WEEK },
  { "maandelijks", TX_ROLE_SETADV, TX_UNIT_MONTH },
  { "jaarlijks", TX_ROLE_SETADV, TX_UNIT_YEAR },
  { "elke iedere", TX_ROLE_EVERY, 0 },

  { "kerstmis kerst", TX_ROLE_HOLIDAY, 1225 },
  { "pasen", TX_ROLE_HOLIDAY, TX_EASTER (0) },
  { "hemelvaartsdag hemelvaart", TX_ROLE_HOLIDAY, TX_EASTER (39) },
  { "pinksteren", TX_ROLE_HOLIDAY, TX_EASTER (49) },

  { "de het in op om van tot en of sinds per over binnen vanaf na voor lang de tussen "
    "ten iets rond tegen 's ’s ' ’ s avonds ochtends middags nachts", TX_ROLE_NONE, 0 },
};

static const TxTenseEntry tenses[] = {
  { "zal zullen zult gaat gaan", TX_TENSE_FUTURE },
  /* Dutch strong verbs have no past ending ("stegen" beside "stijgen"):
   * the common ones of news, and weak ones of reporting. */
  { "was waren had hadden heeft hebben zei zeiden werd werden kwam kwamen ging gingen steeg "
    "stegen viel vielen daalde daalden lag lagen sprak spraken riep riepen hield hielden "
    "verloor won wonnen nam namen bleef bleven trad traden bood boden stond stonden kreeg "
    "kregen besloot schreef schreven groeide groeiden vloog vlogen liep liepen begon begonnen "
    "stierf gaf gaven vond vonden zag zagen meldde meldden verklaarde verklaarden kondigde "
    "kondigden eiste eisten wilde wilden kon konden moest moesten "
    /* (strong ones of news read in De Morgen: "Dat bleek woensdag", "liet
     * dinsdag horen"; and weak pasts of stems in "-en", which end as the
     * present participles the endings below leave out: "tekende") */
    "bleek bleken liet lieten verging vergingen trok trokken bracht brachten dacht dachten "
    "zocht zochten kocht kochten verkocht verkochten vroeg vroegen droeg droegen sloeg sloegen "
    "verscheen verschenen ontstond ontstonden ontving ontvingen verliet verlieten overleed "
    "koos kozen trof troffen wist wisten mocht mochten zat zaten "
    "tekende tekenden ondertekende ondertekenden opende openden rekende rekenden "
    /* (verbs that open with "ge-", which the endings leave to participles) */
    "gebeurde gebeurden gebruikte gebruikten geloofde geloofden getuigde getuigden "
    "geraakte geraakten", TX_TENSE_PAST },
  { "is zijn zegt", TX_TENSE_PRESENT },
};

#define D PRECIS_TIMEX_DATE
/* Hours spelled out ("om zeven uur"), which the view gives no HOUR class
 * ("zeven uur" alone is as often seven hours), and the part of the day
 * after a clock time ("om 7 uur 's avonds"), which says which half of the
 * clock (see put_day_time). */
#define NL_SPELLED_HOURS                                                                        \
  "een:HOUR=1|één:HOUR=1|twee:HOUR=2|drie:HOUR=3|vier:HOUR=4|vijf:HOUR=5|zes:HOUR=6|"         \
  "zeven:HOUR=7|acht:HOUR=8|negen:HOUR=9|tien:HOUR=10|elf:HOUR=11|twaalf:HOUR=12"
#define NL_CLOCK_PARTS "'s|’s|'|’? ~s? avonds:PARTDAY=3|ochtends:PARTDAY=1|middags:PARTDAY=2|nachts:PARTDAY=4"
#define T PRECIS_TIMEX_TIME
#define P PRECIS_TIMEX_DURATION
#define S PRECIS_TIMEX_SET

static const TxRuleSource rules[] = {
  /* "dinsdag , 1 augustus 2000": a weekday and its date, one day. */
  /* Pairs and ranges: "van 10 tot 14 februari", "op 9 en 10 juni": the
   * first day takes the month (and year) of the second. */
  { D, TX_A_DATE, "<van|<op|<tussen DAY >tot|>en >NUM >MONTH >YEAR?" },
  { D, TX_A_DATE, "WDAY? ,? DAY MONTH YEAR?" },
  { D, TX_A_DATE, "MOD MONTH YEAR?" },
  { D, TX_A_DATE, "MONTH YEAR?" },
  { D, TX_A_DATE, "DAY ~- ~MM ~- ~YEAR" },
  { D, TX_A_DATE, "MOD YEAR" },
  { D, TX_A_MONTHSHIFT, "SHIFT MONTH" },
  { D, TX_A_YEAR, "YEAR" },

  { D, TX_A_QUARTER, "het? ORD kwartaal YEAR?" },
  { D, TX_A_SEASON, "SHIFT SEASON" },
  /* "in de zomer van 2024": the year's season (it was this year's and
   * the year apart). */
  { D, TX_A_SEASON, "de|het? SEASON van? YEAR" },
  { D, TX_A_SEASON, "SEASON YEAR" },
  /* "voor de zomer", "in het voorjaar": this year's. */
  { D, TX_A_SEASON, "de|het SEASON" },
  { D, TX_A_HOLIDAY, "HOLIDAY YEAR?" },

  { D, TX_A_DAYREL, "DAYREL" },
  { T, TX_A_DAYREL, "DAYREL PARTDAY|nacht" },
  { T, TX_A_PART, "TONIGHT" },
  { D, TX_A_WDAY, "SHIFT? WDAY" },
  /* "volgende week vrijdag": that weekday in the week named. */
  { D, TX_A_WDAY, "SHIFT week WDAY" },
  { T, TX_A_WDAY, "SHIFT? WDAY ~PARTDAY|nacht" },
  /* "ten laatste maandag": at the latest on Monday, no last Monday (the
   * clause's verb tells which). */
  { D, TX_A_WDAY, "<ten <laatste:NONE=0 WDAY" },
  { T, TX_A_WDAY, "SHIFT? WDAY om HOUR ~:|.? ~MIN? uur? " NL_CLOCK_PARTS "?" },
  { T, TX_A_WDAY, "SHIFT? WDAY om " NL_SPELLED_HOURS " uur " NL_CLOCK_PARTS "?" },
  { T, TX_A_TIME, "om HOUR ~:|. ~MIN uur? " NL_CLOCK_PARTS "?" },
  { T, TX_A_TIME, "om HOUR uur " NL_CLOCK_PARTS "?" },
  { T, TX_A_TIME, "om|rond|tegen " NL_SPELLED_HOURS " uur " NL_CLOCK_PARTS "?" },
  /* "iets over zeven uur": a little past seven, not in seven hours. */
  { T, TX_A_TIME, "<iets over " NL_SPELLED_HOURS "|HOUR uur " NL_CLOCK_PARTS "?" },

  { D, TX_A_SHIFT, "SHIFT UNIT1" },
  { D, TX_A_SHIFT, "MOD SHIFT UNIT1" },
  { D, TX_A_AGO, "APPROX? NUM UNIT geleden" },
  { D, TX_A_AGO, "over|binnen APPROX? NUM UNIT" },
  { D, TX_A_AGO, "NUM UNIT later|eerder" },

  { P, TX_A_DURATION, "APPROX? NUM UNIT lang?" },
  { P, TX_A_DURATION, "de SHIFT NUM? UNITS" },
  { P, TX_A_DURATION, "UNITS lang" },

  { D, TX_A_FUZZY, "FUZZY" },
  { D, TX_A_FUZZY, "de toekomst" },

  { S, TX_A_SET, "EVERY NUM? UNIT1|WDAY|UNITS" },
  { S, TX_A_SET, "SETADV" },
  { S, TX_A_SET, "WDAYS" },
};

static const char *const function_words[] = {
  "de", "het", "in", "op", "om", "van", "tot", "en", "of", "over", NULL,
};

static const char *const year_before[] = {
  "in", "sinds", "tot", "van", "vanaf", "jaar", "en", "of", "(", ",", "-", "begin", "midden",
  "eind", "zomer", "winter", "voorjaar", "najaar", "na", "voor", "tussen", NULL,
};

static const char *const year_after[] = { "en", "of", "-", "tot", NULL };
static const char *const compound_heads[] = {
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "gisteren",
  "gister", "morgen", NULL,
};

/* ...and "uiterlijk maandag", "ten laatste maandag": by Monday at the
 * latest, which is still to come. */
static const char *const onward_phrases[] = { "vanaf", "per", "uiterlijk", "ten laatste", NULL };
static const char *const complementizers[] = { "dat", NULL };

/* What tells a weekday's sentence of the past (see tx_sentence_tells_past). */
static const char *const past_words[] = { "gisteren", "gister", "eergisteren", NULL };
static const char *const since_phrases[] = { "sinds", NULL };
static const char *const be_perfect[] = { "is", "zijn", NULL };

/* Weak verbs tell the past by "-de", "-te" ("onderhandelde donderdag",
 * "Woensdag maakte X"); in the plural only where no infinitive or plural
 * noun ends alike ("zorgden", "maakten", "noemden", "organiseerden",
 * "toonden"; not "-lden": "beelden", "gulden"; not "-dden": "wedden").
 * Without them every De Morgen weekday told by one, with no other verb
 * in its clause, was the one to come. Left out: superlatives and
 * ordinals in "-ste", present participles in "-ende" ("komende",
 * "volgende"), ordinals in "-fde", "-sde", a single vowel before the
 * ending (a past doubles it, "leidde", "praatte": these are "concrete",
 * "parade", "vrede"), participles used as adjectives ("georganiseerde
 * screening", "nieuwe gemengde"), and the nouns and adjectives of news
 * that end so; after a determiner the form is an adjective ("de
 * geplande vergadering", "een harde"). */
static const char *const past_endings[] = {
  "de", "te", "gden", "kten", "mden", "eerden", "oerden", "oonden", NULL,
};
static const char *const past_ending_exceptions[] = {
  "ste", "ende", "ade", "ede", "ode", "ude", "ate", "ete", "ite", "ote", "ute", "vijfde", "zesde", "elfde", "twaalfde", "ronde", "vrede", "liefde", "schade",
  "bende", "zijde", "ziekte", "hoogte", "lengte", "breedte", "diepte", "grootte", "ruimte",
  "gemeente", "gedachte", "periode", "methode", "episode", "route",
  "rente", "zonde", "goede", "harde", "wilde", "blinde", "koude", "brede", "vaste",
  "zachte", "lichte", "rechte", "echte", "slechte", "witte", "zwarte", "korte", "grote", "platte",
  "natte", "gezonde", "halte", "tante", "plante", "weide", "heide", "beurte", "beide", "zogenaamde",
  "dezelfde", "hetzelfde", "bepaalde", "beroemde", NULL,
};
static const char *const past_prefix_exceptions[] = { "ge", NULL };
/* "wordt zaterdag en zondag opgevoerd": what is coming (see
 * TxLanguage.passive_presents). */
static const char *const passive_presents[] = { "wordt", "worden", NULL };
static const char *const determiners[] = {
  "de", "het", "een", "zijn", "haar", "hun", "ons", "onze", "mijn", "jouw", "uw", "deze", "die",
  "dit", "dat", "elke", "iedere", "geen", "welke", "zeer", "heel", "erg", "te", "zo", "meest",
  "minst", NULL,
};

/* Ages, which are no date facts (see timex-counts.c). */
static const char *const span_before_age[] = {
  "periode", "termijn", "looptijd", "tijdspanne", "tijdsbestek", "duur",
  /* what lasts, not who ("een contract van drie jaar", "een celstraf van 20 jaar") */
  "contract", "mandaat", "straf", "gevangenisstraf", "celstraf", "taakstraf", "jeugddetentie",
  "plan", "programma", "vertraging", "afwezigheid", "ballingschap", "carrière", "verblijf",
  "missie", "garantie", "dienst", "werkzaamheden", "oorlog", "conflict", "crisis", "staking",
  "proces", "wachttijd", "ervaring", "geschiedenis", "cyclus", "lening", "huur", "leven",
  "bestaan",
  /* approximations and how far */
  "meer", "minder", "ruim", "bijna", "ongeveer", "na", "binnen", "maximaal", "minimaal", NULL,
};
static const char *const age_markers[] = { "werd", "wordt", NULL };
static const char *const age_after[] = { "oud", "oude", NULL };

/* "1500 brandweerlieden bestreden het vuur": see opening_plural_endings. */
static const char *const opening_plural_endings[] = { "en", "s", NULL };

const TxLanguage tx_language_nl = {
  .opening_plural_endings = opening_plural_endings,
  .span_before_age = span_before_age,
  .age_markers = age_markers,
  .age_after = age_after,
  .age_before = "van",
  .past_words = past_words,
  .since_phrases = since_phrases,
  .since_only_back = TRUE,
  .be_perfect = be_perfect,
  .past_endings = past_endings,
  .past_ending_exceptions = past_ending_exceptions,
  .past_prefix_exceptions = past_prefix_exceptions,
  .passive_presents = passive_presents,
  .determiners = determiners,
  .participle_d = TRUE,
  .code = "nl",
  .apostrophe_year = TRUE,
  .decimal_comma = TRUE,
  .lower_time_words = TRUE,
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
  .dot_time = TRUE,
  .lower_weekdays = TRUE,
  .lower_months = TRUE,
  .onward_phrases = onward_phrases,
  .complementizers = complementizers,
};
