/* timex-lexicon.c — the words of time expressions and what they mean.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-private.h"

#include <string.h>

typedef struct {
  const char *words;   /* space-separated spellings */
  TxRole role;
  int value;
} TxEntry;

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

  { "ago earlier before", TX_ROLE_DIR, -1 },
  { "later after hence", TX_ROLE_DIR, 1 },

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
  { "est edt cst cdt mst mdt pst pdt gmt utc bst cet et", TX_ROLE_ZONE, 0 },

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

  /* Words patterns name literally. */
  { "the a an of on at in or so to than and from until through since by during within "
    "for that fiscal calendar o'clock o’clock times once twice per ago from "
    "year-ago year-earlier new eve day election 's ’s ' ’ s other long old term near "
    "distant moment period soon possible as high latter until till between around his her its their our these those recent rest remainder ahead end", TX_ROLE_NONE, 0 },
};

/* Tense markers: the verbs that tell which Saturday "Saturday" is. */
static const struct { const char *words; TxTense tense; } tense_entries[] = {
  { "will 'll ’ll shall wo would effective payable starting expires", TX_TENSE_FUTURE },
  { "said was were had did told met went took came began left made gave held "
    "announced reported killed died won lost saw got found sent fell rose "
    "ran spoke wrote led became put struck hit brought thought felt kept "
    "paid sold bought began broke chose drove flew forgot fought",
    TX_TENSE_PAST },
  { "is are says say", TX_TENSE_PRESENT },
};

/* The hash table first maps to 1-based indices into `storage`, which
 * grows while building; pointers are fixed once it is final. */
static void
add_spelling (PrecisTimexRules *rules, GArray *storage, const char *spelling, gsize len,
              TxRole role, int value, TxTense tense)
{
  gboolean abbrev = FALSE, capitalized = FALSE;
  if (len > 0 && spelling[0] == '^')
    {
      capitalized = TRUE;
      spelling++, len--;
    }
  if (len > 0 && spelling[len - 1] == '*')
    {
      abbrev = TRUE;
      len--;
    }
  if (len == 0)
    return;
  g_autofree char *key = g_strndup (spelling, len);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (rules->lexicon, key));
  if (index == 0)
    {
      g_array_set_size (storage, storage->len + 1);
      index = storage->len;
      g_hash_table_insert (rules->lexicon, g_steal_pointer (&key), GUINT_TO_POINTER (index));
    }
  TxWord *word = &g_array_index (storage, TxWord, index - 1);
  /* A spelling with two meanings ("second": unit and ordinal) keeps its
   * first role; the view gives ordinals their class from a second table. */
  if (tense != TX_TENSE_NONE)
    word->tense = tense;
  else if (word->role == TX_ROLE_NONE)
    {
      word->role = role;
      word->value = value;
    }
  word->abbrev |= abbrev;
  word->capitalized |= capitalized;
}

/* Words that look ahead only in "plans to", "is expected to", "set for":
 * "the plan" alone is a noun. */
static const char *const future_with_to[] = {
  "going", "scheduled", "plans", "plan", "planned", "expected", "expects", "expect", "due",
  "slated", "intends", "aims", "hopes", "set",
};

static void
add_words (PrecisTimexRules *rules, GArray *storage, const char *words, TxRole role, int value,
           TxTense tense)
{
  const char *p = words;
  while (*p)
    {
      while (*p == ' ')
        p++;
      const char *q = p;
      while (*q && *q != ' ')
        q++;
      if (q > p)
        add_spelling (rules, storage, p, q - p, role, value, tense);
      p = q;
    }
}

