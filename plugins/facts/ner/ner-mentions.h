/* ner-mentions.h — the named-entity mentions of a document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Tags every sentence of a PrecisDocument and turns the BIO tags into
 * mentions (token ranges), cleaned for use as facts: titles ("President",
 * "Deputy Foreign Minister") are not part of a name, a capitalized "The"
 * inside a sentence is part of an organization's ("The Associated Press").
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-doc.h"
#include "ner-lower-words.h"
#include "ner-tagger.h"

G_BEGIN_DECLS

/* The tagger's tag of every token of `doc` (g_free), before any rule;
 * NULL when cancelled. */
guint8 *precis_ner_mentions_tag (const PrecisNerTagger *tagger, const PrecisDocument *doc,
                                 GCancellable *cancellable);

/* Mentions of PER, ORG and LOC (MISC dropped), in document order, as a
 * GArray of PrecisNerMention, from the sentences that may name facts.
 * `lower_words` are `doc`'s (shared with precis_ner_entities_group).
 * NULL when cancelled. */
GArray *precis_ner_mentions_find (const PrecisNerTagger *tagger, const PrecisDocument *doc,
                                  PrecisNerLowerWords *lower_words, GCancellable *cancellable);

/* What the tagger itself read of a document, before any rule: its tag
 * of each token and how sure it was of it (precis_ner_viterbi_margins). */
typedef struct {
  guint8 *tags;
  float *margins;
} PrecisNerReading;

/* precis_ner_mentions_find, keeping the tagger's reading in `reading`
 * (cleared with precis_ner_reading_clear). */
GArray *precis_ner_mentions_find_measured (const PrecisNerTagger *tagger, const PrecisDocument *doc,
                                           PrecisNerLowerWords *lower_words, PrecisNerReading *reading,
                                           GCancellable *cancellable);
void precis_ner_reading_clear (PrecisNerReading *reading);

/* The same from the tags a tagger gave (`tags`, one a token of `doc`,
 * changed in place by the rules that retag): the rules after the tagger
 * alone, for tests that give the reading of a tagger that never saw the
 * text. */
GArray *precis_ner_mentions_from_tags (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                       guint8 *tags, PrecisNerLowerWords *lower_words);

/* "Ferencvaros of Hungary" read as one name: the name, and its country
 * as a place of its own (in `mentions`, in order). */
void precis_ner_split_country_of (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                  GArray *mentions);

G_END_DECLS
