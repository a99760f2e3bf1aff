/* timex-view.c — the document's tokens as the tagger sees them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Tokenizers disagree on "mid-2023", "2022-02-24", "7:15" and "Feb.": the
 * view splits tokens at inner hyphens, slashes and colons, joins a period
 * to the abbreviation before it and spelled numbers into one ("twenty-four",
 * "nineteen ninety-six"), and gives each token its lexicon classes, so that
 * the rules do not depend on those choices.
 */
#include "timex-private.h"

#include <string.h>

static guint32
classes_of_role (const TxWord *word)
{
  switch ((TxRole) word->role)
    {
    case TX_ROLE_MONTH: return TX_C_MONTH;
    case TX_ROLE_WDAY: return TX_C_WDAY;
    case TX_ROLE_WDAYS: return TX_C_WDAYS;
    case TX_ROLE_UNIT: return (word->value & TX_PLURAL) ? TX_C_UNITS : TX_C_UNIT1;
    case TX_ROLE_DAYREL: return TX_C_DAYREL;
    case TX_ROLE_PARTDAY: return TX_C_PARTDAY;
    case TX_ROLE_SEASON: return TX_C_SEASON;
    case TX_ROLE_SHIFT: return TX_C_SHIFT;
    case TX_ROLE_DIR: return TX_C_DIR;
    case TX_ROLE_MOD: return TX_C_MOD;
    case TX_ROLE_APPROX: return TX_C_APPROX;
    case TX_ROLE_NUMBER: return TX_C_NUMWORD;
    case TX_ROLE_VAGUE: return TX_C_VAGUE;
    case TX_ROLE_ORDINAL: return TX_C_ORD;
    case TX_ROLE_AMPM: return TX_C_AMPM;
    case TX_ROLE_ZONE: return TX_C_ZONE;
    case TX_ROLE_FUZZY: return TX_C_FUZZY;
    case TX_ROLE_SETADV: return TX_C_SETADV;
    case TX_ROLE_EVERY: return TX_C_EVERY;
    case TX_ROLE_CLOCKWORD: return TX_C_CLOCKWORD;
    case TX_ROLE_TONIGHT: return TX_C_TONIGHT;
    case TX_ROLE_HOLIDAY: return TX_C_HOLIDAY;
    case TX_ROLE_QCODE: return TX_C_QCODE;
    case TX_ROLE_NONE:
    case TX_N_ROLES:
    default:
      return 0;
    }
}

static gboolean is_digits (const char *s, gsize n);

static void
classify_number (TxToken *token, const char *s, gsize len, char decimal_mark)
{
  gsize n = 0;
  while (n < len && g_ascii_isdigit (s[n]))
    n++;
  if (n == 0 || n > 9)
    return;
  int value = 0;
  for (gsize i = 0; i < n; i++)
    value = value * 10 + (s[i] - '0');
  const char *suffix = s + n;
  gsize suffix_len = len - n;

  if (suffix_len == 0)
    {
      token->classes |= TX_C_DIGITS;
      token->value = value;
      token->digits = n;
      if (n <= 2 && value >= 1 && value <= 31)
        token->classes |= TX_C_DAY;
      if (n <= 2 && value >= 1 && value <= 12)
        token->classes |= TX_C_MM;
      if (n <= 2 && value <= 24)
        token->classes |= TX_C_HOUR;
      if (n == 2 && value <= 59)
        token->classes |= TX_C_MIN;
      if (n == 4 && value >= 1000 && value <= 2199)
        token->classes |= TX_C_YEAR;
      token->ordinal = value;
      return;
    }
  /* "30,4 secondes", "9.58 seconds": a count with a fraction, for
   * durations only (no day, hour or year). */
  if ((suffix_len == 2 || suffix_len == 3) && suffix[0] == decimal_mark &&
      is_digits (suffix + 1, suffix_len - 1))
    {
      token->classes |= TX_C_DIGITS;
      token->value = value;
      token->digits = n;
      token->decimals = suffix_len - 1;
      token->fraction = (guint8) (suffix_len == 2 ? suffix[1] - '0' : (suffix[1] - '0') * 10 + suffix[2] - '0');
      return;
    }
  /* "1990s", "1990's" */
  if ((suffix_len == 1 && suffix[0] == 's') ||
      (suffix_len == 2 && suffix[0] == '\'' && suffix[1] == 's'))
    {
      if (n == 4 && value % 10 == 0 && value >= 1000 && value <= 2190)
        token->classes |= TX_C_DECADE, token->value = value / 10;
      else if (n == 2 && value % 10 == 0)
        token->classes |= TX_C_DECADE, token->value = 190 + value / 10;
      return;
    }
  /* "1er", "2e", "1re": French ordinals. */
  if (n <= 2 && ((suffix_len == 2 && (strncmp (suffix, "er", 2) == 0 || strncmp (suffix, "re", 2) == 0)) ||
                 (suffix_len == 1 && suffix[0] == 'e')))
    {
      token->classes |= TX_C_ORD;
      token->ordinal = value;
      if (value >= 1 && value <= 31)
        token->classes |= TX_C_DAY;
      return;
    }
  if (suffix_len == 2 && n <= 3 &&
      (strncmp (suffix, "st", 2) == 0 || strncmp (suffix, "nd", 2) == 0 ||
       strncmp (suffix, "rd", 2) == 0 || strncmp (suffix, "th", 2) == 0))
    {
      token->classes |= TX_C_ORD;
      token->ordinal = value;
      if (value >= 1 && value <= 31)
        token->classes |= TX_C_DAY;
    }
}