void
tx_lexicon_build (PrecisTimexRules *rules)
{
  g_autoptr (GArray) storage = g_array_new (FALSE, TRUE, sizeof (TxWord));

  rules->lexicon = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (entries); i++)
    add_words (rules, storage, entries[i].words, entries[i].role, entries[i].value,
               TX_TENSE_NONE);
  for (gsize i = 0; i < G_N_ELEMENTS (tense_entries); i++)
    add_words (rules, storage, tense_entries[i].words, TX_ROLE_NONE, 0, tense_entries[i].tense);
  for (gsize i = 0; i < G_N_ELEMENTS (future_with_to); i++)
    add_spelling (rules, storage, future_with_to[i], strlen (future_with_to[i]), TX_ROLE_NONE, 0,
                  TX_TENSE_FUTURE_WITH_TO);
  /* Punctuation that patterns name: one character each. */
  static const char puncts[] = ",-:/.'()";
  for (const char *c = puncts; *c; c++)
    add_spelling (rules, storage, c, 1, TX_ROLE_NONE, 0, TX_TENSE_NONE);

  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, rules->lexicon);
  while (g_hash_table_iter_next (&it, &k, NULL))
    {
      gsize len = strlen (k);
      rules->longest_word = MAX (rules->longest_word, len + 1);   /* + "." */
      /* Abbreviations may come with their period: one byte more. */
      rules->first_len[*(guchar *) k] |= (1u << MIN (len, 31)) | (1u << MIN (len + 1, 31));
    }
  rules->n_words = storage->len;
  rules->words = (TxWord *) g_array_free (g_steal_pointer (&storage), FALSE);

  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, rules->lexicon);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_iter_replace (&iter, &rules->words[GPOINTER_TO_UINT (value) - 1]);

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
  };
  for (gsize i = 0; i < TX_N_KNOWN; i++)
    rules->known[i] = g_hash_table_lookup (rules->lexicon, known[i]);
  static const char *const year_before[] = {
    "in", "since", "of", "by", "until", "through", "from", "to", "during", "before",
    "after", "early", "late", "mid", "end", "and", "or", "between", "for", "around",
    "about", "(", ",", "-", "year", "'s", "’s", "spring", "summer", "fall", "winter",
    "the", "a", "an", "his", "her", "its", "their", "our",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (year_before); i++)
    {
      TxWord *w = g_hash_table_lookup (rules->lexicon, year_before[i]);
      if (w != NULL)
        w->year_before = TRUE;
    }
  static const char *const year_after[] = { "and", "to", "-", "'s", "’s", "through", "or" };
  for (gsize i = 0; i < G_N_ELEMENTS (year_after); i++)
    {
      TxWord *w = g_hash_table_lookup (rules->lexicon, year_after[i]);
      if (w != NULL)
        w->year_after = TRUE;
    }
  static const char *const timely[] = {
    "moment", "term", "recent", "soon", "year-ago", "year-earlier", "o'clock", "o’clock", "once", "twice",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (timely); i++)
    {
      TxWord *w = g_hash_table_lookup (rules->lexicon, timely[i]);
      if (w != NULL)
        w->timely = TRUE;
    }
  static const char *const function_words[] = {
    "of", "the", "a", "an", "at", "on", "to", "or", "so", "than", "and", "in", "from", "by", "for",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (function_words); i++)
    {
      TxWord *w = g_hash_table_lookup (rules->lexicon, function_words[i]);
      if (w != NULL)
        w->function = TRUE;
    }
  for (const char *c = puncts; *c; c++)
    {
      char s[2] = { *c, 0 };
      rules->punct[(guchar) *c] = g_hash_table_lookup (rules->lexicon, s);
    }
}

const TxWord *
tx_lexicon_lookup (const PrecisTimexRules *rules, const char *lower, gsize len)
{
  char key[48];
  if (len == 0 || len >= sizeof key || len > rules->longest_word ||
      !(rules->first_len[(guchar) lower[0]] & (1u << MIN (len, 31))))
    return NULL;
  /* Whole NUL-terminated tokens need no copy. */
  if (lower[len] == '\0' && lower[len - 1] != '.')
    return g_hash_table_lookup (rules->lexicon, lower);
  memcpy (key, lower, len);
  key[len] = '\0';
  const TxWord *word = g_hash_table_lookup (rules->lexicon, key);
  if (word == NULL && len > 1 && key[len - 1] == '.')
    {
      key[len - 1] = '\0';
      word = g_hash_table_lookup (rules->lexicon, key);
      if (word != NULL && !word->abbrev)
        word = NULL;
    }
  return word;
}

const TxWord *
tx_lexicon_word (const PrecisTimexRules *rules, const char *word)
{
  return g_hash_table_lookup (rules->lexicon, word);
}
