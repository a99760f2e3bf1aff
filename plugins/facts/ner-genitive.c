/* ner-genitive.c — German names in the genitive ("Israels", "Rabins").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-genitive.h"
#include "ner-mentions.h"
#include "ner-tags.h"

#include <string.h>

typedef struct {
  guint votes[PRECIS_NER_N_TYPES];
} TypeVotes;

static void
vote (GHashTable *names, const char *lower, PrecisNerType type)
{
  TypeVotes *v = g_hash_table_lookup (names, lower);

  if (v == NULL)
    {
      v = g_new0 (TypeVotes, 1);
      g_hash_table_insert (names, (gpointer) lower, v);
    }
  v->votes[type]++;
}

/* The types the tagger gave the document's names written as one word: a
 * one-word mention, or a person's last word ("Jitzhak Rabin" → "rabin"). */
static GHashTable *
bare_names (const PrecisDocument *doc, const guint8 *tags)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      PrecisNerType type = precis_ner_tag_type (tags[i]);
      gboolean first = precis_ner_tag_is_begin (tags[i]) || i == 0 || tags[i - 1] == 0 ||
                       doc->tokens[i - 1].sentence != doc->tokens[i].sentence;
      gboolean last = i + 1 == doc->n_tokens || precis_ner_tag_is_begin (tags[i + 1]) ||
                      precis_ner_tag_type (tags[i + 1]) != type ||
                      doc->tokens[i + 1].sentence != doc->tokens[i].sentence;

      if (type != PRECIS_NER_TYPE_NONE && last && (first || type == PRECIS_NER_TYPE_PER))
        vote (names, doc->tokens[i].lower, type);
    }
  return names;
}

static PrecisNerType
majority (const TypeVotes *v)
{
  PrecisNerType best = PRECIS_NER_TYPE_NONE;

  for (guint t = PRECIS_NER_TYPE_PER; t < PRECIS_NER_N_TYPES; t++)
    if (v->votes[t] > v->votes[best])
      best = (PrecisNerType) t;
  return best;
}

/* The type of token `i` read as the genitive of a name, or NONE: a
 * capitalized word of five letters or more ending in -s whose stem is one
 * of `names` or a place of `gazetteer`.  `from_gazetteer` says which. */
static PrecisNerType
genitive_type (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, GHashTable *names,
               guint32 i, gboolean *from_gazetteer)
{
  const PrecisToken *t = &doc->tokens[i];
  gsize len = strlen (t->lower);
  g_autofree char *stem = NULL;
  const TypeVotes *v;
  const PrecisNerGazEntry *entry;

  *from_gazetteer = FALSE;
  if (t->shape != PRECIS_SHAPE_CAPITALIZED || len < 5 || t->lower[len - 1] != 's' ||
      t->lower[len - 2] == 's')
    return PRECIS_NER_TYPE_NONE;
  stem = g_strndup (t->lower, len - 1);
  v = g_hash_table_lookup (names, stem);
  if (v != NULL)
    return majority (v);
  entry = gazetteer != NULL ? precis_ner_gazetteer_find (gazetteer, stem) : NULL;
  if (entry == NULL || entry->type == PRECIS_NER_GAZ_DEMONYM)
    return PRECIS_NER_TYPE_NONE;
  *from_gazetteer = TRUE;
  return PRECIS_NER_TYPE_LOC;
}

static gboolean
same_sentence (const PrecisDocument *doc, guint32 a, guint32 b)
{
  return doc->tokens[a].sentence == doc->tokens[b].sentence;
}

void
precis_ner_tag_genitives (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                          guint8 *tags)
{
  g_autoptr (GHashTable) names = NULL;

  if (!precis_ner_reads_as_german (doc))
    return;
  names = bare_names (doc, tags);
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      gboolean from_gazetteer;
      PrecisNerType type = genitive_type (doc, gazetteer, names, i, &from_gazetteer);
      PrecisNerType tagged = precis_ner_tag_type (tags[i]);
      gboolean starts = tagged == PRECIS_NER_TYPE_NONE || precis_ner_tag_is_begin (tags[i]) || i == 0 ||
                        !same_sentence (doc, i - 1, i) || precis_ner_tag_type (tags[i - 1]) != tagged;
      guint32 end = i + 1;

      if (type == PRECIS_NER_TYPE_NONE || type == PRECIS_NER_TYPE_MISC)
        continue;
      /* The noun the name governs is none of it: "Rabins Koalition". */
      while (tagged != PRECIS_NER_TYPE_NONE && end < doc->n_tokens && same_sentence (doc, i, end) &&
             !precis_ner_tag_is_begin (tags[end]) && precis_ner_tag_type (tags[end]) == tagged)
        end++;
      if (end == i + 2)
        tags[i + 1] = 0;
      else if (end > i + 2)
        tags[i + 1] = (guint8) precis_ner_tag_make (tagged, TRUE);
      if (!starts)
        continue;
      /* A place's genitive the tagger read as a person is the place; an
       * organization ("Schalkes", a club; "Bonns", its government) stays. */
      if (tagged == PRECIS_NER_TYPE_NONE || !from_gazetteer || tagged == PRECIS_NER_TYPE_PER)
        {
          /* A first name before it makes one person: "Jitzhak Rabins". */
          gboolean joins = tagged == PRECIS_NER_TYPE_NONE && i > 0 && same_sentence (doc, i - 1, i) &&
                           precis_ner_tag_type (tags[i - 1]) == type;

          tags[i] = (guint8) precis_ner_tag_make (type, !joins);
        }
    }
}
