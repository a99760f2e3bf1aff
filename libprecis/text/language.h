/* language.h — which language a text is written in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The identification itself is CLD2's (Debian's libcld2), chosen over
 * libexttextcat by accuracy and speed on short news paragraphs
 * (EVALUATION.md, "Language identification").
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The language the text tells no language for. */
#define PRECIS_LANGUAGE_UNDETERMINED "und"

/* The language of `text` (`length` bytes of valid UTF-8): an ISO 639-1
 * code such as "de" (ISO 639-2/3 where a language has no two-letter code),
 * or "und" when the text is mixed, too short or in no language CLD2 knows.
 * `hint` (may be NULL) is the language the source declares, a page's
 * `lang` or og:locale: evidence that tips close calls and decides when the
 * text cannot, never an override of what the text says.  Returns a static
 * string.  Thread-safe. */
const char *precis_language_identify (const char *text, gsize length, const char *hint);

/* Whether `code` ("de", "pt-BR") names a language precis can tell. */
gboolean precis_language_is_known (const char *code);

/* Whether the tag `language` ("de", "de-AT"; NULL: no) is one of `codes`
 * (NULL-terminated, primary subtags: any region or script matches). */
gboolean precis_language_in (const char *language, const char *const *codes);

/* Whether `language` capitalizes every noun (German, Luxembourgish, Swiss
 * German): there a capital marks neither a name nor a sentence start. */
gboolean precis_language_capitalizes_nouns (const char *language);

G_END_DECLS
