/* timex-patterns.c — the rules: token patterns compiled once at load.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A pattern is a sequence of elements separated by spaces.  An element is
 * a word class in capitals (MONTH, NUM...), a literal word, or several of
 * these joined by '|'.  Suffix '?' makes it optional; prefix '~' requires
 * it to touch the previous token ("mid-2023"); prefix '<' (leading
 * elements only) matches context that stays out of the span.  Where two
 * rules match, the longer match wins, then the earlier rule.
 */
#include "timex-private.h"

#include <string.h>

typedef struct {
  PrecisTimexType type;
  TxAction action;
  const char *pattern;
} TxRuleSource;

#define D PRECIS_TIMEX_DATE
#define T PRECIS_TIMEX_TIME
#define P PRECIS_TIMEX_DURATION
#define S PRECIS_TIMEX_SET

static const TxRuleSource sources[] = {
  /* Calendar dates, with or without weekday or year. */
  { D, TX_A_DATE, "WDAY? ,? MONTH DAY ~,? YEAR?" },
  { D, TX_A_DATE, "WDAY? ,? the? DAY of? MONTH ,? YEAR?" },
  { D, TX_A_DATE, "MOD? ~-? MONTH ,? of? YEAR?" },
  { D, TX_A_DATE, "the end|beginning|start|middle|rest|remainder of MONTH ,? YEAR?" },
  { D, TX_A_DATE, "YEAR ~- ~MM ~- ~DAY" },
  { D, TX_A_DATE, "MM ~/ ~DAY ~/ ~YEAR" },
  { D, TX_A_MONTHSHIFT, "SHIFT MONTH" },
  { D, TX_A_DATE, "the? MOD ~-? YEAR" },
  { D, TX_A_DATE, "the end|beginning|start|middle|rest|remainder of YEAR" },
  { D, TX_A_YEAR, "fiscal|calendar? YEAR" },
  { D, TX_A_YEAR, "the year YEAR" },
  { D, TX_A_DECADE, "the? MOD? DECADE" },
  { D, TX_A_DECADE, "the? MOD ~- ~DECADE" },
  { D, TX_A_DECADE, "the? MOD? ~-? ' ~DECADE" },
  { D, TX_A_CENTURY, "the ORD century" },

  /* Quarters and halves. */
  { D, TX_A_QUARTER, "the? YEAR? ORD ~-? quarter|half" },
  { D, TX_A_QUARTER, "the? ORD ~-? quarter|half of the? fiscal|calendar? YEAR" },
  { D, TX_A_QUARTER, "this|the YEAR ~'s? ORD ~-? quarter|half" },
  { D, TX_A_QUARTER, "YEAR ~'s ORD ~-? quarter|half" },
  { D, TX_A_QUARTER, "this|last|next|the year ~'s ORD ~-? quarter|half" },
  { D, TX_A_QUARTER, "the? last|latter|first|second half of the? fiscal|calendar? YEAR" },
  { D, TX_A_QUARTER, "the? SHIFT ORD? ~-? quarter" },
  { D, TX_A_QUARTER, "the quarter" },
  { D, TX_A_QCODE, "QCODE ~-? fiscal|calendar? YEAR?" },
  { D, TX_A_QUARTER, "the? year-ago|year-earlier ORD? ~-? quarter|period" },
  { D, TX_A_QUARTER, "the? year ~- ~ago|earlier ORD? ~-? quarter|period" },

  /* Seasons and holidays. */
  { D, TX_A_SEASON, "SHIFT MOD? ~-? SEASON ,? of? YEAR?" },
  { D, TX_A_SEASON, "the? MOD ~-? SEASON ,? of? YEAR?" },
  { D, TX_A_SEASON, "the? SEASON ,? of? YEAR" },
  { D, TX_A_SEASON, "<in|<during|<by|<since|<until|<through|<the|<this|<that SEASON" },
  { D, TX_A_HOLIDAY, "HOLIDAY eve|day? ,? YEAR?" },
  { D, TX_A_HOLIDAY, "new year ~'s day|eve" },
  { D, TX_A_HOLIDAY, "election day" },

  /* Days relative to the anchor. */
  { D, TX_A_DAYREL, "MOD|earlier|later? DAYREL" },
  { T, TX_A_DAYREL, "DAYREL PARTDAY|night" },
  { T, TX_A_DAYREL, "DAYREL at? HOUR ~:? ~MIN? AMPM ZONE?" },
  { D, TX_A_WDAY, "SHIFT? MOD|earlier|later? WDAY" },
  { D, TX_A_WDAY, "the? SHIFT WDAY" },
  { T, TX_A_WDAY, "SHIFT? WDAY PARTDAY|night" },
  { T, TX_A_WDAY, "SHIFT? WDAY ,? at? APPROX? HOUR ~:? ~MIN? AMPM ZONE?" },
  { T, TX_A_PART, "TONIGHT" },
  { T, TX_A_PART, "this|last PARTDAY|night" },

  /* Clock times. */
  { T, TX_A_TIME, "APPROX? HOUR ~:? ~MIN? AMPM ZONE? ,? on? DAYREL|WDAY?" },
  { T, TX_A_TIME, "APPROX? HOUR ~: ~MIN ZONE? ,? on? DAYREL|WDAY?" },
  { T, TX_A_TIME, "CLOCKWORD ,? on? DAYREL|WDAY?" },
  { T, TX_A_TIME, "HOUR o'clock|o’clock" },

  /* Periods relative to the anchor. */
  { D, TX_A_SHIFT, "SHIFT fiscal|calendar? UNIT1" },
  { D, TX_A_SHIFT, "the current|present fiscal|calendar? UNIT1" },
  { D, TX_A_SHIFT, "MOD|earlier|later SHIFT? UNIT1" },
  { D, TX_A_SHIFT, "the MOD of the|this|SHIFT UNIT1" },
  { D, TX_A_SHIFT, "earlier|later in the UNIT1" },
  { D, TX_A_SHIFT, "the weekend" },
  { D, TX_A_SHIFT, "UNIT1 ~-? end" },
  { D, TX_A_AGO, "APPROX? than? a|an? NUM? UNIT or? so? ago|earlier|later|hence" },
  { D, TX_A_AGO, "the|a? year ~- ~ago|earlier" },
  { D, TX_A_AGO, "NUM UNIT from now" },
  { D, TX_A_AGO, "year-ago|year-earlier" },

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
  { P, TX_A_DURATION, "UNIT1 ~- ~long" },
  { P, TX_A_DURATION, "the? year ~- ~ago|earlier NUM UNITS" },
  { P, TX_A_DURATION, "half an|a UNIT1" },

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
};

