/* error-quote.c — what an error message may quote of a caller's value.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Kept apart from precis-error.c, which the GIR scanner reads: this is for
 * messages built inside the tree, not part of the public API.
 */
#include "config.h"

#include <string.h>

#include "errors.h"

char *
precis_error_quote (const char *value)
{
  /* Enough bytes for the characters shown, whatever their width. */
  const gsize window = PRECIS_ERROR_QUOTE_CHARS * 4;
  gsize len = strnlen (value, window + 1);
  g_autofree char *valid = g_utf8_make_valid (value, (gssize) MIN (len, window));
  GString *out = g_string_sized_new (MIN (len, window) + 3);
  const char *p = valid;

  for (guint n = 0; *p != '\0' && n < PRECIS_ERROR_QUOTE_CHARS; n++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  if (*p != '\0' || len > window)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}
