/* quotes.h — which quotation marks open and which close, in the
 * conventions of every language: “English”, „German“, »German«,
 * « French », ”Swedish”, 「Japanese」.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "tokenize.h"

G_BEGIN_DECLS

/* The tokenizer tells a mark's role by the mark alone, as English uses
 * them; this pass over tokens [first, end) of one paragraph sets the role
 * by the pairs: a “ after „ closes, a « after » closes, a » or ” glued to
 * the word after it opens. */
void precis_quotes_pair (PrecisTokenBuf *buf, guint32 first, guint32 end);

G_END_DECLS
