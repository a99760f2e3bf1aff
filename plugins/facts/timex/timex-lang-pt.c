/* timex-lang-pt.c — Portuguese: the words of time expressions and the rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout as in timex-lang-en.c; direction values as in timex-lang-es.c.
 */
#include "timex-private.h"

static const TxEntry entries[] = {
  { "janeiro jan*", TX_ROLE_MONTH, 1 },
  { "fevereiro fev*", TX_ROLE_MONTH, 2 },
  { "março marco", TX_ROLE_MONTH, 3 },
  { "abril abr*", TX_ROLE_MONTH, 4 },
  { "maio mai*", TX_ROLE_MONTH, 5 },
  { "junho jun*", TX_ROLE_MONTH, 6 },
  { "julho jul*", TX_ROLE_MONTH, 7 },
  { "agosto ago*", TX_ROLE_MONTH, 8 },
  { "setembro set*", TX_ROLE_MONTH, 9 },
  { "outubro out*", TX_ROLE_MONTH, 10 },
  { "novembro nov*", TX_ROLE_MONTH, 11 },
  { "dezembro dez*", TX_ROLE_MONTH, 12 },

  { "segunda-feira", TX_ROLE_WDAY, 1 },
  { "terça-feira terca-feira", TX_ROLE_WDAY, 2 },
  { "quarta-feira", TX_ROLE_WDAY, 3 },
  { "quinta-feira", TX_ROLE_WDAY, 4 },
  { "sexta-feira", TX_ROLE_WDAY, 5 },
  { "sábado sabado", TX_ROLE_WDAY, 6 },
  { "domingo", TX_ROLE_WDAY, 7 },
  { "sábados", TX_ROLE_WDAYS, 6 }, { "domingos", TX_ROLE_WDAYS, 7 },

  { "primeiro primeira", TX_ROLE_ORDINAL, 1 },
  { "segundo segunda", TX_ROLE_ORDINAL, 2 },
  { "terceiro terceira", TX_ROLE_ORDINAL, 3 },
  { "quarto quarta", TX_ROLE_ORDINAL, 4 },

  { "segundos", TX_ROLE_UNIT, TX_UNIT_SECOND | TX_PLURAL },
  { "minuto", TX_ROLE_UNIT, TX_UNIT_MINUTE },
  { "minutos", TX_ROLE_UNIT, TX_UNIT_MINUTE | TX_PLURAL },
  { "hora", TX_ROLE_UNIT, TX_UNIT_HOUR },
  { "horas", TX_ROLE_UNIT, TX_UNIT_HOUR | TX_PLURAL },
  { "dia", TX_ROLE_UNIT, TX_UNIT_DAY },
  { "dias", TX_ROLE_UNIT, TX_UNIT_DAY | TX_PLURAL },
  { "noite", TX_ROLE_UNIT, TX_UNIT_NIGHT },
  { "noites", TX_ROLE_UNIT, TX_UNIT_NIGHT | TX_PLURAL },
  { "semana", TX_ROLE_UNIT, TX_UNIT_WEEK },
  { "semanas", TX_ROLE_UNIT, TX_UNIT_WEEK | TX_PLURAL },
  { "fim-de-semana", TX_ROLE_UNIT, TX_UNIT_WEEKEND },
  { "quinzena", TX_ROLE_UNIT, TX_UNIT_FORTNIGHT },
  { "mês mes", TX_ROLE_UNIT, TX_UNIT_MONTH },
  { "meses", TX_ROLE_UNIT, TX_UNIT_MONTH | TX_PLURAL },
  { "trimestre", TX_ROLE_UNIT, TX_UNIT_QUARTER },
  { "trimestres", TX_ROLE_UNIT, TX_UNIT_QUARTER | TX_PLURAL },
  { "semestre", TX_ROLE_UNIT, TX_UNIT_HALF },
  { "ano", TX_ROLE_UNIT, TX_UNIT_YEAR },
  { "anos", TX_ROLE_UNIT, TX_UNIT_YEAR | TX_PLURAL },
  { "década", TX_ROLE_UNIT, TX_UNIT_DECADE },
  { "décadas", TX_ROLE_UNIT, TX_UNIT_DECADE | TX_PLURAL },
  { "século", TX_ROLE_UNIT, TX_UNIT_CENTURY },
  { "séculos", TX_ROLE_UNIT, TX_UNIT_CENTURY | TX_PLURAL },

  { "ontem", TX_ROLE_DAYREL, -1 },
  { "anteontem", TX_ROLE_DAYREL, -2 },
  { "hoje", TX_ROLE_DAYREL, 0 },
  { "amanhã amanha", TX_ROLE_DAYREL, 1 },
  { "manhã manha madrugada", TX_ROLE_PARTDAY, TX_PART_MO },
  { "tarde", TX_ROLE_PARTDAY, TX_PART_AF },
  { "meio-dia", TX_ROLE_CLOCKWORD, 12 },
  { "meia-noite", TX_ROLE_CLOCKWORD, 0 },

  { "primavera", TX_ROLE_SEASON, TX_SEASON_SP },
  { "verão verao", TX_ROLE_SEASON, TX_SEASON_SU },
  { "outono", TX_ROLE_SEASON, TX_SEASON_FA },
  { "inverno", TX_ROLE_SEASON, TX_SEASON_WI },

  { "passado passada passados passadas último última últimos últimas anterior", TX_ROLE_SHIFT, -1 },
  { "próximo próxima próximos próximas proximo proxima seguinte", TX_ROLE_SHIFT, 1 },
  { "este esta estes estas neste nesta deste desta mesmo mesma corrente", TX_ROLE_SHIFT, 0 },

  { "há ha atrás atras", TX_ROLE_DIR, -1 },
  { "daqui dentro", TX_ROLE_DIR, 1 },
  { "depois", TX_ROLE_DIR, 2 },
  { "antes", TX_ROLE_DIR, -2 },

  { "início inicio princípio começo", TX_ROLE_MOD, 1 },
  { "meados", TX_ROLE_MOD, 2 },
  { "fim final", TX_ROLE_MOD, 3 },

  { "quase cerca mais menos apenas só aproximadamente uns umas", TX_ROLE_APPROX, 0 },

  { "um uma", TX_ROLE_NUMBER, 1 }, { "dois duas", TX_ROLE_NUMBER, 2 },
  { "três tres", TX_ROLE_NUMBER, 3 }, { "quatro", TX_ROLE_NUMBER, 4 },
  { "cinco", TX_ROLE_NUMBER, 5 }, { "seis", TX_ROLE_NUMBER, 6 },
  { "sete", TX_ROLE_NUMBER, 7 }, { "oito", TX_ROLE_NUMBER, 8 },
  { "nove", TX_ROLE_NUMBER, 9 }, { "dez", TX_ROLE_NUMBER, 10 },
  { "onze", TX_ROLE_NUMBER, 11 }, { "doze", TX_ROLE_NUMBER, 12 },
  { "quinze", TX_ROLE_NUMBER, 15 }, { "vinte", TX_ROLE_NUMBER, 20 },
  { "trinta", TX_ROLE_NUMBER, 30 }, { "cem", TX_ROLE_NUMBER, 100 },
  { "treze", TX_ROLE_NUMBER, 13 }, { "catorze quatorze", TX_ROLE_NUMBER, 14 },
  { "dezesseis dezasseis", TX_ROLE_NUMBER, 16 }, { "dezessete dezassete", TX_ROLE_NUMBER, 17 },
  { "dezoito", TX_ROLE_NUMBER, 18 }, { "dezenove dezanove", TX_ROLE_NUMBER, 19 },
  { "quarenta", TX_ROLE_NUMBER, 40 }, { "cinquenta", TX_ROLE_NUMBER, 50 },
  { "sessenta", TX_ROLE_NUMBER, 60 }, { "setenta", TX_ROLE_NUMBER, 70 },
  { "oitenta", TX_ROLE_NUMBER, 80 }, { "noventa", TX_ROLE_NUMBER, 90 },
  { "vários várias alguns algumas muitos muitas", TX_ROLE_VAGUE, TX_VAGUE },

  { "agora atualmente actualmente", TX_ROLE_FUZZY, TX_FUZZY_PRESENT },
  { "recentemente", TX_ROLE_FUZZY, TX_FUZZY_PAST },
  { "futuro brevemente", TX_ROLE_FUZZY, TX_FUZZY_FUTURE },

  { "diário diária diariamente", TX_ROLE_SETADV, TX_UNIT_DAY },
  { "semanal semanais semanalmente", TX_ROLE_SETADV, TX_UNIT_WEEK },
  { "mensal mensais mensalmente", TX_ROLE_SETADV, TX_UNIT_MONTH },
  { "anual anuais anualmente", TX_ROLE_SETADV, TX_UNIT_YEAR },
  { "cada", TX_ROLE_EVERY, 0 },

  { "natal", TX_ROLE_HOLIDAY, 1225 },
  { "^páscoa", TX_ROLE_HOLIDAY, TX_EASTER (0) },
  { "^pentecostes", TX_ROLE_HOLIDAY, TX_EASTER (49) },

  { "o a os as do da dos das de em no na nos nas ao à aos e ou por pela pelo durante desde até entre "
    "que vem todos todas vez vezes às h",
    TX_ROLE_NONE, 0 },
};

