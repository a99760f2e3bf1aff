/* structure.h — lines and blocks: where paragraphs begin and end.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Pasted articles put a title, a lede, advertisement prompts and headings
 * each on a line of its own, with or without blank lines between them, so
 * every line is a block of its own unless it merely continues a
 * hard-wrapped sentence.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint32 byte_start, byte_end;   /* white space trimmed */
  guint32 char_start, char_end;
  guint32 first_line, n_lines;    /* line numbers in the text, from 0, blank ones included */
} PrecisBlock;

/* The blocks of text[0, length).  `one_per_line`: every non-blank line is
 * a block (the text came from HTML, one paragraph a line).  `language`
 * (NULL: English's habits) is the text's: a line ending in a word that
 * cannot end a sentence was wrapped, and which words those are depends
 * on it. */
PrecisBlock *precis_structure_blocks (const char *text, guint32 length, gboolean one_per_line,
                                      const char *language, guint32 *n_blocks);

G_END_DECLS
