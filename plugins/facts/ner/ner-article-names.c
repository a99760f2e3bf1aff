/* ner-article-names.c — a title that opens with the masculine article, read as a person.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-article-names.h"

#include "ner-doc.h"

#include <string.h>

/* The article of each language, as its lower case. */
static const char *
article_of (const PrecisDocument *doc)
{
  if (doc->language == NULL)
    return NULL;
  if (strcmp (doc->language, "es") == 0)
    return "el";
  if (strcmp (doc->language, "it") == 0)
    return "il";
  return NULL;
}

static gboolean
is_known_place (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m)
{
  g_autofree char *text = precis_ner_tokens_text (doc, m->first, m->end);

  return precis_ner_tokens_gazetteer_type (gazetteer, doc, m->first, m->end) != 0 ||
         PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, text)) == PRECIS_NER_TYPE_LOC;
}

void
precis_ner_type_article_names (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  const char *article = article_of (doc);

  if (gazetteer == NULL || article == NULL)
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisToken *t = &doc->tokens[m->first];

      if (m->type != PRECIS_NER_TYPE_PER || m->end - m->first < 2 || t->shape != PRECIS_SHAPE_CAPITALIZED ||
          strcmp (t->lower, article) != 0 || m->first == doc->sentences[m->sentence].first_token)
        continue;
      m->type = is_known_place (gazetteer, doc, m) ? PRECIS_NER_TYPE_LOC : PRECIS_NER_TYPE_ORG;
      m->said = TRUE;
    }
}
