/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "ordinal.h"

#include "stopwords.h"

#include <string.h>

/* Words after which a number is an ordinal, case-folded: German articles,
 * their contractions with a preposition, possessives, the words that join
 * two ordinals ("am 29. und 30. August", "vom 3. bis 5. Mai") and the marks
 * that open one inside a sentence or list ("(80. Gütschow)", "(3.
 * Spieltag)", "Tore, 2. Norwich", "Stuttgart - 1. FC Nürnberg"). */
static const char *const de_before[] = {
  "der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "zur", "beim", "ins", "ans",
  "und", "oder", "bis", "(", ",", "/", "-", "–",
  "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren",
  "ihrer", "ihres", "unser", "unsere", "unserem", "unseren", "unserer", "jeder", "jede",
  "jedem", "jeden", NULL,
};

/* Months, case-folded, with their usual abbreviations (written with a
 * period of their own, "Okt.", when abbreviated) and Austria's. */
static const char *const de_months[] = {
  "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august",
  "september", "oktober", "november", "dezember", "jan", "feb", "febr", "mär", "apr", "jun",
  "jul", "aug", "sep", "sept", "okt", "nov", "dez", NULL,
};

gboolean
precis_ordinal_period (const PrecisTokenBuf *buf, const char *language, guint32 first,
                       guint32 period, guint32 next)
{
  const PrecisToken *number;
  gboolean undetermined = language != NULL && strcmp (language, "und") == 0;

  if (language == NULL || (strcmp (language, "de") != 0 && !undetermined) || period <= first)
    return FALSE;
  number = &buf->tokens[period - 1];
  if (number->shape != PRECIS_SHAPE_NUMBER || (buf->tokens[period].flags & PRECIS_TOKEN_SPACE_BEFORE) ||
      number->end - number->start > 4)
    return FALSE;
  /* Results alone are too few words to tell their language: a German
   * report's substitution, "(80. Gütschow)", is known by its bracket. */
  if (undetermined)
    return period - 1 > first && strcmp (precis_token_buf_lower (buf, &buf->tokens[period - 2]), "(") == 0;
  if ((buf->tokens[next].flags & PRECIS_TOKEN_WORD) &&
      precis_word_in_list (de_months, precis_token_buf_lower (buf, &buf->tokens[next])))
    return TRUE;
  return period - 1 > first && precis_word_in_list (de_before, precis_token_buf_lower (buf, &buf->tokens[period - 2]));
}