static const TxTenseEntry tenses[] = {
  { "será serão vai vão irá irão terá terão", TX_TENSE_FUTURE },
  { "foi foram era eram tinha tinham disse fez teve esteve houve deu deram viu viram pôs veio vieram", TX_TENSE_PAST },
  { "é são está estão diz dizem estou", TX_TENSE_PRESENT },
  /* Words that end as a past does ("venceu", "partiu") and are none. */
  { "europeu europeus museu museus judeu judeus ateu ateus plebeu", TX_TENSE_NONE },
  /* The present of verbs in -erar, -arar, -irar ends as the preterite of
   * others does ("esperam" beside "venderam"): the ones of news, so that
   * past_endings do not take them for past. */
  { "esperam consideram geram operam alteram superam aceleram liberam moderam toleram "
    "recuperam cooperam deliberam exageram reiteram lideram ponderam prosperam "
    "preparam declaram comparam separam disparam param amparam reparam encaram "
    "retiram tiram atiram inspiram expiram giram admiram aspiram", TX_TENSE_PRESENT },
};

#define D PRECIS_TIMEX_DATE
#define T PRECIS_TIMEX_TIME
#define P PRECIS_TIMEX_DURATION
#define S PRECIS_TIMEX_SET

static const TxRuleSource rules[] = {
  /* A wire's dateline: "Lisboa, 3 dez (Lusa) -". */
  { D, TX_A_DATE, "DAY MONTH >(" },
  /* Pairs and ranges: "de 10 a 14 de fevereiro", "entre 3 e 5 de março",
   * "nos dias 9 e 10 de junho": the first day takes the month (and year)
   * of the second. */
  { D, TX_A_DATE, "<de|<entre|<dias DAY >a|>e >NUM >de >MONTH >de? >YEAR?" },
  { D, TX_A_DATE, "na|no? WDAY? ,? DAY de MONTH ,? de? YEAR?" },
  /* "8 de julho último", "3 de julho próximo": the last such day, or the
   * next (see norm_date). */
  { D, TX_A_DATE, "na|no? WDAY? ,? DAY de MONTH passado|último|próximo" },
  /* "no passado dia 15 de março", "o próximo dia 20", "no dia 7": a day
   * of the month; the shift says which (see norm_date). */
  { D, TX_A_DATE, "no|do|o|ao|até|desde? SHIFT? dia DAY de MONTH ,? de? YEAR?" },
  { D, TX_A_DATE, "no|do|o|ao|até|desde? SHIFT? dia DAY" },
  { D, TX_A_DATE, "MOD de MONTH de? YEAR?" },
  { D, TX_A_DATE, "MONTH de YEAR" },
  /* ...and a range's or a list's months: "entre janeiro e março", "de
   * maio a junho", "em maio e junho". */
  { D, TX_A_DATE, "<em|<de|<desde|<até|<entre|<e|<a MONTH" },
  /* "em janeiro de 1939": longer than the rule above, which would end at
   * the month and leave the year alone. */
  { D, TX_A_DATE, "<em|<desde|<até|<entre|<e|<a MONTH de YEAR" },
  { D, TX_A_DATE, "DAY ~/ ~MM ~/ ~YEAR" },
  { D, TX_A_DATE, "MOD de|do YEAR" },
  { D, TX_A_MONTHSHIFT, "MONTH SHIFT" },
  /* "em maio passado": the preposition's context rule would end at the
   * month and take the coming May. */
  { D, TX_A_MONTHSHIFT, "<em|<de|<desde|<até MONTH passado|passada|último|próximo|seguinte" },
  { D, TX_A_YEAR, "o? ano? de? YEAR" },

  { D, TX_A_QUARTER, "o? ORD trimestre|semestre de|do? YEAR?" },
  /* "no verão de 2024": the year's season (the year alone was read). */
  { D, TX_A_SEASON, "o|a? SEASON de YEAR" },
  { D, TX_A_SEASON, "o|a|este|esta|neste|nesta? SEASON SHIFT" },
  { D, TX_A_SEASON, "este|esta|neste|nesta SEASON" },
  { D, TX_A_HOLIDAY, "HOLIDAY de? YEAR?" },

  { D, TX_A_DAYREL, "DAYREL" },
  { D, TX_A_DAYREL, "depois de amanhã:DAYREL=2" },
  { D, TX_A_DAYREL, "depois de amanha:DAYREL=2" },
  { T, TX_A_DAYREL, "DAYREL à|de PARTDAY|noite" },
  { T, TX_A_PART, "esta|nesta PARTDAY|noite" },
  { D, TX_A_WDAY, "na|no|esta|nesta? SHIFT? WDAY SHIFT?" },
  { T, TX_A_WDAY, "na|no? SHIFT? WDAY SHIFT? à PARTDAY|noite" },
  { T, TX_A_TIME, "às HOUR ~h|: ~MIN?" },

  /* "no mesmo dia", "o mesmo ano": the one the story told last ("neste
   * mesmo ano" is this one). */
  { D, TX_A_AGO, "o:DIR=2|a:DIR=2|no:DIR=2|na:DIR=2|do:DIR=2|da:DIR=2|ao:DIR=2 mesmo:NUM=0|mesma:NUM=0 UNIT1" },
  /* "face ao mesmo mês do ano passado": that month, a year back. */
  { D, TX_A_AGO, "o:DIR=2|no:DIR=2|do:DIR=2|ao:DIR=2 mesmo:NUM=0 mês|mes|dia do ano:SHIFT=-1 passado|anterior" },
  { D, TX_A_SHIFT, "o|a|este|esta|neste|nesta? UNIT1 SHIFT" },
  { D, TX_A_SHIFT, "o|a|este|esta|neste|nesta? SHIFT UNIT1" },
  /* "no ano que vem", "na semana que vem": the next one. */
  { D, TX_A_SHIFT, "o|a|no|na UNIT1 que vem:SHIFT=1" },
  { D, TX_A_SHIFT, "no|o|este|neste fim-de-semana" },
  /* ...as the 1990 spelling agreement writes it: "este fim de semana",
   * "no próximo fim de semana", "no fim de semana passado" (the weekend,
   * TX_UNIT_WEEKEND 7; "ao fim de seis semanas" is six weeks). */
  { D, TX_A_SHIFT, "no|o|do|ao? SHIFT? fim de semana:UNIT=7 SHIFT?" },
  { D, TX_A_SHIFT, "MOD do|da SHIFT? UNIT1 SHIFT?" },
  { D, TX_A_AGO, "há APPROX? de? NUM UNIT" },
  { D, TX_A_AGO, "APPROX? NUM UNIT atrás" },
  { D, TX_A_AGO, "daqui a APPROX? NUM UNIT" },
  /* "dentro de duas semanas": that far ahead, as "daqui a". */
  { D, TX_A_AGO, "dentro de APPROX? NUM UNIT" },
  { D, TX_A_AGO, "APPROX? NUM UNIT depois|antes" },

  /* "mais de seis meses"; but "ao fim de seis meses" is six months. */
  { P, TX_A_DURATION, "APPROX? NUM UNIT" },
  { P, TX_A_DURATION, "APPROX de NUM UNIT" },
  { P, TX_A_DURATION, "os|as SHIFT NUM? UNITS" },
  { P, TX_A_DURATION, "<durante UNITS" },

  { D, TX_A_FUZZY, "FUZZY" },
  { D, TX_A_FUZZY, "o futuro" },
  { D, TX_A_FUZZY, "o passado:FUZZY=1" },

  { S, TX_A_SET, "cada NUM? UNIT1|WDAY|UNITS" },
  { S, TX_A_SET, "todos|todas os|as UNITS" },
  { S, TX_A_SET, "por UNIT1" },
  { S, TX_A_SET, "SETADV" },
  { S, TX_A_SET, "WDAYS" },
};

