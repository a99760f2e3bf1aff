/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "rouge.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

struct _PrecisRouge {
  struct sb_stemmer *stemmer;
  GHashTable *ids;        /* token string -> id + 1 (owned keys) */
  GHashTable *stems;      /* raw lowercase token -> its stemmed form, interned */
  guint32 next_id;
};

PrecisRouge *
precis_rouge_new (void)
{
  PrecisRouge *rouge = g_new0 (PrecisRouge, 1);

  /* rouge-score stems with Porter's algorithm; Snowball ships it as "porter". */
  rouge->stemmer = sb_stemmer_new ("porter", NULL);
  g_assert (rouge->stemmer != NULL);
  rouge->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rouge->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return rouge;
}

void
precis_rouge_free (PrecisRouge *rouge)
{
  if (rouge == NULL)
    return;
  sb_stemmer_delete (rouge->stemmer);
  g_hash_table_destroy (rouge->ids);
  g_hash_table_destroy (rouge->stems);
  g_free (rouge);
}

static gboolean
is_token_char (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The stemmed form of one lowercase [a-z0-9]+ token. */
static const char *
stem (PrecisRouge *rouge, const char *token)
{
  const char *cached;
  const sb_symbol *out;

  /* rouge-score leaves tokens of three characters or fewer alone. */
  if (strlen (token) <= 3)
    return token;
  cached = g_hash_table_lookup (rouge->stems, token);
  if (cached != NULL)
    return cached;
  out = sb_stemmer_stem (rouge->stemmer, (const sb_symbol *) token, (int) strlen (token));
  g_hash_table_insert (rouge->stems, g_strdup (token), g_strdup ((const char *) out));
  return g_hash_table_lookup (rouge->stems, token);
}

/* Calls `emit` for each stemmed token of text[0..length).  Python's
 * str.lower() folds far more than ASCII, but only two non-ASCII letters
 * fold into [a-z0-9]: U+0130 "İ" becomes "i" plus a combining dot (a
 * separator), U+212A KELVIN SIGN becomes "k".  Every other non-ASCII
 * character is a separator either way. */
static void
each_token (PrecisRouge *rouge, const char *text, gsize length,
            void (*emit) (PrecisRouge *, const char *, gpointer), gpointer data)
{
  GString *token = g_string_new (NULL);

  for (gsize i = 0; i <= length; i++)
    {
      char c = i < length ? g_ascii_tolower (text[i]) : ' ';

      if (i + 1 < length && (guchar) text[i] == 0xC4 && (guchar) text[i + 1] == 0xB0)
        {
          /* "i", then the combining dot ends the token. */
          g_string_append_c (token, 'i');
          c = ' ';
          i += 1;
        }
      else if (i + 2 < length && (guchar) text[i] == 0xE2 && (guchar) text[i + 1] == 0x84
               && (guchar) text[i + 2] == 0xAA)
        {
          c = 'k';
          i += 2;
        }
      if (is_token_char (c))
        {
          g_string_append_c (token, c);
          continue;
        }
      if (token->len > 0)
        {
          emit (rouge, stem (rouge, token->str), data);
          g_string_truncate (token, 0);
        }
    }
  g_string_free (token, TRUE);
}

static void
emit_string (PrecisRouge *rouge, const char *token, gpointer data)
{
  g_ptr_array_add (data, g_strdup (token));
}

GStrv
precis_rouge_tokenize (PrecisRouge *rouge, const char *text)
{
  GPtrArray *tokens = g_ptr_array_new ();

  each_token (rouge, text, strlen (text), emit_string, tokens);
  g_ptr_array_add (tokens, NULL);
  return (GStrv) g_ptr_array_free (tokens, FALSE);
}

static void
emit_id (PrecisRouge *rouge, const char *token, gpointer data)
{
  guint32 id = GPOINTER_TO_UINT (g_hash_table_lookup (rouge->ids, token));

  if (id == 0)
    {
      id = ++rouge->next_id;
      g_hash_table_insert (rouge->ids, g_strdup (token), GUINT_TO_POINTER (id));
    }
  id--;
  g_array_append_val ((GArray *) data, id);
}

static void
add_line (PrecisRouge *rouge, PrecisRougeText *out, const char *line, gsize length)
{
  GArray *ids;

  /* rouge-score drops empty lines but keeps lines without any token. */
  if (length == 0)
    return;
  ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  each_token (rouge, line, length, emit_id, ids);
  out->n_tokens += ids->len;
  g_ptr_array_add (out->sentences, ids);
}

static PrecisRougeText *
text_new (void)
{
  PrecisRougeText *text = g_new0 (PrecisRougeText, 1);

  text->sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return text;
}

PrecisRougeText *
precis_rouge_text_new (PrecisRouge *rouge, const char *text)
{
  PrecisRougeText *out = text_new ();
  const char *line = text;

  for (;;)
    {
      const char *nl = strchr (line, '\n');
      gsize length = nl != NULL ? (gsize) (nl - line) : strlen (line);

      add_line (rouge, out, line, length);
      if (nl == NULL)
        break;
      line = nl + 1;
    }
  return out;
}

PrecisRougeText *
precis_rouge_text_new_sentences (PrecisRouge *rouge, const char *const *sentences, guint n_sentences)
{
  PrecisRougeText *out = text_new ();

  for (guint i = 0; i < n_sentences; i++)
    add_line (rouge, out, sentences[i], strlen (sentences[i]));
  return out;
}

void
precis_rouge_text_free (PrecisRougeText *text)
{
  if (text == NULL)
    return;
  g_ptr_array_unref (text->sentences);
  g_free (text);
}

static double
fmeasure (double precision, double recall)
{
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

static void
set_score (PrecisRougeScore *score, double hits, double n_reference, double n_candidate)
{
  score->precision = hits / MAX (n_candidate, 1);
  score->recall = hits / MAX (n_reference, 1);
  score->fmeasure = fmeasure (score->precision, score->recall);
}

static int
compare_u64 (const void *a, const void *b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* The n-grams of the whole text as sorted 64-bit keys.  Sentence boundaries
 * do not stop a bigram: rouge-score tokenizes the text as one string. */
static GArray *
ngrams (const PrecisRougeText *text, guint n)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint32 previous = 0;
  gboolean have_previous = FALSE;

  for (guint s = 0; s < text->sentences->len; s++)
    {
      GArray *ids = g_ptr_array_index (text->sentences, s);

      for (guint i = 0; i < ids->len; i++)
        {
          guint32 id = g_array_index (ids, guint32, i);
          guint64 key;

          if (n == 1)
            {
              key = id;
              g_array_append_val (keys, key);
            }
          else if (have_previous)
            {
              key = ((guint64) previous << 32) | id;
              g_array_append_val (keys, key);
            }
          previous = id;
          have_previous = TRUE;
        }
    }
  /* An empty GArray has no data: qsort must not see NULL (UBSan). */
  if (keys->len > 1)
    qsort (keys->data, keys->len, sizeof (guint64), compare_u64);
  return keys;
}

/* Sum over n-grams of min(count in a, count in b), both sorted. */
static guint
clipped_matches (GArray *a, GArray *b)
{
  guint i = 0, j = 0, hits = 0;

  while (i < a->len && j < b->len)
    {
      guint64 x = g_array_index (a, guint64, i), y = g_array_index (b, guint64, j);

      if (x == y)
        {
          hits++;
          i++;
          j++;
        }
      else if (x < y)
        i++;
      else
        j++;
    }
  return hits;
}

static void
score_ngrams (const PrecisRougeText *reference, const PrecisRougeText *candidate, guint n,
              PrecisRougeScore *score)
{
  g_autoptr (GArray) r = ngrams (reference, n);
  g_autoptr (GArray) c = ngrams (candidate, n);

  set_score (score, clipped_matches (r, c), r->len, c->len);
}

/* Marks in `in_lcs` the positions of `ref` on one LCS with `cand`, chosen
 * by the same backtracking (and tie-breaking) as rouge-score. */
static void
mark_lcs (GArray *ref, GArray *cand, guint32 *table, gboolean *in_lcs)
{
  guint m = ref->len, n = cand->len, w = n + 1;
  const guint32 *r = (const guint32 *) ref->data, *c = (const guint32 *) cand->data;

  for (guint j = 0; j <= n; j++)
    table[j] = 0;
  for (guint i = 1; i <= m; i++)
    {
      table[i * w] = 0;
      for (guint j = 1; j <= n; j++)
        table[i * w + j] = r[i - 1] == c[j - 1]
                             ? table[(i - 1) * w + j - 1] + 1
                             : MAX (table[(i - 1) * w + j], table[i * w + j - 1]);
    }
  for (guint i = m, j = n; i > 0 && j > 0;)
    {
      if (r[i - 1] == c[j - 1])
        {
          in_lcs[i - 1] = TRUE;
          i--;
          j--;
        }
      else if (table[i * w + j - 1] > table[(i - 1) * w + j])
        j--;
      else
        i--;
    }
}

static void
count_tokens (const PrecisRougeText *text, GHashTable *counts)
{
  for (guint s = 0; s < text->sentences->len; s++)
    {
      GArray *ids = g_ptr_array_index (text->sentences, s);

      for (guint i = 0; i < ids->len; i++)
        {
          gpointer key = GUINT_TO_POINTER (g_array_index (ids, guint32, i));

          g_hash_table_insert (counts, key,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
        }
    }
}

static gboolean
has_left (GHashTable *counts, gpointer key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) > 0;
}

static void
use_one (GHashTable *counts, gpointer key)
{
  g_hash_table_insert (counts, key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) - 1));
}

