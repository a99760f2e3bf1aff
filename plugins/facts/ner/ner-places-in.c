/* ner-places-in.c — a country or a town after the language's "in", outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-places-in.h"

#include "ner-doc.h"
#include "ner-word.h"

#include <string.h>

typedef struct {
  const char *language;
  const char *const *in; /* "in", and its forms with an article */
  const char *const *joins;
  const char *const *at; /* of `in`, those a club's name never follows, only its town's */
} InWords;

static const char *const es_in[] = { "en", NULL };
static const char *const pt_in[] = { "em", "no", "na", "nos", "nas", NULL };
/* Italian "a" and French "à" before a town: "a Roma", "à Lyon".  Gold,
 * the names after them: Italian Wikinews train 523 places, 143 people, 22
 * organizations; French WikiNER dev 1,197 places, 271 people, 27
 * organizations (clubs, "à Auxerre"; only a name the gazetteer knows as a
 * place, read as an organization, is retyped). */
static const char *const it_in[] = { "in", "a", NULL };
static const char *const fr_in[] = { "en", "à", NULL };
static const char *const it_at[] = { "a", NULL };
static const char *const fr_at[] = { "à", NULL };
static const char *const no_at[] = { NULL };
static const char *const nl_in[] = { "in", NULL };
static const char *const es_joins[] = { ",", "y", "e", NULL };
static const char *const pt_joins[] = { ",", "e", NULL };
static const char *const it_joins[] = { ",", "e", "ed", NULL };
static const char *const fr_joins[] = { ",", "et", NULL };
static const char *const nl_joins[] = { ",", "en", NULL };

static const InWords languages[] = {
  { "es", es_in, es_joins, no_at }, { "pt", pt_in, pt_joins, no_at }, { "it", it_in, it_joins, it_at },
  { "fr", fr_in, fr_joins, fr_at }, { "nl", nl_in, nl_joins, no_at },
};

#define PLACE_BITS (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_SUBDIVISION | PRECIS_NER_GAZ_CITY | \
                    PRECIS_NER_GAZ_CONTINENT)

static const InWords *
in_words_of (const PrecisDocument *doc)
{
  return PRECIS_NER_LANGUAGE_ENTRY (doc, languages);
}

/* Whether token `i` is a word of `list`, written in lower case (or a comma). */
static gboolean
lower_in (const PrecisDocument *doc, guint32 i, const char *const *list)
{
  const PrecisToken *t = &doc->tokens[i];

  return (t->shape == PRECIS_SHAPE_LOWER || t->shape == PRECIS_SHAPE_PUNCT) && precis_ner_word_in_list (list, t->lower);
}

/* The same, or capitalized as the sentence's first word ("A Torino,
 * intanto, la Juventus ha pareggiato", "En Francia, el Gobierno"). */
static gboolean
lower_or_opening_in (const PrecisDocument *doc, guint32 i, guint32 first, const char *const *list)
{
  const PrecisToken *t = &doc->tokens[i];

  return lower_in (doc, i, list) ||
         (i == first && t->shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_word_in_list (list, t->lower));
}

/* Whether mention `m` is a place the gazetteer or the lexicon of
 * well-known entities knows, whatever it was read as. */
static gboolean
is_known_place (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m)
{
  g_autofree char *text = precis_ner_tokens_text (doc, m->first, m->end);

  /* entities.tsv writes a town as the language does ("Bogotá"), where
   * the gazetteer's list of towns may not ("Bogota"). */
  return ((precis_ner_tokens_gazetteer_type (gazetteer, doc, m->first, m->end) & PLACE_BITS) != 0 ||
          PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, text)) == PRECIS_NER_TYPE_LOC) &&
         !precis_ner_gazetteer_is_organization (gazetteer, text);
}

/* Whether mention `m` is a town or a region of the gazetteer, no country
 * (a nation's side is typed a place anyway, CoNLL's way). */
static gboolean
is_known_town (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m)
{
  guint type = precis_ner_tokens_gazetteer_type (gazetteer, doc, m->first, m->end);

  return (type & (PRECIS_NER_GAZ_CITY | PRECIS_NER_GAZ_SUBDIVISION)) != 0 && !(type & PRECIS_NER_GAZ_COUNTRY);
}

