/* ner-word-memo.h — what the tagger worked out about a word, kept between documents.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A word's description (PrecisNerWordInfo) is a function of its bytes and
 * the sums of its own features' rows a function of the bytes and the
 * model, so both can outlive the document: most words of an article
 * ("the", "said", "Minister") were in the ones before.  A memo belongs to
 * one tagger and is used by one thread at a time: the tagger keeps a few
 * (PrecisNerWordMemos) and lends one to each call.  A full memo starts
 * again empty.
 */
#pragma once

#include "ner-features.h"
#include "ner-model.h"

G_BEGIN_DECLS

/* Every stage's sums of a word's own features (the tagger's type sums). */
#define PRECIS_NER_WORD_SUMS (PRECIS_NER_MAX_STAGES * PRECIS_NER_N_TAGS)

typedef struct _PrecisNerWordMemo PrecisNerWordMemo;
typedef struct _PrecisNerWordMemos PrecisNerWordMemos;

PrecisNerWordMemos *precis_ner_word_memos_new (void);
void precis_ner_word_memos_free (PrecisNerWordMemos *memos);
/* A memo no other thread holds (a new one if all are lent). */
PrecisNerWordMemo *precis_ner_word_memos_take (PrecisNerWordMemos *memos);
void precis_ner_word_memos_give_back (PrecisNerWordMemos *memos, PrecisNerWordMemo *memo);

/* The word of `len` bytes at `text`, whose precis_ner_hash_bytes from
 * PRECIS_NER_FNV_SEED is `hash`: 1 + its entry, or 0 if the memo has none.
 * An entry stays valid until the next precis_ner_word_memo_add(). */
guint32 precis_ner_word_memo_find (const PrecisNerWordMemo *memo, guint32 hash, const char *text,
                                   guint32 len);
const PrecisNerWordInfo *precis_ner_word_memo_info (const PrecisNerWordMemo *memo, guint32 entry);
const gint32 *precis_ner_word_memo_sums (const PrecisNerWordMemo *memo, guint32 entry);
/* Keeps a word not in the memo (a word longer than PRECIS_NER_WORD_MAX is
 * not kept). */
void precis_ner_word_memo_add (PrecisNerWordMemo *memo, guint32 hash, const char *text, guint32 len,
                               const PrecisNerWordInfo *info, const gint32 sums[PRECIS_NER_WORD_SUMS]);

G_END_DECLS