static void
score_lsum (const PrecisRougeText *reference, const PrecisRougeText *candidate,
            PrecisRougeScore *score)
{
  g_autoptr (GHashTable) left_r = NULL, left_c = NULL;
  guint max_r = 0, max_c = 0, hits = 0;
  g_autofree guint32 *table = NULL;
  g_autofree gboolean *in_lcs = NULL;

  memset (score, 0, sizeof *score);
  if (reference->n_tokens == 0 || candidate->n_tokens == 0)
    return;
  for (guint s = 0; s < reference->sentences->len; s++)
    max_r = MAX (max_r, ((GArray *) g_ptr_array_index (reference->sentences, s))->len);
  for (guint s = 0; s < candidate->sentences->len; s++)
    max_c = MAX (max_c, ((GArray *) g_ptr_array_index (candidate->sentences, s))->len);
  table = g_new (guint32, (gsize) (max_r + 1) * (max_c + 1));
  in_lcs = g_new (gboolean, max_r + 1);

  left_r = g_hash_table_new (NULL, NULL);
  left_c = g_hash_table_new (NULL, NULL);
  count_tokens (reference, left_r);
  count_tokens (candidate, left_c);

  for (guint s = 0; s < reference->sentences->len; s++)
    {
      GArray *ref = g_ptr_array_index (reference->sentences, s);

      memset (in_lcs, 0, sizeof (gboolean) * (max_r + 1));
      for (guint t = 0; t < candidate->sentences->len; t++)
        mark_lcs (ref, g_ptr_array_index (candidate->sentences, t), table, in_lcs);
      /* The union LCS, in reference order, each token used at most as
       * often as both texts hold it. */
      for (guint i = 0; i < ref->len; i++)
        {
          gpointer key = GUINT_TO_POINTER (g_array_index (ref, guint32, i));

          if (!in_lcs[i] || !has_left (left_r, key) || !has_left (left_c, key))
            continue;
          use_one (left_r, key);
          use_one (left_c, key);
          hits++;
        }
    }
  set_score (score, hits, reference->n_tokens, candidate->n_tokens);
}

