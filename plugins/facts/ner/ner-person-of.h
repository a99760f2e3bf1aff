/* ner-person-of.h — "said Yonca Brunini of Yahoo": what a person is "of" is no person.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* In English `doc`, a mention (`mentions`, by first token) read as a
 * person or a place right after a person's full name (two words or more)
 * and "of" is the body or the place that person is of: a place where the
 * gazetteer or the lexicon of well-known entities knows it as one, an
 * organization otherwise; said so (ner-doubt.c). */
void precis_ner_type_person_of (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions);

G_END_DECLS
