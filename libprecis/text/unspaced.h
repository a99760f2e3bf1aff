/* unspaced.h — words of scripts written without spaces between them
 * (Chinese, Japanese, Thai, Lao, Khmer, Myanmar), found by ICU's
 * dictionary-based word break iterator.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether letter `c` is of a script that puts no spaces between words. */
gboolean precis_unichar_is_unspaced (gunichar c);

/* The byte end of the run of such letters (and the marks, prolonged sound
 * marks and other letters common to scripts among them) that starts at
 * text[start], no further than `end`. */
guint32 precis_unspaced_run_end (const char *text, guint32 start, guint32 end);

/* Appends to `ends` (guint32) the byte end of each word of the run
 * text[start, end), the last one being `end`.  Thread-safe. */
void precis_unspaced_words (const char *text, guint32 start, guint32 end, GArray *ends);

G_END_DECLS
