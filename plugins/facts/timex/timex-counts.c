/* timex-counts.c — a count of units that tells no time.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "a 6-year-old boy", "âgé de 24 ans", "il avait 17 ans": an age; "une
 * seconde fois": an ordinal; "la guerre des Six Jours": a name.  TimeML
 * annotates none of them, and a reader's facts panel has no use for a
 * "24 years" fact about a suspect.
 */
#include "timex-private.h"

#include <string.h>

static const char *
lower_of (const TxContext *context, guint i)
{
  return context->document->tokens[context->tokens[i].doc_token].lower;
}

static gboolean
is_number (const TxToken *t)
{
  return (t->classes & (TX_C_DIGITS | TX_C_NUMWORD)) != 0;
}

/* `lower` is one of `words`; a word ending in an apostrophe matches as the
 * start of an elided one ("d'" in "d'été"). */
static gboolean
lower_in (const char *lower, const char *const *words)
{
  for (guint i = 0; lower != NULL && words != NULL && words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);
      gboolean elided = g_str_has_suffix (words[i], "'") || g_str_has_suffix (words[i], "’");
      if (elided ? strncmp (lower, words[i], n) == 0 : strcmp (lower, words[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "20, 21 et 22 ans": the view token where the list of numbers that ends
 * at `start` begins. */
static guint
list_start (const TxContext *context, guint start)
{
  const TxToken *tokens = context->tokens;
  /* "and" and "or" of the languages with ages ("di 83 e 88 anni") */
  static const char *const joins[] = { "et", "ou", "e", "o", "y", "u", "en", "of", "und", "oder", NULL };
  while (start >= 2 && !tokens[start].boundary && is_number (&tokens[start - 2]) &&
         !tokens[start - 1].boundary &&
         (tokens[start - 1].punct == ',' || lower_in (lower_of (context, start - 1), joins)))
    start -= 2;
  return start;
}

/* "âgés respectivement de 35 et 36 ans", "il avait 17 ans", "ses 18 ans":
 * a word of the language's age_markers before the count, with only "de"
 * (or the language's age_before, age_of: "im Alter von 80 Jahren"),
 * "respectivement" and approximations ("âgé de presque 20 ans") between;
 * not "il y a 17 ans" (ago), and not before "de" ("il a vingt ans de
 * carrière" is a stretch). */
/* "de", or the language's word of an age's "of" ("di", "van", "von"). */
static gboolean
is_of (const TxContext *context, const char *lower)
{
  const TxLanguage *language = context->rules->language;
  return lower != NULL && (strcmp (lower, "de") == 0 ||
                           (language->age_before != NULL && strcmp (lower, language->age_before) == 0) ||
                           (language->age_of != NULL && strcmp (lower, language->age_of) == 0));
}

static gboolean
after_age_marker (const TxContext *context, guint first, guint end)
{
  const char *const *markers = context->rules->language->age_markers;
  if (markers == NULL)
    return FALSE;
  /* (nor "tiene un año más con nosotros": one more; "cumple veinte años
   * desde su nombramiento": since) */
  static const char *const more[] = { "más", "più", "mais", "meer", "mehr", "desde", "sinds", "seit", NULL };
  if (end < context->n_tokens && !context->tokens[end].boundary)
    {
      const char *next = lower_of (context, end);
      if (next != NULL && (is_of (context, next) || g_str_has_prefix (next, "d'") ||
                           g_str_has_prefix (next, "d’") || lower_in (next, more)))
        return FALSE;
    }
  guint i = first;
  while (i > 0 && !context->tokens[i].boundary)
    {
      const char *lower = lower_of (context, i - 1);
      if (lower == NULL)
        return FALSE;
      if (!is_of (context, lower) && strcmp (lower, "respectivement") != 0 &&
          !(context->tokens[i - 1].classes & TX_C_APPROX))
        {
          guint32 k = context->tokens[i - 1].doc_token;
          return g_strv_contains (markers, lower) &&
                 !(k > 0 && tx_lower_is (context->document, k - 1, "y"));
        }
      i--;
    }
  return FALSE;
}

/* Whether view token `i` ends its sentence: the text or the sentence
 * ends there, or a period, semicolon or closing bracket comes. */
static gboolean
closes_sentence (const TxContext *context, guint i)
{
  const TxToken *tokens = context->tokens;
  return i >= context->n_tokens || tokens[i].boundary || tokens[i].punct == '.' ||
         tokens[i].punct == ';' || tokens[i].punct == '!' || tokens[i].punct == '?';
}

/* "Abdelbaky Rahimi, 19 ans.", "Jean Dupont (45 ans) a été réélu": the
 * apposition of an age to a name that closes the sentence, and an age in
 * brackets (the one between commas is above). */
static gboolean
age_in_apposition (const TxContext *context, guint first, guint end)
{
  const TxToken *tokens = context->tokens;
  if (tokens[first - 1].punct == '(')
    return end < context->n_tokens && tokens[end].punct == ')';
  if (tokens[first - 1].punct != ',' || first < 2 || !closes_sentence (context, end))
    return FALSE;
  const TxToken *name = &tokens[first - 2];
  return name->capitalized && !name->boundary && name->word == NULL && name->punct == 0;
}

/* "À 20 ans, il quitte la France", "il est mort à 82 ans": an age told as
 * a moment of a life, after the language's age_at word opening a clause
 * or after a verb of dying; not "à deux ans des élections" (how far), not
 * "réduit à cinq ans" (a term set) nor "condamné à deux ans" (a
 * sentence), whose word before "à" is neither. */
static gboolean
age_at_moment (const TxContext *context, guint first, guint end)
{
  const TxLanguage *language = context->rules->language;
  const TxToken *tokens = context->tokens;
  if (language->age_at == NULL || !tx_lower_is (context->document, tokens[first - 1].doc_token,
                                                language->age_at))
    return FALSE;
  static const char *const how_far[] = { "de", "d'", "d’", "des", "du", NULL };
  if (end < context->n_tokens && !tokens[end].boundary && lower_in (lower_of (context, end), how_far))
    return FALSE;
  guint at = first - 1;
  if (tokens[at].boundary || (at > 0 && (tokens[at - 1].punct == ',' || tokens[at - 1].punct == '(')))
    return TRUE;
  return at > 0 && lower_in (lower_of (context, at - 1), language->age_at_verbs);
}

/* "âgé de 18 mois", "un bébé de six semaines": the word before the count,
 * through "de" and approximations, is one of the language's
 * young_markers. */
static gboolean
after_young_marker (const TxContext *context, guint start)
{
  const char *const *markers = context->rules->language->young_markers;
  for (guint i = start; markers != NULL && i > 0 && !context->tokens[i].boundary; i--)
    {
      const char *lower = lower_of (context, i - 1);
      if (lower == NULL)
        return FALSE;
      if (strcmp (lower, "de") != 0 && strcmp (lower, "d'") != 0 && strcmp (lower, "d’") != 0 &&
          !(context->tokens[i - 1].classes & TX_C_APPROX))
        return g_strv_contains (markers, lower);
    }
  return FALSE;
}

gboolean
tx_count_is_age (const TxContext *context, guint start, guint end, int unit, gboolean approx)
{
  const TxToken *tokens = context->tokens;
  const TxLanguage *language = context->rules->language;
  const char *age_before = language->age_before;
  int base = unit & ~TX_PLURAL;
  if ((base == TX_UNIT_MONTH || base == TX_UNIT_WEEK) && after_young_marker (context, start))
    return TRUE;
  gboolean years = base == TX_UNIT_YEAR;
  /* "de 45 años": where the expression takes its "of" in, the count
   * starts after it */
  if (years && start + 2 <= end && is_of (context, lower_of (context, start)))
    start++;
  guint first = years ? list_start (context, start) : start;
  /* "âgés de 18 à 25 ans", "les jeunes de 18 à 25 ans": a range of ages,
   * read from its first count, after an age marker or a plural article and
   * its noun ("elle est restée de 2 à 3 ans" is a stretch). */
  if (years && language->age_range_to != NULL && first >= 3 && first == start &&
      !tokens[first].boundary && !tokens[first - 1].boundary && !tokens[first - 2].boundary &&
      tx_lower_is (context->document, tokens[first - 1].doc_token, language->age_range_to) &&
      is_number (&tokens[first - 2]) && age_before != NULL &&
      tx_lower_is (context->document, tokens[first - 3].doc_token, age_before))
    {
      if (after_age_marker (context, first - 2, end))
        return TRUE;
      if (first >= 5 && !tokens[first - 3].boundary && !tokens[first - 4].boundary &&
          lower_in (lower_of (context, first - 5), language->age_range_before))
        first -= 2;
    }
  /* "cinco años de duración", "veinte años de carrera": what lasts
   * (but "45 años de edad") */
  if (years && end + 1 < context->n_tokens && !tokens[end].boundary && !tokens[end + 1].boundary &&
      is_of (context, lower_of (context, end)) && !lower_in (lower_of (context, end + 1), language->age_after) &&
      language->age_after != NULL)
    return FALSE;
  if (age_before != NULL && years && !approx && first > 0 && is_number (&tokens[first]))
    {
      guint32 at = tokens[first].doc_token;
      const PrecisToken *doc = context->document->tokens;
      const char *prev = at > 0 ? doc[at - 1].lower : NULL, *before = at > 1 ? doc[at - 2].lower : NULL;
      /* "une femme d'une trentaine d'années": "de" elided */
      if (prev != NULL &&
          (strcmp (prev, age_before) == 0 || strcmp (prev, "d'") == 0 || strcmp (prev, "d’") == 0))
        {
          const char *const *spans = language->span_before_age;
          return spans == NULL || before == NULL || !g_strv_contains (spans, before);
        }
      /* "Anthony Wagner, 27 ans, demeurant à Laxou", "Les deux suspects,
       * 25 et 30 ans, sont en fuite" */
      if (tokens[first - 1].punct == ',' && end < context->n_tokens && tokens[end].punct == ',')
        return TRUE;
      if (age_in_apposition (context, first, end) || age_at_moment (context, first, end))
        return TRUE;
    }
  if (years && after_age_marker (context, first, end))
    return TRUE;
  /* "les 6-16 ans" */
  const char *const *ranges = language->age_range_before;
  if (ranges != NULL && years && start >= 2 && tokens[start - 1].punct == '-' &&
      !tokens[start - 1].space_before && !tokens[start].space_before &&
      (tokens[start - 2].classes & TX_C_DIGITS))
    {
      guint32 at = tokens[start - 2].doc_token;
      const PrecisToken *before = at > 0 ? &context->document->tokens[at - 1] : NULL;
      if (before != NULL && before->lower != NULL && g_strv_contains (ranges, before->lower))
        return TRUE;
    }
  guint i = end;
  if (i < context->n_tokens && tokens[i].punct == '-')
    i++;
  if (i < context->n_tokens && tx_is_known (context->rules, &tokens[i], TX_K_OLD))
    return TRUE;
  /* "three- and four-year-olds": the plural of "-old" ends the word the
   * count is part of, a noun of ages */
  const char *old = context->rules->language->known != NULL ? context->rules->language->known[TX_K_OLD] : NULL;
  if (old != NULL && end > 0)
    {
      const char *lower = lower_of (context, end - 1);
      g_autofree char *plural = g_strdup_printf ("-%ss", old);
      if (lower != NULL && g_str_has_suffix (lower, plural))
        return TRUE;
    }
  /* "45 años de edad", "17 jaar oud", "der 62 Jahre alte Mann" */
  i = end;
  if (i < context->n_tokens && !tokens[i].boundary && is_of (context, lower_of (context, i)))
    i++;
  return years && i < context->n_tokens && !tokens[i].boundary &&
         lower_in (lower_of (context, i), language->age_after);
}

/* "une seconde fois", "une seconde médaille": where the word of the unit
 * second is also the feminine ordinal, a word after it that the lexicon
 * does not know (a noun) makes it the ordinal; "une seconde d'avance",
 * "une seconde et demie", "à une seconde." are time. */
gboolean
tx_count_is_ordinal (const TxContext *context, guint start, guint end, int unit)
{
  (void) start;
  if (!context->rules->language->second_is_ordinal || unit != TX_UNIT_SECOND || end >= context->n_tokens)
    return FALSE;
  const TxToken *next = &context->tokens[end];
  return next->word == NULL && next->punct == 0 && !next->boundary && !next->capitalized &&
         !is_number (next);
}

/* A word of the classes `classes` among tokens `start`..`end` is
 * capitalized inside a sentence: not after punctuation (a quotation may
 * open there), not in capitals (a heading). */
static gboolean
capitalized_inside (const TxContext *context, guint start, guint end, guint32 classes)
{
  for (guint i = start; i < end; i++)
    {
      const TxToken *t = &context->tokens[i];
      if ((t->classes & classes) && !t->boundary && i > 0 && context->tokens[i - 1].punct == 0 &&
          context->document->tokens[t->doc_token].shape == PRECIS_SHAPE_CAPITALIZED)
        return TRUE;
    }
  return FALSE;
}

/* "la guerre des Six Jours", "les Trois Jours de La Panne", "la guerre de
 * Cent Ans": in a language that writes its words of time in lower case, a
 * capitalized number word inside a sentence is part of a name (not one
 * in capitals: "TROIS MOIS" is a heading). */
gboolean
tx_count_is_name (const TxContext *context, guint start, guint end)
{
  return context->rules->language->lower_weekdays && capitalized_inside (context, start, end, TX_C_NUMWORD);
}

/* "the Winter Olympic Games", "Cinema of the Future", "Entertainment
 * Weekly", "the 60 Minutes show", "Elvis's One Night": where words of
 * time of the classes `classes` (units, seasons, vague words, "daily")
 * are written in lower case, one capitalized inside a sentence is part of
 * a name. */
gboolean
tx_capitalized_inside (const TxContext *context, guint start, guint end, guint32 classes)
{
  return context->rules->language->lower_time_words && capitalized_inside (context, start, end, classes);
}

/* Where every noun is capitalized (German), a capitalized word of time of
 * `classes` inside a sentence is a noun: "am Morgen" (the morning). */
gboolean
tx_capitalized_noun (const TxContext *context, guint start, guint end, guint32 classes)
{
  return context->rules->language->capitalized_nouns && capitalized_inside (context, start, end, classes);
}

/* "dreams of one day playing for Madrid", "One day she told me", "il
 * reviendra un jour": some day, not a stretch of one.  "for one day", "in
 * one day", "pendant un jour", "one day of talks" are stretches: after a
 * word that measures, or before "of"; a clause that opens with it makes
 * it some day, and so does a word after it.  English: "been here one
 * day." (ending the phrase) is a stretch.  Languages with
 * some_day_noun_phrase: ending the phrase it is some day, and before a
 * word the lexicon does not know it is a noun phrase, no time at all
 * ("un jour férié", "ce n'est pas un jour triste"). */
TxSomeDay
tx_count_some_day (const TxContext *context, guint start, guint end, int unit)
{
  const TxLanguage *language = context->rules->language;
  const TxToken *tokens = context->tokens;
  const PrecisDocument *document = context->document;
  if (language->some_day == NULL || end != start + 2 || unit != TX_UNIT_DAY ||
      !tx_lower_is (document, tokens[start].doc_token, language->some_day))
    return TX_STRETCH;
  if (start == 0 || tokens[start].boundary)
    return TX_SOME_DAY;
  if (lower_in (lower_of (context, start - 1), language->some_day_measuring))
    return TX_STRETCH;
  if (tokens[start - 1].punct != 0 || lower_in (lower_of (context, start - 1), language->complementizers))
    return TX_SOME_DAY;
  if (end >= context->n_tokens || tokens[end].punct != 0 || tokens[end].boundary)
    return language->some_day_noun_phrase ? TX_SOME_DAY : TX_STRETCH;
  if (lower_in (lower_of (context, end), language->some_day_of))
    return TX_STRETCH;
  if (language->some_day_noun_phrase && tokens[end].word == NULL && !tokens[end].capitalized &&
      !is_number (&tokens[end]))
    return TX_NO_TIME;
  return TX_SOME_DAY;
}

/* After a word that measures (the language's hour_measuring, through one
 * "de") or before "de": a count of hours, not a clock. */
static gboolean
after_measuring (const TxContext *context, guint start, guint end)
{
  const TxToken *tokens = context->tokens;
  const TxLanguage *language = context->rules->language;
  /* "au bout de 2 heures": through one "de" */
  guint before = start;
  if (before > 1 && !tokens[before].boundary && tx_lower_is (context->document, tokens[before - 1].doc_token, "de"))
    before--;
  if (before > 0 && !tokens[before].boundary &&
      lower_in (lower_of (context, before - 1), language->hour_measuring))
    return TRUE;
  return end < context->n_tokens && !tokens[end].boundary &&
         lower_in (lower_of (context, end), language->some_day_of) &&
         !tx_lower_is (context->document, tokens[end].doc_token, "et");
}

/* "pendant 8 heures", "la réunion a duré 3 heures", "à 2 heures de
 * route", "en 24 heures": digits and the word of the unit hour, where the
 * language writes clock times so too ("à 8 heures"), are a stretch after a
 * word that measures (the language's hour_measuring), before "de" (a
 * clock is never followed by it), or past 23. */
gboolean
tx_clock_is_stretch (const TxContext *context, guint start, guint end, int hour)
{
  const TxToken *tokens = context->tokens;
  const TxLanguage *language = context->rules->language;
  if (language->hour_measuring == NULL || end != start + 2 || !is_number (&tokens[start]) ||
      !(tokens[start + 1].classes & (TX_C_UNIT1 | TX_C_UNITS)) ||
      (tokens[start + 1].value & ~TX_PLURAL) != TX_UNIT_HOUR)
    return FALSE;
  if (hour >= 24)
    return TRUE;
  return after_measuring (context, start, end);
}

/* "s'est imposé en 2 h 15", "a duré 1 h 30", "à 1 h 30 de route": hours
 * and minutes are a stretch in the same places (never "à 2 h 15"); tokens
 * [start, end) are the hour, "h" or the word of the unit, the minutes. */
gboolean
tx_clock_with_minutes_is_stretch (const TxContext *context, guint start, guint end)
{
  const TxToken *tokens = context->tokens;
  if (context->rules->language->hour_measuring == NULL || end != start + 3 ||
      !(tokens[start].classes & TX_C_DIGITS) || !(tokens[start + 2].classes & TX_C_DIGITS))
    return FALSE;
  /* "en seulement 1 h 15" measures, "à environ 15 h 30" tells the time:
   * the word before the approximation decides. */
  guint first = start;
  while (first > 0 && !tokens[first].boundary && (tokens[first - 1].classes & TX_C_APPROX))
    first--;
  if (first < start && (first == 0 || tokens[first].boundary ||
                        !lower_in (lower_of (context, first - 1), context->rules->language->hour_measuring)))
    return FALSE;
  return after_measuring (context, first, end);
}

