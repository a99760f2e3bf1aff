/* ner-lists.h — names in enumerations: line-ups and version lists (ner-lists.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Retypes the items of an enumeration whose names are mostly of one type
 * to that type, and drops one-word items of a list of versions. */
void precis_ner_lists_apply (const PrecisDocument *doc, GArray *mentions);

G_END_DECLS
