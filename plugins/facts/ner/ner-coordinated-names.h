/* ner-coordinated-names.h — "the Hawks and Pacers": two names, one "and".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The tagger reads a capitalized run with an "and" inside as one name when
 * its training news had such names ("Securities and Exchange Commission",
 * "Trinidad and Tobago"), and so it reads "Both Pacers and Knicks fans"
 * and "The Hawks and Pacers are in New York" as one body.  The document
 * itself tells them apart: a reader who met "the Indiana Pacers" and
 * "the Atlanta Hawks" reads two teams.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* Each English mention with one lower-case "and" inside, which the
 * gazetteer does not know whole, is cut into the names on either side when
 * each of them is also the whole or the last words of a mention elsewhere
 * in the document (one with no "and" of its own); both keep its type.
 * CoNLL-2003 train and dev: of 60 gold names with "and" inside, none has
 * both sides so named in its document ("Arthur Yates and Co": the "Co"
 * ends no other name). */
void precis_ner_split_coordinated_names (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                         GArray *mentions);

G_END_DECLS
