/* timex-lang-es.c — Spanish: the words of time expressions and the rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout as in timex-lang-en.c.  Spans keep the article as TimeML's
 * Spanish annotators do ("el 19 de mayo", "el año pasado", "el 2000").
 * Direction values: -1/+1 count from the publication ("hace dos años",
 * "dentro de dos años"), -2/+2 from the event told before ("dos años
 * después").
 */
#include "timex-private.h"

static const TxEntry entries[] = {
  { "enero ene*", TX_ROLE_MONTH, 1 },
  { "febrero feb*", TX_ROLE_MONTH, 2 },
  { "marzo", TX_ROLE_MONTH, 3 },
  { "abril abr*", TX_ROLE_MONTH, 4 },
  { "mayo may*", TX_ROLE_MONTH, 5 },
  { "junio jun*", TX_ROLE_MONTH, 6 },
  { "julio jul*", TX_ROLE_MONTH, 7 },
  { "agosto ago*", TX_ROLE_MONTH, 8 },
  { "septiembre setiembre sept*", TX_ROLE_MONTH, 9 },
  { "octubre oct*", TX_ROLE_MONTH, 10 },
  { "noviembre nov*", TX_ROLE_MONTH, 11 },
  { "diciembre dic*", TX_ROLE_MONTH, 12 },

  { "lunes", TX_ROLE_WDAY, 1 },
  { "martes", TX_ROLE_WDAY, 2 },
  { "miércoles miercoles", TX_ROLE_WDAY, 3 },
  { "jueves", TX_ROLE_WDAY, 4 },
  { "viernes", TX_ROLE_WDAY, 5 },
  { "sábado sabado", TX_ROLE_WDAY, 6 },
  { "domingo", TX_ROLE_WDAY, 7 },
  { "sábados sabados", TX_ROLE_WDAYS, 6 },
  { "domingos", TX_ROLE_WDAYS, 7 },

  /* Ordinals before units: "segundo" is first of all "second". */
  { "primer primero primera", TX_ROLE_ORDINAL, 1 },
  { "segundo segunda", TX_ROLE_ORDINAL, 2 },
  { "tercer tercero tercera", TX_ROLE_ORDINAL, 3 },
  { "cuarto cuarta", TX_ROLE_ORDINAL, 4 },
  { "quinto quinta", TX_ROLE_ORDINAL, 5 },
  { "sexto sexta", TX_ROLE_ORDINAL, 6 },
  { "último última", TX_ROLE_SHIFT, -1 },
  /* Centuries are written in Roman numerals ("el siglo XXI"). */
  { "x", TX_ROLE_ORDINAL, 10 }, { "xi", TX_ROLE_ORDINAL, 11 }, { "xii", TX_ROLE_ORDINAL, 12 },
  { "xiii", TX_ROLE_ORDINAL, 13 }, { "xiv", TX_ROLE_ORDINAL, 14 }, { "xv", TX_ROLE_ORDINAL, 15 },
  { "xvi", TX_ROLE_ORDINAL, 16 }, { "xvii", TX_ROLE_ORDINAL, 17 }, { "xviii", TX_ROLE_ORDINAL, 18 },
  { "xix", TX_ROLE_ORDINAL, 19 }, { "xx", TX_ROLE_ORDINAL, 20 }, { "xxi", TX_ROLE_ORDINAL, 21 },

  { "segundos", TX_ROLE_UNIT, TX_UNIT_SECOND | TX_PLURAL },
  { "minuto", TX_ROLE_UNIT, TX_UNIT_MINUTE },
  { "minutos", TX_ROLE_UNIT, TX_UNIT_MINUTE | TX_PLURAL },
  { "hora", TX_ROLE_UNIT, TX_UNIT_HOUR },
  { "horas", TX_ROLE_UNIT, TX_UNIT_HOUR | TX_PLURAL },
  { "día dia jornada", TX_ROLE_UNIT, TX_UNIT_DAY },
  { "días dias jornadas", TX_ROLE_UNIT, TX_UNIT_DAY | TX_PLURAL },
  { "noche", TX_ROLE_UNIT, TX_UNIT_NIGHT },
  { "noches", TX_ROLE_UNIT, TX_UNIT_NIGHT | TX_PLURAL },
  { "semana", TX_ROLE_UNIT, TX_UNIT_WEEK },
  { "semanas", TX_ROLE_UNIT, TX_UNIT_WEEK | TX_PLURAL },
  { "quincena", TX_ROLE_UNIT, TX_UNIT_FORTNIGHT },
  { "mes", TX_ROLE_UNIT, TX_UNIT_MONTH },
  { "meses", TX_ROLE_UNIT, TX_UNIT_MONTH | TX_PLURAL },
  { "trimestre", TX_ROLE_UNIT, TX_UNIT_QUARTER },
  { "trimestres", TX_ROLE_UNIT, TX_UNIT_QUARTER | TX_PLURAL },
  { "semestre", TX_ROLE_UNIT, TX_UNIT_HALF },
  { "semestres", TX_ROLE_UNIT, TX_UNIT_HALF | TX_PLURAL },
  { "año ano ejercicio", TX_ROLE_UNIT, TX_UNIT_YEAR },
  { "años anos", TX_ROLE_UNIT, TX_UNIT_YEAR | TX_PLURAL },
  { "década decenio", TX_ROLE_UNIT, TX_UNIT_DECADE },
  { "décadas decenios", TX_ROLE_UNIT, TX_UNIT_DECADE | TX_PLURAL },
  { "siglo", TX_ROLE_UNIT, TX_UNIT_CENTURY },
  { "siglos", TX_ROLE_UNIT, TX_UNIT_CENTURY | TX_PLURAL },

  { "ayer", TX_ROLE_DAYREL, -1 },
  { "anteayer antier", TX_ROLE_DAYREL, -2 },
  { "hoy", TX_ROLE_DAYREL, 0 },
  { "mañana", TX_ROLE_DAYREL, 1 },
  { "anoche", TX_ROLE_TONIGHT, TX_PART_NI },
  { "madrugada", TX_ROLE_PARTDAY, TX_PART_MO },
  { "tarde", TX_ROLE_PARTDAY, TX_PART_AF },
  { "mediodía", TX_ROLE_PARTDAY, TX_PART_MI },

  { "primavera", TX_ROLE_SEASON, TX_SEASON_SP },
  { "verano", TX_ROLE_SEASON, TX_SEASON_SU },
  { "otoño", TX_ROLE_SEASON, TX_SEASON_FA },
  { "invierno", TX_ROLE_SEASON, TX_SEASON_WI },

  { "pasado pasada pasados pasadas anterior últimos últimas", TX_ROLE_SHIFT, -1 },
  { "próximo próxima próximos próximas proximo proxima siguiente entrante venidero venidera", TX_ROLE_SHIFT, 1 },
  { "este esta estos estas mismo misma presente", TX_ROLE_SHIFT, 0 },

  { "hace", TX_ROLE_DIR, -1 },
  { "dentro", TX_ROLE_DIR, 1 },
  { "antes", TX_ROLE_DIR, -2 },
  { "después despues", TX_ROLE_DIR, 2 },

  { "principios comienzos inicios", TX_ROLE_MOD, 1 },
  { "mediados", TX_ROLE_MOD, 2 },
  { "finales fines final fin", TX_ROLE_MOD, 3 },

  { "casi cerca unos unas aproximadamente apenas escasamente alrededor menos solo sólo", TX_ROLE_APPROX, 0 },

  { "un uno una", TX_ROLE_NUMBER, 1 }, { "dos", TX_ROLE_NUMBER, 2 },
  { "tres", TX_ROLE_NUMBER, 3 }, { "cuatro", TX_ROLE_NUMBER, 4 },
  { "cinco", TX_ROLE_NUMBER, 5 }, { "seis", TX_ROLE_NUMBER, 6 },
  { "siete", TX_ROLE_NUMBER, 7 }, { "ocho", TX_ROLE_NUMBER, 8 },
  { "nueve", TX_ROLE_NUMBER, 9 }, { "diez", TX_ROLE_NUMBER, 10 },
  { "once", TX_ROLE_NUMBER, 11 }, { "doce", TX_ROLE_NUMBER, 12 },
  { "quince", TX_ROLE_NUMBER, 15 }, { "veinte", TX_ROLE_NUMBER, 20 },
  { "treinta", TX_ROLE_NUMBER, 30 }, { "cuarenta", TX_ROLE_NUMBER, 40 },
  { "cincuenta", TX_ROLE_NUMBER, 50 }, { "cien", TX_ROLE_NUMBER, 100 },
  { "trece", TX_ROLE_NUMBER, 13 }, { "catorce", TX_ROLE_NUMBER, 14 },
  { "dieciséis", TX_ROLE_NUMBER, 16 }, { "diecisiete", TX_ROLE_NUMBER, 17 },
  { "dieciocho", TX_ROLE_NUMBER, 18 }, { "diecinueve", TX_ROLE_NUMBER, 19 },
  { "sesenta", TX_ROLE_NUMBER, 60 }, { "setenta", TX_ROLE_NUMBER, 70 },
  { "ochenta", TX_ROLE_NUMBER, 80 }, { "noventa", TX_ROLE_NUMBER, 90 },
  { "varios varias algunos algunas muchos muchas", TX_ROLE_VAGUE, TX_VAGUE },

  { "ahora actualmente actual", TX_ROLE_FUZZY, TX_FUZZY_PRESENT },
  { "recientemente recién últimamente entonces", TX_ROLE_FUZZY, TX_FUZZY_PAST },
  { "futuro", TX_ROLE_FUZZY, TX_FUZZY_FUTURE },

  { "diario diaria diarios diarias diariamente", TX_ROLE_SETADV, TX_UNIT_DAY },
  { "semanal semanales semanalmente", TX_ROLE_SETADV, TX_UNIT_WEEK },
  { "mensual mensuales mensualmente", TX_ROLE_SETADV, TX_UNIT_MONTH },
  { "trimestral trimestrales", TX_ROLE_SETADV, TX_UNIT_QUARTER },
  { "anual anuales anualmente", TX_ROLE_SETADV, TX_UNIT_YEAR },
  { "cada", TX_ROLE_EVERY, 0 },

  { "gmt utc", TX_ROLE_ZONE, 1 },
  { "navidad", TX_ROLE_HOLIDAY, 1225 },
  { "nochebuena", TX_ROLE_HOLIDAY, 1224 },
  { "nochevieja", TX_ROLE_HOLIDAY, 1231 },
  { "^ascensión", TX_ROLE_HOLIDAY, TX_EASTER (39) },
  { "^pentecostés", TX_ROLE_HOLIDAY, TX_EASTER (49) },

  { "el la los las lo del al de en a por y o que viene curso más mas ese esa aquel aquella par "
    "durante desde hasta todo todos todas momento actualidad pasado día días hoy en hace tiempo "
    "veces vez próximamente día víspera toda u entre ya",
    TX_ROLE_NONE, 0 },
};

