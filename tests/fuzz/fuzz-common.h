/* fuzz-common.h — what the fuzz targets share.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each target defines the libFuzzer entry points; built with clang and
 * -fsanitize=fuzzer they are fuzzers, built with replay.c (any compiler)
 * they replay seed and regression files in the normal test suite.
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Any GLib warning or critical aborts. */
void fuzz_init_logging (void);

/* PRECIS_DATA_DIR from the source tree unless set; the pipeline loaded. */
void fuzz_init_pipeline (void);

/* `data` as valid UTF-8 (D-Bus only delivers valid strings), NUL-terminated. */
char *fuzz_utf8 (const uint8_t *data, size_t size);

/* A fixed publication date, so that a crash replays the same way any day. */
GDateTime *fuzz_published (void);
