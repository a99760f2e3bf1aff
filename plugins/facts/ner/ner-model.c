/* ner-model.c — mapping, checking and writing the model file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-model.h"
#include "ner-features.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NER_AVX2 1
#endif

#include "ner-simd.h"

typedef struct {
  const PrecisNerStageHeader *header;
  /* Feature id i's row of this stage is at weights + i × stride (int16),
   * or at weights8 + i × stride (an int8 model). */
  const gint16 *weights;
  const gint8 *weights8;
} Stage;

struct _PrecisNerModel {
  GMappedFile *file;
  const PrecisNerModelHeader *header;
  Stage stages[PRECIS_NER_MAX_STAGES];
  guint32 mask;
  gsize stride;
  gboolean int8;
  PrecisNerLexicon lower_words, noun_words;
};

/* Bytes of a weight: int8 models' 1, the others' 2. */
static gsize
weight_size (guint32 flags)
{
  return (flags & PRECIS_NER_MODEL_INT8) ? sizeof (gint8) : sizeof (gint16);
}

static gsize
table_size (guint hash_bits, guint n_stages, gsize weight)
{
  return ((gsize) 1 << hash_bits) * n_stages * PRECIS_NER_N_TAGS * weight;
}

/* Version 2 (still read: a one-stage file is the same in both versions,
 * and a two-stage model written before version 3 keeps working) puts each
 * stage's header and table one after the other. */
static void
map_stages_apart (PrecisNerModel *model, const char *data)
{
  const PrecisNerModelHeader *h = model->header;
  gsize stage_size = sizeof (PrecisNerStageHeader) + table_size (h->hash_bits, 1, sizeof (gint16));

  for (guint s = 0; s < h->n_stages; s++)
    {
      const char *base = data + sizeof *h + s * stage_size;

      model->stages[s].header = (const PrecisNerStageHeader *) base;
      model->stages[s].weights = (const gint16 *) (base + sizeof (PrecisNerStageHeader));
    }
  model->stride = PRECIS_NER_N_TAGS;
}

/* Version 3: the stages' headers, then one table whose row i holds every
 * stage's weights of feature i side by side.  A token's feature ids are
 * random rows of the table; the tagger reads the same rows in both
 * stages, so the two stages' weights of an id share a cache line (or
 * two), where apart they were 4.7 MB from each other (BENCHMARKS.md). */
static void
map_stages_interleaved (PrecisNerModel *model, const char *data)
{
  const PrecisNerModelHeader *h = model->header;
  const char *table = data + sizeof *h + h->n_stages * sizeof (PrecisNerStageHeader);

  for (guint s = 0; s < h->n_stages; s++)
    {
      model->stages[s].header =
          (const PrecisNerStageHeader *) (data + sizeof *h + s * sizeof (PrecisNerStageHeader));
      model->stages[s].weights = (const gint16 *) table + s * PRECIS_NER_N_TAGS;
      model->stages[s].weights8 = (const gint8 *) table + s * PRECIS_NER_N_TAGS;
    }
  model->stride = (gsize) h->n_stages * PRECIS_NER_N_TAGS;
}

/* Asks the kernel to back the mapping with 2 MiB pages where it can: the
 * tagger reads its rows at random all over the table (9.4 MB for English),
 * so with 4 KiB pages nearly every row costs a TLB miss.  The advice must
 * come before the first read: a file not yet in the page cache is then
 * read in 2 MiB folios, which every process that maps it shares (the page
 * cache's memory, as before).  Where the kernel cannot (no transparent
 * huge pages, a file system without large folios, a file already cached
 * in small pages) nothing changes; the bytes read are the same either way. */
