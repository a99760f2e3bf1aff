/* html-date.c — dates as web pages write them, to ISO 8601.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "html-meta.h"

#include <libsoup/soup.h>
#include <string.h>

static gboolean
read_int (const char **p, int digits, int *value)
{
  int v = 0;
  for (int i = 0; i < digits; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += digits;
  *value = v;
  return TRUE;
}

static char *
parse_iso_like (const char *s)
{
  const char *p = s;
  int y, mo, d, h = -1, mi = 0, sec = 0;
  if (!read_int (&p, 4, &y) || (*p != '-' && *p != '/'))
    return NULL;
  char sep = *p++;
  if (!read_int (&p, 2, &mo) || *p++ != sep || !read_int (&p, 2, &d))
    return NULL;
  if (y < 1000 || !g_date_valid_dmy (d, mo, y))
    return NULL;
  if ((*p == 'T' || *p == 't' || *p == ' ') && g_ascii_isdigit (p[1]))
    {
      p++;
      if (!read_int (&p, 2, &h) || *p++ != ':' || !read_int (&p, 2, &mi))
        return NULL;
      if (*p == ':')
        {
          p++;
          if (!read_int (&p, 2, &sec))
            return NULL;
          if (*p == '.' || *p == ',')
            for (p++; g_ascii_isdigit (*p); p++)
              ;
        }
      if (h > 23 || mi > 59 || sec > 60)
        return NULL;
    }
  if (h < 0)
    return g_strdup_printf ("%04d-%02d-%02d", y, mo, d);
  while (*p == ' ')
    p++;
  char offset[8] = "";
  if (*p == 'Z' || *p == 'z' || g_ascii_strncasecmp (p, "UTC", 3) == 0
      || g_ascii_strncasecmp (p, "GMT", 3) == 0)
    strcpy (offset, "+00:00");
  else if (*p == '+' || *p == '-')
    {
      char sign = *p++;
      int oh, om = 0;
      if (read_int (&p, 2, &oh))
        {
          if (*p == ':')
            p++;
          if (!read_int (&p, 2, &om))
            om = 0;
          if (oh <= 14 && om < 60)
            g_snprintf (offset, sizeof offset, "%c%02d:%02d", sign, oh, om);
        }
    }
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d%s", y, mo, d, h, mi, MIN (sec, 59),
                          offset);
}

char *
precis_html_normalize_date (const char *text)
{
  if (text == NULL)
    return NULL;
  g_autofree char *s = g_strstrip (g_strdup (text));
  char *iso = parse_iso_like (s);
  if (iso != NULL)
    return iso;
  /* RFC 1123/850 and asctime, as HTTP and some <meta> tags write them. */
  g_autoptr (GDateTime) dt = soup_date_time_new_from_http_string (s);
  if (dt != NULL)
    return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
  return NULL;
}
