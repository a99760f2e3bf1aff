/* speed-simd.c — the tagger's AVX2 paths give the SSE2 paths' bits.
 *
 * The weight rows' sums, the Viterbi forward pass and the margins' walk
 * each have an AVX2 path (ner-simd.h) that must give the same integers,
 * the same floats bit for bit and the same tags, ties included, as the
 * path every other machine runs.  Skipped where the CPU has no AVX2.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ner-model.h"
#include "ner-simd.h"
#include "ner-tags.h"

#define T PRECIS_NER_N_TAGS
#define MAX_N 40

typedef struct {
  float score[MAX_N * T], margins[MAX_N];
  guint8 back[MAX_N * T], tags[MAX_N];
} Decoded;

static void
decode (const float *emission, guint n, const float *transition, gboolean avx2, Decoded *out)
{
  float columns[T][T];

  memset (out, 0, sizeof *out);
  precis_ner_simd_set_avx2 (avx2);
  precis_ner_viterbi (emission, n, transition, out->score, out->back, out->tags);
  precis_ner_margin_columns (transition, columns);
  precis_ner_viterbi_margins (emission, n, (const float (*)[T]) columns, out->score, out->tags, out->margins);
}

/* Random sentences; in half the rounds whole-number scores, so that
 * candidates tie and the first-best rule is what decides. */
static void
test_viterbi_same_bits (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20);

  if (!(precis_ner_simd_set_avx2 (TRUE), precis_ner_simd_avx2 ()))
    {
      g_test_skip ("no AVX2 on this CPU");
      return;
    }
  for (guint round = 0; round < 2000; round++)
    {
      guint n = 1 + g_rand_int_range (rand, 0, MAX_N);
      gboolean ties = round % 2 == 0;
      float emission[MAX_N * T], transition[(T + 1) * T];
      Decoded sse2, avx2;

      for (guint i = 0; i < n * T; i++)
        emission[i] = ties ? (float) g_rand_int_range (rand, -3, 4) : (float) g_rand_double_range (rand, -8, 8);
      for (guint i = 0; i < (T + 1) * T; i++)
        transition[i] = ties ? (float) g_rand_int_range (rand, -2, 3) : (float) g_rand_double_range (rand, -4, 4);
      /* Names in most sentences: names' margins are the ones walked. */
      for (guint i = 0; i < n; i++)
        if (g_rand_int_range (rand, 0, 3) == 0)
          emission[i * T + 1 + g_rand_int_range (rand, 0, T - 1)] += 6;
      decode (emission, n, transition, FALSE, &sse2);
      decode (emission, n, transition, TRUE, &avx2);
      g_assert_cmpmem (avx2.tags, n, sse2.tags, n);
      g_assert_cmpmem (avx2.score, n * T * sizeof (float), sse2.score, n * T * sizeof (float));
      g_assert_cmpmem (avx2.margins, n * sizeof (float), sse2.margins, n * sizeof (float));
    }
}

/* A model of random weights, both stages or one, written and loaded as the
 * tagger loads one; its rows summed both ways. */
static void
check_rows (guint n_stages, GRand *rand)
{
  const guint hash_bits = 10, n_rows = 1u << hash_bits;
  g_autofree char *dir = g_dir_make_tmp ("speed-simd-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "model.bin", NULL);
  g_autofree float *weights = g_new (float, (gsize) 2 * n_rows * T);
  float transition[(T + 1) * T] = { 0 };
  PrecisNerStageWeights stages[2];
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerModel) model = NULL;

  for (gsize i = 0; i < (gsize) 2 * n_rows * T; i++)
    weights[i] = (float) g_rand_double_range (rand, -3, 3);
  for (guint k = 0; k < 2; k++)
    stages[k] = (PrecisNerStageWeights) { weights + (gsize) k * n_rows * T, transition };
  g_assert_true (precis_ner_model_write (path, hash_bits, stages, n_stages, NULL, 0, &error));
  g_assert_no_error (error);
  model = precis_ner_model_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (precis_ner_model_n_stages (model), ==, n_stages);

  for (guint round = 0; round < 500; round++)
    {
      guint32 ids[64];
      guint n_ids = (guint) g_rand_int_range (rand, 0, 65);
      gint32 start[2 * T], sse2[2 * T], avx2[2 * T];

      for (guint i = 0; i < n_ids; i++)
        ids[i] = g_rand_int (rand); /* the model masks them */
      for (guint i = 0; i < 2 * T; i++)
        start[i] = g_rand_int_range (rand, -100000, 100000);

      memcpy (sse2, start, sizeof start);
      memcpy (avx2, start, sizeof start);
      precis_ner_simd_set_avx2 (FALSE);
      precis_ner_model_add_rows (model, ids, n_ids, sse2);
      precis_ner_simd_set_avx2 (TRUE);
      precis_ner_model_add_rows (model, ids, n_ids, avx2);
      g_assert_cmpmem (avx2, n_stages * T * sizeof (gint32), sse2, n_stages * T * sizeof (gint32));
      /* ...and the sums moved: the rows were read. */
      if (n_ids > 0)
        g_assert_true (memcmp (avx2, start, n_stages * T * sizeof (gint32)) != 0);

      for (guint stage = 0; stage < n_stages; stage++)
        {
          memcpy (sse2, start, sizeof start);
          memcpy (avx2, start, sizeof start);
          precis_ner_simd_set_avx2 (FALSE);
          precis_ner_model_add_stage_rows (model, stage, ids, n_ids, sse2);
          precis_ner_simd_set_avx2 (TRUE);
          precis_ner_model_add_stage_rows (model, stage, ids, n_ids, avx2);
          g_assert_cmpmem (avx2, sizeof avx2, sse2, sizeof sse2);
        }
    }
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_rows_same_sums (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (21);

  if (!(precis_ner_simd_set_avx2 (TRUE), precis_ner_simd_avx2 ()))
    {
      g_test_skip ("no AVX2 on this CPU");
      return;
    }
  check_rows (2, rand);
  check_rows (1, rand);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/speed-simd/viterbi-same-bits", test_viterbi_same_bits);
  g_test_add_func ("/speed-simd/rows-same-sums", test_rows_same_sums);
  return g_test_run ();
}