static void
advise_huge_pages (GMappedFile *file)
{
#if defined(MADV_HUGEPAGE)
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  guintptr start = (guintptr) g_mapped_file_get_contents (file);
  gsize length = g_mapped_file_get_length (file);

  if (length == 0 || page == 0 || (page & (page - 1)) != 0)
    return;
  /* The mapping starts on a page (mmap's); its tail is rounded up by madvise. */
  (void) madvise ((void *) (start & ~(guintptr) (page - 1)), length, MADV_HUGEPAGE);
#else
  (void) file;
#endif
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
  advise_huge_pages (model->file);
  size = g_mapped_file_get_length (model->file);
  data = g_mapped_file_get_contents (model->file);
  h = (const PrecisNerModelHeader *) data;
  if (size < sizeof *h || memcmp (h->magic, PRECIS_NER_MODEL_MAGIC, 8) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s is not a precis NER model", path);
      return NULL;
    }
  if ((h->version != PRECIS_NER_MODEL_VERSION && h->version != 2) ||
      h->features_version != PRECIS_NER_FEATURES_VERSION ||
      h->n_tags != PRECIS_NER_N_TAGS || h->hash_bits < 8 || h->hash_bits > 26 ||
      h->n_stages < 1 || h->n_stages > PRECIS_NER_MAX_STAGES ||
      (h->version == 2 && (h->n_lower_words != 0 || h->n_noun_words != 0 ||
                           (h->flags & PRECIS_NER_MODEL_INT8) != 0)) ||
      h->n_noun_words > h->n_lower_words ||
      (h->flags & ~(PRECIS_NER_MODEL_ASCII_PHRASES | PRECIS_NER_MODEL_ASCII_LEXICON |
                     PRECIS_NER_MODEL_GIVEN_NAMES | PRECIS_NER_MODEL_LEXICON_FOR_RULES |
                     PRECIS_NER_MODEL_SURNAMES | PRECIS_NER_MODEL_INT8)) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: model version %u (features %u) does not match this plugin "
                   "(version %u, features %u): retrain it with tools/train-ner",
                   path, h->version, h->features_version, PRECIS_NER_MODEL_VERSION,
                   PRECIS_NER_FEATURES_VERSION);
      return NULL;
    }
  /* Both versions have the same size, but for version 3's lower-case words. */
  expected = sizeof *h + h->n_stages * sizeof (PrecisNerStageHeader) +
             table_size (h->hash_bits, h->n_stages, weight_size (h->flags)) +
             ((gsize) h->n_lower_words + h->n_noun_words) * sizeof (guint32);
  if (size != expected)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: %" G_GSIZE_FORMAT " bytes, expected %" G_GSIZE_FORMAT, path, size,
                   expected);
      return NULL;
    }
  model->header = h;
  if (h->version == 2)
    map_stages_apart (model, data);
  else
    map_stages_interleaved (model, data);
  model->mask = ((guint32) 1 << h->hash_bits) - 1;
  model->int8 = (h->flags & PRECIS_NER_MODEL_INT8) != 0;
  model->lower_words.n = h->n_lower_words;
  model->lower_words.folded = (h->flags & PRECIS_NER_MODEL_ASCII_LEXICON) != 0;
  model->lower_words.hashes =
      (const guint32 *) (data + expected - ((gsize) h->n_lower_words + h->n_noun_words) * sizeof (guint32));
  model->noun_words = model->lower_words;
  model->noun_words.n = h->n_noun_words;
  model->noun_words.hashes = model->lower_words.hashes + h->n_lower_words;
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

/* Two rows at once: their tags 0-7 interleaved (a0 b0 a1 b1 …) and
 * multiplied by 1 pair by pair (pmaddwd) are a0 + b0 … in 32-bit lanes,
 * exactly: the same integer sums in fewer instructions than widening
 * each row apart. */
