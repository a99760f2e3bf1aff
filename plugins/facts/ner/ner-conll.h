/* ner-conll.h — CoNLL-2003 files and conlleval scoring, for training and evaluation.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Not part of the plugin: tools/train-ner and tests/eval/ner-eval use it.
 */
#pragma once

#include "ner-features.h"
#include "ner-tags.h"

G_BEGIN_DECLS

typedef struct {
  char *contents;     /* the file; token texts point into it */
  char *ascii_contents; /* the words of precis_ner_corpus_add_ascii_copy() */
  GArray *tokens;     /* PrecisNerToken */
  GArray *gold;       /* guint8 tag per token */
  GArray *sentences;  /* PrecisNerRange of tokens */
  GArray *documents;  /* PrecisNerRange of sentences (-DOCSTART- boundaries) */
} PrecisNerCorpus;

/* A file without -DOCSTART- lines (CoNLL-2002 Spanish, KIND, HAREM) is
 * cut into documents of this many sentences: the document-level features
 * and the jackknife of tools/train-ner need documents, and the evaluation
 * sends each document as one text. */
#define PRECIS_NER_SENTENCES_PER_DOCUMENT 20

PrecisNerCorpus *precis_ner_corpus_load (const char *path, GError **error);
/* The file's words as they are: no repair of double-encoded UTF-8 (the
 * loaders above repair it word by word), so that an evaluation sends the
 * text the way a client with that file would. */
PrecisNerCorpus *precis_ner_corpus_load_as_is (const char *path, GError **error);
/* The files one after the other, each starting a document. */
PrecisNerCorpus *precis_ner_corpus_load_files (char **paths, GError **error);
void precis_ner_corpus_free (PrecisNerCorpus *corpus);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNerCorpus, precis_ner_corpus_free)

/* The validation split carved out of a training file: every tenth
 * document, from the first.  tools/train-ner --validation never trains on
 * them and tests/eval/ner-eval --validation scores only them, so the
 * figures on them are held out (nothing is tuned on them either). */
#define PRECIS_NER_VALIDATION_EVERY 10

static inline gboolean
precis_ner_is_validation_document (guint doc)
{
  return doc % PRECIS_NER_VALIDATION_EVERY == 0;
}

/* Removes the validation documents from `corpus`. */
void precis_ner_corpus_drop_validation (PrecisNerCorpus *corpus);

/* Removes the documents of fold `fold` (0 to PRECIS_NER_VALIDATION_EVERY
 * - 1: those whose index leaves that remainder; fold 0 is the validation
 * split), for cross-validation (tests/eval/ner-cv.sh). */
void precis_ner_corpus_drop_fold (PrecisNerCorpus *corpus, guint fold);

/* Appends a copy of each document of `corpus` whose words lost their
 * non-ASCII bytes, as a copy of the text without its umlauts and accents
 * writes them ("Für die Grünen" → "Fr die Grnen": CoNLL-2003's German
 * copy): a word left empty ("„") goes, and a name's word after it starts
 * the name.  Call after dropping a fold: a held-out document's copy is
 * held out with it. */
void precis_ner_corpus_add_ascii_copy (PrecisNerCorpus *corpus);

/* The lower-case hashes (precis_ner_word_info_describe's lower_hash, or its
 * fold_hash when `folded`) of the words `corpus` writes all in lower case,
 * sorted and distinct: the lexicon train-ner --lower-words keeps in a model
 * (ner-lexicon.h).  A GArray of guint32. */
GArray *precis_ner_corpus_lower_words (const PrecisNerCorpus *corpus, gboolean folded);
/* The same hashes of the words `corpus` writes capitalized after a
 * sentence's first word and tags O, and never in lower case: German's
 * nouns ("Regierung"), which train-ner --noun-words adds to the lexicon as
 * words a sentence's first word may be (precis_ner_model_noun_words). */
GArray *precis_ner_corpus_noun_words (const PrecisNerCorpus *corpus, gboolean folded);

/* Builds the document context of document `doc` of `corpus`. */
void precis_ner_corpus_doc_context (const PrecisNerCorpus *corpus, guint doc,
                                    PrecisNerDocContext *context);

/* Entity-level counts with conlleval's rules (exact span and type). */
typedef struct {
  guint tp[PRECIS_NER_N_TYPES], fp[PRECIS_NER_N_TYPES], fn[PRECIS_NER_N_TYPES];
} PrecisNerScore;

void precis_ner_score_sentence (PrecisNerScore *score, const guint8 *gold, const guint8 *predicted,
                                guint n);
/* Precision, recall and F1 (percent) over the types whose bit (1 << type)
 * is in `types`. */
void precis_ner_score_prf (const PrecisNerScore *score, guint types, double *precision,
                           double *recall, double *f1);

#define PRECIS_NER_TYPES_PER_ORG_LOC \
  ((1u << PRECIS_NER_TYPE_PER) | (1u << PRECIS_NER_TYPE_ORG) | (1u << PRECIS_NER_TYPE_LOC))

G_END_DECLS
