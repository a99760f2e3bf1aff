/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mojibake.h"

#include <string.h>

#define MAX_PASSES 3

/* The byte a character stands for when UTF-8 was read as Windows-1252
 * or Latin-1; -1 when it stands for none.  Latin-1 is the first 256 code
 * points; Windows-1252's other characters (0x80..0x9F: "€", "“", "Š"...)
 * are asked of iconv. */
static int
byte_of (gunichar c)
{
  char utf8[6];
  gsize n = 0;
  g_autofree char *byte = NULL;

  if (c <= 0xFF)
    return (int) c;
  byte = g_convert (utf8, g_unichar_to_utf8 (c, utf8), "WINDOWS-1252", "UTF-8", NULL, &n, NULL);
  return byte != NULL && n == 1 ? (guchar) byte[0] : -1;
}

gboolean
precis_mojibake_is_plausible (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SURROGATE:
      return FALSE;
    default:
      return TRUE;
    }
}

typedef struct {
  gunichar c;           /* the character the sequence stands for */
  guint n_chars;        /* input code points it takes */
  gboolean regular;     /* FALSE for "Ã" before a space (below) */
} Sequence;

/* Reads the sequence of characters at `p` that stand for the UTF-8 bytes
 * of one character other than ASCII. */
static gboolean
read_sequence (const char *p, const char *end, Sequence *seq)
{
  guchar bytes[4];
  gunichar first = g_utf8_get_char (p);
  /* Windows-1252's characters above U+00FF stand for bytes 0x80..0x9F,
   * never a lead byte: iconv is asked only after a lead. */
  int lead = first <= 0xFF ? (int) first : -1;
  guint n;

  if (lead >= 0xC2 && lead <= 0xDF)
    n = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    n = 3;
  else if (lead >= 0xF0 && lead <= 0xF4)
    n = 4;
  else
    return FALSE;
  bytes[0] = (guchar) lead;
  p = g_utf8_next_char (p);
  /* "à" is C3 A0, and A0 is a no-break space that is often lost or made a
   * plain space on the way: "Ã " stands for "à" and the space stays. */
  if (lead == 0xC3 && p < end && *p == ' ')
    {
      *seq = (Sequence) { 0xE0, 1, FALSE };
      return TRUE;
    }
  for (guint i = 1; i < n; i++)
    {
      int b;

      if (p >= end)
        return FALSE;
      b = byte_of (g_utf8_get_char (p));
      if (b < 0x80 || b > 0xBF)
        return FALSE;
      bytes[i] = (guchar) b;
      p = g_utf8_next_char (p);
    }
  if (!g_utf8_validate ((const char *) bytes, n, NULL))
    return FALSE;
  seq->c = g_utf8_get_char ((const char *) bytes);
  seq->n_chars = n;
  seq->regular = TRUE;
  return precis_mojibake_is_plausible (seq->c);
}

/* How many sequences of characters in `text` read as the UTF-8 of one
 * character: the measure a repair must lower. */
static guint
count_sequences (const char *text, gsize length)
{
  const char *p = text, *end = text + length;
  guint n = 0;

  while (p < end)
    {
      Sequence seq;

      if ((guchar) *p >= 0x80 && read_sequence (p, end, &seq))
        {
          n++;
          p = g_utf8_offset_to_pointer (p, seq.n_chars);
        }
      else
        p = g_utf8_next_char (p);
    }
  return n;
}

/* One pass over the whole text; FALSE at the first character that stands
 * for no byte or bytes that are not UTF-8.  With `out` NULL it only checks;
 * else it writes the repaired text and, per code point of it, where it
 * started in the input. */
