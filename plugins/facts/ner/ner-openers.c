/* ner-openers.c — an ordinary word opening a sentence is no part of the
 * name after it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-openers.h"
#include "ner-titles.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

/* Endings of English adjectives, participles and adverbs ("Struggling",
 * "Famous", "Certainly", "Iconic", "Troubled"), each with the fewest
 * letters a word read by it has: "Bing", "Ed", "Eric" and "Holly",
 * "Kimberly" are names.  Not "-ant" or "-ent", which end names too
 * ("Bryant", "Vincent").  Given names with one of them ("Irving") are
 * told apart by the gazetteer. */
typedef struct {
  const char *ending;
  guint min_length;
  gboolean before_surname;  /* counts before a person's surname */
} Ending;

/* "-ic", "-ive" and "-ed" end given names the gazetteer may not know
 * ("Frederic Forsythe", "Clive", "Mohammed"): not before a person's. */
static const Ending ordinary_endings[] = {
  { "ing", 6, TRUE }, { "ous", 6, TRUE }, { "ful", 6, TRUE }, { "less", 6, TRUE },
  { "able", 6, TRUE }, { "ible", 6, TRUE }, { "ly", 9, TRUE },
  { "ic", 6, FALSE }, { "ive", 6, FALSE }, { "ed", 6, FALSE },
};

static gboolean
has_ordinary_ending (const char *lower, gboolean before_person)
{
  gsize len = strlen (lower);

  for (guint k = 0; k < G_N_ELEMENTS (ordinary_endings); k++)
    if (len >= ordinary_endings[k].min_length && (ordinary_endings[k].before_surname || !before_person) &&
        g_str_has_suffix (lower, ordinary_endings[k].ending))
      return TRUE;
  return FALSE;
}

/* Quantifiers, which Snowball's English stop list leaves out: one
 * capitalized opens a sentence, or a caption run into the text without its
 * period ("'everyday Americans' Another Twitter sleuthing website"), and
 * never a name (CoNLL English train and dev: of 52 capitalized, none is in
 * one).  The tagger joins it to the name after ("Many Labour", a person).
 * Not "such" (a surname there), nor "all" or "most" ("All Blacks", "Most
 * Valuable Player"). */
static const char *const quantifiers[] = {
  "another", "many", "several", "every", "other", "various", "numerous", "certain", "neither",
  "either", NULL,
};

gboolean
precis_ner_is_quantifier (const PrecisDocument *doc, guint32 i)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_word_in_list (quantifiers, doc->tokens[i].lower);
}

/* A person's trade or age written capitalized as a sentence's first word
 * before the name ("Boss Graeme Souness", "Model Caprice", "Author Florian
 * Huber"), which the tagger takes in.  CoNLL-2003 train and dev: 11
 * sentences open with one of them and a capitalized word, the word in no
 * name; a person's name follows 10 times ("Midfielder Paulo Sousa",
 * "Economist Joel Naroff", "Coach Berti Vogts"), a demonym once ("Veteran
 * Italian Gianni Bugno").  Not the titles CoNLL keeps in the name
 * ("Mayor", "President", "Judge", "Attorney General"), nor words that open
 * titles and surnames ("Star Wars", "Rider Haggard"). */
static const char *const trade_openers[] = {
  "boss", "model", "teenager", "author", "singer", "actor", "actress", "striker", "midfielder",
  "defender", "goalkeeper", "winger", "skipper", "coach", "rapper", "comedian", "presenter",
  "photographer", "reporter", "journalist", "writer", "novelist", "playwright", "poet", "artist",
  "designer", "chef", "musician", "composer", "filmmaker", "architect", "scientist", "researcher",
  "economist", "analyst", "lawyer", "surgeon", "teacher", "batsman", "bowler", "sprinter",
  "guitarist", "drummer", "businessman", "businesswoman", "tycoon", "veteran", "pensioner", "widow",
  NULL,
};

/* Whether mention `m` opens its sentence, or what reads as one: a
 * caption pasted into the text without its period follows a number as
 * often as a word ("from 1991 until 1998 Iconic Arsenal striker Thierry
 * Henry (centre) was asked"). */
static gboolean
opens_its_sentence (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return precis_ner_opens_sentence (doc, &doc->sentences[m->sentence], m->first) ||
         doc->tokens[m->first - 1].shape == PRECIS_SHAPE_NUMBER;
}

/* Whether tokens [`first`, `end`) are the words of mention `m`. */
static gboolean
has_words (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  return m->end - m->first == end - first && precis_ner_same_words (doc, m->first, first, end - first);
}

