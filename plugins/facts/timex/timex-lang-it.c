/* timex-lang-it.c — Italian: the words of time expressions and the rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout as in timex-lang-en.c; direction values as in timex-lang-es.c.
 * The view splits elided articles ("l'anno", "dell'anno") off their word.
 */
#include "timex-private.h"

static const TxEntry entries[] = {
  { "gennaio genn*", TX_ROLE_MONTH, 1 },
  { "febbraio febbr*", TX_ROLE_MONTH, 2 },
  { "marzo", TX_ROLE_MONTH, 3 },
  { "aprile", TX_ROLE_MONTH, 4 },
  { "maggio", TX_ROLE_MONTH, 5 },
  { "giugno", TX_ROLE_MONTH, 6 },
  { "luglio", TX_ROLE_MONTH, 7 },
  { "agosto", TX_ROLE_MONTH, 8 },
  { "settembre sett*", TX_ROLE_MONTH, 9 },
  { "ottobre ott*", TX_ROLE_MONTH, 10 },
  { "novembre nov*", TX_ROLE_MONTH, 11 },
  { "dicembre dic*", TX_ROLE_MONTH, 12 },

  { "lunedì lunedi", TX_ROLE_WDAY, 1 },
  { "martedì martedi", TX_ROLE_WDAY, 2 },
  { "mercoledì mercoledi", TX_ROLE_WDAY, 3 },
  { "giovedì giovedi", TX_ROLE_WDAY, 4 },
  { "venerdì venerdi", TX_ROLE_WDAY, 5 },
  { "sabato", TX_ROLE_WDAY, 6 },
  { "domenica", TX_ROLE_WDAY, 7 },

  { "primo prima", TX_ROLE_ORDINAL, 1 },
  { "secondo seconda", TX_ROLE_ORDINAL, 2 },
  { "terzo terza", TX_ROLE_ORDINAL, 3 },
  { "quarto quarta", TX_ROLE_ORDINAL, 4 },

  { "secondi", TX_ROLE_UNIT, TX_UNIT_SECOND | TX_PLURAL },
  { "minuto", TX_ROLE_UNIT, TX_UNIT_MINUTE },
  { "minuti", TX_ROLE_UNIT, TX_UNIT_MINUTE | TX_PLURAL },
  { "ora", TX_ROLE_UNIT, TX_UNIT_HOUR },
  { "ore", TX_ROLE_UNIT, TX_UNIT_HOUR | TX_PLURAL },
  { "giorno giornata", TX_ROLE_UNIT, TX_UNIT_DAY },
  { "giorni giornate", TX_ROLE_UNIT, TX_UNIT_DAY | TX_PLURAL },
  { "notte", TX_ROLE_UNIT, TX_UNIT_NIGHT },
  { "notti", TX_ROLE_UNIT, TX_UNIT_NIGHT | TX_PLURAL },
  { "settimana", TX_ROLE_UNIT, TX_UNIT_WEEK },
  { "settimane", TX_ROLE_UNIT, TX_UNIT_WEEK | TX_PLURAL },
  { "fine-settimana weekend", TX_ROLE_UNIT, TX_UNIT_WEEKEND },
  { "mese", TX_ROLE_UNIT, TX_UNIT_MONTH },
  { "mesi", TX_ROLE_UNIT, TX_UNIT_MONTH | TX_PLURAL },
  { "trimestre", TX_ROLE_UNIT, TX_UNIT_QUARTER },
  { "trimestri", TX_ROLE_UNIT, TX_UNIT_QUARTER | TX_PLURAL },
  { "semestre", TX_ROLE_UNIT, TX_UNIT_HALF },
  { "anno", TX_ROLE_UNIT, TX_UNIT_YEAR },
  { "anni", TX_ROLE_UNIT, TX_UNIT_YEAR | TX_PLURAL },
  { "decennio", TX_ROLE_UNIT, TX_UNIT_DECADE },
  { "decenni", TX_ROLE_UNIT, TX_UNIT_DECADE | TX_PLURAL },
  { "secolo", TX_ROLE_UNIT, TX_UNIT_CENTURY },
  { "secoli", TX_ROLE_UNIT, TX_UNIT_CENTURY | TX_PLURAL },

  { "ieri", TX_ROLE_DAYREL, -1 },
  { "l'altro-ieri altroieri avantieri", TX_ROLE_DAYREL, -2 },
  { "oggi", TX_ROLE_DAYREL, 0 },
  { "domani", TX_ROLE_DAYREL, 1 },
  { "dopodomani", TX_ROLE_DAYREL, 2 },
  { "stanotte", TX_ROLE_TONIGHT, TX_PART_NI },
  { "mattina mattinata mattino", TX_ROLE_PARTDAY, TX_PART_MO },
  /* Today's, whatever day the story told before. */
  { "stamattina stamane", TX_ROLE_TONIGHT, TX_PART_MO },
  { "stasera", TX_ROLE_TONIGHT, TX_PART_EV },
  { "pomeriggio", TX_ROLE_PARTDAY, TX_PART_AF },
  { "sera serata", TX_ROLE_PARTDAY, TX_PART_EV },
  { "mezzogiorno", TX_ROLE_CLOCKWORD, 12 },
  { "mezzanotte", TX_ROLE_CLOCKWORD, 0 },

  { "primavera", TX_ROLE_SEASON, TX_SEASON_SP },
  { "estate", TX_ROLE_SEASON, TX_SEASON_SU },
  { "autunno", TX_ROLE_SEASON, TX_SEASON_FA },
  { "inverno", TX_ROLE_SEASON, TX_SEASON_WI },

  { "scorso scorsa scorsi scorse passato passata ultimo ultima ultimi ultime precedente",
    TX_ROLE_SHIFT, -1 },
  { "prossimo prossima prossimi prossime successivo successiva seguente", TX_ROLE_SHIFT, 1 },
  { "questo questa questi queste quest' quest’ stesso stessa corrente", TX_ROLE_SHIFT, 0 },

  { "fa", TX_ROLE_DIR, -1 },
  { "tra fra", TX_ROLE_DIR, 1 },
  { "dopo", TX_ROLE_DIR, 2 },
  { "prima", TX_ROLE_NONE, 0 },

  { "inizio", TX_ROLE_MOD, 1 },
  { "metà", TX_ROLE_MOD, 2 },
  { "fine", TX_ROLE_MOD, 3 },

  { "quasi circa oltre almeno appena solo più meno", TX_ROLE_APPROX, 0 },

  { "un uno una un'", TX_ROLE_NUMBER, 1 }, { "due", TX_ROLE_NUMBER, 2 },
  { "tre", TX_ROLE_NUMBER, 3 }, { "quattro", TX_ROLE_NUMBER, 4 },
  { "cinque", TX_ROLE_NUMBER, 5 }, { "sei", TX_ROLE_NUMBER, 6 },
  { "sette", TX_ROLE_NUMBER, 7 }, { "otto", TX_ROLE_NUMBER, 8 },
  { "nove", TX_ROLE_NUMBER, 9 }, { "dieci", TX_ROLE_NUMBER, 10 },
  { "undici", TX_ROLE_NUMBER, 11 }, { "dodici", TX_ROLE_NUMBER, 12 },
  { "quindici", TX_ROLE_NUMBER, 15 }, { "venti", TX_ROLE_NUMBER, 20 },
  { "trenta", TX_ROLE_NUMBER, 30 }, { "cento", TX_ROLE_NUMBER, 100 },
  { "tredici", TX_ROLE_NUMBER, 13 }, { "quattordici", TX_ROLE_NUMBER, 14 },
  { "sedici", TX_ROLE_NUMBER, 16 }, { "diciassette", TX_ROLE_NUMBER, 17 },
  { "diciotto", TX_ROLE_NUMBER, 18 }, { "diciannove", TX_ROLE_NUMBER, 19 },
  /* tens lose their vowel before "anni": "trent'anni", "vent'anni" */
  { "vent' vent’", TX_ROLE_NUMBER, 20 }, { "trent' trent’", TX_ROLE_NUMBER, 30 },
  { "quaranta quarant' quarant’", TX_ROLE_NUMBER, 40 },
  { "cinquanta cinquant' cinquant’", TX_ROLE_NUMBER, 50 },
  { "sessanta sessant' sessant’", TX_ROLE_NUMBER, 60 },
  { "settanta settant' settant’", TX_ROLE_NUMBER, 70 },
  { "ottanta ottant' ottant’", TX_ROLE_NUMBER, 80 },
  { "novanta novant' novant’", TX_ROLE_NUMBER, 90 },
  { "alcuni alcune diversi diverse parecchi molti", TX_ROLE_VAGUE, TX_VAGUE },

  { "adesso attualmente oggigiorno", TX_ROLE_FUZZY, TX_FUZZY_PRESENT },
  { "recentemente ultimamente", TX_ROLE_FUZZY, TX_FUZZY_PAST },
  { "futuro presto", TX_ROLE_FUZZY, TX_FUZZY_FUTURE },

  { "quotidiano quotidiana quotidianamente", TX_ROLE_SETADV, TX_UNIT_DAY },
  { "settimanale settimanali", TX_ROLE_SETADV, TX_UNIT_WEEK },
  { "mensile mensili", TX_ROLE_SETADV, TX_UNIT_MONTH },
  { "annuale annuali annualmente", TX_ROLE_SETADV, TX_UNIT_YEAR },
  { "ogni", TX_ROLE_EVERY, 0 },

  { "^natale", TX_ROLE_HOLIDAY, 1225 },   /* "città natale" is a hometown */
  { "ferragosto", TX_ROLE_HOLIDAY, 815 },
  { "^pasqua", TX_ROLE_HOLIDAY, TX_EASTER (0) },
  { "pasquetta", TX_ROLE_HOLIDAY, TX_EASTER (1) },
  { "^pentecoste", TX_ROLE_HOLIDAY, TX_EASTER (49) },

  { "il lo la i gli le l' l’ del dello della dei degli delle dell' dell’ di d' d’ nel nello "
    "nella nei negli nelle nell' nell’ al allo alla all' all’ dal dalla dall' dall’ in a e o "
    "da per durante entro ancora tutti tutte volte volta alle agli dagli dalle fino seguente altro °",
    TX_ROLE_NONE, 0 },
};

