/* ner-model.c — mapping, checking and writing the model file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-model.h"
#include "ner-features.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct {
  const PrecisNerStageHeader *header;
  const gint16 *weights;
} Stage;

struct _PrecisNerModel {
  GMappedFile *file;
  const PrecisNerModelHeader *header;
  Stage stages[PRECIS_NER_MAX_STAGES];
  guint32 mask;
};

static gsize
stage_size (guint hash_bits)
{
  return sizeof (PrecisNerStageHeader) +
         ((gsize) 1 << hash_bits) * PRECIS_NER_N_TAGS * sizeof (gint16);
}

PrecisNerModel *
precis_ner_model_load (const char *path, GError **error)
{
  g_autoptr (PrecisNerModel) model = g_new0 (PrecisNerModel, 1);
  const PrecisNerModelHeader *h;
  const char *data;
  gsize size, expected;

  model->file = g_mapped_file_new (path, FALSE, error);
  if (model->file == NULL)
    return NULL;
  size = g_mapped_file_get_length (model->file);
  data = g_mapped_file_get_contents (model->file);
  h = (const PrecisNerModelHeader *) data;
  if (size < sizeof *h || memcmp (h->magic, PRECIS_NER_MODEL_MAGIC, 8) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s is not a precis NER model", path);
      return NULL;
    }
  if (h->version != PRECIS_NER_MODEL_VERSION ||
      h->features_version != PRECIS_NER_FEATURES_VERSION ||
      h->n_tags != PRECIS_NER_N_TAGS || h->hash_bits < 8 || h->hash_bits > 26 ||
      h->n_stages < 1 || h->n_stages > PRECIS_NER_MAX_STAGES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: model version %u (features %u) does not match this plugin "
                   "(version %u, features %u): retrain it with tools/train-ner",
                   path, h->version, h->features_version, PRECIS_NER_MODEL_VERSION,
                   PRECIS_NER_FEATURES_VERSION);
      return NULL;
    }
  expected = sizeof *h + h->n_stages * stage_size (h->hash_bits);
  if (size != expected)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: %" G_GSIZE_FORMAT " bytes, expected %" G_GSIZE_FORMAT, path, size,
                   expected);
      return NULL;
    }
  model->header = h;
  for (guint s = 0; s < h->n_stages; s++)
    {
      const char *base = data + sizeof *h + s * stage_size (h->hash_bits);

      model->stages[s].header = (const PrecisNerStageHeader *) base;
      model->stages[s].weights = (const gint16 *) (base + sizeof (PrecisNerStageHeader));
    }
  model->mask = ((guint32) 1 << h->hash_bits) - 1;
  return g_steal_pointer (&model);
}

void
precis_ner_model_free (PrecisNerModel *model)
{
  if (model == NULL)
    return;
  g_clear_pointer (&model->file, g_mapped_file_unref);
  g_free (model);
}

guint
precis_ner_model_n_stages (const PrecisNerModel *model)
{
  return model->header->n_stages;
}

const float *
precis_ner_model_transition (const PrecisNerModel *model, guint stage)
{
  return model->stages[stage].header->transition;
}

#if defined(__SSE2__) && PRECIS_NER_N_TAGS == 9
/* Tags 0-7 of a row in one load, widened to two sums of four 32-bit lanes
 * (an int16 sum of 40-odd weights would overflow), tag 8 apart.  The same
 * integer sums as the scalar loop, in a third of the instructions:
 * emission was the tagger's largest cost (BENCHMARKS.md). */
typedef struct {
  __m128i lo, hi;
  gint32 last;
} Sums;

static inline void
sums_load (Sums *s, const gint32 sum[PRECIS_NER_N_TAGS])
{
  s->lo = _mm_loadu_si128 ((const __m128i *) sum);
  s->hi = _mm_loadu_si128 ((const __m128i *) (sum + 4));
  s->last = sum[8];
}

static inline void
sums_add_row (Sums *s, const gint16 *row)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *) row);

  s->lo = _mm_add_epi32 (s->lo, _mm_srai_epi32 (_mm_unpacklo_epi16 (v, v), 16));
  s->hi = _mm_add_epi32 (s->hi, _mm_srai_epi32 (_mm_unpackhi_epi16 (v, v), 16));
  s->last += row[8];
}

static inline void
sums_store (const Sums *s, gint32 sum[PRECIS_NER_N_TAGS])
{
  _mm_storeu_si128 ((__m128i *) sum, s->lo);
  _mm_storeu_si128 ((__m128i *) (sum + 4), s->hi);
  sum[8] = s->last;
}
#else
typedef struct {
  gint32 t[PRECIS_NER_N_TAGS];
} Sums;

static inline void
sums_load (Sums *s, const gint32 sum[PRECIS_NER_N_TAGS])
{
  memcpy (s->t, sum, sizeof s->t);
}

