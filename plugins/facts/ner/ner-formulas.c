/* ner-formulas.c — chemical formulas, which name no actor.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A formula is element symbols, each with an optional count, and has a
 * count somewhere: "CO2", "SO2", "CH4", "H2O", "N2O".  One symbol with its
 * count is a formula only for the gases news writes so ("O3", "H2", "N2"):
 * "F1", "K2", "B52" are a sport, a mountain and a bomber.
 */
#include "ner-formulas.h"

#include <string.h>

/* The elements a pollutant, a fuel or a greenhouse gas is made of. */
static const char *const symbols[] = {
  "H", "He", "C", "N", "O", "F", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "K", "Ca", "Fe", "Cu", "Zn",
  "Br", "Hg", "Pb", NULL,
};

/* The symbol at `p`, longest first; its length, or 0.  Every symbol
 * starts with a capital: any other byte is none (asked of every mention
 * of a document, and mostly of its second letter). */
static gsize
symbol_at (const char *p)
{
  gsize best = 0;

  if (!g_ascii_isupper (*p))
    return 0;
  for (guint i = 0; symbols[i] != NULL; i++)
    if (symbols[i][0] == *p)
      {
        gsize n = symbols[i][1] != '\0' ? 2 : 1;

        if (n > best && (n == 1 || p[1] == symbols[i][1]))
          best = n;
      }
  return best;
}

gboolean
precis_ner_is_chemical_formula (const char *text)
{
  guint n_symbols = 0, n_counts = 0;
  char first = text[0];

  for (const char *p = text; *p != '\0';)
    {
      gsize n = symbol_at (p);

      if (n == 0)
        return FALSE;
      p += n;
      n_symbols++;
      if (g_ascii_isdigit (*p))
        n_counts++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (n_counts == 0)
    return FALSE;
  return n_symbols >= 2 || strchr ("HON", first) != NULL;
}
