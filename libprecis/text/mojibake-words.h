/* mojibake-words.h — repairing, word by word, the words a wrong
 * single-byte decoding broke: UTF-8 read as Windows-1252 or Latin-1
 * ("MÃ¼nchen" for "München") and Latin-1 read as Windows-1251 ("Mьnchen",
 * "StraЯe", "rйsumй").  Feeds and pages that declare the wrong charset
 * carry both, often next to words that came through right (a title set by
 * hand above a body pasted from elsewhere), which the whole-text repair of
 * mojibake.h, all or nothing, leaves alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The bytes are recovered and decoded again by iconv (g_convert): a word
 * is written back in the charset it was read as, and its bytes read as the
 * charset they were in.  A word is repaired only whole, and only when the
 * repair is text of one script:
 * - UTF-8 read as Windows-1252: the word's bytes hold at least one UTF-8
 *   sequence of two bytes or more; each such sequence is decoded, and no
 *   letter other than ASCII is left over (a lone "Ã" is no repair).
 * - Latin-1 read as Windows-1251: the word mixes ASCII letters with
 *   Cyrillic ones, at least one of which looks like no Latin letter
 *   ("pаypal" with a Cyrillic "а" is a spoof, not mojibake), and its bytes
 *   read as Windows-1252 are all Latin.  Cyrillic text is never touched: a
 *   text is repaired only when such words outnumber its Cyrillic words of
 *   two letters or more (a Russian word with a stray Latin letter, in
 *   Russian text, stays as it is).
 */
#pragma once

#include "mojibake.h"

G_BEGIN_DECLS

/* Repairs the broken words of `text` (valid UTF-8, `length` bytes) into
 * `repair` and returns TRUE, or returns FALSE and leaves `repair` zeroed
 * when no word is to be repaired. */
gboolean precis_mojibake_repair_words (const char *text, gsize length, PrecisMojibakeRepair *repair);

G_END_DECLS
