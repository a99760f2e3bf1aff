/* timex-patterns.c — the rules: token patterns compiled once at load.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A pattern is a sequence of elements separated by spaces.  An element is
 * a word class in capitals (MONTH, NUM...), a literal word, or several of
 * these joined by '|'.  Suffix '?' makes it optional; prefix '~' requires
 * it to touch the previous token ("mid-2023"); prefix '<' (leading
 * elements only) matches context that stays out of the span, and prefix
 * '>' (trailing elements only) context after it: the month of "les 6 et
 * 13 avril" read for the 6.  A literal
 * word may give a value of its own to a slot: "y:DIR=-1" in French "il y a
 * deux ans".  Where two rules match, the longer match wins, then the
 * earlier rule.
 */
#include "timex-private.h"

#include <stdlib.h>
#include <string.h>

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

/* The slots a literal's preset may name. */
static const struct { const char *name; TxSlot slot; } slot_names[] = {
  { "DAYREL", TX_S_DAYREL }, { "DIR", TX_S_DIR }, { "SHIFT", TX_S_SHIFT },
  { "PARTDAY", TX_S_PARTDAY }, { "MOD", TX_S_MOD }, { "UNIT", TX_S_UNIT }, { "NUM", TX_S_NUM },
  { "FUZZY", TX_S_FUZZY }, { "SET", TX_S_SET }, { "ORD", TX_S_ORD }, { "HOUR", TX_S_HOUR },
  { "AMPM", TX_S_AMPM }, { "HALF", TX_S_HALF }, { "MIN", TX_S_MIN }, { "HOLIDAY", TX_S_HOLIDAY },
  /* "laatste:NONE=0": the word read, its role's value not ("ten laatste
   * maandag" is no last Monday). */
  { "NONE", TX_S_NONE },
};

static gboolean
compile_preset (const char *spec, TxAlt *alt, GError **error)
{
  const char *eq = strchr (spec, '=');
  for (gsize i = 0; eq != NULL && i < G_N_ELEMENTS (slot_names); i++)
    if (strlen (slot_names[i].name) == (gsize) (eq - spec) &&
        strncmp (spec, slot_names[i].name, eq - spec) == 0)
      {
        alt->slot = slot_names[i].slot;
        alt->preset = TRUE;
        alt->value = atoi (eq + 1);
        return TRUE;
      }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "timex pattern preset “%s”", spec);
  return FALSE;
}

static gboolean
compile_alt (TxGrammar *rules, const char *text, gsize len, TxAlt *alt, GError **error)
{
  g_autofree char *name = g_strndup (text, len);
  char *colon = strchr (name, ':');
  if (colon != NULL && colon > name && colon[1] != '\0')
    *colon++ = '\0';
  else
    colon = NULL;
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
  return colon == NULL || compile_preset (colon, alt, error);
}

static gboolean
compile_element (TxGrammar *rules, const char *text, TxElement *element, GError **error)
{
  gsize len = strlen (text);
  if (text[0] == '<')
    element->context = TRUE, text++, len--;
  else if (text[0] == '>')
    element->trailing = TRUE, text++, len--;
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
      /* '<' or '>' may prefix each alternative of a context element. */
      if ((*p == '<' || *p == '>') && q - p > 1)
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
compute_first (TxGrammar *rules, guint r)
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
tx_patterns_compile (TxGrammar *rules, const TxLanguage *language, GError **error)
{
  const TxRuleSource *sources = language->rules;
  if (language->n_rules > TX_MAX_RULES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "timex %s: %zu rules, at most %d",
                   language->code, language->n_rules, TX_MAX_RULES);
      return FALSE;
    }
  rules->n_rules = language->n_rules;
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
            g_prefix_error (error, "%s rule “%s”: ", language->code, sources[r].pattern);
            return FALSE;
          }
      compute_first (rules, r);
    }
  return TRUE;
}

void
tx_patterns_free (TxGrammar *rules)
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
