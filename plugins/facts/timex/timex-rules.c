/* timex-rules.c — the compiled rule sets: one grammar per language, built once.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-private.h"

#include <string.h>

static const TxLanguage *const languages[TX_N_LANGUAGES] = {
  &tx_language_en, &tx_language_de, &tx_language_es, &tx_language_fr,
  &tx_language_it, &tx_language_nl, &tx_language_pt,
};

TxGrammar *
tx_grammar_new (const TxLanguage *language, GError **error)
{
  TxGrammar *grammar = g_new0 (TxGrammar, 1);
  grammar->language = language;
  grammar->split_heads = language->elision || language->compound_heads != NULL;
  grammar->split_clocks = language->dot_time || language->h_time;
  tx_lexicon_build (grammar, language);
  tx_word_lists_build (grammar, language);
  if (!tx_patterns_compile (grammar, language, error))
    {
      tx_grammar_free (grammar);
      return NULL;
    }
  return grammar;
}

void
tx_grammar_free (TxGrammar *grammar)
{
  if (grammar == NULL)
    return;
  tx_patterns_free (grammar);
  tx_lexicon_index_clear (&grammar->index);
  g_clear_pointer (&grammar->lexicon, g_hash_table_unref);
  g_clear_pointer (&grammar->list_words, g_hash_table_unref);
  g_free (grammar->words);
  g_free (grammar);
}

/* Every language at once: a grammar is a few hundred words and about a
 * hundred rules, compiled in well under a millisecond. */
PrecisTimexRules *
precis_timex_rules_new (GError **error)
{
  g_autoptr (PrecisTimexRules) rules = g_new0 (PrecisTimexRules, 1);
  for (guint i = 0; i < TX_N_LANGUAGES; i++)
    if ((rules->grammars[i] = tx_grammar_new (languages[i], error)) == NULL)
      return NULL;
  return g_steal_pointer (&rules);
}

void
precis_timex_rules_free (PrecisTimexRules *rules)
{
  if (rules == NULL)
    return;
  for (guint i = 0; i < TX_N_LANGUAGES; i++)
    tx_grammar_free (rules->grammars[i]);
  g_free (rules);
}

const TxGrammar *
tx_grammar_for (const PrecisTimexRules *rules, const char *language)
{
  /* Undetermined text (results tables, lists) is read as English, as the
   * facts plugin reads its names. */
  if (language == NULL || *language == '\0' || strcmp (language, "und") == 0)
    language = "en";
  for (guint i = 0; i < TX_N_LANGUAGES; i++)
    if (strncmp (language, languages[i]->code, 2) == 0 &&
        (language[2] == '\0' || language[2] == '-' || language[2] == '_'))
      return rules->grammars[i];
  return NULL;
}

gboolean
precis_timex_knows_language (const PrecisTimexRules *rules, const char *language)
{
  return tx_grammar_for (rules, language) != NULL;
}
