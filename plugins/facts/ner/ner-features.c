/* ner-features.c — feature templates of the tagger.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-features.h"
#include "ner-word.h"

#include <string.h>

typedef enum {
  SEEN_LOWER = 1 << 0,          /* written all lower case somewhere */
  SEEN_CAPITAL_INSIDE = 1 << 1, /* capitalized inside a sentence of normal case */
  SEEN_UPPER_INSIDE = 1 << 2,   /* all capitals inside a sentence of normal case */
  SEEN_IN_LANGUAGE = 1 << 3,    /* written all lower case in the language (ner-lexicon.h) */
} PrecisNerDocSeen;

enum {
  T_BIAS = 1,
  T_WORD,
  T_LOWER,
  T_SHAPE,
  T_PREFIX,
  T_SUFFIX,
  T_LOWER_M1,
  T_LOWER_P1,
  T_LOWER_M2,
  T_LOWER_P2,
  T_SHAPE_M1,
  T_SHAPE_P1,
  T_BIGRAM_M1,
  T_BIGRAM_P1,
  T_SHAPE_BI_M1,
  T_SHAPE_BI_P1,
  T_SHAPE_TRI,
  T_INITIAL_SHAPE,
  T_INITIAL_LOWER,
  T_DOC,
  T_HEADLINE_SHAPE,
  T_GAZ,
  T_GAZ_M1,
  T_GAZ_P1,
  T_LOWER_M1_SHAPE,
  T_SHAPE_LOWER_P1,
  T_LENGTH,
  T_HISTORY_MAJORITY,
  T_HISTORY_SHARE,
  T_FIRST_TAG,
  T_FIRST_TAG_M1,
  T_FIRST_TAG_P1,
  T_FIRST_TAG_WORD,
  T_SURNAME,
};

#define PAD_BEFORE 0x5bd1e995u
#define PAD_AFTER 0x1b873593u

static inline guint32
feature (guint template_id, guint32 value)
{
  return precis_ner_hash_mix (template_id * 0x01000193u, value);
}

static inline guint32
feature2 (guint template_id, guint32 a, guint32 b)
{
  return precis_ner_hash_mix (feature (template_id, a), b);
}

static inline guint
length_class (gsize len)
{
  return len <= 3 ? (guint) len : len <= 6 ? 4 : len <= 10 ? 5 : 6;
}

/* The hash of `lower`'s ASCII bytes, as a copy of the text that lost its
 * umlauts writes it ("für" → "fr", "Straße" → "strae"). */
static guint32
fold_hash (const char *lower, gsize len, guint32 lower_hash)
{
  char folded[PRECIS_NER_WORD_MAX];
  gsize n;

  memcpy (folded, lower, len);
  n = precis_ner_word_ascii (folded, len);
  return n == len ? lower_hash : precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, folded, n);
}

void
precis_ner_word_info_describe (const PrecisNerToken *token, PrecisNerWordInfo *info)
{
  char lower[PRECIS_NER_WORD_MAX], shape[PRECIS_NER_WORD_MAX];
  gsize lower_len, shape_len;
  guint flags;
  guint c = 0;

  lower_len = precis_ner_word_lower (token->text, token->len, lower);
  shape_len = precis_ner_word_shape (token->text, token->len, shape, &flags);
  info->flags = (guint8) flags;
  info->lower_hash = precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, lower, lower_len);
  info->word_hash = precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, token->text,
                                           MIN (token->len, PRECIS_NER_WORD_MAX));
  info->shape_hash = precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, shape, shape_len);
  info->fold_hash = fold_hash (lower, lower_len, info->lower_hash);

  info->local[c++] = feature (T_BIAS, 0);
  info->local[c++] = feature (T_WORD, info->word_hash);
  info->local[c++] = feature (T_LOWER, info->lower_hash);
  info->local[c++] = feature (T_SHAPE, info->shape_hash);
  info->local[c++] = feature (T_LENGTH, length_class (lower_len) * 64 + (flags & 0x1f));
  {
    const char *p = lower, *end = lower + lower_len;
    guint32 h = PRECIS_NER_FNV_SEED;

    for (guint k = 1; k <= 4 && p < end; k++)
      {
        const char *next = MIN (g_utf8_next_char (p), end);
        h = precis_ner_hash_bytes (h, p, next - p);
        p = next;
        info->local[c++] = feature (T_PREFIX, h);
      }
    p = end;
    for (guint k = 1; k <= 4 && p > lower; k++)
      {
        p = g_utf8_find_prev_char (lower, p);
        if (p == NULL)
          break;
        info->local[c++] = feature (T_SUFFIX, precis_ner_hash_bytes (PRECIS_NER_FNV_SEED + k, p, end - p));
      }
  }
  info->n_local = (guint8) c;
  info->before[0] = feature (T_LOWER_M1, info->lower_hash);
  info->before[1] = feature (T_LOWER_M2, info->lower_hash);
  info->before[2] = feature (T_SHAPE_M1, info->shape_hash);
  info->after[0] = feature (T_LOWER_P1, info->lower_hash);
  info->after[1] = feature (T_LOWER_P2, info->lower_hash);
  info->after[2] = feature (T_SHAPE_P1, info->shape_hash);
  info->left[0] = feature (T_BIGRAM_M1, info->lower_hash);
  info->left[1] = feature (T_SHAPE_BI_M1, info->shape_hash);
  info->left[2] = feature (T_LOWER_M1_SHAPE, info->lower_hash);
  info->own[0] = feature (T_BIGRAM_P1, info->lower_hash);
  info->own[1] = feature (T_SHAPE_BI_P1, info->shape_hash);
  info->own[2] = feature (T_SHAPE_LOWER_P1, info->shape_hash);
}

