/* ner-teams.h — words around a name that say it names a sports team (ner-teams.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-mentions.h"

G_BEGIN_DECLS

/* Whether the words around mention `m` say that it names a team, not a
 * person: "Chelsea's Premiership lead", "Arsenal's fans", "leaders
 * Chelsea", "Everton manager David Moyes". */
gboolean precis_ner_is_team_context (const PrecisDocument *doc, const PrecisNerMention *m);

G_END_DECLS
