/* textrank.c — TextRank: PageRank over the TF-IDF cosine graph of sentences.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The unsupervised graph baseline (Mihalcea & Tarau 2004, with the cosine
 * similarity of Erkan & Radev's LexRank): a sentence is central when it
 * shares rare words with many others.  Ties go to the earlier sentence.
 */
#include <precis/precis-plugin.h>
#include <stdlib.h>

#include "graph.h"

#define DAMPING 0.85
/* Datelines and bylines are sentences too; they are never a summary. */
#define MIN_WORDS 4

typedef struct {
  guint32 sentence;
  double score;
} Candidate;

static int
compare_candidates (const void *a, const void *b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->sentence < y->sentence ? -1 : x->sentence > y->sentence;
}

static gboolean
textrank_summarize (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
                    GArray *ranked, GError **error)
{
  g_autoptr (PrecisSentenceGraph) graph = precis_sentence_graph_new (doc, request->cancellable, error);
  g_autofree double *rank = NULL;
  g_autofree Candidate *candidates = NULL;
  guint n = 0;

  if (graph == NULL)
    return FALSE;
  rank = g_new0 (double, graph->n + 1);
  candidates = g_new (Candidate, graph->n + 1);
  if (!precis_sentence_graph_pagerank (graph, DAMPING, rank, request->cancellable, error))
    return FALSE;
  for (guint i = 0; i < graph->n; i++)
    if (graph->n_words[i] >= MIN_WORDS)
      candidates[n++] = (Candidate) { graph->sentence[i], rank[i] * graph->n };
  qsort (candidates, n, sizeof (Candidate), compare_candidates);
  for (guint i = 0; i < n; i++)
    {
      PrecisScoredSentence s = { candidates[i].sentence, candidates[i].score };

      g_array_append_val (ranked, s);
    }
  return TRUE;
}

static const PrecisPluginDescriptor textrank_descriptor = {
  .abi_version = PRECIS_PLUGIN_ABI_VERSION,
  .name = "textrank",
  .version = "1.0",
  .description = "TextRank: PageRank over the TF-IDF cosine graph of the sentences",
  .capabilities = PRECIS_CAPABILITY_SUMMARIZE,
  .summarize = textrank_summarize,
};

PRECIS_PLUGIN_DEFINE (textrank_descriptor)
