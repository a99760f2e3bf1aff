/* ner-indefinite-nouns.h — German: a word the document writes after an indefinite article is a noun.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* German: a name of one word the tagger read (a body, a place, a person)
 * that the same document also writes after an indefinite article ("ob
 * eine Kommission gebildet wird") is a noun, none of them ("der Bericht
 * der Kommission"). */
void precis_ner_untag_indefinite_nouns (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
