/* html-prune.h — what is never article text, dropped before scoring, and
 * what is not article text inside the chosen element, dropped after.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "html-measure.h"

G_BEGIN_DECLS

void precis_html_prune_page (Scorer *s, xmlNode *root);
void precis_html_prune_article (Scorer *s, xmlNode *article);

G_END_DECLS
