/* ner-openers.h — an ordinary word opening a sentence is no part of the
 * name after it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "Iconic Arsenal striker Ian Wright will hand over the trophy",
 * "Laughing Eugenie was seen in Manhattan": English capitalizes the first
 * word of a sentence, and the tagger, seeing two capitalized words,
 * reads an adjective or a participle and the name after it as one name,
 * of whatever kind the pair suggests ("Iconic Arsenal", a person).  The
 * document itself tells them apart: the name stands alone elsewhere in
 * it, the pair never does.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* In English `doc`, cuts from each mention of `mentions` (PrecisNerMention)
 * that opens its sentence a first word that is an ordinary word (written
 * in lower case by the document, or an adjective's or participle's
 * ending: "Struggling", "Iconic", "Famous"; no given name, no known
 * name), when the rest of the mention is a name of its own: another
 * mention of the document has its words and does not open a sentence,
 * or the gazetteer knows it.  The cut mention takes that name's type.  A
 * pair the document writes again inside a sentence is a name of its own
 * ("Sporting Lisbon") and keeps its first word.  A capitalized quantifier
 * ("Another Twitter", "Many Labour") goes after anything but a word in
 * lower case ("winner Many Clouds"), keeping the tagger's type when nothing
 * else tells it. */
void precis_ner_cut_sentence_openers (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                      PrecisNerLowerWords *lower_words, GArray *mentions);

/* Whether token `i` of `doc` is a capitalized quantifier ("Another",
 * "Many", "Several"), which opens a sentence and never a name. */
gboolean precis_ner_is_quantifier (const PrecisDocument *doc, guint32 i);

/* Per token of `doc` (NULL when there is none, or the text is not
 * English): 1 for an ordinary word by precis_ner_cut_sentence_openers'
 * test (every ending) that opens its sentence, or follows a number as a
 * caption pasted after a sentence does, before a name the lexicons know
 * as no person's ("Iconic Arsenal striker").  The tagger leaves a
 * first-pass person's name such a word opens out of the document's
 * history (PrecisNerWorkspace.ordinary_openers). */
guint8 *precis_ner_ordinary_openers (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                     PrecisNerLowerWords *lower_words);

G_END_DECLS