static void
classify (const TxGrammar *rules, TxToken *token, const char *s, gsize len)
{
  /* (an apostrophe, for read_apostrophe_years) */
  token->apostrophe = (len == 1 && s[0] == '\'') || (len == 3 && memcmp (s, "\xe2\x80\x99", 3) == 0);
  if (len == 1 && !g_ascii_isalnum (s[0]) && (guchar) s[0] < 128)
    {
      token->punct = s[0];
      token->word = rules->punct[(guchar) s[0]];
      if (token->word != NULL)
        token->classes |= TX_C_WORD;
      return;
    }
  char mark = rules->language->decimal_comma ? ',' : '.';
  /* "1940er", "90er": a decade, where the language writes one so. */
  const char *suffix = rules->language->decade_suffix;
  gsize n = 0;
  while (n < len && g_ascii_isdigit (s[n]))
    n++;
  if (suffix != NULL && (n == 2 || n == 4) && len == n + strlen (suffix) &&
      memcmp (s + n, suffix, len - n) == 0)
    {
      int value = 0;
      for (gsize i = 0; i < n; i++)
        value = value * 10 + (s[i] - '0');
      if (value % 10 == 0 && (n == 2 || (value >= 1000 && value <= 2190)))
        {
          token->classes |= TX_C_DECADE;
          token->value = n == 2 ? 190 + value / 10 : value / 10;
          return;
        }
    }
  if (g_ascii_isdigit (s[0]))
    {
      classify_number (token, s, len, mark);
      return;
    }
  /* "'90s", "’90s": a decade behind an apostrophe ("'90" alone may be a
   * year: see read_apostrophe_years). */
  if (s[0] == '\'' && len > 1 && g_ascii_isdigit (s[1]))
    {
      classify_number (token, s + 1, len - 1, mark);
      token->apostrophe = len == 3 && g_ascii_isdigit (s[2]);
      token->classes &= TX_C_DECADE;
      return;
    }
  if (len > 3 && strncmp (s, "\xe2\x80\x99", 3) == 0 && g_ascii_isdigit (s[3]))
    {
      classify_number (token, s + 3, len - 3, mark);
      token->apostrophe = len == 5 && g_ascii_isdigit (s[4]);
      token->classes &= TX_C_DECADE;
      return;
    }

  const TxWord *word = tx_lexicon_lookup (rules, s, len);
  if (word == NULL)
    return;
  if (word->capitalized && !token->capitalized)
    return;
  /* "wed", "thu" without a period are seldom weekdays; the merge below
   * gives back those followed by one. */
  if (word->role == TX_ROLE_WDAY && word->abbrev && s[len - 1] != '.' && len < 6 &&
      !token->capitalized)
    return;
  token->word = word;
  token->value = word->value;
  token->bare_abbrev = word->abbrev && s[len - 1] != '.';
  token->classes |= TX_C_WORD | classes_of_role (word);
  if (word->role == TX_ROLE_QCODE)
    token->ordinal = word->value;
  if (word->role == TX_ROLE_ORDINAL)
    {
      token->ordinal = word->value;
      if (word->value <= 31)
        token->classes |= TX_C_DAY;
    }
  /* "second" is a unit first and an ordinal too. */
  if (len == 6 && memcmp (s, "second", 6) == 0)
    token->classes |= TX_C_ORD, token->ordinal = 2;
}

