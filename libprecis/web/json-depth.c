/* json-depth.c — how deep JSON nests, before json-glib is let near it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "json-depth.h"

#include <string.h>

gboolean
precis_json_depth_within (const char *text, gssize length, guint max_depth)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < n; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;  /* the escaped character, whatever it is */
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}