static gboolean
decode (const char *text, gsize length, GString *out, GArray *chars, GArray *bytes,
        guint *n_regular)
{
  const char *p = text, *end = text + length;
  guint32 n_in = 0;

  *n_regular = 0;
  while (p < end)
    {
      guint32 at_byte = (guint32) (p - text), at_char = n_in;

      if ((guchar) *p < 0x80)
        {
          if (out != NULL)
            g_string_append_c (out, *p);
          p++;
          n_in++;
        }
      else
        {
          Sequence seq;

          if (!read_sequence (p, end, &seq))
            return FALSE;
          *n_regular += seq.regular;
          if (out != NULL)
            g_string_append_unichar (out, seq.c);
          p = g_utf8_offset_to_pointer (p, seq.n_chars);
          n_in += seq.n_chars;
        }
      if (chars != NULL)
        {
          g_array_append_val (chars, at_char);
          g_array_append_val (bytes, at_byte);
        }
    }
  if (chars != NULL)
    {
      guint32 n_bytes = (guint32) length;

      g_array_append_val (chars, n_in);
      g_array_append_val (bytes, n_bytes);
    }
  return TRUE;
}

/* One pass: TRUE and the repaired text with its map when the whole text
 * decodes, has at least one regular sequence, and has fewer sequences after. */
static gboolean
repair_pass (const char *text, gsize length, PrecisMojibakeRepair *pass)
{
  guint n_regular;
  GString *out;
  GArray *chars, *bytes;

  if (!decode (text, length, NULL, NULL, NULL, &n_regular) || n_regular == 0)
    return FALSE;
  out = g_string_sized_new (length);
  chars = g_array_sized_new (FALSE, FALSE, sizeof (guint32), length + 1);
  bytes = g_array_sized_new (FALSE, FALSE, sizeof (guint32), length + 1);
  decode (text, length, out, chars, bytes, &n_regular);
  if (count_sequences (out->str, out->len) >= count_sequences (text, length))
    {
      g_string_free (out, TRUE);
      g_array_free (chars, TRUE);
      g_array_free (bytes, TRUE);
      return FALSE;
    }
  precis_mojibake_repair_take (pass, out, chars, bytes);
  return TRUE;
}

void
precis_mojibake_repair_take (PrecisMojibakeRepair *repair, GString *text, GArray *chars, GArray *bytes)
{
  repair->length = text->len;
  repair->text = g_string_free (text, FALSE);
  repair->n_chars = chars->len - 1;
  repair->input_chars = (guint32 *) (void *) g_array_free (chars, FALSE);
  repair->input_bytes = (guint32 *) (void *) g_array_free (bytes, FALSE);
}

gboolean
precis_mojibake_repair (const char *text, gsize length, PrecisMojibakeRepair *repair)
{
  PrecisMojibakeRepair next = { 0 };
  gsize i;

  memset (repair, 0, sizeof *repair);
  /* Most text is ASCII or correct: both leave at the first look. */
  for (i = 0; i < length && (guchar) text[i] < 0x80; i++)
    ;
  if (i == length || length >= G_MAXUINT32 || !repair_pass (text, length, repair))
    return FALSE;
  for (int pass = 1; pass < MAX_PASSES && repair_pass (repair->text, repair->length, &next); pass++)
    precis_mojibake_repair_chain (repair, &next);
  return TRUE;
}

void
precis_mojibake_repair_chain (PrecisMojibakeRepair *repair, PrecisMojibakeRepair *next)
{
  /* Compose the maps: next's code points index repair's. */
  for (guint32 k = 0; k <= next->n_chars; k++)
    {
      guint32 mid = next->input_chars[k];

      next->input_chars[k] = repair->input_chars[mid];
      next->input_bytes[k] = repair->input_bytes[mid];
    }
  precis_mojibake_repair_clear (repair);
  *repair = *next;
  memset (next, 0, sizeof *next);
}

void
precis_mojibake_repair_clear (PrecisMojibakeRepair *repair)
{
  g_free (repair->text);
  g_free (repair->input_chars);
  g_free (repair->input_bytes);
  memset (repair, 0, sizeof *repair);
}
