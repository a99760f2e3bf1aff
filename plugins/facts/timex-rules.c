/* timex-rules.c — the compiled rule set: lexicon and patterns, built once.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-private.h"

PrecisTimexRules *
precis_timex_rules_new (GError **error)
{
  g_autoptr (PrecisTimexRules) rules = g_new0 (PrecisTimexRules, 1);
  tx_lexicon_build (rules);
  if (!tx_patterns_compile (rules, error))
    return NULL;
  return g_steal_pointer (&rules);
}

void
precis_timex_rules_free (PrecisTimexRules *rules)
{
  if (rules == NULL)
    return;
  tx_patterns_free (rules);
  g_clear_pointer (&rules->lexicon, g_hash_table_unref);
  g_free (rules->words);
  g_free (rules);
}
