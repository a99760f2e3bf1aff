/* ots.c — the Open Text Summarizer (libots) as a precis summarizer.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * This plugin links libots, which is GPL-2.0-or-later, so this file and
 * the module built from it are distributed under the GNU General Public
 * License version 2 or (at your option) any later version, unlike the rest
 * of precis (LGPL-2.1-or-later).  See NOTICE in this folder.
 *
 * OTS parses and grades the text itself, into its own lines.  Its parser
 * consumes the input without losing a byte, so the line texts laid end to
 * end are the input again: that gives each OTS line its byte span, and each
 * of our sentences takes the grade of the OTS line it overlaps most.  The
 * plugin never returns OTS's text, only our sentence indices.
 *
 * ots_load_xml_dictionary() parses an XML file and then calls
 * xmlCleanupParser(), which libxml2 forbids while other threads use the
 * library (precisd parses HTML on worker threads).  So the dictionary is
 * loaded once, in load(), into a template article, and each call borrows
 * the template's stemming rules and word list: grading only reads them
 * (libots passes them as const), so concurrent calls can share them.
 * libots appends each line to a GList from its head, so its time grows
 * with the square of the line count (18 s for 2 MiB): only the first
 * OTS_MAX_BYTES, cut at a sentence end, are graded; the sentences after
 * that rank last, in text order.
 * English only:
 * the dictionary is chosen before any document is seen.  (libots also looks
 * for "en.xml" in the current directory first; precisd runs from $HOME.)
 */
#include <stdio.h>   /* libots.h uses FILE without including it */
#include <stdlib.h>
#include <string.h>

#include <ots/libots.h>
#include <precis/precis-plugin.h>

/* 64 KiB is about 10,000 words, four times a long feature article. */
#define OTS_MAX_BYTES (64 * 1024)

typedef struct {
  gsize start, end;
  double score;
} Line;

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
ots_plugin_load (const char *data_dir, gpointer *state, GError **error)
{
  OtsArticle *template = ots_new_article ();

  if (!ots_load_xml_dictionary (template, (const unsigned char *) "en"))
    {
      ots_free_article (template);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "libots has no English dictionary (en.xml): is the libots0 package complete?");
      return FALSE;
    }
  *state = template;
  return TRUE;
}

static void
ots_plugin_unload (gpointer state)
{
  ots_free_article (state);
}

/* OTS's lines with their byte spans in `text`.  Should OTS ever drop or
 * change a byte, the span is found by searching from where the last
 * one ended. */
static GArray *
grade (const OtsArticle *template, const char *text, gsize length)
{
  OtsArticle *article = ots_new_article ();
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize at = 0;

  free_stem_rule (article->stem);
  article->stem = template->stem;
  article->dict = template->dict;
  ots_parse_stream ((const unsigned char *) text, length, article);
  ots_grade_doc (article);
  for (GList *l = article->lines; l != NULL; l = l->next)
    {
      const OtsSentence *sentence = l->data;
      gsize size = 0;
      g_autofree unsigned char *line = ots_get_line_text (sentence, FALSE, &size);
      Line span = { at, at + size, (double) sentence->score };

      if (line == NULL || size == 0)
        continue;
      if (span.end > length || memcmp (text + at, line, size) != 0)
        {
          const char *found = g_strstr_len (text + at, length - at, (const char *) line);

          if (found == NULL)
            continue;
          span.start = found - text;
          span.end = span.start + size;
        }
      at = span.end;
      g_array_append_val (lines, span);
    }
  /* Hand the borrowed parts back before libots frees the article. */
  article->stem = new_stem_rule ();
  article->dict = NULL;
  ots_free_article (article);
  return lines;
}

static gboolean
ots_summarize (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
               GArray *ranked, GError **error)
{
  g_autoptr (GArray) lines = NULL;
  g_autofree Candidate *candidates = NULL;
  guint n = 0, first_line = 0;
  gsize graded = doc->text_bytes;

  if (graded > OTS_MAX_BYTES)
    {
      graded = 0;
      for (guint32 i = 0; i < doc->n_sentences && doc->sentences[i].byte_end <= OTS_MAX_BYTES; i++)
        graded = doc->sentences[i].byte_end;
    }
  if (g_cancellable_set_error_if_cancelled (request->cancellable, error))
    return FALSE;
  lines = grade (state, doc->text, graded);
  if (g_cancellable_set_error_if_cancelled (request->cancellable, error))
    return FALSE;
  candidates = g_try_new (Candidate, doc->n_sentences + 1);
  if (candidates == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "out of memory for the ranking");
      return FALSE;
    }
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      const PrecisSentence *sentence = &doc->sentences[i];
      gsize best_overlap = 0;
      double score = sentence->byte_start < graded ? 0 : -1;  /* ungraded: after every graded one */

      if (!precis_sentence_is_content (sentence))
        continue;
      /* Both sequences run in text order: skip the lines that end before. */
      while (first_line < lines->len && g_array_index (lines, Line, first_line).end <= sentence->byte_start)
        first_line++;
      for (guint l = first_line; l < lines->len; l++)
        {
          const Line *line = &g_array_index (lines, Line, l);
          gsize start = MAX (line->start, sentence->byte_start), end = MIN (line->end, sentence->byte_end);

          if (line->start >= sentence->byte_end)
            break;
          if (end > start && end - start > best_overlap)
            {
              best_overlap = end - start;
              score = line->score;
            }
        }
      candidates[n++] = (Candidate) { i, score };
    }
  qsort (candidates, n, sizeof (Candidate), compare_candidates);
  for (guint i = 0; i < n; i++)
    {
      PrecisScoredSentence s = { candidates[i].sentence, candidates[i].score };

      g_array_append_val (ranked, s);
    }
  return TRUE;
}

static const PrecisPluginDescriptor ots_descriptor = {
  .abi_version = PRECIS_PLUGIN_ABI_VERSION,
  .name = "ots",
  .version = "1.0",
  .description = "The Open Text Summarizer (libots): word-frequency grading of sentences",
  .capabilities = PRECIS_CAPABILITY_SUMMARIZE,
  .load = ots_plugin_load,
  .unload = ots_plugin_unload,
  .summarize = ots_summarize,
};

PRECIS_PLUGIN_DEFINE (ots_descriptor)
