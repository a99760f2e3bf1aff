/* mojibake-cyrillic.h — repairing Western text that was read as Windows-1251:
 * "Mьnchen" for "München", "Kцln" for "Köln", "StraЯe" for "Straße",
 * "rйsumй" for "résumé".  Latin-1 and Windows-1252 put their accented
 * letters at 0xC0..0xFF, where Windows-1251 has the Cyrillic alphabet,
 * so a Latin-1 text opened as Cyrillic keeps its ASCII letters and turns
 * each accented one into a Cyrillic letter inside a Latin word.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The repair is word by word and keeps every offset: the Cyrillic letters
 * U+0410..U+044F and Latin-1's letters U+00C0..U+00FF are two UTF-8 bytes
 * each.  A word is broken when it mixes ASCII letters with such Cyrillic
 * ones, at least one of which looks like no Latin letter (a Cyrillic "а"
 * or "о" inside a Latin word is a look-alike, not mojibake).  A text is
 * repaired only when its broken words outnumber its Cyrillic words of two
 * letters or more: Russian text, and a Russian name quoted in a Western
 * text, stay as they are.  Its broken words are repaired, and its letters
 * standing alone ("à" read as "а").
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Repairs `text` (valid UTF-8, `length` bytes) in place; returns the
 * number of words repaired. */
guint precis_mojibake_repair_cyrillic (char *text, gsize length);

G_END_DECLS
