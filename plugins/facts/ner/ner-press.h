/* ner-press.h — German newspapers and broadcasters by their title's form.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German papers and stations are named by a town's or a land's adjective
 * and a word for a paper or a station: "Stuttgarter Nachrichten",
 * "Süddeutsche Zeitung", "Frankfurter Allgemeine", "Saarländischer
 * Rundfunk", "Zweites Deutsches Fernsehen".  GermEval 2014 dev and
 * CoNLL-2003 German dev type every such pair an organization (21 of 22);
 * the tagger reads the adjective as a place or leaves both out.
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Tags (`tags`, one a token, ner-tags.h) each such title in a German `doc`
 * as an organization. */
void precis_ner_tag_press (const PrecisDocument *doc, guint8 *tags);

G_END_DECLS
