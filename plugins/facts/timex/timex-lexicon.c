/* timex-lexicon.c — the words of time expressions and what they mean.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "timex-private.h"

#include <string.h>

/* The hash table first maps to 1-based indices into `storage`, which
 * grows while building; pointers are fixed once it is final. */
static void
add_spelling (TxGrammar *rules, GArray *storage, const char *spelling, gsize len,
              TxRole role, int value, TxTense tense)
{
  gboolean abbrev = FALSE, capitalized = FALSE;
  if (len > 0 && spelling[0] == '^')
    {
      capitalized = TRUE;
      spelling++, len--;
    }
  if (len > 0 && spelling[len - 1] == '*')
    {
      abbrev = TRUE;
      len--;
    }
  if (len == 0)
    return;
  g_autofree char *key = g_strndup (spelling, len);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (rules->lexicon, key));
  if (index == 0)
    {
      g_array_set_size (storage, storage->len + 1);
      index = storage->len;
      g_hash_table_insert (rules->lexicon, g_steal_pointer (&key), GUINT_TO_POINTER (index));
    }
  TxWord *word = &g_array_index (storage, TxWord, index - 1);
  /* A spelling with two meanings ("second": unit and ordinal) keeps its
   * first role; the view gives ordinals their class from a second table. */
  if (tense != TX_TENSE_NONE)
    word->tense = tense;
  else if (word->role == TX_ROLE_NONE)
    {
      word->role = role;
      word->value = value;
    }
  word->abbrev |= abbrev;
  word->capitalized |= capitalized;
}

static void
add_words (TxGrammar *rules, GArray *storage, const char *words, TxRole role, int value,
           TxTense tense)
{
  const char *p = words;
  while (*p)
    {
      while (*p == ' ')
        p++;
      const char *q = p;
      while (*q && *q != ' ')
        q++;
      if (q > p)
        add_spelling (rules, storage, p, q - p, role, value, tense);
      p = q;
    }
}

static void
mark (TxGrammar *rules, const char *const *words, gsize flag_offset)
{
  for (gsize i = 0; words != NULL && words[i] != NULL; i++)
    {
      TxWord *w = g_hash_table_lookup (rules->lexicon, words[i]);
      if (w != NULL)
        *((guint8 *) w + flag_offset) = TRUE;
    }
}

static guint32
index_hash (const char *s, gsize len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * 16777619u;
  return h | 1;
}

/* The slot of the word of `len` bytes at `s`, or the empty one it would take. */
static guint32
index_slot (const TxLexiconIndex *index, guint32 h, const char *s, gsize len)
{
  guint32 i = h & index->mask;

  while (index->hashes[i] != 0 &&
         (index->hashes[i] != h || index->lengths[i] != len || memcmp (index->keys[i], s, len) != 0))
    i = (i + 1) & index->mask;
  return i;
}

static void
index_build (TxLexiconIndex *index, GHashTable *lexicon)
{
  guint32 size = 16;
  GHashTableIter it;
  gpointer key, value;

  while (size < g_hash_table_size (lexicon) * 2)
    size <<= 1;
  index->hashes = g_new0 (guint32, size);
  index->keys = g_new (const char *, size);
  index->lengths = g_new (guint32, size);
  index->words = g_new (const TxWord *, size);
  index->mask = size - 1;
  g_hash_table_iter_init (&it, lexicon);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      gsize len = strlen (key);
      guint32 h = index_hash (key, len), i = index_slot (index, h, key, len);

      index->hashes[i] = h;
      index->keys[i] = key;
      index->lengths[i] = (guint32) len;
      index->words[i] = value;
    }
}

void
tx_lexicon_index_clear (TxLexiconIndex *index)
{
  g_clear_pointer (&index->hashes, g_free);
  g_clear_pointer (&index->keys, g_free);
  g_clear_pointer (&index->lengths, g_free);
  g_clear_pointer (&index->words, g_free);
}

static const TxWord *
index_lookup (const TxLexiconIndex *index, const char *s, gsize len)
{
  guint32 i = index_slot (index, index_hash (s, len), s, len);

  return index->hashes[i] != 0 ? index->words[i] : NULL;
}

void
tx_lexicon_build (TxGrammar *rules, const TxLanguage *language)
{
  g_autoptr (GArray) storage = g_array_new (FALSE, TRUE, sizeof (TxWord));

  rules->lexicon = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize i = 0; i < language->n_entries; i++)
    add_words (rules, storage, language->entries[i].words, language->entries[i].role,
               language->entries[i].value, TX_TENSE_NONE);
  for (gsize i = 0; i < language->n_tenses; i++)
    add_words (rules, storage, language->tenses[i].words, TX_ROLE_NONE, 0,
               language->tenses[i].tense);
  /* Punctuation that patterns name: one character each. */
  static const char puncts[] = ",-:/.'()";
  for (const char *c = puncts; *c; c++)
    add_spelling (rules, storage, c, 1, TX_ROLE_NONE, 0, TX_TENSE_NONE);

  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, rules->lexicon);
  while (g_hash_table_iter_next (&it, &k, NULL))
    {
      gsize len = strlen (k);
      rules->longest_word = MAX (rules->longest_word, len + 1);   /* + "." */
      /* Abbreviations may come with their period: one byte more. */
      rules->first_len[*(guchar *) k] |= (1u << MIN (len, 31)) | (1u << MIN (len + 1, 31));
    }
  rules->n_words = storage->len;
  rules->words = (TxWord *) g_array_free (g_steal_pointer (&storage), FALSE);

  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, rules->lexicon);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_iter_replace (&iter, &rules->words[GPOINTER_TO_UINT (value) - 1]);

  for (gsize i = 0; language->known != NULL && i < TX_N_KNOWN; i++)
    if (language->known[i] != NULL)
      rules->known[i] = g_hash_table_lookup (rules->lexicon, language->known[i]);
  index_build (&rules->index, rules->lexicon);
  mark (rules, language->year_before, G_STRUCT_OFFSET (TxWord, year_before));
  mark (rules, language->year_after, G_STRUCT_OFFSET (TxWord, year_after));
  mark (rules, language->timely, G_STRUCT_OFFSET (TxWord, timely));
  mark (rules, language->function_words, G_STRUCT_OFFSET (TxWord, function));
  for (const char *c = puncts; *c; c++)
    {
      char s[2] = { *c, 0 };
      rules->punct[(guchar) *c] = g_hash_table_lookup (rules->lexicon, s);
    }
}

const TxWord *
tx_lexicon_lookup (const TxGrammar *rules, const char *lower, gsize len)
{
  const TxWord *word;

  if (len == 0 || len >= 48 || len > rules->longest_word ||
      !(rules->first_len[(guchar) lower[0]] & (1u << MIN (len, 31))))
    return NULL;
  word = index_lookup (&rules->index, lower, len);
  if (word == NULL && len > 1 && lower[len - 1] == '.')
    {
      word = index_lookup (&rules->index, lower, len - 1);
      if (word != NULL && !word->abbrev)
        word = NULL;
    }
  return word;
}

const TxWord *
tx_lexicon_word (const TxGrammar *rules, const char *word)
{
  return g_hash_table_lookup (rules->lexicon, word);
}
