/* html-title.c — a page title without the site's name around it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "html-meta.h"

#include <string.h>

static const char *const separators[] = { " | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / ", " • " };

static guint
count_words (const char *s, gsize len)
{
  guint n = 0;
  gboolean in = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gboolean sp = g_ascii_isspace (s[i]);
      if (!sp && !in)
        n++;
      in = !sp;
    }
  return n;
}

static gboolean
same_name (const char *a, gsize alen, const char *site)
{
  g_autofree char *x = g_utf8_casefold (a, alen);
  g_autofree char *y = g_utf8_casefold (site, -1);
  g_strstrip (x);
  g_strstrip (y);
  return *x && *y && (strstr (x, y) != NULL || strstr (y, x) != NULL);
}

char *
precis_html_strip_site (const char *title, const char *site)
{
  if (title == NULL)
    return NULL;
  g_autofree char *t = g_strstrip (g_strdup (title));
  gsize len = strlen (t);
  /* The last separator: "Story headline - Part two | Site" keeps "- Part two". */
  const char *last = NULL, *first = NULL;
  gsize last_len = 0, first_len = 0;
  for (gsize i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      gsize sl = strlen (separators[i]);
      for (const char *p = strstr (t, separators[i]); p != NULL; p = strstr (p + 1, separators[i]))
        {
          if (last == NULL || p > last)
            last = p, last_len = sl;
          if (first == NULL || p < first)
            first = p, first_len = sl;
        }
    }
  if (last == NULL)
    return g_steal_pointer (&t);
  const char *suffix = last + last_len;
  gsize head_len = last - t;
  gboolean suffix_is_site = site != NULL ? same_name (suffix, strlen (suffix), site)
                                         : count_words (suffix, strlen (suffix)) <= 4;
  if (suffix_is_site && count_words (t, head_len) >= (site != NULL ? 1 : 2))
    return g_strndup (t, head_len);
  /* "Site | Headline" */
  if (site != NULL && same_name (t, first - t, site) && first + first_len < t + len)
    return g_strdup (first + first_len);
  return g_steal_pointer (&t);
}
