/* abbreviations.h — abbreviations of the languages other than English
 * whose period is part of the word: "Mrd.", "Sra.", "Mme.", "bijv."; and
 * the words that start a sentence after an abbreviation's period.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "tokenize.h"

G_BEGIN_DECLS

/* PRECIS_KIND_TITLE_ABBREV for an abbreviation of `language` that
 * precedes a name ("Sra.", "dott."), PRECIS_KIND_ABBREV for one that may
 * also end a sentence ("Mrd.", "etc."), PRECIS_KIND_WORD for any other
 * word.  `word` is `length` bytes, without the period; case is ignored. */
PrecisTokenKind precis_abbreviation_kind (const char *language, const char *word, gsize length);

/* Whether `lower`, written capitalized after an abbreviation or an
 * initial, starts a sentence though it is no stop word ("however"): the
 * tokenizer asks it of an initial's period, the segmenter of an
 * abbreviation's. */
gboolean precis_abbreviation_is_starter (const char *lower);

G_END_DECLS
