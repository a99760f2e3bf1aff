/* paragraph-leads.c — an example precis summarizer built outside the tree.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * It ranks the first sentence of each paragraph, earlier paragraphs first:
 * a fair summary of a feature article whose paragraphs each open with
 * their point.  Build it against an installed precis:
 *
 *   cc -shared -fPIC -o paragraph-leads.so paragraph-leads.c \
 *      $(pkg-config --cflags --libs precis-plugin)
 *   cp paragraph-leads.so ~/.local/share/precis/plugins/
 *
 * precisd notices the new file at once; `precis plugins` lists it and
 * `precis summarize --plugin paragraph-leads FILE` uses it.
 */
#include <precis/precis-plugin.h>

static gboolean
paragraph_leads_summarize (gpointer state, const PrecisDocument *doc,
                           const PrecisRequest *request, GArray *ranked, GError **error)
{
  for (guint32 p = 0; p < doc->n_paragraphs && ranked->len < request->n_sentences; p++)
    {
      const PrecisParagraph *paragraph = &doc->paragraphs[p];

      /* The paragraph's first sentence that is real content. */
      for (guint32 s = paragraph->first_sentence;
           s < paragraph->first_sentence + paragraph->n_sentences; s++)
        if (precis_sentence_is_content (&doc->sentences[s]))
          {
            PrecisScoredSentence chosen = { .sentence = s, .score = 1.0 / (1 + ranked->len) };

            g_array_append_val (ranked, chosen);
            break;
          }
    }
  return TRUE;
}

static const PrecisPluginDescriptor descriptor = {
  .abi_version = PRECIS_PLUGIN_ABI_VERSION,
  .name = "paragraph-leads",
  .version = "1.0",
  .description = "The first sentence of each paragraph (an example plugin)",
  .capabilities = PRECIS_CAPABILITY_SUMMARIZE,
  .summarize = paragraph_leads_summarize,
};

PRECIS_PLUGIN_DEFINE (descriptor)
