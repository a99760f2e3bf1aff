/* ner-papers.h — English newspapers named by their title word where the news quotes them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "according to the Times", "a close friend told the Mirror", "the Post
 * reported", "former Daily Mirror reporter": a paper's title is a common
 * noun made a name (Times, Mirror, Telegraph, Herald, Post, ...), and the
 * tagger, whose 1996 news names few British papers, reads it as a place
 * ("says the Times."), a person ("Daily Mirror") or a title (MISC), and
 * the doubt rule drops what it read unsure.  The words around it say it
 * is a paper: an article before it and a verb of reporting, a writer or
 * a noun of the press after it, or before it a verb of telling or
 * writing and its preposition.  CoNLL-2003 train and dev (gold): such a
 * title word ending a name after "the" is an organization 9 times of 9
 * ("the Jakarta Post reported", "told the Miami Herald").
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"
#include "ner-doc.h"

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) as an organization each name of
 * English `doc` that ends in a paper's title word and that the words
 * around it say is quoted as a paper, whatever the tagger read there
 * (nothing, a place, a person, a title), unless the gazetteer knows the
 * whole name as a place. */
void precis_ner_tag_papers (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                            PrecisNerLowerWords *lower_words, guint8 *tags);

/* Whether tokens [`first`, `end`) of English `doc`, with or without
 * their article ("The Sunday Telegraph"), end in a paper's title word
 * and are quoted as a paper. */
gboolean precis_ner_is_paper (const PrecisDocument *doc, guint32 first, guint32 end);

/* Whether mention `m` of English `doc` ends in a paper's title word and
 * is quoted as a paper: the article need not say more of it, though the
 * tagger was unsure (ner-doubt.c), and its other mentions are the paper
 * too. */
gboolean precis_ner_names_paper (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
