/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mojibake-words.h"
#include "mojibake.h"

#include <string.h>

/* A repaired word of the text. */
typedef struct {
  guint32 byte_start, byte_end; /* the word in the text */
  char *text;                   /* its repair */
  guint8 *taken;                /* per code point of `text`: the word's code points it stands for */
} Fix;

static void
fix_clear (gpointer data)
{
  Fix *fix = data;

  g_free (fix->text);
  g_free (fix->taken);
}

/* Whether the characters of `text` are all of one script: punctuation,
 * symbols and the combining marks every script uses go with any ("SPÖ–Chef"
 * read as UTF-8 gives a Hebrew accent between Latin letters: no repair). */
static gboolean
one_script (const char *text)
{
  GUnicodeScript script = G_UNICODE_SCRIPT_COMMON;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript s = g_unichar_get_script (g_utf8_get_char (p));

      if (s == G_UNICODE_SCRIPT_COMMON || s == G_UNICODE_SCRIPT_INHERITED)
        continue;
      if (script == G_UNICODE_SCRIPT_COMMON)
        script = s;
      else if (s != script)
        return FALSE;
    }
  return TRUE;
}

/* The word's characters as the bytes they were read from, one byte each:
 * the first of `charsets` that has them all. */
static char *
bytes_read_as (const char *word, gsize length, const char *const *charsets, gsize *n)
{
  for (; *charsets != NULL; charsets++)
    {
      char *bytes = g_convert (word, (gssize) length, *charsets, "UTF-8", NULL, n, NULL);

      if (bytes != NULL)
        return bytes;
    }
  return NULL;
}

static void
fix_take (Fix *fix, GString *out, GByteArray *taken, gsize start, gsize end)
{
  fix->byte_start = (guint32) start;
  fix->byte_end = (guint32) end;
  fix->text = g_string_free (out, FALSE);
  fix->taken = g_byte_array_free (taken, FALSE);
}

/* UTF-8 read as Windows-1252 (or Latin-1) ------------------------------ */

/* The characters a UTF-8 word read as Windows-1252 is made of: ASCII
 * letters and anything else but spaces ("Ã¼", "Ã–", "â€œ" hold symbols and
 * punctuation).  ASCII punctuation and digits are no byte of a sequence. */
static gboolean
in_utf8_word (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha ((char) c) : !g_unichar_isspace (c);
}

/* A cheap first look: a lead byte's character (U+00C2..U+00F4) followed
 * by one that may stand for a continuation byte (0x80..0xBF, which
 * Windows-1252 puts at U+0080..U+00BF and above U+00FF). */
static gboolean
may_be_utf8 (const char *word, const char *end)
{
  gunichar prev = 0;

  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (prev >= 0xC2 && prev <= 0xF4 && c >= 0x80 && (c <= 0xBF || c > 0xFF))
        return TRUE;
      prev = c;
    }
  return FALSE;
}

/* Each UTF-8 sequence of the word's bytes decoded, every other byte left
 * as the character it was read as; FALSE unless at least one sequence is
 * decoded, no letter but ASCII ones is left over, and the word is of one
 * script. */
static gboolean
repair_utf8_word (const char *word, gsize length, Fix *fix)
{
  static const char *const charsets[] = { "WINDOWS-1252", "ISO-8859-1", NULL };
  gsize n = 0;
  g_autofree char *bytes = bytes_read_as (word, length, charsets, &n);
  GString *out;
  GByteArray *taken;
  const char *p = word;
  guint decoded = 0;

  if (bytes == NULL)
    return FALSE;
  out = g_string_sized_new (length);
  taken = g_byte_array_new ();
  for (gsize i = 0; i < n;)
    {
      guchar b = (guchar) bytes[i];
      gunichar c = b >= 0xC2 && b <= 0xF4 ? g_utf8_get_char_validated (bytes + i, (gssize) (n - i)) : 0;
      guint8 k = 1;

      if (c >= 0x80 && c <= 0x10FFFF)
        {
          if (!precis_mojibake_is_plausible (c))
            break;
          k = (guint8) g_unichar_to_utf8 (c, NULL);
          decoded++;
        }
      else
        {
          c = g_utf8_get_char (p);
          if (c >= 0x80 && g_unichar_isalpha (c))
            break;
        }
      g_string_append_unichar (out, c);
      g_byte_array_append (taken, &k, 1);
      i += k;
      for (guint j = 0; j < k; j++)
        p = g_utf8_next_char (p);
    }
  if (p != word + length || decoded == 0 || !one_script (out->str))
    {
      g_string_free (out, TRUE);
      g_byte_array_free (taken, TRUE);
      return FALSE;
    }
  fix_take (fix, out, taken, 0, length);
  return TRUE;
}

