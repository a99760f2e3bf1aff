/* malloc-tune.h — glibc keeps an analysis' memory between calls.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An analysis allocates and frees the same few hundred kilobytes call
 * after call.  With glibc's defaults they went back to the kernel after
 * each call (the heap's free top trimmed in a worker; blocks over the
 * mmap threshold mapped and unmapped in precisd's threads), and the next
 * call took them back a page at a time: 65 page faults an Analyze of the
 * seed article in a worker, 35 in precisd without workers, each about
 * 1.5 µs of CPU on the development VM (BENCHMARKS.md section 17).  Fixed
 * thresholds keep up to 4 MiB of free heap top per arena and serve
 * blocks under 2 MiB from the heap; after warm-up a call faults no page.
 * Setting either also stops glibc from moving them by itself.
 */
#pragma once

#include <malloc.h>

static inline void
precis_malloc_keep_warm (void)
{
  mallopt (M_TRIM_THRESHOLD, 4 << 20);
  mallopt (M_MMAP_THRESHOLD, 2 << 20);
}