static const char *const function_words[] = {
  "o", "a", "os", "as", "do", "da", "dos", "das", "de", "em", "no", "na", "ao", "à", "e", "ou",
  "por", "que", NULL,
};

static const char *const year_before[] = {
  "em", "de", "do", "desde", "até", "o", "ano", "e", "ou", "a", "entre", "(", ",", "-", "início",
  "meados", "fim", "final", "durante", "para", NULL,
};

static const char *const year_after[] = { "e", "ou", "-", "a", NULL };
/* "-íram": the plural of "cair", "sair", "incluir", "construir" ("caíram",
 * "incluíram"), which "-iram" misses; "-teve" the singular of the
 * compounds of "ter" ("deteve", "manteve", "obteve"). */
static const char *const past_endings[] = { "ou", "aram", "eram", "iram", "íram", "eu", "iu", "teve", NULL };
static const char *const future_endings[] = { "rá", "rão", "remos", NULL };
static const char *const enclitics[] = {
  "se", "lhe", "lhes", "me", "te", "nos", "vos", "o", "a", "os", "as", "lo", "la", "los", "las", NULL,
};

static const char *const onward_phrases[] = { "a partir de", "a partir do", "a partir da", NULL };
static const char *const foretold_before[] = { "para", NULL };
static const char *const stretch_after[] = { "primeira vez", NULL };
static const char *const complementizers[] = { "que", NULL };
/* What opens another clause between a verb and a date after it, or makes
 * the verb a relative clause's (see TxLanguage.clause_links). */