typedef struct {
  const char *name;
  guint32 classes;
  TxSlot slot;
} TxClassName;

static const TxClassName class_names[] = {
  { "MONTH", TX_C_MONTH, TX_S_MONTH },
  { "WDAY", TX_C_WDAY, TX_S_WDAY },
  { "WDAYS", TX_C_WDAYS, TX_S_WDAYS },
  { "UNIT", TX_C_UNIT1 | TX_C_UNITS, TX_S_UNIT },
  { "UNIT1", TX_C_UNIT1, TX_S_UNIT },
  { "UNITS", TX_C_UNITS, TX_S_UNIT },
  { "DAYREL", TX_C_DAYREL, TX_S_DAYREL },
  { "PARTDAY", TX_C_PARTDAY, TX_S_PARTDAY },
  { "SEASON", TX_C_SEASON, TX_S_SEASON },
  { "SHIFT", TX_C_SHIFT, TX_S_SHIFT },
  { "DIR", TX_C_DIR, TX_S_DIR },
  { "MOD", TX_C_MOD, TX_S_MOD },
  { "APPROX", TX_C_APPROX, TX_S_APPROX },
  { "NUM", TX_C_NUMWORD | TX_C_DIGITS | TX_C_VAGUE, TX_S_NUM },
  { "ORD", TX_C_ORD, TX_S_ORD },
  { "DAY", TX_C_DAY, TX_S_DAY },
  { "YEAR", TX_C_YEAR, TX_S_YEAR },
  { "DECADE", TX_C_DECADE, TX_S_DECADE },
  { "HOUR", TX_C_HOUR, TX_S_HOUR },
  { "MIN", TX_C_MIN, TX_S_MIN },
  { "MM", TX_C_MM, TX_S_MONTH },
  { "AMPM", TX_C_AMPM, TX_S_AMPM },
  { "ZONE", TX_C_ZONE, TX_S_NONE },
  { "FUZZY", TX_C_FUZZY, TX_S_FUZZY },
  { "SETADV", TX_C_SETADV, TX_S_SET },
  { "EVERY", TX_C_EVERY, TX_S_NONE },
  { "CLOCKWORD", TX_C_CLOCKWORD, TX_S_HOUR },
  { "TONIGHT", TX_C_TONIGHT, TX_S_TONIGHT },
  { "HOLIDAY", TX_C_HOLIDAY, TX_S_HOLIDAY },
  { "QCODE", TX_C_QCODE, TX_S_ORD },
};

/* Where a literal word's value goes, by its role. */
static TxSlot
slot_of_role (TxRole role)
{
  switch (role)
    {
    case TX_ROLE_MONTH: return TX_S_MONTH;
    case TX_ROLE_WDAY: return TX_S_WDAY;
    case TX_ROLE_WDAYS: return TX_S_WDAYS;
    case TX_ROLE_UNIT: return TX_S_UNIT;
    case TX_ROLE_DAYREL: return TX_S_DAYREL;
    case TX_ROLE_PARTDAY: return TX_S_PARTDAY;
    case TX_ROLE_SEASON: return TX_S_SEASON;
    case TX_ROLE_SHIFT: return TX_S_SHIFT;
    case TX_ROLE_DIR: return TX_S_DIR;
    case TX_ROLE_MOD: return TX_S_MOD;
    case TX_ROLE_APPROX: return TX_S_APPROX;
    case TX_ROLE_NUMBER: return TX_S_NUM;
    case TX_ROLE_VAGUE: return TX_S_NUM;
    case TX_ROLE_ORDINAL: return TX_S_ORD;
    case TX_ROLE_AMPM: return TX_S_AMPM;
    case TX_ROLE_FUZZY: return TX_S_FUZZY;
    case TX_ROLE_SETADV: return TX_S_SET;
    case TX_ROLE_CLOCKWORD: return TX_S_HOUR;
    case TX_ROLE_TONIGHT: return TX_S_TONIGHT;
    case TX_ROLE_HOLIDAY: return TX_S_HOLIDAY;
    case TX_ROLE_QCODE: return TX_S_ORD;
    case TX_ROLE_NONE:
    case TX_ROLE_ZONE:
    case TX_ROLE_EVERY:
    case TX_N_ROLES:
    default:
      return TX_S_NONE;
    }
}

