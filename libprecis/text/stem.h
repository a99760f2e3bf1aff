/* stem.h — Snowball stems, one stemmer per thread and language.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An sb_stemmer keeps its work buffer inside, so it cannot be shared
 * between threads; each thread lazily creates its own.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The stem of `lower` (case-folded, `length` bytes), in a per-thread buffer
 * valid until the next call on this thread; `lower` itself when the
 * language has no stemmer. */
const char *precis_stem (const char *language, const char *lower, gsize length,
                         gsize *stem_length);

G_END_DECLS
