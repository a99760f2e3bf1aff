/* ner-press.c — German newspapers and broadcasters by their title's form.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-press.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

/* The words for a paper or a station that end a title, in every case.
 * Not "Post" nor "Presse": "die Deutsche Post" is a company, "die
 * ausländische Presse" the press. */
static const char *const press_words[] = {
  "zeitung", "nachrichten", "rundschau", "rundfunk", "rundfunks", "allgemeine", "allgemeinen",
  "anzeiger", "anzeigers", "tageblatt", "tageblatts", "tageblattes", "tagblatt", "tagblatts", "kurier",
  "kuriers", "morgenpost", "abendblatt", "abendblatts", "abendzeitung", "fernsehen", "fernsehens",
  "sonntagsblatt", "sonntagsblattes", NULL,
};

/* A capitalized adjective as titles inflect it ("Frankfurter",
 * "Süddeutschen", "Zweites"), not a function word ("Die", "Keine"). */
static gboolean
is_title_adjective (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  gsize len = strlen (t->lower);

  if (t->shape != PRECIS_SHAPE_CAPITALIZED || (t->flags & PRECIS_TOKEN_STOPWORD) || len < 4)
    return FALSE;
  return t->lower[len - 1] == 'e' ||
         (t->lower[len - 2] == 'e' && strchr ("nrsm", t->lower[len - 1]) != NULL);
}

void
precis_ner_tag_press (const PrecisDocument *doc, guint8 *tags)
{
  if (doc->language == NULL || strcmp (doc->language, "de") != 0)
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      guint32 sentence = doc->tokens[i].sentence, first = i - 1;

      if (doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED || doc->tokens[first].sentence != sentence ||
          !precis_ner_word_in_list (press_words, doc->tokens[i].lower) || !is_title_adjective (doc, first))
        continue;
      /* Two adjectives: "Zweiten Deutschen Fernsehens", "Deutschen
       * Allgemeinen Sonntagsblattes". */
      if (first > 0 && doc->tokens[first - 1].sentence == sentence &&
          !(doc->tokens[first - 1].flags & PRECIS_TOKEN_SENTENCE_START) && is_title_adjective (doc, first - 1))
        first--;
      for (guint32 k = first; k <= i; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == first);
      /* A name running on from the title would now begin nowhere. */
      if (i + 1 < doc->n_tokens && tags[i + 1] != 0 && !precis_ner_tag_is_begin (tags[i + 1]))
        tags[i + 1] = (guint8) precis_ner_tag_make (precis_ner_tag_type (tags[i + 1]), TRUE);
    }
}
