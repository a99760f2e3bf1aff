/* ner-acronyms.h — a body's short form written in brackets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German news gives a body's short form in brackets, after its full name
 * ("das Bundesamt für Verfassungsschutz (BfV)", "das DDR-Ministerium für
 * Staatssicherheit (MfS)") or a member's ("Kohl (CDU)"), and the German
 * model's training text (GermEval, Wikipedia) seldom does: the tagger
 * leaves "BfV" out, and with it every later "BfV" of the article.
 * CoNLL-2003 German dev: 91 of 94 capital short forms alone in brackets
 * are organizations (after an organization 33 of 33, after a person 30
 * of 32, after other words 28 of 29).
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Whether token `i` is a short form in brackets after the untagged
 * common noun it abbreviates ("Kampfgeschwadern (KG)", "Fluorchlor-
 * kohlenwasserstoffe (FCKW)"): a kind's short form, no body's. */
gboolean precis_ner_abbreviates_common_noun (const PrecisDocument *doc, const guint8 *tags, guint32 i);

/* Tags (`tags`, one a token, ner-tags.h) each untagged short form alone
 * in brackets in a German `doc` as an organization, but a common noun's. */
void precis_ner_tag_bracketed_acronyms (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
