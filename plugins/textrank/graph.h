/* graph.h — the sentence similarity graph and centrality over it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Nodes are the content sentences of a document (headings, boilerplate, the
 * title and repeated ledes are left out); edges are the TF-IDF cosine of
 * their stems, stopwords and punctuation skipped, IDF counted over the
 * sentences of the document itself.  Shared by textrank and newsrank.
 */
#pragma once

#include <precis/precis-document.h>

G_BEGIN_DECLS

typedef struct {
  guint n;              /* content sentences */
  guint32 *sentence;    /* their indices into doc->sentences, in document order */
  guint32 *n_words;     /* word tokens of each */
  float *similarity;    /* n × n, symmetric, zero diagonal */
  float *centroid;      /* cosine of each sentence with the whole document */
  guint n_terms;        /* distinct stems */
  float *term_weight;   /* per sentence: sum of the document frequency of its stems */
} PrecisSentenceGraph;

PrecisSentenceGraph *precis_sentence_graph_new (const PrecisDocument *doc);
void precis_sentence_graph_free (PrecisSentenceGraph *graph);

/* PageRank over the weighted undirected graph (power iteration); `out`
 * gets n scores that sum to 1. */
void precis_sentence_graph_pagerank (const PrecisSentenceGraph *graph, double damping, double *out);

G_END_DECLS
