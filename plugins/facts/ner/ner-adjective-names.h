/* ner-adjective-names.h — French names of bodies that end in an adjective.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * French capitalizes only the first word of a body's name: "Force
 * ouvrière", "Front national", "Assemblée nationale", "Banque centrale
 * européenne".  The tagger often stops at the capital ("Force" alone), and
 * the adjective after it, in lower case, is left out.
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Extends each organization of a French `doc` (`tags`, one a token,
 * ner-tags.h) over the one or two adjectives in lower case that follow it. */
void precis_ner_extend_adjective_names (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
