/* input.h — the article a subcommand sends: a file, stdin or a URL.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* precisd decides how much text it takes (max-text-bytes in precisd.conf,
 * org.precis.Error.TooLarge past it); the CLI only keeps a stray huge file
 * off the bus, well under the session bus's message size limit. */
#define PRECIS_INPUT_MAX_BYTES (64u * 1024u * 1024u)

/* Whether `arg` names a web page (http:// or https://) rather than a file. */
gboolean precis_input_is_url (const char *arg);

/* Check that `data` is text precisd can take: valid UTF-8 without NUL
 * bytes (the error gives the byte offset and line of the first bad byte)
 * and at most `max_bytes` long.  `name` names the input in messages. */
gboolean precis_input_check (const char *data, gsize length, const char *name, gsize max_bytes,
                             GError **error);

/* Read and check the text of `path` (NULL or "-": standard input). */
char *precis_input_read (const char *path, gsize max_bytes, GError **error);

G_END_DECLS
