/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mojibake-cyrillic.h"

#include <string.h>

#define CYRILLIC_FIRST 0x0410 /* "А", Windows-1251 0xC0 */
#define CYRILLIC_LAST 0x044F  /* "я", Windows-1251 0xFF */

static gboolean
is_mapped_cyrillic (gunichar c)
{
  return c >= CYRILLIC_FIRST && c <= CYRILLIC_LAST;
}

/* The Latin-1 character the Windows-1251 letter's byte stands for. */
static gunichar
latin1_of (gunichar c)
{
  return 0xC0 + (c - CYRILLIC_FIRST);
}

/* Cyrillic letters that look like Latin ones: spoofed or mistyped words
 * hold these, and are left alone. */
static gboolean
is_look_alike (gunichar c)
{
  static const gunichar look_alikes[] = {
    0x0430, 0x0435, 0x043E, 0x0440, 0x0441, 0x0445, 0x0443, /* а е о р с х у */
    0x0410, 0x0412, 0x0415, 0x041A, 0x041C, 0x041D, 0x041E, /* А В Е К М Н О */
    0x0420, 0x0421, 0x0422, 0x0425,                         /* Р С Т Х */
  };

  for (guint i = 0; i < G_N_ELEMENTS (look_alikes); i++)
    if (look_alikes[i] == c)
      return TRUE;
  return FALSE;
}

/* Whether the word [p, end) is Latin-1 read as Windows-1251. */
static gboolean
is_broken_word (const char *p, const char *end)
{
  guint ascii = 0, telling = 0;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        ascii += g_ascii_isalpha ((char) c) != 0;
      else if (!is_mapped_cyrillic (c) || latin1_of (c) == 0xD7 || latin1_of (c) == 0xF7)
        return FALSE; /* another script, or a letter standing for "×" or "÷" */
      else
        telling += !is_look_alike (c);
    }
  return ascii > 0 && telling > 0;
}

/* Whether the word [p, end) holds Cyrillic letters and no ASCII one:
 * Russian (a lone letter is not counted: "à" read as Cyrillic is "а"). */
static gboolean
is_cyrillic_word (const char *p, const char *end)
{
  const char *start = p;
  gboolean cyrillic = FALSE;

  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && g_ascii_isalpha ((char) c))
        return FALSE;
      cyrillic = cyrillic || (c >= 0x0400 && c <= 0x04FF);
    }
  return cyrillic && g_utf8_next_char (start) < end;
}

static void
repair_word (char *p, const char *end)
{
  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Both forms are two bytes: the text keeps its length. */
      if (is_mapped_cyrillic (c))
        g_unichar_to_utf8 (latin1_of (c), p);
    }
}

/* Calls `word` on each run of letters of `text`; stops when it returns FALSE. */
static void
each_word (char *text, gsize length, gboolean (*word) (char *start, char *end, gpointer data), gpointer data)
{
  char *p = text, *end = text + length;

  while (p < end)
    {
      char *start = p;

      while (p < end && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start && !word (start, p, data))
        return;
      if (p == start)
        p = g_utf8_next_char (p);
    }
}

typedef struct {
  guint broken, cyrillic;
} Counts;

static gboolean
count_word (char *start, char *end, gpointer data)
{
  Counts *counts = data;

  counts->broken += is_broken_word (start, end);
  counts->cyrillic += is_cyrillic_word (start, end);
  return TRUE;
}

/* A broken word, or a letter alone ("à", "é" read as "а", "й"). */
static gboolean
repair_broken_word (char *start, char *end, gpointer data)
{
  gboolean alone = g_utf8_next_char (start) == end && is_mapped_cyrillic (g_utf8_get_char (start)) &&
                   latin1_of (g_utf8_get_char (start)) != 0xD7 && latin1_of (g_utf8_get_char (start)) != 0xF7;

  if (alone || is_broken_word (start, end))
    {
      repair_word (start, end);
      (*(guint *) data)++;
    }
  return TRUE;
}

guint
precis_mojibake_repair_cyrillic (char *text, gsize length)
{
  Counts counts = { 0, 0 };
  guint repaired = 0;

  /* Most texts hold no Cyrillic letter (U+0410..U+044F open with 0xD0 or 0xD1):
   * they cost one look at each byte. */
  if (memchr (text, 0xD0, length) == NULL && memchr (text, 0xD1, length) == NULL)
    return 0;
  /* A Russian text with a word that mixes the scripts stays as it is:
   * the broken words must outnumber the Cyrillic ones. */
  each_word (text, length, count_word, &counts);
  if (counts.broken == 0 || counts.broken <= counts.cyrillic)
    return 0;
  each_word (text, length, repair_broken_word, &repaired);
  return repaired;
}
