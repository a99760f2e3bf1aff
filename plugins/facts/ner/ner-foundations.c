/* ner-foundations.c — a foundation named after its founder, outside English and German.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-foundations.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

/* The noun for a foundation in each language that writes its nouns in
 * lower case: capitalized, it can only open a name.  Not German's
 * "Stiftung": any noun's capital looks like it. */
static const char *const foundation_nouns[] = {
  "fondation", "fundación", "fondazione", "fundação", "fundacão", "stichting", NULL,
};
static const char *const languages[] = { "fr", "es", "it", "pt", "nl", NULL };

/* The particles between the words of a foundation's name ("Fundación
 * Juan de la Cierva", "Fondazione Giorgio Cini"). */
static const char *const particles[] = {
  "de", "da", "do", "dos", "das", "di", "del", "della", "des", "du", "la", "van", "voor", NULL,
};

/* The end of the name that opens at token `i` (the noun): the run of
 * capitalized words after it, particles between them; `i` + 1 when there
 * is none. */
static guint32
name_end (const PrecisDocument *doc, const guint8 *tags, guint32 i, guint32 end)
{
  guint32 k = i + 1;

  while (k < end)
    {
      guint32 next = k;

      while (next < end && doc->tokens[next].shape == PRECIS_SHAPE_LOWER &&
             precis_ner_word_in_list (particles, doc->tokens[next].lower))
        next++;
      if (next >= end || !precis_ner_shape_is_name (doc->tokens[next].shape))
        break;
      /* A name the tagger begins after the particle is one of its own,
       * a town or a body the foundation is of: its reading stays. */
      if (next > k && precis_ner_tag_is_begin (tags[next]))
        break;
      k = next + 1;
    }
  return k;
}

void
precis_ner_tag_foundations (const PrecisDocument *doc, guint8 *tags)
{
  if (doc->language == NULL || !precis_ner_word_in_list (languages, doc->language))
    return;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      guint32 first = doc->sentences[s].first_token, end = first + doc->sentences[s].n_tokens;

      for (guint32 i = first; i + 1 < end; i++)
        {
          guint32 e;

          /* A noun the tagger read as a name's first word is its
           * business: the name read whole. */
          if (tags[i] != 0 || doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED ||
              !precis_ner_word_in_list (foundation_nouns, doc->tokens[i].lower))
            continue;
          e = name_end (doc, tags, i, end);
          if (e == i + 1)
            continue;
          precis_ner_tags_set_name (tags, doc->n_tokens, i, e, PRECIS_NER_TYPE_ORG);
          i = e - 1;
        }
    }
}