static const TxTenseEntry tenses[] = {
  { "será serán habrá habrán irá irán va van vamos", TX_TENSE_FUTURE },
  { "dijo fue fueron era eran había habían hizo hicieron tuvo tuvieron estuvo estuvieron "
    "murió ha han hemos", TX_TENSE_PAST },
  { "es son está están dice dicen", TX_TENSE_PRESENT },
  { "prevé prevén previsto prevista planea espera esperan", TX_TENSE_FUTURE_WITH_TO },
};

#define D PRECIS_TIMEX_DATE
#define T PRECIS_TIMEX_TIME
#define P PRECIS_TIMEX_DURATION
#define S PRECIS_TIMEX_SET

static const TxRuleSource rules[] = {
  /* Calendar dates. */
  { D, TX_A_DATE, "el|del? WDAY? ,? el? DAY de MONTH ,? de|del? YEAR?" },
  /* "el pasado 2 de marzo", "el próximo 2 de mayo": one expression, the
   * last such day or the next. */
  { D, TX_A_DATE, "el|del|al? pasado|próximo DAY de MONTH" },
  /* ...and written after: "el 25 de abril pasado", "del 2 de julio
   * próximo" (as the Spanish TimeBank marks them, the word inside). */
  { D, TX_A_DATE, "el|del? WDAY? ,? el? DAY de MONTH pasado|próximo" },
  /* "el jueves 29, a las diez": the weekday and its day, the month left
   * to find (see the French rule). */
  { D, TX_A_DATE, "el|del? WDAY DAY >,|>a|>y|>al|>.|>en|>por" },
  /* A wire's dateline: "Bogotá, 2 dic (EFE).-", the day and the month
   * without "de", its agency in brackets after them. */
  { D, TX_A_DATE, "DAY MONTH >(" },
  /* Pairs and ranges: "el 9 y 10 de junio", "del 7 al 11 de septiembre",
   * "entre el 16 y el 25 de junio", "los días 15 y 16 de marzo del 2001":
   * the first day takes the month (and year) of the second. */
  { D, TX_A_DATE, "del|el|los? día|días? DAY >y|>al|>a >el|>día? >NUM >de >MONTH >de|>del? >YEAR?" },
  /* "el próximo día 9 de julio", "hasta el día 13" (of the month told). */
  { D, TX_A_DATE, "el|del? SHIFT? día DAY de MONTH ,? de|del? YEAR?" },
  { D, TX_A_DATE, "el|del|al? SHIFT? día DAY" },
  /* "del día 3 al 5", "del 7 al 11 de septiembre": the second day (see
   * day_range_to). */
  { D, TX_A_DATE, "al DAY de? MONTH? de|del? YEAR?" },
  /* "a principios del pasado mes de mayo", "un mes de febrero". */
  { D, TX_A_MONTHSHIFT, "MOD? de|del|el? SHIFT mes de MONTH" },
  { D, TX_A_DATE, "el|un mes de MONTH de|del? YEAR?" },
  { D, TX_A_DATE, "MOD de MONTH de|del? YEAR?" },
  { D, TX_A_DATE, "MONTH de|del? YEAR?" },
  { D, TX_A_DATE, "DAY ~/ ~MM ~/ ~YEAR" },
  { D, TX_A_DATE, "YEAR ~- ~MM ~- ~DAY" },
  { D, TX_A_DATE, "MOD de|del YEAR" },
  { D, TX_A_MONTHSHIFT, "el|este? MONTH SHIFT" },
  { D, TX_A_YEAR, "el|del? año? YEAR" },
  { D, TX_A_CENTURY, "el|del|al|un? siglo ORD" },

  /* Quarters, halves, seasons, holidays. */
  { D, TX_A_QUARTER, "el? ORD trimestre|semestre de|del? año? YEAR?" },
  { D, TX_A_QUARTER, "el? trimestre|semestre SHIFT" },
  { D, TX_A_SEASON, "el|la|este|esta? SEASON SHIFT" },
  { D, TX_A_SEASON, "el|la|este|esta|en? SHIFT SEASON" },
  { D, TX_A_SEASON, "el|la? SEASON de|del YEAR" },
  /* "en otoño", "el verano": the season nearest the publication, by the
   * tense (not "ropa de invierno"). */
  { D, TX_A_SEASON, "en|el SEASON" },
  { D, TX_A_HOLIDAY, "HOLIDAY de|del? YEAR?" },
  { D, TX_A_DECADE, "los años DECADE" },
  /* "la década de los noventa", "los años ochenta": tens of the last century. */
  { D, TX_A_DECADE, "la? década de los NUM" },
  { D, TX_A_DECADE, "los años NUM" },

  /* Days relative to the publication. */
  { D, TX_A_DAYREL, "DAYREL ,? WDAY?" },
  { D, TX_A_DAYREL, "pasado mañana:DAYREL=2" },
  { T, TX_A_DAYREL, "DAYREL por la PARTDAY|noche|mañana:PARTDAY=1" },
  { T, TX_A_DAYREL, "DAYREL PARTDAY|noche" },
  { T, TX_A_PART, "anoche:SHIFT=-1" },
  { T, TX_A_PART, "esta PARTDAY|noche|mañana:PARTDAY=1" },
  { T, TX_A_PART, "este mediodía" },
  /* "durante el partido del pasado sábado" (was "sábado" alone, the
   * coming one) */
  { D, TX_A_WDAY, "el|del|este|esta? SHIFT? WDAY SHIFT?" },
  { T, TX_A_WDAY, "el? SHIFT? WDAY SHIFT? por la PARTDAY|noche|mañana:PARTDAY=1" },
  { T, TX_A_WDAY, "la PARTDAY|noche|mañana:PARTDAY=1 del|de SHIFT? WDAY SHIFT?" },
  { T, TX_A_DAYREL, "la PARTDAY|noche|mañana:PARTDAY=1 de DAYREL ,? WDAY?" },
  { T, TX_A_WDAY, "el? SHIFT? WDAY SHIFT? a las HOUR ~:|.? ~MIN? horas?" },

  /* Clock times. */
  { T, TX_A_TIME, "las HOUR ~:|. ~MIN horas|ZONE?" },
  { T, TX_A_TIME, "HOUR ~:|. ~MIN ZONE" },
  { T, TX_A_TIME, "HOUR ~:|. ~MIN horas" },
  /* "por la mañana del miércoles": one expression (the bare part of the
   * day below would match from "por" on, and win) */
  { T, TX_A_WDAY, "<por la PARTDAY|noche|mañana:PARTDAY=1 del|de SHIFT? WDAY SHIFT?" },
  { T, TX_A_PART, "<por la PARTDAY|noche|mañana:PARTDAY=1" },
  /* "en las primeras horas de la mañana", "hasta la mañana del
   * miércoles", "la madrugada del 7 de mayo": the morning, not "mañana"
   * (tomorrow) alone */
  { T, TX_A_PART, "la mañana:PARTDAY=1" },
  { T, TX_A_DATE, "la PARTDAY|noche|mañana:PARTDAY=1 del|de DAY de MONTH ,? de|del? YEAR?" },
  { T, TX_A_TIME, "las HOUR horas" },
  { T, TX_A_TIME, "las HOUR de la PARTDAY|noche|mañana:PARTDAY=1" },
  /* "antes de las ocho de la tarde": hours in words */
  { T, TX_A_TIME, "las dos:HOUR=2|tres:HOUR=3|cuatro:HOUR=4|cinco:HOUR=5|seis:HOUR=6|siete:HOUR=7|ocho:HOUR=8|"
                  "nueve:HOUR=9|diez:HOUR=10|once:HOUR=11|doce:HOUR=12 de la PARTDAY|noche|mañana:PARTDAY=1" },
  /* "pasada la una de la tarde": one o'clock is singular. */
  { T, TX_A_TIME, "la una:HOUR=1 de la PARTDAY|noche|mañana:PARTDAY=1" },

  /* Periods relative to the publication. */
  /* "el mismo día", "ese mismo mes": the one the story told last ("este
   * mismo mes" is this one). */
  { D, TX_A_AGO, "el:DIR=2|la:DIR=2|del:DIR=2|al:DIR=2 mismo:NUM=0|misma:NUM=0 UNIT1" },
  /* "respecto al mismo mes del año pasado": that month, a year back. */
  { D, TX_A_AGO, "el:DIR=2|del:DIR=2|al:DIR=2 mismo:NUM=0 mes|día del año:SHIFT=-1 pasado|anterior" },
  { D, TX_A_SHIFT, "el|la|este|esta|estos|estas? SHIFT UNIT1" },
  { D, TX_A_SHIFT, "el|la|este|esta UNIT1 SHIFT|actual:SHIFT=0" },
  { D, TX_A_SHIFT, "el|la|del|al UNIT1 que viene:SHIFT=1" },
  /* "este fin de semana", "el próximo fin de semana" (TX_UNIT_WEEKEND 7) */
  { D, TX_A_SHIFT, "el|este|del|al? SHIFT? fin de semana:UNIT=7 SHIFT?" },
  { D, TX_A_SHIFT, "el|la UNIT1 en curso:SHIFT=0" },
  { D, TX_A_SHIFT, "al|el? MOD de|del SHIFT? UNIT1 SHIFT?" },
  /* "hace unos días", "hace ya muchos meses", "hace meses": no count, a
   * stretch reaching back to now, as "hace tiempo" (Spanish TimeBank
   * marks them PXD, PXM; they were PAST_REF, no fact). */
  { P, TX_A_DURATION, "hace ya? APPROX? unos|unas? UNITS" },
  { P, TX_A_DURATION, "hace ya? APPROX? varios|varias|algunos|algunas|muchos|muchas UNITS" },
  /* "hace un par de meses", "hace escasamente un mes": a date */
  { D, TX_A_AGO, "hace ya? APPROX? más? de? NUM? UNIT" },
  { D, TX_A_AGO, "hace ya? APPROX? un:NUM=2 par de UNITS" },
  { D, TX_A_AGO, "dentro de APPROX? NUM? UNIT" },
  { D, TX_A_AGO, "NUM UNIT después|antes" },
  { D, TX_A_AGO, "NUM UNIT más|mas tarde:DIR=2" },
  { D, TX_A_AGO, "al UNIT1 siguiente:DIR=2" },
  { D, TX_A_AGO, "la:DIR=-2 víspera:UNIT=4" },

  /* Durations. */
  { P, TX_A_DURATION, "APPROX? más|menos? de? NUM UNIT más?" },
  { P, TX_A_DURATION, "los|las SHIFT NUM? UNITS" },
  { P, TX_A_DURATION, "los|las NUM UNITS" },
  { P, TX_A_DURATION, "<durante UNITS" },
  /* "unos meses", "un par de horas" (but "unas jornadas" are a meeting) */
  { P, TX_A_DURATION, "unos|unas segundos|minutos|horas|días|dias|semanas|meses|años|décadas" },
  { P, TX_A_DURATION, "un:NUM=2 par de UNITS" },
  /* "tres o cuatro semanas", "de ocho a doce meses", "entre dos y tres
   * años": the first count takes the unit of the second. */
  { P, TX_A_DURATION, "NUM >o|>u|>a >NUM >UNITS" },
  { P, TX_A_DURATION, "<entre NUM >y >NUM >UNITS" },
  /* "la protesta durará toda la semana", "todo el día": one whole unit. */
  { P, TX_A_DURATION, "todo:NUM=1|toda:NUM=1 el|la día|noche|semana|mes" },
  { P, TX_A_DURATION, "hace tiempo:UNIT=265" },

  /* Vague references. */
  { D, TX_A_FUZZY, "FUZZY" },
  { D, TX_A_FUZZY, "el futuro" },
  { D, TX_A_FUZZY, "la actualidad:FUZZY=2" },
  { D, TX_A_FUZZY, "el momento:FUZZY=2" },
  { D, TX_A_FUZZY, "estos días:FUZZY=2" },
  { D, TX_A_FUZZY, "hoy en día:FUZZY=2" },
  { D, TX_A_FUZZY, "el|del pasado:FUZZY=1" },
  { D, TX_A_FUZZY, "próximamente:FUZZY=3" },

  /* Recurrences. */
  { S, TX_A_SET, "cada NUM? UNIT1|WDAY|UNITS" },
  { S, TX_A_SET, "todos los UNITS|WDAY" },
  { S, TX_A_SET, "al|por UNIT1" },
  { S, TX_A_SET, "SETADV" },
  { S, TX_A_SET, "WDAYS" },
};

