/* markup-attributes.c — at most so many attributes a tag, before libxml2 is let near a page or a feed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The tags are read as an HTML tokenizer reads them, closely enough for
 * XML too: a '<' and a letter open a tag, attributes are names with an
 * optional '=' and a value (quoted, so that a '>' inside does not end the
 * tag, or bare), and '>' outside a value closes it.  '<' and a letter in
 * a script, a comment or a CDATA section is read as a tag too: at worst
 * such text loses what looks like a tag's excess attributes.
 */
#include "config.h"

#include "markup-attributes.h"

#include <string.h>

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static gboolean
is_letter (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* From `i`, just after a tag's name, to the end of its attributes; the
 * attributes after the `max`th are not copied into `out` (when not NULL).
 * Sets `*excess` when there are any. */
static gsize
scan_attributes (const char *html, gsize n, gsize i, guint max, GString *out, gboolean *excess)
{
  gsize copied = i;

  for (guint count = 0;;)
    {
      gsize start;

      while (i < n && (is_space (html[i]) || html[i] == '/'))
        i++;
      if (i >= n || html[i] == '>')
        break;
      start = i;
      /* The name; a stray '=' starts one, as in the tokenizer. */
      i++;
      while (i < n && !is_space (html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=')
        i++;
      while (i < n && is_space (html[i]))
        i++;
      if (i < n && html[i] == '=')
        {
          i++;
          while (i < n && is_space (html[i]))
            i++;
          if (i < n && (html[i] == '"' || html[i] == '\''))
            {
              const char *close = memchr (html + i + 1, html[i], n - i - 1);

              i = close != NULL ? (gsize) (close - html) + 1 : n;
            }
          else
            while (i < n && !is_space (html[i]) && html[i] != '>')
              i++;
        }
      if (++count > max)
        {
          *excess = TRUE;
          if (out != NULL)
            g_string_append_len (out, html + copied, (gssize) (start - copied));
          copied = i;
        }
    }
  if (out != NULL)
    g_string_append_len (out, html + copied, (gssize) (i - copied));
  return i;
}

/* Scans the whole page; copies it into `out` (when not NULL) without the
 * excess attributes.  TRUE when some tag has more than `max`. */
static gboolean
scan (const char *html, gsize n, guint max, GString *out)
{
  gboolean excess = FALSE;
  gsize copied = 0;

  for (gsize i = 0; i < n;)
    {
      const char *open = memchr (html + i, '<', n - i);
      gsize name;

      if (open == NULL)
        break;
      i = (gsize) (open - html) + 1;
      if (i >= n || !is_letter (html[i]))
        continue;
      for (name = i; name < n && !is_space (html[name]) && html[name] != '/' && html[name] != '>'; name++)
        ;
      if (out != NULL)
        g_string_append_len (out, html + copied, (gssize) (name - copied));
      i = scan_attributes (html, n, name, max, out, &excess);
      copied = i;
    }
  if (out != NULL)
    g_string_append_len (out, html + copied, (gssize) (n - copied));
  return excess;
}

char *
precis_markup_drop_excess_attributes (const char *html, gsize length, guint max, gsize *out_length)
{
  GString *out;

  if (!scan (html, length, max, NULL))
    return NULL;
  out = g_string_sized_new (length);
  scan (html, length, max, out);
  *out_length = out->len;
  return g_string_free (out, FALSE);
}

char *
precis_markup_bound_attributes (const char **markup, gsize *length)
{
  gsize bounded_length = 0;
  char *bounded = precis_markup_drop_excess_attributes (*markup, *length, PRECIS_MARKUP_MAX_ATTRIBUTES,
                                                        &bounded_length);

  if (bounded != NULL)
    {
      *markup = bounded;
      *length = bounded_length;
    }
  return bounded;
}