gboolean
precis_ner_words_upper_sentence (const PrecisNerWordInfo *const *words, guint n)
{
  guint upper = 0, other = 0;

  for (guint i = 0; i < n; i++)
    {
      guint flags = words[i]->flags;

      if (!(flags & PRECIS_NER_WORD_HAS_LETTER))
        continue;
      if (precis_ner_word_is_all_upper (flags))
        upper++;
      else
        other++;
    }
  return upper > other;
}

void
precis_ner_doc_context_init (PrecisNerDocContext *context)
{
  precis_ner_hash_set_init (&context->forms, 1024);
  context->lower_words.hashes = NULL;
  context->lower_words.n = 0;
}

void
precis_ner_doc_context_set_lower_words (PrecisNerDocContext *context,
                                        const PrecisNerLexicon *lower_words)
{
  context->lower_words = *lower_words;
}

void
precis_ner_doc_context_clear (PrecisNerDocContext *context)
{
  precis_ner_hash_set_clear (&context->forms);
}

void
precis_ner_doc_context_add_words (PrecisNerDocContext *context,
                                  const PrecisNerWordInfo *const *words, guint n,
                                  gboolean upper_sentence)
{
  for (guint i = 0; i < n; i++)
    {
      guint flags = words[i]->flags;
      guint8 seen = 0;

      if (!(flags & PRECIS_NER_WORD_HAS_LETTER))
        continue;
      if (precis_ner_word_is_lower (flags))
        seen = SEEN_LOWER;
      else if (i > 0 && !upper_sentence && precis_ner_word_is_all_upper (flags))
        seen = SEEN_UPPER_INSIDE;
      else if (i > 0 && !upper_sentence && precis_ner_word_is_capitalized (flags))
        seen = SEEN_CAPITAL_INSIDE;
      if (seen)
        precis_ner_hash_set_add (&context->forms, words[i]->lower_hash, seen);
    }
}

void
precis_ner_features_init (PrecisNerFeatures *f)
{
  memset (f, 0, sizeof *f);
}

void
precis_ner_features_clear (PrecisNerFeatures *f)
{
  g_free (f->ids);
  g_free (f->counts);
  g_free (f->infos);
  g_free (f->words);
  g_free (f->gaz_begin);
  g_free (f->gaz_inside);
  memset (f, 0, sizeof *f);
}

static void
reserve (PrecisNerFeatures *f, guint n)
{
  if (n <= f->capacity)
    return;
  f->capacity = MAX (n, f->capacity * 2);
  f->ids = g_renew (guint32, f->ids, (gsize) f->capacity * PRECIS_NER_MAX_FEATURES);
  f->counts = g_renew (guint8, f->counts, f->capacity);
  f->infos = g_renew (PrecisNerWordInfo, f->infos, f->capacity);
  f->words = g_renew (const PrecisNerWordInfo *, f->words, f->capacity);
  f->gaz_begin = g_renew (guint8, f->gaz_begin, f->capacity);
  f->gaz_inside = g_renew (guint8, f->gaz_inside, f->capacity);
}

void
precis_ner_features_reserve (PrecisNerFeatures *features, guint n_words)
{
  reserve (features, n_words);
}

