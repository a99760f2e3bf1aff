/* ordinal.h — numbers written as ordinals with a period: German "am
 * 23. August", "gegen den 1. FC Köln", "zum 100. Mal".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German writes an ordinal as its number and a period, and the period is
 * no full stop: a sentence read as ending there cuts a date from its
 * month and a club from its "1." ("1. FC Nürnberg" is the club's name).
 * The number alone does not tell: "stieg auf 23. Die Polizei…" ends a
 * sentence.  What tells is around it: a month after it, or an article
 * before it ("den 1.", "am 23.", "der 400."), which a sentence never ends
 * on.  Languages whose months are lower case ("den 23. august") never
 * split there anyway: a lower-case word starts no sentence.
 */
#pragma once

#include "tokenize.h"

G_BEGIN_DECLS

/* Whether the period at token `period` of text in `language` ends the
 * ordinal written just before it (token `period - 1`, a number, with no
 * space between), `next` being the token after the period.  Never at
 * `first` (the paragraph's first token).  German text, and text of no
 * determined language ("und", results alone) after an opening bracket. */
gboolean precis_ordinal_period (const PrecisTokenBuf *buf, const char *language, guint32 first,
                                guint32 period, guint32 next);

G_END_DECLS
