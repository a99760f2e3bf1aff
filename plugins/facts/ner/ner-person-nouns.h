/* ner-person-nouns.h — German: the noun before a person's name is none of it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German capitalizes its nouns, so the tagger joins the noun that
 * introduces a person to the name ("Radprofi Wjatscheslaw Jekimow",
 * "Franzose Cantona", "Von Christa Wichterich"); news gold leaves the noun
 * out, as it leaves out a title.
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* German: a person's name of two words or more the tagger opened with a
 * word of German's list of common words (or a compound of them), no given
 * name and no surname, and not after another such noun, starts after it. */
void precis_ner_trim_person_nouns (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags);

G_END_DECLS