static const char *const clause_links[] = {
  "e", "ou", "mas", "enquanto", "quando", "porque", "embora", "se", "quem", "cujo", "cuja", "onde",
  "depois", "antes", "até", NULL,
};
static const char *const relatives[] = { "que", "quem", NULL };
/* gerunds and infinitives ("prometeu pagar a dívida em 26 de março") */
static const char *const nonfinite_endings[] = { "ando", "endo", "indo", "ar", "er", "ir", NULL };
static const char *const not_nonfinite[] = {
  "lugar", "mulher", "militar", "popular", "nuclear", "escolar", "titular", "similar", "particular",
  "familiar", "regular", "solar", "lunar", "poder", "dever", "prazer", "qualquer", "líder",
  "quando", "lindo", NULL,
};

/* What tells a weekday's sentence of the past (see tx_sentence_tells_past). */
static const char *const past_words[] = { "ontem", "anteontem", NULL };
static const char *const since_phrases[] = { "desde", NULL };

/* Ages, which are no date facts (see timex-counts.c). */
static const char *const span_before_age[] = {
  "prazo", "período", "espaço", "cabo", "termo", "decurso", "curso",
  /* what lasts, not who ("um contrato de três anos", "uma pena de 20 anos") */
  "contrato", "mandato", "pena", "condenação", "prisão", "cadeia", "reclusão", "plano",
  "programa", "atraso", "ausência", "exílio", "reinado", "carreira", "estadia", "missão",
  "garantia", "serviço", "obras", "guerra", "conflito", "crise", "greve", "julgamento", "espera",
  "vigência", "duração", "experiência", "história", "ciclo", "moratória", "trégua", "empréstimo",
  "crédito", "concessão", "aluguel", "arrendamento", "vida",
  "fim", "volta", "aumento", "redução", "queda", "subida", "sobrevivência", "estudos", "esperança",
  "expectativa", "média", "aniversário", "especial", "recorde", "longevidade",
  /* approximations and how far */
  "mais", "menos", "cerca", "depois", "antes", "dentro", "através", "longo", "máximo", "mínimo",
  "partir", NULL,
};
static const char *const age_markers[] = { "tem", "tinha", "têm", "tinham", "terá", "teria", "completa", "completou", "completar", "completará", "completado", NULL };
static const char *const age_after[] = { "idade", NULL };