static gboolean
compile_alt (PrecisTimexRules *rules, const char *text, gsize len, TxAlt *alt, GError **error)
{
  g_autofree char *name = g_strndup (text, len);
  for (gsize i = 0; i < G_N_ELEMENTS (class_names); i++)
    if (strcmp (name, class_names[i].name) == 0)
      {
        alt->classes = class_names[i].classes;
        alt->slot = class_names[i].slot;
        return TRUE;
      }
  alt->word = tx_lexicon_word (rules, name);
  if (alt->word == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "timex pattern names “%s”, neither a class nor a lexicon word", name);
      return FALSE;
    }
  alt->slot = slot_of_role (alt->word->role);
  return TRUE;
}

static gboolean
compile_element (PrecisTimexRules *rules, const char *text, TxElement *element, GError **error)
{
  gsize len = strlen (text);
  if (text[0] == '<')
    element->context = TRUE, text++, len--;
  if (len > 1 && text[0] == '~')
    element->attached = TRUE, text++, len--;
  if (len > 1 && text[len - 1] == '?')
    element->optional = TRUE, len--;

  g_autoptr (GArray) alts = g_array_new (FALSE, TRUE, sizeof (TxAlt));
  const char *p = text, *end = text + len;
  while (p < end)
    {
      const char *q = p;
      while (q < end && *q != '|')
        q++;
      /* '<' may prefix each alternative of a context element. */
      if (*p == '<' && q - p > 1)
        p++;
      TxAlt alt = { 0 };
      if (!compile_alt (rules, p, q - p, &alt, error))
        return FALSE;
      g_array_append_val (alts, alt);
      p = q + 1;
    }
  element->n_alts = alts->len;
  element->alts = (TxAlt *) g_array_free (g_steal_pointer (&alts), FALSE);
  return TRUE;
}

/* What can start a match: the first element, and those after it while
 * they are optional. */
static void
compute_first (PrecisTimexRules *rules, guint r)
{
  TxRule *rule = &rules->rules[r];
  guint64 bit = G_GUINT64_CONSTANT (1) << (r % 64);
  for (guint e = 0; e < rule->n_elements; e++)
    {
      const TxElement *element = &rule->elements[e];
      for (guint a = 0; a < element->n_alts; a++)
        {
          const TxAlt *alt = &element->alts[a];
          rule->first_classes |= alt->classes;
          for (guint c = 0; c < 32; c++)
            if (alt->classes & (1u << c))
              rules->class_starts[c][r / 64] |= bit;
          /* Words live in rules->words, writable while compiling. */
          if (alt->word != NULL)
            rules->words[alt->word - rules->words].starts[r / 64] |= bit;
        }
      if (!element->optional)
        break;
    }
}

gboolean
tx_patterns_compile (PrecisTimexRules *rules, GError **error)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (sources) <= TX_MAX_RULES);
  rules->n_rules = G_N_ELEMENTS (sources);
  rules->rules = g_new0 (TxRule, rules->n_rules);
  for (guint r = 0; r < rules->n_rules; r++)
    {
      TxRule *rule = &rules->rules[r];
      g_auto (GStrv) parts = g_strsplit (sources[r].pattern, " ", -1);
      rule->source = sources[r].pattern;
      rule->type = sources[r].type;
      rule->action = sources[r].action;
      rule->n_elements = g_strv_length (parts);
      rule->elements = g_new0 (TxElement, rule->n_elements);
      for (guint e = 0; e < rule->n_elements; e++)
        if (!compile_element (rules, parts[e], &rule->elements[e], error))
          {
            g_prefix_error (error, "rule “%s”: ", sources[r].pattern);
            return FALSE;
          }
      compute_first (rules, r);
    }
  return TRUE;
}

void
tx_patterns_free (PrecisTimexRules *rules)
{
  for (guint r = 0; r < rules->n_rules; r++)
    {
      TxRule *rule = &rules->rules[r];
      for (guint e = 0; e < rule->n_elements; e++)
        g_free (rule->elements[e].alts);
      g_free (rule->elements);
    }
  g_clear_pointer (&rules->rules, g_free);
  rules->n_rules = 0;
}
