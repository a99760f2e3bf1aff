/* ner-villages.c — a German village or district named after a preposition.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Local news names the villages and districts of its county ("in
 * Petterweil", "von Fechenheim bis Höchst"), too small for the towns the
 * tagger knows (GeoNames' towns of 15,000 people or more, a feature of
 * the German model) and seldom in its training text.  Such a name says
 * what it is by its last part, as German place names end, and by the
 * preposition before it.
 */
#include "ner-villages.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

/* The last parts of German place names. */
static const char *const place_endings[] = {
  "heim", "hausen", "dorf", "bach", "burg", "stadt", "stedt", "feld", "felden", "ingen", "rode", "born",
  "brunn", "bronn", "weil", "weiler", "kirchen", "hain", "hagen", "furt", "brück", "brücken", "bruck",
  "leben", "scheid", "tal", "thal", "horst", "hofen", "ow", "itz", "au", "ach", "zell", "wang", "reuth",
  "ried", "rath", "kamp", "berg", "bergen", "lar", NULL,
};

/* Compounds of common nouns that end so ("Anbau", "Hausfrau", "Modenschau"). */
static const char *const noun_endings[] = { "bau", "frau", "schau", NULL };

static const char *const prepositions[] = { "in", "nach", "aus", "bei", NULL };

static gboolean
after_place_preposition (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *before = &doc->tokens[i - 1];

  if (before->shape != PRECIS_SHAPE_LOWER)
    return FALSE;
  if (precis_ner_word_in_list (prepositions, before->lower))
    return TRUE;
  /* "von Fechenheim bis Ilbenstadt": "von" alone also opens a noble
   * name, "bis" a time. */
  if (strcmp (before->lower, "von") == 0)
    return i + 1 < doc->n_tokens && doc->tokens[i + 1].sentence == doc->tokens[i].sentence &&
           strcmp (doc->tokens[i + 1].lower, "bis") == 0;
  return strcmp (before->lower, "bis") == 0 && i >= 3 && doc->tokens[i - 3].sentence == doc->tokens[i].sentence &&
         strcmp (doc->tokens[i - 3].lower, "von") == 0;
}

void
precis_ner_tag_villages (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      gsize len = strlen (t->lower);

      if (tags[i] != 0 || t->shape != PRECIS_SHAPE_CAPITALIZED || len < 5 ||
          doc->tokens[i - 1].sentence != t->sentence || !precis_ner_token_is_letters (doc, i) ||
          !precis_ner_compound_ends_in_list (place_endings, t->lower) ||
          precis_ner_compound_ends_in_list (noun_endings, t->lower) || !after_place_preposition (doc, i))
        continue;
      /* The next word capitalized: the word opens a longer name. */
      if (i + 1 < doc->n_tokens && doc->tokens[i + 1].sentence == t->sentence &&
          doc->tokens[i + 1].shape == PRECIS_SHAPE_CAPITALIZED)
        continue;
      if (lower_words != NULL && precis_ner_lower_words_in_language_or_nouns (lower_words, t->lower, len))
        continue;
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, TRUE);
    }
}