static inline void
sums_add_row (Sums *s, const gint16 *row)
{
  for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
    s->t[t] += row[t];
}

static inline void
sums_store (const Sums *s, gint32 sum[PRECIS_NER_N_TAGS])
{
  memcpy (sum, s->t, sizeof s->t);
}
#endif

static inline void
scale (const PrecisNerModel *model, guint stage, const gint32 sum[PRECIS_NER_N_TAGS],
       float *emission)
{
  for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
    emission[t] = (float) sum[t] * model->stages[stage].header->scale;
}

void
precis_ner_model_emission_from (const PrecisNerModel *model, guint stage,
                                const gint32 base[PRECIS_NER_N_TAGS], const guint32 *ids,
                                guint n_ids, float *emission)
{
  const gint16 *weights = model->stages[stage].weights;
  gint32 sum[PRECIS_NER_N_TAGS];
  Sums s;

  /* Ask for every row first: the loads then overlap instead of waiting
   * one after the other when the table is not in cache. */
  for (guint i = 0; i < n_ids; i++)
    __builtin_prefetch (weights + (gsize) (ids[i] & model->mask) * PRECIS_NER_N_TAGS);
  sums_load (&s, base);
  for (guint i = 0; i < n_ids; i++)
    sums_add_row (&s, weights + (gsize) (ids[i] & model->mask) * PRECIS_NER_N_TAGS);
  sums_store (&s, sum);
  scale (model, stage, sum, emission);
}

void
precis_ner_model_emission (const PrecisNerModel *model, guint stage, const guint32 *ids,
                           guint n_ids, float *emission)
{
  static const gint32 zero[PRECIS_NER_N_TAGS] = { 0 };

  precis_ner_model_emission_from (model, stage, zero, ids, n_ids, emission);
}

void
precis_ner_model_emission_first (const PrecisNerModel *model, const guint32 *ids, guint n_ids,
                                 float *emission, gint32 second[PRECIS_NER_N_TAGS])
{
  static const gint32 zero[PRECIS_NER_N_TAGS] = { 0 };
  const gint16 *w0 = model->stages[0].weights, *w1 = model->stages[1].weights;
  gint32 sum[PRECIS_NER_N_TAGS];
  Sums s0, s1;

  g_return_if_fail (model->header->n_stages > 1);
  for (guint i = 0; i < n_ids; i++)
    {
      gsize row = (gsize) (ids[i] & model->mask) * PRECIS_NER_N_TAGS;

      __builtin_prefetch (w0 + row);
      __builtin_prefetch (w1 + row);
    }
  sums_load (&s0, zero);
  sums_load (&s1, zero);
  for (guint i = 0; i < n_ids; i++)
    {
      gsize row = (gsize) (ids[i] & model->mask) * PRECIS_NER_N_TAGS;

      sums_add_row (&s0, w0 + row);
      sums_add_row (&s1, w1 + row);
    }
  sums_store (&s0, sum);
  sums_store (&s1, second);
  scale (model, 0, sum, emission);
}

gboolean
precis_ner_model_write (const char *path, guint hash_bits, const PrecisNerStageWeights *stages,
                        guint n_stages, GError **error)
{
  gsize n = ((gsize) 1 << hash_bits) * PRECIS_NER_N_TAGS;
  gsize size = sizeof (PrecisNerModelHeader) + n_stages * stage_size (hash_bits);
  g_autofree guint8 *buffer = g_malloc0 (size);
  PrecisNerModelHeader *h = (PrecisNerModelHeader *) buffer;

  g_return_val_if_fail (n_stages >= 1 && n_stages <= PRECIS_NER_MAX_STAGES, FALSE);
  memcpy (h->magic, PRECIS_NER_MODEL_MAGIC, 8);
  h->version = PRECIS_NER_MODEL_VERSION;
  h->features_version = PRECIS_NER_FEATURES_VERSION;
  h->n_tags = PRECIS_NER_N_TAGS;
  h->hash_bits = hash_bits;
  h->n_stages = n_stages;
  for (guint s = 0; s < n_stages; s++)
    {
      guint8 *base = buffer + sizeof *h + s * stage_size (hash_bits);
      PrecisNerStageHeader *sh = (PrecisNerStageHeader *) base;
      gint16 *out = (gint16 *) (base + sizeof *sh);
      float max = 0;

      memcpy (sh->transition, stages[s].transition, sizeof sh->transition);
      for (gsize i = 0; i < n; i++)
        max = MAX (max, fabsf (stages[s].weights[i]));
      sh->scale = max > 0 ? max / 32767.0f : 1.0f;
      for (gsize i = 0; i < n; i++)
        out[i] = (gint16) lrintf (stages[s].weights[i] / sh->scale);
    }
  return g_file_set_contents (path, (const char *) buffer, (gssize) size, error);
}
