/* replay.c — a fuzz target's main without libFuzzer: run it once on each
 * file of the directories (or files) given, as a test.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * This is how the seed corpora and every crash ever found
 * (tests/fuzz/regressions/TARGET/) run in the normal suite with any
 * compiler, under the sanitizers in CI's second build.
 */
#include <stdio.h>

#include "fuzz-common.h"

static guint
replay_path (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint i = 0; i < names->len; i++)
        n += replay_path (names->pdata[i]);
      return n;
    }
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  printf ("# %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  fflush (stdout);
  /* A copy of exactly `length` bytes, so that ASan sees any over-read. */
  {
    g_autofree uint8_t *copy = g_memdup2 (contents, length ? length : 1);

    LLVMFuzzerTestOneInput (copy, length);
  }
  return 1;
}

int
main (int argc, char **argv)
{
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    n += replay_path (argv[i]);
  /* A target that replays nothing tests nothing. */
  if (n == 0)
    {
      printf ("1..1\nnot ok 1 - no input files\n");
      return 1;
    }
  printf ("1..1\nok 1 - %u inputs replayed\n", n);
  return 0;
}
