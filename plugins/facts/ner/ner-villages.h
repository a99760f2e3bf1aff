/* ner-villages.h — a German village or district named after a preposition.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-lower-words.h"

G_BEGIN_DECLS

/* An untagged capitalized word of letters inside a German sentence, after
 * "in", "nach", "aus" or "bei" (or between "von" and "bis"), that ends as
 * German places' names end ("-heim", "-hausen", "-dorf", "-weil") and
 * that `lower_words` says is no word of the language (in lower case or as
 * a noun) is a place (`tags`, one a token, ner-tags.h). */
void precis_ner_tag_villages (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, guint8 *tags);

G_END_DECLS