static const TxTenseEntry tenses[] = {
  { "sarà saranno avrà avranno andrà", TX_TENSE_FUTURE },
  /* the first person of the future ends as the past's third does
   * ("farò un altro match a settembre" is no "tornò"): the irregular
   * ones, whole */
  { "farò darò starò sarò avrò andrò potrò dovrò vorrò verrò terrò saprò vedrò vivrò rimarrò dirò",
    TX_TENSE_FUTURE },
  { "ha hanno aveva avevano era erano fu furono disse è", TX_TENSE_PAST },
  { "sono dice dicono", TX_TENSE_PRESENT },
  /* the pasts of "-erare" and "-irare" verbs of news, which end as the
   * first person of a future does (see future_endings) */
  { "operò considerò superò generò liberò recuperò sperò accelerò alterò tollerò moderò deliberò "
    "esagerò cooperò reiterò schierò rimproverò esonerò trincerò enumerò venerò prosperò "
    "ritirò girò ispirò tirò attirò sospirò ammirò aspirò respirò mirò", TX_TENSE_PAST },
  { "però", TX_TENSE_NONE },
};

#define D PRECIS_TIMEX_DATE
#define T PRECIS_TIMEX_TIME
#define P PRECIS_TIMEX_DURATION
#define S PRECIS_TIMEX_SET

