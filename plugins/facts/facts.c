/* facts.c — the `facts` plugin: actors, places and dates of an article.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * People, organizations and places come from the statistical tagger
 * (ner-*), grouped into entities; dates from the time-expression rules
 * (timex-*).  Every fact carries the spans of its mentions.
 */
#include <precis/precis-plugin.h>
#include <stdlib.h>
#include <string.h>

#include "ner-entities.h"
#include "ner-salience.h"
#include "timex.h"

typedef struct {
  PrecisNerTagger *tagger;
  PrecisTimexRules *timex;
} FactsState;

static void
facts_unload (gpointer data)
{
  FactsState *state = data;

  if (state == NULL)
    return;
  g_clear_pointer (&state->tagger, precis_ner_tagger_free);
  g_clear_pointer (&state->timex, precis_timex_rules_free);
  g_free (state);
}

static gboolean
facts_load (const char *data_dir, gpointer *out, GError **error)
{
  FactsState *state = g_new0 (FactsState, 1);

  if (data_dir == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "facts: no data directory for the NER model");
      g_free (state);
      return FALSE;
    }
  state->tagger = precis_ner_tagger_new (data_dir, error);
  if (state->tagger)
    state->timex = precis_timex_rules_new (error);
  if (state->tagger == NULL || state->timex == NULL)
    {
      facts_unload (state);
      return FALSE;
    }
  *out = state;
  return TRUE;
}

static gint
compare_salience (gconstpointer a, gconstpointer b)
{
  const PrecisFact *x = a, *y = b;
  guint32 fx = x->mentions->len ? g_array_index (x->mentions, PrecisSpan, 0).start : 0;
  guint32 fy = y->mentions->len ? g_array_index (y->mentions, PrecisSpan, 0).start : 0;

  if (x->salience != y->salience)
    return x->salience > y->salience ? -1 : 1;
  if (fx != fy)
    return fx < fy ? -1 : 1;
  return (gint) x->kind - (gint) y->kind;
}

/* The language of the NER model that reads `doc`, or NULL when there is
 * none: the model reads English, and on any other language its guesses
 * are noise (issue 15), so there are no people, organizations or places
 * then.  Per-language models replace this (helper `nerlang`).  Text whose
 * language is undetermined ("und": results tables, line-ups, lists of
 * names and numbers, where the detector finds too few words) is read by
 * the default model: the tagger learnt such lines from its training news. */
static const char *
model_language (const PrecisDocument *doc)
{
  return strcmp (doc->language, "en") == 0 || strcmp (doc->language, "und") == 0 ? "en" : NULL;
}

static gboolean
facts_extract (gpointer data, const PrecisDocument *doc, const PrecisRequest *request,
               GArray *facts, GError **error)
{
  FactsState *state = data;
  GCancellable *cancellable = request ? request->cancellable : NULL;
  const char *language = model_language (doc);
  g_autoptr (GArray) mentions = NULL;
  g_autoptr (GPtrArray) entities = NULL;
  guint first_new = facts->len;

  if (request != NULL && request->facts_language != NULL)
    *request->facts_language = language != NULL ? language : "none";
  if (language == NULL)
    mentions = g_array_new (FALSE, FALSE, sizeof (PrecisNerMention));
  else
    mentions = precis_ner_mentions_find (state->tagger, doc, cancellable);
  if (mentions == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      if (error && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
      return FALSE;
    }
  entities = precis_ner_entities_group (doc, precis_ner_tagger_gazetteer (state->tagger),
                                        mentions);
  for (guint i = 0; i < entities->len; i++)
    {
      const PrecisNerEntity *e = entities->pdata[i];
      PrecisFact fact = { e->kind, g_strdup (e->value), precis_ner_salience (doc, request, e),
                          g_array_sized_new (FALSE, FALSE, sizeof (PrecisSpan), e->mentions->len) };

      for (guint k = 0; k < e->mentions->len; k++)
        {
          const PrecisNerMention *m = &g_array_index (e->mentions, PrecisNerMention, k);
          PrecisSpan span = { doc->tokens[m->first].start, doc->tokens[m->end - 1].end };

          g_array_append_val (fact.mentions, span);
        }
      g_array_append_val (facts, fact);
    }

  precis_timex_extract_facts (state->timex, doc, facts);

  /* Most salient first, across kinds; ties by first mention. */
  if (facts->len > first_new)
    qsort (facts->data + (gsize) first_new * sizeof (PrecisFact), facts->len - first_new,
           sizeof (PrecisFact), compare_salience);
  return TRUE;
}

static const PrecisPluginDescriptor facts_descriptor = {
  .abi_version = PRECIS_PLUGIN_ABI_VERSION,
  .name = "facts",
  .version = "1.0",
  .description = "People, organizations and places (averaged-perceptron NER), and dates",
  .capabilities = PRECIS_CAPABILITY_FACTS,
  .load = facts_load,
  .unload = facts_unload,
  .extract_facts = facts_extract,
};

PRECIS_PLUGIN_DEFINE (facts_descriptor)
