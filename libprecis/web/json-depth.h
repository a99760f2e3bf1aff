/* json-depth.h — how deep JSON nests, before json-glib is let near it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * json-glib parses recursively with no depth limit: 100,000 '[' overflow
 * the stack.  Feed state files and JSON-LD in web pages are read by
 * precisd, so anything it parses is scanned first.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deep enough for any document precis reads or writes. */
#define PRECIS_JSON_MAX_DEPTH 64

/* TRUE if no array or object in `text` (`length` bytes, -1: NUL-terminated)
 * nests deeper than `max_depth`; brackets inside strings do not count.
 * Linear, no allocation; the JSON need not be valid. */
gboolean precis_json_depth_within (const char *text, gssize length, guint max_depth);

G_END_DECLS
