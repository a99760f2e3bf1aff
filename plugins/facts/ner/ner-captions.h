/* ner-captions.h — a caption pasted into the text runs two names together.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Pages paste their pictures' captions into the article without a full
 * stop: "... their Premier League defeat at Crystal Palace Manchester City
 * captain Vincent Kompany looks dejected", "... their time at White Hart
 * Lane Sherwood (right) sits on the bench".  The tagger, seeing capitals
 * run on, reads the last name of one sentence and the first of the next
 * as one name ("Crystal Palace Manchester City", "Lane Sherwood").  The
 * document tells them apart: each part is named on its own elsewhere, the
 * run never is.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* In English `doc`, splits the mentions of `mentions` (PrecisNerMention)
 * that are two names run together:
 * - before a picture's cue ("(right)", "(above)", "(pictured)"), a
 *   mention that ends with a person the document names elsewhere (whole,
 *   or by the surname of another's full name whose given name differs)
 *   keeps that person; the words before stay a name only when the
 *   document or the gazetteer names them so;
 * - anywhere, a mention whose two parts are each, word for word, a
 *   person or an organization the document names elsewhere (a person of
 *   two words at least, or after such a person the surname of another
 *   one's full name) is two mentions;
 * - anywhere, a name the document names alone (no given name), then the
 *   surname of a person it names in full ("Malaga Benzema" beside "Karim
 *   Benzema"), or a person of one word, then a given name and more ("Isco
 *   Gareth Bale"), is two mentions;
 * - anywhere, a place the gazetteer knows, then a country ("Podgorica
 *   Russia") or a person's name of two words ("Sheffield Ali Carter"),
 *   is two mentions.
 * A run the document names again, or the gazetteer knows, is one name. */
void precis_ner_split_caption_runs (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                    GArray *mentions);

G_END_DECLS
