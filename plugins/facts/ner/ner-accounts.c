/* ner-accounts.c — the row labels of accounts and economic tables are no names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Company results, balance sheets and economic releases label their rows
 * with capitalized common nouns ("Total Assets", "Net Income", "Current
 * Account"), often in capitals, which the tagger takes for bodies.  Read
 * folds of CoNLL train and dev: no gold name of two words or more is made
 * of these words alone (one of one word: "ACC", a conference).
 */
#include "ner-accounts.h"
#include "ner-word.h"
#include "ner-word-set.h"

static const char *const account_words[] = {
  "total", "net", "gross", "assets", "liabilities", "equity", "cash", "equivalents", "revenue",
  "revenues", "sales", "income", "profit", "profits", "loss", "losses", "earnings", "dividend",
  "dividends", "shares", "inflation", "core", "balance", "trade", "current", "account", "acc", "cur",
  "volume", "turnover", "maturity", "coupon", "yield", "yields", "price", "prices", "change", "chg",
  "interest", "rate", "rates", "reserves", "deposits", "loans", "debt", "expenditure", "spending",
  "output", "exports", "imports", "surplus", "deficit", "tax", "pretax", "operating", "data",
  "economy", "index", "money", "supply", "growth", "unemployment", "payroll", "payrolls", "orders",
  "stocks", "bonds", "bond", "stock", "costs", "cost", "margin", "margins", "ratio", "provisions",
  "amortisation", "amortization", "depreciation", NULL,
};
/* Asked of every word of every mention (by hash: the list is long). */
static PrecisNerWordSet account_word_set;

static gboolean
is_account_label (const PrecisDocument *doc, const PrecisNerMention *m)
{
  guint words = 0;

  for (guint32 t = m->first; t < m->end; t++)
    {
      if (doc->tokens[t].shape == PRECIS_SHAPE_PUNCT)
        continue;
      if (!precis_ner_word_set_contains (&account_word_set, account_words, doc->tokens[t].lower))
        return FALSE;
      words++;
    }
  return words >= 2;
}

void
precis_ner_drop_account_labels (const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = mentions->len; k-- > 0;)
    if (is_account_label (doc, &g_array_index (mentions, PrecisNerMention, k)))
      g_array_remove_index (mentions, k);
}