static gboolean
is_split_char (char c)
{
  return c == '-' || c == '/' || c == ':';
}

/* One view token: `len` bytes at `s`, `chars` code points from `offset`
 * (in code points) into the document token. */
static void
add_piece (const TxGrammar *rules, GArray *view, const char *text, const PrecisToken *token,
           guint32 index, const char *s, gsize len, gsize offset, gsize chars, gboolean first)
{
  TxToken t = { 0 };
  t.start = token->start + offset;
  t.end = t.start + chars;
  t.doc_token = index;
  t.sentence = token->sentence;
  t.space_before = first && (token->flags & PRECIS_TOKEN_SPACE_BEFORE) != 0;
  t.boundary = first && (token->flags & PRECIS_TOKEN_SENTENCE_START) != 0;
  t.capitalized = token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER ||
                  token->shape == PRECIS_SHAPE_MIXED ||
                  (token->shape == PRECIS_SHAPE_ALNUM && g_ascii_isupper (text[token->byte_start]));
  t.value = TX_UNSET;
  classify (rules, &t, s, len);
  g_array_append_val (view, t);
}

/* "l'an", "dell'anno", "l’année": the article or preposition and the
 * word, where the language elides and the whole is no word of its own.
 * Returns the bytes of the first piece (apostrophe included), or 0. */
static gsize
elision_split (const TxGrammar *rules, const char *s, gsize len, gsize *chars)
{
  if (!rules->language->elision || tx_lexicon_lookup (rules, s, len) != NULL)
    return 0;
  gsize i = 0;
  while (i < len && i < 6 && g_ascii_isalpha (s[i]))
    i++;
  if (i == 0 || i >= len)
    return 0;
  gsize apostrophe = s[i] == '\'' ? 1 : (len - i >= 3 && memcmp (s + i, "\xe2\x80\x99", 3) == 0) ? 3 : 0;
  if (apostrophe == 0 || i + apostrophe >= len)
    return 0;
  *chars = i + 1;
  return i + apostrophe;
}

/* "mittwochabend": a weekday or day word the language compounds, and a
 * known word after it.  Returns the bytes of the head, or 0. */
static gsize
compound_split (const TxGrammar *rules, const char *s, gsize len)
{
  const char *const *heads = rules->language->compound_heads;
  for (gsize i = 0; heads != NULL && heads[i] != NULL; i++)
    {
      gsize n = strlen (heads[i]);
      if (n < len && memcmp (s, heads[i], n) == 0 && tx_lexicon_lookup (rules, s + n, len - n) != NULL &&
          tx_lexicon_lookup (rules, s, len) == NULL)
        return n;
    }
  return 0;
}

static gboolean
is_digits (const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return n > 0;
}

/* "l'an", "Mittwochabend": two pieces, where the language splits them. */
static gboolean
add_head_and_word (const TxGrammar *rules, GArray *view, const char *text,
                   const PrecisToken *token, guint32 index, const char *s, gsize len)
{
  gsize head_chars = 0;
  gsize head = elision_split (rules, s, len, &head_chars);
  if (head == 0 && (head = compound_split (rules, s, len)) != 0)
    head_chars = head;    /* the heads are ASCII */
  if (head == 0)
    return FALSE;
  add_piece (rules, view, text, token, index, s, head, 0, head_chars, TRUE);
  add_piece (rules, view, text, token, index, s + head, len - head, head_chars,
             (gsize) g_utf8_strlen (s + head, len - head), FALSE);
  return TRUE;
}

/* "10.30 horas", "15h30", "15h": a clock time, where the language writes
 * it so, as hour, separator and minutes. */
static gboolean
add_clock (const TxGrammar *rules, GArray *view, const char *text, const PrecisToken *token,
           guint32 index, const char *s, gsize len)
{
  gsize hours = 0;
  while (hours < len && hours < 3 && g_ascii_isdigit (s[hours]))
    hours++;
  if (hours < 1 || hours > 2 || hours >= len)
    return FALSE;
  gboolean dot = rules->language->dot_time && s[hours] == '.' && len == hours + 3;
  gboolean h = rules->language->h_time && s[hours] == 'h' && (len == hours + 1 || len == hours + 3);
  if (!(dot || h) || is_digits (s + hours + 1, len - hours - 1) != (len > hours + 1))
    return FALSE;
  add_piece (rules, view, text, token, index, s, hours, 0, hours, TRUE);
  add_piece (rules, view, text, token, index, s + hours, 1, hours, 1, FALSE);
  if (len > hours + 1)
    add_piece (rules, view, text, token, index, s + hours + 1, 2, hours + 1, 2, FALSE);
  return TRUE;
}

