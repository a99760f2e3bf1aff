/* speed-session28.c — session 28's cheaper paths give their old answers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "data-dir.h"
#include "ner-model.h"

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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/speed28/model-huge-page-advice", test_model_huge_page_advice);
  g_test_add_func ("/speed28/model-rows-as-file", test_model_rows_as_file);
  return g_test_run ();
}
