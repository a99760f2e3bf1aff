/* mojibake.h — repairing UTF-8 text that was read as Windows-1252 (or
 * Latin-1) and encoded as UTF-8 again: "JosÃ©" for "José", "MÃ¼nchen"
 * for "München", "â€œ" for "“".  The CoNLL-2002 news files and many
 * scraped feeds carry it; the tokenizer cuts names at "Ã©" otherwise.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The repair is all or nothing: the whole text must decode cleanly (every
 * character not ASCII stands for one byte in Windows-1252 or Latin-1, and
 * those bytes are UTF-8 whose characters are neither controls nor
 * unassigned), and the repair must lower the number of such sequences.
 * Correct text in any language fails the first test at its first accented
 * letter ("é" alone is not a UTF-8 byte sequence), so it is never touched.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *text;            /* repaired, NUL-terminated */
  gsize length;          /* bytes */
  /* For each code point of `text` and one past its end: where it starts in
   * the input, in code points and in bytes. */
  guint32 *input_chars;
  guint32 *input_bytes;
  guint32 n_chars;       /* code points of `text` */
} PrecisMojibakeRepair;

/* Repairs `text` (valid UTF-8, `length` bytes) into `repair` and returns
 * TRUE, or returns FALSE and leaves `repair` zeroed when the text is to be
 * left as it is.  Text encoded twice over is repaired in as many passes
 * (at most three). */
gboolean precis_mojibake_repair (const char *text, gsize length, PrecisMojibakeRepair *repair);

/* Makes `repair` the repair of its input by itself then by `next` (a
 * repair of `repair->text`), whose maps now lead back to that input;
 * `next` is left zeroed. */
void precis_mojibake_repair_chain (PrecisMojibakeRepair *repair, PrecisMojibakeRepair *next);

void precis_mojibake_repair_clear (PrecisMojibakeRepair *repair);

/* Fills `repair` from a repair's text and its maps (guint32 arrays, one
 * entry per code point of `text` and one past its end), taking all three. */
void precis_mojibake_repair_take (PrecisMojibakeRepair *repair, GString *text, GArray *chars, GArray *bytes);

/* Whether text can be made of `c`: not a control (C2 80..9F read as
 * UTF-8 are the C1 controls), not unassigned, not private, no surrogate.
 * A repair that yields another is no repair. */
gboolean precis_mojibake_is_plausible (gunichar c);

G_END_DECLS
