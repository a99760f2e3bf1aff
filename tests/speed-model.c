/* speed-model.c — the NER model's weight table read faster gives its old answers:
 * huge-page advice on its mapping, int8 rows, sums without a prefetch walk.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include <glib/gstdio.h>
#include <math.h>

#include "data-dir.h"
#include "ner-features.h"
#include "ner-model.h"
#include "ner-simd.h"

/* TRUE when the kernel takes MADV_HUGEPAGE advice ("[always]" or
 * "[madvise]"); elsewhere the loader's advice is refused and nothing is
 * to be seen. */
static gboolean
huge_pages_advisable (void)
{
  g_autofree char *mode = NULL;

  if (!g_file_get_contents ("/sys/kernel/mm/transparent_hugepage/enabled", &mode, NULL, NULL))
    return FALSE;
  return strstr (mode, "[always]") != NULL || strstr (mode, "[madvise]") != NULL;
}

/* The VmFlags of the last mapping of `path` in /proc/self/smaps (NULL
 * when there is none). */
static char *
mapping_flags (const char *path)
{
  g_autofree char *smaps = NULL;
  g_auto (GStrv) lines = NULL;
  char *flags = NULL;
  gboolean in_mapping = FALSE;

  if (!g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL))
    return NULL;
  lines = g_strsplit (smaps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *end;

      /* A mapping's first line: "from-to perms offset dev inode path". */
      g_ascii_strtoull (lines[i], &end, 16);
      if (end != lines[i] && *end == '-')
        {
          in_mapping = g_str_has_suffix (lines[i], path);
          continue;
        }
      if (in_mapping && g_str_has_prefix (lines[i], "VmFlags:"))
        {
          g_free (flags);
          flags = g_strdup (lines[i] + strlen ("VmFlags:"));
        }
    }
  return flags;
}

/* The model's mapping is advised to take 2 MiB pages: the tagger reads its
 * rows at random over 9.4 MB, a TLB miss a row with 4 KiB pages. */
static void
test_model_huge_page_advice (void)
{
  g_autofree char *path = g_build_filename (precis_data_dir (), "models", "ner-en.model", NULL);
  g_autofree char *real = realpath (path, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerModel) model = NULL;
  g_autofree char *flags = NULL;
  g_auto (GStrv) words = NULL;

  if (!huge_pages_advisable ())
    {
      g_test_skip ("the kernel takes no huge-page advice");
      return;
    }
  g_assert_nonnull (real);
  model = precis_ner_model_load (real, &error);
  g_assert_no_error (error);
  flags = mapping_flags (real);
  g_assert_nonnull (flags);
  words = g_strsplit_set (g_strstrip (flags), " ", -1);
  g_assert_true (g_strv_contains ((const char *const *) words, "hg"));
}

/* The advised mapping reads the file's bytes: every stage's row of a
 * spread of feature ids, summed by the tagger, is the file's int16
 * weights at that row, read with stdio. */
static void
test_model_rows_as_file (void)
{
  g_autofree char *path = g_build_filename (precis_data_dir (), "models", "ner-en.model", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);
  g_autofree char *bytes = NULL;
  const PrecisNerModelHeader *h;
  const gint16 *table;
  gsize length;
  guint n_stages;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  h = (const PrecisNerModelHeader *) bytes;
  n_stages = h->n_stages;
  /* Version 3: one table, each id's row of every stage side by side. */
  g_assert_cmpuint (h->version, ==, 3);
  g_assert_cmpuint (n_stages, ==, precis_ner_model_n_stages (model));
  table = (const gint16 *) (bytes + sizeof *h + n_stages * sizeof (PrecisNerStageHeader));
  for (guint32 id = 0; id < ((guint32) 1 << h->hash_bits); id += 4099)
    for (guint s = 0; s < n_stages; s++)
      {
        gint32 sum[PRECIS_NER_N_TAGS] = { 0 };

        precis_ner_model_add_stage_rows (model, s, &id, 1, sum);
        for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
          g_assert_cmpint (sum[t], ==, table[(gsize) id * n_stages * PRECIS_NER_N_TAGS + s * PRECIS_NER_N_TAGS + t]);
      }
}

/* A model of random weights (a few large, most small, some zero) written
 * to a temporary file with `flags`; its path is returned. */
