/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "news-features.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Datelines and bylines are sentences too; they are never a summary. */
#define MIN_WORDS 4
#define DAMPING 0.85
/* A request for at most BRIEF_SENTENCES sentences (a client's default) is
 * wholly a short summary, the lede's, however short the article: 3 of a
 * 5-sentence feed item say what happened, they are no 60 % extract (until
 * session 7 the share alone decided, and BBC's long-extract weights
 * dropped the lede of every short item).  A longer request is a short one
 * while it is at most SHORT_REQUEST_FULL of the prose sentences, wholly a
 * long one from SHORT_REQUEST_END of them on. */
#define BRIEF_SENTENCES 3
/* A feed item, a notification, a pasted paragraph: its first sentence is
 * the story (model.c). */
#define SHORT_ARTICLE_SENTENCES 8
#define SHORT_REQUEST_FULL 0.3f
#define SHORT_REQUEST_END 0.4f

#define FEATURES(X)                                                                      \
  X (POS_INV, "position-inverse") X (POS_FRAC, "position-fraction") X (FIRST, "first")   \
  X (SECOND, "second") X (LAST, "last")                                                  \
  X (PROSE_RANK_INV, "prose-rank-inverse") X (PROSE_FIRST, "prose-first")                \
  X (IN_REQUEST, "in-request") X (RANK_OVER_REQUEST, "prose-rank-over-request")          \
  X (PARA_POS_INV, "paragraph-position-inverse") X (PARA_FIRST, "paragraph-first")       \
  X (PARA_INDEX_INV, "paragraph-index-inverse") X (PARA_SIZE, "paragraph-size")          \
  X (PARA_ALONE, "paragraph-alone")                                                      \
  X (WORDS, "words") X (LOG_WORDS, "log-words") X (SHORT, "short")                       \
  X (RELATIVE_WORDS, "relative-words") X (LONG, "long")                                  \
  X (PAGERANK, "pagerank") X (PAGERANK_RANK, "pagerank-rank") X (CENTROID, "centroid")   \
  X (TERM_WEIGHT, "term-weight") X (TERM_WEIGHT_RANK, "term-weight-rank")                \
  X (TERM_WEIGHT_PER_WORD, "term-weight-per-word") X (TITLE, "title-overlap")            \
  X (LEAD_SIM, "lead-similarity") X (MAX_SIM, "max-similarity")                          \
  X (CAPS, "capitalized-density") X (NUMBERS, "number-density") X (QUOTED, "quoted")     \
  X (QUOTE_FLAG, "quote-flag") X (WORDS_RANK, "words-rank") X (CENTROID_RANK, "centroid-rank") \
  X (STOPWORDS, "stopword-fraction") X (COMMAS, "comma-density")                         \
  X (LABEL_COLON, "label-colon") X (NO_FINAL_STOP, "no-final-stop") X (QUESTION, "question") \
  X (DATELINE, "dateline") X (OPENS_QUOTE, "opens-quote") X (ATTRIBUTION, "attribution")  \
  X (SCORE, "score") X (RATING, "rating") X (LONG_QUOTE, "long-quote")                   \
  X (REQUEST_FRACTION, "request-fraction") X (ARTICLE_SIZE, "article-size")              \
  X (CAPTION_OVERLAP, "caption-overlap")

#define ENUM_ITEM(id, name) F_##id,
enum { FEATURES (ENUM_ITEM) F_N_BASE };
G_STATIC_ASSERT (F_N_BASE == PRECIS_NEWS_N_BASE_FEATURES);

#define NAME_ITEM(id, name) name,
#define REQUEST_ITEM(id, name) name "*short",
#define BRIEF_FEATURES(X)                                                                \
  X (FIRST, "first") X (PROSE_FIRST, "prose-first") X (PROSE_RANK_INV, "prose-rank-inverse") \
  X (IN_REQUEST, "in-request") X (RELATIVE_WORDS, "relative-words") X (PAGERANK, "pagerank") \
  X (LEAD_SIM, "lead-similarity") X (TITLE, "title-overlap")
