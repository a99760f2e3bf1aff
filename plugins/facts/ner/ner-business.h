/* ner-business.h — words around a name that say it names a company (ner-business.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether the words around mention `m` make it a company or another body
 * ("Chrysler sales", "Chalone reported revenues", "Wipro, India's
 * third-biggest software firm,", "the Smart brand", "a strategist at UBS",
 * "Samsung and Xiaomi, its main rivals"): not a person, whatever the
 * tagger read. */
gboolean precis_ner_is_company_context (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether a market's staff noun and a person's full name follow mention
 * `m` ("Gartner analyst Carolina Milanesi", "Prebon Yamane economist
 * Lena Komileva"): `m` is the employer, a body, though written like a
 * person's name. */
gboolean precis_ner_employs_named_staff (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether `lower` is a common noun that, just before a name, says it names
 * a company, a club or another body ("software giant Microsoft"). */
gboolean precis_ner_is_org_head (const char *lower);

/* Whether a common noun for bodies comes just before `m` ("distributor
 * Toho"), or in the plural before the list it ends or is part of
 * ("retailers Metro, Rewe and Lidl", "firms such as Google, MSN and AOL",
 * "brands including Louis Vuitton", "Insurers including Aviva", "brands
 * include Smirnoff", "its main rivals Samsung and Xiaomi"). */
gboolean precis_ner_follows_org_head (const PrecisDocument *doc, const PrecisNerMention *m);
/* "the Travelodge chain of hotels", "the Wetherspoon pub chain". */
gboolean precis_ner_names_chain (const PrecisDocument *doc, const PrecisNerMention *m);

/* Whether mention `m` is an acronym after "the" and before a verb of
 * saying or acting ("the NHS was not safe", "The ONS said", "the MPC
 * should"): a body, though the tagger was unsure of a name it never saw. */
gboolean precis_ner_is_acting_acronym (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