/* "at 0619 GMT", "1945 GMT": four digits before a time zone written in
 * capitals are hours and minutes (BBC and wire style), two pieces as if
 * "06:19" ("et" and "est" in lower case are words). */
static gboolean
add_zoned_clock (const TxGrammar *rules, GArray *view, const PrecisDocument *document, guint32 i)
{
  const PrecisToken *token = &document->tokens[i];
  const char *s = token->lower;
  /* Four digits and the end (a NUL is no digit): no strlen a token. */
  if (!is_digits (s, 4) || s[4] != '\0' || i + 1 >= document->n_tokens)
    return FALSE;
  const PrecisToken *zone = &document->tokens[i + 1];
  int hour = (s[0] - '0') * 10 + s[1] - '0', minute = (s[2] - '0') * 10 + s[3] - '0';
  const TxWord *word = zone->lower != NULL ? tx_lexicon_lookup (rules, zone->lower, strlen (zone->lower)) : NULL;
  if (hour > 23 || minute > 59 || zone->shape != PRECIS_SHAPE_UPPER || word == NULL ||
      word->role != TX_ROLE_ZONE)
    return FALSE;
  add_piece (rules, view, document->text, token, i, s, 2, 0, 2, TRUE);
  add_piece (rules, view, document->text, token, i, s + 2, 2, 2, 2, FALSE);
  return TRUE;
}

/* The AMPM word of `len` bytes at `s`, or NULL. */
static const TxWord *
ampm_word (const TxGrammar *rules, const char *s, gsize len)
{
  const TxWord *word = len > 0 ? tx_lexicon_lookup (rules, s, len) : NULL;
  return word != NULL && word->role == TX_ROLE_AMPM ? word : NULL;
}

/* "3pm", "3.30pm", "11:45pm", "3.30 pm": a clock glued to its half of the
 * day (BBC and Daily Mail style; the tokenizer keeps it one word), or
 * hours and minutes by a period before one, as the pieces "3 : 30 pm"
 * the rules read for "3:30 pm" (the period taken as the colon: with the
 * half of the day after it, "3.30" is no fraction).  Languages that write
 * "10.30" alone as a clock split it in add_clock, as before. */
static gboolean
add_ampm_clock (const TxGrammar *rules, GArray *view, const PrecisDocument *document, guint32 i)
{
  const PrecisToken *token = &document->tokens[i];
  const char *s = token->lower;
  gsize hours = 0;
  while (hours < 3 && g_ascii_isdigit (s[hours]))
    hours++;
  if (hours < 1 || hours > 2 || token->byte_end - token->byte_start != token->end - token->start)
    return FALSE;
  gsize at = hours;
  gboolean minutes = (s[at] == '.' || s[at] == ':') && g_ascii_isdigit (s[at + 1]) && g_ascii_isdigit (s[at + 2]);
  if (minutes && (s[at + 1] > '5' || g_ascii_isdigit (s[at + 3])))
    return FALSE;
  if (minutes)
    at += 3;
  gsize rest = strlen (s + at);
  int hour = hours == 1 ? s[0] - '0' : (s[0] - '0') * 10 + s[1] - '0';
  if (hour < 1 || hour > 12)
    return FALSE;
  if (rest > 0 ? ampm_word (rules, s + at, rest) == NULL
               : !(minutes && s[hours] == '.' && !rules->split_clocks && i + 1 < document->n_tokens &&
                   document->tokens[i + 1].lower != NULL &&
                   ampm_word (rules, document->tokens[i + 1].lower, strlen (document->tokens[i + 1].lower)) != NULL))
    return FALSE;
  add_piece (rules, view, document->text, token, i, s, hours, 0, hours, TRUE);
  if (minutes)
    {
      add_piece (rules, view, document->text, token, i, ":", 1, hours, 1, FALSE);
      add_piece (rules, view, document->text, token, i, s + hours + 1, 2, hours + 1, 2, FALSE);
    }
  if (rest > 0)
    add_piece (rules, view, document->text, token, i, s + at, rest, at, rest, FALSE);
  return TRUE;
}

/* "quarter-final", "night-time": a unit of time, a hyphen and a word no
 * rule knows (or an ordinal: "final") make a noun of their own, no date
 * ("mid-June", "year-end", "second-half" split as before; a month stays
 * a date in a name: German "Mai-Umsturz"). */