/* Latin-1 read as Windows-1251 ----------------------------------------- */

static gboolean
in_letters (gunichar c)
{
  return g_unichar_isalpha (c);
}

static gboolean
is_cyrillic (gunichar c)
{
  return c >= 0x80 && g_unichar_get_script (c) == G_UNICODE_SCRIPT_CYRILLIC;
}

/* Cyrillic letters that look like Latin ones: a spoofed or mistyped Latin
 * word holds these, not mojibake.  (Look-alikes, not a charset.) */
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

typedef struct {
  guint ascii, cyrillic, telling, other;
} Letters;

static Letters
count_letters (const char *word, const char *end)
{
  Letters n = { 0 };

  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        n.ascii++;
      else if (is_cyrillic (c))
        {
          n.cyrillic++;
          n.telling += !is_look_alike (c);
        }
      else
        n.other++;
    }
  return n;
}

/* The word's bytes in Windows-1251 read as Windows-1252: FALSE unless
 * every character is a Latin letter.  A letter alone ("а" for "à") only in
 * a text already found broken (`alone_too`). */
static gboolean
repair_cp1251_word (const char *word, gsize length, gboolean alone_too, Fix *fix)
{
  static const char *const charsets[] = { "WINDOWS-1251", NULL };
  Letters n = count_letters (word, word + length);
  gboolean alone = n.cyrillic == 1 && n.ascii == 0 && n.other == 0;
  g_autofree char *bytes = NULL;
  g_autofree char *latin = NULL;
  gsize n_bytes = 0;
  GByteArray *taken;

  if (!(n.ascii > 0 && n.telling > 0 && n.other == 0) && !(alone && alone_too))
    return FALSE;
  bytes = bytes_read_as (word, length, charsets, &n_bytes);
  if (bytes != NULL)
    latin = g_convert (bytes, (gssize) n_bytes, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (latin == NULL)
    return FALSE;
  for (const char *p = latin; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) || g_unichar_get_script (c) != G_UNICODE_SCRIPT_LATIN)
        return FALSE;
    }
  /* One byte a character on both sides: each stands for one. */
  taken = g_byte_array_new ();
  for (gsize i = 0; i < n_bytes; i++)
    {
      guint8 one = 1;

      g_byte_array_append (taken, &one, 1);
    }
  fix_take (fix, g_string_new (latin), taken, 0, length);
  return TRUE;
}

/* Whether the word holds Cyrillic letters and no ASCII one, two letters
 * or more: Russian, Bulgarian... */
static gboolean
is_cyrillic_word (const char *word, gsize length)
{
  Letters n = count_letters (word, word + length);

  return n.cyrillic > 0 && n.ascii == 0 && n.cyrillic + n.other >= 2;
}

/* The scan ------------------------------------------------------------- */

typedef enum { READ_AS_CP1252, READ_AS_CP1251 } Misreading;

/* Where a word of the misreading may start at byte `p`, cheaply, on the
 * bytes: for Windows-1252, a lead byte's character (U+00C2..U+00F4: C3 82
 * to C3 B4) followed by one that may stand for a continuation byte
 * (U+0080..U+00BF: C2 xx, or any character above U+00FF); for Windows-1251,
 * any Cyrillic letter (D0, D1, D2 xx).  Correct text in a Latin script
 * rarely has the first ("für" has "ü" then "r") and never the second. */
static gboolean
is_trigger (const guchar *p, const guchar *end, Misreading how)
{
  if (how == READ_AS_CP1251)
    return *p >= 0xD0 && *p <= 0xD2;
  if (*p != 0xC3 || end - p < 4 || p[1] < 0x82 || p[1] > 0xB4)
    return FALSE;
  return (p[2] == 0xC2 && p[3] >= 0x80 && p[3] <= 0xBF) || (p[2] >= 0xC4 && p[2] <= 0xF4);
}

/* The fixes of `text`'s words for one misreading, in text order; only
 * the words around a trigger are looked at. */
