/* malloc-tune.h — glibc's malloc, tuned for analyses call after call.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Keeping memory warm: an analysis allocates and frees the same few
 * hundred kilobytes call after call.  With glibc's defaults they went back
 * to the kernel after each call (the heap's free top trimmed in a worker;
 * blocks over the mmap threshold mapped and unmapped in precisd's
 * threads), and the next call took them back a page at a time: 65 page
 * faults an Analyze of the seed article in a worker, 35 in precisd without
 * workers, each about 1.5 µs of CPU on the development VM (BENCHMARKS.md
 * section 17).  Fixed thresholds keep up to 4 MiB of free heap top per
 * arena and serve blocks under 2 MiB from the heap; after warm-up a call
 * faults no page. Setting either also stops glibc from moving them by
 * itself.
 */
#pragma once

#ifdef __GLIBC__
#include <malloc.h>
#endif

/* mallopt() and these parameters are glibc's: another C library keeps its
 * own policy. */

/* glibc gives each thread its own malloc arena; their fragmentation kept
 * precisd's RSS growing for ~50,000 calls in the soak (+5.4 MB after
 * warm-up, against +1.8 MB with two arenas, at the same throughput).  Two
 * arenas still spare the main thread and a worker thread from contending
 * on one lock. */
static inline void
precis_malloc_limit_arenas (void)
{
#ifdef __GLIBC__
  mallopt (M_ARENA_MAX, 2);
#endif
}

static inline void
precis_malloc_keep_warm (void)
{
#ifdef __GLIBC__
  mallopt (M_TRIM_THRESHOLD, 4 << 20);
  mallopt (M_MMAP_THRESHOLD, 2 << 20);
#endif
}
