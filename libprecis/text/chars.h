/* chars.h — the character classes every pipeline stage agrees on.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Pasted web text is full of U+00A0, U+2028, zero-width spaces and \r\n;
 * one definition of "space" and "line break" keeps structure, tokens and
 * sentences consistent with each other.
 */
#pragma once

#include <glib.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

G_BEGIN_DECLS

typedef enum {
  PRECIS_CHAR_SPACE = 0,
  PRECIS_CHAR_LETTER,
  PRECIS_CHAR_DIGIT,
  PRECIS_CHAR_MARK,   /* combining marks and format characters: part of the word they follow */
  PRECIS_CHAR_PUNCT,  /* punctuation, symbols and anything else */
} PrecisCharClass;

extern const guint8 precis_ascii_class[128];

PrecisCharClass precis_char_class_slow (gunichar c);

static inline PrecisCharClass
precis_char_class (gunichar c)
{
  return c < 128 ? (PrecisCharClass) precis_ascii_class[c] : precis_char_class_slow (c);
}

/* Decodes one character of valid UTF-8; ASCII without a call. */
static inline gunichar
precis_utf8_decode (const char *p, guint *len)
{
  guchar b = (guchar) *p;

  if (b < 0x80)
    {
      *len = 1;
      return b;
    }
  *len = g_utf8_skip[b];
  return g_utf8_get_char (p);
}

/* Characters in `length` bytes of valid UTF-8: its bytes less the
 * continuation bytes (g_utf8_strlen steps a character at a time and looks
 * for a NUL, ~3× the instructions).  With SSE2, 16 bytes a step: a byte
 * starts a character when, read as signed, it is above -65 (continuation
 * bytes are 0x80..0xBF, -128..-65); each lane counts down by the compare's
 * -1, at most 255 steps before the lanes are summed (psadbw).  The byte
 * loop took 9 instructions a byte (not vectorized at -O2), a tenth of the
 * document's tokenizing for the whole text, and the worker counts again. */
static inline guint32
precis_utf8_count (const char *s, gsize length)
{
  guint32 n = 0;
  gsize i = 0;

#if defined(__SSE2__)
  const __m128i threshold = _mm_set1_epi8 (-65);

  while (length - i >= 16)
    {
      __m128i lanes = _mm_setzero_si128 (), sums;
      gsize steps = MIN ((length - i) / 16, 255);

      for (gsize k = 0; k < steps; k++, i += 16)
        lanes = _mm_sub_epi8 (lanes, _mm_cmpgt_epi8 (_mm_loadu_si128 ((const __m128i *) (s + i)), threshold));
      sums = _mm_sad_epu8 (lanes, _mm_setzero_si128 ());
      n += (guint32) _mm_cvtsi128_si32 (sums) + (guint32) _mm_cvtsi128_si32 (_mm_srli_si128 (sums, 8));
    }
#endif
  for (; i < length; i++)
    n += ((guchar) s[i] & 0xC0) != 0x80;
  return n;
}

static inline gboolean
precis_unichar_is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

static inline gboolean
precis_unichar_is_upper (gunichar c)
{
  return c < 128 ? (c >= 'A' && c <= 'Z') : g_unichar_isupper (c) || g_unichar_istitle (c);
}

static inline gboolean
precis_unichar_is_lower (gunichar c)
{
  return c < 128 ? (c >= 'a' && c <= 'z') : g_unichar_islower (c);
}

G_END_DECLS
