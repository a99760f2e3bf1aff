/* tokenize.h — CoNLL/Penn-Treebank-like tokens with offsets, lower forms,
 * stems and stop word flags.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Conventions (those of the CoNLL-2003 data the NER tagger learns from):
 * numbers keep internal . , : ("3.5", "1,000", "10:30"); abbreviations keep
 * their period ("U.S.", "Mr."); hyphenated words stay whole ("Trump-Putin");
 * clitics are split ("Russia" "’s", "does" "n’t"); every other punctuation
 * mark is a token of its own, "..." being one.
 */
#pragma once

#include <precis/precis-document.h>

#include "stopwords.h"

G_BEGIN_DECLS

/* What sentence segmentation needs to know about a token; kept in
 * PrecisToken.reserved while the document is built, zeroed after. */
typedef enum {
  PRECIS_KIND_WORD = 0,
  PRECIS_KIND_ABBREV,       /* keeps its period and may end a sentence: "U.S.", "Inc." */
  PRECIS_KIND_TITLE_ABBREV, /* keeps its period, precedes a name: "Mr.", "Gov." */
  PRECIS_KIND_INITIAL,      /* "J." */
  PRECIS_KIND_TERMINAL,     /* . ? ! */
  PRECIS_KIND_ELLIPSIS,     /* ... … */
  PRECIS_KIND_OPEN_QUOTE,   /* “ and an opening " */
  PRECIS_KIND_CLOSE_QUOTE,  /* ” and a closing " */
  PRECIS_KIND_OPEN_SINGLE,  /* ‘ and an opening ' */
  PRECIS_KIND_CLOSE_SINGLE, /* ’ and a closing ' that is no apostrophe */
  PRECIS_KIND_OPEN_BRACKET,
  PRECIS_KIND_CLOSE_BRACKET,
  PRECIS_KIND_PUNCT,
} PrecisTokenKind;

/* A growing token array and the one string pool of their lower forms and
 * stems.  While building, PrecisToken.lower/.stem hold pool offsets (the
 * pool moves as it grows); precis_token_buf_finish turns them into
 * pointers. */
typedef struct {
  PrecisToken *tokens;
  guint32 n_tokens, tokens_size;
  char *pool;
  gsize pool_length, pool_size;
} PrecisTokenBuf;

typedef struct {
  const char *language;               /* for the stemmer */
  const PrecisStopwords *stopwords;   /* NULL: none */
} PrecisTokenizer;

void precis_token_buf_init (PrecisTokenBuf *buf);
void precis_token_buf_clear (PrecisTokenBuf *buf);

/* The kind the tokenizer gave `token`, while the document is built. */
static inline PrecisTokenKind
precis_token_kind (const PrecisToken *token)
{
  return (PrecisTokenKind) token->reserved;
}

/* A word written with a capital first: "Kathmandu", "NEW", "McCain". */
static inline gboolean
precis_token_is_capitalized_word (const PrecisToken *token)
{
  return (token->flags & PRECIS_TOKEN_WORD) &&
         (token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER ||
          token->shape == PRECIS_SHAPE_MIXED);
}

static inline const char *
precis_token_buf_lower (const PrecisTokenBuf *buf, const PrecisToken *token)
{
  return buf->pool + GPOINTER_TO_SIZE (token->lower);
}

static inline const char *
precis_token_buf_stem (const PrecisTokenBuf *buf, const PrecisToken *token)
{
  return buf->pool + GPOINTER_TO_SIZE (token->stem);
}

/* Appends the tokens of text[byte_start, byte_end), whose first byte is
 * code point `char_start`.  `space_before` says whether white space
 * precedes byte_start. */
void precis_tokenize (const PrecisTokenizer *tokenizer, PrecisTokenBuf *buf,
                      const char *text, guint32 byte_start, guint32 byte_end,
                      guint32 char_start, gboolean space_before);

/* Turns pool offsets into pointers and clears the kinds; returns the pool,
 * which the caller now owns, and empties `buf` except for the tokens. */
char *precis_token_buf_finish (PrecisTokenBuf *buf);

G_END_DECLS
