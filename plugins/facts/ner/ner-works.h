/* ner-works.h — words before a name that say it is the title of a work (ner-works.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-gazetteer.h"
#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether the word before mention `m` says that it is the title of a film,
 * a programme, a book or a record ("abortion drama Vera Drake", "cult TV
 * show Twin Peaks"): a work, not a person, an organization or a place. */
gboolean precis_ner_is_work_context (const PrecisDocument *doc, const PrecisNerMention *m);

/* "faces competition from Daniel Craig (Enduring Love), Phil Davis (Vera
 * Drake)": in an English article about the nominees of film, television
 * or music prizes, a name that is all a bracket holds right after a
 * person's full name is that person's work, though named like a person
 * ("Vera Drake") or a place.  Not in a sports report, where such a
 * bracket names the player's club ("Frank Lampard (Chelsea)"): the
 * caller's to check. */
gboolean precis_ner_is_bracketed_work (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether mention `m` of English `doc`, an article about film or
 * television, is what an actor acted in, by the words just before it
 * ("her role in Vera Drake", "his performance in Closer", "starred in
 * Hotel Rwanda"): a work, but a place the caller knows ("performances in
 * Minneapolis") or a name before its possessive ("Mike Nichols' Closer"). */
gboolean precis_ner_follows_acting (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m` is what a prize went to, in English: right after a "for"
 * that follows a prize within a few words ("won an Oscar earlier this
 * year for Spirited Away", "the best screenplay award for Les
 * Choristes", "Best Actress for Million Dollar Baby"): a work.  The
 * caller keeps people ("a Bafta nomination for Imelda Staunton"). */
gboolean precis_ner_is_awarded_work (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether English `doc` writes of films, shows or records: one of their
 * nouns in lower case ("film", "album", "actress", "opera"). */
gboolean precis_ner_writes_of_works (const PrecisDocument *doc);

/* Whether the words after `m` make it a product's name: a version
 * ("Halo 2 won") or a product's noun ("the best Xbox game"). */
gboolean precis_ner_is_product_context (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `m` of English `doc` is a part of a title and its subtitle
 * that a colon joins inside a sentence of prose ("Prince of Persia:
 * Warrior Within", "Call of Duty: Finest Hour"): a work.  Never a
 * caption's head ("Injured: Chris Copeland"), a list's ("Man Utd:
 * Carroll, Gary Neville") or a name the lists know before the colon. */
gboolean precis_ner_is_colon_title (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m);

/* Whether the words around `m` of English `doc` say it is a product, as
 * a maker says so ("Microsoft's Windows operating system", "Nintendo's DS
 * handheld") or as software is spoken of ("the Windows operating
 * system", "machines running Windows 2000", "pirated versions of
 * Windows"). */
gboolean precis_ner_names_software (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
