/* ner-german-adjectives.c — German names of bodies: the adjective before, the "für" after.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-german-adjectives.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

/* The last parts of German nouns for a body, in every case: with an
 * adjective written in capitals before them they name one body ("das
 * Staatliche Schulamt", "der Deutsche Gewerkschaftsbund"); alone, as
 * often a kind ("ein Schulamt", "Ministeramt") as one (session 15 measured
 * "-amt" alone: worse on CoNLL-2003 German dev). */
static const char *const bodies[] = {
  "amt", "amts", "amtes", "bund", "bundes", "dienst", "dienstes", "werk", "werks", "werkes", "rat", "rats",
  "rates", "bundestag", "bundestages", "bundestags", "landtag", "landtags", "landtages", "kreistag", "kreistags",
  "städtetag", "städtetags", "städtetages", "stdtetag", "stdtetags", "stdtetages", "kreistages", "kongress", "kongresses", "kongre", "kongresse",
  "gesellschaft", "akademie", "universität", "universitt", "institut", "instituts", "institutes", "verband",
  "verbands", "verbandes", "verein", "vereins", "vereines", "partei", "gewerkschaft", "kommission", "stiftung",
  "gemeinschaft", "bank", "kirche", "nationen", "union", "front", "bildungsstätte", "bildungssttte", "chor",
  "chors", "chores", "department", "ministerium", "ministeriums", "gericht", "gerichts", "gerichtes",
  "gerichtshof", "gerichtshofs", "gerichtshofes", "rundfunk", "rundfunks", "fonds", "kreuz", "kreuzes",
  "parlament", "parlaments", "parlamentes", "vereinigung", "komitee", "komitees", "organisation",
  "agentur", "armee", "hochschule", NULL,
};

static const char *const definite_articles[] = { "der", "die", "das", "dem", "den", "des", NULL };

/* The most words after "für" a body's name holds here: "für Frauen ,
 * Arbeit und Sozialordnung". */
#define MAX_FOR_WORDS 6

/* The most adjectives a name opens with here: "des Deutschen Roten Kreuzes". */
#define MAX_ADJECTIVES 2

/* After the definite article an adjective ends in "-e" or "-en" ("der
 * Deutsche", "des Deutschen"); "-er" is a town's ("Bonner", "Kölner"),
 * which CoNLL-2003 German keeps out of the body's name ("das Bonner
 * Umweltministerium": the ministry alone). */
static gboolean
has_weak_ending (const char *lower)
{
  return strlen (lower) >= 5 && (g_str_has_suffix (lower, "e") || g_str_has_suffix (lower, "en"));
}

static gboolean
is_capitalized_word (const PrecisToken *t)
{
  return t->shape == PRECIS_SHAPE_CAPITALIZED && !(t->flags & (PRECIS_TOKEN_STOPWORD | PRECIS_TOKEN_SENTENCE_START));
}

/* Token `i`, capitalized inside its sentence, is an adjective: a word the
 * language writes in lower case ("Staatliche"), or one right after the
 * definite article, before the body's noun ("der Vereinten Nationen": the
 * participle is no word of the model's lexicon). */
static gboolean
is_adjective (const PrecisDocument *doc, guint32 i, const PrecisNerLowerWords *lower_words)
{
  const PrecisToken *t = &doc->tokens[i];

  if (!is_capitalized_word (t) || !has_weak_ending (t->lower))
    return FALSE;
  return precis_ner_lower_words_in_language (lower_words, t->lower, strlen (t->lower)) ||
         (i > 0 && doc->tokens[i - 1].sentence == t->sentence &&
          precis_ner_word_in_list (definite_articles, doc->tokens[i - 1].lower));
}

/* A body's noun: capitalized, a word the language never writes in lower
 * case, ending as a body's noun does. */
static gboolean
is_body (const PrecisDocument *doc, guint32 i, const PrecisNerLowerWords *lower_words)
{
  const PrecisToken *t = &doc->tokens[i];

  return is_capitalized_word (t) && !precis_ner_lower_words_in_language (lower_words, t->lower, strlen (t->lower)) &&
         (precis_ner_word_in_list (bodies, t->lower) || precis_ner_compound_ends_in_list (bodies, t->lower));
}

/* "für" and the ASCII copies' "fr". */
static gboolean
is_for (const PrecisToken *t)
{
  return t->shape == PRECIS_SHAPE_LOWER && (strcmp (t->lower, "für") == 0 || strcmp (t->lower, "fr") == 0);
}

/* The end (exclusive) of the words a body's name holds after its "für"
 * at `i` ("für Verfassungsschutz", "für Umwelt und Naturschutz", "für
 * technische Zusammenarbeit", "für Frauen , Arbeit und Sozialordnung"), or
 * `i` when none follows. */
