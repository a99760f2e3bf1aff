/* fuzz-html.c — article extraction from any bytes served as HTML.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Raw bytes go in as a fetched page's would (the extractor repairs
 * invalid UTF-8 itself); what comes out is fed to the pipeline as
 * AnalyzeUrl does.
 */
#include "fuzz-common.h"
#include "html-article.h"
#include "pipeline.h"

int
LLVMFuzzerInitialize (int *argc, char **argv[])
{
  fuzz_init_pipeline ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (PrecisArticle) article = NULL;
  g_autoptr (GDateTime) published = fuzz_published ();
  g_autoptr (PrecisDocument) doc = NULL;
  PrecisPipelineOptions options = { .published = published };

  article = precis_article_extract ((const char *) data, (gssize) size,
                                    "https://news.example.com/2025/02/22/story.html", NULL);
  if (article == NULL)
    return 0;
  g_assert_true (g_utf8_validate (article->text, -1, NULL));
  if (article->title != NULL)
    g_assert_true (g_utf8_validate (article->title, -1, NULL));
  options.title = article->title;
  if (article->heading_lines != NULL)
    {
      options.heading_lines = (const guint32 *) article->heading_lines->data;
      options.n_heading_lines = article->heading_lines->len;
    }
  doc = precis_document_new (article->text, -1, &options);
  return 0;
}
