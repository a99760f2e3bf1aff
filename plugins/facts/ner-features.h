/* ner-features.h — hashed features of each token of a sentence.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The same code computes features for training (CoNLL tokens) and for
 * tagging (document tokens), so the model always sees what it was trained
 * on.  Bump PRECIS_NER_FEATURES_VERSION whenever a feature changes: the
 * model records it and the loader refuses a model of other features.
 */
#pragma once

#include "ner-gazetteer.h"
#include "ner-history.h"
#include "ner-word.h"

G_BEGIN_DECLS

#define PRECIS_NER_FEATURES_VERSION 3
#define PRECIS_NER_MAX_FEATURES 72

/* What the whole document says about a word: the document-level features
 * ("this capitalized word is written in lower case elsewhere"). */
typedef struct {
  PrecisNerHashSet forms;  /* lower-case hash → PrecisNerDocSeen bits */
} PrecisNerDocContext;

void precis_ner_doc_context_init (PrecisNerDocContext *context);
void precis_ner_doc_context_clear (PrecisNerDocContext *context);
/* Call for every sentence of the document before extracting features. */
void precis_ner_doc_context_add_sentence (PrecisNerDocContext *context,
                                          const PrecisNerToken *tokens, guint n_tokens);

/* Feature ids of one sentence: token i has counts[i] ids at
 * ids[i * PRECIS_NER_MAX_FEATURES]. */
typedef struct {
  guint32 *ids;
  guint8 *counts;
  guint capacity;
  /* Per-token scratch. */
  guint32 *lower_hash, *word_hash, *shape_hash;
  guint8 *word_flags, *gaz_begin, *gaz_inside, *doc_seen;
} PrecisNerFeatures;

void precis_ner_features_init (PrecisNerFeatures *features);
void precis_ner_features_clear (PrecisNerFeatures *features);
/* `gazetteer` and `context` may be NULL (no such features).  For the
 * second pass, `history` holds the first pass over the whole document and
 * `first_tags` its tags for this sentence; NULL for the first pass. */
void precis_ner_features_extract (PrecisNerFeatures *features,
                                  const PrecisNerGazetteer *gazetteer,
                                  const PrecisNerDocContext *context,
                                  const PrecisNerHistory *history, const guint8 *first_tags,
                                  const PrecisNerToken *tokens, guint n_tokens);

G_END_DECLS