void
precis_rouge_compare_ngrams (const PrecisRougeText *reference, const PrecisRougeText *candidate,
                             PrecisRougeScores *scores)
{
  score_ngrams (reference, candidate, 1, &scores->rouge1);
  score_ngrams (reference, candidate, 2, &scores->rouge2);
  memset (&scores->rouge_lsum, 0, sizeof scores->rouge_lsum);
}

void
precis_rouge_compare (const PrecisRougeText *reference, const PrecisRougeText *candidate,
                      PrecisRougeScores *scores)
{
  precis_rouge_compare_ngrams (reference, candidate, scores);
  score_lsum (reference, candidate, &scores->rouge_lsum);
}

void
precis_rouge_score (PrecisRouge *rouge, const char *reference, const char *candidate,
                    PrecisRougeScores *scores)
{
  g_autoptr (PrecisRougeText) r = precis_rouge_text_new (rouge, reference);
  g_autoptr (PrecisRougeText) c = precis_rouge_text_new (rouge, candidate);

  precis_rouge_compare (r, c, scores);
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* numpy.percentile's default (linear interpolation between order statistics). */
static double
percentile (const double *sorted, guint n, double p)
{
  double rank = p / 100.0 * (n - 1);
  guint lo = (guint) rank;
  double frac = rank - lo;

  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

/* The means of `n_samples` resamples of `values` (with replacement,
 * seeded), sorted. */
static double *
bootstrap_means (const double *values, guint n_values, guint n_samples, guint32 seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  double *means = g_new (double, n_samples);

  for (guint s = 0; s < n_samples; s++)
    {
      double total = 0;

      for (guint i = 0; i < n_values; i++)
        total += values[g_rand_int_range (rand, 0, (gint32) n_values)];
      means[s] = total / n_values;
    }
  qsort (means, n_samples, sizeof (double), compare_double);
  return means;
}

void
precis_rouge_bootstrap (const double *values, guint n_values, guint n_samples, guint32 seed,
                        double *mean, double *low, double *high)
{
  g_autofree double *means = NULL;
  double sum = 0;

  *mean = *low = *high = 0;
  if (n_values == 0 || n_samples == 0)
    return;
  for (guint i = 0; i < n_values; i++)
    sum += values[i];
  *mean = sum / n_values;

  means = bootstrap_means (values, n_values, n_samples, seed);
  *low = percentile (means, n_samples, 2.5);
  *high = percentile (means, n_samples, 97.5);
}

double
precis_rouge_bootstrap_below (const double *values, guint n_values, guint n_samples, guint32 seed,
                              double threshold)
{
  g_autofree double *means = NULL;
  guint below = 0;

  if (n_values == 0 || n_samples == 0)
    return 0;
  means = bootstrap_means (values, n_values, n_samples, seed);
  while (below < n_samples && means[below] < threshold)
    below++;
  return (double) below / n_samples;
}
