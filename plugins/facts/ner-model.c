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

void
precis_ner_model_emission (const PrecisNerModel *model, guint stage, const guint32 *ids,
                           guint n_ids, float *emission)
{
  const gint16 *weights = model->stages[stage].weights;
  gint32 sum[PRECIS_NER_N_TAGS] = { 0 };

  /* Ask for every row first: the loads then overlap instead of waiting
   * one after the other when the table is not in cache. */
  for (guint i = 0; i < n_ids; i++)
    __builtin_prefetch (weights + (gsize) (ids[i] & model->mask) * PRECIS_NER_N_TAGS);
#if defined(__SSE2__) && PRECIS_NER_N_TAGS == 9
  {
    /* Tags 0-7 of a row in one load, widened to two sums of four 32-bit
     * lanes (an int16 sum of 40-odd weights would overflow), tag 8 apart.
     * The same integer sums as the loop below, in a third of the
     * instructions: emission was the tagger's largest cost (BENCHMARKS.md). */
    __m128i lo = _mm_setzero_si128 (), hi = _mm_setzero_si128 ();
    gint32 last = 0;

    for (guint i = 0; i < n_ids; i++)
      {
        const gint16 *row = weights + (gsize) (ids[i] & model->mask) * PRECIS_NER_N_TAGS;
        __m128i v = _mm_loadu_si128 ((const __m128i *) row);

        lo = _mm_add_epi32 (lo, _mm_srai_epi32 (_mm_unpacklo_epi16 (v, v), 16));
        hi = _mm_add_epi32 (hi, _mm_srai_epi32 (_mm_unpackhi_epi16 (v, v), 16));
        last += row[8];
      }
    _mm_storeu_si128 ((__m128i *) sum, lo);
    _mm_storeu_si128 ((__m128i *) (sum + 4), hi);
    sum[8] = last;
  }
#else
  for (guint i = 0; i < n_ids; i++)
    {
      const gint16 *row = weights + (gsize) (ids[i] & model->mask) * PRECIS_NER_N_TAGS;

      for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
        sum[t] += row[t];
    }
#endif
  for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
    emission[t] = (float) sum[t] * model->stages[stage].header->scale;
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