void
precis_ner_doc_context_add_sentence (PrecisNerDocContext *context, const PrecisNerToken *tokens,
                                     guint n)
{
  PrecisNerFeatures f;

  precis_ner_features_init (&f);
  reserve (&f, n);
  for (guint i = 0; i < n; i++)
    {
      precis_ner_word_info_describe (&tokens[i], &f.infos[i]);
      f.words[i] = &f.infos[i];
    }
  precis_ner_doc_context_add_words (context, f.words, n,
                                    precis_ner_words_upper_sentence (f.words, n));
  precis_ner_features_clear (&f);
}

/* Longest gazetteer phrase at each capitalized token; marks its tokens. */
static void
match_gazetteer (PrecisNerFeatures *f, const PrecisNerGazetteer *gaz,
                 const PrecisNerWordInfo *const *words, guint n)
{
  guint max = precis_ner_gazetteer_max_tokens (gaz);

  memset (f->gaz_begin, 0, n);
  memset (f->gaz_inside, 0, n);
  for (guint i = 0; i < n; i++)
    {
      guint32 h = PRECIS_NER_FNV_SEED;
      guint best_len = 0, best_type = 0;

      if (!(words[i]->flags & PRECIS_NER_WORD_INITIAL_UPPER))
        continue;
      for (guint k = 0; k < max && i + k < n; k++)
        {
          guint bits;

          h = precis_ner_gazetteer_phrase_extend (h, words[i + k]->lower_hash);
          bits = precis_ner_gazetteer_lookup_hash (gaz, h);
          if (bits == 0)
            break;
          if (bits & ~PRECIS_NER_GAZ_PREFIX)
            {
              best_len = k + 1;
              best_type = bits & ~PRECIS_NER_GAZ_PREFIX;
            }
          if (!(bits & PRECIS_NER_GAZ_PREFIX))
            break;
        }
      if (best_len == 0 && !(words[i]->flags & PRECIS_NER_WORD_HAS_LOWER))
        {
          h = precis_ner_gazetteer_phrase_extend (PRECIS_NER_GAZ_CODE_SEED, words[i]->lower_hash);
          best_type = precis_ner_gazetteer_lookup_hash (gaz, h) & ~PRECIS_NER_GAZ_PREFIX;
          best_len = best_type != 0;
        }
      if (best_len == 0)
        continue;
      f->gaz_begin[i] |= best_type;
      for (guint k = 1; k < best_len; k++)
        f->gaz_inside[i + k] |= best_type;
    }
}

