/* charset.c — the bytes of a web page to UTF-8.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "charset.h"

#include <errno.h>
#include <string.h>

/* How far into the page a <meta> charset is looked for.  The HTML spec
 * says 1024 bytes; real heads put scripts and styles first. */
#define META_SNIFF_BYTES 8192

/* Labels to the iconv name; WHATWG reads latin-1 and ASCII as windows-1252,
 * which is a superset that gives the “smart quotes” pages really contain. */
static char *
canonical_charset (const char *label)
{
  g_autofree char *l = g_ascii_strdown (label, -1);
  g_strstrip (l);
  /* Quotes around the name are common in headers and meta tags. */
  g_strdelimit (l, "\"'", ' ');
  g_strstrip (l);
  if (*l == '\0')
    return NULL;
  if (g_str_equal (l, "utf8") || g_str_equal (l, "utf-8") || g_str_equal (l, "unicode-1-1-utf-8"))
    return g_strdup ("UTF-8");
  if (g_str_equal (l, "iso-8859-1") || g_str_equal (l, "iso8859-1") || g_str_equal (l, "latin1")
      || g_str_equal (l, "l1") || g_str_equal (l, "us-ascii") || g_str_equal (l, "ascii")
      || g_str_equal (l, "iso_8859-1") || g_str_equal (l, "cp1252") || g_str_equal (l, "x-cp1252"))
    return g_strdup ("WINDOWS-1252");
  if (g_str_equal (l, "gb2312") || g_str_equal (l, "gbk") || g_str_equal (l, "x-gbk"))
    return g_strdup ("GB18030");
  if (g_str_equal (l, "shift_jis") || g_str_equal (l, "sjis") || g_str_equal (l, "x-sjis"))
    return g_strdup ("CP932");
  if (g_str_equal (l, "utf-16"))  /* no BOM was seen: the spec says LE */
    return g_strdup ("UTF-16LE");
  return g_ascii_strup (l, -1);
}

static const char *
bom_charset (const char *data, gsize length, gsize *bom_length)
{
  const guchar *u = (const guchar *) data;
  if (length >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return *bom_length = 3, "UTF-8";
  if (length >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    return *bom_length = 2, "UTF-16LE";
  if (length >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    return *bom_length = 2, "UTF-16BE";
  *bom_length = 0;
  return NULL;
}

/* The value after "charset=" in `s` (up to `end`), or NULL. */
static char *
charset_param (const char *s, const char *end)
{
  for (const char *p = s; p + 8 <= end; p++)
    {
      if (g_ascii_strncasecmp (p, "charset", 7) != 0)
        continue;
      const char *q = p + 7;
      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q >= end || *q != '=')
        continue;
      q++;
      while (q < end && (g_ascii_isspace (*q) || *q == '"' || *q == '\''))
        q++;
      const char *v = q;
      while (q < end && (g_ascii_isalnum (*q) || strchr ("-_.:", *q)))
        q++;
      if (q > v)
        return g_strndup (v, q - v);
    }
  return NULL;
}

/* A <meta charset=…> or <meta http-equiv=Content-Type content="…; charset=…">:
 * both end up as a "charset" token inside a <meta …> tag. */
static char *
sniff_meta (const char *data, gsize length)
{
  const char *end = data + MIN (length, META_SNIFF_BYTES);
  for (const char *p = data; p + 5 < end; p++)
    {
      if (p[0] != '<' || g_ascii_strncasecmp (p + 1, "meta", 4) != 0)
        continue;
      const char *close = memchr (p, '>', end - p);
      if (close == NULL)
        break;
      char *cs = charset_param (p, close);
      if (cs != NULL)
        return cs;
      p = close;
    }
  return NULL;
}

char *
precis_charset_detect (const char *data, gsize length, const char *declared)
{
  gsize bom;
  const char *from_bom = bom_charset (data, length, &bom);
  if (from_bom != NULL)
    return g_strdup (from_bom);
  char *c = declared != NULL ? canonical_charset (declared) : NULL;
  if (c != NULL)
    return c;
  g_autofree char *meta = sniff_meta (data, length);
  if (meta != NULL && (c = canonical_charset (meta)) != NULL)
    {
      /* A page served as bytes cannot be UTF-16 by its own ASCII meta tag. */
      if (g_str_has_prefix (c, "UTF-16"))
        g_free (c), c = g_strdup ("UTF-8");
      return c;
    }
  if (g_utf8_validate_len (data, length, NULL))
    return g_strdup ("UTF-8");
  return g_strdup ("WINDOWS-1252");
}

/* iconv, but an undecodable byte becomes U+FFFD instead of an error. */
static gboolean
convert_lossy (const char *data, gsize length, const char *charset, GString *out)
{
  GIConv cd = g_iconv_open ("UTF-8", charset);
  if (cd == (GIConv) -1)
    return FALSE;
  char buf[8192];
  char *in = (char *) data;
  gsize in_left = length;
  while (in_left > 0)
    {
      char *o = buf;
      gsize o_left = sizeof buf;
      gsize r = g_iconv (cd, &in, &in_left, &o, &o_left);
      g_string_append_len (out, buf, o - buf);
      if (r == (gsize) -1)
        {
          int e = errno;
          if (e == E2BIG)
            continue;
          /* EILSEQ or EINVAL (truncated at the end): skip one byte. */
          g_string_append (out, "\xEF\xBF\xBD");
          in++, in_left--;
          g_iconv (cd, NULL, NULL, NULL, NULL);
        }
    }
  g_iconv_close (cd);
  return TRUE;
}

char *
precis_charset_to_utf8 (const char *data, gsize length, const char *declared,
                        gsize *out_length)
{
  g_autofree char *charset = precis_charset_detect (data, length, declared);
  gsize bom;
  const char *from_bom = bom_charset (data, length, &bom);
  if (from_bom != NULL && g_str_equal (from_bom, charset))
    data += bom, length -= bom;

  GString *out = g_string_sized_new (length + length / 8 + 1);
  if (g_str_equal (charset, "UTF-8") || !convert_lossy (data, length, charset, out))
    {
      g_string_truncate (out, 0);
      /* g_utf8_make_valid stops at NUL; keep going past embedded NULs. */
      const char *p = data, *end = data + length;
      while (p < end)
        {
          const char *nul = memchr (p, '\0', end - p);
          gsize n = nul ? (gsize) (nul - p) : (gsize) (end - p);
          g_autofree char *valid = g_utf8_make_valid (p, n);
          g_string_append (out, valid);
          p += n + (nul ? 1 : 0);
        }
    }
  /* NULs would end the text early for every C string consumer. */
  for (gsize i = 0; i < out->len; i++)
    if (out->str[i] == '\0')
      out->str[i] = ' ';
  if (out_length != NULL)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}
