/* ner-institutions.h — "the Tories", "Parliament", "the Commons", "the G8": bodies named by a word of their own.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-doc.h"

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) as an organization each word of
 * English `doc` that names a British party or a house of Parliament by
 * itself, or a group of nations ("Tories", "Tory", "Labour",
 * "Conservative", "Parliament", "the Commons", "the Lords", "the Cabinet",
 * "G8"), written
 * so, where the tagger read no name or a name of that word alone (a
 * MISC, a person), or that word and the members after it ("Tory MPs");
 * not a word inside a longer name ("European Parliament", "Labour Day",
 * "Parliament Square", "New Labour"), and not a common word opening a
 * sentence ("Labour costs rose"). */
void precis_ner_tag_english_institutions (const PrecisDocument *doc, guint8 *tags);

/* Whether mention `m` of English `doc`, an organization, is one such word
 * alone, written where it names the body ("Labour", "the Cabinet"): the
 * article need not say more of it, though the tagger was unsure
 * (ner-doubt.c). */
gboolean precis_ner_names_institution (const PrecisDocument *doc, const PrecisNerMention *m);

/* The key (ner-entities.c's fold) that the case-folded name `key` of a
 * British party shares with the party's other names ("tories", "tory",
 * "conservatives", "tory party" → "conservative party"; "lib dems" →
 * "liberal democrats"), or NULL. */
const char *precis_ner_party_key (const char *key);

/* The name of the fact of the party whose key (precis_ner_party_key) is
 * `key` ("Conservative Party" for "the Tories"), or NULL. */
const char *precis_ner_party_name (const char *key);

G_END_DECLS