static gboolean
is_time_compound (const TxGrammar *rules, const char *s, gsize len)
{
  const char *hyphen = memchr (s, '-', len);
  if (hyphen == NULL || hyphen == s || memchr (hyphen + 1, '-', len - (hyphen - s) - 1) != NULL)
    return FALSE;
  gsize head = hyphen - s, tail = len - head - 1;
  for (gsize i = 0; i < len; i++)
    if (i != head && !g_ascii_isalpha (s[i]))
      return FALSE;
  const TxWord *first = tx_lexicon_lookup (rules, s, head);
  const TxWord *second = tx_lexicon_lookup (rules, hyphen + 1, tail);
  return tail >= 2 && first != NULL && first->role == TX_ROLE_UNIT &&
         (second == NULL || second->role == TX_ROLE_ORDINAL);
}

static void
add_token (const TxGrammar *rules, GArray *view, const char *text, const PrecisToken *token,
           guint32 index)
{
  const char *s = token->lower;
  /* As many bytes as characters: ASCII, and then so is the lower-case form. */
  gboolean ascii = token->byte_end - token->byte_start == token->end - token->start;
  gsize len = ascii ? token->end - token->start : strlen (s);
  if (ascii && s[len] != '\0')
    ascii = FALSE, len = strlen (s);
  if (rules->split_heads && add_head_and_word (rules, view, text, token, index, s, len))
    return;
  if (!ascii || len < 3)
    {
      gsize chars = ascii ? len : MIN (token->end - token->start, (gsize) g_utf8_strlen (s, len));
      add_piece (rules, view, text, token, index, s, len, 0, chars, TRUE);
      return;
    }
  if (rules->split_clocks && add_clock (rules, view, text, token, index, s, len))
    return;
  /* "week-end", "avant-hier": a word of time stays whole ("year-ago" is
   * read by rules in pieces). */
  const TxWord *whole;
  /* A time compound has its hyphen inside too (none first, a tail after it). */
  gboolean inner_hyphen = memchr (s + 1, '-', len - 2) != NULL;
  if (inner_hyphen && (whole = tx_lexicon_lookup (rules, s, len)) != NULL &&
      whole->role != TX_ROLE_NONE)
    {
      add_piece (rules, view, text, token, index, s, len, 0, len, TRUE);
      return;
    }
  if (inner_hyphen && is_time_compound (rules, s, len))
    {
      add_piece (rules, view, text, token, index, s, len, 0, len, TRUE);
      return;
    }
  gsize piece = 0;
  for (gsize i = 1; i + 1 < len; i++)
    if (is_split_char (s[i]) && g_ascii_isalnum (s[i - 1]) && g_ascii_isalnum (s[i + 1]))
      {
        add_piece (rules, view, text, token, index, s + piece, i - piece, piece, i - piece,
                   piece == 0);
        add_piece (rules, view, text, token, index, s + i, 1, i, 1, FALSE);
        piece = i + 1;
      }
  add_piece (rules, view, text, token, index, s + piece, len - piece, piece, len - piece,
             piece == 0);
}

/* "octobre 98" → 1998 against a publication in `anchor_year`. */
static int
expand_two_digit_year (int value, int anchor_year)
{
  int year = anchor_year - anchor_year % 100 + value;

  return year > anchor_year + 5 ? year - 100 : year;
}

static gboolean
is_apostrophe (const TxToken *token)
{
  return token->apostrophe && token->digits == 0;
}

/* Where an apostrophe-year `cur` (the apostrophe) may stand: after a
 * month, its day ("Feb 24, '90", "April '96") or a word that places a
 * year ("in '91", "since '57", "or '92"), not after a name ("Euro '96").
 * The tokens before it are t[0..i), those read_apostrophe_years has
 * already kept (a year read from two before it shifted them: "Feb 24,
 * '90 ... Sep 4, '03" read the comma for the second one's day). */
static gboolean
apostrophe_year_after (const TxToken *t, guint i, const TxToken *cur)
{
  if (i == 0 || cur->boundary)
    return FALSE;
  const TxToken *prev = &t[i - 1];
  if (prev->classes & TX_C_MONTH)
    return TRUE;
  if (prev->word != NULL && prev->word->year_before && prev->punct == 0)
    return TRUE;
  guint day = prev->punct == ',' ? i - 2 : i - 1;
  return day >= 1 && day < i && (t[day].classes & TX_C_DAY) && t[day].digits > 0 &&
         (t[day - 1].classes & TX_C_MONTH);
}

