/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "graph.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct {
  guint32 term;
  float weight;
} Entry;

static int
compare_u32 (const void *a, const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* A sentence's term ids in order.  A sentence has a dozen or so: insertion
 * sort, without qsort's call per comparison (qsort took a third of the
 * graph's instructions); a long run-on sentence still takes qsort. */
static void
sort_u32 (guint32 *v, guint32 n)
{
  if (n > 48)
    {
      qsort (v, n, sizeof *v, compare_u32);
      return;
    }
  for (guint32 i = 1; i < n; i++)
    {
      guint32 x = v[i], j = i;

      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
}

static gboolean
is_term (const PrecisToken *token)
{
  return (token->flags & PRECIS_TOKEN_WORD) != 0 && (token->flags & PRECIS_TOKEN_STOPWORD) == 0;
}

static gboolean
token_is_char (const PrecisDocument *doc, const PrecisToken *token, char c)
{
  return token->byte_end == token->byte_start + 1 && doc->text[token->byte_start] == c;
}

gboolean
precis_graph_is_citation (const PrecisDocument *doc, guint32 t)
{
  const PrecisToken *token = &doc->tokens[t];

  return token->shape == PRECIS_SHAPE_NUMBER && t > 0 && t + 1 < doc->n_tokens
         && token_is_char (doc, &doc->tokens[t - 1], '[') && token_is_char (doc, &doc->tokens[t + 1], ']')
         && doc->tokens[t - 1].byte_end == token->byte_start && token->byte_end == doc->tokens[t + 1].byte_start;
}

gboolean
precis_graph_check_alloc (gconstpointer pointer, GError **error)
{
  if (pointer != NULL)
    return TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "out of memory for the sentence graph");
  return FALSE;
}

/* The content sentences that become nodes: all of them up to the cap,
 * else the first PRECIS_GRAPH_LEAD_NODES and an even sample of the rest. */
static guint
choose_nodes (const PrecisDocument *doc, guint32 *out)
{
  guint32 total = 0, n = 0, seen = 0, rest, room;

  for (guint32 i = 0; i < doc->n_sentences; i++)
    total += precis_sentence_is_content (&doc->sentences[i]);
  rest = total > PRECIS_GRAPH_LEAD_NODES ? total - PRECIS_GRAPH_LEAD_NODES : 0;
  room = PRECIS_GRAPH_MAX_NODES - PRECIS_GRAPH_LEAD_NODES;
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      guint64 j;

      if (!precis_sentence_is_content (&doc->sentences[i]))
        continue;
      if (total <= PRECIS_GRAPH_MAX_NODES || seen < PRECIS_GRAPH_LEAD_NODES)
        out[n++] = i;
      else
        {
          /* Sentence j of the rest is kept when it opens one of `room`
           * equal strides of the rest. */
          j = seen - PRECIS_GRAPH_LEAD_NODES;
          if (j == 0 || (j * room) / rest != ((j - 1) * room) / rest)
            out[n++] = i;
        }
      seen++;
    }
  return n;
}

/* Term ids in order of first occurrence, by the term's bytes: an
 * open-addressing table at most half full, which fills in a fraction of the
 * instructions a GHashTable of g_str_hash took (a third of the graph's). */
typedef struct {
  guint32 *hashes;      /* 0: empty slot */
  guint32 *id_of;
  const char **keys;
  guint32 mask;
  guint32 n;
} TermIds;

static void
term_ids_init (TermIds *ids, guint32 expected)
{
  guint32 size = 16;

  while (size < (guint64) expected * 2)
    size <<= 1;
  ids->hashes = g_new0 (guint32, size);
  ids->id_of = g_new (guint32, size);
  ids->keys = g_new (const char *, size);
  ids->mask = size - 1;
  ids->n = 0;
}

