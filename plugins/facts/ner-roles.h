/* ner-roles.h — words of office and occupation written before a name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Whether token `i` of `doc`, a German text, is a noun of office or
 * occupation ("Sprecherin", "Tenor", "Justizministerin", "Bahnchef"):
 * German capitalizes it, so the tagger takes it for the first word of the
 * name it stands before ("Sopranistin Carola Dettmar"). */
gboolean precis_ner_is_german_role (const PrecisDocument *doc, guint32 i);

G_END_DECLS
