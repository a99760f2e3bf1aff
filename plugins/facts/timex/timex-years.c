/* timex-years.c — whether a bare four-digit number is a year.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "in 1990", "1990,", "the 1990 budget" are years; "$1990", "1990 people",
 * "Windows 2000" are not.  The neighbours decide, as a reader would.
 */
#include "timex-private.h"

#include <string.h>

/* Whether view token `i` is one of `words` (lower case). */
static gboolean
lower_in (const TxContext *context, guint i, const char *const *words)
{
  if (words == NULL || i >= context->n_tokens)
    return FALSE;
  guint32 k = context->tokens[i].doc_token;
  const char *lower = k < context->document->n_tokens ? context->document->tokens[k].lower : NULL;
  return lower != NULL && g_strv_contains ((const char *const *) words, lower);
}

/* "le bilan 2001 de la délinquance", "la saison 2002/2003": an article, a
 * common noun, the year, then a function word, a slash or punctuation. */
static gboolean
year_after_noun (const TxContext *context, guint start, guint end)
{
  const TxToken *tokens = context->tokens;
  if (!context->rules->language->year_after_noun || start < 2 || end >= context->n_tokens)
    return FALSE;
  const TxToken *noun = &tokens[start - 1], *article = &tokens[start - 2];
  const TxToken *next = &tokens[end];
  /* "cette saison 2002/2003": a demonstrative is an article here. */
  if (noun->capitalized || noun->punct != 0 || noun->classes != 0 || noun->digits != 0 ||
      noun->boundary || article->word == NULL ||
      !(article->word->function || (article->classes & TX_C_SHIFT)))
    return FALSE;
  return next->boundary || (next->punct != 0 && strchr (",.;:/)", next->punct) != NULL) ||
         (next->word != NULL && next->word->function);
}

/* The token after the year ends the phrase: "1990,", "1990." and, unless
 * `strict`, "1990 and", "1990 to". */
static gboolean
phrase_ends (const TxContext *context, guint end, gboolean strict)
{
  if (end >= context->n_tokens)
    return TRUE;
  const TxToken *next = &context->tokens[end];
  return next->boundary || next->punct == ',' || next->punct == '.' || next->punct == ')' ||
         next->punct == ';' || next->punct == ':' ||
         (!strict && next->word != NULL && next->word->year_after);
}

/* A year opening its sentence, or its quotation at a sentence's start:
 * style guides spell out every other number there ("2005 will be a big
 * year", "“2004 reinforces the trend"). */
static gboolean
opens_sentence (const TxContext *context, guint start)
{
  const TxToken *tokens = context->tokens;
  if (tokens[start].boundary)
    return TRUE;
  if (start == 0 || !tokens[start - 1].boundary)
    return FALSE;
  const TxToken *quote = &tokens[start - 1];
  return quote->punct == '"' || quote->punct == '\'' || quote->punct == '(' ||
         lower_in (context, start - 1, (const char *const[]) { "“", "‘", NULL });
}

/* "and 1500 homes", ", 2000 pessoas", "rose to 2000 jobs": after a
 * word that joins (and, or, to, a comma) rather than one that places in
 * time, a number before a plural noun counts it; but not in a list of
 * years ("the 2004 and 2005 model years"), nor before a noun a year
 * describes ("2000 and 2003 results"). */
static gboolean
counts_plural (const TxContext *context, guint start, guint end)
{
  const TxToken *tokens = context->tokens;
  const TxLanguage *language = context->rules->language;
  const char *const *endings = language->plural_endings;
  if (end >= context->n_tokens)
    return FALSE;
  const TxToken *next = &tokens[end];
  gboolean joins = FALSE;
  /* "1500 brandweerlieden bestreden...": opening the sentence, a number
   * before a plural noun counts it, where the language's plurals tell
   * only there. */
  if (language->opening_plural_endings != NULL && opens_sentence (context, start))
    endings = language->opening_plural_endings, joins = TRUE;
  else if (start > 0)
    {
      const TxToken *prev = &tokens[start - 1];
      /* (not a hyphen: "the post-1959 politics") */
      joins = prev->punct == ',' || (prev->word != NULL && prev->word->year_after && prev->punct != '-');
      /* "200 agenten en 1500 brandweerlieden": joined to a count of a
       * noun, a list of counts, where the plurals tell there too. */
      if (joins && language->opening_plural_endings != NULL && start >= 3 &&
          tokens[start - 3].digits > 0 && tokens[start - 3].digits != 4 &&
          !tokens[start - 2].boundary && !tokens[start - 1].boundary &&
          tokens[start - 2].digits == 0 && tokens[start - 2].punct == 0)
        endings = language->opening_plural_endings;
    }
  if (endings == NULL || !joins || (start >= 2 && tokens[start - 2].digits == 4) || next->word != NULL ||
      next->punct != 0 || next->capitalized || next->digits != 0 || next->boundary)
    return FALSE;
  const char *lower = context->document->tokens[next->doc_token].lower;
  if (lower == NULL || strlen (lower) < 4 || lower_in (context, end, language->year_nouns) ||
      lower_in (context, end, language->year_verbs))
    return FALSE;
  for (gsize k = 0; endings[k] != NULL; k++)
    if (g_str_has_suffix (lower, endings[k]))
      return !g_str_has_suffix (lower, "ss") && !g_str_has_suffix (lower, "'s") &&
             !g_str_has_suffix (lower, "’s");
  return FALSE;
}

