/* ner-formulas.h — chemical formulas, which name no actor (ner-formulas.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether `text` is a chemical formula as news writes one: "CO2", "NO2",
 * "H2O", "CH4", "N2O", "O3" (a tagger reads "CO2" in Dutch and German text
 * as an organization). */
gboolean precis_ner_is_chemical_formula (const char *text);

G_END_DECLS