/* "'90", "’57": the apostrophe and its two digits, where they are a year
 * (see TxLanguage.apostrophe_year), one token of that year (the century
 * as for "octobre 98"); the apostrophe is no quote then. */
static void
read_apostrophe_years (const TxGrammar *rules, GArray *view, int anchor_year)
{
  if (!rules->language->apostrophe_year)
    return;
  const char *decade = rules->language->decade_word;
  const TxWord *decade_word = decade != NULL ? tx_lexicon_lookup (rules, decade, strlen (decade)) : NULL;
  TxToken *t = (TxToken *) view->data;
  guint out = 0;

  for (guint i = 0; i < view->len; i++)
    {
      /* Most tokens are no apostrophe: kept where they are, moved only
       * after a year read from two (a copy of each was most of the cost). */
      if (!t[i].apostrophe)
        {
          if (out != i)
            t[out] = t[i];
          out++;
          continue;
        }
      TxToken cur = t[i];
      /* the apostrophe a token of its own, or one with the digits (a
       * tokenizer keeps "’80" whole in Italian) */
      gboolean pair = is_apostrophe (&cur) && i + 1 < view->len && cur.space_before &&
                      !t[i + 1].space_before && t[i + 1].digits == 2 && t[i + 1].decimals == 0 &&
                      (t[i + 1].classes & TX_C_DIGITS);
      guint last = pair ? i + 1 : i;
      if ((pair || (cur.apostrophe && cur.digits == 2)) &&
          (last + 1 == view->len || t[last + 1].space_before || t[last + 1].punct != 0) &&
          (last + 1 == view->len || !is_apostrophe (&t[last + 1])))
        {
          /* "gli anni '70": the decade */
          gboolean in_decade = decade_word != NULL && out > 0 && t[out - 1].word == decade_word &&
                               t[last].value % 10 == 0;
          if (in_decade || apostrophe_year_after (t, out, &cur))
            {
              cur = t[last];
              cur.start = t[i].start;
              cur.doc_token = t[i].doc_token;
              cur.space_before = t[i].space_before;
              cur.classes = in_decade ? TX_C_DECADE : TX_C_YEAR;
              cur.value = in_decade ? 190 + t[last].value / 10 : expand_two_digit_year (t[last].value, anchor_year);
              i = last;
            }
        }
      t[out++] = cur;
    }
  g_array_set_size (view, out);
}

/* Years and decades written with two digits, where the language writes
 * them so: "novembre 93", "les années 60". */
static void
read_short_years (const TxGrammar *rules, GArray *view, int anchor_year)
{
  const TxLanguage *language = rules->language;
  const TxWord *decade_word = language->decade_word != NULL
                              ? tx_lexicon_lookup (rules, language->decade_word, strlen (language->decade_word))
                              : NULL;
  const TxWord *short_year_word = language->short_year_before != NULL
                                  ? tx_lexicon_lookup (rules, language->short_year_before,
                                                       strlen (language->short_year_before))
                                  : NULL;
  TxToken *t = (TxToken *) view->data;

  for (guint i = 1; i < view->len; i++)
    {
      TxToken *cur = &t[i];

      /* "les années 1950", "los años 1990": the decade, written whole. */
      if (decade_word != NULL && t[i - 1].word == decade_word && cur->digits == 4 &&
          (cur->classes & TX_C_YEAR) && cur->value % 10 == 0)
        {
          cur->classes = TX_C_DECADE;
          cur->value /= 10;
          continue;
        }
      if (cur->digits != 2 || !(cur->classes & TX_C_DIGITS))
        continue;
      if (language->month_two_digit_year &&
          ((t[i - 1].classes & TX_C_MONTH) || (short_year_word != NULL && t[i - 1].word == short_year_word)) &&
          (i + 1 == view->len || t[i + 1].boundary || t[i + 1].punct != 0 ||
           (t[i + 1].word != NULL && t[i + 1].word->year_after)))
        {
          cur->classes = TX_C_YEAR;
          cur->value = expand_two_digit_year (cur->value, anchor_year);
        }
      /* (not after a count of years: "per 5 anni 20 giorni") */
      else if (decade_word != NULL && t[i - 1].word == decade_word && cur->value % 10 == 0 &&
               !(i >= 2 && (t[i - 2].classes & (TX_C_DIGITS | TX_C_NUMWORD))))
        {
          cur->classes = TX_C_DECADE;
          cur->value = 190 + cur->value / 10;
        }
    }
}

