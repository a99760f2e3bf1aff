/* lead.c — Lead-N: the first real sentences of the article.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * News is written in inverted pyramid, so the lede is a strong baseline.
 * "Real" sentences: content (not headings, boilerplate, the title or a
 * repeated lede) with at least a few words, so that a dateline or a byline
 * does not count as the first sentence.
 */
#include <precis/precis-plugin.h>

#define MIN_WORDS 4

static guint
count_words (const PrecisDocument *doc, const PrecisSentence *sentence)
{
  guint words = 0;

  for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    words += (doc->tokens[t].flags & PRECIS_TOKEN_WORD) != 0;
  return words;
}

static gboolean
lead_summarize (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
                GArray *ranked, GError **error)
{
  /* Every real sentence, in order: the host needs spares beyond
   * n_sentences to fit a character budget. */
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      const PrecisSentence *sentence = &doc->sentences[i];
      PrecisScoredSentence s = { .sentence = i, .score = 1.0 / (1.0 + ranked->len) };

      if (!precis_sentence_is_content (sentence) || count_words (doc, sentence) < MIN_WORDS)
        continue;
      g_array_append_val (ranked, s);
    }
  return TRUE;
}

static const PrecisPluginDescriptor lead_descriptor = {
  .abi_version = PRECIS_PLUGIN_ABI_VERSION,
  .name = "lead",
  .version = "1.0",
  .description = "The first sentences of the article (Lead-N), skipping headings and boilerplate",
  .capabilities = PRECIS_CAPABILITY_SUMMARIZE,
  .summarize = lead_summarize,
};

PRECIS_PLUGIN_DEFINE (lead_descriptor)
