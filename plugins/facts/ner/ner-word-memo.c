/* ner-word-memo.c — what the tagger worked out about a word, kept between documents.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-word-memo.h"

#include <string.h>

/* ~10 articles' distinct words; a full memo starts again (the common
 * words are back after one article). */
#define MAX_ENTRIES 4096u
#define SLOTS (MAX_ENTRIES * 2)     /* a power of two, at most half full */
#define ARENA_SIZE (MAX_ENTRIES * 16)

typedef struct {
  guint32 hash, len, text;  /* `text`: offset in the arena */
  PrecisNerWordInfo info;
  gint32 sums[PRECIS_NER_WORD_SUMS];
} Entry;

struct _PrecisNerWordMemo {
  guint32 slots[SLOTS];     /* 1 + entry, 0 when free */
  Entry *entries;
  guint32 n_entries;
  guint32 arena_length;
  char *arena;
};

struct _PrecisNerWordMemos {
  GMutex lock;
  GPtrArray *idle;          /* PrecisNerWordMemo */
};

static PrecisNerWordMemo *
memo_new (void)
{
  PrecisNerWordMemo *memo = g_new0 (PrecisNerWordMemo, 1);

  memo->entries = g_new (Entry, MAX_ENTRIES);
  memo->arena = g_malloc (ARENA_SIZE);
  return memo;
}

static void
memo_free (PrecisNerWordMemo *memo)
{
  g_free (memo->entries);
  g_free (memo->arena);
  g_free (memo);
}

PrecisNerWordMemos *
precis_ner_word_memos_new (void)
{
  PrecisNerWordMemos *memos = g_new0 (PrecisNerWordMemos, 1);

  g_mutex_init (&memos->lock);
  memos->idle = g_ptr_array_new_with_free_func ((GDestroyNotify) memo_free);
  return memos;
}

void
precis_ner_word_memos_free (PrecisNerWordMemos *memos)
{
  if (memos == NULL)
    return;
  g_ptr_array_unref (memos->idle);
  g_mutex_clear (&memos->lock);
  g_free (memos);
}

PrecisNerWordMemo *
precis_ner_word_memos_take (PrecisNerWordMemos *memos)
{
  PrecisNerWordMemo *memo = NULL;

  g_mutex_lock (&memos->lock);
  if (memos->idle->len > 0)
    memo = g_ptr_array_steal_index_fast (memos->idle, memos->idle->len - 1);
  g_mutex_unlock (&memos->lock);
  return memo != NULL ? memo : memo_new ();
}

void
precis_ner_word_memos_give_back (PrecisNerWordMemos *memos, PrecisNerWordMemo *memo)
{
  g_mutex_lock (&memos->lock);
  g_ptr_array_add (memos->idle, memo);
  g_mutex_unlock (&memos->lock);
}

guint32
precis_ner_word_memo_find (const PrecisNerWordMemo *memo, guint32 hash, const char *text,
                           guint32 len)
{
  for (guint32 i = hash & (SLOTS - 1);; i = (i + 1) & (SLOTS - 1))
    {
      guint32 slot = memo->slots[i];
      const Entry *e;

      if (slot == 0)
        return 0;
      e = &memo->entries[slot - 1];
      if (e->hash == hash && e->len == len && memcmp (memo->arena + e->text, text, len) == 0)
        return slot;
    }
}

const PrecisNerWordInfo *
precis_ner_word_memo_info (const PrecisNerWordMemo *memo, guint32 entry)
{
  return &memo->entries[entry - 1].info;
}

const gint32 *
precis_ner_word_memo_sums (const PrecisNerWordMemo *memo, guint32 entry)
{
  return memo->entries[entry - 1].sums;
}

void
precis_ner_word_memo_add (PrecisNerWordMemo *memo, guint32 hash, const char *text, guint32 len,
                          const PrecisNerWordInfo *info, const gint32 sums[PRECIS_NER_WORD_SUMS])
{
  guint32 i;
  Entry *e;

  if (len > PRECIS_NER_WORD_MAX)
    return;
  if (memo->n_entries == MAX_ENTRIES || memo->arena_length + len > ARENA_SIZE)
    {
      memset (memo->slots, 0, sizeof memo->slots);
      memo->n_entries = 0;
      memo->arena_length = 0;
    }
  for (i = hash & (SLOTS - 1); memo->slots[i] != 0; i = (i + 1) & (SLOTS - 1))
    ;
  e = &memo->entries[memo->n_entries++];
  e->hash = hash;
  e->len = len;
  e->text = memo->arena_length;
  e->info = *info;
  memcpy (e->sums, sums, sizeof e->sums);
  memcpy (memo->arena + memo->arena_length, text, len);
  memo->arena_length += len;
  memo->slots[i] = memo->n_entries;
}
