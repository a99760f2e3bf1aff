/* ner-accounts.h — the row labels of accounts and economic tables are no names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Drops from `mentions` every name of two words or more all of which are
 * nouns of accounts and economic figures ("Total Assets", "Cash
 * Equivalents", "Core Inflation", "TRADE BALANCE", "Cur Acc"): a table's
 * row labels in capitals, which a tagger reads as bodies. */
void precis_ner_drop_account_labels (const PrecisDocument *doc, GArray *mentions);

G_END_DECLS
