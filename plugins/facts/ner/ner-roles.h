/* ner-roles.h — words of office and occupation written before a name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-doc.h"

G_BEGIN_DECLS

/* Whether token `i` of `doc`, a German text, is a noun of office or
 * occupation ("Sprecherin", "Tenor", "Justizministerin", "Bahnchef"):
 * German capitalizes it, so the tagger takes it for the first word of the
 * name it stands before ("Sopranistin Carola Dettmar"). */
gboolean precis_ner_is_german_role (const PrecisDocument *doc, guint32 i);

/* Tags as a person (`tags`, ner-tags.h) two untagged capitalized words
 * after such a noun ("Privatdetektiv Klaus-Dieter Matschke"). */
void precis_ner_tag_after_roles (const PrecisDocument *doc, guint8 *tags);

/* "il presidente del Consiglio Giorgia Meloni", "minister van Financiën
 * Eelco Heinen", "la ministra de Hacienda María Jesús Montero": the
 * department an office names and the person holding it, written one
 * after the other, are an organization and a person, not the one mention
 * (of either kind) the tagger made of them.  Splits such mentions of
 * `mentions` (PrecisNerMention) in place, in the languages that write an
 * office in lower case with its department after a preposition (not en,
 * de).  An organization the tagger read is split only when the person is
 * named again, or where a given name of the language's (`gazetteer`)
 * starts the person's name. */
void precis_ner_split_offices (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                               GArray *mentions);

/* "o ministro de Minas e Energia", "le ministre de l'Économie et des
 * Finances": a department the tagger read as the first of two joined by a
 * conjunction ends in `mentions` where the second does, so that it is no
 * fragment ("Minas"), in the languages precis_ner_split_offices() reads. */
void precis_ner_join_departments (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                  GArray *mentions);

/* "Le Premier ministre Michel Barnier", "La Vicepresidenta primera del
 * Gobierno": removes from `mentions` the one-word mentions that head the
 * title of an office (the office itself, or the word before it). */
void precis_ner_drop_office_heads (const PrecisDocument *doc, GArray *mentions);

/* "le ministre de l'Industrie", "il ministro dell'Interno": whether
 * mention `m` is written after a minister's or a secretary's office and
 * its preposition, so names the department, in the languages
 * precis_ner_split_offices() reads. */
gboolean precis_ner_names_department (const PrecisDocument *doc, const PrecisNerMention *m);

/* "el ministro de Economía Carlos Cuerpo": the department and the
 * minister's name, which the tagger read as one work or event (MISC, no
 * fact), are retagged an organization (`tags`, one a token, ner-tags.h)
 * for precis_ner_split_offices to part, in the languages that write the
 * office in lower case. */
void precis_ner_tag_departments (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