static const TxRuleSource rules[] = {
  /* Pairs and ranges: "dal 10 al 14 febbraio", "il 9 e 10 giugno", "tra
   * il 3 e il 5 marzo": the first day takes the month (and year) of the
   * second, as in French and Spanish. */
  { D, TX_A_DATE, "<dal|<il DAY >al|>e >NUM >MONTH >YEAR?" },
  { D, TX_A_DATE, "<tra|<fra il DAY >e >il >NUM >MONTH >YEAR?" },
  { D, TX_A_DATE, "il? WDAY? DAY ~°? MONTH YEAR?" },
  /* "dal primo di luglio", "il due di giugno": the day with "di" before
   * its month, as Spanish and Portuguese write it with "de". */
  { D, TX_A_DATE, "il? WDAY? DAY di MONTH YEAR?" },
  { D, TX_A_DATE, "il? WDAY? DAY di MONTH del YEAR" },
  /* "lo scorso 28 settembre", "il prossimo 8 luglio": the last such day,
   * or the next */
  { D, TX_A_DATE, "lo|il|dal? scorso|prossimo DAY ~°? MONTH YEAR?" },
  /* ...and written after: "scomparsa il 26 novembre scorso", "le
   * presidenziali del 4 novembre prossimo" (Italian Wikinews: of 42 such
   * days, those the verb did not tell went to the wrong year, "prossimo"
   * after a story's year to that year). */
  { D, TX_A_DATE, "il? WDAY? DAY ~°? MONTH scorso|scorsa|prossimo|prossima" },
  { D, TX_A_DATE, "MOD MONTH YEAR?" },
  { D, TX_A_DATE, "alla|all'|all’? MOD di MONTH YEAR?" },
  { D, TX_A_DATE, "MONTH YEAR?" },
  /* "negli anni '70", "gli anni 60", "degli anni 1990" */
  { D, TX_A_DECADE, "gli|negli|degli|dagli|agli? anni DECADE" },
  /* "nel gennaio del 2017", "il 7 aprile del '79" */
  { D, TX_A_DATE, "MONTH del YEAR" },
  { D, TX_A_DATE, "il? WDAY? DAY ~°? MONTH del YEAR" },
  { D, TX_A_DATE, "DAY ~/ ~MM ~/ ~YEAR" },
  { D, TX_A_DATE, "MOD del|dell'|dell’? YEAR" },
  { D, TX_A_MONTHSHIFT, "MONTH SHIFT" },
  { D, TX_A_YEAR, "nel|il|del|dal? YEAR" },

  { D, TX_A_QUARTER, "il? ORD trimestre|semestre del? YEAR?" },
  /* "nell'estate del 2024": the year's season (the year alone was read). */
  { D, TX_A_SEASON, "SEASON del|di YEAR" },
  { D, TX_A_SEASON, "l'|l’|la|questa|quest'|quest’? SEASON SHIFT" },
  { D, TX_A_SEASON, "l'|l’|la|questa|quest'|quest’ SEASON" },
  { D, TX_A_HOLIDAY, "HOLIDAY YEAR?" },

  { D, TX_A_DAYREL, "DAYREL" },
  /* "l'altro ieri" in two words: the day before yesterday. */
  { D, TX_A_DAYREL, "l'|l’? altro ieri:DAYREL=-2" },
  { T, TX_A_DAYREL, "DAYREL PARTDAY|notte" },
  { T, TX_A_PART, "TONIGHT" },
  /* "questa" alone is no time ("Con questa vittoria"). */
  { T, TX_A_PART, "questa PARTDAY|notte" },
  { T, TX_A_PART, "stamattina:PARTDAY=1" },
  { D, TX_A_WDAY, "SHIFT? WDAY SHIFT?" },
  { T, TX_A_WDAY, "SHIFT? WDAY SHIFT? PARTDAY|notte" },
  { T, TX_A_WDAY, "SHIFT? WDAY SHIFT? alle HOUR ~:|.? ~MIN?" },
  { T, TX_A_TIME, "alle HOUR ~:|. ~MIN" },

  /* "nello stesso mese", "lo stesso giorno": the one the story told
   * last, as French "le même jour" ("questo stesso mese" is this one). */
  { D, TX_A_AGO, "lo:DIR=2|la:DIR=2|nello:DIR=2|nella:DIR=2|dello:DIR=2|della:DIR=2|allo:DIR=2|alla:DIR=2 stesso:NUM=0|stessa:NUM=0 UNIT1" },
  { D, TX_A_SHIFT, "il|la|l'|l’|questo|questa|quest'|quest’? UNIT1 SHIFT" },
  { D, TX_A_SHIFT, "il|la|questo|questa|quest'|quest’? SHIFT UNIT1" },
  { D, TX_A_SHIFT, "MOD del|della|dell'|dell’ SHIFT? UNIT1 SHIFT?" },
  /* "questo fine settimana", "lo scorso fine settimana": the weekend
   * (TX_UNIT_WEEKEND), not the end of a week. */
  { D, TX_A_SHIFT, "il|lo|questo|nel|nello? SHIFT? fine settimana:UNIT=7 SHIFT?" },
  /* "entro fine anno", "a inizio mese", "a metà anno": news writes the
   * part of a period without its article ("fine settimana" is the
   * weekend above, the earlier rule). */
  { D, TX_A_SHIFT, "MOD UNIT1 SHIFT?" },
  { D, TX_A_AGO, "APPROX? NUM UNIT fa" },
  { D, TX_A_AGO, "tra|fra APPROX? NUM UNIT" },
  { D, TX_A_AGO, "NUM UNIT dopo|prima:DIR=-2" },
  { D, TX_A_AGO, "il|la UNIT1 dopo|seguente:DIR=2" },

  { P, TX_A_DURATION, "APPROX? NUM UNIT" },
  { P, TX_A_DURATION, "gli|le SHIFT NUM? UNITS" },
  /* "degli ultimi trent'anni": the article inside the preposition stays out */
  { P, TX_A_DURATION, "<degli|<delle|<negli|<nelle|<agli|<alle|<dagli|<dalle SHIFT NUM? UNITS" },
  { P, TX_A_DURATION, "<da|<per UNITS" },

  { D, TX_A_FUZZY, "FUZZY" },
  { D, TX_A_FUZZY, "il futuro" },
  { D, TX_A_FUZZY, "il passato:FUZZY=1" },

  { S, TX_A_SET, "ogni NUM? UNIT1|WDAY|UNITS" },
  { S, TX_A_SET, "tutti|tutte i|le|gli UNITS" },
  { S, TX_A_SET, "all'|all’ UNIT1" },
  { S, TX_A_SET, "SETADV" },
};

