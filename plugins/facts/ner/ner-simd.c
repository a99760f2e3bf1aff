/* ner-simd.c — whether the tagger's sums and decoder use AVX2.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-simd.h"

/* 0 until decided, then 1 (SSE2 or scalar) or 2 (AVX2). */
static gint level;

static gboolean
cpu_has_avx2 (void)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  __builtin_cpu_init ();
  return __builtin_cpu_supports ("avx2") != 0;
#else
  return FALSE;
#endif
}

gboolean
precis_ner_simd_avx2 (void)
{
  gint now = g_atomic_int_get (&level);

  if (G_UNLIKELY (now == 0))
    {
      const char *wanted = g_getenv ("PRECIS_NER_SIMD");

      now = cpu_has_avx2 () && g_strcmp0 (wanted, "sse2") != 0 ? 2 : 1;
      g_atomic_int_set (&level, now);
    }
  return now == 2;
}

void
precis_ner_simd_set_avx2 (gboolean on)
{
  g_atomic_int_set (&level, on && cpu_has_avx2 () ? 2 : 1);
}
