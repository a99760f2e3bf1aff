/* ner-tagger.c — features, emissions, Viterbi.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-tagger.h"
#include "ner-word-memo.h"

#include <string.h>

struct _PrecisNerTagger {
  PrecisNerModel *model;
  PrecisNerGazetteer *gazetteer;
  /* Lent to one call at a time: the tagger itself stays read-only. */
  PrecisNerWordMemos *memos;
};

PrecisNerTagger *
precis_ner_tagger_new_for_language (const char *data_dir, const char *language, GError **error)
{
  g_autoptr (PrecisNerTagger) tagger = g_new0 (PrecisNerTagger, 1);
  g_autofree char *model_name = g_strdup_printf ("ner-%s.model", language);
  g_autofree char *model_path = g_build_filename (data_dir, "models", model_name, NULL);
  /* English's gazetteers are the top directory's (they came first). */
  g_autofree char *gaz_dir = g_str_equal (language, "en")
                                 ? g_build_filename (data_dir, "gazetteers", NULL)
                                 : g_build_filename (data_dir, "gazetteers", language, NULL);

  tagger->model = precis_ner_model_load (model_path, error);
  if (tagger->model == NULL)
    return NULL;
  /* A model trained on copies without umlauts matches phrases without
   * them; one trained with given names as a feature reads them so. */
  tagger->gazetteer = precis_ner_gazetteer_new_reading (
      gaz_dir,
      ((precis_ner_model_flags (tagger->model) & PRECIS_NER_MODEL_ASCII_PHRASES) ? PRECIS_NER_GAZ_READ_ASCII : 0) |
          ((precis_ner_model_flags (tagger->model) & PRECIS_NER_MODEL_GIVEN_NAMES) ? PRECIS_NER_GAZ_READ_GIVEN_NAMES : 0) |
          ((precis_ner_model_flags (tagger->model) & PRECIS_NER_MODEL_SURNAMES) ? PRECIS_NER_GAZ_READ_SURNAMES : 0),
      error);
  if (tagger->gazetteer == NULL)
    return NULL;
  tagger->memos = precis_ner_word_memos_new ();
  return g_steal_pointer (&tagger);
}

PrecisNerTagger *
precis_ner_tagger_new (const char *data_dir, GError **error)
{
  return precis_ner_tagger_new_for_language (data_dir, "en", error);
}

void
precis_ner_tagger_free (PrecisNerTagger *tagger)
{
  if (tagger == NULL)
    return;
  g_clear_pointer (&tagger->model, precis_ner_model_free);
  g_clear_pointer (&tagger->gazetteer, precis_ner_gazetteer_free);
  g_clear_pointer (&tagger->memos, precis_ner_word_memos_free);
  g_free (tagger);
}

const PrecisNerGazetteer *
precis_ner_tagger_gazetteer (const PrecisNerTagger *tagger)
{
  return tagger->gazetteer;
}

PrecisNerLexicon
precis_ner_tagger_lower_words (const PrecisNerTagger *tagger)
{
  return precis_ner_model_lower_words (tagger->model);
}

PrecisNerLexicon
precis_ner_tagger_noun_words (const PrecisNerTagger *tagger)
{
  return precis_ner_model_noun_words (tagger->model);
}

struct _PrecisNerWordKey {
  const char *text;
  guint32 len, hash;
};

void
precis_ner_workspace_init (PrecisNerWorkspace *ws)
{
  memset (ws, 0, sizeof *ws);
  precis_ner_features_init (&ws->features);
}

void
precis_ner_workspace_clear (PrecisNerWorkspace *ws)
{
  precis_ner_features_clear (&ws->features);
  g_free (ws->words);
  g_free (ws->ids);
  g_free (ws->counts);
  g_free (ws->first_counts);
  g_free (ws->second_sums);
  g_free (ws->emission);
  g_free (ws->scores);
  g_free (ws->back);
  g_free (ws->margins);
  g_free (ws->types);
  g_free (ws->keys);
  g_free (ws->memo_entries);
  g_free (ws->type_sums);
  g_free (ws->slots);
  g_free (ws->upper);
  memset (ws, 0, sizeof *ws);
}

