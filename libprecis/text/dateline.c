/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "dateline.h"

#include <string.h>

/* A place and its date ("NEW DELHI, India", "Washington, D.C., May 3",
 * "PARIS, 3 mai 2024") have at most this many tokens, commas included;
 * the date at most MAX_DATE_TOKENS; the credit at most this many words. */
#define MAX_PLACE_TOKENS 10
#define MAX_DATE_TOKENS 4
#define MAX_CREDIT_WORDS 4

/* "-", "--", "—", "–": the dash a wire writes after its credit; "_",
 * AP's and the New York Times' dash where their copy had none. */
static gboolean
is_dash (const PrecisTokenBuf *buf, const PrecisToken *token)
{
  const char *lower = precis_token_buf_lower (buf, token);

  if (precis_token_kind (token) != PRECIS_KIND_PUNCT || *lower == '\0')
    return FALSE;
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '-' && c != '_' && c != 0x2013 && c != 0x2014)
        return FALSE;
    }
  return TRUE;
}

/* A word of the place: capitalized ("Kathmandu", "NEW"), or an
 * abbreviation of a state ("D.C.", "Calif."); commas between them. */
static gboolean
is_place_token (const PrecisToken *token)
{
  PrecisTokenKind kind = precis_token_kind (token);

  if (kind == PRECIS_KIND_ABBREV || kind == PRECIS_KIND_INITIAL)
    return token->shape != PRECIS_SHAPE_LOWER;
  return precis_token_is_capitalized_word (token) && kind == PRECIS_KIND_WORD;
}

static gboolean
is_comma (const PrecisTokenBuf *buf, const PrecisToken *token)
{
  return precis_token_kind (token) == PRECIS_KIND_PUNCT && strcmp (precis_token_buf_lower (buf, token), ",") == 0;
}

/* A day or a year: the number a date after the place opens with ("3",
 * "2024"). */
static gboolean
is_date_number (const PrecisToken *token)
{
  return token->shape == PRECIS_SHAPE_NUMBER && token->end - token->start <= 4;
}

/* A word of a date once its number is there: a month as any language
 * writes it ("may", "mai", "MAG", "Sept."), or the year. */
static gboolean
is_date_word (const PrecisToken *token)
{
  return is_date_number (token) ||
         ((token->flags & PRECIS_TOKEN_WORD) && token->shape != PRECIS_SHAPE_NUMBER && token->end - token->start <= 10);
}

/* After the credit: a dash ("-", "--", "—") or EFE's ".-". */
static guint32
dash_length (const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  const PrecisToken *t = buf->tokens;

  if (i < end && is_dash (buf, &t[i]))
    return 1;
  if (i + 1 < end && precis_token_kind (&t[i]) == PRECIS_KIND_TERMINAL && strcmp (precis_token_buf_lower (buf, &t[i]), ".") == 0 &&
      !(t[i + 1].flags & PRECIS_TOKEN_SPACE_BEFORE) && is_dash (buf, &t[i + 1]))
    return 2;
  return 0;
}

/* What follows a credit and starts the story: a capitalized word or a
 * quote.  Not a number: "Tiger Woods (USA) - 67 68" is a results line. */
static gboolean
starts_story (const PrecisToken *token)
{
  PrecisTokenKind kind = precis_token_kind (token);

  return kind == PRECIS_KIND_OPEN_QUOTE || kind == PRECIS_KIND_OPEN_SINGLE || precis_token_is_capitalized_word (token);
}

/* "MIAMI _ The angry crowd", "INDEPENDENCE, Mo. _", "ROME, 3 MAR - ": a
 * place with no credit, its date after a comma, then a dash and the
 * story; the place's words up to its first comma in capitals, which no
 * name, title ("BBC One -") or score opening a line is written in, and
 * the story's first word not.  The place read is [first, dash); the
 * dateline's tokens, or 0. */
static guint32
uncredited_length (const PrecisTokenBuf *buf, guint32 first, guint32 dash, guint32 end)
{
  const PrecisToken *t = buf->tokens;
  guint32 length = dash_length (buf, dash, end);

  /* (the story in capitals too is a headline: "SOCCER - JAPAN GET LUCKY
   * WIN", as CoNLL's documents open) */
  if (length == 0 || dash == first || dash + length >= end || !starts_story (&t[dash + length]) ||
      t[dash + length].shape == PRECIS_SHAPE_UPPER)
    return 0;
  for (guint32 i = first; i < dash && !is_comma (buf, &t[i]); i++)
    if (t[i].shape != PRECIS_SHAPE_UPPER || t[i].end - t[i].start < 2)
      return 0;
  return dash + length - first;
}

guint32
precis_dateline_length (const PrecisTokenBuf *buf, guint32 first, guint32 end)
{
  const PrecisToken *t = buf->tokens;
  guint32 i = first, open, close, next, dash;
  guint date = 0;
  gboolean comma = FALSE, glued;

  /* The place: capitalized words and commas, beginning and ending on a
   * word; after a comma, the date, opening with its number ("May 3" has
   * its month read as a word of the place). */
  while (i < end && i - first < MAX_PLACE_TOKENS)
    {
      if (date > 0 ? date < MAX_DATE_TOKENS && is_date_word (&t[i]) : is_place_token (&t[i]))
        date += date > 0;
      else if (comma && date == 0 && is_date_number (&t[i]))
        date = 1;
      else if (i > first && date == 0 && is_comma (buf, &t[i]) && i + 1 < end &&
               (is_place_token (&t[i + 1]) || is_date_number (&t[i + 1])))
        comma = TRUE;
      else
        break;
      i++;
    }
  if (i < end && precis_token_kind (&t[i]) != PRECIS_KIND_OPEN_BRACKET)
    return uncredited_length (buf, first, i, end);
  if (i >= end)
    return 0;
  open = i;

  /* The credit: one to four words, the first capitalized ("The Hollywood
   * Reporter", "AP"), or one lower-case agency's ("dpa") before a dash. */
  for (close = open + 1; close < end && precis_token_kind (&t[close]) != PRECIS_KIND_CLOSE_BRACKET; close++)
    if (!(t[close].flags & PRECIS_TOKEN_WORD) || close - open > MAX_CREDIT_WORDS)
      return 0;
  if (close >= end || close == open + 1)
    return 0;

  dash = dash_length (buf, close + 1, end);
  next = close + 1 + dash;
  if (!precis_token_is_capitalized_word (&t[open + 1]) && !(dash && close == open + 2))
    return 0;
  /* A line of its own ("WASHINGTON (AP) —" above the story): a credit
   * alone or with its dash, never a name with an aside. */
  if (next >= end)
    return dash || open == first ? next - first : 0;
  if (!starts_story (&t[next]))
    return 0;

  /* "John Smith (Labour) said": a name with an aside in brackets opens
   * many a sentence.  A credit is set off by a dash, run into the story
   * by the page's copy ("(CNN)They"), or opens the paragraph alone. */
  glued = !(t[close + 1].flags & PRECIS_TOKEN_SPACE_BEFORE);
  if (!dash && !glued && open > first)
    return 0;
  return next - first;
}