void
precis_ner_type_places_in (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  const InWords *words = in_words_of (doc);
  const PrecisNerMention *previous = NULL;
  gboolean listed = FALSE; /* `previous` stands after "in", itself or as its list's item */

  if (gazetteer == NULL || words == NULL)
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 first = doc->sentences[m->sentence].first_token;
      gboolean after_in = m->first > first && lower_or_opening_in (doc, m->first - 1, first, words->in);

      /* "en Estados Unidos y China", "en Francia, Italia y Alemania": an
       * item after the one after "in", only joins between them. */
      if (!after_in && listed && previous->sentence == m->sentence && m->first > previous->end)
        {
          after_in = TRUE;
          for (guint32 i = previous->end; i < m->first && after_in; i++)
            after_in = lower_in (doc, i, words->joins);
        }
      listed = after_in && is_known_place (gazetteer, doc, m);
      if (listed && m->type == PRECIS_NER_TYPE_ORG)
        m->type = PRECIS_NER_TYPE_LOC;
      /* "la Roma ha perso a Bergamo", "Monaco a perdu à Lens": a town
       * right after "a", "à" (a club takes its article: "al Napoli") is
       * the place, against a sports report's reading of a side; not one
       * read as a person ("dedicato a Colombo", the navigator). */
      if (listed && m->type == PRECIS_NER_TYPE_LOC && m->first > first &&
          lower_or_opening_in (doc, m->first - 1, first, words->at) &&
          is_known_town (gazetteer, doc, m))
        m->place_named = TRUE;
      previous = m;
    }
}

/* Whether mentions `a` and `b` (`b` after `a`) are items of one list:
 * only the language's joins between them. */
static gboolean
listed_together (const InWords *words, const PrecisDocument *doc, const PrecisNerMention *a,
                 const PrecisNerMention *b)
{
  if (a->sentence != b->sentence || b->first <= a->end)
    return FALSE;
  for (guint32 i = a->end; i < b->first; i++)
    if (!lower_in (doc, i, words->joins))
      return FALSE;
  return TRUE;
}

/* Whether a word between listed mentions `a` and `b` is no comma: the
 * language's "and" or "or". */
static gboolean
ends_with_conjunction (const PrecisDocument *doc, const PrecisNerMention *a, const PrecisNerMention *b)
{
  for (guint32 i = a->end; i < b->first; i++)
    if (doc->tokens[i].shape == PRECIS_SHAPE_LOWER)
      return TRUE;
  return FALSE;
}

/* Whether mention `m`, read as a person, is a place the gazetteer knows
 * and no given name opens it. */
static gboolean
is_place_read_as_person (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m)
{
  return m->type == PRECIS_NER_TYPE_PER && is_known_place (gazetteer, doc, m) &&
         !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[m->first].lower);
}

void
precis_ner_type_listed_places (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  const InWords *words = in_words_of (doc);
  guint start = 0;

  if (gazetteer == NULL || words == NULL)
    return;
  while (start < mentions->len)
    {
      guint end = start + 1;
      gboolean place = FALSE;

      while (end < mentions->len && listed_together (words, doc, &g_array_index (mentions, PrecisNerMention, end - 1),
                                                     &g_array_index (mentions, PrecisNerMention, end)))
        end++;
      /* A list ends with its "and": commas alone may join a fronted
       * phrase to the subject ("Nacido en Barcelona, Herrera ha"). */
      if (end - start >= 2 && !ends_with_conjunction (doc, &g_array_index (mentions, PrecisNerMention, end - 2),
                                                      &g_array_index (mentions, PrecisNerMention, end - 1)))
        {
          start = end;
          continue;
        }
      for (guint k = start; k < end && end - start >= 2 && !place; k++)
        {
          const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

          place = m->type == PRECIS_NER_TYPE_LOC && is_known_place (gazetteer, doc, m);
        }
      for (guint k = start; k < end && place; k++)
        {
          PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

          if (is_place_read_as_person (gazetteer, doc, m))
            m->type = PRECIS_NER_TYPE_LOC;
        }
      start = end;
    }
}
