/* bench-common.h — what every benchmark prints and measures the same way.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The machine and the date, as the header of every table. */
void bench_print_machine (const char *command_line);

/* Articles of a .jsonl ("article" member) or one plain-text file.
 * NULL path: $PRECIS_SHARED_DATA/summ/bbc/dev.jsonl, else the seed article. */
GPtrArray *bench_load_articles (const char *path, char **used_path);

/* CPU time of the calling thread, and monotonic wall time, in µs. */
gint64 bench_thread_cpu_us (void);
gint64 bench_wall_us (void);

/* The q-quantile (0..1) of `values`, which it sorts. */
double bench_quantile (double *values, guint n, double q);

/* VmRSS of a process in KiB (from /proc/PID/status), or -1. */
gint64 bench_rss_kib (int pid);

/* User + system CPU time of a process so far, in ms (from /proc/PID/stat), or -1. */
double bench_process_cpu_ms (int pid);

G_END_DECLS