/* The type the name tokens [`first`, `end`) stand for on their own inside
 * the sentences of the document (most of their mentions there; the first
 * on a tie), or 0 (PRECIS_NER_TYPE_NONE) when no mention there has their
 * words; `*whole_elsewhere` is set when a mention inside a sentence has
 * the words of [`first` - 1, `end`) too. */
static PrecisNerType
type_standing_alone (const PrecisDocument *doc, GArray *mentions, guint self, guint32 first, guint32 end,
                     gboolean *whole_elsewhere)
{
  guint votes[PRECIS_NER_TYPE_LOC + 1] = { 0 };
  PrecisNerType type = PRECIS_NER_TYPE_NONE;

  for (guint j = 0; j < mentions->len; j++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, j);

      if (j == self || opens_its_sentence (doc, o))
        continue;
      if (has_words (doc, o, first - 1, end))
        *whole_elsewhere = TRUE;
      else if (o->type <= PRECIS_NER_TYPE_LOC && has_words (doc, o, first, end) &&
               ++votes[o->type] > votes[type])
        type = o->type;
    }
  return type;
}

/* Whether token `i`, capitalized, is an ordinary word, not a name's: the
 * document writes it in lower case, or it ends as an adjective does, and
 * it is no given name and no name the gazetteer knows ("Beijing",
 * "Boeing").  Before a person's name (`before_person`) fewer endings
 * count. */
static gboolean
is_ordinary_opener (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                    PrecisNerLowerWords *lower_words, guint32 i, gboolean before_person)
{
  const PrecisToken *t = &doc->tokens[i];

  if (t->shape != PRECIS_SHAPE_CAPITALIZED || (t->flags & PRECIS_TOKEN_STOPWORD))
    return FALSE;
  if (gazetteer != NULL && precis_ner_gazetteer_is_given_name (gazetteer, t->lower))
    return FALSE;
  if (!has_ordinary_ending (t->lower, before_person) && !precis_ner_lower_words_contains (lower_words, t->lower))
    return FALSE;
  return precis_ner_tokens_known_type (gazetteer, doc, i, i + 1) == PRECIS_NER_TYPE_NONE;
}

/* Whether the capitalized words from token `first` (to the sentence's
 * `end` at most) are a name the gazetteer or the lexicon knows as a
 * body's or a place's: a company, a place, an organization of
 * entities.tsv even if also a word ("Arsenal"), a place of it that is no
 * surname too. */
static gboolean
is_known_as_no_person (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 first,
                       guint32 end)
{
  g_autofree char *text = NULL;
  const PrecisNerGazEntry *entry;
  guint32 last = first;
  guint known;

  if (gazetteer == NULL)
    return FALSE;
  while (last + 1 < end && doc->tokens[last + 1].shape == PRECIS_SHAPE_CAPITALIZED)
    last++;
  text = precis_ner_tokens_text (doc, first, last + 1);
  entry = precis_ner_gazetteer_find (gazetteer, text);
  if ((entry != NULL && !(entry->type & PRECIS_NER_GAZ_DEMONYM)) || precis_ner_gazetteer_is_company (gazetteer, text))
    return TRUE;
  known = precis_ner_gazetteer_known (gazetteer, text);
  return PRECIS_NER_KNOWN_TYPE (known) == PRECIS_NER_TYPE_ORG ||
         (PRECIS_NER_KNOWN_TYPE (known) == PRECIS_NER_TYPE_LOC && !(known & PRECIS_NER_KNOWN_AMBIGUOUS));
}

/* Whether token `i` follows a number that follows a word of the sentence:
 * a caption pasted after a sentence without its period ("until 1998
 * Iconic Arsenal striker"), not a line of results, whose rank opens it
 * ("4. Frederic Vialle (France) Yamaha": "Frederic" ends as "Iconic"). */
static gboolean
follows_words_and_number (const PrecisDocument *doc, const PrecisSentence *sentence, guint32 i)
{
  return i >= sentence->first_token + 2 && doc->tokens[i - 1].shape == PRECIS_SHAPE_NUMBER &&
         doc->tokens[i - 2].shape == PRECIS_SHAPE_LOWER;
}

guint8 *
precis_ner_ordinary_openers (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                             PrecisNerLowerWords *lower_words)
{
  guint8 *openers = NULL;

  if (!precis_ner_reads_as_english (doc))
    return NULL;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[s];
      guint32 end = sentence->first_token + sentence->n_tokens;

      /* A name of two words at least: the last token opens none. */
      for (guint32 i = sentence->first_token; i + 1 < end; i++)
        {
          if (!precis_ner_shape_is_name (doc->tokens[i + 1].shape) ||
              !(precis_ner_opens_sentence (doc, sentence, i) || follows_words_and_number (doc, sentence, i)) ||
              !is_ordinary_opener (gazetteer, doc, lower_words, i, FALSE) ||
              !is_known_as_no_person (gazetteer, doc, i + 1, end))
            continue;
          if (openers == NULL)
            openers = g_new0 (guint8, doc->n_tokens);
          openers[i] = 1;
        }
    }
  return openers;
}