#define BRIEF_NAME_ITEM(id, name) name "*brief",
#define BRIEF_INDEX_ITEM(id, name) F_##id,
const char *const precis_news_feature_names[PRECIS_NEWS_N_FEATURES] = {
  FEATURES (NAME_ITEM) FEATURES (REQUEST_ITEM) BRIEF_FEATURES (BRIEF_NAME_ITEM)
};
static const guint brief_features[] = { BRIEF_FEATURES (BRIEF_INDEX_ITEM) };
G_STATIC_ASSERT (G_N_ELEMENTS (brief_features) == PRECIS_NEWS_N_BRIEF_FEATURES);

/* Lowercase words of the title, which the document gives as a string.  A
 * title repeated in the text is a sentence flagged TITLE: its tokens'
 * forms are the same, so the string is all we need. */
static GPtrArray *
title_words (const char *title)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = NULL;
  const char *p;

  if (title == NULL)
    return words;
  lower = g_utf8_strdown (title, -1);
  p = lower;
  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p - start >= 3)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }
  return words;
}

/* Stems are not available for the title string, so a shared prefix of
 * five characters (or the whole shorter word) stands in for stemming:
 * "talks" meets "talk", "economy" meets "economic". */
static gboolean
same_word (const char *a, const char *b)
{
  gsize p = 0;

  /* Every way below to be the same word starts with the same byte (`b`,
   * a title word, is never empty): most pairs differ there. */
  if (a[0] != b[0])
    return FALSE;
  /* The bytes they share, five at most, in one pass (no strlen): five
   * shared are a prefix of five of two words of five or more; fewer,
   * the same word or one with an "s" more. */
  while (p < 5 && a[p] != '\0' && a[p] == b[p])
    p++;
  if (p == 5)
    return TRUE;
  return (a[p] == '\0' && b[p] == '\0') || (b[p] == '\0' && a[p] == 's' && a[p + 1] == '\0') ||
         (a[p] == '\0' && b[p] == 's' && b[p + 1] == '\0');
}

/* Whether the BCP 47 `language` is one of `codes` (any region or script).
 * (libprecis/text's precis_language_in: a plugin sees the public API only.) */
static gboolean
language_is (const char *language, const char *const *codes)
{
  for (guint i = 0; language != NULL && codes[i] != NULL; i++)
    {
      gsize n = strlen (codes[i]);

      if (strncmp (language, codes[i], n) == 0 && !g_ascii_isalpha (language[n]))
        return TRUE;
    }
  return FALSE;
}

/* Languages that write words without spaces between them: their titles
 * split into no words by spaces and letters. */
static const char *const unspaced_languages[] = { "zh", "ja", "th", "lo", "km", "my", "bo", NULL };

/* For a language without spaces: the share of the title's bytes covered
 * by the sentence's own words (the pipeline's tokens, found in the
 * lower-cased title), stop words aside. */
static double
title_coverage (const PrecisDocument *doc, const PrecisSentence *sentence, const char *title)
{
  gsize n = strlen (title), covered = 0, letters = 0;
  g_autofree gboolean *hit = g_new0 (gboolean, n + 1);

  for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      const PrecisToken *token = &doc->tokens[t];
      gsize length;

      if (token->lower == NULL || !(token->flags & PRECIS_TOKEN_WORD) || (token->flags & PRECIS_TOKEN_STOPWORD))
        continue;
      length = strlen (token->lower);
      for (const char *p = strstr (title, token->lower); p != NULL && length > 0; p = strstr (p + length, token->lower))
        for (gsize b = 0; b < length; b++)
          hit[(p - title) + b] = TRUE;
    }
  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      {
        gsize width = g_utf8_next_char (p) - p;

        letters += width;
        covered += hit[p - title] ? width : 0;
      }
  return letters > 0 ? (double) covered / letters : 0;
}

static double
title_overlap (const PrecisDocument *doc, const PrecisSentence *sentence, GPtrArray *title)
{
  guint found = 0, counted = 0;

  for (guint w = 0; w < title->len; w++)
    {
      const char *word = g_ptr_array_index (title, w);
      gboolean stop = FALSE, hit = FALSE;

      for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const PrecisToken *token = &doc->tokens[t];

          if (token->lower == NULL || !same_word (token->lower, word))
            continue;
          hit = TRUE;
          stop = (token->flags & PRECIS_TOKEN_STOPWORD) != 0;
          break;
        }
      if (stop)
        continue;
      counted++;
      found += hit;
    }
  return counted > 0 ? (double) found / counted : 0;
}