/* Whether view token `t` joins the two years of a pair: "-", "/" or an
 * en dash, written between them without spaces. */
static gboolean
joins_year_pair (const PrecisDocument *document, const TxToken *t)
{
  if (t->space_before)
    return FALSE;
  if (t->punct == '-' || t->punct == '/')
    return TRUE;
  const char *lower = document->tokens[t->doc_token].lower;
  return t->digits == 0 && lower != NULL && strcmp (lower, "–") == 0;
}

/* "the 2013-14 season", "der Krieg 1870/71", "in 1914-18": the second
 * of two years, written with its last two digits, is the later year of
 * the first's century (or the next, "1999-00"), up to ten years on; a
 * year of its own, as the development gold writes "1912/13" and
 * "1884/85" (the first year only was read, and a split season seemed
 * one calendar year).  Not "2015-04" (a month, years back) nor an ISO
 * day "2013-12-05" (a third part). */
static void
read_year_pairs (const PrecisDocument *document, GArray *view)
{
  TxToken *t = (TxToken *) view->data;
  for (guint i = 2; i < view->len; i++)
    {
      TxToken *second = &t[i];
      const TxToken *first = &t[i - 2];
      if (second->digits != 2 || second->decimals != 0 || !(second->classes & TX_C_DIGITS) ||
          second->space_before || !(first->classes & TX_C_YEAR) || first->digits != 4 ||
          !joins_year_pair (document, &t[i - 1]))
        continue;
      if (i + 2 < view->len && !t[i + 1].space_before && (t[i + 1].punct == '-' || t[i + 1].punct == '/' ||
                                                          t[i + 1].punct == ':' || t[i + 1].punct == '.') &&
          !t[i + 2].space_before && t[i + 2].digits > 0)
        continue;
      int year = first->value - first->value % 100 + second->value;
      if (year <= first->value)
        year += 100;
      if (year - first->value > 10)
        continue;
      second->classes = TX_C_YEAR;
      second->value = year;
    }
}

static gboolean
is_century_unit (const TxToken *token)
{
  return token->word != NULL && token->word->role == TX_ROLE_UNIT &&
         (token->value & ~TX_PLURAL) == TX_UNIT_CENTURY;
}

