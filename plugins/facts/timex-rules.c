/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "timex-private.h"

PrecisTimexRules *
precis_timex_rules_new (GError **error)
{
  PrecisTimexRules *rules = g_new0 (PrecisTimexRules, 1);
  rules->lexicon = g_hash_table_new (g_str_hash, g_str_equal);
  return rules;
}

void
precis_timex_rules_free (PrecisTimexRules *rules)
{
  if (rules == NULL)
    return;
  g_clear_pointer (&rules->lexicon, g_hash_table_unref);
  g_free (rules);
}
