/* ner-caption-labels.c — English: a caption's label is no part of the
 * name that ended the caption before it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-caption-labels.h"

#include "ner-doc.h"
#include "ner-places.h"
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

/* Counting nouns that open a clause with "of" ("Millions of motorists
 * face ..."), never a name's last word before it. */
static const char *const counting_nouns[] = {
  "dozens", "hundreds", "thousands", "millions", "billions", NULL,
};

/* -ing and -ed words that end names ("Manchester United", "Sky Racing",
 * "Empire State Building", "Evening Standard"'s kin): never a clause. */
static const char *const name_verb_forms[] = {
  "united", "limited", "incorporated", "building", "racing", "trading", "evening", "morning", "wedding",
  "landing", "crossing", "meeting", "ceiling", "clearing", NULL,
};

/* Whether `lower`, ending in -ing or -ed, is a verb's form of an English
 * stem ("captured" capture, "getting" get, "asked" ask; not "sterling",
 * "darling", "lightning"). */
static gboolean
is_verb_form (const PrecisNerGazetteer *gazetteer, const char *lower)
{
  gsize n = strlen (lower), cut;
  char stem[PRECIS_NER_WORD_MAX];

  if (g_str_has_suffix (lower, "ing"))
    cut = 3;
  else if (g_str_has_suffix (lower, "ed"))
    cut = 2;
  else
    return FALSE;
  if (n < cut + 3 || n >= sizeof stem || precis_ner_word_in_list (name_verb_forms, lower))
    return FALSE;
  memcpy (stem, lower, n - cut);
  stem[n - cut] = '\0';
  if (precis_ner_gazetteer_is_english_word (gazetteer, stem))
    return TRUE;
  /* "captur" + e, "gett" - t. */
  stem[n - cut] = 'e';
  stem[n - cut + 1] = '\0';
  if (precis_ner_gazetteer_is_english_word (gazetteer, stem))
    return TRUE;
  stem[n - cut - 1] = '\0';
  return stem[n - cut - 2] == lower[n - cut - 1] && precis_ner_gazetteer_is_english_word (gazetteer, stem);
}

/* The small words a headline in title case leaves in lower case (AP
 * style: articles, conjunctions, prepositions of three letters or fewer). */
static const char *const title_small_words[] = {
  "a", "an", "the", "and", "or", "but", "nor", "as", "at", "by", "for", "in", "of", "off", "on", "out", "to",
  "up", "via", NULL,
};

/* Whether the words after `i` are prose's, not a title-case headline's
 * ("OkCupid's CEO Donated to an Anti-Gay Campaign"): a lower-case word
 * no headline capitalizes among the next three, before a capitalized one. */
static gboolean
prose_follows (const PrecisDocument *doc, guint32 i)
{
  for (guint32 k = i + 1; k < doc->n_tokens && k <= i + 3 && doc->tokens[k].sentence == doc->tokens[i].sentence &&
                          doc->tokens[k].shape == PRECIS_SHAPE_LOWER;
       k++)
    if (!precis_ner_word_in_list (title_small_words, doc->tokens[k].lower))
      return TRUE;
  return FALSE;
}

/* Whether the capitalized word `i`, a name's last (the word after it is
 * no part of the name), opens a caption's run-on clause: a verb's -ing or
 * -ed form that wbritish writes in lower case ("Captured near the tiny
 * town", "Losing their first-choice striker", "Asked why he was
 * pictured"), or a counting noun before "of", then a lower-case word of
 * the same sentence, and prose after it. */
static gboolean
opens_clause (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, const guint8 *tags, guint32 i)
{
  const PrecisToken *next;
  const char *lower = doc->tokens[i].lower;

  if (i + 1 >= doc->n_tokens || tags[i + 1] != 0)
    return FALSE;
  next = &doc->tokens[i + 1];
  if (next->shape != PRECIS_SHAPE_LOWER || !(next->flags & PRECIS_TOKEN_WORD) ||
      !(next->flags & PRECIS_TOKEN_SPACE_BEFORE) || next->sentence != doc->tokens[i].sentence)
    return FALSE;
  if (!is_verb_form (gazetteer, lower) &&
      (strcmp (next->lower, "of") != 0 || !precis_ner_word_in_list (counting_nouns, lower)))
    return FALSE;
  return prose_follows (doc, i);
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

/* A place's last noun, which ends its name ("Humboldt County", "Vail
 * Pass"). */
static gboolean
ends_as_place (const char *lower)
{
  return strcmp (lower, "county") == 0 || precis_ner_is_place_tail (lower);
}

/* The most walks clause_after_name() makes in one document
 * (hostile text repeating a run-on caption stays linear). */
#define MAX_CLAUSE_WALKS 8

/* Whether tokens [first, i) name something of their own before the
 * run-on clause word `i`: not a given name first ("Alistair Darling
 * said"); the document writes them elsewhere ("Atletico Madrid"), a
 * lexicon knows them ("Syria") or a place's noun ends them ("Humboldt
 * County"); and never with the word `i` after them again (a club's
 * "Sheffield United" repeats). */
static gboolean
clause_after_name (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 i,
                   guint *walks)
{
  guint32 len = i - first;
  gboolean alone = FALSE;

  if (precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[first].lower) || (*walks)++ >= MAX_CLAUSE_WALKS)
    return FALSE;
  for (guint32 j = 0; j + len < doc->n_tokens; j++)
    {
      guint32 k = 0;

      while (k < len && doc->tokens[j + k].shape == doc->tokens[first + k].shape &&
             strcmp (doc->tokens[j + k].lower, doc->tokens[first + k].lower) == 0)
        k++;
      if (k < len || j == first)
        continue;
      if (strcmp (doc->tokens[j + len].lower, doc->tokens[i].lower) == 0)
        return FALSE;
      alone = TRUE;
    }
  return alone || known_whole (doc, gazetteer, first, i) || (len >= 2 && ends_as_place (doc->tokens[i - 1].lower));
}

void
precis_ner_untag_caption_labels (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags)
{
  guint walks = 0;

  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      guint32 first = i;
      gboolean label;

      /* A name's word after its first, capitalized. */
      if (tags[i] == 0 || precis_ner_tag_is_begin (tags[i]) || doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED ||
          !precis_ner_gazetteer_is_english_word (gazetteer, doc->tokens[i].lower))
        continue;
      label = opens_label (doc, i);
      if (!label && !opens_clause (doc, gazetteer, tags, i))
        continue;
      while (first > 0 && tags[first] != 0 && !precis_ner_tag_is_begin (tags[first]))
        first--;
      /* The caption ran on into the label: its name stands inside a
       * sentence ("Air Force to bare force:" opening one is a heading). */
      if ((doc->tokens[first].flags & PRECIS_TOKEN_SENTENCE_START) || known_whole (doc, gazetteer, first, i + 1))
        continue;
      /* A run-on clause with no colon to tell it: not after a given name
       * ("Alistair Darling said"), and only when the words before it are a
       * name of their own, a lexicon's or the document's elsewhere. */
      if (!label && !clause_after_name (doc, gazetteer, first, i, &walks))
        continue;
      tags[i] = 0;
    }
}
