/* timex-lang-fr.c — French: the words of time expressions and the rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout as in timex-lang-en.c; direction values as in timex-lang-es.c.
 * The view splits elided articles ("l'an", "d'ici") off their word.
 */
#include "timex-private.h"

static const TxEntry entries[] = {
  { "janvier janv*", TX_ROLE_MONTH, 1 },
  { "février fevrier févr* fév*", TX_ROLE_MONTH, 2 },
  { "mars", TX_ROLE_MONTH, 3 },
  { "avril avr*", TX_ROLE_MONTH, 4 },
  { "mai", TX_ROLE_MONTH, 5 },
  { "juin", TX_ROLE_MONTH, 6 },
  { "juillet juil*", TX_ROLE_MONTH, 7 },
  { "août aout", TX_ROLE_MONTH, 8 },
  { "septembre sept*", TX_ROLE_MONTH, 9 },
  { "octobre oct*", TX_ROLE_MONTH, 10 },
  { "novembre nov*", TX_ROLE_MONTH, 11 },
  { "décembre decembre déc*", TX_ROLE_MONTH, 12 },

  { "lundi", TX_ROLE_WDAY, 1 },
  { "mardi", TX_ROLE_WDAY, 2 },
  { "mercredi", TX_ROLE_WDAY, 3 },
  { "jeudi", TX_ROLE_WDAY, 4 },
  { "vendredi", TX_ROLE_WDAY, 5 },
  { "samedi", TX_ROLE_WDAY, 6 },
  { "dimanche", TX_ROLE_WDAY, 7 },
  { "lundis", TX_ROLE_WDAYS, 1 }, { "mardis", TX_ROLE_WDAYS, 2 },
  { "mercredis", TX_ROLE_WDAYS, 3 }, { "jeudis", TX_ROLE_WDAYS, 4 },
  { "vendredis", TX_ROLE_WDAYS, 5 }, { "samedis", TX_ROLE_WDAYS, 6 },
  { "dimanches", TX_ROLE_WDAYS, 7 },

  { "seconde", TX_ROLE_UNIT, TX_UNIT_SECOND },
  { "secondes", TX_ROLE_UNIT, TX_UNIT_SECOND | TX_PLURAL },
  { "minute min*", TX_ROLE_UNIT, TX_UNIT_MINUTE },
  { "minutes", TX_ROLE_UNIT, TX_UNIT_MINUTE | TX_PLURAL },
  { "heure", TX_ROLE_UNIT, TX_UNIT_HOUR },
  { "heures", TX_ROLE_UNIT, TX_UNIT_HOUR | TX_PLURAL },
  { "jour journée", TX_ROLE_UNIT, TX_UNIT_DAY },
  { "jours journées", TX_ROLE_UNIT, TX_UNIT_DAY | TX_PLURAL },
  { "nuit", TX_ROLE_UNIT, TX_UNIT_NIGHT },
  { "nuits", TX_ROLE_UNIT, TX_UNIT_NIGHT | TX_PLURAL },
  { "semaine", TX_ROLE_UNIT, TX_UNIT_WEEK },
  { "semaines", TX_ROLE_UNIT, TX_UNIT_WEEK | TX_PLURAL },
  { "week-end weekend", TX_ROLE_UNIT, TX_UNIT_WEEKEND },
  { "week-ends weekends", TX_ROLE_UNIT, TX_UNIT_WEEKEND | TX_PLURAL },
  { "quinzaine", TX_ROLE_UNIT, TX_UNIT_FORTNIGHT },
  { "mois", TX_ROLE_UNIT, TX_UNIT_MONTH },
  { "trimestre", TX_ROLE_UNIT, TX_UNIT_QUARTER },
  { "trimestres", TX_ROLE_UNIT, TX_UNIT_QUARTER | TX_PLURAL },
  { "semestre", TX_ROLE_UNIT, TX_UNIT_HALF },
  { "semestres", TX_ROLE_UNIT, TX_UNIT_HALF | TX_PLURAL },
  { "an année", TX_ROLE_UNIT, TX_UNIT_YEAR },
  { "ans années", TX_ROLE_UNIT, TX_UNIT_YEAR | TX_PLURAL },
  { "décennie", TX_ROLE_UNIT, TX_UNIT_DECADE },
  { "décennies", TX_ROLE_UNIT, TX_UNIT_DECADE | TX_PLURAL },
  { "siècle", TX_ROLE_UNIT, TX_UNIT_CENTURY },
  { "siècles", TX_ROLE_UNIT, TX_UNIT_CENTURY | TX_PLURAL },

  { "hier", TX_ROLE_DAYREL, -1 },
  { "avant-hier", TX_ROLE_DAYREL, -2 },
  { "aujourd'hui aujourd’hui", TX_ROLE_DAYREL, 0 },
  { "demain", TX_ROLE_DAYREL, 1 },
  { "après-demain", TX_ROLE_DAYREL, 2 },
  { "matin matinée", TX_ROLE_PARTDAY, TX_PART_MO },
  { "après-midi", TX_ROLE_PARTDAY, TX_PART_AF },
  { "soir soirée", TX_ROLE_PARTDAY, TX_PART_EV },
  { "midi", TX_ROLE_CLOCKWORD, 12 },
  { "minuit", TX_ROLE_CLOCKWORD, 0 },

  { "printemps", TX_ROLE_SEASON, TX_SEASON_SP },
  { "été", TX_ROLE_SEASON, TX_SEASON_SU },
  { "automne", TX_ROLE_SEASON, TX_SEASON_FA },
  { "hiver", TX_ROLE_SEASON, TX_SEASON_WI },

  { "dernier dernière derniers dernières passé passée passés précédent précédente écoulé écoulée écoulés "
    "écoulées", TX_ROLE_SHIFT, -1 },
  { "prochain prochaine prochains prochaines suivant suivante", TX_ROLE_SHIFT, 1 },
  { "ce cet cette ces même courant", TX_ROLE_SHIFT, 0 },

  { "dans", TX_ROLE_DIR, 1 },
  { "plus tard auparavant après", TX_ROLE_NONE, 0 },

  { "début", TX_ROLE_MOD, 1 },
  { "mi milieu", TX_ROLE_MOD, 2 },
  { "fin", TX_ROLE_MOD, 3 },

  { "presque près environ quelque plus moins seulement déjà juste exactement", TX_ROLE_APPROX, 0 },

  { "premier première 1er 1re", TX_ROLE_ORDINAL, 1 },
  { "deuxième second", TX_ROLE_ORDINAL, 2 },
  { "troisième", TX_ROLE_ORDINAL, 3 },
  { "quatrième", TX_ROLE_ORDINAL, 4 },
  /* Centuries are written in Roman numerals ("le XIXe siècle"). */
  { "xie xième", TX_ROLE_ORDINAL, 11 }, { "xiie xiième", TX_ROLE_ORDINAL, 12 },
  { "xiiie xiiième", TX_ROLE_ORDINAL, 13 }, { "xive xivème", TX_ROLE_ORDINAL, 14 },
  { "xve xvème", TX_ROLE_ORDINAL, 15 }, { "xvie xvième", TX_ROLE_ORDINAL, 16 },
  { "xviie xviième", TX_ROLE_ORDINAL, 17 }, { "xviiie xviiième", TX_ROLE_ORDINAL, 18 },
  { "xixe xixème", TX_ROLE_ORDINAL, 19 }, { "xxe xxème", TX_ROLE_ORDINAL, 20 },
  { "xxie xxième", TX_ROLE_ORDINAL, 21 },

  { "un une", TX_ROLE_NUMBER, 1 }, { "deux", TX_ROLE_NUMBER, 2 },
  { "trois", TX_ROLE_NUMBER, 3 }, { "quatre", TX_ROLE_NUMBER, 4 },
  { "cinq", TX_ROLE_NUMBER, 5 }, { "six", TX_ROLE_NUMBER, 6 },
  { "sept", TX_ROLE_NUMBER, 7 }, { "huit", TX_ROLE_NUMBER, 8 },
  { "neuf", TX_ROLE_NUMBER, 9 }, { "dix", TX_ROLE_NUMBER, 10 },
  { "onze", TX_ROLE_NUMBER, 11 }, { "douze", TX_ROLE_NUMBER, 12 },
  { "quinze", TX_ROLE_NUMBER, 15 }, { "vingt", TX_ROLE_NUMBER, 20 },
  { "trente", TX_ROLE_NUMBER, 30 }, { "cent", TX_ROLE_NUMBER, 100 },
  { "treize", TX_ROLE_NUMBER, 13 }, { "quatorze", TX_ROLE_NUMBER, 14 },
  { "seize", TX_ROLE_NUMBER, 16 }, { "quarante", TX_ROLE_NUMBER, 40 },
  { "cinquante", TX_ROLE_NUMBER, 50 }, { "soixante", TX_ROLE_NUMBER, 60 },
  { "plusieurs quelques", TX_ROLE_VAGUE, TX_VAGUE },

  { "maintenant actuellement désormais", TX_ROLE_FUZZY, TX_FUZZY_PRESENT },
  { "récemment naguère autrefois jadis", TX_ROLE_FUZZY, TX_FUZZY_PAST },
  { "avenir futur bientôt prochainement", TX_ROLE_FUZZY, TX_FUZZY_FUTURE },

  { "quotidien quotidienne quotidiennement", TX_ROLE_SETADV, TX_UNIT_DAY },
  { "hebdomadaire hebdomadaires", TX_ROLE_SETADV, TX_UNIT_WEEK },
  { "mensuel mensuelle mensuels", TX_ROLE_SETADV, TX_UNIT_MONTH },
  { "annuel annuelle annuels annuellement", TX_ROLE_SETADV, TX_UNIT_YEAR },
  { "chaque", TX_ROLE_EVERY, 0 },

  { "noël", TX_ROLE_HOLIDAY, 1225 },
  { "toussaint", TX_ROLE_HOLIDAY, 1101 },
  { "^pâques", TX_ROLE_HOLIDAY, TX_EASTER (0) },
  { "^ascension", TX_ROLE_HOLIDAY, TX_EASTER (39) },
  { "^pentecôte", TX_ROLE_HOLIDAY, TX_EASTER (49) },

  { "le la les l' l’ de du des d' d’ en à au aux et ou il y a avait depuis pendant durant tout "
    "jusqu'à jusqu’à vers h* tous toutes par moment heure ici lendemain veille demi-siècle quart "
    "dizaine vingtaine trentaine cinquantaine centaine entre dès saison exercice édition demi demie toute",
    TX_ROLE_NONE, 0 },
};