static void
term_ids_clear (TermIds *ids)
{
  g_clear_pointer (&ids->hashes, g_free);
  g_clear_pointer (&ids->id_of, g_free);
  g_clear_pointer (&ids->keys, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TermIds, term_ids_clear)

static guint32
term_ids_slot (const TermIds *ids, guint32 h, const char *key)
{
  guint32 i = h & ids->mask;

  while (ids->hashes[i] != 0 && (ids->hashes[i] != h || strcmp (ids->keys[i], key) != 0))
    i = (i + 1) & ids->mask;
  return i;
}

static guint32
term_ids_get (TermIds *ids, const char *key)
{
  guint32 h = 2166136261u, i;

  for (const char *p = key; *p != '\0'; p++)
    h = (h ^ (guchar) *p) * 16777619u;
  h |= 1;
  i = term_ids_slot (ids, h, key);
  if (ids->hashes[i] != 0)
    return ids->id_of[i];
  if ((ids->n + 1) * 2 > ids->mask + 1)
    {
      TermIds bigger;

      term_ids_init (&bigger, ids->mask + 1);
      for (guint32 k = 0; k <= ids->mask; k++)
        if (ids->hashes[k] != 0)
          {
            guint32 j = term_ids_slot (&bigger, ids->hashes[k], ids->keys[k]);

            bigger.hashes[j] = ids->hashes[k];
            bigger.keys[j] = ids->keys[k];
            bigger.id_of[j] = ids->id_of[k];
          }
      bigger.n = ids->n;
      term_ids_clear (ids);
      *ids = bigger;
      i = term_ids_slot (ids, h, key);
    }
  ids->hashes[i] = h;
  ids->keys[i] = key;
  ids->id_of[i] = ids->n;
  return ids->n++;
}

PrecisSentenceGraph *
precis_sentence_graph_new (const PrecisDocument *doc, GCancellable *cancellable, GError **error)
{
  g_autoptr (PrecisSentenceGraph) graph = g_new0 (PrecisSentenceGraph, 1);
  g_auto (TermIds) ids = { 0 };
  g_autofree guint32 *token_terms = NULL;  /* term ids of all kept tokens, sentence after sentence */
  g_autofree guint32 *first = NULL;        /* each sentence's slice of token_terms */
  g_autofree guint32 *df = NULL, *doc_tf = NULL;
  g_autofree Entry *entries = NULL;
  g_autofree guint32 *entry_first = NULL;
  g_autofree float *doc_vector = NULL, *by_term = NULL, *idf = NULL;
  guint n = 0, kept = 0, n_entries = 0;
  guint32 n_tokens = 0;
  double doc_norm = 0;

  graph->sentence = g_try_new (guint32, doc->n_sentences + 1);
  if (!precis_graph_check_alloc (graph->sentence, error))
    return NULL;
  n = graph->n = choose_nodes (doc, graph->sentence);
  graph->n_words = g_new0 (guint32, n + 1);
  graph->similarity = g_try_new0 (float, (gsize) n * n + 1);
  graph->centroid = g_new0 (float, n + 1);
  graph->term_weight = g_new0 (float, n + 1);
  for (guint s = 0; s < n; s++)
    n_tokens += doc->sentences[graph->sentence[s]].n_tokens;
  token_terms = g_try_new (guint32, n_tokens + 1);
  entries = g_try_new (Entry, n_tokens + 1);
  if (!precis_graph_check_alloc (graph->similarity, error) || !precis_graph_check_alloc (token_terms, error)
      || !precis_graph_check_alloc (entries, error))
    return NULL;

  /* Term ids, sorted within each sentence so that its vector is a run. */
  first = g_new (guint32, n + 1);
  term_ids_init (&ids, MIN (n_tokens, 2048));
  for (guint s = 0; s < n; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[graph->sentence[s]];

      first[s] = kept;
      for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const PrecisToken *token = &doc->tokens[t];
          const char *key = token->stem != NULL ? token->stem : token->lower;

          if (precis_graph_is_citation (doc, t))
            continue;
          if (token->flags & PRECIS_TOKEN_WORD)
            graph->n_words[s]++;
          if (!is_term (token) || key == NULL)
            continue;
          token_terms[kept++] = term_ids_get (&ids, key);
        }
      sort_u32 (token_terms + first[s], kept - first[s]);
    }
  first[n] = kept;
  graph->n_terms = ids.n;

  df = g_try_new0 (guint32, graph->n_terms + 1);
  doc_tf = g_try_new0 (guint32, graph->n_terms + 1);
  doc_vector = g_try_new0 (float, graph->n_terms + 1);
  idf = g_try_new (float, graph->n_terms + 1);
  if (!precis_graph_check_alloc (df, error) || !precis_graph_check_alloc (doc_tf, error)
      || !precis_graph_check_alloc (doc_vector, error) || !precis_graph_check_alloc (idf, error))
    return NULL;
  for (guint s = 0; s < n; s++)
    for (guint32 k = first[s]; k < first[s + 1]; k++)
      {
        doc_tf[token_terms[k]]++;
        if (k == first[s] || token_terms[k] != token_terms[k - 1])
          df[token_terms[k]]++;
      }

  /* Sparse TF-IDF vectors, L2-normalized. */
  entry_first = g_new (guint32, n + 1);
  /* A term's idf once, not again at each sentence that has it (a logf
   * call each): the same float either way. */
  for (guint32 t = 0; t < graph->n_terms; t++)
    {
      idf[t] = logf ((n + 1.0f) / df[t]);
      doc_vector[t] = doc_tf[t] * idf[t];
      doc_norm += (double) doc_vector[t] * doc_vector[t];
    }
  doc_norm = sqrt (doc_norm);
  for (guint s = 0; s < n; s++)
    {
      double norm = 0, dot = 0;
      guint32 start = n_entries;

      entry_first[s] = n_entries;
      for (guint32 k = first[s]; k < first[s + 1];)
        {
          guint32 term = token_terms[k], tf = 0;

          for (; k < first[s + 1] && token_terms[k] == term; k++)
            tf++;
          entries[n_entries].term = term;
          entries[n_entries].weight = tf * idf[term];
          norm += (double) entries[n_entries].weight * entries[n_entries].weight;
          graph->term_weight[s] += (float) tf * doc_tf[term];
          n_entries++;
        }
      norm = sqrt (norm);
      for (guint32 e = start; e < n_entries; e++)
        {
          if (norm > 0)
            entries[e].weight /= (float) norm;
          dot += (double) entries[e].weight * doc_vector[entries[e].term];
        }
      graph->centroid[s] = doc_norm > 0 ? (float) (dot / doc_norm) : 0;
    }
  entry_first[n] = n_entries;

  /* Sentence a's weights laid out by term, so that its dot product with
   * each later sentence is a walk over that sentence's terms alone.  The
   * same products in the same (term) order as a merge of the two runs:
   * a term a lacks adds +0 (weights are never negative), which leaves a
   * float sum as it was. */
  by_term = g_try_new0 (float, graph->n_terms + 1);
  if (!precis_graph_check_alloc (by_term, error))
    return NULL;
  for (guint a = 0; a < n; a++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      for (guint32 i = entry_first[a]; i < entry_first[a + 1]; i++)
        by_term[entries[i].term] = entries[i].weight;
      for (guint b = a + 1; b < n; b++)
        {
          float dot = 0;

          for (guint32 j = entry_first[b]; j < entry_first[b + 1]; j++)
            dot += by_term[entries[j].term] * entries[j].weight;
          graph->similarity[a * n + b] = graph->similarity[b * n + a] = dot;
        }
      for (guint32 i = entry_first[a]; i < entry_first[a + 1]; i++)
        by_term[entries[i].term] = 0;
    }
  return g_steal_pointer (&graph);
}