static guint32
for_phrase_end (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  guint32 sentence = doc->tokens[i].sentence, k = i + 1, end = i;

  while (k < doc->n_tokens && k < i + 1 + MAX_FOR_WORDS && doc->tokens[k].sentence == sentence)
    {
      const PrecisToken *t = &doc->tokens[k];

      /* One adjective in lower case before its noun. */
      if (t->shape == PRECIS_SHAPE_LOWER && !(t->flags & PRECIS_TOKEN_STOPWORD) && k + 1 < doc->n_tokens &&
          doc->tokens[k + 1].shape == PRECIS_SHAPE_CAPITALIZED && k == end + 1)
        t = &doc->tokens[++k];
      if (t->shape != PRECIS_SHAPE_CAPITALIZED || (tags[k] != 0 && precis_ner_tag_type (tags[k]) == PRECIS_NER_TYPE_PER))
        break;
      end = k + 1;
      /* "und" or a comma, then another noun; or a noun after its
       * adjective ("für Deutsche Sprache", "für Umwelt und Naturschutz
       * Deutschland"). */
      if (k + 2 < doc->n_tokens && (strcmp (doc->tokens[k + 1].lower, "und") == 0 ||
                                   strcmp (doc->tokens[k + 1].lower, ",") == 0))
        k += 2;
      else if (k + 1 < doc->n_tokens && doc->tokens[k + 1].shape == PRECIS_SHAPE_CAPITALIZED)
        k++;
      else
        break;
    }
  return end;
}

/* "das Bundesamt für Verfassungsschutz", "der Bund für Umwelt und
 * Naturschutz", "die Gesellschaft für technische Zusammenarbeit": a body's
 * noun, read as an organization's last word or untagged, and the "für"
 * phrase after it are one name.  CoNLL-2003 German dev (gold): 17 names
 * of bodies so hold their "für" phrase; no organization ends before one. */
static void
tag_for_phrases (const PrecisDocument *doc, guint8 *tags, const PrecisNerLowerWords *lower_words)
{
  for (guint32 i = 1; i + 1 < doc->n_tokens; i++)
    {
      guint32 head = i - 1, first = head, end;

      if (!is_for (&doc->tokens[i]) || doc->tokens[head].sentence != doc->tokens[i].sentence ||
          !is_body (doc, head, lower_words) ||
          (tags[head] != 0 && precis_ner_tag_type (tags[head]) != PRECIS_NER_TYPE_ORG) ||
          (tags[i + 1] != 0 && precis_ner_tag_type (tags[i + 1]) == PRECIS_NER_TYPE_PER))
        continue;
      end = for_phrase_end (doc, tags, i);
      if (end == i)
        continue;
      while (first > 0 && tags[first] != 0 && !precis_ner_tag_is_begin (tags[first]))
        first--;
      precis_ner_tags_set_name (tags, doc->n_tokens, first, end, PRECIS_NER_TYPE_ORG);
      i = end - 1;
    }
}

void
precis_ner_tag_german_adjectives (const PrecisDocument *doc, guint8 *tags, const PrecisNerLowerWords *lower_words)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 1; i + 1 < doc->n_tokens; i++)
    {
      guint32 sentence = doc->tokens[i].sentence, head = i + 1, end;

      /* After a word in lower case (an article, a preposition) or the
       * article opening the sentence: not a headline's first word, nor
       * one after a quotation mark. */
      if (tags[i] != 0 || doc->tokens[i - 1].sentence != sentence ||
          !(doc->tokens[i - 1].shape == PRECIS_SHAPE_LOWER ||
            precis_ner_word_in_list (definite_articles, doc->tokens[i - 1].lower)) ||
          !is_adjective (doc, i, lower_words))
        continue;
      while (head < i + MAX_ADJECTIVES && head < doc->n_tokens && doc->tokens[head].sentence == sentence &&
             tags[head] == 0 && is_capitalized_word (&doc->tokens[head]) && has_weak_ending (doc->tokens[head].lower) &&
             precis_ner_lower_words_in_language (lower_words, doc->tokens[head].lower, strlen (doc->tokens[head].lower)))
        head++;
      /* The noun untagged, or the organization the tagger read without
       * its adjective; a person or a place is left as read. */
      if (head >= doc->n_tokens || doc->tokens[head].sentence != sentence || !is_body (doc, head, lower_words) ||
          (tags[head] != 0 &&
           !(precis_ner_tag_is_begin (tags[head]) && precis_ner_tag_type (tags[head]) == PRECIS_NER_TYPE_ORG)))
        continue;
      end = head + 1;
      while (end < doc->n_tokens && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]))
        end++;
      for (guint32 k = i; k < end; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == i);
      i = end - 1;
    }
  tag_for_phrases (doc, tags, lower_words);
}
