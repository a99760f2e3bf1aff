/* ner-media.h — a paper, a programme or a broadcaster named before the noun of its kind.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "told the Herald newspaper", "a Newsnight journalist", "the Radio 4
 * programme": English news names its media before a noun that says what
 * they are, and the tagger, which has seen few of Britain's papers and
 * programmes, reads no name there, a title (MISC, no fact: "Herald",
 * "Newsnight") or a part of one ("Radio").  CoNLL-2003 types each such
 * name an organization ("the Kathmandu Post newspaper", "Vogue magazine",
 * "Britain's Sun newspaper", "A Reuters reporter") but a people's
 * adjective ("an Algerian newspaper", MISC) and a place ("the Maputo
 * daily", "Boston television"), which the gazetteer knows.  Before a
 * noun for a work ("programme", "show") the name may be the work's own
 * title ("BBC One's Countryfile programme"), so there only a part of an
 * organization the tagger read is taken to the noun.  What a speaker
 * "told the" is one too ("told the News of the World"; CoNLL's "told the
 * Sun", "told the High Court").
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) as an organization each run of
 * capitalized words of English `doc`, after an article or a possessive
 * and right before a noun for a paper, a channel or the people who write
 * or present them, that the tagger did not read as a whole organization,
 * a person or a place, and that is no place, people or day the gazetteer
 * or the calendar knows; and so each such name after "told the". */
void precis_ner_tag_media (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                           PrecisNerLowerWords *lower_words, guint8 *tags);

G_END_DECLS
