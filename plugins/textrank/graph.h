/* graph.h — the sentence similarity graph and centrality over it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Nodes are the content sentences of a document (headings, boilerplate, the
 * title and repeated ledes are left out); edges are the TF-IDF cosine of
 * their stems, stopwords and punctuation skipped, IDF counted over the
 * sentences of the document itself.  Shared by textrank and newsrank.
 *
 * Bounded work: the similarities are a dense n × n matrix, so n is capped.
 * A document with more than PRECIS_GRAPH_MAX_NODES content sentences keeps
 * its first PRECIS_GRAPH_LEAD_NODES (news puts what matters first) plus
 * an evenly spaced sample of the rest, up to the cap; the sentences left
 * out are never ranked.  Everything else is linear in the tokens, so a
 * graph costs at most about 1 MB and a few million multiply-adds whatever
 * the input.  Long loops poll the cancellable.
 */
#pragma once

#include <gio/gio.h>
#include <precis/precis-document.h>

G_BEGIN_DECLS

#define PRECIS_GRAPH_MAX_NODES 512
#define PRECIS_GRAPH_LEAD_NODES 384

typedef struct {
  guint n;              /* content sentences kept (at most PRECIS_GRAPH_MAX_NODES) */
  guint32 *sentence;    /* their indices into doc->sentences, in document order */
  guint32 *n_words;     /* word tokens of each */
  float *similarity;    /* n × n, symmetric, zero diagonal */
  float *centroid;      /* cosine of each sentence with the whole document */
  guint n_terms;        /* distinct stems */
  float *term_weight;   /* per sentence: sum of the document frequency of its stems */
} PrecisSentenceGraph;

/* NULL with G_IO_ERROR_CANCELLED when `cancellable` (may be NULL) fires,
 * or G_IO_ERROR_NO_SPACE when memory for the input runs out. */
PrecisSentenceGraph *precis_sentence_graph_new (const PrecisDocument *doc, GCancellable *cancellable,
                                                GError **error);
void precis_sentence_graph_free (PrecisSentenceGraph *graph);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisSentenceGraph, precis_sentence_graph_free)

/* PageRank over the weighted undirected graph (power iteration); `out`
 * gets n scores that sum to 1.  FALSE when cancelled. */
gboolean precis_sentence_graph_pagerank (const PrecisSentenceGraph *graph, double damping, double *out,
                                         GCancellable *cancellable, GError **error);

/* Whether token `t` is the number of a citation marker, "[4]" or "[12]"
 * as Wikipedia prints them: not a word of the sentence for ranking. */
gboolean precis_graph_is_citation (const PrecisDocument *doc, guint32 t);

/* FALSE with G_IO_ERROR_NO_SPACE when `pointer` is NULL: for the
 * g_try_*() allocations whose size comes from the input. */
gboolean precis_graph_check_alloc (gconstpointer pointer, GError **error);

G_END_DECLS