static const TxTenseEntry tenses[] = {
  { "sera seront aura auront ira iront va vont fera feront pourra devra devrait devraient doit doivent "
    "prévu prévue prévus prévues rendez-vous programmé programmée fixé fixée fixés fixées "
    "attendu attendue attendus attendues", TX_TENSE_FUTURE },
  { "a ont ai avons avez avait avaient était étaient fut furent eut", TX_TENSE_PAST },
  { "est sont suis sommes êtes dit disent", TX_TENSE_PRESENT },
};

#define D PRECIS_TIMEX_DATE
#define T PRECIS_TIMEX_TIME
#define P PRECIS_TIMEX_DURATION
#define S PRECIS_TIMEX_SET

static const TxRuleSource rules[] = {
  /* Calendar dates. */
  { D, TX_A_DATE, "le? WDAY? DAY MONTH ,? YEAR?" },
  /* "le 21 avril dernier", "les 6 et 13 avril prochains". */
  { D, TX_A_DATE, "le? WDAY? DAY MONTH dernier|derniers|passé|passés|prochain|prochains" },
  /* "samedi 24, à 20 h", "le mardi 27 et le mercredi 28": the weekday
   * and its day, the month left to find (a count follows no weekday so:
   * the next word is punctuation or one the lexicon knows). */
  { D, TX_A_DATE, "le? WDAY DAY >,|>à|>et|>au|>.|>dans|>vers|>dès|>matin|>soir|>après-midi" },
  { D, TX_A_DATE, "MOD ~-? MONTH YEAR?" },
  { D, TX_A_DATE, "MONTH YEAR?" },
  /* "la fin du mois d'août": that month, not the one of the publication. */
  { D, TX_A_DATE, "MOD du mois de|d'|d’ MONTH YEAR?" },
  /* Ranges and pairs: "du 19 au 23 juillet", "les 6 et 13 avril". */
  { D, TX_A_DATE, "<du|<les DAY >au|>et >NUM >MONTH >YEAR?" },
  { D, TX_A_DATE, "<du|<les DAY >au|>et >NUM >MONTH >derniers|>passés|>prochains" },
  /* "entre le 16 et le 25 juin": the first day takes the second's month. */
  { D, TX_A_DATE, "<entre le DAY >et >le >NUM >MONTH >YEAR?" },
  { D, TX_A_DATE, "DAY ~/ ~MM ~/ ~YEAR" },
  { D, TX_A_DATE, "MOD ~-? YEAR" },
  /* "au début de l'année 2002": that year, not the publication's. */
  { D, TX_A_DATE, "MOD de|d'|d’ l'|l’ année|an YEAR" },
  { D, TX_A_MONTHSHIFT, "MONTH SHIFT" },
  { D, TX_A_YEAR, "l'|l’? année? YEAR" },
  { D, TX_A_YEAR, "l'|l’ an YEAR" },

  /* Quarters, halves, seasons, holidays. */
  { D, TX_A_QUARTER, "le? ORD trimestre|semestre YEAR?" },
  { D, TX_A_SEASON, "l'|l’|le|cet|ce? SEASON SHIFT" },
  { D, TX_A_SEASON, "l'|l’|le|cet|ce SEASON" },
  { D, TX_A_SEASON, "l'|l’|le? SEASON YEAR" },
  { D, TX_A_HOLIDAY, "HOLIDAY YEAR?" },
  { D, TX_A_DECADE, "les années DECADE" },
  /* "à la fin des années 1950", "depuis le milieu des années 80". */
  { D, TX_A_DECADE, "MOD? des|aux années DECADE" },
  { D, TX_A_CENTURY, "MOD? du|le|au ORD siècle" },

  /* Days relative to the publication. */
  { D, TX_A_DAYREL, "DAYREL" },
  { T, TX_A_DAYREL, "DAYREL ~-? PARTDAY|soir|nuit" },
  { T, TX_A_DAYREL, "DAYREL ,? à|vers? HOUR h|heures MIN?" },
  { T, TX_A_DAYREL, "HOUR h|heures MIN? ,? DAYREL" },
  { D, TX_A_DAYREL, "DAYREL ,? WDAY" },
  { T, TX_A_PART, "<pendant|<dans|<durant la|le|l'|l’ PARTDAY|nuit" },
  { T, TX_A_PART, "ce|cette|cet PARTDAY|nuit" },
  { T, TX_A_PART, "la|le PARTDAY|nuit" },
  { T, TX_A_PART, "en? MOD d'|d’|de PARTDAY" },
  { D, TX_A_WDAY, "WDAY SHIFT?" },
  { T, TX_A_WDAY, "WDAY SHIFT? PARTDAY|nuit" },
  /* "dans la nuit de samedi", "la matinée de lundi": that day's part. */
  { T, TX_A_WDAY, "<dans|<pendant|<durant? la|l'|l’ PARTDAY|nuit:PARTDAY=4 de|du WDAY SHIFT?" },
  { T, TX_A_WDAY, "WDAY SHIFT? ,? à? HOUR ~h ~MIN?" },
  /* "la nuit de lundi à mardi": the night that starts on the Monday; the
   * second weekday only says it is a night (PARTDAY 4 = TX_PART_NI). */
  { T, TX_A_WDAY, "<dans|<pendant|<durant? la? nuit de WDAY à|au lundi:PARTDAY=4|mardi:PARTDAY=4|mercredi:PARTDAY=4|"
                  "jeudi:PARTDAY=4|vendredi:PARTDAY=4|samedi:PARTDAY=4|dimanche:PARTDAY=4" },

  /* Clock times: "15 h 30", "15h30", "à midi". */
  { T, TX_A_TIME, "HOUR h|heures|heure MIN?" },
  /* "8 heures du soir", "à six heures du matin", "vers dix heures": spelled
   * hours are clock times after "à", "vers" (and durations
   * elsewhere: "trois heures de débat"). */
  { T, TX_A_TIME, "HOUR h|heures|heure MIN? du matin:AMPM=0|soir:AMPM=12" },
  /* "vers 10 heures et demie (du soir)": half past; "pendant 2 heures et
   * demie" a stretch (see norm_time). */
  { T, TX_A_TIME, "HOUR heures|heure et demie:MIN=30|demi:MIN=30" },
  { T, TX_A_TIME, "HOUR heures|heure et demie:MIN=30|demi:MIN=30 du matin:AMPM=0|soir:AMPM=12" },
  { T, TX_A_TIME, "HOUR h|heures|heure MIN? de l'|l’ après-midi:AMPM=12" },
  { T, TX_A_TIME, "<à|<vers une:HOUR=1|deux:HOUR=2|trois:HOUR=3|quatre:HOUR=4|cinq:HOUR=5|six:HOUR=6|"
                  "sept:HOUR=7|huit:HOUR=8|neuf:HOUR=9|dix:HOUR=10|onze:HOUR=11|douze:HOUR=12 heures|heure "
                  "et? demie:MIN=30? du? matin:AMPM=0|soir:AMPM=12?" },
  { T, TX_A_TIME, "HOUR ~: ~MIN" },
  { T, TX_A_TIME, "CLOCKWORD" },

  /* "le même jour", "la même année": the one the story told last. */
  { D, TX_A_AGO, "le:DIR=2|la:DIR=2 même:NUM=0 UNIT1" },
  /* Periods relative to the publication. */
  { D, TX_A_SHIFT, "la|le|l'|l’|cette|ce|cet? UNIT1 SHIFT" },
  { D, TX_A_SHIFT, "la|le|cette|ce|cet SHIFT UNIT1" },
  { D, TX_A_SHIFT, "cette|ce|cet UNIT1" },
  { D, TX_A_SHIFT, "le|ce week-end" },
  { D, TX_A_SHIFT, "MOD de|d'|d’|du l'|l’|la|le? UNIT1 SHIFT?" },
  { D, TX_A_AGO, "il y:DIR=-1 a|avait tout? APPROX? NUM? UNIT" },
  { D, TX_A_AGO, "il y:DIR=-1 a|avait tout? APPROX? NUM UNIT et demi:HALF=1|demie:HALF=1" },
  { D, TX_A_AGO, "dans APPROX? NUM UNIT" },
  { D, TX_A_AGO, "d'|d’ ici:DIR=1 APPROX? NUM UNIT" },
  /* "exactement dix jours après" (FTiB annotates "environ une heure" of
   * "environ une heure plus tard": other approximations make a stretch). */
  { D, TX_A_AGO, "exactement|juste? NUM UNIT et? demi:HALF=1|demie:HALF=1? plus tard:DIR=2" },
  { D, TX_A_AGO, "exactement|juste? NUM UNIT et? demi:HALF=1|demie:HALF=1? après:DIR=2" },
  { D, TX_A_AGO, "exactement|juste? NUM UNIT et? demi:HALF=1|demie:HALF=1? auparavant:DIR=-2" },
  { D, TX_A_AGO, "le|la UNIT1 suivant|suivante:DIR=2" },
  { D, TX_A_AGO, "le:DIR=2|au:DIR=2 lendemain:UNIT=4 PARTDAY?" },
  /* "hier, au lendemain de la démission": the day the sentence tells, not
   * the one after it. */
  { D, TX_A_AGO, "au:NUM=0 lendemain:UNIT=4 >de|>d'|>d’|>du|>des" },
  { D, TX_A_AGO, "la:DIR=-2 veille:UNIT=4 au? PARTDAY?" },

  /* Durations. */
  { P, TX_A_DURATION, "APPROX? NUM UNIT" },
  { P, TX_A_DURATION, "APPROX de NUM UNIT" },
  /* "deux ans et demi", "un mois et demi" (not hours: "vers 10 heures et
   * demie" tells the time). */
  { P, TX_A_DURATION, "APPROX? NUM minute|minutes|jour|jours|semaine|semaines|mois|an|ans|année|années "
                      "et demi:HALF=1|demie:HALF=1" },
  /* "le match a duré une heure et demie": spelled, the hours measure
   * (after "à", "vers" they tell the time: the clock rule above). */
  { P, TX_A_DURATION, "APPROX? une:NUM=1|deux:NUM=2|trois:NUM=3|quatre:NUM=4|cinq:NUM=5|six:NUM=6|"
                      "sept:NUM=7|huit:NUM=8|neuf:NUM=9|dix:NUM=10 heure|heures et demie:HALF=1" },
  { P, TX_A_DURATION, "les|ces SHIFT NUM? UNITS|mois:UNIT=265" },
  { P, TX_A_DURATION, "les|des|ces NUM SHIFT UNITS|mois:UNIT=265" },
  /* "une dizaine d'années": about ten.  ("mois" is its own plural:
   * 265 = TX_UNIT_MONTH | TX_PLURAL.) */
  { P, TX_A_DURATION, "une:MOD=0 dizaine:NUM=10|vingtaine:NUM=20|trentaine:NUM=30|"
                      "cinquantaine:NUM=50|centaine:NUM=100 de|d'|d’ UNITS|mois:UNIT=265" },
  { P, TX_A_DURATION, "<depuis|<pendant|<durant des? UNITS" },
  /* "la grève durera toute la semaine", "toute la journée": one whole unit. */
  { P, TX_A_DURATION, "toute:NUM=1 la semaine|journée" },
  /* "la quatrième journée" of a championship: one day of play. */
  { P, TX_A_DURATION, "la:NUM=1 ORD journée" },
  /* "un demi-siècle" is five decades, "un quart de siècle" 25 years. */
  { P, TX_A_DURATION, "un:NUM=5 demi-siècle:UNIT=13" },
  { P, TX_A_DURATION, "un:NUM=25 quart de siècle:UNIT=12" },

  /* Vague references. */
  { D, TX_A_FUZZY, "FUZZY" },
  { D, TX_A_FUZZY, "l'|l’ avenir|heure:FUZZY=2" },
  { D, TX_A_FUZZY, "le passé:FUZZY=1" },
  { D, TX_A_FUZZY, "le moment:FUZZY=2" },

  /* Recurrences. */
  { S, TX_A_SET, "chaque NUM? UNIT1|WDAY|UNITS" },
  { S, TX_A_SET, "tous|toutes les NUM? UNITS|WDAYS|mois:UNIT=265" },
  { S, TX_A_SET, "par UNIT1" },
  { S, TX_A_SET, "SETADV" },
  { S, TX_A_SET, "WDAYS" },
};