void
precis_sentence_graph_free (PrecisSentenceGraph *graph)
{
  if (graph == NULL)
    return;
  g_free (graph->sentence);
  g_free (graph->n_words);
  g_free (graph->similarity);
  g_free (graph->centroid);
  g_free (graph->term_weight);
  g_free (graph);
}

#define MAX_ITERATIONS 100
#define TOLERANCE 1e-6

/* sums[i] += Σ_j column j's entry i × out[j], j in order: the same
 * products added in the same order as a row-by-row dot product, for
 * every i at once.  `columns` holds n columns of `stride` floats (stride
 * a multiple of 8, zeros past n).  Eight rows a pass with SSE2 (two
 * doubles a lane; each lane's sum is its own, so nothing is reordered):
 * one chain of n dependent additions a row was the whole cost before. */
static void
add_columns (const float *columns, guint n, guint stride, const double *out, double *sums)
{
#if defined(__SSE2__)
  for (guint i = 0; i < stride; i += 8)
    {
      __m128d s0 = _mm_loadu_pd (sums + i), s1 = _mm_loadu_pd (sums + i + 2);
      __m128d s2 = _mm_loadu_pd (sums + i + 4), s3 = _mm_loadu_pd (sums + i + 6);

      for (guint j = 0; j < n; j++)
        {
          const float *column = columns + (gsize) j * stride + i;
          __m128d o = _mm_set1_pd (out[j]);
          __m128 lo = _mm_loadu_ps (column), hi = _mm_loadu_ps (column + 4);

          s0 = _mm_add_pd (s0, _mm_mul_pd (_mm_cvtps_pd (lo), o));
          s1 = _mm_add_pd (s1, _mm_mul_pd (_mm_cvtps_pd (_mm_movehl_ps (lo, lo)), o));
          s2 = _mm_add_pd (s2, _mm_mul_pd (_mm_cvtps_pd (hi), o));
          s3 = _mm_add_pd (s3, _mm_mul_pd (_mm_cvtps_pd (_mm_movehl_ps (hi, hi)), o));
        }
      _mm_storeu_pd (sums + i, s0);
      _mm_storeu_pd (sums + i + 2, s1);
      _mm_storeu_pd (sums + i + 4, s2);
      _mm_storeu_pd (sums + i + 6, s3);
    }
#else
  for (guint j = 0; j < n; j++)
    for (guint i = 0; i < n; i++)
      sums[i] += columns[(gsize) j * stride + i] * out[j];
#endif
}

