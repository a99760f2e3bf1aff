/* elision.h — the elided words of French, Italian and Catalan ("l'",
 * "d'", "dell'", "qu'"), which are words of their own before the
 * apostrophe, as the CoNLL-style NER data and stop word lists have them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether `word` (`length` bytes, any case), followed by an apostrophe and
 * a letter, is an elided word of `language` that ends at the apostrophe. */
gboolean precis_elision_ends_word (const char *language, const char *word, gsize length);

G_END_DECLS
