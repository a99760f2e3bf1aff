/* newsrank.c — the learned news ranker, precis's default summarizer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Scores each sentence with a logistic regression over cheap features
 * (news-features.h) trained offline by tools/train-newsrank.c on greedy ROUGE
 * oracle labels of two styles of news (BBC extractive summaries, CNN/Daily
 * Mail highlights), then ranks by maximal marginal relevance so that the
 * first sentences of the ranking do not repeat one another.  The weights
 * are data: $datadir/precis/models/newsrank.weights.
 */
#include <precis/precis-plugin.h>

#include "news-features.h"
#include "model.h"

static gboolean
newsrank_load (const char *data_dir, gpointer *state, GError **error)
{
  g_autofree PrecisNewsModel *model = g_new0 (PrecisNewsModel, 1);
  g_autofree char *path = NULL;

  if (data_dir == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "newsrank needs its model, models/newsrank.weights, but no data directory was given");
      return FALSE;
    }
  path = g_build_filename (data_dir, "models", "newsrank.weights", NULL);
  if (!precis_news_model_load (model, path, error))
    return FALSE;
  *state = g_steal_pointer (&model);
  return TRUE;
}

static void
newsrank_unload (gpointer state)
{
  g_free (state);
}

static gboolean
newsrank_summarize (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
                    GArray *ranked, GError **error)
{
  g_autoptr (PrecisNewsFeatures) features = precis_news_features_new (doc, request->n_sentences,
                                                                     request->cancellable, error);

  if (features == NULL)
    return FALSE;
  precis_news_rank (state, features, ranked);
  return TRUE;
}

static const PrecisPluginDescriptor newsrank_descriptor = {
  .abi_version = PRECIS_PLUGIN_ABI_VERSION,
  .name = "newsrank",
  .version = "2.0",
  .description = "Learned news ranker: position, length, centrality, title and sentence-kind features, MMR against repetition",
  .capabilities = PRECIS_CAPABILITY_SUMMARIZE,
  .load = newsrank_load,
  .unload = newsrank_unload,
  .summarize = newsrank_summarize,
};

PRECIS_PLUGIN_DEFINE (newsrank_descriptor)