gboolean
precis_sentence_graph_pagerank (const PrecisSentenceGraph *graph, double damping, double *out,
                                GCancellable *cancellable, GError **error)
{
  guint n = graph->n, stride = (n + 7) & ~7u;
  g_autofree float *columns = NULL;      /* column j: what each i receives from j */
  g_autofree double *next = NULL;
  g_autofree gboolean *dangling = NULL;

  if (n == 0)
    return TRUE;
  columns = g_new0 (float, (gsize) n * stride);
  next = g_new0 (double, stride);
  dangling = g_new0 (gboolean, n);
  /* The graph is symmetric, so column j of the row-normalized matrix is
   * row j of the similarities divided by j's total weight: normalize once,
   * then each iteration is a plain dense matrix-vector product. */
  for (guint j = 0; j < n; j++)
    {
      double total = 0;

      for (guint i = 0; i < n; i++)
        total += graph->similarity[j * n + i];
      dangling[j] = total <= 0;
      for (guint i = 0; i < n; i++)
        columns[(gsize) j * stride + i] = total > 0 ? (float) (graph->similarity[j * n + i] / total) : 0.0f;
      out[j] = 1.0 / n;
    }
  for (guint iteration = 0; iteration < MAX_ITERATIONS; iteration++)
    {
      double spread = 0, delta = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      /* A sentence sharing no term with any other spreads its rank evenly,
       * so that the scores stay a distribution. */
      for (guint j = 0; j < n; j++)
        if (dangling[j])
          spread += out[j];
      for (guint i = 0; i < stride; i++)
        next[i] = spread / n;
      add_columns (columns, n, stride, out, next);
      for (guint i = 0; i < n; i++)
        next[i] = (1 - damping) / n + damping * next[i];
      for (guint i = 0; i < n; i++)
        {
          delta += fabs (next[i] - out[i]);
          out[i] = next[i];
        }
      if (delta < TOLERANCE)
        break;
    }
  return TRUE;
}
