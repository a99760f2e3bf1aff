/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "timex-private.h"

void
precis_timex_extract_facts (const PrecisTimexRules *rules, const PrecisDocument *document,
                            GArray *facts)
{
  g_autoptr (GArray) found = precis_timex_find (rules, document);
  (void) facts;
}
