/* ner-doubt.c — no fact for a name the tagger alone read, and was unsure of.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A facts panel prefers precision: a name the tagger has never seen is
 * where it errs (another type, other bounds, a MISC name), and where it
 * errs it is mostly unsure.  Its margin (ner-tags.c) says how much score
 * the best reading has over the best other reading of a token; a name is
 * as sure as its least sure token, an entity as its surest mention.
 */
#include "ner-doubt.h"
#include "ner-mentions.h"

/* The margin of mention `m` as the tagger read it, or -1 when the tagger
 * did not read it so (a rule made, retyped or extended it: "Ajax" seen
 * elsewhere, a table row's words). */
static float
mention_margin (const PrecisNerMention *m, const PrecisNerReading *reading)
{
  float margin = G_MAXFLOAT;

  for (guint32 t = m->first; t < m->end; t++)
    {
      if (precis_ner_tag_type (reading->tags[t]) != m->type)
        return -1;
      margin = MIN (margin, reading->margins[t]);
    }
  return margin;
}

/* Whether the lexicon of well-known entities knows entity `e` by its
 * name as what it was found to be, that name being no English word or
 * surname ("Konami's Pro Evolution Soccer 4" read as a place, then found
 * the company entities.tsv knows): the tagger's doubt about its reading
 * says nothing then. */
static gboolean
is_known_as (const PrecisNerGazetteer *gazetteer, const PrecisNerEntity *e)
{
  static const PrecisNerType types[] = {
    [PRECIS_FACT_PERSON] = PRECIS_NER_TYPE_PER,
    [PRECIS_FACT_ORGANIZATION] = PRECIS_NER_TYPE_ORG,
    [PRECIS_FACT_PLACE] = PRECIS_NER_TYPE_LOC,
  };
  guint known;

  if (gazetteer == NULL || (guint) e->kind >= G_N_ELEMENTS (types) || types[e->kind] == PRECIS_NER_TYPE_NONE)
    return FALSE;
  known = precis_ner_gazetteer_known (gazetteer, e->value);
  return known != 0 && !(known & PRECIS_NER_KNOWN_AMBIGUOUS) && PRECIS_NER_KNOWN_TYPE (known) == types[e->kind];
}

gboolean
precis_ner_entity_is_doubtful (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                               const PrecisNerEntity *entity, const PrecisNerReading *reading,
                               float threshold)
{
  gboolean read = FALSE;

  if (entity->evidence || reading->tags == NULL || is_known_as (gazetteer, entity))
    return FALSE;
  for (guint i = 0; i < entity->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (entity->mentions, PrecisNerMention, i);
      float margin = mention_margin (m, reading);

      if (margin >= threshold)
        return FALSE;
      read = read || margin >= 0;
    }
  if (!read)
    return FALSE;
  /* Last, as it costs most: the words around each mention. */
  for (guint i = 0; i < entity->mentions->len; i++)
    if (precis_ner_mention_is_said (doc, gazetteer, &g_array_index (entity->mentions, PrecisNerMention, i)))
      return FALSE;
  return TRUE;
}
