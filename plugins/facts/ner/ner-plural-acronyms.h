/* ner-plural-acronyms.h — an acronym the article also writes in the plural names a kind of thing.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "games for the PC", "a CD", "Sony's PSP": the capitals of a common
 * noun's short form (PC, DVD, CD, PSP, DJ) look like a body's (BBC, IBM),
 * and the tagger reads them as organizations: on the 871 BBC and CNN/DM
 * dev articles read (session 24), "PC" alone was an organization's fact
 * in 21 articles, "DVD" in 10, "CD" in 6, "PSP" in 6.  A kind of thing is
 * counted ("PCs", "DVDs", "CDs", "PSPs"), a body or a place is not: in
 * those articles, each acronym fact whose article also writes it with a
 * plural "s" was such a noun (17 of 17; no BBC, US, EU or IBM is written
 * so), and so was each such plural read as a name ("GCSEs", "PDAs",
 * "LEDs", "PVRs": 7 of 7).
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* Removes from `mentions` (PrecisNerMention, in order) of English `doc`
 * each mention that is one word in capitals ("PC", "MP3") that `doc` also
 * writes with a plural "s" ("PCs"), or such a plural itself, or the short
 * form of a common noun ("SMS", "USB", "IPO"), unless the
 * gazetteer knows the word as a place or a well-known entity, or a
 * capitalized word follows it ("PC Pro", a magazine's name the tagger
 * cut). */
void precis_ner_drop_plural_acronyms (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                      GArray *mentions);

G_END_DECLS
