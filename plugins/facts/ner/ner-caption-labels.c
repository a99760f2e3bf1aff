/* ner-caption-labels.c — English: a caption's label is no part of the
 * name that ended the caption before it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-caption-labels.h"

#include "ner-mentions.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

/* Verbs that make "Sky News reported:" an attribution, not a label. */
static const char *const speech_verbs[] = {
  "said", "says", "asked", "added", "told", "tells", "wrote", "writes", "replied", "reported", "reports",
  "tweeted", "posted", "explained", "revealed", "announced", "stated", "claimed", "insisted", "warned", NULL,
};

/* The most lower-case words between a label's first word and its colon
 * ("Obsessed with her style:"). */
#define MAX_LABEL_WORDS 3

/* Whether the capitalized word `i` opens a label: one to MAX_LABEL_WORDS
 * lower-case words after it, none a verb of speech, then a colon and a
 * capitalized word, in its sentence (a heading's "Random Commentary
 * section:" ends its line). */
static gboolean
opens_label (const PrecisDocument *doc, guint32 i)
{
  guint32 k = i + 1;

  while (k < doc->n_tokens && k <= i + MAX_LABEL_WORDS && doc->tokens[k].shape == PRECIS_SHAPE_LOWER &&
         (doc->tokens[k].flags & PRECIS_TOKEN_WORD) && !precis_ner_word_in_list (speech_verbs, doc->tokens[k].lower))
    k++;
  return k > i + 1 && k + 1 < doc->n_tokens && strcmp (doc->tokens[k].lower, ":") == 0 &&
         doc->tokens[k + 1].sentence == doc->tokens[i].sentence &&
         (doc->tokens[k + 1].flags & PRECIS_TOKEN_SPACE_BEFORE) &&
         (doc->tokens[k + 1].shape == PRECIS_SHAPE_CAPITALIZED || doc->tokens[k + 1].shape == PRECIS_SHAPE_UPPER);
}

/* Whether a lexicon knows the name of tokens [first, end) whole ("Sky
 * News", "Manchester United"). */
static gboolean
known_whole (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end)
{
  g_autofree char *name =
    g_strndup (doc->text + doc->tokens[first].byte_start, doc->tokens[end - 1].byte_end - doc->tokens[first].byte_start);

  return precis_ner_gazetteer_knows (gazetteer, name);
}

void
precis_ner_untag_caption_labels (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      guint32 first = i;

      /* A name's word after its first, capitalized. */
      if (tags[i] == 0 || precis_ner_tag_is_begin (tags[i]) || doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED ||
          !precis_ner_gazetteer_is_english_word (gazetteer, doc->tokens[i].lower) || !opens_label (doc, i))
        continue;
      while (first > 0 && tags[first] != 0 && !precis_ner_tag_is_begin (tags[first]))
        first--;
      /* The caption ran on into the label: its name stands inside a
       * sentence ("Air Force to bare force:" opening one is a heading). */
      if ((doc->tokens[first].flags & PRECIS_TOKEN_SENTENCE_START) || known_whole (doc, gazetteer, first, i + 1))
        continue;
      tags[i] = 0;
    }
}
