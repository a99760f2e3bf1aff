/* ner-caption-labels.h — English: a caption's label is no part of the
 * name that ended the caption before it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Tabloid pages pasted as text (the Daily Mail's, CNN/DailyMail) run a
 * caption, which ends with no full stop, into the label of the next one:
 * "... presidential candidate Hillary Clinton Obsessed with her style:
 * Julia, pictured ...", "... outside 1OAK in Chelsea Bloody scene: After
 * Copeland ...", "... mother-of-two, Malenda Meacham Dressed to impress:
 * Over the years ...".  The tagger reads the label's capitalized first
 * word as the name's last, and the fact is named so ("Hillary Clinton
 * Obsessed", "Chelsea Bloody", "Supreme Court Parking").
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* In an English `doc`, ends a name before a word of it that opens a
 * caption's label: a capitalized word that wbritish writes only in lower
 * case ("Obsessed", "Bloody"; not "Brown"), then one to three lower-case
 * words, none a verb of speech ("Sky News reported:"), a colon and a
 * capitalized word; not inside a name a lexicon knows whole.  Also the
 * first word of a run-on caption's clause with no colon ("Syria Asked why
 * he was ...", "Atletico Losing their striker"): a verb's -ing or -ed
 * form, or a counting noun before "of", ending a name whose other words
 * name something of their own (ner-caption-labels.c, clause_after_name). */
void precis_ner_untag_caption_labels (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                      guint8 *tags);

G_END_DECLS