static inline void
sums_add_two_rows (Sums *s, const gint16 *a, const gint16 *b)
{
  const __m128i ones = _mm_set1_epi16 (1);
  __m128i va = _mm_loadu_si128 ((const __m128i *) a);
  __m128i vb = _mm_loadu_si128 ((const __m128i *) b);

  s->lo = _mm_add_epi32 (s->lo, _mm_madd_epi16 (_mm_unpacklo_epi16 (va, vb), ones));
  s->hi = _mm_add_epi32 (s->hi, _mm_madd_epi16 (_mm_unpackhi_epi16 (va, vb), ones));
  s->last += a[8] + b[8];
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
sums_add_two_rows (Sums *s, const gint16 *a, const gint16 *b)
{
  sums_add_row (s, a);
  sums_add_row (s, b);
}

static inline void
sums_store (const Sums *s, gint32 sum[PRECIS_NER_N_TAGS])
{
  memcpy (sum, s->t, sizeof s->t);
}
#endif

void
precis_ner_model_scale (const PrecisNerModel *model, guint stage,
                        const gint32 sum[PRECIS_NER_N_TAGS], float *emission)
{
  float scale = model->stages[stage].header->scale;
#if defined(__SSE2__) && PRECIS_NER_N_TAGS == 9
  /* cvtdq2ps and mulps round as the scalar conversion and product do. */
  __m128 k = _mm_set1_ps (scale);

  _mm_storeu_ps (emission, _mm_mul_ps (_mm_cvtepi32_ps (_mm_loadu_si128 ((const __m128i *) sum)), k));
  _mm_storeu_ps (emission + 4,
                 _mm_mul_ps (_mm_cvtepi32_ps (_mm_loadu_si128 ((const __m128i *) (sum + 4))), k));
  emission[8] = (float) sum[8] * scale;
#else
  for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
    emission[t] = (float) sum[t] * scale;
#endif
}

#if defined(NER_AVX2) && PRECIS_NER_N_TAGS == 9
/* A row's tags 0-7 widened to 32 bits in one instruction and added in one
 * eight-lane vector, tag 8 apart: the same integer sums as the SSE2 and
 * scalar loops (integer addition in any order), in fewer instructions.
 * Both stages' rows of an id at once (one offset an id), or one stage's. */
__attribute__ ((target ("avx2"))) static void
add_rows_avx2 (const gint16 *w0, const gint16 *w1, guint32 mask, gsize stride, const guint32 *ids,
               guint n_ids, gint32 *sums)
{
  __m256i s0 = _mm256_loadu_si256 ((const __m256i *) sums);
  __m256i s1 = _mm256_loadu_si256 ((const __m256i *) (sums + PRECIS_NER_N_TAGS));
  gint32 last0 = sums[8], last1 = sums[PRECIS_NER_N_TAGS + 8];

  for (guint i = 0; i < n_ids; i++)
    {
      gsize row = (ids[i] & mask) * stride;

      s0 = _mm256_add_epi32 (s0, _mm256_cvtepi16_epi32 (_mm_loadu_si128 ((const __m128i *) (w0 + row))));
      s1 = _mm256_add_epi32 (s1, _mm256_cvtepi16_epi32 (_mm_loadu_si128 ((const __m128i *) (w1 + row))));
      last0 += w0[row + 8];
      last1 += w1[row + 8];
    }
  _mm256_storeu_si256 ((__m256i *) sums, s0);
  _mm256_storeu_si256 ((__m256i *) (sums + PRECIS_NER_N_TAGS), s1);
  sums[8] = last0;
  sums[PRECIS_NER_N_TAGS + 8] = last1;
}

__attribute__ ((target ("avx2"))) static void
add_stage_rows_avx2 (const gint16 *w, guint32 mask, gsize stride, const guint32 *ids, guint n_ids,
                     gint32 *sum)
{
  __m256i s = _mm256_loadu_si256 ((const __m256i *) sum);
  gint32 last = sum[8];

  for (guint i = 0; i < n_ids; i++)
    {
      const gint16 *row = w + (ids[i] & mask) * stride;

      s = _mm256_add_epi32 (s, _mm256_cvtepi16_epi32 (_mm_loadu_si128 ((const __m128i *) row)));
      last += row[8];
    }
  _mm256_storeu_si256 ((__m256i *) sum, s);
  sum[8] = last;
}
#endif

/* An int8 model's rows: `width` weights of each id's row (one stage's
 * nine, or every stage's side by side) added to `sums`, which are laid out
 * as the row is.  The same integer sums on every path. */
static void
add_rows8_scalar (const gint8 *w, guint32 mask, gsize stride, guint width, const guint32 *ids,
                  guint n_ids, gint32 *sums)
{
  for (guint i = 0; i < n_ids; i++)
    {
      const gint8 *row = w + (gsize) (ids[i] & mask) * stride;

      for (guint t = 0; t < width; t++)
        sums[t] += row[t];
    }
}

#if defined(NER_AVX2) && PRECIS_NER_N_TAGS == 9
/* Tags 0-7 of a stage's row widened from int8 to 32 bits in one
 * instruction (vpmovsxbd), tag 8 apart, as add_rows_avx2 does with int16:
 * both stages' rows of an id, or one stage's. */
__attribute__ ((target ("avx2"))) static void
add_rows8_avx2 (const gint8 *w, guint32 mask, gsize stride, const guint32 *ids, guint n_ids,
                gint32 *sums)
{
  __m256i s0 = _mm256_loadu_si256 ((const __m256i *) sums);
  __m256i s1 = _mm256_loadu_si256 ((const __m256i *) (sums + PRECIS_NER_N_TAGS));
  gint32 last0 = sums[8], last1 = sums[PRECIS_NER_N_TAGS + 8];

  for (guint i = 0; i < n_ids; i++)
    {
      const gint8 *row = w + (gsize) (ids[i] & mask) * stride;

      s0 = _mm256_add_epi32 (s0, _mm256_cvtepi8_epi32 (_mm_loadl_epi64 ((const __m128i *) row)));
      s1 = _mm256_add_epi32 (
          s1, _mm256_cvtepi8_epi32 (_mm_loadl_epi64 ((const __m128i *) (row + PRECIS_NER_N_TAGS))));
      last0 += row[8];
      last1 += row[PRECIS_NER_N_TAGS + 8];
    }
  _mm256_storeu_si256 ((__m256i *) sums, s0);
  _mm256_storeu_si256 ((__m256i *) (sums + PRECIS_NER_N_TAGS), s1);
  sums[8] = last0;
  sums[PRECIS_NER_N_TAGS + 8] = last1;
}

__attribute__ ((target ("avx2"))) static void
add_stage_rows8_avx2 (const gint8 *w, guint32 mask, gsize stride, const guint32 *ids, guint n_ids,
                      gint32 *sum)
{
  __m256i s = _mm256_loadu_si256 ((const __m256i *) sum);
  gint32 last = sum[8];

  for (guint i = 0; i < n_ids; i++)
    {
      const gint8 *row = w + (gsize) (ids[i] & mask) * stride;

      s = _mm256_add_epi32 (s, _mm256_cvtepi8_epi32 (_mm_loadl_epi64 ((const __m128i *) row)));
      last += row[8];
    }
  _mm256_storeu_si256 ((__m256i *) sum, s);
  sum[8] = last;
}
#endif



/* No walk asks for the rows before they are summed: their addresses
 * depend on the ids alone, so the core overlaps the loads of a row that
 * is not in cache anyway.  Such a walk (two prefetches a row) cost 140 K
 * instructions an Analyze of the sample article and gained nothing on a
 * stream of 946 distinct CoNLL documents (BENCHMARKS.md §56). */
void
precis_ner_model_add_stage_rows (const PrecisNerModel *model, guint stage, const guint32 *ids,
                                 guint n_ids, gint32 sum[PRECIS_NER_N_TAGS])
{
  const gint16 *weights = model->stages[stage].weights;
  Sums s;
  guint i;

  if (model->int8)
    {
      const gint8 *w8 = model->stages[stage].weights8;

#if defined(NER_AVX2) && PRECIS_NER_N_TAGS == 9
      if (precis_ner_simd_avx2 ())
        {
          add_stage_rows8_avx2 (w8, model->mask, model->stride, ids, n_ids, sum);
          return;
        }
#endif
      add_rows8_scalar (w8, model->mask, model->stride, PRECIS_NER_N_TAGS, ids, n_ids, sum);
      return;
    }

#if defined(NER_AVX2) && PRECIS_NER_N_TAGS == 9
  if (precis_ner_simd_avx2 ())
    {
      add_stage_rows_avx2 (weights, model->mask, model->stride, ids, n_ids, sum);
      return;
    }
#endif
  /* Row by row: the second pass adds a few ids (its own), where pairs
   * cost more than they save. */
  sums_load (&s, sum);
  for (i = 0; i < n_ids; i++)
    sums_add_row (&s, weights + (ids[i] & model->mask) * model->stride);
  sums_store (&s, sum);
}

void
precis_ner_model_add_rows (const PrecisNerModel *model, const guint32 *ids, guint n_ids,
                           gint32 *sums)
{
  const gint16 *w0 = model->stages[0].weights, *w1 = model->stages[1].weights;
  Sums s0, s1;
  guint i;

  if (model->header->n_stages == 1)
    {
      precis_ner_model_add_stage_rows (model, 0, ids, n_ids, sums);
      return;
    }
  /* Two stages from here on (one was handed over above). */
  if (model->int8)
    {
      const gint8 *w8 = model->stages[0].weights8;

#if defined(NER_AVX2) && PRECIS_NER_N_TAGS == 9
      if (precis_ner_simd_avx2 ())
        {
          add_rows8_avx2 (w8, model->mask, model->stride, ids, n_ids, sums);
          return;
        }
#endif
      add_rows8_scalar (w8, model->mask, model->stride, 2 * PRECIS_NER_N_TAGS, ids, n_ids, sums);
      return;
    }
#if defined(NER_AVX2) && PRECIS_NER_N_TAGS == 9
  if (precis_ner_simd_avx2 ())
    {
      add_rows_avx2 (w0, w1, model->mask, model->stride, ids, n_ids, sums);
      return;
    }
#endif
  sums_load (&s0, sums);
  sums_load (&s1, sums + PRECIS_NER_N_TAGS);
  for (i = 0; i + 1 < n_ids; i += 2)
    {
      gsize a = (ids[i] & model->mask) * model->stride, b = (ids[i + 1] & model->mask) * model->stride;

      sums_add_two_rows (&s0, w0 + a, w0 + b);
      sums_add_two_rows (&s1, w1 + a, w1 + b);
    }
  if (i < n_ids)
    {
      gsize row = (ids[i] & model->mask) * model->stride;

      sums_add_row (&s0, w0 + row);
      sums_add_row (&s1, w1 + row);
    }
  sums_store (&s0, sums);
  sums_store (&s1, sums + PRECIS_NER_N_TAGS);
}

PrecisNerLexicon
precis_ner_model_lower_words (const PrecisNerModel *model)
{
  return model->lower_words;
}

PrecisNerLexicon
precis_ner_model_noun_words (const PrecisNerModel *model)
{
  return model->noun_words;
}

guint32
precis_ner_model_flags (const PrecisNerModel *model)
{
  return model->header->flags;
}

gboolean
precis_ner_model_write (const char *path, guint hash_bits, const PrecisNerStageWeights *stages,
                        guint n_stages, const PrecisNerLexicon *lower_words, guint32 flags,
                        GError **error)
{
  return precis_ner_model_write_with_nouns (path, hash_bits, stages, n_stages, lower_words, NULL, flags, error);
}

gboolean
precis_ner_model_write_with_nouns (const char *path, guint hash_bits, const PrecisNerStageWeights *stages,
                                   guint n_stages, const PrecisNerLexicon *lower_words,
                                   const PrecisNerLexicon *noun_words, guint32 flags, GError **error)
{
  gsize n_rows = (gsize) 1 << hash_bits;
  guint32 n_lower = lower_words ? lower_words->n : 0, n_nouns = noun_words ? noun_words->n : 0;
  gsize before = sizeof (PrecisNerModelHeader) + n_stages * sizeof (PrecisNerStageHeader) +
                 table_size (hash_bits, n_stages, weight_size (flags));
  gsize size = before + ((gsize) n_lower + n_nouns) * sizeof (guint32);
  g_autofree guint8 *buffer = g_malloc0 (size);
  PrecisNerModelHeader *h = (PrecisNerModelHeader *) buffer;
  PrecisNerStageHeader *sh = (PrecisNerStageHeader *) (buffer + sizeof *h);
  gint16 *table = (gint16 *) (sh + n_stages);
  gint8 *table8 = (gint8 *) (sh + n_stages);
  float top = (flags & PRECIS_NER_MODEL_INT8) ? 127.0f : 32767.0f;
  gsize stride = (gsize) n_stages * PRECIS_NER_N_TAGS;

  g_return_val_if_fail (n_stages >= 1 && n_stages <= PRECIS_NER_MAX_STAGES, FALSE);
  g_return_val_if_fail (n_nouns <= n_lower, FALSE);
  memcpy (h->magic, PRECIS_NER_MODEL_MAGIC, 8);
  h->version = PRECIS_NER_MODEL_VERSION;
  h->features_version = PRECIS_NER_FEATURES_VERSION;
  h->n_tags = PRECIS_NER_N_TAGS;
  h->hash_bits = hash_bits;
  h->n_stages = n_stages;
  h->n_lower_words = n_lower;
  h->flags = flags;
  h->n_noun_words = n_nouns;
  if (n_lower > 0)
    memcpy (buffer + before, lower_words->hashes, (gsize) n_lower * sizeof (guint32));
  if (n_nouns > 0)
    memcpy (buffer + before + (gsize) n_lower * sizeof (guint32), noun_words->hashes,
            (gsize) n_nouns * sizeof (guint32));
  for (guint s = 0; s < n_stages; s++)
    {
      const float *w = stages[s].weights;
      float max = 0;

      memcpy (sh[s].transition, stages[s].transition, sizeof sh[s].transition);
      for (gsize i = 0; i < n_rows * PRECIS_NER_N_TAGS; i++)
        max = MAX (max, fabsf (w[i]));
      sh[s].scale = max > 0 ? max / top : 1.0f;
      for (gsize r = 0; r < n_rows; r++)
        for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
          {
            /* |w| ≤ max: within ±top but for the rounding of the division. */
            long q = CLAMP (lrintf (w[r * PRECIS_NER_N_TAGS + t] / sh[s].scale), -(long) top, (long) top);

            if (flags & PRECIS_NER_MODEL_INT8)
              table8[r * stride + s * PRECIS_NER_N_TAGS + t] = (gint8) q;
            else
              table[r * stride + s * PRECIS_NER_N_TAGS + t] = (gint16) q;
          }
    }
  return g_file_set_contents (path, (const char *) buffer, (gssize) size, error);
}
