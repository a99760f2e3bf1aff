/* ner-common-places.c — German places told from common words.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Two readings the model's lexicon could not check, it holding only the
 * nouns of its own training text: an unknown word after "in", "nach",
 * "aus" as a place lost more nouns than it found places (CoNLL-2003
 * German dev 85.35 -> 85.25: "nach Belieben", "in Bestform", "in
 * Polizeihaft"), and the tagger itself reads such nouns as places ("das
 * Sanatorium", "die Moslems", "im Skandal").  German's list of common
 * words (tools/make-common-words.py) tells them apart.  It also tells
 * where a place the tagger ran on into the clause's next noun ends ("die
 * USA Stillschweigen", "bei Genf Atomkerne": CoNLL German dev and
 * GermEval each had such a pair; their gold names of a place of one word
 * and a listed noun were a paper, "Jerusalem Post", and a person after
 * a title, "Dr. Arno Grau", both kept).
 */
#include "ner-common-places.h"
#include "ner-titles.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

static const char *const town_prepositions[] = { "in", "nach", "aus", NULL };

/* The last nouns of a street's, a square's or a park's name, which the
 * list holds as words ("Hauptstraße", "Lindenallee", "Kurpark": CoNLL
 * dev gold places). */
static const char *const street_tails[] = {
  "straße", "strasse", "strae", "allee", "park", "platz", "gasse", "weg", "ring", "ufer", NULL,
};

/* The fewest letters of a compound's last part that is a place
 * ("Ostdeutschland", "Oberägypten"). */
#define MIN_PLACE_TAIL 4

static gboolean
is_alone (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return i + 1 == doc->n_tokens || doc->tokens[i + 1].sentence != t->sentence ||
         (doc->tokens[i + 1].shape != PRECIS_SHAPE_CAPITALIZED && (tags[i + 1] == 0 || precis_ner_tag_is_begin (tags[i + 1])));
}

static gboolean
is_unknown_place (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, PrecisNerLowerWords *lower_words,
                  const guint8 *tags, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i], *before = &doc->tokens[i - 1];
  gsize len = strlen (t->lower);

  if (tags[i] != 0 || t->shape != PRECIS_SHAPE_CAPITALIZED || len < 4 || before->sentence != t->sentence ||
      before->shape != PRECIS_SHAPE_LOWER || !precis_ner_word_in_list (town_prepositions, before->lower) ||
      !precis_ner_token_is_letters (doc, i) || !is_alone (doc, tags, i) ||
      (i + 1 < doc->n_tokens && tags[i + 1] != 0))
    return FALSE;
  return !precis_ner_lower_words_in_language_or_nouns (lower_words, t->lower, len) &&
         !precis_ner_lower_words_is_common_word (lower_words, t->lower) &&
         !precis_ner_gazetteer_is_given_name (gazetteer, t->lower);
}

/* The compass points that open a region's name ("Nordpol", "Südtirol",
 * "Ostdeutschland", "Westeuropa"): wngerman lists such regions as words. */
static const char *const compass_points[] = { "nord", "süd", "ost", "west", NULL };

/* Whether `tail` is a place of the gazetteer, or its genitive. */
static gboolean
is_place_or_genitive (const PrecisNerGazetteer *gazetteer, const char *tail)
{
  gsize len = strlen (tail);
  char stem[PRECIS_NER_WORD_MAX];

  if (precis_ner_gazetteer_find (gazetteer, tail) != NULL)
    return TRUE;
  if (len < 2 || len >= sizeof stem || tail[len - 1] != 's')
    return FALSE;
  memcpy (stem, tail, len - 1);
  stem[len - 1] = '\0';
  return precis_ner_gazetteer_find (gazetteer, stem) != NULL;
}

/* Whether a tail of `lower` after a letter or more is a place of the
 * gazetteer or its genitive ("Nordafrikas"), or a compass point opens it. */
static gboolean
ends_in_place (const PrecisNerGazetteer *gazetteer, const char *lower)
{
  glong n_chars = g_utf8_strlen (lower, -1);

  for (guint k = 0; compass_points[k] != NULL; k++)
    if (g_str_has_prefix (lower, compass_points[k]) && strlen (lower) > strlen (compass_points[k]) + 2)
      return TRUE;
  for (glong k = 1; n_chars - k >= MIN_PLACE_TAIL; k++)
    if (is_place_or_genitive (gazetteer, g_utf8_offset_to_pointer (lower, k)))
      return TRUE;
  return FALSE;
}

