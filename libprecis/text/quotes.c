/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "quotes.h"

#include <string.h>

#define LOW_DOUBLE "\xe2\x80\x9e"      /* „ */
#define LEFT_DOUBLE "\xe2\x80\x9c"     /* “ */
#define RIGHT_DOUBLE "\xe2\x80\x9d"    /* ” */
#define LEFT_GUILLEMET "\xc2\xab"      /* « */
#define RIGHT_GUILLEMET "\xc2\xbb"     /* » */
#define CORNER_OPEN "\xe3\x80\x8c"     /* 「 */
#define CORNER_CLOSE "\xe3\x80\x8d"    /* 」 */
#define WHITE_CORNER_OPEN "\xe3\x80\x8e"  /* 『 */
#define WHITE_CORNER_CLOSE "\xe3\x80\x8f" /* 』 */

/* Whether the mark at `i` stands before a word, as an opening one does:
 * space or the paragraph's start before it, none after it. */
static gboolean
before_word (const PrecisTokenBuf *buf, guint32 first, guint32 end, guint32 i)
{
  gboolean after_gap = i == first || (buf->tokens[i].flags & PRECIS_TOKEN_SPACE_BEFORE);

  return after_gap && i + 1 < end && !(buf->tokens[i + 1].flags & PRECIS_TOKEN_SPACE_BEFORE);
}

void
precis_quotes_pair (PrecisTokenBuf *buf, guint32 first, guint32 end)
{
  const char *open = NULL; /* the innermost open double mark */

  for (guint32 i = first; i < end; i++)
    {
      PrecisToken *token = &buf->tokens[i];
      PrecisTokenKind kind = (PrecisTokenKind) token->reserved;
      const char *mark;

      if (token->flags & PRECIS_TOKEN_WORD)
        continue;
      mark = precis_token_buf_lower (buf, token);
      /* Every mark below is two or three bytes from 0xC2 on: an ASCII
       * mark ('"', ',', ...) is none of them, and only the tokenizer's
       * kind can make it a quote (most of a text's marks: six strcmp
       * calls each before). */
      if ((guchar) mark[0] < 0x80)
        {
          if (kind != PRECIS_KIND_OPEN_QUOTE && kind != PRECIS_KIND_CLOSE_QUOTE)
            continue;
        }
      else if (strcmp (mark, CORNER_OPEN) == 0 || strcmp (mark, WHITE_CORNER_OPEN) == 0)
        kind = PRECIS_KIND_OPEN_QUOTE;
      else if (strcmp (mark, CORNER_CLOSE) == 0 || strcmp (mark, WHITE_CORNER_CLOSE) == 0)
        kind = PRECIS_KIND_CLOSE_QUOTE;
      else if (strcmp (mark, LEFT_DOUBLE) == 0 && open != NULL && strcmp (open, LOW_DOUBLE) == 0)
        kind = PRECIS_KIND_CLOSE_QUOTE;
      else if (strcmp (mark, LEFT_GUILLEMET) == 0 && open != NULL && strcmp (open, RIGHT_GUILLEMET) == 0)
        kind = PRECIS_KIND_CLOSE_QUOTE;
      else if ((strcmp (mark, RIGHT_GUILLEMET) == 0 || strcmp (mark, RIGHT_DOUBLE) == 0) && open == NULL &&
               before_word (buf, first, end, i))
        kind = PRECIS_KIND_OPEN_QUOTE;
      else if (kind != PRECIS_KIND_OPEN_QUOTE && kind != PRECIS_KIND_CLOSE_QUOTE)
        continue;

      token->reserved = (guint8) kind;
      open = kind == PRECIS_KIND_OPEN_QUOTE ? mark : NULL;
    }
}
