/* ner-clubs.h — the parts of a sports club's name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German sport calls a club by one word of its name once it has named it
 * in full: "die Bayern" after "FC Bayern München", "Schalke" after "FC
 * Schalke 04", "die Eintracht" after "Eintracht Frankfurt".  The tagger
 * leaves that word untagged as often as not.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

/* Whether token `i` is a town or a city of the gazetteer ("München", and
 * "Mnchen" for a model that reads words without their umlauts). */
gboolean precis_ner_is_town_word (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, guint32 i);

/* A club's number: "Schalke 04", "Mainz 05". */
gboolean precis_ner_is_club_number (const PrecisDocument *doc, guint32 i);

/* The one word of the club's name `first`..`end` (tokens of `doc`) that
 * names it alone ("Bayern" of "FC Bayern München"), or G_MAXUINT32: the
 * name must be a club's (a club's kind, "FC", or its number, or a town
 * ending it), and its short name a capitalized word that is none of
 * these, no town's adjective ("Stuttgarter": no word ending in "-er")
 * and no word the language writes in lower case. */
guint32 precis_ner_club_short_name (const PrecisDocument *doc, const PrecisNerGazetteer *gaz,
                                    const PrecisNerLowerWords *lower_words, guint32 first, guint32 end);

/* "Germania Okriftel", "Rot-Weiß Hagen", "Roter Stern Hofheim": in German
 * text, a club's word (ner-clubs.c) and the town after it are one club,
 * an organization, whatever the tagger read (a woman, a town). */
void precis_ner_tag_club_words (const PrecisDocument *doc, const PrecisNerGazetteer *gaz,
                                PrecisNerLowerWords *lower_words, guint8 *tags);

G_END_DECLS