static const char *const function_words[] = {
  "le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’", "en", "à", "au", "aux", "et",
  "ou", "par", NULL,
};

static const char *const year_before[] = {
  "en", "de", "du", "depuis", "jusqu'en", "le", "année", "an", "et", "ou", "à", "(", ",", "-",
  "entre", "dès", "saison", "exercice", "édition",
  "début", "mi", "fin", "printemps", "été", "automne", "hiver", "vers", "avant", "après", NULL,
};

static const char *const year_after[] = { "et", "ou", "-", "à", NULL };
/* "de trois ans" after these is a stretch of time, not an age. */
static const char *const span_before_age[] = {
  "terme", "bout", "cours", "espace", "durée", "période",
  /* what lasts, not who ("un contrat d'un an", "un mandat de cinq ans") */
  "contrat", "mandat", "peine", "plan", "programme", "retard", "absence", "réclusion",
  "emprisonnement", "détention", "sursis", "bail", "prêt", "trêve", "moratoire", "engagement",
  "exil", "règne", "carrière", "délai", "séjour", "mission", "stage", "garantie", "service",
  "travaux", "guerre", "conflit", "crise", "grève", "procès", "enquête", "attente",
  /* "moins d'un an": an approximation, "de" elided */
  "moins", "plus", "près", "environ",
  /* a stretch changed by so much, or from one length to another ("réduit
   * de deux ans", "le mandat passe de cinq à sept ans") */
  "passe", "passer", "passé", "passera", "porte", "porté", "porter", "réduit", "réduite",
  "réduire", "allongé", "allongée", "allonger", "prolongé", "prolongée", "prolonger",
  "ramené", "ramenée", "raccourci", "augmenté", "augmentée", "diminué", "diminuée", NULL,
};
/* "âgé de 18 mois", "un bébé de six semaines" (see TxLanguage.young_markers). */
static const char *const young_markers[] = {
  "âgé", "âgée", "âgés", "âgées", "agé", "agée", "agés", "agées", "bébé", "bébés", "nourrisson",
  "nourrissons", "enfant", "enfants", "fillette", "fillettes", "garçonnet", "garçonnets",
  "nouveau-né", "nouveau-nés", NULL,
};

