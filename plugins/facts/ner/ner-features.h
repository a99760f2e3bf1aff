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
#include "ner-lexicon.h"
#include "ner-word.h"

G_BEGIN_DECLS

#define PRECIS_NER_FEATURES_VERSION 4
/* At most: 13 of the word, 13 of its neighbours, 4 of a sentence's start,
 * headline and document, 28 of the gazetteer's 7 types, 3 of surnames,
 * 13 of the second pass. */
#define PRECIS_NER_MAX_FEATURES 76

/* What the whole document says about a word: the document-level features
 * ("this capitalized word is written in lower case elsewhere"). */
typedef struct {
  PrecisNerHashSet forms;  /* lower-case hash → PrecisNerDocSeen bits */
  /* The language's lower-case words (ner-lexicon.h), from the model: n 0
   * for a model trained without them (English), whose features stay as
   * they were. */
  PrecisNerLexicon lower_words;
} PrecisNerDocContext;

void precis_ner_doc_context_init (PrecisNerDocContext *context);
void precis_ner_doc_context_set_lower_words (PrecisNerDocContext *context,
                                             const PrecisNerLexicon *lower_words);
void precis_ner_doc_context_clear (PrecisNerDocContext *context);
/* Call for every sentence of the document before extracting features. */
void precis_ner_doc_context_add_sentence (PrecisNerDocContext *context,
                                          const PrecisNerToken *tokens, guint n_tokens);

/* What the features need of one word, a function of its bytes only: the
 * tagger computes it once per distinct word of a document. */
#define PRECIS_NER_WORD_FEATURES 13
typedef struct {
  guint32 lower_hash, word_hash, shape_hash;
  /* The lower case's ASCII bytes only ("für" → "fr"; lower_hash for an
   * ASCII word): a folded lexicon's key (ner-lexicon.h). */
  guint32 fold_hash;
  guint8 flags;     /* PrecisNerWordFlags */
  guint8 n_local;   /* ids in `local` */
  /* The features of the word alone (bias, word, lower case, shape, length,
   * prefixes, suffixes), in the order a token's features start with. */
  guint32 local[PRECIS_NER_WORD_FEATURES];
  /* The features it gives the token after it (its lower case as the word
   * before, as the word two before, its shape as the word before) and the
   * token before it (the same, after): hashed once a word, not at every
   * token. */
  guint32 before[3], after[3];
  /* The first halves of the pair features (precis_ner_hash_mix of the
   * template and one word's hash, then of the other's): those that take
   * this word first when it is the word before (`left`: its lower case
   * with the next's, its shape with the next's, its lower case with the
   * next's shape) and when it is the token's own (`own`: its lower case
   * with the next's, its shape with the next's, its shape with the next's
   * lower case).  Mixed once a word, not at every token. */
  guint32 left[3], own[3];
} PrecisNerWordInfo;

void precis_ner_word_info_describe (const PrecisNerToken *token, PrecisNerWordInfo *info);
/* TRUE for a headline in capitals ("RUSSIA SAYS ..."). */
gboolean precis_ner_words_upper_sentence (const PrecisNerWordInfo *const *words, guint n_words);
/* precis_ner_doc_context_add_sentence() on described words. */
void precis_ner_doc_context_add_words (PrecisNerDocContext *context,
                                       const PrecisNerWordInfo *const *words, guint n_words,
                                       gboolean upper_sentence);

/* Feature ids of one sentence: token i has counts[i] ids at
 * ids[i * PRECIS_NER_MAX_FEATURES]. */
typedef struct {
  guint32 *ids;
  guint8 *counts;
  guint capacity;
  /* Per-token scratch. */
  PrecisNerWordInfo *infos;
  const PrecisNerWordInfo **words;
  guint8 *gaz_begin, *gaz_inside;
} PrecisNerFeatures;

void precis_ner_features_init (PrecisNerFeatures *features);
void precis_ner_features_clear (PrecisNerFeatures *features);
/* Room for sentences of `n_words` words: the tagger asks once a document
 * for its longest sentence, where growing sentence by sentence copied the
 * scratch several times. */
void precis_ner_features_reserve (PrecisNerFeatures *features, guint n_words);
/* `gazetteer` and `context` may be NULL (no such features).  For the
 * second pass, `history` holds the first pass over the whole document and
 * `first_tags` its tags for this sentence; NULL for the first pass. */
void precis_ner_features_extract (PrecisNerFeatures *features,
                                  const PrecisNerGazetteer *gazetteer,
                                  const PrecisNerDocContext *context,
                                  const PrecisNerHistory *history, const guint8 *first_tags,
                                  const PrecisNerToken *tokens, guint n_tokens);

/* The two halves of precis_ner_features_extract() on described words, for
 * the tagger: the features of the first pass into `ids` and `counts`
 * (same layout as PrecisNerFeatures), then those the second pass adds
 * after them.  The first pass's ids are the start of the second's. */
void precis_ner_features_extract_words (PrecisNerFeatures *scratch,
                                        const PrecisNerGazetteer *gazetteer,
                                        const PrecisNerDocContext *context,
                                        const PrecisNerWordInfo *const *words, guint n_words,
                                        gboolean upper_sentence, guint32 *ids, guint8 *counts);
void precis_ner_features_add_second_pass (const PrecisNerHistory *history,
                                          const guint8 *first_tags,
                                          const PrecisNerWordInfo *const *words, guint n_words,
                                          guint32 *ids, guint8 *counts);

G_END_DECLS
