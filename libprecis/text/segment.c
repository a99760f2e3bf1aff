/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "segment.h"

#include "abbreviations.h"
#include "glued.h"
#include "ordinal.h"
#include "thai.h"

#include <string.h>

static gboolean
is_starter (const PrecisTokenBuf *buf, const PrecisToken *token)
{
  const char *lower;

  if (token->shape != PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  if (token->flags & PRECIS_TOKEN_STOPWORD)
    return TRUE;
  lower = precis_token_buf_lower (buf, token);
  return precis_abbreviation_is_starter (lower);
}

/* Whether `next` may begin a sentence after a period, ? or !: anything
 * but a lower-case word or punctuation that continues one. */
static gboolean
may_start_sentence (const PrecisTokenBuf *buf, const PrecisToken *next)
{
  const char *lower;

  if (next->flags & PRECIS_TOKEN_WORD)
    return next->shape != PRECIS_SHAPE_LOWER;

  switch (precis_token_kind (next))
    {
    case PRECIS_KIND_OPEN_QUOTE:
    case PRECIS_KIND_OPEN_SINGLE:
    case PRECIS_KIND_OPEN_BRACKET:
      return TRUE;
    case PRECIS_KIND_PUNCT:
      lower = precis_token_buf_lower (buf, next);
      return strchr (",;:%", lower[0]) == NULL;
    default:
      return FALSE;
    }
}

static gboolean
is_attribution (const PrecisTokenBuf *buf, guint32 next_index, guint32 end)
{
  for (guint32 i = next_index, words = 0; i < end && words < 4; i++, words++)
    {
      const PrecisToken *token = &buf->tokens[i];
      const char *lower;

      if (!(token->flags & PRECIS_TOKEN_WORD))
        return FALSE;
      lower = precis_token_buf_lower (buf, token);
      if (precis_speech_verb (lower))
        return TRUE;
    }
  return FALSE;
}

/* Whether the quotation that ends at `terminal` was introduced by an
 * attribution already ("He asked, “Why?”"): then nothing after it is. */
static gboolean
quote_introduced (const PrecisTokenBuf *buf, guint32 first, guint32 terminal)
{
  /* Bounded, so that a line of a million quotes stays linear. */
  guint32 stop = terminal > first + 300 ? terminal - 300 : first;

  for (guint32 i = terminal; i > stop; i--)
    {
      PrecisTokenKind k = precis_token_kind (&buf->tokens[i - 1]);

      if (k == PRECIS_KIND_OPEN_QUOTE || k == PRECIS_KIND_OPEN_SINGLE)
        {
          const char *before;

          if (i - 1 == first)
            return FALSE;
          before = precis_token_buf_lower (buf, &buf->tokens[i - 2]);
          return strcmp (before, ",") == 0 || strcmp (before, ":") == 0;
        }
    }
  return FALSE;
}

/* Japanese quotes its speech before the verb: 「…する。」と述べた — the
 * quotative particle after the closing bracket carries the sentence on
 * (ICU's sentence iterator splits there too). */
static gboolean
quotative_follows (const PrecisTokenBuf *buf, guint32 next_index)
{
  const char *lower = precis_token_buf_lower (buf, &buf->tokens[next_index]);

  return strcmp (lower, "と") == 0 || strcmp (lower, "って") == 0 || strcmp (lower, "とし") == 0 ||
         strcmp (lower, "との") == 0;
}

static gboolean
is_boundary (const PrecisTokenBuf *buf, PrecisTokenKind kind, guint32 first, guint32 terminal,
             guint32 next_index, guint32 end)
{
  const PrecisToken *next = &buf->tokens[next_index];

  switch (kind)
    {
    case PRECIS_KIND_TERMINAL:
      /* A quoted question or exclamation inside its attribution. */
      if (precis_token_buf_lower (buf, &buf->tokens[terminal])[0] != '.' &&
          terminal + 1 < next_index &&
          (precis_token_kind (&buf->tokens[next_index - 1]) == PRECIS_KIND_CLOSE_QUOTE ||
           precis_token_kind (&buf->tokens[next_index - 1]) == PRECIS_KIND_CLOSE_SINGLE) &&
          is_attribution (buf, next_index, end) && !quote_introduced (buf, first, terminal))
        return FALSE;
      if (terminal + 1 < next_index && precis_token_kind (&buf->tokens[next_index - 1]) == PRECIS_KIND_CLOSE_QUOTE &&
          quotative_follows (buf, next_index))
        return FALSE;
      return may_start_sentence (buf, next);
    case PRECIS_KIND_ELLIPSIS:
      /* An ellipsis mostly marks omitted words inside a sentence. */
      if (precis_token_is_capitalized_word (next))
        return TRUE;
      return (precis_token_kind (next) == PRECIS_KIND_OPEN_QUOTE || precis_token_kind (next) == PRECIS_KIND_OPEN_SINGLE) &&
             next_index + 1 < end && precis_token_is_capitalized_word (&buf->tokens[next_index + 1]);
    case PRECIS_KIND_ABBREV:
    case PRECIS_KIND_INITIAL:
      return is_starter (buf, next);
    default:
      return FALSE;
    }
}

static gboolean
has_word (const PrecisTokenBuf *buf, guint32 first, guint32 end)
{
  for (guint32 i = first; i < end; i++)
    if (buf->tokens[i].flags & PRECIS_TOKEN_WORD)
      return TRUE;
  return FALSE;
}

static gboolean
token_is_char (const PrecisTokenBuf *buf, const PrecisToken *token, char c)
{
  return token->end == token->start + 1 && precis_token_buf_lower (buf, token)[0] == c;
}

guint32
precis_segment_citation_length (const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  const PrecisToken *t = &buf->tokens[i];

  if (i + 2 >= end || (t->flags & PRECIS_TOKEN_SPACE_BEFORE) || !token_is_char (buf, t, '[')
      || t[1].shape != PRECIS_SHAPE_NUMBER || (t[1].flags & PRECIS_TOKEN_SPACE_BEFORE)
      || t[1].end - t[1].start > 3 || (t[2].flags & PRECIS_TOKEN_SPACE_BEFORE) || !token_is_char (buf, &t[2], ']'))
    return 0;
  return 3;
}

/* Appends `at` unless a sentence already ends there. */
static void
add_end (GArray *ends, guint first_end, guint32 at)
{
  if (ends->len == first_end || g_array_index (ends, guint32, ends->len - 1) != at)
    g_array_append_val (ends, at);
}

void
precis_segment_sentences (const PrecisTokenBuf *buf, guint32 first, guint32 end, const char *language,
                          GArray *ends)
{
  guint first_end = ends->len;
  const PrecisGluedRules *glued = precis_glued_rules (language);
  gboolean thai = language != NULL && strcmp (language, "th") == 0;
  guint32 sentence_start = first;
  guint32 i = first;

  while (i < end)
    {
      PrecisTokenKind kind = precis_token_kind (&buf->tokens[i]);
      guint32 j, unit_end;
      gboolean own_sentence;

      if (ends->len > first_end)
        sentence_start = g_array_index (ends, guint32, ends->len - 1);
      if (thai && precis_thai_starts_sentence (buf, sentence_start, i, end))
        add_end (ends, first_end, i);
      if (glued != NULL && precis_glued_start (glued, buf, first, i, end, &unit_end, &own_sentence))
        {
          if (i > first)
            add_end (ends, first_end, i);
          if (own_sentence && unit_end < end)
            add_end (ends, first_end, unit_end);
          i = unit_end;
          continue;
        }
      if (kind != PRECIS_KIND_TERMINAL && kind != PRECIS_KIND_ELLIPSIS &&
          kind != PRECIS_KIND_ABBREV && kind != PRECIS_KIND_INITIAL)
        {
          i++;
          continue;
        }

      /* The closing quotes and brackets, and more ! ? ., belong to the
       * sentence they close: “... very useful.”  So do citation markers,
       * "1960.[5][12]" (the pipeline leaves them out of its span). */
      for (j = i + 1; j < end; j++)
        {
          const PrecisToken *t = &buf->tokens[j];
          PrecisTokenKind k = precis_token_kind (t);
          guint32 n;

          if ((n = precis_segment_citation_length (buf, j, end)) > 0)
            {
              j += n - 1;
              continue;
            }
          if (t->flags & PRECIS_TOKEN_SPACE_BEFORE)
            break;
          if (k == PRECIS_KIND_TERMINAL || k == PRECIS_KIND_ELLIPSIS)
            {
              if (kind == PRECIS_KIND_ABBREV || kind == PRECIS_KIND_INITIAL)
                kind = k;
              continue;
            }
          if (k != PRECIS_KIND_CLOSE_QUOTE && k != PRECIS_KIND_CLOSE_SINGLE &&
              k != PRECIS_KIND_CLOSE_BRACKET)
            break;
        }
      if (j < end && is_boundary (buf, kind, first, i, j, end) &&
          !(j == i + 1 && precis_ordinal_period (buf, language, first, i, j)))
        add_end (ends, first_end, j);
      i = j;
    }
  add_end (ends, first_end, end);

  /* A sentence of punctuation alone ("***", a stray quote) joins its
   * neighbour: the previous one, or the next when it is the first.  One
   * pass, so that a line of a million such sentences stays linear. */
  {
    guint kept = first_end;
    guint32 s_first = first;

    for (guint k = first_end; k < ends->len; k++)
      {
        guint32 s_end = g_array_index (ends, guint32, k);

        if (has_word (buf, s_first, s_end))
          g_array_index (ends, guint32, kept++) = s_end;
        else if (kept > first_end)
          g_array_index (ends, guint32, kept - 1) = s_end; /* joins the previous one */
        else if (k + 1 == ends->len)
          g_array_index (ends, guint32, kept++) = s_end;   /* no word in the whole span */
        /* else: the first one joins the next */
        s_first = s_end;
      }
    g_array_set_size (ends, kept);
  }
}