/* "âgé de", "il avait 17 ans", "ses 18 ans" (see TxLanguage.age_markers). */
static const char *const age_markers[] = {
  "âgé", "âgée", "âgés", "âgées", "agé", "agée", "agés", "agées", "a", "ai", "as", "ont", "avait",
  "avais", "avaient", "aura", "auront", "aurait", "auraient", "ayant", "avoir", "eu", "ses", "mes",
  "tes", "nos", "vos", "leurs", NULL,
};
/* "il est mort à 82 ans" (see TxLanguage.age_at). */
static const char *const age_at_verbs[] = {
  "mort", "morte", "morts", "mortes", "meurt", "meurent", "mourir", "décédé", "décédée",
  "décédés", "décède", "disparu", "disparue", "éteint", "éteinte", "s'éteint", NULL,
};
/* "pendant un jour", "un jour de grève": a stretch (see tx_count_some_day). */
static const char *const some_day_measuring[] = {
  "pendant", "durant", "en", "pour", "de", "d'", "d’", "depuis", "moins", "plus", "que", "qu'",
  "qu’", "environ", "seulement", "près", "par", "chaque", "peine", "après", "avant", "resté",
  "reste", "restera", "passé", "passe", "passera", "duré", "dure", "durera", "mis", "met",
  "mettra", "fallu", "faut", "faudra", "attendu", "attendre", "tenu", "tient", "tiendra", NULL,
};
/* "pendant 8 heures" (see tx_clock_is_stretch). */
static const char *const hour_measuring[] = {
  "pendant", "durant", "en", "duré", "dure", "durera", "durait", "passé", "passe", "passera",
  "mis", "met", "mettra", "fallu", "faut", "faudra", "bout", "environ", "plus", "moins", "près",
  "seulement", "les", "des", "ces", "quelque", "toutes", "tous", "chaque", "par", NULL,
};
static const char *const some_day_of[] = { "de", "d'", "d’", "et", NULL };
static const char *const timely[] = { "moment", "heure", "ici", "y", "lendemain", "veille", NULL };
static const char *const age_range_before[] = { "les", "des", "aux", NULL };
static const char *const be_auxiliaries[] = { "est", "sont", "suis", "sommes", "êtes", NULL };
static const char *const participle_endings[] = {
  "é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies", "t", "te", "ts", "tes", NULL,
};
/* The verbs whose compound past is made with "être" (and their
 * compounds). */
