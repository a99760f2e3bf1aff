/* ner-titles.h — the words that title or describe a person before the
 * name: offices, ranks, trades, honorifics and a nation's people ("President",
 * "striker", "Mr", "Briton"), which are no part of the name and tell that
 * it is a person's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* TRUE for a word that titles a person rather than names them. */
gboolean precis_ner_is_title_word (const char *lower);

/* Whether a person's role comes just before `m`, in lower case ("striker
 * Ronaldo", "star Morrissey") or an honorific ("Mr Cordes"), whatever the
 * tagger read `m` as. */
gboolean precis_ner_after_person_role (const PrecisDocument *doc, const PrecisNerMention *m);

/* The same, for a mention read as a person. */
gboolean precis_ner_follows_person_role (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether the name of tokens [first, end), read as `type`, is a person's
 * for the title before it (a CoNLL-style reading keeps titles out of names):
 * "Mr Hardy", "CEO Travis Kalanick", "Briton Karl Keska". */
gboolean precis_ner_title_makes_person (const PrecisDocument *doc, guint32 first, guint32 end,
                                        PrecisNerType type, gboolean street_or_square);

/* Whether token `i` is an English-only person's title ("DJ"), a nation's
 * people ("Briton") or a former office ("ex-Labour"), in English text. */
gboolean precis_ner_is_english_person_title (const PrecisDocument *doc, guint32 i);

G_END_DECLS
