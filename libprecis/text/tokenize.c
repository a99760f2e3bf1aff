/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "tokenize.h"

#include <string.h>

#include "abbreviations.h"
#include "chars.h"
#include "elision.h"
#include "language.h"
#include "unspaced.h"
#include "word-cache.h"

/* Abbreviations that precede a name and so never end a sentence. */
static const char *const title_abbreviations[] = {
  "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col",
  "Sgt", "Capt", "Cmdr", "Cdr", "Adm", "Maj", "Cpl", "Pvt", "Brig", "Rev", "Hon",
  "Pres", "Supt", "Det", "Insp", "Messrs", "Mme", "Mmes", "Sens", "Reps", "Govs",
  "Gens", "Fr", "Atty", "Amb", "Rt", "Lieut", "Sra", "Dra",
  NULL,
};

/* Abbreviations that may also end a sentence ("... of Apple Inc. The"). */
static const char *const abbreviations[] = {
  "Jr", "Sr", "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Assn", "Dept",
  "Univ", "Intl", "Natl", "St", "Mt", "Ft", "Ave", "Blvd", "Rd", "Sq", "vs", "v",
  "etc", "al", "approx", "est", "ca", "cf", "pp", "vol", "Vol", "ed", "eds", "Fig",
  "fig", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
  "Nov", "Dec",
  /* US states as AP style abbreviates them. */
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
  "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
  "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
  NULL,
};

/* "No." is "number" only before a numeral: "No. 10" but "said no. The". */
static const char *const numeral_abbreviations[] = { "No", "no", "Nos", "nos", "Nr", NULL };

static gboolean
in_list (const char *const *list, const char *word, gsize length)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (list[i][0] == word[0] && strncmp (list[i], word, length) == 0 && list[i][length] == '\0')
      return TRUE;
  return FALSE;
}

typedef struct {
  const PrecisTokenizer *tokenizer;
  PrecisWordCache *words;
  PrecisTokenBuf *buf;
  const char *text;
  guint32 end;    /* byte end of the span being tokenized */
  guint32 pos;    /* next byte to look at */
  guint32 cpos;   /* code point index of `pos` */
  gboolean space_before;
} Scan;

static inline gunichar
peek (const Scan *scan, guint32 pos, guint *length)
{
  if (pos >= scan->end)
    {
      *length = 0;
      return 0;
    }
  return precis_utf8_decode (scan->text + pos, length);
}

