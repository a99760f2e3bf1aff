/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "elision.h"

#include <string.h>

static const char *const french[] = {
  "c", "d", "j", "l", "m", "n", "qu", "s", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", NULL,
};

static const char *const italian[] = {
  "l", "un", "c", "d", "dell", "all", "dall", "nell", "sull", "coll", "quest", "quell", "tutt",
  "sant", "nessun", NULL,
};

static const char *const catalan[] = { "l", "d", "s", "m", "t", "n", NULL };

gboolean
precis_elision_ends_word (const char *language, const char *word, gsize length)
{
  const char *const *list;

  if (language == NULL || length == 0 || length > 6)
    return FALSE;
  if (strcmp (language, "fr") == 0)
    list = french;
  else if (strcmp (language, "it") == 0)
    list = italian;
  else if (strcmp (language, "ca") == 0)
    list = catalan;
  else
    return FALSE;
  for (guint i = 0; list[i] != NULL; i++)
    if (strlen (list[i]) == length && g_ascii_strncasecmp (list[i], word, length) == 0)
      return TRUE;
  return FALSE;
}
