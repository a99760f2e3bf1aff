/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "unspaced.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "chars.h"

gboolean
precis_unichar_is_unspaced (gunichar c)
{
  /* Below Thai nothing is: keep the common case to one comparison. */
  if (c < 0x0E00)
    return FALSE;
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
      return TRUE;
    default:
      return FALSE;
    }
}

guint32
precis_unspaced_run_end (const char *text, guint32 start, guint32 end)
{
  guint32 pos = start;

  while (pos < end)
    {
      guint length;
      gunichar c = precis_utf8_decode (text + pos, &length);
      PrecisCharClass cls = precis_char_class (c);

      /* "ー" and "々" are letters of no one script; marks join anything. */
      if (cls != PRECIS_CHAR_MARK &&
          !(cls == PRECIS_CHAR_LETTER && c >= 0x0E00 &&
            (precis_unichar_is_unspaced (c) || g_unichar_get_script (c) == G_UNICODE_SCRIPT_COMMON)))
        break;
      pos += length;
    }
  return pos;
}

typedef struct {
  UBreakIterator *words;
  UText *text;
} ThreadBreaker;

static void
thread_breaker_free (gpointer data)
{
  ThreadBreaker *tb = data;

  if (tb->words != NULL)
    ubrk_close (tb->words);
  if (tb->text != NULL)
    utext_close (tb->text);
  g_free (tb);
}

static GPrivate thread_breaker = G_PRIVATE_INIT (thread_breaker_free);

/* Opening an iterator loads ICU's rules: once a thread, and only on the
 * first text that needs one. */
static ThreadBreaker *
get_breaker (void)
{
  ThreadBreaker *tb = g_private_get (&thread_breaker);
  UErrorCode status = U_ZERO_ERROR;

  if (tb != NULL)
    return tb;
  tb = g_new0 (ThreadBreaker, 1);
  tb->words = ubrk_open (UBRK_WORD, "", NULL, 0, &status);
  if (U_FAILURE (status))
    {
      g_warning ("No ICU word break iterator: %s", u_errorName (status));
      tb->words = NULL;
    }
  g_private_set (&thread_breaker, tb);
  return tb;
}

void
precis_unspaced_words (const char *text, guint32 start, guint32 end, GArray *ends)
{
  ThreadBreaker *tb = get_breaker ();
  UErrorCode status = U_ZERO_ERROR;
  int32_t boundary;

  if (tb->words != NULL)
    {
      /* A UTF-8 UText indexes by byte: boundaries need no conversion. */
      tb->text = utext_openUTF8 (tb->text, text + start, end - start, &status);
      if (U_SUCCESS (status))
        ubrk_setUText (tb->words, tb->text, &status);
    }
  if (tb->words == NULL || U_FAILURE (status))
    {
      /* Without ICU, a character a word: still a summary, if a poorer one. */
      for (guint32 pos = start; pos < end;)
        {
          pos = (guint32) (g_utf8_next_char (text + pos) - text);
          g_array_append_val (ends, pos);
        }
      return;
    }
  ubrk_first (tb->words);
  while ((boundary = ubrk_next (tb->words)) != UBRK_DONE)
    {
      guint32 byte_end = start + (guint32) boundary;

      g_array_append_val (ends, byte_end);
    }
}