static inline PrecisCharClass
class_at (const Scan *scan, guint32 pos)
{
  guint length;
  gunichar c = peek (scan, pos, &length);

  return length == 0 ? PRECIS_CHAR_SPACE : precis_char_class (c);
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static inline gboolean
is_alnum_class (PrecisCharClass cls)
{
  return cls == PRECIS_CHAR_LETTER || cls == PRECIS_CHAR_DIGIT;
}

/* Length in bytes of a clitic's letters after an apostrophe at `pos`
 * ("s", "re", "ve", "ll", "d", "m", "t"), 0 if none: they must end the word. */
static guint
clitic_letters (const Scan *scan, guint32 pos, gboolean *is_t)
{
  guint length;
  char letters[3];
  guint n = 0;

  peek (scan, pos, &length);
  pos += length;
  while (n < 3 && pos + n < scan->end && g_ascii_isalpha (scan->text[pos + n]))
    {
      letters[n] = g_ascii_tolower (scan->text[pos + n]);
      n++;
    }
  if (n == 0 || n > 2 || is_alnum_class (class_at (scan, pos + n)))
    return 0;

  *is_t = n == 1 && letters[0] == 't';
  if (n == 1 && (letters[0] == 's' || letters[0] == 'd' || letters[0] == 'm' || letters[0] == 't'))
    return 1;
  if (n == 2 && ((letters[0] == 'r' && letters[1] == 'e') || (letters[0] == 'v' && letters[1] == 'e') ||
                 (letters[0] == 'l' && letters[1] == 'l')))
    return 2;
  return 0;
}

/* "n't" as a token of its own: n, apostrophe, t, then no letter. */
static guint32
scan_nt (const Scan *scan, guint32 pos)
{
  guint length;
  gboolean is_t = FALSE;

  if (scan->text[pos] != 'n' && scan->text[pos] != 'N')
    return 0;
  if (!is_apostrophe (peek (scan, pos + 1, &length)))
    return 0;
  if (clitic_letters (scan, pos + 1, &is_t) == 0 || !is_t)
    return 0;
  return pos + 1 + length + 1;
}

/* Whether the period at `dot`, inside the word that starts at `start`, is
 * a full stop whose space was lost ("... she heard.Shocking footage ...",
 * pasted text): a lower-case word of two letters or more before it, a
 * capitalized word of lower-case letters after it, and nothing after that
 * which would make both parts of a name ("U.S", "e.g", "One.Tel",
 * "bbc.co.uk", "www.Facebook.com", "window.FontFace", "3.Jan"). */
static gboolean
lost_space (const Scan *scan, guint32 start, guint32 dot)
{
  guint32 pos = dot + 1;
  guint length, before = 0, after = 0;
  gunichar c;

  /* German capitalizes every noun: "allgem.Krankh", OCR's "im.Hotel". */
  if (precis_language_capitalizes_nouns (scan->tokenizer->language))
    return FALSE;
  for (guint32 p = start; p < dot; p += length, before++)
    if (!precis_unichar_is_lower (precis_utf8_decode (scan->text + p, &length)))
      return FALSE;
  if (before < 2 || pos >= scan->end || !precis_unichar_is_upper (precis_utf8_decode (scan->text + pos, &length)))
    return FALSE;
  for (pos += length; pos < scan->end && precis_unichar_is_lower (c = precis_utf8_decode (scan->text + pos, &length));
       pos += length)
    after++;
  if (after == 0)
    return FALSE;
  if (pos >= scan->end)
    return TRUE;
  c = precis_utf8_decode (scan->text + pos, &length);
  if (is_alnum_class (precis_char_class (c)) || precis_char_class (c) == PRECIS_CHAR_MARK)
    return FALSE;
  return !((c == '.' || c == '-' || c == '_' || c == '/' || c == '@') && is_alnum_class (class_at (scan, pos + length)));
}

/* The byte end of the word that starts at `pos`: letters, digits and
 * marks, joined by hyphens, by . , : inside numbers, by . between letters
 * ("U.S", "bbc.co.uk") and by apostrophes that start no clitic. */
static guint32
scan_word (const Scan *scan, guint32 pos, gboolean *internal_period)
{
  guint32 start = pos;
  PrecisCharClass prev = PRECIS_CHAR_LETTER;
  gunichar prev_char = 0;
  guint32 nt_end = scan_nt (scan, pos);

  if (nt_end != 0)
    return nt_end;

  while (pos < scan->end)
    {
      guint length;
      gunichar c = precis_utf8_decode (scan->text + pos, &length);
      PrecisCharClass cls = precis_char_class (c);
      PrecisCharClass next;

      if (cls == PRECIS_CHAR_LETTER || cls == PRECIS_CHAR_DIGIT || cls == PRECIS_CHAR_MARK)
        {
          if (cls != PRECIS_CHAR_MARK)
            prev = cls;
          prev_char = c;
          pos += length;
          continue;
        }
      if (cls == PRECIS_CHAR_SPACE)
        break;

      next = class_at (scan, pos + length);
      if (c == '.' && is_alnum_class (next) && prev == next && !*internal_period && lost_space (scan, start, pos))
        break;
      if (c == '.' && is_alnum_class (next) && prev == next)
        {
          *internal_period = TRUE;
          pos += length;
          continue;
        }
      /* 1,000 10:30 2/3 08/26/96 */
      if ((c == ',' || c == ':' || c == '/') && prev == PRECIS_CHAR_DIGIT && next == PRECIS_CHAR_DIGIT)
        {
          pos += length;
          continue;
        }
      if ((c == '-' || c == 0x2010 || c == 0x2011) && is_alnum_class (next))
        {
          pos += length;
          continue;
        }
      /* AT&T, S&P, H&R */
      if (c == '&' && prev == PRECIS_CHAR_LETTER && next == PRECIS_CHAR_LETTER &&
          precis_unichar_is_upper (prev_char) &&
          precis_unichar_is_upper (g_utf8_get_char (scan->text + pos + length)))
        {
          pos += length;
          continue;
        }
      if (is_apostrophe (c) && prev == PRECIS_CHAR_LETTER && next == PRECIS_CHAR_LETTER)
        {
          gboolean is_t = FALSE;

          /* "l'université" → "l'" "université" */
          if (precis_elision_ends_word (scan->tokenizer->language, scan->text + start, pos - start))
            return pos + length;

          if (clitic_letters (scan, pos, &is_t) != 0)
            {
              if (!is_t)
                break;
              /* "doesn't" → "does" "n't"; a lone "n't" was taken above. */
              if ((prev_char == 'n' || prev_char == 'N') && pos - 1 > start)
                return pos - 1;
            }
          pos += length;
          continue;
        }
      break;
    }
  return pos;
}

static gboolean
next_nonspace_is_digit (const Scan *scan, guint32 pos)
{
  while (pos < scan->end)
    {
      guint length;
      gunichar c = precis_utf8_decode (scan->text + pos, &length);
      PrecisCharClass cls = precis_char_class (c);

      if (cls != PRECIS_CHAR_SPACE)
        return cls == PRECIS_CHAR_DIGIT;
      pos += length;
    }
  return FALSE;
}

/* Whether the period after word text[start, end) belongs to it. */
static PrecisTokenKind
abbreviation_kind (const Scan *scan, guint32 start, guint32 end, gboolean internal_period)
{
  const char *word = scan->text + start;
  gsize length = end - start;
  PrecisTokenKind kind = precis_abbreviation_kind (scan->tokenizer->language, word, length);

  if (kind != PRECIS_KIND_WORD)
    return kind;

  if (internal_period)
    {
      /* "U.S", "Ph.D", "a.m": every part one or two letters. */
      gsize run = 0;

      for (gsize i = 0; i < length; i++)
        {
          if (word[i] == '.')
            {
              if (run == 0)
                return PRECIS_KIND_WORD;
              run = 0;
            }
          else if (g_ascii_isalpha (word[i]) && run < 2)
            run++;
          else
            return PRECIS_KIND_WORD;
        }
      return run > 0 ? PRECIS_KIND_ABBREV : PRECIS_KIND_WORD;
    }

  if (g_utf8_next_char (word) == word + length)
    {
      gunichar c = g_utf8_get_char (word);

      /* "J. K. Rowling", but not the "T" of "AT&T.". */
      if (precis_unichar_is_upper (c))
        {
          const PrecisToken *prev = scan->buf->n_tokens > 0 ? &scan->buf->tokens[scan->buf->n_tokens - 1] : NULL;
          gboolean glued = !scan->space_before && prev != NULL && prev->byte_end == start &&
                           (prev->reserved == PRECIS_KIND_WORD || prev->reserved == PRECIS_KIND_PUNCT);

          return glued ? PRECIS_KIND_WORD : PRECIS_KIND_INITIAL;
        }
      return c == 'v' ? PRECIS_KIND_ABBREV : PRECIS_KIND_WORD;
    }
  if (length > 6)
    return PRECIS_KIND_WORD;
  if (in_list (title_abbreviations, word, length))
    return PRECIS_KIND_TITLE_ABBREV;
  if (in_list (abbreviations, word, length))
    return PRECIS_KIND_ABBREV;
  if (in_list (numeral_abbreviations, word, length) && next_nonspace_is_digit (scan, end + 1))
    return PRECIS_KIND_TITLE_ABBREV;
  return PRECIS_KIND_WORD;
}

static PrecisShape
token_shape (const char *s, gsize length, gboolean *has_alnum, gboolean *has_letter)
{
  guint upper = 0, lower = 0, other = 0, digits = 0, inner_upper = 0;
  gboolean first = TRUE, part_start = TRUE, first_upper = FALSE, symbol = FALSE;
  const char *end = s + length;

  for (const char *p = s; p < end;)
    {
      guint n;
      gunichar c = precis_utf8_decode (p, &n);
      PrecisCharClass cls = precis_char_class (c);

      p += n;
      if (cls == PRECIS_CHAR_LETTER)
        {
          if (precis_unichar_is_upper (c))
            {
              upper++;
              if (first)
                first_upper = TRUE;
              else if (!part_start)
                inner_upper++;
            }
          else if (precis_unichar_is_lower (c))
            lower++;
          else
            other++;
          first = part_start = FALSE;
        }
      else if (cls == PRECIS_CHAR_DIGIT)
        {
          digits++;
          first = part_start = FALSE;
        }
      else if (cls == PRECIS_CHAR_PUNCT)
        {
          part_start = c == '-' || c == '.' || is_apostrophe (c) || c == 0x2010 || c == 0x2011;
          if (c >= 128 && !g_unichar_ispunct (c))
            symbol = TRUE;
        }
    }

  *has_letter = upper + lower + other > 0;
  *has_alnum = *has_letter || digits > 0;
  if (!*has_alnum)
    return symbol ? PRECIS_SHAPE_OTHER : PRECIS_SHAPE_PUNCT;
  if (!*has_letter)
    return PRECIS_SHAPE_NUMBER;
  if (digits > 0)
    return PRECIS_SHAPE_ALNUM;
  if (other > 0)
    return PRECIS_SHAPE_OTHER;
  if (upper == 0)
    return PRECIS_SHAPE_LOWER;
  if (lower == 0)
    return upper >= 2 ? PRECIS_SHAPE_UPPER : PRECIS_SHAPE_CAPITALIZED;
  if (first_upper && inner_upper == 0)
    return PRECIS_SHAPE_CAPITALIZED;
  return PRECIS_SHAPE_MIXED;
}

/* token_shape and lower-casing in one pass for an all-ASCII token, the
 * common case; FALSE (and nothing written) when it is not all ASCII. */
static gboolean
ascii_lower_and_shape (const char *s, gsize length, char *out, PrecisShape *shape,
                       gboolean *has_alnum, gboolean *has_letter, guint32 *hash)
{
  guint upper = 0, lower = 0, digits = 0, inner_upper = 0;
  gboolean part_start = TRUE, first_upper = FALSE;
  guint32 h = PRECIS_WORD_CACHE_HASH_SEED;

  /* One pass: a byte from 0x80 sends the word to the UTF-8 path (which
   * writes over `out`); the word cache's hash of the lower-case form is
   * made on the way. */
  for (gsize i = 0; i < length; i++)
    {
      char c = s[i];

      if ((guchar) c >= 0x80)
        return FALSE;
      if (c >= 'A' && c <= 'Z')
        {
          c = (char) (c + 32);
          upper++;
          if (i == 0)
            first_upper = TRUE;
          else if (!part_start)
            inner_upper++;
          part_start = FALSE;
        }
      else if (c >= 'a' && c <= 'z')
        {
          lower++;
          part_start = FALSE;
        }
      else if (c >= '0' && c <= '9')
        {
          digits++;
          part_start = FALSE;
        }
      else
        part_start = c == '-' || c == '.' || c == '\'';
      out[i] = c;
      h = PRECIS_WORD_CACHE_HASH_STEP (h, c);
    }
  out[length] = '\0';
  *hash = PRECIS_WORD_CACHE_HASH_END (h);

  *has_letter = upper + lower > 0;
  *has_alnum = *has_letter || digits > 0;
  if (!*has_alnum)
    *shape = PRECIS_SHAPE_PUNCT;
  else if (!*has_letter)
    *shape = PRECIS_SHAPE_NUMBER;
  else if (digits > 0)
    *shape = PRECIS_SHAPE_ALNUM;
  else if (upper == 0)
    *shape = PRECIS_SHAPE_LOWER;
  else if (lower == 0)
    *shape = upper >= 2 ? PRECIS_SHAPE_UPPER : PRECIS_SHAPE_CAPITALIZED;
  else if (first_upper && inner_upper == 0)
    *shape = PRECIS_SHAPE_CAPITALIZED;
  else
    *shape = PRECIS_SHAPE_MIXED;
  return TRUE;
}

static inline void
pool_reserve (PrecisTokenBuf *buf, gsize extra)
{
  if (buf->pool_length + extra <= buf->pool_size)
    return;
  buf->pool_size = MAX (buf->pool_size * 2, buf->pool_length + extra + 256);
  buf->pool = g_realloc (buf->pool, buf->pool_size);
}

/* Appends the lower-case form; returns its pool offset. */
static gsize
pool_add_lower (PrecisTokenBuf *buf, const char *s, gsize length, gboolean *ascii)
{
  gsize offset;
  char *out;

  /* Lower-casing can lengthen a character from 2 to 3 bytes at most. */
  pool_reserve (buf, length * 2 + 1);
  offset = buf->pool_length;
  out = buf->pool + offset;
  *ascii = TRUE;
  for (const char *p = s, *end = s + length; p < end;)
    {
      guchar b = (guchar) *p;

      if (b < 0x80)
        {
          *out++ = (b >= 'A' && b <= 'Z') ? (char) (b + 32) : (char) b;
          p++;
        }
      else
        {
          guint n;
          gunichar c = precis_utf8_decode (p, &n);

          *ascii = FALSE;
          out += g_unichar_to_utf8 (g_unichar_tolower (c), out);
          p += n;
        }
    }
  *out++ = '\0';
  buf->pool_length = out - buf->pool;
  return offset;
}

static gsize
pool_add (PrecisTokenBuf *buf, const char *s, gsize length)
{
  gsize offset;

  pool_reserve (buf, length + 1);
  offset = buf->pool_length;
  memcpy (buf->pool + offset, s, length);
  buf->pool[offset + length] = '\0';
  buf->pool_length += length + 1;
  return offset;
}

static void
emit (Scan *scan, guint32 end, PrecisTokenKind kind)
{
  PrecisTokenBuf *buf = scan->buf;
  const char *s = scan->text + scan->pos;
  gsize length = end - scan->pos;
  PrecisToken *token;
  gboolean has_alnum, has_letter, ascii;
  gsize lower, lower_length, stem;
  guint16 flags = 0;
  PrecisShape shape;
  guint32 hash = 0;

  if (buf->n_tokens == buf->tokens_size)
    {
      buf->tokens_size = MAX (64, buf->tokens_size * 2);
      buf->tokens = g_renew (PrecisToken, buf->tokens, buf->tokens_size);
    }

  pool_reserve (buf, length * 2 + 1);
  ascii = ascii_lower_and_shape (s, length, buf->pool + buf->pool_length, &shape, &has_alnum,
                                 &has_letter, &hash);
  if (ascii)
    {
      lower = buf->pool_length;
      buf->pool_length += length + 1;
    }
  else
    {
      shape = token_shape (s, length, &has_alnum, &has_letter);
      lower = pool_add_lower (buf, s, length, &ascii);
    }
  lower_length = buf->pool_length - lower - 1;
  stem = lower;
  if (has_letter)
    {
      gsize stem_length;
      gboolean stopword, own_stem;
      const char *stemmed;

      if (!ascii)  /* then the hash is of the UTF-8 form's bytes, made now */
        hash = precis_word_cache_hash (buf->pool + lower, lower_length);
      stemmed = precis_word_cache_lookup_hashed (scan->words, buf->pool + lower, lower_length, hash,
                                                 &stem_length, &stopword, &own_stem);
      if (!own_stem)
        stem = pool_add (buf, stemmed, stem_length);
      if (stopword)
        flags |= PRECIS_TOKEN_STOPWORD;
    }
  if (has_alnum)
    flags |= PRECIS_TOKEN_WORD;
  if (scan->space_before)
    flags |= PRECIS_TOKEN_SPACE_BEFORE;

  token = &buf->tokens[buf->n_tokens++];
  token->byte_start = scan->pos;
  token->byte_end = end;
  token->start = scan->cpos;
  token->end = scan->cpos + (ascii ? (guint32) length : precis_utf8_count (s, length));
  token->lower = GSIZE_TO_POINTER (lower);
  token->stem = GSIZE_TO_POINTER (stem);
  token->sentence = 0;
  token->flags = flags;
  token->shape = (guint8) shape;
  token->reserved = (guint8) kind;

  scan->pos = end;
  scan->cpos = token->end;
  scan->space_before = FALSE;
}

static PrecisTokenKind
previous_kind (const Scan *scan, guint32 span_first)
{
  return scan->buf->n_tokens > span_first
           ? (PrecisTokenKind) scan->buf->tokens[scan->buf->n_tokens - 1].reserved
           : PRECIS_KIND_PUNCT;
}

/* A straight quote opens when it follows space or an opening mark and
 * is followed by text. */
static gboolean
straight_quote_opens (const Scan *scan, guint32 after, guint32 span_first)
{
  PrecisTokenKind prev = previous_kind (scan, span_first);
  gboolean after_gap = scan->space_before || scan->buf->n_tokens == span_first ||
                       prev == PRECIS_KIND_OPEN_BRACKET || prev == PRECIS_KIND_OPEN_QUOTE ||
                       prev == PRECIS_KIND_OPEN_SINGLE || prev == PRECIS_KIND_PUNCT;

  return after_gap && class_at (scan, after) != PRECIS_CHAR_SPACE;
}

/* Tokenized text sets an abbreviation's period apart from it ("St .
 * Moritz", "Co . KG"): GermEval 2014 writes some of its tokens so,
 * and a client sending such tokens joined by spaces sends this.  A period
 * after one space and a word of the abbreviation lists (the language's,
 * then the general ones) is that word's period, as if written against
 * it: a title's ends no sentence, another's only before a sentence's
 * opener (segment.c).  A lone capital is no such word ("Plan B ."). */
static PrecisTokenKind
spaced_period_kind (const Scan *scan, guint32 span_first)
{
  const PrecisToken *prev;
  const char *word;
  gsize length;
  PrecisTokenKind kind;

  if (!scan->space_before || scan->buf->n_tokens <= span_first)
    return PRECIS_KIND_TERMINAL;
  prev = &scan->buf->tokens[scan->buf->n_tokens - 1];
  word = scan->text + prev->byte_start;
  length = prev->byte_end - prev->byte_start;
  if (prev->reserved != PRECIS_KIND_WORD || prev->byte_end + 1 != scan->pos || scan->text[prev->byte_end] != ' ' ||
      length > 8 || (length == 1 && !g_ascii_islower (word[0])))
    return PRECIS_KIND_TERMINAL;
  kind = precis_abbreviation_kind (scan->tokenizer->language, word, length);
  if (kind != PRECIS_KIND_WORD)
    return kind;
  if (in_list (title_abbreviations, word, length))
    return PRECIS_KIND_TITLE_ABBREV;
  if (in_list (abbreviations, word, length))
    return PRECIS_KIND_ABBREV;
  return PRECIS_KIND_TERMINAL;
}

static void
scan_punct (Scan *scan, gunichar c, guint length, guint32 span_first)
{
  guint32 end = scan->pos + length;
  PrecisTokenKind kind = PRECIS_KIND_PUNCT;

  switch (c)
    {
    case '.':
      if (end < scan->end && scan->text[end] == '.')
        {
          while (end < scan->end && scan->text[end] == '.')
            end++;
          kind = PRECIS_KIND_ELLIPSIS;
        }
      else
        kind = spaced_period_kind (scan, span_first);
      break;
    case '?': case '!': case 0x203C: case 0x2047: case 0x2048: case 0x2049:
    case 0x3002: case 0xFF01: case 0xFF1F:
      kind = PRECIS_KIND_TERMINAL;
      break;
    case 0x2026:
      kind = PRECIS_KIND_ELLIPSIS;
      break;
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB:
      kind = PRECIS_KIND_OPEN_QUOTE;
      break;
    case 0x201D: case 0x00BB:
      kind = PRECIS_KIND_CLOSE_QUOTE;
      break;
    case '"':
      kind = straight_quote_opens (scan, end, span_first) ? PRECIS_KIND_OPEN_QUOTE
                                                          : PRECIS_KIND_CLOSE_QUOTE;
      break;
    case 0x2018: case 0x201B:
      kind = PRECIS_KIND_OPEN_SINGLE;
      break;
    case '\'': case 0x2019:
      {
        gboolean is_t = FALSE;
        guint clitic = clitic_letters (scan, scan->pos, &is_t);

        /* "’s" after a word: a clitic token, not a quote. */
        if (clitic != 0 && !is_t && !scan->space_before &&
            scan->buf->n_tokens > span_first &&
            (scan->buf->tokens[scan->buf->n_tokens - 1].flags & PRECIS_TOKEN_WORD))
          {
            emit (scan, end + clitic, PRECIS_KIND_WORD);
            return;
          }
        if (c == '\'' && straight_quote_opens (scan, end, span_first))
          kind = PRECIS_KIND_OPEN_SINGLE;
        else
          kind = PRECIS_KIND_CLOSE_SINGLE;
      }
      break;
    case '(': case '[': case '{':
      kind = PRECIS_KIND_OPEN_BRACKET;
      break;
    case ')': case ']': case '}':
      kind = PRECIS_KIND_CLOSE_BRACKET;
      break;
    case '-':
      while (end < scan->end && scan->text[end] == '-')
        end++;
      break;
    default:
      break;
    }

  /* Combining marks and variation selectors stay with their character. */
  while (end < scan->end)
    {
      guint n;
      gunichar m = precis_utf8_decode (scan->text + end, &n);

      if (precis_char_class (m) != PRECIS_CHAR_MARK)
        break;
      end += n;
    }
  emit (scan, end, kind);
}

/* A run of Chinese, Japanese or Thai letters: one token a word, where
 * ICU's dictionaries say the words end. */
static void
scan_unspaced (Scan *scan)
{
  guint32 run_end = precis_unspaced_run_end (scan->text, scan->pos, scan->end);
  g_autoptr (GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint32));

  precis_unspaced_words (scan->text, scan->pos, run_end, ends);
  for (guint i = 0; i < ends->len; i++)
    {
      guint32 end = g_array_index (ends, guint32, i);

      if (end > scan->pos && end <= run_end)
        emit (scan, end, PRECIS_KIND_WORD);
    }
  if (scan->pos < run_end)
    emit (scan, run_end, PRECIS_KIND_WORD);
}

