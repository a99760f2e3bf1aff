/* ner-tagger.h — model + gazetteer: tags the sentences of one document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-features.h"
#include "ner-model.h"

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PrecisNerTagger PrecisNerTagger;

/* Loads `dir`/models/ner-en.model and the gazetteers in `dir`/gazetteers. */
PrecisNerTagger *precis_ner_tagger_new (const char *data_dir, GError **error);
/* Loads `dir`/models/ner-LANGUAGE.model and the gazetteers in
 * `dir`/gazetteers/LANGUAGE (English: `dir`/gazetteers).  Fails with
 * G_FILE_ERROR_NOENT when the language has no model. */
PrecisNerTagger *precis_ner_tagger_new_for_language (const char *data_dir, const char *language,
                                                     GError **error);
void precis_ner_tagger_free (PrecisNerTagger *tagger);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNerTagger, precis_ner_tagger_free)

const PrecisNerGazetteer *precis_ner_tagger_gazetteer (const PrecisNerTagger *tagger);
/* The words its model's language writes in lower case (ner-lexicon.h). */
PrecisNerLexicon precis_ner_tagger_lower_words (const PrecisNerTagger *tagger);
/* Of those, its nouns (precis_ner_model_noun_words). */
PrecisNerLexicon precis_ner_tagger_noun_words (const PrecisNerTagger *tagger);

typedef struct _PrecisNerWordKey PrecisNerWordKey;

/* Per-thread scratch space for tagging; the tagger itself is read-only.
 * Sized for the largest document seen, so tagging allocates nothing once
 * warm. */
typedef struct {
  PrecisNerFeatures features;  /* per-sentence scratch */
  /* Per token of the document, sentence after sentence. */
  const PrecisNerWordInfo **words;
  guint32 *ids;
  guint8 *counts;
  /* With a two-stage model: how many of a token's ids the first pass had,
   * and the second stage's weights of those summed (PRECIS_NER_N_TAGS). */
  guint8 *first_counts;
  gint32 *second_sums;
  float *emission, *scores;
  guint8 *back;
  guint capacity;
  /* The distinct words of the document: most tokens of an article repeat
   * a word seen before, whose description is then looked up. */
  PrecisNerWordInfo *types;
  PrecisNerWordKey *keys;
  /* 1 + a word's entry in the call's PrecisNerWordMemo, 0 if it had none. */
  guint32 *memo_entries;
  /* Each distinct word's own features (PrecisNerWordInfo.local) summed,
   * every stage's weights (PRECIS_NER_MAX_STAGES × PRECIS_NER_N_TAGS a
   * word): a token then adds only its context's rows. */
  gint32 *type_sums;
  guint type_sums_capacity;
  guint32 *slots;  /* open addressing: 1 + index in `types`, 0 when free */
  guint32 slot_mask;
  /* When `want_margins`: per token, how sure the last pass is of its tag
   * (precis_ner_viterbi_margins). */
  gboolean want_margins;
  float *margins;
  float columns[PRECIS_NER_N_TAGS][PRECIS_NER_N_TAGS];  /* the last pass's, precis_ner_margin_columns */
  /* Each pass's transitions as the decoder reads them, made once a document. */
  PrecisNerViterbiTables viterbi[PRECIS_NER_MAX_STAGES];
  /* Per token of the document (NULL: none), set by the caller: an
   * ordinary word opening its sentence before a name known as no
   * person's (precis_ner_ordinary_openers).  A first-pass person's name
   * it opens is left out of the document's history: the tagger joins
   * such a word to the name after it and reads the whole as a person
   * ("Iconic Arsenal striker"), and the history would carry that reading
   * to every other mention of the name ("Arsenal" a person in the whole
   * article) before any rule cuts the word off. */
  const guint8 *ordinary_openers;
  /* Per sentence: is it a headline in capitals? */
  guint8 *upper;
  guint sentence_capacity;
} PrecisNerWorkspace;

void precis_ner_workspace_init (PrecisNerWorkspace *workspace);
void precis_ner_workspace_clear (PrecisNerWorkspace *workspace);

/* Tags every sentence of one document (`sentences` are token ranges of
 * `tokens`) into `tags`: a first pass, then, with a two-pass model, a
 * second that also sees what the first said of each word across the
 * document.  Returns FALSE when cancelled. */
gboolean precis_ner_tagger_tag_document (const PrecisNerTagger *tagger,
                                         PrecisNerWorkspace *workspace,
                                         const PrecisNerToken *tokens,
                                         const PrecisNerRange *sentences, guint n_sentences,
                                         guint8 *tags, GCancellable *cancellable);

G_END_DECLS
