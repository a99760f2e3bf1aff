/* ner-town-regions.c — "from Hinckley, Leicestershire": a town and its region.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-town-regions.h"
#include "ner-doc.h"
#include "ner-word.h"

#include <string.h>

/* A town named with its region has one to three words ("Buckhurst Hill",
 * "Melton Mowbray"). */
#define MAX_TOWN_WORDS 3

/* The prepositions before a place that say where someone or something is
 * ("from Curry Rivel", "the village of Rayne"). */
static const char *const place_prepositions[] = {
  "in", "from", "at", "near", "outside", "of", "to", "into", "around", "inside", "across",
  "toward", "towards", "through", NULL,
};

static gboolean
is_name_word (const PrecisToken *t)
{
  return t->shape == PRECIS_SHAPE_CAPITALIZED || t->shape == PRECIS_SHAPE_MIXED;
}

#define REGION (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_SUBDIVISION | PRECIS_NER_GAZ_CONTINENT)

/* Whether region `r` (its sentence's tokens end at `end`) opens a list of
 * names ("Essex, Kent and Sussex", "Leicester and Burnley") rather than
 * closing a town's phrase. */
static gboolean
opens_list (const PrecisDocument *doc, const PrecisNerMention *r, guint32 end)
{
  if (r->end + 1 >= end)
    return FALSE;
  if (precis_ner_token_is (doc, r->end, ",") || precis_ner_token_is (doc, r->end, "and") ||
      precis_ner_token_is (doc, r->end, "or"))
    return is_name_word (&doc->tokens[r->end + 1]);
  return FALSE;
}

/* Whether the comma at `comma` is the first of sentence `s`. */
static gboolean
is_first_comma (const PrecisDocument *doc, const PrecisSentence *s, guint32 comma)
{
  for (guint32 i = s->first_token; i < comma; i++)
    if (precis_ner_token_is (doc, i, ","))
      return FALSE;
  return TRUE;
}

/* Where the town before the comma at `comma` starts, after a place's
 * preposition inside sentence `s`, its words all capitalized; G_MAXUINT32
 * when there is none. */
static guint32
town_start (const PrecisDocument *doc, const PrecisSentence *s, guint32 comma)
{
  guint32 first = comma;

  while (first > s->first_token && comma - first < MAX_TOWN_WORDS && is_name_word (&doc->tokens[first - 1]))
    first--;
  if (first == comma || first <= s->first_token + 1 ||
      !precis_ner_token_is_lower_in_list (doc, first - 1, place_prepositions))
    return G_MAXUINT32;
  return first;
}

/* Whether the town's words [first, end) may be a place the tagger misread:
 * no region itself (a list), no well-known organization, no given name
 * and surname. */
static gboolean
may_be_town (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 first, guint32 end)
{
  g_autofree char *text = precis_ner_tokens_text (doc, first, end);

  if (precis_ner_tokens_gazetteer_type (gazetteer, doc, first, end) & REGION)
    return FALSE;
  if (precis_ner_gazetteer_is_organization (gazetteer, text))
    return FALSE;
  return !(end - first == 2 && precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[first].lower) &&
           !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[first + 1].lower));
}

static void
name_place (PrecisNerMention *m)
{
  m->type = PRECIS_NER_TYPE_LOC;
  m->said = TRUE;
  m->place_named = TRUE;
}

/* The punctuation that closes a region's phrase: "Born in Runcorn,
 * Cheshire, she …", "in Akron, Ohio." */
static const char *const region_closers[] = { ",", ".", ";", ")", NULL };

/* "Born in Runcorn, Cheshire, she starred …": a region no list knows,
 * read as an organization, after a town the tagger read as a place (one to
 * three words after a place's preposition) and closed by punctuation, is
 * the town's region.  CoNLL-2003 train and dev (gold), a name after "in",
 * "at", "near" or "from", a place, a comma, and before punctuation: 39
 * places, 4 people's names ("in Tripoli, Tadeusz Awdankiewicz, …", which
 * stay as read), no organization. */
static gboolean
is_unlisted_region (const PrecisDocument *doc, const PrecisSentence *s, const PrecisNerMention *town,
                    const PrecisNerMention *region)
{
  guint32 end = s->first_token + s->n_tokens;

  if (town == NULL || region->type != PRECIS_NER_TYPE_ORG || town->type != PRECIS_NER_TYPE_LOC ||
      region->end - region->first > 2 || town->end + 1 != region->first ||
      !precis_ner_token_is (doc, town->end, ",") || region->end >= end ||
      !precis_ner_token_in_list (doc, region->end, region_closers))
    return FALSE;
  for (guint32 t = region->first; t < region->end; t++)
    if (doc->tokens[t].shape != PRECIS_SHAPE_CAPITALIZED)
      return FALSE;
  return town_start (doc, s, town->end) == town->first && !opens_list (doc, region, end);
}

void
precis_ner_type_town_regions (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  if (gazetteer == NULL || !precis_ner_reads_as_english (doc))
    return;
  /* Backwards: a town's mention added before region k moves only the
   * mentions from k on. */
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *region = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisSentence *s = &doc->sentences[region->sentence];
      guint32 end = s->first_token + s->n_tokens, comma = region->first - 1, first;
      PrecisNerMention *town = k > 0 ? &g_array_index (mentions, PrecisNerMention, k - 1) : NULL;
      gboolean town_read;

      if (region->first > s->first_token + 2 && is_unlisted_region (doc, s, town, region))
        {
          name_place (region);
          name_place (town);
          continue;
        }
      if (region->first <= s->first_token + 2 || region->type == PRECIS_NER_TYPE_PER ||
          !precis_ner_token_is (doc, comma, ",") ||
          !(precis_ner_tokens_gazetteer_type (gazetteer, doc, region->first, region->end) & REGION))
        continue;
      if (opens_list (doc, region, end))
        continue;
      if (region->end < end && doc->tokens[region->end].shape == PRECIS_SHAPE_LOWER && is_first_comma (doc, s, comma))
        continue;
      first = town_start (doc, s, comma);
      if (first == G_MAXUINT32)
        continue;
      town_read = town != NULL && town->end == comma;
      /* The tagger's town must be the words after the preposition, no
       * more and no fewer. */
      if (town_read && town->first != first)
        continue;
      /* Words the tagger gave another name (a longer one) are no town. */
      if (!town_read && town != NULL && town->end > first)
        continue;
      if (!may_be_town (gazetteer, doc, first, comma))
        continue;
      name_place (region);
      /* "at Valdosta State University, Georgia": a body of two words or
       * more the tagger read is the body; its region is still a place. */
      if (town_read && town->type == PRECIS_NER_TYPE_ORG && town->end - town->first >= 2)
        continue;
      if (town_read)
        name_place (town);
      else
        {
          PrecisNerMention m = { first, comma, PRECIS_NER_TYPE_LOC, region->sentence, FALSE, TRUE, TRUE };

          g_array_insert_val (mentions, k, m);
        }
    }
}