static const char *const function_words[] = {
  "el", "la", "los", "las", "lo", "del", "al", "de", "en", "a", "por", "y", "o", "que", NULL,
};

static const char *const year_before[] = {
  "en", "de", "del", "desde", "hasta", "el", "año", "y", "o", "a", "entre", "(", ",", "-",
  "principios", "mediados", "finales", "fines", "durante", "para", "verano", "invierno",
  "primavera", "otoño", NULL,
};

static const char *const year_after[] = { "y", "o", "-", "a", NULL };
/* ("víspera": "la víspera" alone has no other word of time, and a rule
 * needs one within three words of its start) */
static const char *const timely[] = { "momento", "actualidad", "tiempo", "víspera", NULL };
/* "-yeron" and "-jeron" end the plural of verbs whose stem ends in a
 * vowel or a "j" ("cayeron", "construyeron", "dijeron", "redujeron"),
 * which "-ieron" misses; "-uvo" and "-dujo" the singular of "tener",
 * "estar" and "-ducir" verbs' compounds ("detuvo", "mantuvo", "produjo",
 * "redujo"; not "-ujo" alone: "flujo", "lujo"). */
static const char *const past_endings[] = {
  "ó", "aron", "ieron", "yeron", "jeron", "uvo", "dujo", "aba", "aban", "ían", NULL,
};
static const char *const future_endings[] = { "rá", "rán", "remos", NULL };