static const char *
term_key (const PrecisToken *token)
{
  if (!(token->flags & PRECIS_TOKEN_WORD) || (token->flags & PRECIS_TOKEN_STOPWORD))
    return NULL;
  return token->stem != NULL ? token->stem : token->lower;
}

/* The stems of the article's captions (sentences flagged CAPTION):
 * editors write them, and they name what a picture shows, which is what
 * the story is about. */
static GHashTable *
caption_terms (const PrecisDocument *doc)
{
  GHashTable *terms = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[s];

      if (!(sentence->flags & PRECIS_SENTENCE_CAPTION))
        continue;
      for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const char *key = term_key (&doc->tokens[t]);

          if (key != NULL)
            g_hash_table_add (terms, (gpointer) key);
        }
    }
  return terms;
}

/* The share of a sentence's terms that the captions hold. */
static float
caption_overlap (const PrecisDocument *doc, const PrecisSentence *sentence, GHashTable *captions)
{
  guint terms = 0, found = 0;

  if (g_hash_table_size (captions) == 0)
    return 0;
  for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      const char *key = term_key (&doc->tokens[t]);

      if (key == NULL)
        continue;
      terms++;
      found += g_hash_table_contains (captions, key);
    }
  return terms > 0 ? (float) found / terms : 0;
}

/* 1 for the highest of `values`, 0 for the lowest; ties share a rank.
 * Sorting keeps it n log n (n is capped by the graph, but still). */
typedef struct {
  float value;
  guint index;
} Ranked;

static int
compare_ranked (const void *a, const void *b)
{
  const Ranked *x = a, *y = b;

  return x->value > y->value ? -1 : x->value < y->value;
}

static void
rank_fraction (const float *values, guint n, guint stride, float *out)
{
  g_autofree Ranked *order = g_new (Ranked, n + 1);
  guint above = 0;

  for (guint i = 0; i < n; i++)
    order[i] = (Ranked) { values[i * stride], i };
  qsort (order, n, sizeof (Ranked), compare_ranked);
  for (guint r = 0; r < n; r++)
    {
      if (r > 0 && order[r].value < order[r - 1].value)
        above = r;
      out[order[r].index * stride] = n > 1 ? 1.0f - (float) above / (n - 1) : 1.0f;
    }
}

/* What a sentence's tokens and characters say about its kind. */
typedef struct {
  guint words, caps, numbers, quoted, stopwords, commas;
  guint colon_at;          /* word index of the first colon, or G_MAXUINT */
  gboolean attribution;    /* "said", "told", "according" */
  gboolean dateline;       /* "LONDON (CNN) --", "(CNN)" */
  gboolean opens_quote, question, no_final_stop, score, rating, rating_first;
  gboolean opens_indefinite; /* "A senior doctor facing ...", after any dateline */
} Shape;

