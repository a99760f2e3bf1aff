/* ner-history.h — what the first tagging pass said about each word of a document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The second pass of the tagger sees, for every capitalized word, how the
 * first pass labelled all its occurrences in the document ("extended
 * prediction history", Ratinov & Roth 2009; Krishnan & Manning 2006): a name
 * tagged a person three times is a person the fourth time, at the start of
 * a sentence or in a capitalized headline too.
 */
#pragma once

#include "ner-hash.h"
#include "ner-tags.h"
#include "ner-word.h"

G_BEGIN_DECLS

typedef struct {
  guint32 *keys;
  guint16 (*counts)[PRECIS_NER_N_TAGS];
  guint32 mask, n_used;
} PrecisNerHistory;

void precis_ner_history_init (PrecisNerHistory *history);
void precis_ner_history_clear (PrecisNerHistory *history);
/* Counts the first-pass tags of one sentence. */
void precis_ner_history_add_sentence (PrecisNerHistory *history, const PrecisNerToken *tokens,
                                      guint n_tokens, const guint8 *tags);
/* Counts one first-pass tag of a capitalized word by its lower-case hash. */
void precis_ner_history_add (PrecisNerHistory *history, guint32 lower_hash, guint tag);
/* Counts by tag (B-PER, I-PER, ...: where in a name the word stood, not
 * only which kind) of the word whose lower-case hash is given, or NULL
 * when the document never has it capitalized. */
const guint16 *precis_ner_history_lookup (const PrecisNerHistory *history, guint32 lower_hash);

G_END_DECLS