static GArray *
find_fixes (const char *text, gsize length, Misreading how, gboolean alone_too, guint *n_cyrillic_words)
{
  GArray *fixes = g_array_new (FALSE, TRUE, sizeof (Fix));
  gboolean (*in_word) (gunichar) = how == READ_AS_CP1252 ? in_utf8_word : in_letters;
  const char *end = text + length, *done = text;

  g_array_set_clear_func (fixes, fix_clear);
  *n_cyrillic_words = 0;
  for (const char *p = text; p < end; p++)
    {
      const char *start, *stop;
      Fix fix = { 0 };
      gboolean fixed;

      /* Windows-1252's trigger opens with C3: memchr skips to it. */
      if (how == READ_AS_CP1252 && (p = memchr (p, 0xC3, (gsize) (end - p))) == NULL)
        break;
      if (!is_trigger ((const guchar *) p, (const guchar *) end, how))
        continue;
      start = stop = p;
      /* The whole word around it. */
      while (start > done)
        {
          const char *prev = g_utf8_find_prev_char (done, start);

          if (prev == NULL || !in_word (g_utf8_get_char (prev)))
            break;
          start = prev;
        }
      while (stop < end && in_word (g_utf8_get_char (stop)))
        stop = g_utf8_next_char (stop);
      if (stop == start)
        continue;
      done = stop;
      p = stop - 1;
      if (how == READ_AS_CP1252)
        fixed = may_be_utf8 (start, stop) && repair_utf8_word (start, (gsize) (stop - start), &fix);
      else
        {
          fixed = repair_cp1251_word (start, (gsize) (stop - start), alone_too, &fix);
          *n_cyrillic_words += !fixed && is_cyrillic_word (start, (gsize) (stop - start));
        }
      if (fixed)
        {
          fix.byte_start = (guint32) (start - text);
          fix.byte_end = (guint32) (stop - text);
          g_array_append_val (fixes, fix);
        }
    }
  return fixes;
}

/* The text with its fixes, and its map back to `text`. */
static void
apply (const char *text, gsize length, GArray *fixes, PrecisMojibakeRepair *repair)
{
  GString *out = g_string_sized_new (length);
  GArray *chars = g_array_sized_new (FALSE, FALSE, sizeof (guint32), length + 1);
  GArray *bytes = g_array_sized_new (FALSE, FALSE, sizeof (guint32), length + 1);
  const char *p = text, *end = text + length;
  guint32 n_in = 0, at;
  guint f = 0;

  while (p < end)
    {
      const Fix *fix = f < fixes->len ? &g_array_index (fixes, Fix, f) : NULL;

      if (fix != NULL && (gsize) (p - text) == fix->byte_start)
        {
          guint k = 0;

          for (const char *q = fix->text; *q != '\0'; q = g_utf8_next_char (q), k++)
            {
              at = (guint32) (p - text);
              g_array_append_val (chars, n_in);
              g_array_append_val (bytes, at);
              g_string_append_len (out, q, g_utf8_next_char (q) - q);
              for (guint j = 0; j < fix->taken[k]; j++, n_in++)
                p = g_utf8_next_char (p);
            }
          f++;
          continue;
        }
      at = (guint32) (p - text);
      g_array_append_val (chars, n_in);
      g_array_append_val (bytes, at);
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
      n_in++;
    }
  at = (guint32) length;
  g_array_append_val (chars, n_in);
  g_array_append_val (bytes, at);
  precis_mojibake_repair_take (repair, out, chars, bytes);
}

/* One misreading's repair of `text`; FALSE when it repairs nothing. */
static gboolean
repair_misreading (const char *text, gsize length, Misreading how, PrecisMojibakeRepair *repair)
{
  g_autoptr (GArray) fixes = NULL;
  guint n_cyrillic = 0;

  memset (repair, 0, sizeof *repair);
  if (how == READ_AS_CP1252)
    {
      /* U+00C2..U+00F4, the lead bytes read as Windows-1252, are C3 xx. */
      if (memchr (text, 0xC3, length) == NULL)
        return FALSE;
    }
  else if (memchr (text, 0xD0, length) == NULL && memchr (text, 0xD1, length) == NULL &&
           memchr (text, 0xD2, length) == NULL)
    return FALSE; /* no Cyrillic letter */
  fixes = find_fixes (text, length, how, FALSE, &n_cyrillic);
  if (fixes->len == 0)
    return FALSE;
  if (how == READ_AS_CP1251)
    {
      /* Cyrillic text with a word that mixes the scripts stays as it is. */
      if (fixes->len <= n_cyrillic)
        return FALSE;
      g_array_unref (fixes);
      fixes = find_fixes (text, length, how, TRUE, &n_cyrillic);
    }
  apply (text, length, fixes, repair);
  return TRUE;
}

gboolean
precis_mojibake_repair_words (const char *text, gsize length, PrecisMojibakeRepair *repair)
{
  PrecisMojibakeRepair next = { 0 };
  gboolean repaired;

  memset (repair, 0, sizeof *repair);
  /* An empty text may come as NULL, which memchr () must not see. */
  if (length == 0 || length >= G_MAXUINT32)
    return FALSE;
  repaired = repair_misreading (text, length, READ_AS_CP1252, repair);
  if (repaired)
    {
      if (repair_misreading (repair->text, repair->length, READ_AS_CP1251, &next))
        precis_mojibake_repair_chain (repair, &next);
      return TRUE;
    }
  return repair_misreading (text, length, READ_AS_CP1251, repair);
}