static const char *const function_words[] = {
  "il", "lo", "la", "i", "gli", "le", "l'", "l’", "del", "della", "dell'", "dell’", "di", "d'",
  "d’", "nel", "nella", "nell'", "nell’", "al", "alla", "all'", "all’", "in", "a", "e", "o", "da",
  "dal", "dalla", "sul", "sulla", NULL,
};

static const char *const year_before[] = {
  "nel", "il", "del", "dal", "al", "fino", "anno", "e", "o", "(", ",", "-", "inizio", "metà",
  "fine", "estate", "inverno", "primavera", "autunno", "entro", "dopo", "prima", NULL,
};

static const char *const year_after[] = { "e", "o", "-", "al", NULL };
/* The first person of the future ends in "-erò", "-irò" ("partirò",
 * "tornerò"), as the past of "-erare" and "-irare" verbs does ("superò",
 * "ritirò"): those pasts are listed among the tenses, the rest of such
 * words is the future (Italian Wikinews: 13 such pasts, 23 futures). */
static const char *const future_endings[] = { "rà", "ranno", "remo", "erò", "irò", NULL };
static const char *const past_endings[] = { "ò", "arono", "irono", NULL };
static const char *const past_ending_exceptions[] = { "erò", "irò", NULL };
/* "le vendite sono calate a gennaio", "sono arrivati lunedì": "sono"
 * (also "I am", "they are") and the participle of a verb whose compound
 * past takes "essere" make a past; the stems of those of news, each
 * with its vowel of gender and number (see agrees_with).  Not a passive
 * ("sono previste a marzo"), which no stem here makes. */
