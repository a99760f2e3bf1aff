/* ner-model.h — the tagger's weights: a versioned file read with one mmap.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout (little-endian, version 3): a PrecisNerModelHeader, a
 * PrecisNerStageHeader for each pass (stage) of the tagger, then one table
 * of 2^hash_bits rows, a row per hashed feature: n_tags int16 weights of
 * stage 0, then n_tags of stage 1 (two-stage models).  A weight is the
 * stage's `scale × int16`.  Version 2 (each stage's header and table one
 * after the other) is still read; for one stage the two are the same.
 * After the table, a version 3 file may hold the language's lower-case
 * words (ner-lexicon.h): `n_lower_words` sorted guint32 hashes; then
 * `n_noun_words` sorted hashes, those of them the training text wrote only
 * capitalized inside a sentence and as no name (German's nouns: train-ner
 * --noun-words), which the features read as its words and the rules do
 * not (precis_ner_model_noun_words).
 *
 * With PRECIS_NER_MODEL_INT8 in `flags` the table's weights are int8
 * (`scale × int8`, rows of n_stages × n_tags bytes) instead of int16.
 *
 * `flags` PRECIS_NER_MODEL_ASCII_PHRASES: the model was trained on its
 * text and on a copy of it that lost its non-ASCII letters
 * (train-ner --ascii-copy), and its gazetteer's phrases match in both
 * forms: "Mnchen" as "München" (precis_ner_gazetteer_new_reading).
 */
#pragma once

#include "ner-lexicon.h"
#include "ner-tags.h"

G_BEGIN_DECLS

#define PRECIS_NER_MODEL_MAGIC "PRECNER\n"
#define PRECIS_NER_MODEL_VERSION 3
#define PRECIS_NER_MAX_STAGES 2

#define PRECIS_NER_MODEL_ASCII_PHRASES 1u
/* Its lower-case words are hashes of their ASCII bytes (ner-lexicon.h). */
#define PRECIS_NER_MODEL_ASCII_LEXICON 2u
/* Trained with its gazetteer's given names as a feature (train-ner
 * --given-names): the tagger reads given-names.tsv's names as phrases of
 * PRECIS_NER_GAZ_GIVEN (PRECIS_NER_GAZ_READ_GIVEN_NAMES). */
#define PRECIS_NER_MODEL_GIVEN_NAMES 4u
/* Its lower-case words are for the rules only (train-ner
 * --lower-words-for-rules): no feature of the model, whose weights are
 * those it had without them; the tagger hands its features none, and
 * precis_ner_tagger_lower_words() still gives them to the rules ("Iberdrola
 * anunció …": a sentence's first word that is no common word). */
#define PRECIS_NER_MODEL_LEXICON_FOR_RULES 8u
/* Trained with its gazetteer's surnames as a feature (train-ner
 * --surnames): the tagger reads surnames.tsv
 * (PRECIS_NER_GAZ_READ_SURNAMES). */
#define PRECIS_NER_MODEL_SURNAMES 16u
/* The table's weights are int8 (train-ner --int8): half the bytes, so more
 * of the rows a document reads stay in the caches (BENCHMARKS.md §56). */
#define PRECIS_NER_MODEL_INT8 32u

typedef struct {
  char magic[8];
  guint32 version;
  guint32 features_version;
  guint32 n_tags;
  guint32 hash_bits;
  guint32 n_stages;
  guint32 n_lower_words;  /* hashes after the table (0: none; was reserved) */
  guint32 flags;          /* PRECIS_NER_MODEL_ASCII_* (0 before; was reserved) */
  guint32 n_noun_words;   /* hashes after the lower words' (0: none; was reserved) */
} PrecisNerModelHeader;

typedef struct {
  float scale;
  guint32 reserved;
  float transition[(PRECIS_NER_N_TAGS + 1) * PRECIS_NER_N_TAGS];
} PrecisNerStageHeader;

typedef struct _PrecisNerModel PrecisNerModel;

PrecisNerModel *precis_ner_model_load (const char *path, GError **error);
void precis_ner_model_free (PrecisNerModel *model);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNerModel, precis_ner_model_free)

guint precis_ner_model_n_stages (const PrecisNerModel *model);
const float *precis_ner_model_transition (const PrecisNerModel *model, guint stage);
/* The language's lower-case words the model was trained with (n 0: none):
 * with its nouns, where it has them. */
PrecisNerLexicon precis_ner_model_lower_words (const PrecisNerModel *model);
/* Of those, the nouns: words the training text wrote only capitalized
 * inside a sentence, and as no name (n 0: none). */
PrecisNerLexicon precis_ner_model_noun_words (const PrecisNerModel *model);
/* The header's flags (PRECIS_NER_MODEL_ASCII_PHRASES). */
guint32 precis_ner_model_flags (const PrecisNerModel *model);

/* Adds the int16 (or int8) weights of `n_ids` features to integer sums: _rows()
 * every stage's (`sums` holds n_stages × PRECIS_NER_N_TAGS, stage 0
 * first: one walk over the rows, which a version 3 model keeps side by
 * side), _stage_rows() one stage's (PRECIS_NER_N_TAGS).  Integer sums are
 * exact in any order: a token's emission may be summed in parts (the
 * word's own features once per document, its context per token, the
 * second pass's own features last) and is the same float. */
void precis_ner_model_add_rows (const PrecisNerModel *model, const guint32 *ids, guint n_ids,
                                gint32 *sums);
void precis_ner_model_add_stage_rows (const PrecisNerModel *model, guint stage,
                                      const guint32 *ids, guint n_ids,
                                      gint32 sum[PRECIS_NER_N_TAGS]);
/* `stage`'s emission (PRECIS_NER_N_TAGS scores) of integer sums. */
void precis_ner_model_scale (const PrecisNerModel *model, guint stage,
                             const gint32 sum[PRECIS_NER_N_TAGS], float *emission);

/* One pass's float weights (2^hash_bits × PRECIS_NER_N_TAGS) and transitions. */
typedef struct {
  const float *weights;
  const float *transition;
} PrecisNerStageWeights;

/* Quantizes the stages to int16 (int8 with PRECIS_NER_MODEL_INT8 in
 * `flags`) and writes the model file (tools/train-ner),
 * with `lower_words` after the table (NULL or n 0: none) and the header's
 * `flags` (0 or PRECIS_NER_MODEL_ASCII_PHRASES). */
gboolean precis_ner_model_write (const char *path, guint hash_bits,
                                 const PrecisNerStageWeights *stages, guint n_stages,
                                 const PrecisNerLexicon *lower_words, guint32 flags,
                                 GError **error);
/* The same with `noun_words` (NULL or n 0: none), a subset of
 * `lower_words`, after them. */
gboolean precis_ner_model_write_with_nouns (const char *path, guint hash_bits,
                                            const PrecisNerStageWeights *stages, guint n_stages,
                                            const PrecisNerLexicon *lower_words,
                                            const PrecisNerLexicon *noun_words, guint32 flags,
                                            GError **error);

G_END_DECLS
