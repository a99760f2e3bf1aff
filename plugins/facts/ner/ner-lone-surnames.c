/* ner-lone-surnames.c — a person German text names by the surname alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-lone-surnames.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

/* The words that open a noun phrase: German names a person by the
 * surname without one ("sagte Vogel"), a noun with one ("den Vogel", "der
 * Schah", "dem Schneider") as a town's adjective ("die Bonner Regierung"). */
static const char *const determiners[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines",
  "kein", "keine", "keiner", "keinem", "keinen", "keines", "dieser", "diese", "dieses", "diesem",
  "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "sein", "seine", "seiner", "seinem", "seinen",
  "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres", "unser", "unsere", "unserer", "unserem",
  "unseren", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", NULL,
};

static gboolean
after_german_determiner (const PrecisDocument *doc, guint32 i)
{
  for (guint k = 0; determiners[k] != NULL; k++)
    if (strcmp (doc->tokens[i - 1].lower, determiners[k]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_lone_surname (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, PrecisNerLowerWords *lower_words,
                 const guint8 *tags, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  gsize len = strlen (t->lower);
  guint32 sentence = t->sentence;

  /* A sentence's first word is capitalized whatever it is. */
  if (tags[i] != 0 || t->shape != PRECIS_SHAPE_CAPITALIZED || len < 4 || i == 0 ||
      doc->tokens[i - 1].sentence != sentence || !precis_ner_token_is_letters (doc, i) || after_german_determiner (doc, i))
    return FALSE;
  /* The word before a name the tagger read is a title or a kind of it. */
  if (i + 1 < doc->n_tokens && doc->tokens[i + 1].sentence == sentence && tags[i + 1] != 0)
    return FALSE;
  return precis_ner_gazetteer_is_surname_hash (gazetteer, precis_ner_gazetteer_token_hash (t->lower, len)) &&
         !precis_ner_gazetteer_is_given_name (gazetteer, t->lower) &&
         (lower_words == NULL || !precis_ner_lower_words_in_language_or_nouns (lower_words, t->lower, len));
}

/* "in Bieber", "aus Praunheim", "nach Wallau": after these a name of one
 * word is the place, a village named as a family is.  CoNLL-2003 German
 * dev (gold): a name of one word after them is 319 times a place, 4 times
 * a person, each in the genitive before its noun ("nach Kinkels Worten"). */
static gboolean
after_town_preposition (const PrecisDocument *doc, guint32 i)
{
  static const char *const prepositions[] = { "in", "nach", "aus", NULL };
  const PrecisToken *t = &doc->tokens[i];

  if (doc->tokens[i - 1].shape != PRECIS_SHAPE_LOWER || !precis_ner_word_in_list (prepositions, doc->tokens[i - 1].lower))
    return FALSE;
  return i + 1 == doc->n_tokens || doc->tokens[i + 1].sentence != t->sentence ||
         doc->tokens[i + 1].shape != PRECIS_SHAPE_CAPITALIZED;
}

/* "im Fall Stolpe", "die Affäre Barschel": German names a scandal or a
 * court case by the person it is about, the surname alone after the noun
 * and its article; the tagger, which leaves the word alone, had no cue
 * ("Stolpe" is also a word wngerman lists).  Not a name that goes on into
 * a capitalized word, nor a given name, a place or a body the gazetteer
 * knows ("der Fall Jugoslawien", "die Affäre Opel"). */
static gboolean
names_case_person (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, const guint8 *tags, guint32 i)
{
  static const char *const case_nouns[] = { "fall", "falle", "affäre", "causa", NULL };
  const PrecisToken *t = &doc->tokens[i];
  g_autofree char *written = NULL;
  guint32 noun;

  if (i < 2 || tags[i] != 0 || t->shape != PRECIS_SHAPE_CAPITALIZED || !precis_ner_token_is_letters (doc, i) ||
      doc->tokens[i - 2].sentence != t->sentence || doc->tokens[i - 1].shape != PRECIS_SHAPE_CAPITALIZED ||
      tags[i - 1] != 0 || !precis_ner_word_in_list (case_nouns, doc->tokens[i - 1].lower))
    return FALSE;
  /* The case in quotes ("im \"Fall Stolpe\""). */
  noun = i - 1;
  if (precis_ner_token_is (doc, noun - 1, "\"") || precis_ner_token_is (doc, noun - 1, "„"))
    noun--;
  if (noun < 1 || doc->tokens[noun - 1].sentence != t->sentence || !after_german_determiner (doc, noun))
    return FALSE;
  if (i + 1 < doc->n_tokens && doc->tokens[i + 1].sentence == t->sentence &&
      (doc->tokens[i + 1].shape == PRECIS_SHAPE_CAPITALIZED || tags[i + 1] != 0))
    return FALSE;
  written = g_strndup (doc->text + t->byte_start, t->byte_end - t->byte_start);
  return !precis_ner_gazetteer_is_given_name (gazetteer, t->lower) && precis_ner_gazetteer_find (gazetteer, written) == NULL &&
         !precis_ner_gazetteer_is_world_town (gazetteer, written) && precis_ner_gazetteer_known (gazetteer, written) == 0 &&
         !precis_ner_gazetteer_is_organization (gazetteer, written);
}

void
precis_ner_tag_lone_surnames (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                              PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (gazetteer == NULL || !precis_ner_gazetteer_has_surnames (gazetteer) || !precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    if (names_case_person (doc, gazetteer, tags, i))
      tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_PER, TRUE);
    else if (is_lone_surname (doc, gazetteer, lower_words, tags, i))
      {
        /* "Franz Beckenbauer" with the given name read alone. */
        gboolean joins = tags[i - 1] != 0 && precis_ner_tag_type (tags[i - 1]) == PRECIS_NER_TYPE_PER;

        if (after_town_preposition (doc, i))
          tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_LOC, TRUE);
        else
          tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_PER, !joins);
      }
}
