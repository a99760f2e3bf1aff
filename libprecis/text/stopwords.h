/* stopwords.h — per-language stop word sets, loaded once, read-only after.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PrecisStopwords PrecisStopwords;

/* Loads every `<lang>.txt` of `dir` (one lower-case word a line, '#'
 * comments).  Call before any lookup; later calls add or replace lists
 * and must not race with lookups. */
gboolean precis_stopwords_load_dir (const char *dir, GError **error);

/* NULL when no list was loaded for `language`. */
const PrecisStopwords *precis_stopwords_get (const char *language);

/* `lower` is NUL-terminated, case-folded. */
gboolean precis_stopwords_contains (const PrecisStopwords *stopwords, const char *lower);

G_END_DECLS
