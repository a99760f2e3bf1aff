/* ner-markets.h — stock market indices are no entity of the panel.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-gazetteer.h"
#include "ner-doc.h"

G_BEGIN_DECLS

/* Drops the mentions that name a market index ("FTSE", "All-Ordinaries",
 * "Simex Nikkei") and cuts the index off a place the tagger ran into it
 * ("Tokyo Nikkei" -> "Tokyo", "New York Dow Jones" -> "New York"). */
void precis_ner_split_market_indices (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                      GArray *mentions);

G_END_DECLS
