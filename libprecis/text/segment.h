/* segment.h — sentence boundaries in the tokens of one paragraph.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Works on tokens rather than characters: the tokenizer has already told
 * abbreviations ("U.S.", "Mr.") and numbers ("3.5") from sentence-final
 * periods, so only the ambiguous cases are decided here.
 */
#pragma once

#include "tokenize.h"

G_BEGIN_DECLS

/* Splits tokens [first, end) of `buf` (one paragraph) into sentences:
 * appends to `ends` (guint32) the token index just past each sentence.
 * Every sentence holds a word unless the whole span has none.  In
 * `language`s glued.h knows, sentences glued to the one before without
 * punctuation (pasted captions, prompts) start where glued.h finds them. */
void precis_segment_sentences (const PrecisTokenBuf *buf, guint32 first, guint32 end,
                               const char *language, GArray *ends);

/* Wikipedia's citation marker "[4]" at token `i`, written against what
 * comes before it: its length in tokens (3), else 0. */
guint32 precis_segment_citation_length (const PrecisTokenBuf *buf, guint32 i, guint32 end);

G_END_DECLS