static const char *const be_auxiliaries[] = { "sono", "siamo", "siete", "sei", NULL };
static const char *const participle_endings[] = { "o", "a", "i", "e", NULL };
static const char *const be_participles[] = {
  "calat", "cresciut", "salit", "sces", "aumentat", "diminuit", "arrivat", "partit", "mort", "nat",
  "tornat", "ritornat", "rientrat", "entrat", "uscit", "andat", "venut", "stat", "rimast", "diventat",
  "scoppiat", "crollat", "cadut", "avvenut", "success", "accadut", "scompars", "fallit", "giunt",
  "atterrat", "decedut", "sbarcat", "fuggit", "evas", "emers", "sfumat", "saltat", "affondat",
  "precipitat", "deragliat", "esplos", "iniziat", "cominciat", "terminat", "finit", "durat", NULL,
};

static const char *const onward_phrases[] = { "a partire da", "a partire dal", "a partire dalla", "a partire dall'", "a partire dall’", NULL };
static const char *const foretold_before[] = { "per", NULL };
static const char *const complementizers[] = { "che", NULL };
/* What opens another clause between a verb and a date after it, or makes
 * the verb a relative clause's (see TxLanguage.clause_links). */
static const char *const clause_links[] = {
  "e", "ed", "o", "ma", "però", "mentre", "quando", "perché", "poiché", "benché", "sebbene", "se",
  "cui", "chi", "dove", "dopo", "prima", "finché", "fino", NULL,
};
static const char *const relatives[] = { "che", "cui", "chi", NULL };
/* gerunds and infinitives ("ha promesso di pagare il debito il 26 marzo") */
static const char *const nonfinite_endings[] = { "ando", "endo", "are", "ere", "ire", NULL };
static const char *const not_nonfinite[] = {
  "mare", "militare", "popolare", "nucleare", "particolare", "familiare", "regolare", "solare",
  "lunare", "titolare", "cellulare", "consolare", "carcere", "potere", "piacere", "dovere", "sapere",
  "mestiere", "quartiere", "cantiere", "cavaliere", "consigliere", "ingegnere", "carabiniere",
  "corriere", "genere", "comando", "tremendo", "stupendo", "orrendo", NULL,
};

