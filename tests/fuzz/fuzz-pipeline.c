/* fuzz-pipeline.c — precis_document_new on any text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The first byte chooses the options: a given title or not, and heading
 * lines (as HTML extraction passes them) or plain text.
 */
#include "fuzz-common.h"
#include "pipeline.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init_pipeline ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GDateTime) published = fuzz_published ();
  PrecisPipelineOptions options = { .published = published };
  const guint32 headings[] = { 0, 2, 3, 7 };
  g_autofree char *text = NULL;
  g_autoptr (PrecisDocument) doc = NULL;
  guint8 flags = size > 0 ? data[0] : 0;

  if (size > 0)
    data++, size--;
  text = fuzz_utf8 (data, size);
  if (flags & 1)
    options.title = "A title given by the caller";
  if (flags & 2)
    {
      options.heading_lines = headings;
      options.n_heading_lines = G_N_ELEMENTS (headings);
    }
  doc = precis_document_new (text, -1, &options);
  /* Every span must lie inside the text. */
  {
    guint32 n_chars = doc->text_chars;

    g_assert_cmpuint (n_chars, ==, (guint32) g_utf8_strlen (text, -1));
    for (guint32 i = 0; i < doc->n_tokens; i++)
      g_assert_true (doc->tokens[i].start <= doc->tokens[i].end && doc->tokens[i].end <= n_chars);
    for (guint32 i = 0; i < doc->n_sentences; i++)
      g_assert_true (doc->sentences[i].start <= doc->sentences[i].end &&
                     doc->sentences[i].end <= n_chars);
  }
  return 0;
}