static char *
write_random_model (guint hash_bits, guint n_stages, guint32 flags, float **weights_out)
{
  gsize n = ((gsize) 1 << hash_bits) * PRECIS_NER_N_TAGS;
  float *weights = g_new (float, n * n_stages);
  float transition[PRECIS_NER_MAX_STAGES][(PRECIS_NER_N_TAGS + 1) * PRECIS_NER_N_TAGS] = { { 0 } };
  PrecisNerStageWeights stages[PRECIS_NER_MAX_STAGES];
  g_autoptr (GRand) rand = g_rand_new_with_seed (28);
  g_autoptr (GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("speed-model-XXXXXX.model", &path, &error);

  g_assert_no_error (error);
  close (fd);
  for (gsize i = 0; i < n * n_stages; i++)
    {
      double u = g_rand_double (rand);

      weights[i] = u < 0.1 ? 0.0f : (float) g_rand_double_range (rand, -1.0, 1.0) * (u > 0.98 ? 8.0f : 0.5f);
    }
  for (guint s = 0; s < n_stages; s++)
    stages[s] = (PrecisNerStageWeights) { weights + s * n, transition[s] };
  g_assert_true (precis_ner_model_write (path, hash_bits, stages, n_stages, NULL, flags, &error));
  g_assert_no_error (error);
  *weights_out = weights;
  return path;
}

/* An int8 model's rows summed by every path (AVX2 where the CPU has it,
 * and without) are the sums of its file's int8 bytes, and its emissions
 * are the float weights' sums within half a step a row. */
static void
check_int8_model (guint n_stages)
{
  const guint hash_bits = 10;
  g_autofree float *weights = NULL;
  g_autofree char *path = write_random_model (hash_bits, n_stages, PRECIS_NER_MODEL_INT8, &weights);
  g_autofree char *bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);
  g_autoptr (GRand) rand = g_rand_new_with_seed (2028);
  const PrecisNerModelHeader *h;
  const PrecisNerStageHeader *sh;
  const gint8 *table;
  gsize length, rows = (gsize) 1 << hash_bits;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  h = (const PrecisNerModelHeader *) bytes;
  sh = (const PrecisNerStageHeader *) (bytes + sizeof *h);
  /* One byte a weight. */
  g_assert_cmpuint (length, ==, sizeof *h + n_stages * sizeof *sh + rows * n_stages * PRECIS_NER_N_TAGS);
  g_assert_cmpuint (precis_ner_model_flags (model) & PRECIS_NER_MODEL_INT8, !=, 0);
  table = (const gint8 *) (sh + n_stages);
  for (guint round = 0; round < 200; round++)
    {
      guint32 ids[60];
      guint n_ids = g_rand_int_range (rand, 0, G_N_ELEMENTS (ids) + 1);
      gint32 expected[PRECIS_NER_MAX_STAGES * PRECIS_NER_N_TAGS] = { 0 };
      double exact[PRECIS_NER_MAX_STAGES * PRECIS_NER_N_TAGS] = { 0 };

      /* Ids as the tagger has them: hashes, masked by the model. */
      for (guint i = 0; i < n_ids; i++)
        {
          gsize row;

          ids[i] = g_rand_int (rand);
          row = ids[i] & (rows - 1);
          for (guint k = 0; k < n_stages * PRECIS_NER_N_TAGS; k++)
            {
              expected[k] += table[row * n_stages * PRECIS_NER_N_TAGS + k];
              exact[k] += weights[(k / PRECIS_NER_N_TAGS) * rows * PRECIS_NER_N_TAGS + row * PRECIS_NER_N_TAGS +
                                  k % PRECIS_NER_N_TAGS];
            }
        }
      for (guint avx2 = 0; avx2 < 2; avx2++)
        {
          gint32 sums[PRECIS_NER_MAX_STAGES * PRECIS_NER_N_TAGS + 8] = { 0 };

          precis_ner_simd_set_avx2 (avx2);
          precis_ner_model_add_rows (model, ids, n_ids, sums);
          for (guint k = 0; k < n_stages * PRECIS_NER_N_TAGS; k++)
            g_assert_cmpint (sums[k], ==, expected[k]);
          /* Nothing past the stages' sums is written. */
          for (guint k = n_stages * PRECIS_NER_N_TAGS; k < G_N_ELEMENTS (sums); k++)
            g_assert_cmpint (sums[k], ==, 0);
          for (guint s = 0; s < n_stages; s++)
            {
              gint32 one[PRECIS_NER_N_TAGS + 8] = { 0 };
              float emission[PRECIS_NER_N_TAGS];

              precis_ner_model_add_stage_rows (model, s, ids, n_ids, one);
              precis_ner_model_scale (model, s, one, emission);
              for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
                {
                  g_assert_cmpint (one[t], ==, expected[s * PRECIS_NER_N_TAGS + t]);
                  g_assert_cmpfloat (fabs (emission[t] - exact[s * PRECIS_NER_N_TAGS + t]), <=,
                                     n_ids * sh[s].scale * 0.5 + 1e-4);
                }
              for (guint t = PRECIS_NER_N_TAGS; t < G_N_ELEMENTS (one); t++)
                g_assert_cmpint (one[t], ==, 0);
            }
        }
    }
  precis_ner_simd_set_avx2 (TRUE);
  g_unlink (path);
}

static void
test_int8_two_stages (void)
{
  check_int8_model (2);
}

static void
test_int8_one_stage (void)
{
  check_int8_model (1);
}