static const char *const onward_phrases[] = { "a partir de", "a partir del", NULL };
static const char *const foretold_before[] = { "para", NULL };
static const char *const complementizers[] = { "que", NULL };

/* What tells a weekday's sentence of the past (see tx_sentence_tells_past). */
static const char *const past_words[] = { "ayer", "anteayer", "anoche", NULL };
static const char *const participle_before[] = { "ada", "adas", "ados", "ida", "idas", "idos", NULL };
static const char *const since_phrases[] = { "desde", NULL };

/* Ages, which are no date facts (see timex-counts.c). */
static const char *const span_before_age[] = {
  "plazo", "período", "periodo", "lapso", "espacio", "cabo", "término", "transcurso", "curso",
  /* what lasts, not who ("un contrato de tres años", "una condena de 20 años") */
  "contrato", "mandato", "condena", "pena", "prisión", "cárcel", "reclusión", "inhabilitación",
  "plan", "programa", "retraso", "ausencia", "exilio", "reinado", "carrera", "estancia", "misión",
  "garantía", "servicio", "obras", "guerra", "conflicto", "crisis", "huelga", "juicio", "espera",
  "vigencia", "duración", "experiencia", "historia", "trayectoria", "ciclo", "moratoria", "tregua",
  "préstamo", "crédito", "concesión", "alquiler", "arrendamiento", "vida", "existencia", "etapa", "fin", "vuelta", "aumento", "reducción", "caída", "subida", "supervivencia",
  "estudios", "esperanza", "expectativa", "media", "promedio", "aniversario", "récord",
  "longevidad", "historial",
  "fase", "tramo", "parón", "paréntesis", "racha", "sequía",
  /* "la duración es de seis años": what is, not who has */
  "es", "son", "era", "eran", "fue", "fueron", "será", "serán", "sea",
  /* approximations and how far */
  "más", "menos", "cerca", "alrededor", "después", "antes", "dentro", "través", "largo", "hace",
  "máximo", "mínimo", "partir", NULL,
};
static const char *const age_markers[] = { "tiene", "tenía", "tienen", "tenían", "tendrá", "tendría", "cumple", "cumplió", "cumplir", "cumplirá", "cumplido", NULL };
static const char *const age_after[] = { "edad", NULL };

