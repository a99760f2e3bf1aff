/* ner-german-adjectives.h — German names of bodies: the adjective before, the "für" after.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German writes adjectives in lower case ("die vereinten Kräfte", "das
 * staatliche Schulamt" of any town) but for the first words of a name:
 * "der Vereinten Nationen", "das Staatliche Schulamt", "des Deutschen
 * Bundestages".  The German tagger (trained on Wikipedia and GermEval)
 * often leaves such a name out, or keeps only its noun; so too the words
 * after "für" that end a body's name ("das Bundesamt für
 * Verfassungsschutz", "der Bund für Umwelt und Naturschutz").
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-lower-words.h"

G_BEGIN_DECLS

/* In a German `doc` (`tags`, one a token, ner-tags.h), one or two
 * capitalized adjectives inside a sentence (words the language writes in
 * lower case, `lower_words`) before a body's noun open its name, and
 * a "für" phrase after a body's noun ends it. */
void precis_ner_tag_german_adjectives (const PrecisDocument *doc, guint8 *tags, const PrecisNerLowerWords *lower_words);

G_END_DECLS
