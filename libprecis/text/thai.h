/* thai.h — where a Thai sentence ends: Thai writes no full stop.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Thai ends a sentence with a space, and also puts spaces between the
 * clauses of one sentence ("…ว่า ประชาชน…", "… โดยเฉพาะ…"), around
 * numbers and foreign words and around the repetition mark ๆ.  ICU's
 * sentence break iterator has no rule for it (a Thai paragraph is one
 * ICU sentence, checked with ICU 72), so the rule is here: a space
 * between two Thai words ends a sentence unless the word after it joins
 * a clause to what went before (and, or, which, that, by, when, …) or the
 * word before it opens one, and unless either side is too short to be a
 * sentence of a news text.  The words are the ICU dictionary words the
 * tokenizer made (unspaced.c).
 */
#pragma once

#include "tokenize.h"

G_BEGIN_DECLS

/* Whether a sentence of Thai text starts at token `i` of the paragraph
 * [first, end), the sentence so far starting at `start`. */
gboolean precis_thai_starts_sentence (const PrecisTokenBuf *buf, guint32 start, guint32 i, guint32 end);

G_END_DECLS