static const char *const be_participles[] = {
  "allé", "venu", "revenu", "devenu", "redevenu", "parvenu", "intervenu", "survenu", "advenu",
  "arrivé", "parti", "reparti", "né", "mort", "décédé", "tombé", "retombé", "resté", "entré",
  "rentré", "sorti", "ressorti", "monté", "remonté", "descendu", "redescendu", "passé",
  "repassé", "retourné", "apparu", NULL,
};
/* The imperfect and the simple past in the plural ("se suivaient",
 * "arrivèrent"); the singular's "-ait" ends nouns too ("portrait"). */
static const char *const past_endings[] = { "aient", "èrent", NULL };
static const char *const future_endings[] = { "ra", "ront", "rons", "rez", NULL };

static const char *const onward_phrases[] = { "à partir de", "à partir du", "à partir d'", "à partir d’", "dès", "dès le", "à compter de", "à compter du", NULL };
static const char *const foretold_before[] = { "pour", NULL };
static const char *const complementizers[] = { "que", "qu'", "qu’", NULL };

/* What tells a weekday's sentence of the past (see tx_sentence_tells_past). */
static const char *const past_words[] = { "hier", "avant-hier", NULL };
static const char *const participle_before[] = { "é", "ée", "és", "ées", NULL };
static const char *const since_phrases[] = { "depuis", NULL };

