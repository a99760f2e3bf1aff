/* ner-company-lists.h — "Google, Microsoft and Yahoo": the names listed with a company.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* In English `doc`, each enumeration of mentions (`mentions`, by first
 * token) joined only by commas, "and" and "or", with an "and" or an "or"
 * between two of them or three names at least, one of which the lexicons
 * know as an organization and nothing else (companies.tsv, entities.tsv:
 * "Google", "AOL"): its one-word items read as people or places that no
 * list knows and that are no given name are organizations, and said so
 * (ner-doubt.c). */
void precis_ner_type_company_lists (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                    GArray *mentions);

G_END_DECLS