void
precis_ner_features_extract_words (PrecisNerFeatures *f, const PrecisNerGazetteer *gaz,
                                   const PrecisNerDocContext *context,
                                   const PrecisNerWordInfo *const *words, guint n,
                                   gboolean upper_sentence, guint32 *ids, guint8 *counts)
{
  /* What a word before the first would give: PAD_BEFORE's halves. */
  const guint32 pad_left[3] = {
    feature (T_BIGRAM_M1, PAD_BEFORE), feature (T_SHAPE_BI_M1, PAD_BEFORE),
    feature (T_LOWER_M1_SHAPE, PAD_BEFORE),
  };

  reserve (f, n);
  if (gaz)
    match_gazetteer (f, gaz, words, n);
  else
    {
      memset (f->gaz_begin, 0, n);
      memset (f->gaz_inside, 0, n);
    }

  for (guint i = 0; i < n; i++)
    {
      guint32 *out = ids + (gsize) i * PRECIS_NER_MAX_FEATURES;
      const PrecisNerWordInfo *w = words[i];
      guint c = w->n_local;
      guint32 lp1 = i + 1 < n ? words[i + 1]->lower_hash : PAD_AFTER;
      guint32 sm1 = i > 0 ? words[i - 1]->shape_hash : PAD_BEFORE;
      guint32 sp1 = i + 1 < n ? words[i + 1]->shape_hash : PAD_AFTER;
      guint32 lw = w->lower_hash, sh = w->shape_hash;
      /* The word before's halves of the pair features (PAD_BEFORE's at the start). */
      const guint32 *left = i > 0 ? words[i - 1]->left : pad_left;
      guint flags = w->flags;

      /* The whole array (a fixed-size copy): ids past n_local are overwritten or unused. */
      memcpy (out, w->local, sizeof w->local);
      out[c++] = i > 0 ? words[i - 1]->before[0] : feature (T_LOWER_M1, PAD_BEFORE);
      out[c++] = i + 1 < n ? words[i + 1]->after[0] : feature (T_LOWER_P1, PAD_AFTER);
      out[c++] = i > 1 ? words[i - 2]->before[1] : feature (T_LOWER_M2, PAD_BEFORE);
      out[c++] = i + 2 < n ? words[i + 2]->after[1] : feature (T_LOWER_P2, PAD_AFTER);
      out[c++] = i > 0 ? words[i - 1]->before[2] : feature (T_SHAPE_M1, PAD_BEFORE);
      out[c++] = i + 1 < n ? words[i + 1]->after[2] : feature (T_SHAPE_P1, PAD_AFTER);
      /* feature2 (T, a, b) is precis_ner_hash_mix (feature (T, a), b). */
      out[c++] = precis_ner_hash_mix (left[0], lw);           /* T_BIGRAM_M1: lm1, lw */
      out[c++] = precis_ner_hash_mix (w->own[0], lp1);        /* T_BIGRAM_P1: lw, lp1 */
      out[c++] = precis_ner_hash_mix (left[1], sh);           /* T_SHAPE_BI_M1: sm1, sh */
      out[c++] = precis_ner_hash_mix (w->own[1], sp1);        /* T_SHAPE_BI_P1: sh, sp1 */
      out[c++] = feature2 (T_SHAPE_TRI, precis_ner_hash_mix (sm1, sh), sp1);
      out[c++] = precis_ner_hash_mix (left[2], sh);           /* T_LOWER_M1_SHAPE: lm1, sh */
      out[c++] = precis_ner_hash_mix (w->own[2], lp1);        /* T_SHAPE_LOWER_P1: sh, lp1 */
      if (i == 0)
        {
          out[c++] = feature (T_INITIAL_SHAPE, sh);
          out[c++] = feature (T_INITIAL_LOWER, lw);
        }
      if (upper_sentence)
        out[c++] = feature (T_HEADLINE_SHAPE, sh);
      if ((flags & PRECIS_NER_WORD_HAS_UPPER) && context)
        {
          guint doc_seen = precis_ner_hash_set_lookup (&context->forms, lw);

          /* What the document cannot tell, the language may: a capitalized
           * first word the document never writes in lower case is a name
           * ("Ousmane Dembélé a ouvert") or a common word's capital
           * ("Plusieurs témoins").  Inside a sentence the capital says it. */
          if (i == 0 && context->lower_words.n > 0 &&
              precis_ner_lexicon_contains (&context->lower_words,
                                           context->lower_words.folded ? w->fold_hash : lw))
            doc_seen |= SEEN_IN_LANGUAGE;

          out[c++] = feature (T_DOC, doc_seen * 8u + (i == 0) * 2u + (guint) upper_sentence * 4u +
                                         precis_ner_word_is_all_upper (flags));
        }
      {
        guint begin = f->gaz_begin[i], inside = f->gaz_inside[i];
        guint before_types = i > 0 ? f->gaz_begin[i - 1] | f->gaz_inside[i - 1] : 0;
        guint after_types = i + 1 < n ? f->gaz_begin[i + 1] | f->gaz_inside[i + 1] : 0;

        /* The types any of the three words has, lowest first (the order
         * of the loop over every type this replaced: the same ids in the
         * same places). */
        guint types = (begin | inside | before_types | after_types) & ((1u << PRECIS_NER_GAZ_N_TYPES) - 1);

        for (guint any = types; any != 0; any &= any - 1)
          {
            guint t = (guint) __builtin_ctz (any), bit = 1u << t;

            if (begin & bit)
              out[c++] = feature (T_GAZ, t * 2);
            if (inside & bit)
              out[c++] = feature (T_GAZ, t * 2 + 1);
            if (before_types & bit)
              out[c++] = feature (T_GAZ_M1, t);
            if (after_types & bit)
              out[c++] = feature (T_GAZ_P1, t);
          }
      }
      /* A surname of the gazetteer (a model trained with them): this word
       * is one ("Mitterrand sagte"), the word before is one, the word after
       * is one ("Helmut" before "Kohl"). */
      if (gaz != NULL && precis_ner_gazetteer_has_surnames (gaz))
        for (guint k = 0; k < 3; k++)
          {
            guint j = k == 0 ? i : k == 1 ? i - 1 : i + 1;

            if ((k == 1 && i == 0) || j >= n)
              continue;
            if ((words[j]->flags & PRECIS_NER_WORD_INITIAL_UPPER) &&
                precis_ner_gazetteer_is_surname_hash (gaz, words[j]->lower_hash))
              out[c++] = feature (T_SURNAME, k);
          }
      g_assert (c <= PRECIS_NER_MAX_FEATURES);
      counts[i] = (guint8) c;
    }
}

/* The second pass's features of a first-pass tag (and of its neighbours'),
 * which take few values: looked up rather than hashed at every token. */