/* "Feb" "." → "Feb."; "twenty" "-" "four" → 24; "vingt et un" → 21; "nineteen" "ninety-six" → 1996. */
static void
merge (const TxGrammar *rules, GArray *view)
{
  guint out = 0;
  TxToken *t = (TxToken *) view->data;
  gboolean day_dot = rules->language->day_dot;
  const char *and = rules->language->number_and;
  const TxWord *and_word = and != NULL ? tx_lexicon_lookup (rules, and, strlen (and)) : NULL;
  for (guint i = 0; i < view->len; i++)
    {
      /* Read and changed where it is, moved only once tokens were
       * merged before it (a copy of each was most of the cost): later
       * tokens only look ahead of it, or back at those written out. */
      guint at = i;
      TxToken *cur = &t[i];
      /* "5. Mai": the period makes the number an ordinal, and ends no
       * sentence. */
      if (day_dot && (cur->classes & TX_C_DAY) && cur->digits > 0 &&
          i + 2 < view->len && t[i + 1].punct == '.' && !t[i + 1].space_before &&
          ((t[i + 2].classes & TX_C_MONTH) || is_century_unit (&t[i + 2])))
        {
          cur->end = t[i + 1].end;
          /* "im 18. Jahrhundert": an ordinal, no day */
          cur->classes = is_century_unit (&t[i + 2]) ? TX_C_ORD : TX_C_DAY | TX_C_ORD;
          i++;
          t[i + 1].boundary = FALSE;
        }
      /* ("10pm.", "at 9 am.": "am"/"pm" written without periods take none;
       * the period is the sentence's, which ends there) */
      else if (cur->word != NULL && cur->word->abbrev && i + 1 < view->len && t[i + 1].punct == '.' &&
          !t[i + 1].space_before && !((cur->classes & TX_C_AMPM) && cur->end - cur->start == 2))
        {
          cur->end = t[i + 1].end;
          cur->bare_abbrev = FALSE;
          i++;
          /* A tokenizer may take "Sept." for the end of a sentence. */
          if (i + 1 < view->len)
            t[i + 1].boundary = FALSE;
        }
      else if ((cur->classes & TX_C_NUMWORD) && cur->value >= 10 && cur->value <= 90 &&
               cur->value % 10 == 0 && i + 2 < view->len && t[i + 1].punct == '-' &&
               !t[i + 1].space_before && !t[i + 2].space_before &&
               (t[i + 2].classes & (TX_C_NUMWORD | TX_C_ORD)) && t[i + 2].ordinal < 10 &&
               ((t[i + 2].classes & TX_C_ORD) ? t[i + 2].ordinal : t[i + 2].value) < 10)
        {
          const TxToken *unit = &t[i + 2];
          if (unit->classes & TX_C_ORD)
            {
              cur->classes = TX_C_WORD | TX_C_ORD;
              cur->ordinal = cur->value + unit->ordinal;
              if (cur->ordinal <= 31)
                cur->classes |= TX_C_DAY;
            }
          else
            cur->value += unit->value;
          cur->end = unit->end;
          i += 2;
        }
      /* "vingt et un", "soixante et onze", "treinta y dos", "vinte e cinco" */
      else if (and_word != NULL && (cur->classes & TX_C_NUMWORD) && cur->value >= 20 && cur->value <= 90 &&
               cur->value % 10 == 0 && i + 2 < view->len && t[i + 1].word == and_word &&
               (t[i + 2].classes & TX_C_NUMWORD) && !t[i + 1].boundary &&
               ((t[i + 2].value >= 1 && t[i + 2].value <= 9) || (cur->value == 60 && t[i + 2].value == 11)))
        {
          cur->value += t[i + 2].value;
          cur->end = t[i + 2].end;
          i += 2;
        }
      if (out > 0)
        {
          TxToken *prev = &t[out - 1];
          /* "nineteen ninety-six": a spelled year */
          if ((prev->classes & TX_C_NUMWORD) && prev->value >= 11 && prev->value <= 20 &&
              (cur->classes & TX_C_NUMWORD) && cur->value >= 10 && cur->value <= 99 &&
              !(prev->classes & TX_C_YEAR))
            {
              prev->value = prev->value * 100 + cur->value;
              prev->classes = TX_C_WORD | TX_C_YEAR;
              prev->end = cur->end;
              continue;
            }
        }
      if (out != at)
        t[out] = *cur;
      out++;
    }
  g_array_set_size (view, out);
}

/* "cinco de maio de 1937", "el veinticinco de mayo": a number spelled
 * before the language's "of" and a month is that month's day.  Not one
 * written with a capital inside a sentence, nor with a capitalized month
 * after one opening it: the name of a street or a feast ("Doce de
 * Octubre", "Vinte e Cinco de Abril"). */
static void
read_spelled_days (const TxGrammar *rules, GArray *view)
{
  const char *of = rules->language->spelled_day_of;
  const TxWord *of_word = of != NULL ? tx_lexicon_lookup (rules, of, strlen (of)) : NULL;
  TxToken *t = (TxToken *) view->data;

  if (of_word == NULL)
    return;
  for (guint i = 0; i + 2 < view->len; i++)
    {
      TxToken *cur = &t[i];
      const TxToken *month = &t[i + 2];
      if (!(cur->classes & TX_C_NUMWORD) || cur->value < 1 || cur->value > 31 ||
          t[i + 1].word != of_word || t[i + 1].boundary || !(month->classes & TX_C_MONTH) ||
          month->boundary)
        continue;
      if (cur->capitalized && (!cur->boundary || month->capitalized))
        continue;
      cur->classes |= TX_C_DAY;
      cur->ordinal = cur->value;   /* a day's slot takes the ordinal */
    }
}

GArray *
tx_view_new (const TxGrammar *rules, const PrecisDocument *document)
{
  GArray *view = g_array_sized_new (FALSE, FALSE, sizeof (TxToken), document->n_tokens + 16);
  for (guint32 i = 0; i < document->n_tokens; i++)
    {
      const PrecisToken *token = &document->tokens[i];
      if (token->lower == NULL || token->lower[0] == '\0')
        continue;
      if (!add_zoned_clock (rules, view, document, i) && !add_ampm_clock (rules, view, document, i))
        add_token (rules, view, document->text, token, i);
    }
  merge (rules, view);
  read_apostrophe_years (rules, view, g_date_time_get_year (document->published));
  read_short_years (rules, view, g_date_time_get_year (document->published));
  read_year_pairs (document, view);
  read_spelled_days (rules, view);
  return view;
}
