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

static void
reserve (PrecisNerWorkspace *ws, guint n)
{
  if (n <= ws->capacity)
    return;
  ws->capacity = MAX (n, ws->capacity * 2);
  ws->emission = g_renew (float, ws->emission, (gsize) ws->capacity * PRECIS_NER_N_TAGS);
  ws->scores = g_renew (float, ws->scores, (gsize) ws->capacity * PRECIS_NER_N_TAGS);
  ws->back = g_renew (guint8, ws->back, (gsize) ws->capacity * PRECIS_NER_N_TAGS);
}

static void
tag_sentence (const PrecisNerTagger *tagger, PrecisNerWorkspace *ws, guint stage,
              const PrecisNerDocContext *context, const PrecisNerHistory *history,
              const PrecisNerToken *tokens, guint n, guint8 *tags)
{
  if (n == 0)
    return;
  reserve (ws, n);
  precis_ner_features_extract (&ws->features, tagger->gazetteer, context, history,
                               history ? tags : NULL, tokens, n);
  for (guint i = 0; i < n; i++)
    precis_ner_model_emission (tagger->model, stage,
                               ws->features.ids + (gsize) i * PRECIS_NER_MAX_FEATURES,
                               ws->features.counts[i], ws->emission + (gsize) i * PRECIS_NER_N_TAGS);
  precis_ner_viterbi (ws->emission, n, precis_ner_model_transition (tagger->model, stage),
                      ws->scores, ws->back, tags);
}

gboolean
precis_ner_tagger_tag_document (const PrecisNerTagger *tagger, PrecisNerWorkspace *ws,
                                const PrecisNerToken *tokens, const PrecisNerRange *sentences,
                                guint n_sentences, guint8 *tags, GCancellable *cancellable)
{
  PrecisNerDocContext context;
  PrecisNerHistory history;
  gboolean two_pass = precis_ner_model_n_stages (tagger->model) > 1;
  gboolean ok = TRUE;

  precis_ner_doc_context_init (&context);
  for (guint s = 0; s < n_sentences; s++)
    precis_ner_doc_context_add_sentence (&context, tokens + sentences[s].first, sentences[s].n);
  for (guint s = 0; s < n_sentences && ok; s++)
    {
      if (s % 256 == 255 && g_cancellable_is_cancelled (cancellable))
        ok = FALSE;
      tag_sentence (tagger, ws, 0, &context, NULL, tokens + sentences[s].first, sentences[s].n,
                    tags + sentences[s].first);
    }
  if (two_pass && ok)
    {
      precis_ner_history_init (&history);
      for (guint s = 0; s < n_sentences; s++)
        precis_ner_history_add_sentence (&history, tokens + sentences[s].first, sentences[s].n,
                                         tags + sentences[s].first);
      /* In place: a sentence's first-pass tags are read before its
       * second-pass tags overwrite them, and the history is complete. */
      for (guint s = 0; s < n_sentences && ok; s++)
        tag_sentence (tagger, ws, 1, &context, &history, tokens + sentences[s].first,
                      sentences[s].n, tags + sentences[s].first);
      precis_ner_history_clear (&history);
    }
  precis_ner_doc_context_clear (&context);
  return ok;
}