static gboolean
is_quote_char (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

/* "6/10", "9/10" (not "24/7" or a date): a product rating. */
static gboolean
is_rating (const char *p, const char *end)
{
  const char *q = p;

  while (q < end && g_ascii_isdigit (*q))
    q++;
  if (q == p || q - p > 2 || q + 3 > end || q[0] != '/' || q[1] != '1' || q[2] != '0')
    return FALSE;
  return q + 3 == end || !g_ascii_isdigit (q[3]);
}

/* The first ASCII digit in [p, end), or `end`: 16 bytes a step with SSE2
 * (a byte loop over every sentence's text was a tenth of the features). */
static const char *
next_digit (const char *p, const char *end)
{
#if defined(__SSE2__)
  const __m128i below = _mm_set1_epi8 ('0' - 1), above = _mm_set1_epi8 ('9' + 1);

  while (end - p >= 16)
    {
      __m128i bytes = _mm_loadu_si128 ((const __m128i *) p);
      int digits = _mm_movemask_epi8 (_mm_and_si128 (_mm_cmpgt_epi8 (bytes, below), _mm_cmplt_epi8 (bytes, above)));

      if (digits != 0)
        return p + __builtin_ctz (digits);
      p += 16;
    }
#endif
  while (p < end && !g_ascii_isdigit (*p))
    p++;
  return p;
}

/* "2-1", "3-0" between non-digits: a match result. */
static gboolean
is_score (const char *text, const char *p, const char *end)
{
  return g_ascii_isdigit (p[0]) && p + 2 < end && p[1] == '-' && g_ascii_isdigit (p[2])
         && (p == text || !g_ascii_isdigit (p[-1])) && (p + 3 == end || !g_ascii_isdigit (p[3]));
}

/* A token's own characters: punctuation has no case-folded form to trust. */
static gboolean
token_is (const PrecisDocument *doc, const PrecisToken *token, const char *text)
{
  size_t length = strlen (text);

  return token->byte_end - token->byte_start == length
         && memcmp (doc->text + token->byte_start, text, length) == 0;
}

static const char *const attribution_words[] = {
  "said", "says", "told", "according", "added", "claimed", "alleged", "announced", "reported", NULL,
};

/* Each language's indefinite articles.  A story's lede introduces what
 * it is about with one ("A senior doctor facing ...", "Un homme de 45 ans
 * ..."); later sentences refer back to it ("He", "The doctor", or the
 * name the captions give).  A language without articles (or not listed)
 * has no such lede. */
typedef struct {
  const char *language;
  const char *articles[4];
} IndefiniteArticles;

static const IndefiniteArticles indefinite_articles[] = {
  { "en", { "a", "an" } },       { "fr", { "un", "une" } },       { "es", { "un", "una" } },
  { "it", { "un", "uno", "una", "un'" } }, { "pt", { "um", "uma" } }, { "de", { "ein", "eine" } },
  { "nl", { "een" } },           { "sv", { "en", "ett" } },        { "da", { "en", "et" } },
  { "no", { "en", "ei", "et" } }, { "nb", { "en", "ei", "et" } },   { "ro", { "un", "o" } },
  { "hu", { "egy" } },           { "id", { "seorang", "sebuah" } },
};

static const char *const *
indefinite_articles_of (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (indefinite_articles); i++)
    if (language_is (language, (const char *const[]) { indefinite_articles[i].language, NULL }))
      return indefinite_articles[i].articles;
  return NULL;
}

