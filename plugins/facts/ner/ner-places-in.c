/* ner-places-in.c — a country or a town after the language's "in", outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-places-in.h"

#include "ner-mentions.h"
#include "ner-word.h"

#include <string.h>

typedef struct {
  const char *language;
  const char *const *in; /* "in", and its forms with an article */
  const char *const *joins;
} InWords;

static const char *const es_in[] = { "en", NULL };
static const char *const pt_in[] = { "em", "no", "na", "nos", "nas", NULL };
static const char *const it_in[] = { "in", NULL };
static const char *const fr_in[] = { "en", NULL };
static const char *const nl_in[] = { "in", NULL };
static const char *const es_joins[] = { ",", "y", "e", NULL };
static const char *const pt_joins[] = { ",", "e", NULL };
static const char *const it_joins[] = { ",", "e", "ed", NULL };
static const char *const fr_joins[] = { ",", "et", NULL };
static const char *const nl_joins[] = { ",", "en", NULL };

static const InWords languages[] = {
  { "es", es_in, es_joins }, { "pt", pt_in, pt_joins }, { "it", it_in, it_joins },
  { "fr", fr_in, fr_joins }, { "nl", nl_in, nl_joins },
};

#define PLACE_BITS (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_SUBDIVISION | PRECIS_NER_GAZ_CITY | \
                    PRECIS_NER_GAZ_CONTINENT)

static const InWords *
in_words_of (const PrecisDocument *doc)
{
  if (doc->language == NULL)
    return NULL;
  for (guint k = 0; k < G_N_ELEMENTS (languages); k++)
    if (strcmp (doc->language, languages[k].language) == 0)
      return &languages[k];
  return NULL;
}

/* Whether token `i` is a word of `list`, written in lower case (or a comma). */
static gboolean
lower_in (const PrecisDocument *doc, guint32 i, const char *const *list)
{
  const PrecisToken *t = &doc->tokens[i];

  return (t->shape == PRECIS_SHAPE_LOWER || t->shape == PRECIS_SHAPE_PUNCT) && precis_ner_word_in_list (list, t->lower);
}

/* Whether mention `m` is a place the gazetteer knows, whatever it was read as. */
static gboolean
is_known_place (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m)
{
  g_autofree char *text = precis_ner_tokens_text (doc, m->first, m->end);

  return (precis_ner_tokens_gazetteer_type (gazetteer, doc, m->first, m->end) & PLACE_BITS) != 0 &&
         !precis_ner_gazetteer_is_organization (gazetteer, text);
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
      gboolean after_in = m->first > first && lower_in (doc, m->first - 1, words->in);

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
      previous = m;
    }
}