/* Plural nouns: a count in figures before one is no year. */
static const char *const plural_endings[] = { "s", NULL };

/* Verbs in the plural: a number before one counts (see timex-years.c). */
static const char *const plural_verb_endings[] = { "aron", "ieron", "aban", "ían", NULL };

/* "durante un día", "un día de huelga": a stretch; opening its clause, some day
 * ("Um dia deu-me um livro"; see tx_count_some_day). */
static const char *const some_day_measuring[] = { "durante", "por", "en", "de", "hace", "tras", "después", "antes", "más", "menos", "cada", "apenas", "sólo", "solo", "que", "hasta", "desde", "al", "casi", NULL };
static const char *const some_day_of[] = { "de", "y", "entero", "completo", "por", NULL };

/* What opens another clause between a verb and a date after it, or makes
 * the verb a relative clause's (see TxLanguage.clause_links). */
static const char *const clause_links[] = {
  "y", "e", "o", "u", "pero", "mientras", "cuando", "porque", "aunque", "si", "quien", "quienes",
  "cual", "cuales", "donde", "después", "antes", "hasta", NULL,
};
static const char *const relatives[] = { "que", "quien", "quienes", NULL };
/* gerunds and infinitives ("acordó pagar la deuda el 26 de marzo") */
static const char *const nonfinite_endings[] = { "ando", "iendo", "ar", "er", "ir", NULL };
static const char *const not_nonfinite[] = {
  "lugar", "mujer", "ayer", "hogar", "militar", "popular", "nuclear", "escolar", "titular",
  "similar", "particular", "familiar", "regular", "solar", "lunar", "peculiar", NULL,
};

const TxLanguage tx_language_es = {
  .some_day = "un",
  .some_day_measuring = some_day_measuring,
  .some_day_of = some_day_of,
  .plural_endings = plural_endings,
  .plural_verb_endings = plural_verb_endings,
  .day_range_to = "al",
  .span_before_age = span_before_age,
  .age_markers = age_markers,
  .age_after = age_after,
  .age_before = "de",
  .past_words = past_words,
  .since_phrases = since_phrases,
  .participle_before = participle_before,
  .code = "es",
  .decimal_comma = TRUE,
  .spelled_day_of = "de",
  .number_and = "y",
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
  .dot_time = TRUE,
  .month_two_digit_year = TRUE,
  .decade_word = "años",
  .century_digits = TRUE,
  .year_after_noun = TRUE,
  .weeks_ago_week = TRUE,
  .decade_digits = TRUE,
  .lower_weekdays = TRUE,
  .onward_phrases = onward_phrases,
  .foretold_before = foretold_before,
  .complementizers = complementizers,
  .clause_links = clause_links,
  .relatives = relatives,
  .nonfinite_endings = nonfinite_endings,
  .not_nonfinite = not_nonfinite,
};
