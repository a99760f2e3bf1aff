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

/* Repairs a token written twice in UTF-8 ("JosÃ©" for "José": the
 * CoNLL-2002 files read as Latin-1 and saved again), in place: every
 * character is U+0080..U+00FF or ASCII and the bytes they stand for are
 * UTF-8 themselves.  Returns the new length. */
static guint32
repair_double_utf8 (char *text, guint32 len)
{
  char bytes[256];
  guint32 n = 0;
  gboolean high = FALSE;
  const char *p = text, *end = text + len;

  if (len >= sizeof bytes || !g_utf8_validate (text, len, NULL))
    return len;
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (c > 0xff)
        return len;
      high |= c >= 0x80;
      bytes[n++] = (char) c;
      p = g_utf8_next_char (p);
    }
  if (!high || !g_utf8_validate (bytes, n, NULL))
    return len;
  memcpy (text, bytes, n);
  return n;
}

/* Parses the CoNLL lines of `contents` (the files one after the other,
 * file f starting at byte starts[f], cut into documents of a fixed size
 * when split_file[f]) into `corpus`. */
static gboolean
parse (PrecisNerCorpus *corpus, char *contents, const gsize *starts,
       const gboolean *split_file, char **paths, gboolean repair, GError **error)
{
  guint32 sentence_first = 0, document_first = 0;
  char *line, *next;
  guint line_number = 0, file = 0;

  for (line = contents; line && *line; line = next)
    {
      char *end = strchr (line, '\n');
      char *space, *last;
      PrecisNerToken token;
      guint tag;
      guint8 tag8;

      /* A new file starts a new document; one without -DOCSTART- lines is
       * cut into documents of PRECIS_NER_SENTENCES_PER_DOCUMENT sentences. */
      if (paths[file + 1] && (gsize) (line - contents) >= starts[file + 1])
        {
          end_sentence (corpus, &sentence_first);
          end_document (corpus, &document_first);
          file++;
          line_number = 0;
        }
      next = end ? end + 1 : NULL;
      if (end)
        *end = '\0';
      line_number++;
      g_strchomp (line);
      if (*line == '\0')
        {
          end_sentence (corpus, &sentence_first);
          if (split_file[file] && corpus->sentences->len - document_first >= PRECIS_NER_SENTENCES_PER_DOCUMENT)
            end_document (corpus, &document_first);
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
                       paths[file], line_number);
          return FALSE;
        }
      token.text = line;
      token.len = (guint32) (space - line);
      if (repair)
        token.len = repair_double_utf8 (line, token.len);
      tag8 = (guint8) tag;
      g_array_append_val (corpus->tokens, token);
      g_array_append_val (corpus->gold, tag8);
    }
  end_sentence (corpus, &sentence_first);
  end_document (corpus, &document_first);
  return TRUE;
}

static PrecisNerCorpus *
load_files (char **paths, gboolean repair, GError **error)
{
  g_autoptr (PrecisNerCorpus) corpus = g_new0 (PrecisNerCorpus, 1);
  guint n = g_strv_length (paths);
  g_autofree gsize *starts = g_new0 (gsize, n + 1);
  g_autofree gboolean *split_file = g_new0 (gboolean, n + 1);
  g_autoptr (GString) all = g_string_new (NULL);

  g_return_val_if_fail (n > 0, NULL);
  for (guint f = 0; f < n; f++)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (paths[f], &contents, &length, error))
        return NULL;
      starts[f] = all->len;
      split_file[f] = strstr (contents, "-DOCSTART-") == NULL;
      g_string_append_len (all, contents, (gssize) length);
      if (length > 0 && contents[length - 1] != '\n')
        g_string_append_c (all, '\n');
    }
  corpus->contents = g_string_free (g_steal_pointer (&all), FALSE);
  corpus->tokens = g_array_new (FALSE, FALSE, sizeof (PrecisNerToken));
  corpus->gold = g_array_new (FALSE, FALSE, sizeof (guint8));
  corpus->sentences = g_array_new (FALSE, FALSE, sizeof (PrecisNerRange));
  corpus->documents = g_array_new (FALSE, FALSE, sizeof (PrecisNerRange));
  if (!parse (corpus, corpus->contents, starts, split_file, paths, repair, error))
    return NULL;
  return g_steal_pointer (&corpus);
}

PrecisNerCorpus *
precis_ner_corpus_load_files (char **paths, GError **error)
{
  return load_files (paths, TRUE, error);
}

PrecisNerCorpus *
precis_ner_corpus_load (const char *path, GError **error)
{
  char *paths[] = { (char *) path, NULL };

  return load_files (paths, TRUE, error);
}

PrecisNerCorpus *
precis_ner_corpus_load_as_is (const char *path, GError **error)
{
  char *paths[] = { (char *) path, NULL };

  return load_files (paths, FALSE, error);
}

void
precis_ner_corpus_drop_validation (PrecisNerCorpus *corpus)
{
  precis_ner_corpus_drop_fold (corpus, 0);
}