/* Whether the letter before the period at `dot` ends a sentence: nothing
 * follows in the text, or the word after the period starts one the way
 * segment.c reads it after an initial (a capitalized stop word of the
 * language or a starter of abbreviations.h: "Serie A. Il Napoli", "Plan
 * B. The"), and the letter follows a word, not an initial ("Showtime de
 * México S. A.", "J. A. A." keep their periods).  The period then ends
 * the sentence and is no part of the letter, so a name's span ("Serie
 * A") ends before it. */
static gboolean
letter_ends_sentence (Scan *scan, guint32 dot)
{
  const PrecisTokenBuf *buf = scan->buf;
  guint32 pos = dot + 1, end;
  gboolean internal_period = FALSE, has_alnum, has_letter, stopword = FALSE;
  gsize stem_length;
  g_autofree char *lower = NULL;

  if (buf->n_tokens == 0 || buf->tokens[buf->n_tokens - 1].reserved != PRECIS_KIND_WORD)
    return FALSE;
  /* Last in its text, the period ends the sentence: "the $279 Xbox One
   * S." closing a paragraph. */
  if (pos >= scan->end)
    return TRUE;
  if (class_at (scan, pos) != PRECIS_CHAR_SPACE)
    return FALSE;
  while (pos < scan->end && class_at (scan, pos) == PRECIS_CHAR_SPACE)
    {
      guint length;

      peek (scan, pos, &length);
      pos += MAX (length, 1);
    }
  if (pos >= scan->end)
    return TRUE;
  if (class_at (scan, pos) != PRECIS_CHAR_LETTER)
    return FALSE;
  end = scan_word (scan, pos, &internal_period);
  /* A single letter after it is another initial ("S. A.", "J. A."), even
   * when it spells a stop word (Spanish "a"). */
  if (internal_period || g_utf8_next_char (scan->text + pos) == scan->text + end ||
      token_shape (scan->text + pos, end - pos, &has_alnum, &has_letter) != PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  lower = g_utf8_strdown (scan->text + pos, end - pos);
  precis_word_cache_lookup (scan->words, lower, strlen (lower), &stem_length, &stopword);
  return stopword || precis_abbreviation_is_starter (lower);
}

void
precis_tokenize (const PrecisTokenizer *tokenizer, PrecisTokenBuf *buf, const char *text,
                 guint32 byte_start, guint32 byte_end, guint32 char_start, gboolean space_before)
{
  Scan scan = {
    .tokenizer = tokenizer,
    .words = precis_word_cache_get (tokenizer->language, tokenizer->stopwords),
    .buf = buf,
    .text = text,
    .end = byte_end,
    .pos = byte_start,
    .cpos = char_start,
    .space_before = space_before,
  };
  guint32 span_first = buf->n_tokens;

  while (scan.pos < scan.end)
    {
      guint length;
      gunichar c = precis_utf8_decode (text + scan.pos, &length);
      PrecisCharClass cls = precis_char_class (c);

      if (cls == PRECIS_CHAR_SPACE)
        {
          scan.pos += length;
          scan.cpos++;
          scan.space_before = TRUE;
          continue;
        }
      if (cls == PRECIS_CHAR_LETTER && precis_unichar_is_unspaced (c))
        {
          scan_unspaced (&scan);
          continue;
        }
      if (cls == PRECIS_CHAR_LETTER || cls == PRECIS_CHAR_DIGIT)
        {
          gboolean internal_period = FALSE;
          guint32 end = scan_word (&scan, scan.pos, &internal_period);
          PrecisTokenKind kind = PRECIS_KIND_WORD;

          if (end < scan.end && text[end] == '.' && !(end + 1 < scan.end && text[end + 1] == '.'))
            {
              kind = abbreviation_kind (&scan, scan.pos, end, internal_period);
              if (kind == PRECIS_KIND_INITIAL && letter_ends_sentence (&scan, end))
                kind = PRECIS_KIND_WORD;
              if (kind != PRECIS_KIND_WORD)
                end++;
              /* "U.S.-based", "Ill.-based": one word. */
              if (kind != PRECIS_KIND_WORD && end + 1 < scan.end && text[end] == '-' &&
                  is_alnum_class (class_at (&scan, end + 1)))
                {
                  end = scan_word (&scan, end + 1, &internal_period);
                  kind = PRECIS_KIND_WORD;
                }
            }
          emit (&scan, end, kind);
          continue;
        }
      /* ".5" after a space is a number. */
      if (c == '.' && (scan.space_before || buf->n_tokens == span_first) &&
          class_at (&scan, scan.pos + 1) == PRECIS_CHAR_DIGIT)
        {
          gboolean internal_period = FALSE;

          emit (&scan, scan_word (&scan, scan.pos + 1, &internal_period), PRECIS_KIND_WORD);
          continue;
        }
      scan_punct (&scan, c, length, span_first);
    }
}

void
precis_token_buf_init (PrecisTokenBuf *buf)
{
  memset (buf, 0, sizeof *buf);
}

void
precis_token_buf_clear (PrecisTokenBuf *buf)
{
  g_free (buf->tokens);
  g_free (buf->pool);
  memset (buf, 0, sizeof *buf);
}

char *
precis_token_buf_finish (PrecisTokenBuf *buf)
{
  char *pool = buf->pool;

  for (guint32 i = 0; i < buf->n_tokens; i++)
    {
      PrecisToken *token = &buf->tokens[i];

      token->lower = pool + GPOINTER_TO_SIZE (token->lower);
      token->stem = pool + GPOINTER_TO_SIZE (token->stem);
      token->reserved = 0;
    }
  buf->pool = NULL;
  buf->pool_length = buf->pool_size = 0;
  return pool;
}