static gboolean
is_common_place (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, const guint8 *tags, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  if (tags[i] == 0 || precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_LOC || !precis_ner_tag_is_begin (tags[i]) ||
      t->shape != PRECIS_SHAPE_CAPITALIZED || doc->tokens[i - 1].sentence != t->sentence ||
      !precis_ner_token_is_letters (doc, i) || !is_alone (doc, tags, i))
    return FALSE;
  return precis_ner_gazetteer_is_common_word (gazetteer, t->lower) && precis_ner_gazetteer_find (gazetteer, t->lower) == NULL &&
         !precis_ner_word_ends_in_list (street_tails, t->lower) && !ends_in_place (gazetteer, t->lower);
}

/* The words after a place that name its part, not a noun of the clause
 * ("Frankfurt West", "Norderstedt Mitte", "Berlin Zentrum"). */
static const char *const place_parts[] = {
  "nord", "süd", "sd", "ost", "west", "mitte", "zentrum", "stadt", "land", "city", NULL,
};

/* The nouns that end a paper's, a firm's or a race's name after its
 * place ("Jerusalem Post", "Deutsche Bank", "Frankfurter Rundschau",
 * "Deutschland Tour"): there the pair is one name. */
static const char *const name_tails[] = {
  "post", "zeitung", "rundschau", "kurier", "anzeiger", "nachrichten", "presse", "times", "bank", "bahn",
  "werke", "tour", "rundfahrt", "open", NULL,
};

/* Whether tokens `i` and `i + 1`, as written, are a name of entities.tsv. */
static gboolean
is_known_pair (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i], *next = &doc->tokens[i + 1];
  g_autofree char *name = g_strndup (doc->text + t->byte_start, next->byte_end - t->byte_start);

  return precis_ner_gazetteer_known (gazetteer, name) != 0;
}

/* Whether a person's title comes just before token `i` ("Dr. Arno Grau"). */
static gboolean
after_title (const PrecisDocument *doc, guint32 i)
{
  if (i > 0 && precis_ner_is_title_word (doc->tokens[i - 1].lower))
    return TRUE;
  return i > 1 && strcmp (doc->tokens[i - 1].lower, ".") == 0 && precis_ner_is_title_word (doc->tokens[i - 2].lower);
}

/* Whether token `i` is a country's, a region's or a city's name of one
 * word that the tagger ran on into one more word, a common noun: German
 * puts the clause's object or subject straight after a place ("bei Genf
 * Atomkerne zusammenstoßen", "hüllten sich die USA Stillschweigen"), and
 * the tagger read the two as one name. */
static gboolean
is_place_before_noun (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, PrecisNerLowerWords *lower_words,
                      const guint8 *tags, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i], *next = &doc->tokens[i + 1];
  const PrecisNerGazEntry *entry;
  g_autofree char *written = NULL;

  if (tags[i] == 0 || !precis_ner_tag_is_begin (tags[i]) || tags[i + 1] == 0 ||
      precis_ner_tag_is_begin (tags[i + 1]) ||
      (i + 2 < doc->n_tokens && tags[i + 2] != 0 && !precis_ner_tag_is_begin (tags[i + 2])) ||
      next->shape != PRECIS_SHAPE_CAPITALIZED || !precis_ner_token_is_letters (doc, i + 1) ||
      precis_ner_word_in_list (place_parts, next->lower) || precis_ner_word_in_list (name_tails, next->lower))
    return FALSE;
  /* As written: an acronym is found so only ("USA"). */
  written = g_strndup (doc->text + t->byte_start, t->byte_end - t->byte_start);
  entry = precis_ner_gazetteer_find (gazetteer, written);
  if (entry == NULL || (entry->type & (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_SUBDIVISION | PRECIS_NER_GAZ_CITY |
                                       PRECIS_NER_GAZ_CONTINENT)) == 0)
    return FALSE;
  /* Not a person read so, whose given name is a place's ("Arno Grau",
   * "Paris Hilton"), nor a known name. */
  if (precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_PER || precis_ner_gazetteer_is_given_name (gazetteer, t->lower) ||
      after_title (doc, i) || is_known_pair (doc, gazetteer, i))
    return FALSE;
  return precis_ner_lower_words_is_common_word (lower_words, next->lower) &&
         precis_ner_gazetteer_find (gazetteer, next->lower) == NULL &&
         !precis_ner_gazetteer_is_given_name (gazetteer, next->lower);
}

void
precis_ner_tag_common_places (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                              PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (lower_words == NULL || gazetteer == NULL || !precis_ner_gazetteer_has_common_words (gazetteer) ||
      !precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    if (is_unknown_place (doc, gazetteer, lower_words, tags, i))
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, TRUE);
  for (guint32 i = 1; i < doc->n_tokens; i++)
    if (is_common_place (doc, gazetteer, tags, i))
      tags[i] = 0;
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    if (is_place_before_noun (doc, gazetteer, lower_words, tags, i))
      {
        tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, TRUE);
        tags[i + 1] = 0;
      }
}