/* "1034 subieron, 1576 bajaron y 486 se mantuvieron": a year is one
 * thing and takes its verb in the singular ("1998 fue"); a number right
 * before a verb in the plural counts who did it. */
static gboolean
plural_verb_after (const TxContext *context, guint end)
{
  const char *const *endings = context->rules->language->plural_verb_endings;
  if (endings == NULL || end >= context->n_tokens)
    return FALSE;
  const TxToken *next = &context->tokens[end];
  if (next->word != NULL || next->punct != 0 || next->capitalized || next->digits != 0 ||
      next->boundary)
    return FALSE;
  const char *lower = context->document->tokens[next->doc_token].lower;
  if (lower == NULL || strlen (lower) < 5)
    return FALSE;
  for (gsize k = 0; endings[k] != NULL; k++)
    if (g_str_has_suffix (lower, endings[k]))
      return TRUE;
  return FALSE;
}

/* German capitalizes its nouns, so a count stands before a capital ("1500
 * Soldaten") or before an adjective and a capital ("2000 neue Stellen"),
 * and a year before the rest of its clause, lower case: "schon 1914 ins
 * Feld", "kam es 1916 zu", "hatte 1967 die Macht", "1967 ihren Höhepunkt". */
static gboolean
year_before_clause (const TxContext *context, guint end)
{
  const TxLanguage *language = context->rules->language;
  if (!language->capitalized_nouns || end >= context->n_tokens)
    return FALSE;
  const TxToken *next = &context->tokens[end];
  if (next->boundary || next->punct != 0 || next->digits != 0 || next->capitalized)
    return FALSE;
  const char *lower = context->document->tokens[next->doc_token].lower;
  if (lower == NULL || next->word != NULL || lower_in (context, end, language->not_adjectives))
    return lower != NULL;
  gboolean inflected = FALSE;
  for (gsize k = 0; language->adjective_endings != NULL && language->adjective_endings[k] != NULL; k++)
    inflected = inflected || (strlen (lower) > 3 && g_str_has_suffix (lower, language->adjective_endings[k]));
  const TxToken *noun = end + 1 < context->n_tokens ? &context->tokens[end + 1] : NULL;
  return !(inflected && noun != NULL && noun->capitalized && !noun->boundary && noun->digits == 0);
}

/* "a 2001 Toyota Corolla", "a 2005 Honda minivan", "the 2001 Toyota,
 * similar to", "Kopp's 1987 Chevrolet Cavalier": between an article, a
 * possessive or a describing word and a car maker's name, then a model,
 * a kind of vehicle or nothing more, a year is the car's model year, not
 * a date.  "In 2001 Toyota sold", "the 2010 Toyota recall", "a 2010
 * Toyota report", "the 2013 Honda Classic" keep theirs. */
