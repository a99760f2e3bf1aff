/* ner-press.c — German newspapers and broadcasters by their title's form.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-press.h"
#include "ner-doc.h"
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

/* The nouns news writes before a paper's or a station's title ("das
 * Nachrichtenmagazin Der Spiegel", "die Wochenzeitung Die Zeit", "der
 * Sender Das Erste"), as the last part of a compound. */
static const char *const press_kinds[] = {
  "magazin", "magazins", "zeitung", "zeitschrift", "blatt", "blatts", "blattes", "sender", "senders", NULL,
};
static const char *const articles[] = { "der", "die", "das", "dem", "den", "des", NULL };

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

/* A title that opens with its article: German writes an article inside a
 * sentence in lower case, so a capitalized one right after the kind of
 * paper or station is the title's first word ("dem Nachrichtenmagazin Der
 * Spiegel", CoNLL-2003 German dev: 5 of 5 with the article), whatever the
 * tagger read of the words after it ("Spiegel" alone, or nothing). */
static void
tag_titles_with_article (const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 1; i + 1 < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      guint32 end = i + 1;

      if (t->shape != PRECIS_SHAPE_CAPITALIZED || !precis_ner_word_in_list (articles, t->lower) ||
          doc->tokens[i - 1].sentence != t->sentence || doc->tokens[i - 1].shape != PRECIS_SHAPE_CAPITALIZED ||
          !(precis_ner_word_in_list (press_kinds, doc->tokens[i - 1].lower) ||
            precis_ner_compound_ends_in_list (press_kinds, doc->tokens[i - 1].lower)))
        continue;
      while (end < doc->n_tokens && doc->tokens[end].sentence == t->sentence &&
             doc->tokens[end].shape == PRECIS_SHAPE_CAPITALIZED && !(doc->tokens[end].flags & PRECIS_TOKEN_STOPWORD))
        end++;
      if (end == i + 1)
        continue;
      precis_ner_tags_set_name (tags, doc->n_tokens, i, end, PRECIS_NER_TYPE_ORG);
      i = end - 1;
    }
}

void
precis_ner_tag_press (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  tag_titles_with_article (doc, tags);
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
      precis_ner_tags_set_name (tags, doc->n_tokens, first, i + 1, PRECIS_NER_TYPE_ORG);
    }
}
