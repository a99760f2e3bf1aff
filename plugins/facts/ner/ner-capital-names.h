/* ner-capital-names.h — people's names German local news writes in capitals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German regional papers write the people of their local pages, and the
 * author's signature under a piece, in capitals: "ANTON NOLL aus Bad Orb
 * spendete …", "Für seine 40. Blutspende wurde WILHELM BECKER …", a last
 * line "RICHARD MENG".  The tagger, which learnt names from capitalized
 * words, leaves such a name out or reads it as a body; the words in
 * capitals opening with a given name are the person.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* Two or three words in capitals, of letters (or joined by a hyphen), and
 * no more in a row, the first a given name of `gazetteer` (or its first
 * part: "PAUL-JOACHIM"), in German text, are one person (`tags`, one a
 * token, ner-tags.h), whatever the tagger read but a place (a dateline's:
 * "MARIA LAACH."). */
void precis_ner_tag_capital_names (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags);

G_END_DECLS