/* What tells a weekday's sentence of the past (see tx_sentence_tells_past). */
static const char *const past_words[] = { "ieri", NULL };

/* Ages, which are no date facts (see timex-counts.c). */
static const char *const span_before_age[] = {
  "periodo", "arco", "termine", "corso", "spazio", "lasso",
  /* what lasts, not who ("un contratto di tre anni", "una pena di 20 anni") */
  "contratto", "mandato", "condanna", "pena", "reclusione", "carcere", "prigione", "detenzione",
  "piano", "programma", "ritardo", "assenza", "esilio", "regno", "carriera", "soggiorno",
  "missione", "garanzia", "servizio", "lavori", "guerra", "conflitto", "crisi", "sciopero",
  "processo", "attesa", "durata", "esperienza", "storia", "ciclo", "moratoria", "tregua",
  "prestito", "concessione", "affitto", "vita",
  "fine", "aumento", "riduzione", "calo", "sopravvivenza", "studi", "speranza", "aspettativa",
  "media", "anniversario", "record", "longevità",
  /* approximations and how far */
  "più", "meno", "circa", "dopo", "prima", "entro", "oltre", "massimo", "minimo", "distanza", NULL,
};
static const char *const age_markers[] = { "ha", "aveva", "hanno", "avevano", "avrà", "avrebbe", "compie", "compiuto", "compirà", "compiere", NULL };
static const char *const age_after[] = { "età", NULL };

/* "per un giorno", "un giorno di sciopero": a stretch; opening its clause, some day
 * ("Um dia deu-me um livro"; see tx_count_some_day). */
/* "sei giorni prima del suo compleanno": a stretch (see TxLanguage.event_of). */
static const char *const event_of[] = {
  "di", "del", "della", "dello", "dell'", "dell’", "delle", "degli", "dei", NULL,
};
static const char *const some_day_measuring[] = { "per", "in", "di", "da", "fa", "dopo", "prima", "più", "meno", "ogni", "solo", "soltanto", "che", "durante", "entro", "tra", "fra", "circa", NULL };
static const char *const some_day_of[] = { "di", "e", "intero", "completo", "a", "alla", NULL };

const TxLanguage tx_language_it = {
  .event_of = event_of,
  .some_day = "un",
  .some_day_measuring = some_day_measuring,
  .some_day_of = some_day_of,
  .span_before_age = span_before_age,
  .age_markers = age_markers,
  .age_after = age_after,
  .age_before = "di",
  .past_words = past_words,
  .code = "it",
  .spelled_day_of = "di",
  .apostrophe_year = TRUE,
  .decade_word = "anni",
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
  .past_endings = past_endings,
  .past_ending_exceptions = past_ending_exceptions,
  .be_auxiliaries = be_auxiliaries,
  .participle_endings = participle_endings,
  .be_participles = be_participles,
  .future_endings = future_endings,
  .elision = TRUE,
  .dot_time = TRUE,
  .year_after_noun = TRUE,
  .lower_weekdays = TRUE,
  .lower_months = TRUE,
  .onward_phrases = onward_phrases,
  .foretold_before = foretold_before,
  .complementizers = complementizers,
  .clause_links = clause_links,
  .relatives = relatives,
  .nonfinite_endings = nonfinite_endings,
  .not_nonfinite = not_nonfinite,
};