void
precis_ner_corpus_drop_fold (PrecisNerCorpus *corpus, guint fold)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (PrecisNerToken));
  GArray *gold = g_array_new (FALSE, FALSE, sizeof (guint8));
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (PrecisNerRange));
  GArray *documents = g_array_new (FALSE, FALSE, sizeof (PrecisNerRange));

  for (guint d = 0; d < corpus->documents->len; d++)
    {
      const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, d);
      PrecisNerRange kept_doc = { sentences->len, doc->n };

      if (d % PRECIS_NER_VALIDATION_EVERY == fold)
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
precis_ner_corpus_add_ascii_copy (PrecisNerCorpus *corpus)
{
  guint n_tokens = corpus->tokens->len, n_documents = corpus->documents->len;
  gsize size = 0, used = 0;

  g_return_if_fail (corpus->ascii_contents == NULL);
  for (guint t = 0; t < n_tokens; t++)
    size += g_array_index (corpus->tokens, PrecisNerToken, t).len;
  corpus->ascii_contents = g_malloc (MAX (size, 1));
  for (guint d = 0; d < n_documents; d++)
    {
      PrecisNerRange doc = g_array_index (corpus->documents, PrecisNerRange, d);
      guint32 document_first = corpus->sentences->len;

      for (guint s = doc.first; s < doc.first + doc.n; s++)
        {
          PrecisNerRange r = g_array_index (corpus->sentences, PrecisNerRange, s);
          guint32 sentence_first = corpus->tokens->len;
          gboolean dropped = FALSE;

          for (guint i = r.first; i < r.first + r.n; i++)
            {
              PrecisNerToken token = g_array_index (corpus->tokens, PrecisNerToken, i);
              guint8 tag = g_array_index (corpus->gold, guint8, i);
              char *text = corpus->ascii_contents + used;

              memcpy (text, token.text, token.len);
              token.len = (guint32) precis_ner_word_ascii (text, token.len);
              if (token.len == 0)
                {
                  dropped = TRUE;
                  continue;
                }
              if (dropped && !precis_ner_tag_may_follow (
                                 corpus->tokens->len > sentence_first
                                     ? g_array_index (corpus->gold, guint8, corpus->gold->len - 1)
                                     : 0,
                                 tag))
                tag = (guint8) precis_ner_tag_make (precis_ner_tag_type (tag), TRUE);
              dropped = FALSE;
              token.text = text;
              used += token.len;
              g_array_append_val (corpus->tokens, token);
              g_array_append_val (corpus->gold, tag);
            }
          end_sentence (corpus, &sentence_first);
        }
      end_document (corpus, &document_first);
    }
}

void
precis_ner_corpus_free (PrecisNerCorpus *corpus)
{
  if (corpus == NULL)
    return;
  g_free (corpus->contents);
  g_free (corpus->ascii_contents);
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

static int
compare_hashes (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Sorts `hashes` and keeps each once. */
static void
sort_distinct (GArray *hashes)
{
  guint kept = 0;

  g_array_sort (hashes, compare_hashes);
  for (guint i = 0; i < hashes->len; i++)
    if (kept == 0 || g_array_index (hashes, guint32, i) != g_array_index (hashes, guint32, kept - 1))
      g_array_index (hashes, guint32, kept++) = g_array_index (hashes, guint32, i);
  g_array_set_size (hashes, kept);
}

GArray *
precis_ner_corpus_noun_words (const PrecisNerCorpus *corpus, gboolean folded)
{
  g_autoptr (GArray) lower = precis_ner_corpus_lower_words (corpus, folded);
  g_autofree guint8 *first = g_new0 (guint8, MAX (corpus->tokens->len, 1));
  GArray *hashes = g_array_new (FALSE, FALSE, sizeof (guint32));
  PrecisNerLexicon written = { (const guint32 *) lower->data, lower->len, folded };
  guint kept = 0;

  for (guint s = 0; s < corpus->sentences->len; s++)
    {
      const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);

      if (r->n > 0)
        first[r->first] = 1;
    }
  /* A capitalized word inside a sentence that is no name is a German
   * noun ("Regierung", "Haushalt"), as common as a lower-case word. */
  for (guint i = 0; i < corpus->tokens->len; i++)
    {
      PrecisNerWordInfo info;

      precis_ner_word_info_describe (&g_array_index (corpus->tokens, PrecisNerToken, i), &info);
      if (!first[i] && precis_ner_word_is_capitalized (info.flags) && g_array_index (corpus->gold, guint8, i) == 0)
        {
          guint32 hash = folded ? info.fold_hash : info.lower_hash;
          g_array_append_val (hashes, hash);
        }
    }
  sort_distinct (hashes);
  for (guint i = 0; i < hashes->len; i++)
    if (!precis_ner_lexicon_contains (&written, g_array_index (hashes, guint32, i)))
      g_array_index (hashes, guint32, kept++) = g_array_index (hashes, guint32, i);
  g_array_set_size (hashes, kept);
  return hashes;
}

GArray *
precis_ner_corpus_lower_words (const PrecisNerCorpus *corpus, gboolean folded)
{
  GArray *hashes = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < corpus->tokens->len; i++)
    {
      PrecisNerWordInfo info;

      precis_ner_word_info_describe (&g_array_index (corpus->tokens, PrecisNerToken, i), &info);
      if (precis_ner_word_is_lower (info.flags))
        {
          guint32 hash = folded ? info.fold_hash : info.lower_hash;
          g_array_append_val (hashes, hash);
        }
    }
  sort_distinct (hashes);
  return hashes;
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