typedef struct {
  guint32 tag[PRECIS_NER_N_TAGS];
  guint32 before[PRECIS_NER_N_TAGS + 1][PRECIS_NER_N_TAGS];  /* [tag before or N_TAGS][tag] */
  guint32 after[PRECIS_NER_N_TAGS][PRECIS_NER_N_TAGS + 1];   /* [tag][tag after or N_TAGS] */
  guint32 word_seed[PRECIS_NER_N_TAGS];                      /* T_FIRST_TAG_WORD's first mix */
} TagFeatures;

static const TagFeatures *
tag_features (void)
{
  static TagFeatures table;
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
        {
          table.tag[t] = feature (T_FIRST_TAG, t);
          table.word_seed[t] = precis_ner_hash_mix (T_FIRST_TAG_WORD * 0x01000193u, t);
          for (guint o = 0; o <= PRECIS_NER_N_TAGS; o++)
            {
              table.before[o][t] = feature (T_FIRST_TAG_M1, o * 16 + t);
              table.after[t][o] = feature (T_FIRST_TAG_P1, t * 16 + o);
            }
        }
      g_once_init_leave (&done, 1);
    }
  return &table;
}

void
precis_ner_features_add_second_pass (const PrecisNerHistory *history, const guint8 *first_tags,
                                     const PrecisNerWordInfo *const *words, guint n,
                                     guint32 *ids, guint8 *counts)
{
  const TagFeatures *tf = first_tags != NULL ? tag_features () : NULL;

  for (guint i = 0; i < n; i++)
    {
      guint32 *out = ids + (gsize) i * PRECIS_NER_MAX_FEATURES;
      guint c = counts[i];
      guint32 lm1 = i > 0 ? words[i - 1]->lower_hash : PAD_BEFORE;
      guint32 lw = words[i]->lower_hash;
      guint flags = words[i]->flags;

      if (first_tags)
        {
          guint before = i > 0 ? first_tags[i - 1] : PRECIS_NER_N_TAGS;
          guint after = i + 1 < n ? first_tags[i + 1] : PRECIS_NER_N_TAGS;
          guint tag = first_tags[i];

          if (G_LIKELY (tag < PRECIS_NER_N_TAGS && before <= PRECIS_NER_N_TAGS &&
                        after <= PRECIS_NER_N_TAGS))
            {
              out[c++] = tf->tag[tag];
              out[c++] = tf->before[before][tag];
              out[c++] = tf->after[tag][after];
              out[c++] = precis_ner_hash_mix (tf->word_seed[tag], lm1);
            }
          else
            {
              out[c++] = feature (T_FIRST_TAG, tag);
              out[c++] = feature (T_FIRST_TAG_M1, before * 16 + tag);
              out[c++] = feature (T_FIRST_TAG_P1, tag * 16 + after);
              out[c++] = feature2 (T_FIRST_TAG_WORD, tag, lm1);
            }
        }
      if (history && (flags & PRECIS_NER_WORD_HAS_UPPER))
        {
          const guint16 *counts_of = precis_ner_history_lookup (history, lw);

          if (counts_of)
            {
              guint total = 0, best = 0;

              for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
                {
                  total += counts_of[t];
                  if (counts_of[t] > counts_of[best])
                    best = t;
                }
              out[c++] = feature (T_HISTORY_MAJORITY, best * 2 + (total > 1));
              for (guint t = 1; t < PRECIS_NER_N_TAGS && total > 0; t++)
                if (counts_of[t] > 0)
                  {
                    guint share = counts_of[t] * 3 > total * 2 ? 2 : counts_of[t] * 3 > total ? 1 : 0;
                    out[c++] = feature (T_HISTORY_SHARE, t * 4 + share);
                  }
            }
        }
      g_assert (c <= PRECIS_NER_MAX_FEATURES);
      counts[i] = (guint8) c;
    }
}

void
precis_ner_features_extract (PrecisNerFeatures *f, const PrecisNerGazetteer *gaz,
                             const PrecisNerDocContext *context, const PrecisNerHistory *history,
                             const guint8 *first_tags, const PrecisNerToken *tokens, guint n)
{
  reserve (f, n);
  for (guint i = 0; i < n; i++)
    {
      precis_ner_word_info_describe (&tokens[i], &f->infos[i]);
      f->words[i] = &f->infos[i];
    }
  precis_ner_features_extract_words (f, gaz, context, f->words, n,
                                     precis_ner_words_upper_sentence (f->words, n), f->ids,
                                     f->counts);
  precis_ner_features_add_second_pass (history, first_tags, f->words, n, f->ids, f->counts);
}
