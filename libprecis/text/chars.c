/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "chars.h"

#define S PRECIS_CHAR_SPACE
#define L PRECIS_CHAR_LETTER
#define D PRECIS_CHAR_DIGIT
#define P PRECIS_CHAR_PUNCT

/* Control characters count as space: they never belong to a word. */
const guint8 precis_ascii_class[128] = {
  S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
  S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
  S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
  D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
  P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
  L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, P,
  P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
  L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S,
};

PrecisCharClass
precis_char_class_slow (gunichar c)
{
  switch (c)
    {
    /* Invisible separators pasted from web pages. */
    case 0x180E: case 0x200B: case 0x2060: case 0xFEFF:
      return PRECIS_CHAR_SPACE;
    default:
      break;
    }

  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return PRECIS_CHAR_SPACE;
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
      return PRECIS_CHAR_LETTER;
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
      return PRECIS_CHAR_DIGIT;
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
      return PRECIS_CHAR_MARK;
    default:
      return PRECIS_CHAR_PUNCT;
    }
}
