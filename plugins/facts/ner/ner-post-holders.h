/* ner-post-holders.h — the body a sentence opens with, before a post and its holder.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) as an organization the
 * capitalized words that open a sentence of English `doc` right before a
 * post ("boss", "chairman", "striker") and the person the tagger read
 * after it ("Arsenal boss Arsene Wenger"), where the tagger read no name
 * in them: the words the language or the document writes in lower case
 * that open them are left out ("Former Worldcom boss Bernie Ebbers"), and
 * a nation or a people the gazetteer knows is no body of the post. */
void precis_ner_tag_post_holders (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                  PrecisNerLowerWords *lower_words, guint8 *tags);

G_END_DECLS