/* Whether a mention other than `self` has the words of [`first`, `end`)
 * and was read as a person's, a sentence's opener too ("Caprice, who
 * left in the fourth eviction"). */
static gboolean
is_named_alone_as_person (const PrecisDocument *doc, GArray *mentions, guint self, guint32 first, guint32 end)
{
  for (guint j = 0; j < mentions->len; j++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, j);

      if (j != self && o->type == PRECIS_NER_TYPE_PER && has_words (doc, o, first, end))
        return TRUE;
    }
  return FALSE;
}

/* Whether mention `self` opens with a trade's noun (trade_openers) before
 * a person's name: the rest standing alone in the document as a
 * person's (`alone_type`, or any mention so read: "Model Caprice" and
 * "Caprice"), or a given name the gazetteer knows and another capitalized
 * word ("Boss Graeme Souness"), no title ("Attorney General Janet Reno"). */
static gboolean
opens_with_trade (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions, guint self,
                  PrecisNerType alone_type)
{
  const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, self);
  const PrecisToken *given = &doc->tokens[m->first + 1];

  if (alone_type == PRECIS_NER_TYPE_PER ||
      (alone_type == PRECIS_NER_TYPE_NONE && is_named_alone_as_person (doc, mentions, self, m->first + 1, m->end)))
    return TRUE;
  return alone_type == PRECIS_NER_TYPE_NONE && gazetteer != NULL && m->end - m->first >= 3 &&
         given->shape == PRECIS_SHAPE_CAPITALIZED && !precis_ner_is_title_word (given->lower) &&
         precis_ner_gazetteer_is_given_name (gazetteer, given->lower) &&
         precis_ner_shape_is_name (doc->tokens[m->first + 2].shape);
}

void
precis_ner_cut_sentence_openers (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                 PrecisNerLowerWords *lower_words, GArray *mentions)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      gboolean whole_elsewhere = FALSE, quantifier, trade;
      PrecisNerType type;

      if (m->end - m->first < 2 || !precis_ner_shape_is_name (doc->tokens[m->first + 1].shape))
        continue;
      /* After a word in lower case, a capitalized quantifier is a title's
       * or a horse's ("winner Many Clouds", "the Other Inequality"). */
      quantifier = precis_ner_is_quantifier (doc, m->first) &&
                   (m->first == 0 || doc->tokens[m->first - 1].shape != PRECIS_SHAPE_LOWER);
      if (!quantifier && !opens_its_sentence (doc, m))
        continue;
      trade = !quantifier && doc->tokens[m->first].shape == PRECIS_SHAPE_CAPITALIZED &&
              precis_ner_word_in_list (trade_openers, doc->tokens[m->first].lower);
      /* The opener read with every ending first: most sentence-opening
       * names ("John Smith") stop here, before the scan of every mention. */
      if (!quantifier && !trade &&
          (!is_ordinary_opener (gazetteer, doc, lower_words, m->first, FALSE) ||
           precis_ner_tokens_known_type (gazetteer, doc, m->first, m->end) != PRECIS_NER_TYPE_NONE))
        continue;
      type = type_standing_alone (doc, mentions, k, m->first + 1, m->end, &whole_elsewhere);
      if (whole_elsewhere)
        continue;
      /* A trade before a person's name: the person, whatever the tagger
       * read ("Boss Graeme Souness" was a body). */
      if (trade)
        {
          if (opens_with_trade (gazetteer, doc, mentions, k, type))
            {
              m->first++;
              m->type = PRECIS_NER_TYPE_PER;
            }
          continue;
        }
      if (type == PRECIS_NER_TYPE_NONE)
        type = precis_ner_tokens_known_type (gazetteer, doc, m->first + 1, m->end);
      /* A quantifier goes whatever the rest is; the tagger's type stays
       * when nothing else tells it. */
      if (quantifier)
        {
          m->first++;
          if (type != PRECIS_NER_TYPE_NONE)
            m->type = type;
          continue;
        }
      /* Before a person's name, fewer endings count. */
      if (type == PRECIS_NER_TYPE_NONE ||
          (type == PRECIS_NER_TYPE_PER && !is_ordinary_opener (gazetteer, doc, lower_words, m->first, TRUE)))
        continue;
      m->first++;
      m->type = type;
    }
}
