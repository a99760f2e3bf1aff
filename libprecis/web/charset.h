/* charset.h — the bytes of a web page to UTF-8.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The charset of an HTML page, the way browsers decide it: a byte-order
 * mark, else `declared` (the Content-Type charset, may be NULL), else a
 * <meta charset> or <meta http-equiv="Content-Type"> near the top, else
 * UTF-8 when the bytes are valid UTF-8, else windows-1252.  Returns a
 * canonical iconv name (free with g_free). */
char *precis_charset_detect (const char *data, gsize length, const char *declared);

/* `data` converted to valid UTF-8 (NUL-terminated; `out_length` may be
 * NULL).  Invalid sequences become U+FFFD; a charset iconv does not know
 * is read as UTF-8.  A byte-order mark is dropped.  Never fails. */
char *precis_charset_to_utf8 (const char *data, gsize length, const char *declared,
                              gsize *out_length);

G_END_DECLS
