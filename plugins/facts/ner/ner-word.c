/* ner-word.c — lower case and shape of a word, ASCII fast, UTF-8 correct.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-word.h"

#include <string.h>

static gboolean
is_ascii (const char *word, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if ((guint8) word[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* The typographic apostrophe (U+2019) as the ASCII one, in place;
 * returns the new length.  The models learned "'s" and "l'" from text
 * written with ASCII apostrophes: "Jo’s Cervical Cancer Trust" gave the
 * place "Jo" and the person "Cancer Trust", "Jo's ..." the trust. */
static gsize
apostrophes_to_ascii (char *s)
{
  char *out = s;

  for (const char *p = s; *p != '\0';)
    if ((guint8) p[0] == 0xe2 && (guint8) p[1] == 0x80 && (guint8) p[2] == 0x99)
      {
        *out++ = '\'';
        p += 3;
      }
    else
      *out++ = *p++;
  *out = '\0';
  return (gsize) (out - s);
}

/* `n` ASCII bytes in lower case, inline: g_ascii_tolower is a call a byte
 * (names are lowered hundreds of times an article). */
static inline void
ascii_lower (const char *s, gsize n, char *out)
{
  for (gsize i = 0; i < n; i++)
    out[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char) (s[i] + ('a' - 'A')) : s[i];
}

gsize
precis_ner_word_lower (const char *word, gsize len, char out[PRECIS_NER_WORD_MAX])
{
  if (is_ascii (word, len))
    {
      gsize n = MIN (len, PRECIS_NER_WORD_MAX);

      ascii_lower (word, n, out);
      return n;
    }

  /* Rare in English news: names like "Zürich" or "Élysée". */
  g_autofree char *lower = g_utf8_strdown (word, (gssize) len);  /* not ASCII */
  gsize n = apostrophes_to_ascii (lower);

  if (n > PRECIS_NER_WORD_MAX)
    {
      /* Cut on a character boundary so the shape stays valid UTF-8. */
      const char *end = g_utf8_find_prev_char (lower, lower + PRECIS_NER_WORD_MAX + 1);
      n = end ? (gsize) (end - lower) : PRECIS_NER_WORD_MAX;
    }
  memcpy (out, lower, n);
  return n;
}

gsize
precis_ner_word_ascii (char *s, gsize len)
{
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    if ((guint8) s[i] < 0x80)
      s[n++] = s[i];
  return n;
}

char *
precis_ner_utf8_strdown (const char *s, gssize len)
{
  gsize n = 0;
  char *out;

  while ((len < 0 || n < (gsize) len) && s[n] != '\0')
    {
      /* Other scripts' case rules are GLib's. */
      if ((guchar) s[n] >= 0x80)
        return g_utf8_strdown (s, len);
      n++;
    }
  out = g_malloc (n + 1);
  ascii_lower (s, n, out);
  out[n] = '\0';
  return out;
}

const char *
precis_ner_utf8_strdown_in (const char *s, char *buf, gsize size, char **heap)
{
  gsize n = 0;

  while (n < size && s[n] != '\0' && (guchar) s[n] < 0x80)
    n++;
  if (n < size && s[n] == '\0')
    {
      ascii_lower (s, n, buf);
      buf[n] = '\0';
      *heap = NULL;
      return buf;
    }
  *heap = precis_ner_utf8_strdown (s, -1);
  return *heap;
}

static char
class_of (gunichar c, guint *flags)
{
  if (c < 0x80)
    {
      if (g_ascii_isupper (c))
        {
          *flags |= PRECIS_NER_WORD_HAS_UPPER | PRECIS_NER_WORD_HAS_LETTER;
          return 'X';
        }
      if (g_ascii_islower (c))
        {
          *flags |= PRECIS_NER_WORD_HAS_LOWER | PRECIS_NER_WORD_HAS_LETTER;
          return 'x';
        }
      if (g_ascii_isdigit (c))
        {
          *flags |= PRECIS_NER_WORD_HAS_DIGIT;
          return 'd';
        }
      return (char) c;
    }
  if (g_unichar_isupper (c) || g_unichar_istitle (c))
    {
      *flags |= PRECIS_NER_WORD_HAS_UPPER | PRECIS_NER_WORD_HAS_LETTER;
      return 'X';
    }
  if (g_unichar_isalpha (c))
    {
      *flags |= PRECIS_NER_WORD_HAS_LOWER | PRECIS_NER_WORD_HAS_LETTER;
      return 'x';
    }
  if (g_unichar_isdigit (c))
    {
      *flags |= PRECIS_NER_WORD_HAS_DIGIT;
      return 'd';
    }
  /* Curly quotes, dashes: one class, so "’s" and "'s" look alike. */
  return '~';
}

gsize
precis_ner_word_shape (const char *word, gsize len, char out[PRECIS_NER_WORD_MAX], guint *flags)
{
  const char *p = word;
  const char *end = word + len;
  gsize n = 0;
  gboolean first_letter = TRUE;

  *flags = 0;
  while (p < end && n < PRECIS_NER_WORD_MAX)
    {
      gunichar c;

      if ((guint8) *p < 0x80)
        c = (guchar) *p++;
      else
        {
          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              c = '?';
              p++;
            }
          else
            p = g_utf8_next_char (p);
        }

      guint before = *flags;
      char k = class_of (c, flags);

      if (first_letter && (*flags & PRECIS_NER_WORD_HAS_LETTER))
        {
          first_letter = FALSE;
          if (k == 'X' && !(before & PRECIS_NER_WORD_HAS_LETTER))
            *flags |= PRECIS_NER_WORD_INITIAL_UPPER;
        }
      if (n == 0 || out[n - 1] != k)
        out[n++] = k;
    }
  return n;
}

static gboolean
ends_in_list (const char *const *list, const char *word, gsize shortest)
{
  gsize len = strlen (word);

  for (guint k = 0; list[k] != NULL; k++)
    {
      gsize n = strlen (list[k]);

      if (n + shortest <= len && memcmp (word + len - n, list[k], n) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
precis_ner_word_ends_in_list (const char *const *list, const char *word)
{
  return ends_in_list (list, word, 0);
}

gboolean
precis_ner_compound_ends_in_list (const char *const *list, const char *word)
{
  return ends_in_list (list, word, 1);
}

/* The word `a` (`la` bytes) abbreviates the word `b` (`lb`): same first
 * letter, its letters in order within `b`, shorter ("utd" for "united",
 * "man" for "manchester"). */
gboolean
precis_ner_word_abbreviates (const char *a, gsize la, const char *b, gsize lb)
{
  const char *p = b, *end = b + lb;

  if (la > 0 && a[la - 1] == '.')
    la--;
  if (la < 2 || la >= lb || a[0] != b[0])
    return FALSE;
  for (gsize i = 0; i < la; i++)
    {
      p = memchr (p, a[i], (gsize) (end - p));
      if (p == NULL)
        return FALSE;
      p++;
    }
  return TRUE;
}
