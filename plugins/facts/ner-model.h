/* ner-model.h — the tagger's weights: a versioned file read with one mmap.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Layout (little-endian): a PrecisNerModelHeader, then
 * 2^hash_bits × n_tags int16 weights, row per hashed feature.  A weight is
 * `scale × int16`; transitions are stored as float in the header.
 */
#pragma once

#include "ner-tags.h"

G_BEGIN_DECLS

#define PRECIS_NER_MODEL_MAGIC "PRECNER\n"
#define PRECIS_NER_MODEL_VERSION 1

typedef struct {
  char magic[8];
  guint32 version;
  guint32 features_version;
  guint32 n_tags;
  guint32 hash_bits;
  float scale;
  guint32 reserved[3];
  float transition[(PRECIS_NER_N_TAGS + 1) * PRECIS_NER_N_TAGS];
} PrecisNerModelHeader;

typedef struct _PrecisNerModel PrecisNerModel;

PrecisNerModel *precis_ner_model_load (const char *path, GError **error);
void precis_ner_model_free (PrecisNerModel *model);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNerModel, precis_ner_model_free)

const float *precis_ner_model_transition (const PrecisNerModel *model);

/* Sums the weights of `n_ids` features into `emission` (PRECIS_NER_N_TAGS). */
void precis_ner_model_emission (const PrecisNerModel *model, const guint32 *ids, guint n_ids,
                                float *emission);

/* Quantizes float weights (2^hash_bits × PRECIS_NER_N_TAGS) to int16 and
 * writes the model file (used by tools/train-ner). */
gboolean precis_ner_model_write (const char *path, guint hash_bits, const float *weights,
                                 const float *transition, GError **error);

G_END_DECLS
