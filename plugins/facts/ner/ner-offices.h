/* ner-offices.h — a capitalized job title is no person's name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "The firm's Managing Director, Peter Smith", "Dr Jones, Consultant
 * Clinical Oncologist at St James's": English news capitalizes an office
 * written out in full, and the tagger, seeing capitalized words where a
 * name stands, reads the title alone as a person.  CoNLL-2003 types no
 * such title (O), and a reader sees an office, not someone.
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Whether tokens [`first`, `end`) of English `doc` are all capitalized
 * words of an office ("Managing Director", "Chairman", "Consultant
 * Clinical Oncologist"), the last a noun of office.  Words that are
 * surnames as well ("Major", "King", "Judge", "Nurse", "Constable",
 * "Chancellor") are not offices here: "Major said" is John Major. */
gboolean precis_ner_is_office_title (const PrecisDocument *doc, guint32 first, guint32 end);
/* Where the body's name starts in a name that opens with an office and
 * "of"/"at" ("CEO of Omni Consumer Products": at "Omni"); `first` when
 * the name opens with no office so; `end` when it is all an office
 * ("Secretary of Health"). */
guint32 precis_ner_office_holder_start (const PrecisDocument *doc, guint32 first, guint32 end);

/* Where the minister's portfolio starts in tokens [`first`, `end`) of
 * English `doc`, before the capitalized noun of the office at `end`:
 * "Shadow Health" of "Shadow Health Secretary Andy Burnham", read as a
 * body, all of it; "Justice" of "Scottish National Party Justice
 * Secretary".  `end` when there is none.  CoNLL train and dev: of 152
 * capitalized words before a capitalized "Secretary", "Minister" or
 * "Commissioner", 146 are no name (4 bodies, "Justice Minister" among
 * them, and 2 other names). */
guint32 precis_ner_portfolio_start (const PrecisDocument *doc, guint32 first, guint32 end);

G_END_DECLS