static gboolean
model_year (const TxContext *context, guint start, guint end)
{
  static const char *const before[] = {
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "'s", "’s", "'", "’", NULL,
  };
  static const char *const vehicles[] = {
    "car", "truck", "pickup", "sedan", "saloon", "van", "minivan", "suv", "hatchback", "coupe",
    "convertible", "motorcycle", "motorbike", "estate", "4x4", NULL,
  };
  const TxToken *tokens = context->tokens;
  const TxLanguage *language = context->rules->language;
  if (language->vehicle_makers == NULL || start == 0 || end >= context->n_tokens ||
      tokens[start].boundary)
    return FALSE;
  const TxToken *prev = &tokens[start - 1], *maker = &tokens[end];
  if (!maker->capitalized || maker->boundary || !lower_in (context, end, language->vehicle_makers))
    return FALSE;
  gboolean article = lower_in (context, start - 1, before);
  gboolean describes = prev->word == NULL && prev->punct == 0 && prev->digits == 0 && !prev->capitalized;
  if (!article && !describes)
    return FALSE;
  if (end + 1 >= context->n_tokens)
    return TRUE;
  const TxToken *model = &tokens[end + 1];
  if (model->boundary || model->punct == ',' || model->punct == '.' || lower_in (context, end + 1, vehicles))
    return TRUE;
  /* ("a 2012 BMW 3 Series"; "the 2014 Toyota 500" is a race) */
  if (model->digits != 0)
    return lower_in (context, start - 1, (const char *const[]) { "a", "an", NULL });
  return model->capitalized && model->punct == 0 && !lower_in (context, end + 1, language->maker_event_words);
}

/* Whether view token `i` is the second year of a pair written "2013-14",
 * "1870/71" (see read_year_pairs in timex-view.c). */
gboolean
tx_year_pair_second (const TxContext *context, guint i)
{
  const TxToken *tokens = context->tokens;
  return i >= 2 && i < context->n_tokens && tokens[i].digits == 2 && (tokens[i].classes & TX_C_YEAR) &&
         !tokens[i].space_before && !tokens[i - 1].space_before && tokens[i - 2].digits == 4 &&
         (tokens[i - 2].classes & TX_C_YEAR);
}

gboolean
tx_year_supported (const TxContext *context, guint start, guint end, int year)
{
  const TxToken *tokens = context->tokens;
  const TxLanguage *language = context->rules->language;
  if (end - start > 1 || tokens[start].digits == 0)
    return TRUE;   /* "fiscal 1989", "nineteen ninety-six" */
  /* A pair of years is read as one by its neighbours: the second is a
   * year when the first is, and the first sees what follows the second
   * ("the 2013-14 season", "Krieg 1870/71 geführt"). */
  if (tx_year_pair_second (context, start))
    return tx_year_supported (context, start - 2, start - 1, tokens[start - 2].value);
  if (tx_year_pair_second (context, end + 1))
    end += 2;
  if (year < 1500 || year > context->anchor.year + 100)
    return FALSE;
  /* "from 1900 GMT": a clock time. */
  if (end < context->n_tokens && (tokens[end].classes & TX_C_ZONE))
    return FALSE;
  /* Far ahead, a year is told with its preposition and ends the phrase
   * ("by 2060,", "between 2010 and 2050."); elsewhere a count is likelier
   * ("rose by 2080 to 9,000"). */
  gboolean far = year > context->anchor.year + 30;
  const TxToken *prev = start > 0 ? &tokens[start - 1] : NULL;
  if (far)
    return prev != NULL && prev->word != NULL && prev->word->year_before &&
           prev->punct == 0 && phrase_ends (context, end, TRUE);
  if (counts_plural (context, start, end) || model_year (context, start, end))
    return FALSE;
  /* (not after a word that places in time: "en 1998 bajaron los precios") */
  if (plural_verb_after (context, end) &&
      !(prev != NULL && prev->word != NULL && prev->word->year_before && prev->punct == 0))
    return FALSE;
  if (prev != NULL)
    {
      if (prev->punct == '$' || prev->punct == '#' || (prev->classes & TX_C_DIGITS) ||
          (prev->classes & TX_C_UNIT1))
        return FALSE;
      if ((prev->word != NULL && prev->word->year_before) || year_after_noun (context, start, end))
        return TRUE;
      /* "Windows 2000", "Euro 2016": a number in a name. */
      if (prev->capitalized && prev->word == NULL && prev->punct == 0 && !tokens[start].boundary &&
          !lower_in (context, start - 1, language->year_before_words) &&
          !language->capitalized_nouns)
        return FALSE;
    }
  if (end >= context->n_tokens)
    return TRUE;
  const TxToken *next = &tokens[end];
  if (next->punct == '%' || (next->classes & (TX_C_DIGITS | TX_C_UNIT1 | TX_C_UNITS)))
    return FALSE;
  return phrase_ends (context, end, FALSE) || opens_sentence (context, start) ||
         year_before_clause (context, end) ||
         (prev != NULL && lower_in (context, start - 1, language->year_before_words)) ||
         lower_in (context, end, language->year_nouns) ||
         lower_in (context, end, language->year_verbs);
}
