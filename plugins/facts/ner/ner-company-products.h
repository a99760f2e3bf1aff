/* ner-company-products.h — "Apple Mac", "Nintendo DS": a company's name and its product's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-gazetteer.h"
#include "ner-doc.h"

G_BEGIN_DECLS

/* In English `doc`, each mention of two capitalized or mixed-case words
 * read as a person or a place whose first word is a company both
 * companies.tsv and entities.tsv know and no given name, the two words no
 * name the lexicons know and no body's or place's ("Sony Pictures"): the
 * company's name and a product's ("Apple Mac", "Nintendo DS").  The mention becomes the
 * company's, an organization; when the second word is a company too
 * ("Sony Ericsson"), the whole name is one. */
void precis_ner_cut_company_products (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                      GArray *mentions);

G_END_DECLS
