/* ner-simd.h — whether the tagger's sums and decoder use AVX2.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The tagger's inner loops (weight rows summed, the Viterbi forward pass
 * and the margins' backward walk) work on the nine tags in vectors.  SSE2
 * holds four lanes, so nine tags take three vectors; AVX2 holds eight, so
 * two.  Both paths do the same integer sums, the same float additions and
 * take the maxima of the same candidates, so their results are the same
 * bits (tests/speed-simd.c); the AVX2 one is chosen where the CPU has it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE where the CPU runs AVX2 and the environment's PRECIS_NER_SIMD is not
 * "sse2" (a way to compare both paths in one build); decided once. */
gboolean precis_ner_simd_avx2 (void);

/* For tests: run the AVX2 paths (where the CPU has them) or not. */
void precis_ner_simd_set_avx2 (gboolean on);

G_END_DECLS