static void
reserve (PrecisNerWorkspace *ws, guint n_tokens, guint n_sentences)
{
  if (n_tokens > ws->capacity)
    {
      gsize c;
      guint32 size = 16;

      ws->capacity = MAX (n_tokens, ws->capacity * 2);
      c = ws->capacity;
      ws->words = g_renew (const PrecisNerWordInfo *, ws->words, c);
      ws->ids = g_renew (guint32, ws->ids, c * PRECIS_NER_MAX_FEATURES);
      ws->counts = g_renew (guint8, ws->counts, c);
      ws->first_counts = g_renew (guint8, ws->first_counts, c);
      ws->second_sums = g_renew (gint32, ws->second_sums, c * PRECIS_NER_N_TAGS);
      ws->emission = g_renew (float, ws->emission, c * PRECIS_NER_N_TAGS);
      ws->scores = g_renew (float, ws->scores, c * PRECIS_NER_N_TAGS);
      ws->back = g_renew (guint8, ws->back, c * PRECIS_NER_N_TAGS);
      ws->margins = g_renew (float, ws->margins, c);
      ws->types = g_renew (PrecisNerWordInfo, ws->types, c);
      ws->keys = g_renew (PrecisNerWordKey, ws->keys, c);
      ws->memo_entries = g_renew (guint32, ws->memo_entries, c);
      /* At most half full: a word per token at worst. */
      while (size < c * 2)
        size <<= 1;
      g_free (ws->slots);
      ws->slots = g_new (guint32, size);
      ws->slot_mask = size - 1;
    }
  if (n_sentences > ws->sentence_capacity)
    {
      ws->sentence_capacity = MAX (n_sentences, ws->sentence_capacity * 2);
      ws->upper = g_renew (guint8, ws->upper, ws->sentence_capacity);
    }
}

/* The description of a token's word: on its first occurrence in the
 * document, the memo's or computed; looked up by its bytes afterwards. */
static const PrecisNerWordInfo *
describe_word (PrecisNerWorkspace *ws, const PrecisNerWordMemo *memo, guint *n_types,
               const PrecisNerToken *token)
{
  guint32 hash = precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, token->text, token->len);

  for (guint32 i = hash & ws->slot_mask;; i = (i + 1) & ws->slot_mask)
    {
      guint32 slot = ws->slots[i];
      const PrecisNerWordKey *key;

      if (slot == 0)
        {
          guint t = (*n_types)++;

          ws->keys[t] = (PrecisNerWordKey) { token->text, token->len, hash };
          ws->memo_entries[t] = precis_ner_word_memo_find (memo, hash, token->text, token->len);
          if (ws->memo_entries[t] != 0)
            ws->types[t] = *precis_ner_word_memo_info (memo, ws->memo_entries[t]);
          else
            precis_ner_word_info_describe (token, &ws->types[t]);
          ws->slots[i] = t + 1;
          return &ws->types[t];
        }
      key = &ws->keys[slot - 1];
      if (key->hash == hash && key->len == token->len &&
          memcmp (key->text, token->text, token->len) == 0)
        return &ws->types[slot - 1];
    }
}

#define TYPE_SUMS PRECIS_NER_WORD_SUMS

/* Every stage's sums of each distinct word's own features: the rows of a
 * word repeated in the document are read once, not at each token, and
 * those of a word in the memo not at all.  The memo's sums are copied
 * before any word is added: an addition may empty it. */
static void
sum_types (const PrecisNerTagger *tagger, PrecisNerWorkspace *ws, PrecisNerWordMemo *memo,
           guint n_types)
{
  /* A document without words has no sums (and type_sums may be NULL). */
  if (n_types == 0)
    return;
  if (n_types > ws->type_sums_capacity)
    {
      ws->type_sums_capacity = MAX (n_types, ws->type_sums_capacity * 2);
      ws->type_sums = g_renew (gint32, ws->type_sums, (gsize) ws->type_sums_capacity * TYPE_SUMS);
    }
  for (guint t = 0; t < n_types; t++)
    if (ws->memo_entries[t] != 0)
      memcpy (ws->type_sums + (gsize) t * TYPE_SUMS,
              precis_ner_word_memo_sums (memo, ws->memo_entries[t]), TYPE_SUMS * sizeof (gint32));
  for (guint t = 0; t < n_types; t++)
    if (ws->memo_entries[t] == 0)
      {
        gint32 *sums = ws->type_sums + (gsize) t * TYPE_SUMS;
        const PrecisNerWordKey *key = &ws->keys[t];

        memset (sums, 0, TYPE_SUMS * sizeof *sums);
        precis_ner_model_add_rows (tagger->model, ws->types[t].local, ws->types[t].n_local, sums);
        precis_ner_word_memo_add (memo, key->hash, key->text, key->len, &ws->types[t], sums);
      }
}