static gboolean
is_one_of (const char *word, const char *const *words, guint n)
{
  for (guint i = 0; i < n && words[i] != NULL; i++)
    if (strcmp (word, words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* `articles`: the language's indefinite articles (4 at most), or NULL. */
static void
read_shape (const PrecisDocument *doc, const PrecisSentence *sentence, const char *const *articles, Shape *shape)
{
  const char *start = doc->text + sentence->byte_start, *end = doc->text + sentence->byte_end;
  const char *last = end;
  gunichar first = 0, final = 0;
  gboolean opening = TRUE;  /* no word yet, but for a dateline's */

  guint32 attribution_letters = 0;  /* bit k: a word starts with 'a' + k */

  for (guint w = 0; attribution_words[w] != NULL; w++)
    attribution_letters |= 1u << (attribution_words[w][0] - 'a');
  memset (shape, 0, sizeof *shape);
  shape->colon_at = G_MAXUINT;
  /* The pipeline makes a dateline a paragraph of its own (dateline.h):
   * the lede after it is what the model learnt as the sentence with it. */
  shape->dateline = sentence > doc->sentences && (sentence[-1].flags & PRECIS_SENTENCE_DATELINE);
  for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    {
      const PrecisToken *token = &doc->tokens[t];
      const char *lower = token->lower != NULL ? token->lower : "";

      if (precis_graph_is_citation (doc, t))
        continue;
      if ((token->flags & PRECIS_TOKEN_WORD) == 0)
        {
          if (token_is (doc, token, ","))
            shape->commas++;
          else if (token_is (doc, token, ":") && shape->colon_at == G_MAXUINT)
            shape->colon_at = shape->words;
          else if (t - sentence->first_token < 8 && (token_is (doc, token, "--") || token_is (doc, token, "—")))
            {
              shape->dateline |= shape->words > 0 && shape->words <= 4;
              /* The sentence proper opens after "LONDON (CNN) --". */
              opening |= shape->dateline;
            }
          else
            /* ... or after "(CNN)". */
            opening = shape->dateline && shape->words <= 4 && token_is (doc, token, ")");
          continue;
        }
      if (opening && articles != NULL)
        shape->opens_indefinite = is_one_of (lower, articles, 4);
      opening = FALSE;
      shape->words++;
      if ((token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER
           || token->shape == PRECIS_SHAPE_MIXED)
          && (token->flags & PRECIS_TOKEN_SENTENCE_START) == 0)
        shape->caps++;
      if (token->shape == PRECIS_SHAPE_NUMBER || token->shape == PRECIS_SHAPE_ALNUM)
        shape->numbers++;
      if (token->flags & PRECIS_TOKEN_IN_QUOTE)
        shape->quoted++;
      if (token->flags & PRECIS_TOKEN_STOPWORD)
        shape->stopwords++;
      if (shape->words <= 3 && strcmp (lower, "cnn") == 0)
        shape->dateline = TRUE;
      /* Once found, the sentence is an attribution: no need to look again
       * (this ran for every word of every sentence); a word whose first
       * letter opens none of the words is none. */
      for (guint w = 0; !shape->attribution && (guint) ((guchar) lower[0] - 'a') < 26 &&
                        (attribution_letters >> ((guchar) lower[0] - 'a') & 1) && attribution_words[w] != NULL; w++)
        shape->attribution = attribution_words[w][0] == lower[0] && strcmp (lower, attribution_words[w]) == 0;
    }
  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (last > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (last))))
    last = g_utf8_prev_char (last);
  if (start < last)
    {
      first = g_utf8_get_char (start);
      final = g_utf8_get_char (g_utf8_prev_char (last));
    }
  shape->opens_quote = is_quote_char (first);
  /* A question, also one inside quotation marks: “... now?” */
  shape->question = final == '?'
                    || (is_quote_char (final) && last - start > 2
                        && g_utf8_get_char (g_utf8_prev_char (g_utf8_prev_char (last))) == '?');
  shape->no_final_stop = !(final == '.' || final == '!' || final == '?' || is_quote_char (final) || final == ')'
                           || final == 0x2026);
  shape->rating_first = is_rating (start, last);
  for (const char *p = next_digit (start, last); p < last; p = next_digit (p + 1, last))
    {
      shape->score |= is_score (doc->text, p, last);
      shape->rating |= (p == start || !g_ascii_isdigit (p[-1])) && is_rating (p, last);
    }
}

/* A team line-up or a list of names after a label ("Man City: James,
 * Mills (Wright-Phillips 83), Dunne, ...", "Subs not used: ..."), or a
 * rating that opens a product entry ("6/10 Dr Skin's lotion ..."): lines
 * of a table, not sentences a reader wants in a summary. */
static gboolean
is_fragment (const Shape *shape)
{
  gboolean list = shape->colon_at <= 4 && (shape->commas >= 3 || 2 * shape->commas + 2 >= shape->words)
                  && shape->stopwords * 5 < shape->words;

  return list || shape->rating_first;
}

PrecisNewsFeatures *
precis_news_features_new (const PrecisDocument *doc, guint n_request, GCancellable *cancellable, GError **error)
{
  g_autoptr (PrecisNewsFeatures) features = g_new0 (PrecisNewsFeatures, 1);
  PrecisSentenceGraph *graph = precis_sentence_graph_new (doc, cancellable, error);
  g_autoptr (GPtrArray) title = title_words (doc->title);
  g_autoptr (GHashTable) captions = caption_terms (doc);
  g_autofree char *unspaced_title = doc->title != NULL && language_is (doc->language, unspaced_languages)
                                      ? g_utf8_strdown (doc->title, -1) : NULL;
  g_autofree double *rank = NULL;
  g_autofree Shape *shapes = NULL;
  guint n, first_paragraph = 0, n_prose = 0, prose_seen = 0;
  float max_weight = 0, max_per_word = 0, mean_words = 0, fraction, short_request;
  /* Capitals mark names in English and most languages; German capitalizes
   * every noun too, where the density says nothing of names: a constant
   * then, which moves no sentence against another. */
  gboolean caps_mark_names = !language_is (doc->language, (const char *const[]) { "de", "lb", "gsw", NULL });
  const char *const *articles = indefinite_articles_of (doc->language);
  const guint stride = PRECIS_NEWS_N_FEATURES;

  if (graph == NULL)
    return NULL;
  features->graph = graph;
  n = graph->n;
  features->values = g_new0 (float, (gsize) n * stride + 1);
  features->kind = g_new0 (guint8, n + 1);
  features->eligible = g_new0 (gboolean, n + 1);
  features->relative_length = g_new0 (float, n + 1);
  features->prose_rank = g_new0 (guint, n + 1);
  features->introducing_lede = G_MAXUINT;
  features->n_request = n_request;
  shapes = g_new0 (Shape, n + 1);
  rank = g_new0 (double, n + 1);
  if (!precis_sentence_graph_pagerank (graph, DAMPING, rank, cancellable, error))
    return NULL;
  if (n > 0)
    first_paragraph = doc->sentences[graph->sentence[0]].paragraph;

  for (guint i = 0; i < n; i++)
    {
      read_shape (doc, &doc->sentences[graph->sentence[i]], articles, &shapes[i]);
      features->kind[i] = graph->n_words[i] < MIN_WORDS ? PRECIS_NEWS_TOO_SHORT
                          : is_fragment (&shapes[i])  ? PRECIS_NEWS_FRAGMENT
                                                      : PRECIS_NEWS_PROSE;
      features->eligible[i] = features->kind[i] == PRECIS_NEWS_PROSE;
      if (features->eligible[i] && n_prose == 0 && shapes[i].opens_indefinite)
        features->introducing_lede = i;
      if (features->eligible[i])
        {
          n_prose++;
          mean_words += graph->n_words[i];
        }
      max_weight = MAX (max_weight, graph->term_weight[i]);
      max_per_word = MAX (max_per_word, graph->term_weight[i] / MAX (graph->n_words[i], 1));
    }
  mean_words = n_prose > 0 ? mean_words / n_prose : 1;
  fraction = n_prose > 0 ? MIN (1.0f, (float) n_request / n_prose) : 1.0f;
  features->short_request = short_request
    = n_request <= BRIEF_SENTENCES ? 1.0f
                                   : CLAMP ((SHORT_REQUEST_END - fraction) / (SHORT_REQUEST_END - SHORT_REQUEST_FULL), 0.0f, 1.0f);
  features->short_article = short_request >= 0.5f && n_prose <= SHORT_ARTICLE_SENTENCES;

  for (guint i = 0; i < n; i++)
    {
      const PrecisSentence *sentence = &doc->sentences[graph->sentence[i]];
      const PrecisParagraph *paragraph = &doc->paragraphs[sentence->paragraph];
      const Shape *shape = &shapes[i];
      float *x = features->values + (gsize) i * stride;
      guint words = graph->n_words[i], in_paragraph = graph->sentence[i] - paragraph->first_sentence;
      guint prose_rank = features->prose_rank[i] = prose_seen;
      float max_sim = 0, relative = words / mean_words;

      if (i % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      prose_seen += features->eligible[i];
      for (guint j = 0; j < n; j++)
        max_sim = MAX (max_sim, graph->similarity[i * n + j]);

      x[F_POS_INV] = 1.0f / (i + 1);
      x[F_POS_FRAC] = n > 1 ? (float) i / (n - 1) : 0;
      x[F_FIRST] = i == 0;
      x[F_SECOND] = i == 1;
      x[F_LAST] = n > 1 && i == n - 1;
      x[F_PROSE_RANK_INV] = 1.0f / (prose_rank + 1);
      x[F_PROSE_FIRST] = prose_rank == 0;
      x[F_IN_REQUEST] = prose_rank < n_request;
      x[F_RANK_OVER_REQUEST] = MIN ((float) prose_rank / MAX (n_request, 1), 4.0f) / 4.0f;
      x[F_PARA_POS_INV] = 1.0f / (in_paragraph + 1);
      x[F_PARA_FIRST] = in_paragraph == 0;
      x[F_PARA_INDEX_INV] = 1.0f / (sentence->paragraph - MIN (first_paragraph, sentence->paragraph) + 1);
      x[F_PARA_SIZE] = MIN (paragraph->n_sentences, 10) / 5.0f;
      x[F_PARA_ALONE] = paragraph->n_sentences == 1;
      x[F_WORDS] = MIN (words, 80) / 25.0f;
      x[F_LOG_WORDS] = logf (1.0f + words);
      x[F_SHORT] = words < 10;
      x[F_RELATIVE_WORDS] = MIN (relative, 4.0f);
      features->relative_length[i] = relative;
      x[F_LONG] = relative > 1.5f;
      x[F_PAGERANK] = (float) (rank[i] * n);
      x[F_CENTROID] = graph->centroid[i];
      x[F_TERM_WEIGHT] = max_weight > 0 ? graph->term_weight[i] / max_weight : 0;
      x[F_TERM_WEIGHT_PER_WORD] = max_per_word > 0 ? graph->term_weight[i] / MAX (words, 1) / max_per_word : 0;
      x[F_TITLE] = unspaced_title != NULL ? (float) title_coverage (doc, sentence, unspaced_title)
                                          : (float) title_overlap (doc, sentence, title);
      x[F_LEAD_SIM] = i == 0 ? 1.0f : graph->similarity[i];
      x[F_MAX_SIM] = max_sim;
      x[F_CAPS] = words > 0 && caps_mark_names ? (float) shape->caps / words : 0;
      x[F_NUMBERS] = words > 0 ? (float) shape->numbers / words : 0;
      x[F_QUOTED] = words > 0 ? (float) shape->quoted / words : 0;
      x[F_QUOTE_FLAG] = (sentence->flags & PRECIS_SENTENCE_QUOTE) != 0;
      x[F_STOPWORDS] = words > 0 ? (float) shape->stopwords / words : 0;
      x[F_COMMAS] = MIN ((float) shape->commas / MAX (words, 1), 1.0f);
      x[F_LABEL_COLON] = shape->colon_at <= 4 && !shape->attribution;
      x[F_NO_FINAL_STOP] = shape->no_final_stop;
      x[F_QUESTION] = shape->question;
      x[F_DATELINE] = shape->dateline;
      x[F_OPENS_QUOTE] = shape->opens_quote;
      x[F_ATTRIBUTION] = shape->attribution;
      x[F_SCORE] = shape->score;
      x[F_RATING] = shape->rating;
      x[F_LONG_QUOTE] = x[F_QUOTED] > 0.5f && relative > 1.2f;
      x[F_REQUEST_FRACTION] = fraction;
      x[F_ARTICLE_SIZE] = logf (1.0f + n_prose);
      x[F_CAPTION_OVERLAP] = caption_overlap (doc, sentence, captions);
    }
  rank_fraction (features->values + F_PAGERANK, n, stride, features->values + F_PAGERANK_RANK);
  rank_fraction (features->values + F_TERM_WEIGHT, n, stride, features->values + F_TERM_WEIGHT_RANK);
  rank_fraction (features->values + F_WORDS, n, stride, features->values + F_WORDS_RANK);
  rank_fraction (features->values + F_CENTROID, n, stride, features->values + F_CENTROID_RANK);
  for (guint i = 0; i < n; i++)
    {
      float *x = features->values + (gsize) i * stride;

      for (guint f = 0; f < F_N_BASE; f++)
        x[F_N_BASE + f] = x[f] * short_request;
      /* One or two sentences are a headline's worth: the lede or nothing. */
      for (guint f = 0; f < PRECIS_NEWS_N_BRIEF_FEATURES; f++)
        x[2 * F_N_BASE + f] = n_request <= 2 ? x[brief_features[f]] : 0;
    }
  return g_steal_pointer (&features);
}

void
precis_news_features_free (PrecisNewsFeatures *features)
{
  if (features == NULL)
    return;
  precis_sentence_graph_free (features->graph);
  g_free (features->values);
  g_free (features->kind);
  g_free (features->eligible);
  g_free (features->relative_length);
  g_free (features->prose_rank);
  g_free (features);
}
