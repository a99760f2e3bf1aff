/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "timex-private.h"

static void
clear_timex (gpointer data)
{
  PrecisTimex *timex = data;
  g_free (timex->value);
}

GArray *
precis_timex_find (const PrecisTimexRules *rules, const PrecisDocument *document)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (PrecisTimex));
  g_array_set_clear_func (found, clear_timex);
  g_return_val_if_fail (rules != NULL && document != NULL, found);
  return found;
}