/* Plural nouns: a count in figures before one is no year. */
static const char *const plural_endings[] = { "s", NULL };

/* What opens another clause between a verb and a date after it, or makes
 * the verb a relative clause's (see TxLanguage.clause_links). */
static const char *const clause_links[] = {
  "et", "ou", "mais", "lorsque", "lorsqu'", "lorsqu’", "quand", "parce", "si", "qui", "dont", "où",
  "lequel", "laquelle", "lesquels", "lesquelles", "avant", "après", "jusqu'", "jusqu’", "puis",
  "alors", "tandis", NULL,
};
static const char *const relatives[] = { "qui", NULL };
/* participles of the present and infinitives ("a promis de rembourser le
 * 26 mars") */
static const char *const nonfinite_endings[] = { "ant", "er", "ir", NULL };
static const char *const not_nonfinite[] = {
  "avant", "pendant", "durant", "maintenant", "cependant", "devant", "enfant", "restaurant",
  "premier", "dernier", "hier", "janvier", "février", "hiver", "quartier", "entier", "avenir",
  NULL,
};

const TxLanguage tx_language_fr = {
  .plural_endings = plural_endings,
  .past_words = past_words,
  .since_phrases = since_phrases,
  .since_only_back = TRUE,
  .participle_before = participle_before,
  .code = "fr",
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
  .timely = timely,
  .past_endings = past_endings,
  .future_endings = future_endings,
  .elision = TRUE,
  .h_time = TRUE,
  .age_before = "de",
  .span_before_age = span_before_age,
  .age_markers = age_markers,
  .young_markers = young_markers,
  .age_range_to = "à",
  .age_at = "à",
  .age_at_verbs = age_at_verbs,
  .second_is_ordinal = TRUE,
  .number_and = "et",
  .some_day = "un",
  .some_day_measuring = some_day_measuring,
  .some_day_of = some_day_of,
  .some_day_noun_phrase = TRUE,
  .hour_measuring = hour_measuring,
  .month_two_digit_year = TRUE,
  .short_year_before = "en",
  .decade_word = "années",
  .year_after_noun = TRUE,
  .lower_weekdays = TRUE,
  .lower_months = TRUE,
  .age_range_before = age_range_before,
  .be_auxiliaries = be_auxiliaries,
  .participle_endings = participle_endings,
  .be_participles = be_participles,
  .onward_phrases = onward_phrases,
  .foretold_before = foretold_before,
  .complementizers = complementizers,
  .clause_links = clause_links,
  .relatives = relatives,
  .nonfinite_endings = nonfinite_endings,
  .not_nonfinite = not_nonfinite,
};