/* Emissions and Viterbi of the sentence whose features are at `offset`.
 * A token's first-pass ids start with its word's own (`local`), whose
 * sums are the word's; the first pass adds its context's rows of every
 * stage in one walk and keeps the second stage's sums, to which the
 * second pass adds only its own ids (the second pass's features are the
 * first's plus its own). */
static gboolean
has_name (const guint8 *tags, guint n)
{
  for (guint i = 0; i < n; i++)
    if (tags[i] != 0)
      return TRUE;
  return FALSE;
}

static void
decode (const PrecisNerTagger *tagger, PrecisNerWorkspace *ws, guint stage, guint offset,
        guint n, guint8 *tags)
{
  gboolean last = stage + 1 == precis_ner_model_n_stages (tagger->model);
  float *emission = ws->emission + (gsize) offset * PRECIS_NER_N_TAGS;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      const guint32 *ids = ws->ids + (gsize) (offset + i) * PRECIS_NER_MAX_FEATURES;
      gint32 *second = ws->second_sums + (gsize) (offset + i) * PRECIS_NER_N_TAGS;
      guint count = ws->counts[offset + i];
      float *out = emission + (gsize) i * PRECIS_NER_N_TAGS;

      if (stage == 0)
        {
          const PrecisNerWordInfo *w = ws->words[offset + i];
          gint32 sums[TYPE_SUMS];

          memcpy (sums, ws->type_sums + (gsize) (w - ws->types) * TYPE_SUMS, sizeof sums);
          precis_ner_model_add_rows (tagger->model, ids + w->n_local, count - w->n_local, sums);
          precis_ner_model_scale (tagger->model, 0, sums, out);
          ws->first_counts[offset + i] = (guint8) count;
          memcpy (second, sums + PRECIS_NER_N_TAGS, PRECIS_NER_N_TAGS * sizeof *second);
        }
      else
        {
          guint shared = ws->first_counts[offset + i];

          precis_ner_model_add_stage_rows (tagger->model, stage, ids + shared, count - shared,
                                           second);
          precis_ner_model_scale (tagger->model, stage, second, out);
        }
    }
  precis_ner_viterbi_with (&ws->viterbi[stage], emission, n, ws->scores, ws->back, tags);
  /* A sentence without a name has no margin anyone reads. */
  if (last && ws->want_margins && has_name (tags, n))
    precis_ner_viterbi_margins (emission, n, (const float (*)[PRECIS_NER_N_TAGS]) ws->columns, ws->scores, tags,
                                ws->margins + offset);
}

/* Adds the first-pass tags of a sentence's `n` words to the history
 * (`ordinary_openers`: the sentence's, or NULL), but no person's name an
 * ordinary word opens ("Iconic Arsenal", B-PER I-PER): the tag of a word
 * inside a person's name ("Wright" of "Ian Wright") tells the second pass
 * that every other "Arsenal" of the document is a surname. */
static void
add_history (PrecisNerHistory *history, const guint8 *ordinary_openers, const PrecisNerWordInfo *const *words,
             const guint8 *first_tags, guint n)
{
  const guint begin_person = precis_ner_tag_make (PRECIS_NER_TYPE_PER, TRUE);
  const guint inside_person = precis_ner_tag_make (PRECIS_NER_TYPE_PER, FALSE);

  for (guint i = 0; i < n; i++)
    {
      if (ordinary_openers != NULL && ordinary_openers[i] && first_tags[i] == begin_person &&
          i + 1 < n && first_tags[i + 1] == inside_person)
        {
          while (i + 1 < n && first_tags[i + 1] == inside_person)
            i++;
          continue;
        }
      if (words[i]->flags & PRECIS_NER_WORD_HAS_UPPER)
        precis_ner_history_add (history, words[i]->lower_hash, first_tags[i]);
    }
}

