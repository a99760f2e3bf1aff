/* ner-tagger.h — model + gazetteer: tags the sentences of one document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ner-features.h"
#include "ner-model.h"

G_BEGIN_DECLS

typedef struct _PrecisNerTagger PrecisNerTagger;

/* Loads `dir`/models/ner-en.model and the gazetteers in `dir`/gazetteers. */
PrecisNerTagger *precis_ner_tagger_new (const char *data_dir, GError **error);
void precis_ner_tagger_free (PrecisNerTagger *tagger);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNerTagger, precis_ner_tagger_free)

const PrecisNerGazetteer *precis_ner_tagger_gazetteer (const PrecisNerTagger *tagger);

/* Per-thread scratch space for tagging; the tagger itself is read-only. */
typedef struct {
  PrecisNerFeatures features;
  float *emission, *scores;
  guint8 *back;
  guint capacity;
} PrecisNerWorkspace;

void precis_ner_workspace_init (PrecisNerWorkspace *workspace);
void precis_ner_workspace_clear (PrecisNerWorkspace *workspace);

/* Tags one sentence; `context` holds every sentence of its document. */
void precis_ner_tagger_tag (const PrecisNerTagger *tagger, PrecisNerWorkspace *workspace,
                            const PrecisNerDocContext *context, const PrecisNerToken *tokens,
                            guint n_tokens, guint8 *tags);

G_END_DECLS
