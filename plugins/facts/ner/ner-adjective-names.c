/* ner-adjective-names.c — French names of bodies that end in an adjective.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-adjective-names.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

/* The endings of French adjectives of nation, kind and scope ("national",
 * "ouvrière", "socialiste", "européenne", "constitutionnel", "française"). */
static const char *const adjective_endings[] = {
  "al", "ale", "ales", "aux", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes", "ique", "iques",
  "aire", "aires", "iste", "istes", "ier", "ière", "iers", "ières", "ais", "aise", "aises", "éen", "éenne",
  "éens", "éennes", NULL,
};

/* Words of those endings that name no kind: places in time or order, and
 * "derrière". */
static const char *const not_name_adjectives[] = {
  "premier", "première", "premiers", "premières", "dernier", "dernière", "derniers", "dernières",
  "derrière", "entier", "entière", "actuel", "actuelle", "habituel", "habituelle", NULL,
};

static gboolean
is_name_adjective (const PrecisToken *t)
{
  return t->shape == PRECIS_SHAPE_LOWER && !(t->flags & PRECIS_TOKEN_STOPWORD) && strlen (t->lower) >= 5 &&
         precis_ner_word_ends_in_list (adjective_endings, t->lower) &&
         !precis_ner_word_in_list (not_name_adjectives, t->lower);
}

void
precis_ner_extend_adjective_names (const PrecisDocument *doc, guint8 *tags)
{
  if (doc->language == NULL || strcmp (doc->language, "fr") != 0)
    return;
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    {
      guint32 sentence = doc->tokens[i].sentence;

      /* The last word of an organization, followed by no more of it. */
      if (precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_ORG || tags[i + 1] != 0 ||
          doc->tokens[i].shape == PRECIS_SHAPE_UPPER)
        continue;
      for (guint32 k = i + 1; k < i + 3 && k < doc->n_tokens && doc->tokens[k].sentence == sentence &&
                              tags[k] == 0 && is_name_adjective (&doc->tokens[k]);
           k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE);
    }
}
