/* ner-opening-people.c — a person's full name opening a sentence, outside English and German.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-opening-people.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

static const char *const languages[] = { "es", "it", "pt", "fr", "nl", NULL };

/* The most words a person's name has here, particles not counted
 * ("Marcelo Rebelo de Sousa"). */
#define MAX_NAME_WORDS 4

/* Whether token `i` is a capitalized word, untagged, that the language
 * and the document never write in lower case: "Gyökeres", not "Hoje"
 * nor "Segundo". */
static gboolean
is_name_word (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, const guint8 *tags, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  gsize len = strlen (t->lower);

  if (tags[i] != 0 || t->shape != PRECIS_SHAPE_CAPITALIZED || len < 2 || !precis_ner_token_is_letters (doc, i))
    return FALSE;
  return lower_words == NULL || (!precis_ner_lower_words_in_language (lower_words, t->lower, len) &&
                                 !precis_ner_lower_words_contains (lower_words, t->lower));
}

/* The end of the name opening at the given name `i`: its capitalized
 * words, particles between them ("de", "da", "van"); `i` + 1 when no
 * other follows, 0 when the run goes on past MAX_NAME_WORDS or ends on
 * a particle. */
static guint32
name_end (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, const guint8 *tags, guint32 i, guint32 end)
{
  guint32 k = i + 1, words = 1;

  while (k < end)
    {
      guint32 next = k;

      while (next < end && doc->tokens[next].shape == PRECIS_SHAPE_LOWER &&
             precis_ner_is_name_particle (doc->tokens[next].lower) && tags[next] == 0)
        next++;
      if (next >= end || !is_name_word (doc, lower_words, tags, next))
        return next > k ? 0 : k;
      if (++words > MAX_NAME_WORDS)
        return 0;
      k = next + 1;
    }
  return k;
}

/* What follows a person's name opening a sentence: the verb, an
 * apposition's comma ("Pedro Nuno Santos, secretário-geral do PS,"). */
static gboolean
ends_name (const PrecisDocument *doc, guint32 k, guint32 end)
{
  if (k >= end)
    return FALSE;
  if (doc->tokens[k].shape == PRECIS_SHAPE_LOWER)
    return !precis_ner_is_name_particle (doc->tokens[k].lower);
  return precis_ner_token_is (doc, k, ",");
}

void
precis_ner_tag_opening_people (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                               PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (gazetteer == NULL || doc->language == NULL || !precis_ner_word_in_list (languages, doc->language))
    return;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[s];
      guint32 i = sentence->first_token, end = i + sentence->n_tokens, e;

      while (i < end && doc->tokens[i].shape == PRECIS_SHAPE_PUNCT)
        i++;
      if (i + 2 >= end || !is_name_word (doc, lower_words, tags, i) ||
          !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[i].lower))
        continue;
      e = name_end (doc, lower_words, tags, i, end);
      /* A given name alone is no full name; a known place or body keeps
       * its own reading ("Santa Cruz", a town the tagger left). */
      if (e <= i + 1 || !ends_name (doc, e, end) ||
          precis_ner_tokens_known_type (gazetteer, doc, i, e) != PRECIS_NER_TYPE_NONE)
        continue;
      precis_ner_tags_set_name (tags, doc->n_tokens, i, e, PRECIS_NER_TYPE_PER);
    }
}
