/* ner-conll.c — reading CoNLL-2003 and scoring entities like conlleval.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-conll.h"

#include <gio/gio.h>
#include <string.h>

static void
end_sentence (PrecisNerCorpus *corpus, guint32 *sentence_first)
{
  PrecisNerRange range = { *sentence_first, corpus->tokens->len - *sentence_first };

  if (range.n > 0)
    g_array_append_val (corpus->sentences, range);
  *sentence_first = corpus->tokens->len;
}

static void
end_document (PrecisNerCorpus *corpus, guint32 *document_first)
{
  PrecisNerRange range = { *document_first, corpus->sentences->len - *document_first };

  if (range.n > 0)
    g_array_append_val (corpus->documents, range);
  *document_first = corpus->sentences->len;
}

PrecisNerCorpus *
precis_ner_corpus_load (const char *path, GError **error)
{
  g_autoptr (PrecisNerCorpus) corpus = g_new0 (PrecisNerCorpus, 1);
  guint32 sentence_first = 0, document_first = 0;
  char *line, *next;
  guint line_number = 0;

  if (!g_file_get_contents (path, &corpus->contents, NULL, error))
    return NULL;
  corpus->tokens = g_array_new (FALSE, FALSE, sizeof (PrecisNerToken));
  corpus->gold = g_array_new (FALSE, FALSE, sizeof (guint8));
  corpus->sentences = g_array_new (FALSE, FALSE, sizeof (PrecisNerRange));
  corpus->documents = g_array_new (FALSE, FALSE, sizeof (PrecisNerRange));

  for (line = corpus->contents; line && *line; line = next)
    {
      char *end = strchr (line, '\n');
      char *space, *last;
      PrecisNerToken token;
      guint tag;
      guint8 tag8;

      next = end ? end + 1 : NULL;
      if (end)
        *end = '\0';
      line_number++;
      g_strchomp (line);
      if (*line == '\0')
        {
          end_sentence (corpus, &sentence_first);
          continue;
        }
      if (g_str_has_prefix (line, "-DOCSTART-"))
        {
          end_sentence (corpus, &sentence_first);
          end_document (corpus, &document_first);
          continue;
        }
      space = strchr (line, ' ');
      last = strrchr (line, ' ');
      if (space == NULL || !precis_ner_tag_parse (last + 1, &tag))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s:%u: not a CoNLL line",
                       path, line_number);
          return NULL;
        }
      token.text = line;
      token.len = (guint32) (space - line);
      tag8 = (guint8) tag;
      g_array_append_val (corpus->tokens, token);
      g_array_append_val (corpus->gold, tag8);
    }
  end_sentence (corpus, &sentence_first);
  end_document (corpus, &document_first);
  return g_steal_pointer (&corpus);
}

void
precis_ner_corpus_drop_validation (PrecisNerCorpus *corpus)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (PrecisNerToken));
  GArray *gold = g_array_new (FALSE, FALSE, sizeof (guint8));
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (PrecisNerRange));
  GArray *documents = g_array_new (FALSE, FALSE, sizeof (PrecisNerRange));

  for (guint d = 0; d < corpus->documents->len; d++)
    {
      const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, d);
      PrecisNerRange kept_doc = { sentences->len, doc->n };

      if (precis_ner_is_validation_document (d))
        continue;
      for (guint s = doc->first; s < doc->first + doc->n; s++)
        {
          const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);
          PrecisNerRange kept = { tokens->len, r->n };

          g_array_append_vals (tokens, &g_array_index (corpus->tokens, PrecisNerToken, r->first), r->n);
          g_array_append_vals (gold, &g_array_index (corpus->gold, guint8, r->first), r->n);
          g_array_append_val (sentences, kept);
        }
      g_array_append_val (documents, kept_doc);
    }
  g_array_unref (corpus->tokens);
  g_array_unref (corpus->gold);
  g_array_unref (corpus->sentences);
  g_array_unref (corpus->documents);
  corpus->tokens = tokens;
  corpus->gold = gold;
  corpus->sentences = sentences;
  corpus->documents = documents;
}

void
precis_ner_corpus_free (PrecisNerCorpus *corpus)
{
  if (corpus == NULL)
    return;
  g_free (corpus->contents);
  if (corpus->tokens)
    g_array_unref (corpus->tokens);
  if (corpus->gold)
    g_array_unref (corpus->gold);
  if (corpus->sentences)
    g_array_unref (corpus->sentences);
  if (corpus->documents)
    g_array_unref (corpus->documents);
  g_free (corpus);
}

void
precis_ner_corpus_doc_context (const PrecisNerCorpus *corpus, guint doc,
                               PrecisNerDocContext *context)
{
  const PrecisNerRange *d = &g_array_index (corpus->documents, PrecisNerRange, doc);

  for (guint s = d->first; s < d->first + d->n; s++)
    {
      const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);
      precis_ner_doc_context_add_sentence (
          context, &g_array_index (corpus->tokens, PrecisNerToken, r->first), r->n);
    }
}

typedef struct {
  guint start, end;
  PrecisNerType type;
} Chunk;

static void
collect_chunk (guint start, guint end, PrecisNerType type, gpointer data)
{
  Chunk c = { start, end, type };
  g_array_append_val ((GArray *) data, c);
}

void
precis_ner_score_sentence (PrecisNerScore *score, const guint8 *gold, const guint8 *predicted,
                           guint n)
{
  g_autoptr (GArray) g = g_array_new (FALSE, FALSE, sizeof (Chunk));
  g_autoptr (GArray) p = g_array_new (FALSE, FALSE, sizeof (Chunk));

  precis_ner_chunks (gold, n, collect_chunk, g);
  precis_ner_chunks (predicted, n, collect_chunk, p);
  for (guint i = 0; i < p->len; i++)
    {
      const Chunk *pc = &g_array_index (p, Chunk, i);
      gboolean found = FALSE;

      for (guint j = 0; j < g->len && !found; j++)
        {
          const Chunk *gc = &g_array_index (g, Chunk, j);
          found = gc->start == pc->start && gc->end == pc->end && gc->type == pc->type;
        }
      if (found)
        score->tp[pc->type]++;
      else
        score->fp[pc->type]++;
    }
  for (guint j = 0; j < g->len; j++)
    score->fn[g_array_index (g, Chunk, j).type]++;
  /* fn so far counts every gold chunk: take the matched ones back out. */
  for (guint i = 0; i < p->len; i++)
    {
      const Chunk *pc = &g_array_index (p, Chunk, i);

      for (guint j = 0; j < g->len; j++)
        {
          const Chunk *gc = &g_array_index (g, Chunk, j);
          if (gc->start == pc->start && gc->end == pc->end && gc->type == pc->type)
            {
              score->fn[gc->type]--;
              break;
            }
        }
    }
}

void
precis_ner_score_prf (const PrecisNerScore *score, guint types, double *precision,
                      double *recall, double *f1)
{
  guint tp = 0, fp = 0, fn = 0;

  for (guint t = 0; t < PRECIS_NER_N_TYPES; t++)
    if (types & (1u << t))
      {
        tp += score->tp[t];
        fp += score->fp[t];
        fn += score->fn[t];
      }
  *precision = tp + fp ? 100.0 * tp / (tp + fp) : 0;
  *recall = tp + fn ? 100.0 * tp / (tp + fn) : 0;
  *f1 = *precision + *recall > 0 ? 2 * *precision * *recall / (*precision + *recall) : 0;
}