/* Plural nouns: a count in figures before one is no year. */
static const char *const plural_endings[] = { "s", NULL };

/* Verbs in the plural: a number before one counts (see timex-years.c). */
static const char *const plural_verb_endings[] = { "aram", "eram", "iram", "avam", NULL };

/* "durante um dia", "um dia de greve", "um dia inteiro": a stretch; opening its clause, some day
 * ("Um dia deu-me um livro"; see tx_count_some_day). */
static const char *const some_day_measuring[] = { "durante", "por", "em", "de", "há", "após", "depois", "antes", "mais", "menos", "cada", "apenas", "só", "que", "até", "faz", "num", "cerca", NULL };
static const char *const some_day_of[] = { "de", "e", "inteiro", "completo", "por", NULL };

const TxLanguage tx_language_pt = {
  .some_day = "um",
  .some_day_measuring = some_day_measuring,
  .some_day_of = some_day_of,
  .plural_endings = plural_endings,
  .plural_verb_endings = plural_verb_endings,
  .span_before_age = span_before_age,
  .age_markers = age_markers,
  .age_after = age_after,
  .age_before = "de",
  .past_words = past_words,
  .since_phrases = since_phrases,
  .code = "pt",
  .decimal_comma = TRUE,
  .spelled_day_of = "de",
  .number_and = "e",
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
  .enclitics = enclitics,
  .future_endings = future_endings,
  .h_time = TRUE,
  .year_after_noun = TRUE,
  .lower_weekdays = TRUE,
  .onward_phrases = onward_phrases,
  .foretold_before = foretold_before,
  .complementizers = complementizers,
  .clause_links = clause_links,
  .relatives = relatives,
  .nonfinite_endings = nonfinite_endings,
  .not_nonfinite = not_nonfinite,
  .stretch_after = stretch_after,
};