/* The same weights written as int16 and as int8 (the int8 file the
 * smaller by a byte a weight) give emissions within half an int8 step. */
static void
test_int16_and_int8_agree (void)
{
  g_autofree float *w16 = NULL, *w8 = NULL;
  g_autofree char *p16 = write_random_model (10, 2, 0, &w16);
  g_autofree char *p8 = write_random_model (10, 2, PRECIS_NER_MODEL_INT8, &w8);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerModel) m16 = precis_ner_model_load (p16, &error);
  g_autoptr (PrecisNerModel) m8 = precis_ner_model_load (p8, &error);
  g_autofree char *b16 = NULL, *b8 = NULL;
  gsize l16, l8;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (p16, &b16, &l16, NULL));
  g_assert_true (g_file_get_contents (p8, &b8, &l8, NULL));
  g_assert_cmpuint (l16 - l8, ==, ((gsize) 1 << 10) * 2 * PRECIS_NER_N_TAGS);
  for (guint32 id = 0; id < 1024; id++)
    for (guint s = 0; s < 2; s++)
      {
        gint32 a[PRECIS_NER_N_TAGS + 8] = { 0 }, b[PRECIS_NER_N_TAGS + 8] = { 0 };
        float ea[PRECIS_NER_N_TAGS], eb[PRECIS_NER_N_TAGS];
        const PrecisNerStageHeader *s8 = (const PrecisNerStageHeader *) (b8 + sizeof (PrecisNerModelHeader));

        precis_ner_model_add_stage_rows (m16, s, &id, 1, a);
        precis_ner_model_add_stage_rows (m8, s, &id, 1, b);
        precis_ner_model_scale (m16, s, a, ea);
        precis_ner_model_scale (m8, s, b, eb);
        for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
          g_assert_cmpfloat (fabsf (ea[t] - eb[t]), <=, s8[s].scale * 0.5f + 1e-4f);
      }
  g_unlink (p16);
  g_unlink (p8);
}

/* The shipped model's rows summed without the prefetch walk (removed in
 * session 28: −140 K instructions an Analyze) are still the sums of its
 * file's int16 weights: both stages at once and one stage alone, on every
 * path, for lists of ids as long as a token's. */
static void
test_int16_sums_as_file (void)
{
  g_autofree char *path = g_build_filename (precis_data_dir (), "models", "ner-en.model", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);
  g_autoptr (GRand) rand = g_rand_new_with_seed (1128);
  g_autofree char *bytes = NULL;
  const PrecisNerModelHeader *h;
  const gint16 *table;
  gsize length, stride;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  h = (const PrecisNerModelHeader *) bytes;
  g_assert_cmpuint (h->n_stages, ==, 2);
  g_assert_cmpuint (h->flags & PRECIS_NER_MODEL_INT8, ==, 0);
  stride = 2 * PRECIS_NER_N_TAGS;
  table = (const gint16 *) (bytes + sizeof *h + 2 * sizeof (PrecisNerStageHeader));
  for (guint round = 0; round < 300; round++)
    {
      guint32 ids[PRECIS_NER_MAX_FEATURES];
      guint n_ids = g_rand_int_range (rand, 0, G_N_ELEMENTS (ids) + 1);
      gint32 expected[2 * PRECIS_NER_N_TAGS] = { 0 };

      for (guint i = 0; i < n_ids; i++)
        {
          ids[i] = g_rand_int (rand);
          for (guint k = 0; k < stride; k++)
            expected[k] += table[(gsize) (ids[i] & (((guint32) 1 << h->hash_bits) - 1)) * stride + k];
        }
      for (guint avx2 = 0; avx2 < 2; avx2++)
        {
          gint32 both[2 * PRECIS_NER_N_TAGS + 8] = { 0 }, second[PRECIS_NER_N_TAGS + 8] = { 0 };

          precis_ner_simd_set_avx2 (avx2);
          precis_ner_model_add_rows (model, ids, n_ids, both);
          precis_ner_model_add_stage_rows (model, 1, ids, n_ids, second);
          for (guint k = 0; k < stride; k++)
            g_assert_cmpint (both[k], ==, expected[k]);
          for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
            g_assert_cmpint (second[t], ==, expected[PRECIS_NER_N_TAGS + t]);
        }
    }
  precis_ner_simd_set_avx2 (TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/speed-model/model-huge-page-advice", test_model_huge_page_advice);
  g_test_add_func ("/speed-model/model-rows-as-file", test_model_rows_as_file);
  g_test_add_func ("/speed-model/int8-two-stages", test_int8_two_stages);
  g_test_add_func ("/speed-model/int8-one-stage", test_int8_one_stage);
  g_test_add_func ("/speed-model/int16-and-int8-agree", test_int16_and_int8_agree);
  g_test_add_func ("/speed-model/int16-sums-as-file", test_int16_sums_as_file);
  return g_test_run ();
}
