/* ner-weekday-papers.h — "the Mail on Sunday": a paper whose name ends in a weekday.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) as one organization each
 * British paper of English `doc` named "<title> on Sunday" after "the"
 * ("the Mail on Sunday", "The Independent on Sunday's poll"), whatever
 * the tagger read there: it reads the title's word as a place or a
 * person and the weekday as no name. */
void precis_ner_tag_weekday_papers (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
