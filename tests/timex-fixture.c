/* timex-fixture.c — see timex-fixture.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "timex-fixture.h"

char *
timex_fixture_slice (const char *text, guint32 start, guint32 end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);

  return g_strndup (a, b - a);
}

const PrecisTimex *
timex_fixture_covering (const PrecisDocument *document, GArray *found, const char *needle, guint nth)
{
  const char *p = document->text;
  guint32 start, end;

  for (guint k = 0; k <= nth && p != NULL; k++)
    {
      p = strstr (p, needle);
      if (p != NULL && k < nth)
        p += strlen (needle);
    }
  if (p == NULL)
    return NULL;
  start = g_utf8_pointer_to_offset (document->text, p);
  end = start + g_utf8_strlen (needle, -1);
  for (guint i = 0; i < found->len; i++)
    {
      const PrecisTimex *t = &g_array_index (found, PrecisTimex, i);

      if (t->start <= start && end <= t->end)
        return t;
    }
  return NULL;
}
