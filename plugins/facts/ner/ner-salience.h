/* ner-salience.h — how central an entity is to the article.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-entities.h"

G_BEGIN_DECLS

/* In (0, 1): grows with the number of mentions (logarithmically), an early
 * first mention, a mention in the title, and mentions in the summary
 * sentences of `request` when it has them.  `title_lower` is doc->title
 * in lower case (g_utf8_strdown), made once for all the entities. */
double precis_ner_salience (const PrecisDocument *doc, const char *title_lower,
                            const PrecisRequest *request, const PrecisNerEntity *entity);

G_END_DECLS
