/* ner-coordinated-places.c — "Castilla y León": one place of two names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-coordinated-places.h"
#include "ner-doc.h"

/* Whether tokens [first, end) of `doc` are a place the gazetteer knows
 * (a country, a subdivision, a city; a demonym names people), and not two
 * countries of today joined: "Serbien und Montenegro" was a state from
 * 2003 to 2006 (ISO 3166-3's former states are in German's gazetteer),
 * and news before and after names the two ("in Serbien und Montenegro",
 * CoNLL-2003 German dev, 1996). */
static gboolean
is_known_place (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 first, guint32 end,
                guint32 first_end, guint32 second_first)
{
  guint type = precis_ner_tokens_gazetteer_type (gazetteer, doc, first, end);

  return type != 0 && !(type & PRECIS_NER_GAZ_DEMONYM) &&
         !((precis_ner_tokens_gazetteer_type (gazetteer, doc, first, first_end) & PRECIS_NER_GAZ_COUNTRY) &&
           (precis_ner_tokens_gazetteer_type (gazetteer, doc, second_first, end) & PRECIS_NER_GAZ_COUNTRY));
}

void
precis_ner_join_coordinated_places (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                    GArray *mentions)
{
  if (gazetteer == NULL)
    return;
  for (guint k = mentions->len; k-- > 1;)
    {
      PrecisNerMention *a = &g_array_index (mentions, PrecisNerMention, k - 1);
      const PrecisNerMention *b = &g_array_index (mentions, PrecisNerMention, k);

      if (a->sentence != b->sentence || b->first != a->end + 1 || a->type == PRECIS_NER_TYPE_PER ||
          b->type == PRECIS_NER_TYPE_PER || doc->tokens[a->end].shape != PRECIS_SHAPE_LOWER)
        continue;
      /* The place may be the first's tail: "Junta de Castilla" y "León". */
      for (guint32 start = a->first; start < a->end; start++)
        if (is_known_place (gazetteer, doc, start, b->end, a->end, b->first))
          {
            if (start == a->first)
              a->type = PRECIS_NER_TYPE_LOC;
            a->end = b->end;
            g_array_remove_index (mentions, k);
            break;
          }
    }
}
