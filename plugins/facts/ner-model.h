/* ner-model.h — the tagger's weights: a versioned file read with one mmap.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout (little-endian): a PrecisNerModelHeader, then for each pass
 * (stage) of the tagger a PrecisNerStageHeader followed by
 * 2^hash_bits × n_tags int16 weights, a row per hashed feature.  A weight
 * is `scale × int16`.
 */
#pragma once

#include "ner-tags.h"

G_BEGIN_DECLS

#define PRECIS_NER_MODEL_MAGIC "PRECNER\n"
#define PRECIS_NER_MODEL_VERSION 2
#define PRECIS_NER_MAX_STAGES 2

typedef struct {
  char magic[8];
  guint32 version;
  guint32 features_version;
  guint32 n_tags;
  guint32 hash_bits;
  guint32 n_stages;
  guint32 reserved[3];
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

/* Sums the weights of `n_ids` features of `stage` into `emission`
 * (PRECIS_NER_N_TAGS scores). */
void precis_ner_model_emission (const PrecisNerModel *model, guint stage, const guint32 *ids,
                                guint n_ids, float *emission);
/* The same for a tagger whose second pass sees the first pass's features
 * plus its own (a two-stage model).  _first() is stage 0's emission of
 * `ids`, and writes stage 1's integer sums of the same ids into `second`
 * in the same walk; _from() is `stage`'s emission of `base` (such sums)
 * plus the weights of `ids`.  Integer sums, exact in any order: the same
 * emissions as summing each stage's ids apart. */
void precis_ner_model_emission_first (const PrecisNerModel *model, const guint32 *ids,
                                      guint n_ids, float *emission,
                                      gint32 second[PRECIS_NER_N_TAGS]);
void precis_ner_model_emission_from (const PrecisNerModel *model, guint stage,
                                     const gint32 base[PRECIS_NER_N_TAGS], const guint32 *ids,
                                     guint n_ids, float *emission);

/* One pass's float weights (2^hash_bits × PRECIS_NER_N_TAGS) and transitions. */
typedef struct {
  const float *weights;
  const float *transition;
} PrecisNerStageWeights;

/* Quantizes the stages to int16 and writes the model file (tools/train-ner). */
gboolean precis_ner_model_write (const char *path, guint hash_bits,
                                 const PrecisNerStageWeights *stages, guint n_stages,
                                 GError **error);

G_END_DECLS
