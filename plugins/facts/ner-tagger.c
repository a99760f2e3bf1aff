/* ner-tagger.c — features, emissions, Viterbi.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-tagger.h"

struct _PrecisNerTagger {
  PrecisNerModel *model;
  PrecisNerGazetteer *gazetteer;
};

PrecisNerTagger *
precis_ner_tagger_new (const char *data_dir, GError **error)
{
  g_autoptr (PrecisNerTagger) tagger = g_new0 (PrecisNerTagger, 1);
  g_autofree char *model_path = g_build_filename (data_dir, "models", "ner-en.model", NULL);
  g_autofree char *gaz_dir = g_build_filename (data_dir, "gazetteers", NULL);

  tagger->model = precis_ner_model_load (model_path, error);
  if (tagger->model == NULL)
    return NULL;
  tagger->gazetteer = precis_ner_gazetteer_new (gaz_dir, error);
  if (tagger->gazetteer == NULL)
    return NULL;
  return g_steal_pointer (&tagger);
}

void
precis_ner_tagger_free (PrecisNerTagger *tagger)
{
  if (tagger == NULL)
    return;
  g_clear_pointer (&tagger->model, precis_ner_model_free);
  g_clear_pointer (&tagger->gazetteer, precis_ner_gazetteer_free);
  g_free (tagger);
}

const PrecisNerGazetteer *
precis_ner_tagger_gazetteer (const PrecisNerTagger *tagger)
{
  return tagger->gazetteer;
}

void
precis_ner_workspace_init (PrecisNerWorkspace *ws)
{
  precis_ner_features_init (&ws->features);
  ws->emission = ws->scores = NULL;
  ws->back = NULL;
  ws->capacity = 0;
}

void
precis_ner_workspace_clear (PrecisNerWorkspace *ws)
{
  precis_ner_features_clear (&ws->features);
  g_clear_pointer (&ws->emission, g_free);
  g_clear_pointer (&ws->scores, g_free);
  g_clear_pointer (&ws->back, g_free);
  ws->capacity = 0;
}

void
precis_ner_tagger_tag (const PrecisNerTagger *tagger, PrecisNerWorkspace *ws,
                       const PrecisNerDocContext *context, const PrecisNerToken *tokens, guint n,
                       guint8 *tags)
{
  if (n == 0)
    return;
  if (n > ws->capacity)
    {
      ws->capacity = MAX (n, ws->capacity * 2);
      ws->emission = g_renew (float, ws->emission, (gsize) ws->capacity * PRECIS_NER_N_TAGS);
      ws->scores = g_renew (float, ws->scores, (gsize) ws->capacity * PRECIS_NER_N_TAGS);
      ws->back = g_renew (guint8, ws->back, (gsize) ws->capacity * PRECIS_NER_N_TAGS);
    }
  precis_ner_features_extract (&ws->features, tagger->gazetteer, context, tokens, n);
  for (guint i = 0; i < n; i++)
    precis_ner_model_emission (tagger->model,
                               ws->features.ids + (gsize) i * PRECIS_NER_MAX_FEATURES,
                               ws->features.counts[i], ws->emission + (gsize) i * PRECIS_NER_N_TAGS);
  precis_ner_viterbi (ws->emission, n, precis_ner_model_transition (tagger->model), ws->scores,
                      ws->back, tags);
}