gboolean
precis_ner_tagger_tag_document (const PrecisNerTagger *tagger, PrecisNerWorkspace *ws,
                                const PrecisNerToken *tokens, const PrecisNerRange *sentences,
                                guint n_sentences, guint8 *tags, GCancellable *cancellable)
{
  PrecisNerDocContext context;
  PrecisNerHistory history;
  PrecisNerWordMemo *memo = precis_ner_word_memos_take (tagger->memos);
  gboolean two_pass = precis_ner_model_n_stages (tagger->model) > 1;
  gboolean ok = TRUE;
  guint n_tokens = 0, n_types = 0, offset, longest = 0;

  for (guint s = 0; s < n_sentences; s++)
    {
      n_tokens += sentences[s].n;
      longest = MAX (longest, sentences[s].n);
    }
  reserve (ws, MAX (n_tokens, 1), MAX (n_sentences, 1));
  precis_ner_features_reserve (&ws->features, longest);
  if (ws->want_margins)
    precis_ner_margin_columns (precis_ner_model_transition (tagger->model, precis_ner_model_n_stages (tagger->model) - 1),
                               ws->columns);
  memset (ws->slots, 0, ((gsize) ws->slot_mask + 1) * sizeof *ws->slots);
  for (guint stage = 0; stage < precis_ner_model_n_stages (tagger->model); stage++)
    precis_ner_viterbi_tables_init (&ws->viterbi[stage], precis_ner_model_transition (tagger->model, stage));

  /* Token i of sentence s is at offset + i in the per-token arrays. */
  precis_ner_doc_context_init (&context);
  {
    PrecisNerLexicon lower_words = precis_ner_model_lower_words (tagger->model);

    /* Words kept for the rules only were no feature in training either. */
    if (precis_ner_model_flags (tagger->model) & PRECIS_NER_MODEL_LEXICON_FOR_RULES)
      lower_words = (PrecisNerLexicon) { NULL, 0, 0 };

    precis_ner_doc_context_set_lower_words (&context, &lower_words);
  }
  offset = 0;
  for (guint s = 0; s < n_sentences; s++)
    {
      const PrecisNerToken *sentence = tokens + sentences[s].first;
      const PrecisNerWordInfo **words = ws->words + offset;
      guint n = sentences[s].n;

      for (guint i = 0; i < n; i++)
        words[i] = describe_word (ws, memo, &n_types, &sentence[i]);
      ws->upper[s] = (guint8) precis_ner_words_upper_sentence (words, n);
      precis_ner_doc_context_add_words (&context, words, n, ws->upper[s]);
      offset += n;
    }
  sum_types (tagger, ws, memo, n_types);
  precis_ner_word_memos_give_back (tagger->memos, memo);

  offset = 0;
  for (guint s = 0; s < n_sentences && ok; s++)
    {
      guint n = sentences[s].n;

      if (s % 256 == 255 && g_cancellable_is_cancelled (cancellable))
        ok = FALSE;
      precis_ner_features_extract_words (&ws->features, tagger->gazetteer, &context,
                                         ws->words + offset, n, ws->upper[s],
                                         ws->ids + (gsize) offset * PRECIS_NER_MAX_FEATURES,
                                         ws->counts + offset);
      decode (tagger, ws, 0, offset, n, tags + sentences[s].first);
      offset += n;
    }
  if (two_pass && ok)
    {
      precis_ner_history_init (&history);
      offset = 0;
      for (guint s = 0; s < n_sentences; s++)
        {
          add_history (&history, ws->ordinary_openers != NULL ? ws->ordinary_openers + sentences[s].first : NULL,
                       ws->words + offset, tags + sentences[s].first, sentences[s].n);
          offset += sentences[s].n;
        }
      /* In place: a sentence's first-pass tags are read before its
       * second-pass tags overwrite them, and the history is complete.  The
       * second pass's features are the first's plus its own. */
      offset = 0;
      for (guint s = 0; s < n_sentences; s++)
        {
          guint n = sentences[s].n;

          precis_ner_features_add_second_pass (&history, tags + sentences[s].first,
                                               ws->words + offset, n,
                                               ws->ids + (gsize) offset * PRECIS_NER_MAX_FEATURES,
                                               ws->counts + offset);
          decode (tagger, ws, 1, offset, n, tags + sentences[s].first);
          offset += n;
        }
      precis_ner_history_clear (&history);
    }
  precis_ner_doc_context_clear (&context);
  return ok;
}
