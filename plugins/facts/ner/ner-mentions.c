/* ner-mentions.c — from document tokens to cleaned entity mentions.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-mentions.h"
#include "ner-titles.h"
#include "ner-accounts.h"
#include "ner-business.h"
#include "ner-markets.h"
#include "ner-company-lists.h"
#include "ner-media.h"
#include "ner-papers.h"
#include "ner-plural-acronyms.h"
#include "ner-person-of.h"
#include "ner-weekday-papers.h"
#include "ner-offices.h"
#include "ner-openers.h"
#include "ner-captions.h"
#include "ner-competition-runs.h"
#include "ner-wire.h"
#include "ner-genitive.h"
#include "ner-lone-surnames.h"
#include "ner-clubs.h"
#include "ner-result-names.h"
#include "ner-particle-names.h"
#include "ner-share-names.h"
#include "ner-foundations.h"
#include "ner-joined-names.h"
#include "ner-opening-people.h"
#include "ner-places-in.h"
#include "ner-venues.h"
#include "ner-executives.h"
#include "ner-person-roles.h"
#include "ner-article-names.h"
#include "ner-org-lists.h"
#include "ner-villages.h"
#include "ner-common-places.h"
#include "ner-person-nouns.h"
#include "ner-indefinite-nouns.h"
#include "ner-caption-labels.h"
#include "ner-person-words.h"
#include "ner-capital-names.h"
#include "ner-adjective-names.h"
#include "ner-lists.h"
#include "ner-kinds.h"
#include "ner-roles.h"
#include "ner-places.h"
#include "ner-post-holders.h"
#include "ner-head-bodies.h"
#include "ner-federal-bodies.h"
#include "ner-institutions.h"
#include "ner-purpose-bodies.h"
#include "ner-company-products.h"
#include "ner-title-tails.h"
#include "ner-town-regions.h"
#include "ner-coordinated-names.h"
#include "ner-coordinated-places.h"
#include "ner-word-set.h"

#include <stdlib.h>
#include <string.h>

/* Whether tokens [first, end) are lower-case words (and punctuation). */
static gboolean
all_lower (const PrecisDocument *doc, guint32 first, guint32 end)
{
  for (guint32 i = first; i < end; i++)
    if (doc->tokens[i].shape != PRECIS_SHAPE_LOWER && doc->tokens[i].shape != PRECIS_SHAPE_PUNCT)
      return FALSE;
  return TRUE;
}

/* A possessive or a lone punctuation mark never ends a name. */
static gboolean
is_trailing_junk (const PrecisDocument *doc, guint32 i)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_PUNCT || precis_ner_token_is_possessive_mark (doc, i);
}

/* ")" ends a name that opened the bracket: "Proleter (Z)", a club and
 * its town in a results table. */
static gboolean
closes_bracket (const PrecisDocument *doc, guint32 first, guint32 last)
{
  if (!precis_ner_token_is (doc, last, ")"))
    return FALSE;
  for (guint32 i = first; i < last; i++)
    if (precis_ner_token_is (doc, i, "("))
      return TRUE;
  return FALSE;
}

/* Words that open an English sentence and end no name: a caption run
 * into the next sentence without its period gave "Diego Costa Clearly",
 * "Angelo Gordon & Co According" (to), "Old Trafford The", "White
 * House Despite", "Villarreal Elsewhere" and "STREAKER Thankfully".  Adverbs, conjunctions, determiners and pronouns; not
 * "today" or "tonight" (USA Today, Scotland Tonight), nor "he" (a
 * Chinese surname), nor "a" and "I" (Group A, World War I).  CoNLL
 * English train and dev: no name of two words or more ends with one.
 * Opening the sentence, they open no name either: "However Tevez has
 * thrown cold water" (a person, "However Tevez", to the tagger). */
static const char *const sentence_openers[] = {
  "according", "clearly", "however", "meanwhile", "instead", "finally", "currently", "recently",
  "previously", "also", "earlier", "later", "yesterday", "again",
  "the", "this", "these", "those", "his", "her", "its", "their", "our", "my",
  "she", "it", "they", "we", "despite", "although", "though", "while", "whilst", "but",
  "when", "after", "before", "since", "because", "if", "unless", "until", "yet",
  "elsewhere", "nevertheless", "moreover", "furthermore", "separately", "subsequently", "eventually",
  "unfortunately", "fortunately", "luckily", "thankfully", "sadly", "indeed", "similarly",
  "likewise", "additionally", "consequently", "ultimately", "initially",
  /* "Already Ireland are being earmarked", "Perhaps Robinson": adverbs no
   * CoNLL name holds ("Soon" is a Korean name there, and left out). */
  "already", "perhaps", "often", "sometimes", "overall", "therefore", "thus", "hence", "altogether",
  NULL,
};
static PrecisNerWordSet sentence_opener_set;

/* Posts a writer capitalizes alone ("the Chancellor's Budget", "thank
 * the Lord", "the Captain is working on", "the company's CEO"): a post,
 * no name.  CoNLL English train and dev write such a word alone after
 * "the" seven times, five no name ("the Princess", "the Speaker"). */
static const char *const posts_alone[] = {
  "president", "minister", "secretary", "chancellor", "senator", "governor", "king", "queen",
  "prince", "princess", "pope", "judge", "mayor", "ambassador", "spokesman", "chairman", "ceo",
  "premier", "director", "commander", "speaker", "lord", "archbishop", "bishop", "captain",
  "emperor", "professor",
  /* "the Bill", which MPs debate: a law, no person ("Bill said" stays one). */
  "bill", NULL,
};
static PrecisNerWordSet posts_alone_set;

/* Whether token `i` of `doc`, a name alone, is a post: a word of
 * posts_alone, after a determiner or a possessive ("the King said"), or
 * read as no person ("former CEO at Santander" a body); a person's
 * surname stays ("King told reporters"), and so does a place named
 * after one ("at Lord's"). */
static gboolean
is_post_alone (const PrecisDocument *doc, guint32 i, PrecisNerType type)
{
  static const char *const determiners[] = {
    "the", "a", "an", "his", "her", "their", "its", "our", "'s", "\u2019s", NULL,
  };

  gboolean after_determiner = i > 0 && precis_ner_word_in_list (determiners, doc->tokens[i - 1].lower);

  if (!precis_ner_word_set_contains (&posts_alone_set, posts_alone, doc->tokens[i].lower) ||
      (i + 1 < doc->n_tokens && precis_ner_shape_is_name (doc->tokens[i + 1].shape)))
    return FALSE;
  /* "at Lord's" is the cricket ground, "the Chancellor's" the post's. */
  if (i + 1 < doc->n_tokens && precis_ner_token_is_possessive (doc, i + 1))
    return after_determiner;
  return type != PRECIS_NER_TYPE_PER || after_determiner;
}

static const char *const capital_function_words[] = {
  "for", "at", "to", "on", "of", "and", "by", "from", "with", "as", "vs", NULL,
};
static PrecisNerWordSet capital_function_word_set;

/* Letters written after a British or Irish name: a silk ("Eleanor Laws
 * QC") or an honour ("Kelly Holmes DBE"), which only a person has (the
 * tagger read "Eleanor Laws QC" as a firm), and a seat, which follows a
 * person's name, a party's ("Labour MPs") or a constituency's ("Glasgow
 * Kelvin MP").  No part of the name (CoNLL leaves them out), and no name
 * alone ("the MP said"). */
static const char *const persons_postnominals[] = {
  "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", NULL,
};

static const char *const seats_postnominals[] = {
  "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "QCs", NULL,
};

/* A party's members, named alone ("Blairites", "the Whigs"): CoNLL types
 * members of a party MISC ("Democrat", "Republican": 37 of 44 in train
 * and dev), which is no fact; these British ones are in no CoNLL text.
 * "Tory" and "the Tories" are the Conservative Party, as the BBC writes
 * and its readers read them (ner-institutions.c). */
static const char *const party_members[] = {
  "labourite", "labourites", "blairite", "blairites", "brownite", "brownites", "whig", "whigs", NULL,
};
static PrecisNerWordSet party_member_set;

static gboolean
is_postnominal (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_in_list (doc, i, persons_postnominals) ||
         precis_ner_token_in_list (doc, i, seats_postnominals);
}

/* Cuts the letters after a name off tokens [`first`, `*end`) of English
 * `doc`: whether they say a person's name of two words or more. */
static gboolean
cut_postnominals (const PrecisDocument *doc, guint32 first, guint32 *end)
{
  gboolean person = FALSE;

  if (!precis_ner_reads_as_english (doc))
    return FALSE;
  while (*end - first > 1 && is_postnominal (doc, *end - 1))
    {
      person |= precis_ner_token_in_list (doc, *end - 1, persons_postnominals);
      (*end)--;
    }
  return person && *end - first > 1;
}

/* "Born in Runcorn, Cheshire, she starred", read as a place: the
 * participle that opens a sentence before a preposition is no name
 * (Max Born, or a town called Born, stand elsewhere or before a verb). */
static gboolean
is_participle_opener (const PrecisDocument *doc, const PrecisSentence *s, guint32 i)
{
  static const char *const participles[] = { "born", "raised", "educated", NULL };
  static const char *const prepositions[] = { "in", "on", "at", "into", "to", NULL };

  return doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_opens_sentence (doc, s, i) &&
         precis_ner_word_in_list (participles, doc->tokens[i].lower) && i + 1 < s->first_token + s->n_tokens &&
         doc->tokens[i + 1].shape == PRECIS_SHAPE_LOWER &&
         precis_ner_word_in_list (prepositions, doc->tokens[i + 1].lower);
}

static void
add_mention (const PrecisDocument *doc, GArray *mentions, guint32 first, guint32 end,
             PrecisNerType type, guint32 sentence)
{
  const PrecisSentence *s = &doc->sentences[sentence];
  gboolean street_or_square;
  PrecisNerMention m;

  if (cut_postnominals (doc, first, &end))
    type = PRECIS_NER_TYPE_PER;
  /* "(CNN)Recently, a New York judge", "Many of the photos": a sentence's
   * adverb or quantifier alone is no name either, nor a post ("the
   * Chancellor's"), nor "Born in". */
  if (end - first == 1 && precis_ner_reads_as_english (doc) &&
      (is_postnominal (doc, first) || precis_ner_word_set_contains (&party_member_set, party_members, doc->tokens[first].lower) ||
       precis_ner_is_quantifier (doc, first) || is_post_alone (doc, first, type) ||
       is_participle_opener (doc, s, first) ||
       (doc->tokens[first].shape == PRECIS_SHAPE_CAPITALIZED &&
        precis_ner_word_set_contains (&sentence_opener_set, sentence_openers, doc->tokens[first].lower))))
    return;
  street_or_square = precis_ner_is_place_tail (doc->tokens[end - 1].lower);

  /* "Queen Mother Square", "Prince Albert Road": the tagger leaves the
   * title out, as CoNLL leaves it out of a person's name; a street's or a
   * square's name keeps it. */
  if (street_or_square)
    while (first > s->first_token && doc->tokens[first - 1].shape == PRECIS_SHAPE_CAPITALIZED &&
           precis_ner_is_title_word (doc->tokens[first - 1].lower) &&
           (mentions->len == 0 || g_array_index (mentions, PrecisNerMention, mentions->len - 1).end < first))
      first--;
  if (type != PRECIS_NER_TYPE_PER && precis_ner_title_makes_person (doc, first, end, type, street_or_square))
    type = PRECIS_NER_TYPE_PER;
  /* A lone "King" or "Major" is a surname, not a title; in a street's or
   * a square's name, none ("King Street"). */
  if (type == PRECIS_NER_TYPE_PER && !street_or_square)
    while (end - first > 1 &&
           (precis_ner_is_title_word (doc->tokens[first].lower) || precis_ner_is_german_role (doc, first) ||
            precis_ner_is_language_title (doc, first) || precis_ner_is_english_person_title (doc, first)))
      first++;
  while (end > first && is_trailing_junk (doc, end - 1) && !closes_bracket (doc, first, end - 1))
    end--;
  while (end - first > 1 && doc->tokens[end - 1].shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_word_set_contains (&sentence_opener_set, sentence_openers, doc->tokens[end - 1].lower) && precis_ner_reads_as_english (doc))
    end--;
  while (first < end && doc->tokens[first].shape == PRECIS_SHAPE_PUNCT)
    first++;
  /* "With United": a capitalized function word opening the sentence is
   * not part of the name ("The" inside a sentence is, below; so is a
   * paper's, "The Sunday Telegraph quoted", ner-papers.c).  Not in the
   * other languages, whose training data keep the article of a name that
   * has one: "De Morgen", "La Voz de Galicia", "El País". */
  while (first < end && precis_ner_opens_sentence (doc, s, first) && precis_ner_reads_as_english (doc) &&
         ((doc->tokens[first].flags & PRECIS_TOKEN_STOPWORD) ||
          precis_ner_word_set_contains (&sentence_opener_set, sentence_openers, doc->tokens[first].lower)) &&
         doc->tokens[first].shape == PRECIS_SHAPE_CAPITALIZED && end - first > 1 &&
         !(type == PRECIS_NER_TYPE_ORG && precis_ner_token_is (doc, first, "The") &&
           precis_ner_is_paper (doc, first, end)))
    first++;
  /* "3,850 rupees FOR Bhavnagar": a function word in capitals inside a
   * sentence written in lower case is an abbreviation ("free on rail") or
   * a shout, no word of the name after it (read folds of CoNLL train and
   * dev: no gold name opens so but state codes, "OR", and titles, "A").
   * Not "THE": a name in capitals keeps its article ("THE ISLAND", a
   * newspaper).  Not in the other languages, whose function words differ. */
  while (first < end && end - first > 1 && precis_ner_reads_as_english (doc) &&
         doc->tokens[first].shape == PRECIS_SHAPE_UPPER &&
         precis_ner_word_set_contains (&capital_function_word_set, capital_function_words, doc->tokens[first].lower) &&
         precis_ner_sentence_has_lower (doc, s))
    first++;
  /* "Segundo Haddad, as medidas …", "Secondo Giorgetti, …": "according
   * to" opening a sentence is capitalized as any first word, and the
   * tagger, seeing a given name ("Segundo"), joins it to the name after. */
  if (first < end && end - first > 1 && precis_ner_opens_with_according_to (doc, first))
    first++;
  if (first >= end)
    return;
  /* No name in any of our gold data runs past 24 tokens ("A. A. A. …"
   * tagged as one organization ran to the whole text).  A longer span is
   * the tagger carried along a repetitive run, not a name a reader wants,
   * and the grouping passes file every word-suffix of a name (quadratic
   * in its length): 2,000 "A." took 16 s before this bound. */
  if (end - first > PRECIS_NER_MAX_NAME_TOKENS)
    return;
  /* "Managing Director", "Chairman": an office written out capitalized,
   * read alone as a person, names no one (ner-offices.h). */
  if (type == PRECIS_NER_TYPE_PER && precis_ner_is_office_title (doc, first, end))
    return;
  /* A portfolio is no body, nor a person: "Shadow Health Secretary Andy
   * Burnham".  The tagger's places stay ("Wales Secretary"). */
  if (type != PRECIS_NER_TYPE_LOC)
    end = precis_ner_portfolio_start (doc, first, end);
  if (first >= end)
    return;
  /* "CEO of Omni Consumer Products" read as one body: the body is the
   * name, the office before it no part of it. */
  if (type == PRECIS_NER_TYPE_ORG)
    first = precis_ner_office_holder_start (doc, first, end);
  if (first >= end)
    return;
  /* "il governo", "la polizia": KIND types a common noun for an
   * institution as an organization and the Italian model learnt it, but a
   * reader sees a common word, not a name.  Not in German, which writes
   * every noun capitalized: a lower-case word the tagger names is a name
   * there ("dpa", "taz"); English's model names none. */
  if (precis_ner_capitalizes_names_only (doc) && all_lower (doc, first, end))
    return;
  /* "US$ 79", "HK$ 43 million": a code written against the dollar sign
   * names a currency (CoNLL: MISC), not the country. */
  if (end < s->first_token + s->n_tokens && precis_ner_token_is (doc, end, "$") &&
      !(doc->tokens[end].flags & PRECIS_TOKEN_SPACE_BEFORE))
    return;
  /* "told The Associated Press": a capital The inside a sentence belongs
   * to the name; not after a caption's bracket, which ends a sentence the
   * page runs on ("Greta Van Susteren (left) The FBI agents took"). */
  if (type == PRECIS_NER_TYPE_ORG && first > s->first_token + 1 &&
      precis_ner_token_is (doc, first - 1, "The") && !precis_ner_opens_sentence (doc, s, first - 1) &&
      !precis_ner_token_is (doc, first - 2, ")"))
    first--;

  m.first = first;
  m.end = end;
  m.type = type;
  m.sentence = sentence;
  m.list_item = FALSE;
  m.said = FALSE;
  m.place_named = FALSE;
  g_array_append_val (mentions, m);
}

/* Line-ups run names together ("Everitt for Mapletoft", "Castrogiovanni;
 * Dellape"): a person's name holds neither punctuation nor other
 * lower-case words, so the span is cut there into several people. */
static void
add_person_mentions (const PrecisDocument *doc, GArray *mentions, guint32 first, guint32 end,
                     guint32 sentence)
{
  guint32 start = first;

  for (guint32 i = first; i < end; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      gboolean cut = t->shape == PRECIS_SHAPE_PUNCT ||
                     (t->shape == PRECIS_SHAPE_LOWER && !precis_ner_is_name_particle (t->lower));

      if (!cut)
        continue;
      if (i > start)
        add_mention (doc, mentions, start, i, PRECIS_NER_TYPE_PER, sentence);
      start = i + 1;
    }
  if (end > start)
    add_mention (doc, mentions, start, end, PRECIS_NER_TYPE_PER, sentence);
}

/* Whether the capitalized word at @i belongs to the name starting at
 * @name: a name particle ("Van Doren Stern", "De Gaulle"), unless it is a
 * function word of the text's language that is capitalized as any word is
 * there: the first of a sentence ("Von Christa Wichterich", a German
 * byline; "La XIII", "Der Ring Deutscher Makler") or one of a heading in
 * capitals ("IBARRA Y GUERRA"). */
static gboolean
particle_opens_name (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 i, guint32 name)
{
  const PrecisToken *t = &doc->tokens[i];

  if (t->shape != PRECIS_SHAPE_CAPITALIZED || !precis_ner_is_name_particle (t->lower))
    return FALSE;
  /* In German a particle goes before a surname ("von Trotha"), never
   * before a given name: there "von" is the preposition, a byline's "Von
   * Christa Wichterich" after a headline with no full stop (CoNLL German
   * dev ×3).  Not in Italian: "Di Pietro", "De Luca" are surnames. */
  if (gazetteer != NULL && precis_ner_reads_as_german (doc) &&
      precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[name].lower))
    return FALSE;
  if (!(t->flags & PRECIS_TOKEN_STOPWORD))
    return TRUE;
  return i != doc->sentences[t->sentence].first_token && doc->tokens[name].shape != PRECIS_SHAPE_UPPER;
}

/* "Philip van Doren Stern", tagged "Philip" and "Doren Stern"; "Van
 * Doren Stern's family", tagged the place "Van" and the person "Doren
 * Stern": a name particle between or before the parts of a person's name
 * belongs to it, whatever the tagger made of it. */
static void
join_name_particles (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = 1; k < mentions->len; k++)
    {
      PrecisNerMention *a = &g_array_index (mentions, PrecisNerMention, k - 1);
      PrecisNerMention *b = &g_array_index (mentions, PrecisNerMention, k);

      if (b->type != PRECIS_NER_TYPE_PER || a->sentence != b->sentence)
        continue;
      /* Not Spanish "y", which is also "and": "Josemi y Maia" the tagger
       * made two people are two (it keeps "Ortega y Gasset" whole itself). */
      if (a->type == PRECIS_NER_TYPE_PER && a->end + 1 == b->first &&
          doc->tokens[a->end].shape == PRECIS_SHAPE_LOWER && precis_ner_is_name_particle (doc->tokens[a->end].lower) &&
          strcmp (doc->tokens[a->end].lower, "y") != 0)
        ; /* "Philip" van "Doren Stern" */
      else if (a->end == b->first && a->end - a->first == 1 &&
               doc->tokens[a->first].shape == PRECIS_SHAPE_CAPITALIZED &&
               precis_ner_is_name_particle (doc->tokens[a->first].lower))
        ; /* "Van" "Doren Stern" */
      else
        continue;
      b->first = a->first;
      g_array_remove_index (mentions, k - 1);
      k--;
    }
  /* "Van Doren Stern", "De Gaulle": a capitalized particle just before a
   * person's name that no mention covers. */
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisToken *before = m->first > 0 ? &doc->tokens[m->first - 1] : NULL;

      if (m->type == PRECIS_NER_TYPE_PER && before != NULL && before->sentence == m->sentence &&
          particle_opens_name (gazetteer, doc, m->first - 1, m->first) &&
          (k == 0 || g_array_index (mentions, PrecisNerMention, k - 1).end < m->first))
        m->first--;
    }
}

/* Words that set two names side by side as alternatives or opponents:
 * "one of Bournemouth or Middlesbrough lose", "in action for Derby
 * against Norwich".  The tagger, reading two clubs or towns so joined,
 * may tag them as one name.  No PER, ORG or LOC name of CoNLL-2003
 * English train or dev holds one of them (of 25,081; the lower-case words
 * inside them are "of", "and", "de", "van", "for", "in", "the" and a few
 * dozen others: "Trinidad and Tobago", "Bank of England"). */
static const char *const opposing_words[] = { "or", "nor", "against", "versus", "vs", NULL };

/* An organization's or a place's span, in English, cut at the words that
 * set two names side by side into two names of its type. */
static void
add_opposed_mentions (const PrecisDocument *doc, GArray *mentions, guint32 first, guint32 end,
                      PrecisNerType type, guint32 sentence)
{
  guint32 start = first;

  if (precis_ner_reads_as_english (doc))
    for (guint32 i = first + 1; i + 1 < end; i++)
      if (doc->tokens[i].shape == PRECIS_SHAPE_LOWER && precis_ner_word_in_list (opposing_words, doc->tokens[i].lower))
        {
          add_mention (doc, mentions, start, i, type, sentence);
          start = i + 1;
        }
  add_mention (doc, mentions, start, end, type, sentence);
}

typedef struct {
  const PrecisDocument *doc;
  const PrecisNerGazetteer *gazetteer;
  GArray *mentions;
  guint32 offset;     /* first token of the sentence */
  guint32 sentence;
} ChunkData;

/* Where the owner's name ends in a work's name that opens with a
 * person's and a possessive ("Orson Welles' Macbeth", "Mike Nichols'
 * Closer"): two or three capitalized words, the first a given name
 * (given-names.tsv), then "'s" or "'"; `first` when there is none.  A
 * title of words alone keeps its possessive ("Cup Winners ' Cup"). */
static guint32
author_of_work_end (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end)
{
  if (gazetteer == NULL || !precis_ner_reads_as_english (doc) ||
      !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[first].lower))
    return first;
  for (guint32 k = first + 2; k <= first + 3 && k + 1 < end; k++)
    {
      if (precis_ner_token_is_possessive_mark (doc, k))
        return k;
      if (doc->tokens[k].shape != PRECIS_SHAPE_CAPITALIZED)
        return first;
    }
  return first;
}

/* Whether the word before token `first`, in its sentence, is a noun that
 * names a body's kind ("distributor Toho", "website Friendster",
 * ner-business.c).  The tagger reads a name it never saw there as a work
 * or an event as well (BBC dev: "The film's distributor Toho" MISC);
 * read folds 1, 2, 4, 5, 7 of CoNLL train (gold): after such a noun 53
 * organizations, 3 people, no MISC name. */
static gboolean
follows_org_head (const PrecisDocument *doc, guint32 first)
{
  const PrecisToken *before = first > 0 ? &doc->tokens[first - 1] : NULL;

  return before != NULL && before->sentence == doc->tokens[first].sentence &&
         before->shape == PRECIS_SHAPE_LOWER && precis_ner_reads_as_english (doc) &&
         precis_ner_is_org_head (before->lower);
}

/* The nouns of a match before "against" ("the Champions League match
 * against Maccabi Tel Aviv"). */
static const char *const match_nouns[] = {
  "match", "game", "tie", "clash", "final", "fixture", "friendly", "semi-final", "quarter-final", NULL,
};

/* Whether tokens [`first`, `end`) of English `doc` follow a match's noun
 * and "against", and are no name the gazetteer knows (a nation, a
 * people: "the match against Scottish side Dunfermline"), before
 * punctuation or a stop word ("against Maccabi Tel Aviv on Wednesday").
 * The tagger reads a club it never saw there as an event; CoNLL-2003
 * train and dev (gold), after such a noun and "against": 11 clubs, 11
 * nations, 3 players and one MISC name ("World Cup holders"). */
static gboolean
follows_match_against (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end)
{
  const PrecisToken *after = end < doc->n_tokens ? &doc->tokens[end] : NULL;

  if (first < 2 || !precis_ner_reads_as_english (doc) || doc->tokens[first - 2].sentence != doc->tokens[first].sentence ||
      !precis_ner_token_is (doc, first - 1, "against") ||
      !precis_ner_token_is_lower_in_list (doc, first - 2, match_nouns) ||
      precis_ner_tokens_gazetteer_type (gazetteer, doc, first, end) != 0 ||
      precis_ner_tokens_gazetteer_type (gazetteer, doc, first, first + 1) != 0)
    return FALSE;
  return after == NULL || after->sentence != doc->tokens[first].sentence ||
         after->shape == PRECIS_SHAPE_PUNCT || (after->flags & PRECIS_TOKEN_STOPWORD);
}

/* Whether tokens [`first`, `end`) of English `doc` name a day, a place's
 * or a cause's, with the capitalized "Day" after them or as their last
 * word: "Australia Day", "Canada Day", "Labour Day" (CoNLL-2003 train and
 * dev, gold: 17 such names, every one MISC; the tagger reads the place).
 * Not a person's name ("Doris Day"). */
static gboolean
names_a_day (const PrecisDocument *doc, guint32 first, guint32 end)
{
  const PrecisToken *last = &doc->tokens[end - 1];
  guint32 day = end - 1;

  if (!precis_ner_reads_as_english (doc))
    return FALSE;
  if (end < doc->n_tokens && doc->tokens[end].sentence == doc->tokens[first].sentence &&
      doc->tokens[end].shape == PRECIS_SHAPE_CAPITALIZED && strcmp (doc->tokens[end].lower, "day") == 0)
    day = end;
  else if (end - first < 2 || last->shape != PRECIS_SHAPE_CAPITALIZED || strcmp (last->lower, "day") != 0)
    return FALSE;
  /* "the Age UK Day Centre": "Day" opens another name's noun. */
  return !(day + 1 < doc->n_tokens && doc->tokens[day + 1].sentence == doc->tokens[day].sentence &&
           doc->tokens[day + 1].shape == PRECIS_SHAPE_CAPITALIZED);
}

/* "St John Ambulance has launched", read "John Ambulance", a man: the
 * "St" (a saint's) before a name is its first word, and a name opening
 * so is a body's or a place's, no person's (CoNLL-2003 train and dev,
 * gold: names opening with "St" or "St.", 56 organizations, 11 places,
 * one MISC, no person; a person's name holds it inside: "Ian St John").
 * English text only. */
static void
extend_saint_names (const PrecisDocument *doc, GArray *mentions)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisToken *before = m->first > 0 ? &doc->tokens[m->first - 1] : NULL;

      if (before == NULL || before->sentence != doc->tokens[m->first].sentence ||
          before->shape != PRECIS_SHAPE_CAPITALIZED ||
          (strcmp (before->lower, "st") != 0 && strcmp (before->lower, "st.") != 0) ||
          (k > 0 && g_array_index (mentions, PrecisNerMention, k - 1).end >= m->first))
        continue;
      m->first--;
      if (m->type == PRECIS_NER_TYPE_PER)
        m->type = PRECIS_NER_TYPE_ORG;
    }
}

/* Words that open no person's name (CoNLL-2003 train and dev, gold:
 * capitalized, they open one MISC name, no person's): determiners,
 * possessives, interjections, question words. */
static const char *const no_name_openers[] = {
  "this", "that", "these", "those", "my", "your", "our", "his", "her", "its", "their", "hey", "oh",
  "sorry", "what", "whatever", "before", "after", "when", "why", "how", NULL,
};

static gboolean
is_quote_mark (const PrecisToken *t)
{
  static const char *const quotes[] = { "'", "\"", "\u2018", "\u201c", "`", NULL };

  return precis_ner_word_in_list (quotes, t->lower);
}

/* "I said, 'Sorry Ruud, what did you say?'", "Before Brando, ...": such a
 * word opening a sentence or a quotation before a name read as a
 * person's is no part of it, and is cut; inside a sentence (a bracket
 * too) it opens a title ("the best song title for This Love", "a version
 * of Hey Jude", "(My Summer of Love)"), no person: the mention goes.
 * English text only. */
static void
cut_no_name_openers (const PrecisDocument *doc, GArray *mentions)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisToken *first = &doc->tokens[m->first];
      const PrecisToken *before = m->first > 0 ? &doc->tokens[m->first - 1] : NULL;

      if (m->type != PRECIS_NER_TYPE_PER || m->end - m->first < 2 || first->shape != PRECIS_SHAPE_CAPITALIZED ||
          !precis_ner_word_in_list (no_name_openers, first->lower))
        continue;
      if (before == NULL || before->sentence != m->sentence || is_quote_mark (before))
        m->first++;
      else
        g_array_remove_index (mentions, k--);
    }
}

static void
on_chunk (guint start, guint end, PrecisNerType type, gpointer user_data)
{
  ChunkData *data = user_data;

  /* "If Easter, Christmas, Australia Day ... fall on a weekend": a
   * day's name, no place. */
  if ((type == PRECIS_NER_TYPE_LOC || type == PRECIS_NER_TYPE_ORG) &&
      names_a_day (data->doc, data->offset + start, data->offset + end))
    return;

  /* "distributor Toho" read as a work: the noun says a body. */
  if (type == PRECIS_NER_TYPE_MISC && follows_org_head (data->doc, data->offset + start))
    type = PRECIS_NER_TYPE_ORG;
  /* "the match against Maccabi Tel Aviv" read as an event: a club. */
  else if (type == PRECIS_NER_TYPE_MISC &&
           follows_match_against (data->doc, data->gazetteer, data->offset + start, data->offset + end))
    type = PRECIS_NER_TYPE_ORG;
  if (type == PRECIS_NER_TYPE_MISC)
    {
      guint32 first = data->offset + start;
      guint32 owner_end = author_of_work_end (data->doc, data->gazetteer, first, data->offset + end);

      /* The work gives no fact; its author is a person. */
      if (owner_end > first && data->doc->tokens[first].shape == PRECIS_SHAPE_CAPITALIZED &&
          data->doc->tokens[first + 1].shape == PRECIS_SHAPE_CAPITALIZED)
        add_person_mentions (data->doc, data->mentions, first, owner_end, data->sentence);
      return;
    }
  if (type == PRECIS_NER_TYPE_PER)
    add_person_mentions (data->doc, data->mentions, data->offset + start, data->offset + end,
                         data->sentence);
  else
    add_opposed_mentions (data->doc, data->mentions, data->offset + start, data->offset + end, type,
                          data->sentence);
}

/* "Forsa June 6 39.0 36.0", "Allensbach April 17": a month and its day
 * after a name are a date, not the name's last word (a poll's institute
 * and its date in a table).  Read folds 1, 2, 4, 5, 7 and dev (gold): a
 * month's name with a day after it ends no name, follows one 19 times
 * ("Emnid Aug 25", "Le Monde Aug 22"); a person's name may end in one
 * ("Bob May"), so only other names are cut. */
static const char *const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
  "Dec", NULL,
};

static gboolean
is_day (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *p = doc->text + t->byte_start;
  guint n = t->byte_end - t->byte_start;

  if (t->shape != PRECIS_SHAPE_NUMBER || n == 0 || n > 2 || !g_ascii_isdigit (p[0]) ||
      (n == 2 && !g_ascii_isdigit (p[1])))
    return FALSE;
  return atoi (p) >= 1 && atoi (p) <= 31;
}

static void
drop_trailing_dates (const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisSentence *s = &doc->sentences[m->sentence];

      if (m->type != PRECIS_NER_TYPE_PER && m->end - m->first >= 2 && m->end < s->first_token + s->n_tokens &&
          precis_ner_token_in_list (doc, m->end - 1, month_names) && is_day (doc, m->end))
        m->end--;
    }
}

/* Words after which a month opens a date, not a name: "in February". */
static const char *const month_time_words[] = {
  "in", "since", "until", "till", "by", "from", "during", "through", "early", "late", "mid", "last", "next", NULL,
};

/* "with President Obama Saturday night", "a student in February Alshammari
 * had been charged": a weekday after a person's name, or a month opening
 * it right after a word of time, is the date the sentence tells, though
 * the tagger reads the capitalized word into the name.  A weekday or a
 * month is a given name before a surname ("Sunday Bada", CoNLL train;
 * "January Jones"), so only a weekday's last place and a month after
 * "in", "since", ... are cut.  English words, English text only. */
static void
drop_calendar_edges (const PrecisDocument *doc, GArray *mentions)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisSentence *s = &doc->sentences[m->sentence];

      if (m->type != PRECIS_NER_TYPE_PER || m->end - m->first < 2)
        continue;
      if (precis_ner_is_weekday_word (doc->tokens[m->end - 1].lower))
        m->end--;
      else if (m->first > s->first_token && precis_ner_is_calendar_word (doc->tokens[m->first].lower) &&
               !precis_ner_is_weekday_word (doc->tokens[m->first].lower) &&
               precis_ner_word_in_list (month_time_words, doc->tokens[m->first - 1].lower))
        m->first++;
    }
}

/* "Lord" of "Lord of the Rings", "House" of "House of Cards": one word
 * followed by "of (the) Capitalized" that no mention covers is the head of
 * a longer name the tagger cut short (a title), not an entity alone. */
static void
drop_title_fragments (const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisSentence *s = &doc->sentences[m->sentence];
      guint32 end = s->first_token + s->n_tokens, next = m->end + 1;

      if (m->type == PRECIS_NER_TYPE_PER || m->end - m->first != 1 || m->end >= end ||
          !precis_ner_token_is (doc, m->end, "of"))
        continue;
      if (next < end && precis_ner_token_is (doc, next, "the"))
        next++;
      if (next >= end || doc->tokens[next].shape != PRECIS_SHAPE_CAPITALIZED)
        continue;
      if (k + 1 < mentions->len && g_array_index (mentions, PrecisNerMention, k + 1).first <= next)
        continue;
      g_array_remove_index (mentions, k);
    }
}

/* "CEO Jacques Vandermeiren wijst op", "il CEO di Stellantis": the
 * English title of a chief executive, which the other languages write in
 * capitals before or instead of the name, read as an organization of its
 * own.  Gold: Italian Wikinews train 12 times, French WikiNER dev once,
 * never in a name.  English keeps its own rules. */
static void
drop_executive_titles (const PrecisDocument *doc, GArray *mentions)
{
  static const char *const titles[] = { "ceo", "cfo", "coo", "pdg", "p-dg", NULL };

  if (!precis_ner_capitalizes_names_only (doc))
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (m->end - m->first == 1 && doc->tokens[m->first].shape != PRECIS_SHAPE_LOWER &&
          precis_ner_word_in_list (titles, doc->tokens[m->first].lower))
        g_array_remove_index (mentions, k);
    }
}

/* The definite articles of the Romance languages, which a body's or a
 * place's name holds only after its preposition ("Banco de la
 * República", "Casa da Moeda"), never right after one of its capitalized
 * words. */
static const char *const pt_articles[] = { "o", "a", "os", "as", NULL };
static const char *const es_articles[] = { "el", "la", "los", "las", NULL };
static const char *const it_articles[] = { "il", "lo", "la", "i", "gli", "le", NULL };
static const char *const fr_articles[] = { "le", "la", "les", NULL };

static const char *const *
articles_of (const PrecisDocument *doc)
{
  if (doc->language == NULL)
    return NULL;
  if (strcmp (doc->language, "pt") == 0)
    return pt_articles;
  if (strcmp (doc->language, "es") == 0)
    return es_articles;
  if (strcmp (doc->language, "it") == 0)
    return it_articles;
  if (strcmp (doc->language, "fr") == 0)
    return fr_articles;
  return NULL;
}

/* "aprovou em Conselho de Ministros o Orçamento do Estado" read as one
 * body: a definite article in lower case right after a capitalized word
 * of an organization's or a place's name opens the next noun phrase; the
 * name is cut there into two of the same type, when two words at least
 * follow the article: one alone is an epithet or a name's own ("Plinio
 * el Viejo" read as a place, "Todos os Santos", "Bagno a Ripoli"; Spanish
 * and Portuguese WikiNEuRal dev).  A person's keeps it. */
static void
split_at_articles (const PrecisDocument *doc, GArray *mentions)
{
  const char *const *articles = articles_of (doc);

  if (articles == NULL)
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (m->type == PRECIS_NER_TYPE_PER)
        continue;
      for (guint32 i = m->first + 1; i + 2 < m->end; i++)
        {
          PrecisNerMention rest;

          if (doc->tokens[i].shape != PRECIS_SHAPE_LOWER || !precis_ner_word_in_list (articles, doc->tokens[i].lower) ||
              !precis_ner_shape_is_name (doc->tokens[i - 1].shape) ||
              !precis_ner_shape_is_name (doc->tokens[i + 1].shape))
            continue;
          rest = *m;
          rest.first = i + 1;
          m->end = i;
          g_array_insert_val (mentions, k + 1, rest);
          break;
        }
    }
}

/* A headline (a title or heading in title case, with no figures) makes
 * the tagger see a name in every capital: "Trump Appears to Soften His
 * Stance on Ukraine".  What gives it away is its ordinary words: written
 * in lower case elsewhere in the article ("appears", "stance"), or, in a
 * short article, capitals throughout but for the small words between them
 * ("to", "on").  A line of names ("Petr Korda ( Czech Republic ) bat
 * Bohdan Ulihrach", "Wood , Loren Roberts , Steve Stricker"), a results
 * line ("Pohang 3 Ulsan 2") or a wire headline in capitals is none. */
static gboolean
is_headline (const PrecisDocument *doc, guint32 s, PrecisNerLowerWords *lower_words)
{
  const PrecisSentence *sentence = &doc->sentences[s];
  guint ordinary = 0, words = 0, capitals = 0, small_words = 0;
  gboolean list = FALSE;

  if (!(sentence->flags & (PRECIS_SENTENCE_HEADING | PRECIS_SENTENCE_TITLE)))
    return FALSE;
  for (guint32 i = sentence->first_token; i < sentence->first_token + sentence->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (t->shape == PRECIS_SHAPE_NUMBER || t->shape == PRECIS_SHAPE_ALNUM)
        return FALSE;
      if (t->shape == PRECIS_SHAPE_PUNCT)
        list |= strcmp (t->lower, ",") == 0 || strcmp (t->lower, "(") == 0;
      if (!(t->flags & PRECIS_TOKEN_WORD) || t->shape == PRECIS_SHAPE_UPPER)
        continue;
      if (t->flags & PRECIS_TOKEN_STOPWORD)
        {
          small_words += t->shape == PRECIS_SHAPE_LOWER;
          continue;
        }
      words++;
      capitals += t->shape == PRECIS_SHAPE_CAPITALIZED;
      ordinary += t->shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_lower_words_contains (lower_words, t->lower);
    }
  if (ordinary >= 2)
    return TRUE;
  return !list && small_words > 0 && words >= 3 && capitals * 4 >= words * 3;
}

static gboolean
same_words (const PrecisDocument *doc, const PrecisNerMention *a, const PrecisNerMention *b)
{
  return a->end - a->first == b->end - b->first && precis_ner_same_words (doc, a->first, b->first, a->end - a->first);
}

/* Whether mention `m` is, whole, a name the gazetteer knows ("South
 * Korea" in the fixture line "Argentina at South Korea"). */
static gboolean
is_known_name (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
               const PrecisNerMention *m)
{
  g_autofree char *text = precis_ner_tokens_text (doc, m->first, m->end);

  return gazetteer != NULL && precis_ner_gazetteer_find (gazetteer, text) != NULL;
}

/* "Ferencvaros of Hungary", "Galatasaray of Turkey", "Huber of Germany":
 * one word and "of" before a country the gazetteer knows, read as one
 * name, are a name and its country.  CoNLL train: one word, "of" and a
 * country are two names 15 times (10 clubs, 5 people), one name once
 * ("Life of Georgia") but for bodies' nouns ("Bank of Japan", 9) and
 * "Republic of Ireland", which keep theirs; a title ("Emperor of
 * Brazil") is no name of its own. */
void
precis_ner_split_country_of (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  static const char *const keep[] = { "bank", "banco", "republic", "kingdom", "university", "institute",
                                      "council", "ministry", "college", "museum", "church", NULL };

  if (gazetteer == NULL)
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      PrecisNerMention country;
      const PrecisNerGazEntry *entry;
      g_autofree char *text = NULL;

      if (m->type == PRECIS_NER_TYPE_LOC || m->end - m->first < 3 ||
          doc->tokens[m->first].shape != PRECIS_SHAPE_CAPITALIZED ||
          !precis_ner_token_is (doc, m->first + 1, "of") ||
          precis_ner_word_in_list (keep, doc->tokens[m->first].lower) ||
          precis_ner_is_title_word (doc->tokens[m->first].lower))
        continue;
      text = precis_ner_tokens_text (doc, m->first + 2, m->end);
      entry = precis_ner_gazetteer_find (gazetteer, text);
      if (entry == NULL || !(entry->type & PRECIS_NER_GAZ_COUNTRY))
        continue;
      country = *m;
      country.first = m->first + 2;
      country.type = PRECIS_NER_TYPE_LOC;
      m->end = m->first + 1;
      g_array_insert_val (mentions, k + 1, country);
    }
}

/* "told the BBC Liverpool were unlikely to win": an organization the
 * lexicons know (nothing else) and a town right after it, read as one
 * name that neither lexicon knows, are two names.  Not a country or a
 * continent after it: "Toyota Australia" is a branch. */
static void
split_known_pairs (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  if (gazetteer == NULL)
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      g_autofree char *whole = NULL;

      if (m->end - m->first < 2)
        continue;
      whole = precis_ner_tokens_text (doc, m->first, m->end);
      if (precis_ner_gazetteer_knows (gazetteer, whole))
        continue;
      for (guint32 cut = m->first + 1; cut < m->end; cut++)
        {
          g_autofree char *head = precis_ner_tokens_text (doc, m->first, cut);
          g_autofree char *tail = precis_ner_tokens_text (doc, cut, m->end);
          const PrecisNerGazEntry *place;
          PrecisNerMention second;

          /* "SS Lazio", "AS Roma", "FC Porto": a club's letters of two
           * are part of its name. */
          if (strlen (head) < 3 || !precis_ner_gazetteer_is_organization (gazetteer, head))
            continue;
          place = precis_ner_gazetteer_find (gazetteer, tail);
          if (place == NULL || (place->type & (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_CONTINENT | PRECIS_NER_GAZ_DEMONYM)))
            break;
          second = *m;
          second.first = cut;
          m->end = cut;
          g_array_insert_val (mentions, k + 1, second);
          break;
        }
    }
}

/* Words a broadcaster's station is numbered after ("BBC Radio 4",
 * "Channel 5"). */
static const char *const numbered_broadcast_words[] = { "radio", "channel", NULL };

/* "the Channel 4 soap", "France 3": a name the lexicon knows with the
 * number written after it, where the tagger left the number out; and a
 * body's name in English that opens with a well-known organization of
 * entities.tsv and ends with the word a station is numbered after ("told BBC Radio 4's
 * Today programme", where the tagger read "BBC Radio" and was so unsure of
 * it that no fact was made: BBC Radio 1, 2 or 4 was no fact in 17 BBC
 * articles of the scan).  CoNLL-2003 train and dev name no body so: no
 * gold ORG ends in "Radio" or "Channel" before a number. */
static void
extend_known_numbers (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  gboolean english = precis_ner_reads_as_english (doc);

  if (gazetteer == NULL)
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisToken *next = m->end < doc->n_tokens ? &doc->tokens[m->end] : NULL;
      g_autofree char *text = NULL;
      gboolean digits = next != NULL && next->sentence == m->sentence && next->byte_end - next->byte_start <= 4;

      for (guint32 b = next != NULL ? next->byte_start : 0; digits && b < next->byte_end; b++)
        digits = g_ascii_isdigit (doc->text[b]);
      if (!digits || (k + 1 < mentions->len && g_array_index (mentions, PrecisNerMention, k + 1).first <= m->end))
        continue;
      if (english && m->type == PRECIS_NER_TYPE_ORG && m->end - m->first >= 2 &&
          precis_ner_word_in_list (numbered_broadcast_words, doc->tokens[m->end - 1].lower))
        {
          g_autofree char *first = precis_ner_tokens_text (doc, m->first, m->first + 1);

          if (precis_ner_gazetteer_known (gazetteer, first) == PRECIS_NER_TYPE_ORG)
            m->end++;
          continue;
        }
      text = precis_ner_tokens_text (doc, m->first, m->end + 1);
      if (precis_ner_gazetteer_known (gazetteer, text) != 0)
        m->end++;
    }
}

/* A name found only in headlines is kept when the rest of the article
 * names it too (in any case: "LEICESTERSHIRE" and "Leicestershire") or
 * the gazetteer knows it; the headline alone is not evidence enough. */
static void
drop_headline_only_names (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                          PrecisNerLowerWords *lower_words, GArray *mentions)
{
  g_autofree gboolean *headline = g_new0 (gboolean, MAX (doc->n_sentences, 1));
  gboolean any = FALSE;

  for (guint32 s = 0; s < doc->n_sentences && !any; s++)
    any = (doc->sentences[s].flags & (PRECIS_SENTENCE_HEADING | PRECIS_SENTENCE_TITLE)) != 0;
  if (!any)
    return;
  any = FALSE;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    any |= headline[s] = is_headline (doc, s, lower_words);
  if (!any)
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      gboolean confirmed = FALSE;

      if (!headline[m->sentence])
        continue;
      for (guint j = 0; j < mentions->len && !confirmed; j++)
        {
          const PrecisNerMention *other = &g_array_index (mentions, PrecisNerMention, j);

          confirmed = !headline[other->sentence] && same_words (doc, m, other);
        }
      if (!confirmed && !is_known_name (gazetteer, doc, m))
        g_array_remove_index (mentions, k);
    }
}

/* Whether `part` (lower case) is the surname (last word) of a person
 * mention other than `self`. */
static gboolean
is_surname (const PrecisDocument *doc, GArray *mentions, guint self, const char *part)
{
  for (guint j = 0; j < mentions->len; j++)
    {
      const PrecisNerMention *other = &g_array_index (mentions, PrecisNerMention, j);

      if (j != self && other->type == PRECIS_NER_TYPE_PER &&
          strcmp (doc->tokens[other->end - 1].lower, part) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "a Trump-Putin summit", "the Clinton-Dole debate": two people the
 * article names, joined by a hyphen or a dash, are a pair, not a place or
 * an organization of their own.  Only people: "Bosnia-Herzegovina" and
 * "Guinea-Bissau" are places whose parts the article may name too, and a
 * double-barrelled surname ("Zeta-Jones") names no two people. */
static void
drop_name_pairs (const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const char *start = doc->text + doc->tokens[m->first].byte_start;
      gsize len = doc->text + doc->tokens[m->end - 1].byte_end - start;
      g_autofree char *lower = NULL;
      g_auto (GStrv) parts = NULL;

      /* A hyphen, or the first byte of a dash. */
      if (m->type == PRECIS_NER_TYPE_PER || (memchr (start, '-', len) == NULL && memchr (start, '\xe2', len) == NULL))
        continue;
      lower = precis_ner_utf8_strdown (start, (gssize) len);
      /* The dashes ("Trump–Putin") become hyphens, the spaces around them go. */
      for (const char *const *dash = (const char *const[]) { "\u2013", "\u2014", " ", NULL }; *dash; dash++)
        {
          g_auto (GStrv) pieces = g_strsplit (lower, *dash, -1);
          char *joined = g_strjoinv (**dash == ' ' ? "" : "-", pieces);

          g_free (lower);
          lower = joined;
        }
      parts = g_strsplit (lower, "-", -1);
      if (g_strv_length (parts) != 2 || *parts[0] == '\0' || strcmp (parts[0], parts[1]) == 0)
        continue;
      if (is_surname (doc, mentions, k, parts[0]) && is_surname (doc, mentions, k, parts[1]))
        g_array_remove_index (mentions, k);
    }
}

/* "-- Air Cargo Newsroom Tel+44 171 542 7706 Fax+44 171 542 5017": a
 * contact line's label before a telephone number is no word of the name
 * it follows (the tagger ran "Tel" into the desk's name in CoNLL train's
 * three cargo reports; "Tel Aviv" is no label: a name follows it). */
static const char *const contact_labels[] = { "tel", "tel.", "fax", "phone", "telephone", NULL };

static void
drop_contact_labels (const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisSentence *s = &doc->sentences[m->sentence];
      guint32 next = m->end, last = m->end - 1;

      if (next >= s->first_token + s->n_tokens || !precis_ner_word_in_list (contact_labels, doc->tokens[last].lower) ||
          (doc->tokens[next].shape != PRECIS_SHAPE_NUMBER && !precis_ner_token_is (doc, next, "+") &&
           !precis_ner_token_is (doc, next, ":")))
        continue;
      if (last == m->first)
        g_array_remove_index (mentions, k);
      else
        m->end = last;
    }
}

/* "Fernando Caudevilla, AKA DoctorX": the mark of an alias ("also known
 * as") is no word of the name after it; the tagger, seeing it in
 * capitals, ran it into the alias ("AKA DoctorX" a person). */
static const char *const alias_marks[] = { "aka", "a.k.a.", "a.k.a", NULL };

static void
cut_alias_marks (const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (!precis_ner_word_in_list (alias_marks, doc->tokens[m->first].lower))
        continue;
      if (m->end - m->first == 1)
        g_array_remove_index (mentions, k);
      else
        m->first++;
    }
}

/* "Hurricane Milton hits Florida", "Typhoon Haiyan killed thousands": a
 * storm's name is no person's (CoNLL-2003 train: "Hurricane" outside any
 * name, "Edouard", "Dolly" MISC), and the tagger read "Hurricane Milton"
 * as a person.  A mention of one name that opens with the word for a
 * storm (or follows it), read as a person or a place, is the storm (read
 * as an organization it is a body's: "Hurricane Center"); so are the
 * document's people of that name alone ("Milton made landfall").
 * "Storm" alone is also a given name ("Storm Reid"): only "Tropical
 * Storm" counts. */
static const char *const storm_words[] = { "hurricane", "typhoon", "cyclone", NULL };

static gboolean
is_storm_word (const PrecisDocument *doc, guint32 i)
{
  if (doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  if (precis_ner_word_in_list (storm_words, doc->tokens[i].lower))
    return TRUE;
  return strcmp (doc->tokens[i].lower, "storm") == 0 && i > 0 && doc->tokens[i - 1].sentence == doc->tokens[i].sentence &&
         strcmp (doc->tokens[i - 1].lower, "tropical") == 0;
}

static void
drop_named_storms (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  g_autoptr (GPtrArray) names = NULL;

  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 name;

      if (m->end - m->first >= 2 && is_storm_word (doc, m->first))
        name = m->first + 1;
      else if (m->first > 0 && doc->tokens[m->first - 1].sentence == m->sentence && is_storm_word (doc, m->first - 1))
        name = m->first;
      else
        continue;
      if (m->end - name != 1 || m->type == PRECIS_NER_TYPE_ORG || doc->tokens[name].shape != PRECIS_SHAPE_CAPITALIZED ||
          (gazetteer != NULL && precis_ner_gazetteer_is_english_word (gazetteer, doc->tokens[name].lower)))
        continue;
      if (names == NULL)
        names = g_ptr_array_new ();
      g_ptr_array_add (names, (gpointer) doc->tokens[name].lower);
      g_array_remove_index (mentions, k);
    }
  if (names == NULL)
    return;
  g_ptr_array_add (names, NULL);
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (m->end - m->first == 1 && m->type == PRECIS_NER_TYPE_PER &&
          precis_ner_word_in_list ((const char *const *) names->pdata, doc->tokens[m->first].lower))
        g_array_remove_index (mentions, k);
    }
}

/* "Breaking: Explosion reported near the station", "Alert: Earthquake
 * shakes Tokyo": after a label's colon English capitalizes the clause's
 * first word, which the tagger, not at a sentence's start, read as a
 * name ("Explosion" an organization); at a sentence's start it reads the
 * same word as none.  A name of one word after a colon that wbritish
 * writes only in lower case, with prose in lower case after it, is
 * none. */
static void
drop_colon_openers (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisToken *t = &doc->tokens[m->first];

      if (m->end - m->first != 1 || m->first == 0 || m->end >= doc->n_tokens ||
          doc->tokens[m->first - 1].sentence != m->sentence || doc->tokens[m->end].sentence != m->sentence ||
          !precis_ner_token_is (doc, m->first - 1, ":") || t->shape != PRECIS_SHAPE_CAPITALIZED ||
          doc->tokens[m->end].shape != PRECIS_SHAPE_LOWER || !(doc->tokens[m->end].flags & PRECIS_TOKEN_WORD) ||
          !precis_ner_gazetteer_is_english_word (gazetteer, t->lower))
        continue;
      g_array_remove_index (mentions, k);
    }
}

/* "Billings MT", "Wenatchee WA", "Portland OR": a US town and its
 * state's postal code, as grain and freight tables write them, are two
 * places (CoNLL train: every such code after a town a place of its own),
 * where the tagger reads one name, often a company, or the town as a
 * company or a person.  Only in a table of them (two such rows or more:
 * each town opens its line, a number after its code), only after a word
 * in lower case with a capital ("BILLINGS MT" may be a heading's words),
 * only at the name's end ("AZ Alkmaar", "ND" of Greece's New Democracy
 * open a name), and not the codes that are also companies' and clubs'
 * ("Philips NV", "Farense SC", "Compostela SD", "Co", "CA"). */
static const char *const state_codes[] = {
  "AK", "AL", "AR", "AZ", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA",
  "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NY", "OH", "OK",
  "OR", "PA", "RI", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY", NULL,
};

/* Where `m` opens a table row as a town and its state's code, the code's
 * token: inside the name (the tagger read one) or just after it (the
 * tagger read two, the town often as a company or a person); 0 when not. */
static guint32
state_code_of (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, code;

  if (m->first != s->first_token)
    return 0;
  code = m->end - m->first >= 2 && precis_ner_token_in_list (doc, m->end - 1, state_codes) ? m->end - 1 : m->end;
  if (code + 1 >= end || code == m->first || doc->tokens[code + 1].shape != PRECIS_SHAPE_NUMBER ||
      doc->tokens[code - 1].shape != PRECIS_SHAPE_CAPITALIZED || !precis_ner_token_in_list (doc, code, state_codes))
    return 0;
  return code;
}

static void
split_state_codes (const PrecisDocument *doc, GArray *mentions)
{
  guint rows = 0;

  for (guint k = 0; k < mentions->len && rows < 2; k++)
    rows += state_code_of (doc, &g_array_index (mentions, PrecisNerMention, k)) != 0;
  if (rows < 2)
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 code = state_code_of (doc, m);
      PrecisNerMention state;

      if (code == 0)
        continue;
      m->type = PRECIS_NER_TYPE_LOC;
      if (code == m->end)
        continue;
      state = *m;
      state.first = code;
      m->end = code;
      g_array_insert_val (mentions, k + 1, state);
    }
}

/* "CESKA SPORITELNA 335.00 375.00 533153", "KOMERCNI BANKA 2320.00
 * 2370.00 7000": a row of a table in capitals, its name the words before
 * its first number, of which the tagger read only the first (it never
 * saw the rest).  Read folds 1, 2, 4, 5, 7 and dev (gold): where a name
 * opens such a run of words in capitals before a number, it is the whole
 * run 141 times, shorter once ("KEKKILA SEES FULL-YR 1996", a headline:
 * a row has two numbers or more after its name and nothing but numbers
 * and signs; "PARAGUAY GOLPE 16 MUERTOS Y 54 HERIDOS", a Spanish headline
 * in capitals, is none).  A state's code is no part of the name
 * ("BILLINGS MT", split_state_codes). */
static void
extend_capital_rows (const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisSentence *s = &doc->sentences[m->sentence];
      guint32 end = s->first_token + s->n_tokens, run = m->end, numbers = 0;

      if (m->first != s->first_token)
        continue;
      for (guint32 t = m->first; t < m->end; t++)
        if (doc->tokens[t].shape != PRECIS_SHAPE_UPPER)
          goto next;
      while (run < end && run < m->end + 3 && doc->tokens[run].shape == PRECIS_SHAPE_UPPER &&
             !precis_ner_token_in_list (doc, run, state_codes))
        run++;
      if (run == m->end || run >= end || doc->tokens[run].shape != PRECIS_SHAPE_NUMBER)
        continue;
      /* The next mention must not start inside the run. */
      if (k + 1 < mentions->len && g_array_index (mentions, PrecisNerMention, k + 1).first < run)
        continue;
      for (guint32 t = run; t < end; t++)
        {
          if (doc->tokens[t].shape != PRECIS_SHAPE_NUMBER && doc->tokens[t].shape != PRECIS_SHAPE_PUNCT)
            goto next;
          numbers += doc->tokens[t].shape == PRECIS_SHAPE_NUMBER;
        }
      if (numbers >= 2)
        m->end = run;
    next:;
    }
}

/* A table row: the mention opens its line and three numbers follow it
 * ("Alec Stewart 3 5 0 396 170 79.20", "Atherton 7 1 20 1 20.00"). */
static gboolean
opens_row_of_numbers (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];

  if (m->first != s->first_token || m->end + 3 > s->first_token + s->n_tokens)
    return FALSE;
  for (guint32 i = m->end; i < m->end + 3; i++)
    if (doc->tokens[i].shape != PRECIS_SHAPE_NUMBER)
      return FALSE;
  return TRUE;
}

/* A table whose rows open with people (averages, scorecards, leader
 * boards) has its other names read as companies: the rows' numbers look
 * like a standings table's to the tagger ("Mike Atherton 3 5 0 162 64
 * 32.40" an organization between two people).  When at least half of six
 * rows or more open with a person, the rows' organizations are people
 * too.  Only that way: a standings table's clubs are most of its rows and
 * stay as read. */
static void
people_tables (const PrecisDocument *doc, GArray *mentions)
{
  guint rows = 0, people = 0;

  for (guint k = 0; k < mentions->len; k++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (opens_row_of_numbers (doc, m))
        {
          rows++;
          people += m->type == PRECIS_NER_TYPE_PER;
        }
    }
  if (rows < 6 || 2 * people < rows)
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if ((m->type == PRECIS_NER_TYPE_ORG || m->type == PRECIS_NER_TYPE_PER) && opens_row_of_numbers (doc, m))
        {
          m->type = PRECIS_NER_TYPE_PER;
          m->said = TRUE;
        }
    }
}

/* The tagger's tags of `doc`, and when `margins` is given how sure it is
 * of each (precis_ner_viterbi_margins), one a token. */
static guint8 *
tag_document (const PrecisNerTagger *tagger, const PrecisDocument *doc, PrecisNerLowerWords *lower_words,
              float **margins, GCancellable *cancellable)
{
  PrecisNerLowerWords own_lower_words;
  g_autofree guint8 *openers = NULL;
  g_autofree PrecisNerToken *tokens = g_new (PrecisNerToken, MAX (doc->n_tokens, 1));
  g_autofree PrecisNerRange *sentences = g_new (PrecisNerRange, MAX (doc->n_sentences, 1));
  g_autofree guint8 *tags = g_new0 (guint8, MAX (doc->n_tokens, 1));
  PrecisNerWorkspace ws;
  gboolean ok;

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      tokens[i].text = doc->text + doc->tokens[i].byte_start;
      tokens[i].len = doc->tokens[i].byte_end - doc->tokens[i].byte_start;
    }
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      sentences[s].first = doc->sentences[s].first_token;
      sentences[s].n = doc->sentences[s].n_tokens;
    }
  if (lower_words == NULL)
    precis_ner_lower_words_init (&own_lower_words, doc);
  openers = precis_ner_ordinary_openers (precis_ner_tagger_gazetteer (tagger), doc,
                                         lower_words != NULL ? lower_words : &own_lower_words);
  if (lower_words == NULL)
    precis_ner_lower_words_clear (&own_lower_words);
  precis_ner_workspace_init (&ws);
  ws.want_margins = margins != NULL;
  ws.ordinary_openers = openers;
  ok = precis_ner_tagger_tag_document (tagger, &ws, tokens, sentences, doc->n_sentences, tags,
                                       cancellable);
  if (ok && margins != NULL)
    {
      guint offset = 0;

      /* The workspace's are sentence after sentence. */
      *margins = g_new0 (float, MAX (doc->n_tokens, 1));
      for (guint32 s = 0; s < doc->n_sentences; s++)
        {
          memcpy (*margins + sentences[s].first, ws.margins + offset, sentences[s].n * sizeof (float));
          offset += sentences[s].n;
        }
    }
  precis_ner_workspace_clear (&ws);
  return ok ? g_steal_pointer (&tags) : NULL;
}

guint8 *
precis_ner_mentions_tag (const PrecisNerTagger *tagger, const PrecisDocument *doc,
                         GCancellable *cancellable)
{
  return tag_document (tagger, doc, NULL, NULL, cancellable);
}

GArray *
precis_ner_mentions_find (const PrecisNerTagger *tagger, const PrecisDocument *doc,
                          PrecisNerLowerWords *lower_words, GCancellable *cancellable)
{
  g_autofree guint8 *tags = tag_document (tagger, doc, lower_words, NULL, cancellable);

  if (tags == NULL)
    return NULL;
  return precis_ner_mentions_from_tags (precis_ner_tagger_gazetteer (tagger), doc, tags, lower_words);
}

GArray *
precis_ner_mentions_find_measured (const PrecisNerTagger *tagger, const PrecisDocument *doc,
                                   PrecisNerLowerWords *lower_words, PrecisNerReading *reading,
                                   GCancellable *cancellable)
{
  g_autofree guint8 *tags = tag_document (tagger, doc, lower_words, &reading->margins, cancellable);

  if (tags == NULL)
    return NULL;
  reading->tags = g_memdup2 (tags, MAX (doc->n_tokens, 1));
  return precis_ner_mentions_from_tags (precis_ner_tagger_gazetteer (tagger), doc, tags, lower_words);
}

void
precis_ner_reading_clear (PrecisNerReading *reading)
{
  g_clear_pointer (&reading->tags, g_free);
  g_clear_pointer (&reading->margins, g_free);
}

/* "The appointment is with Dr. Patel at the clinic", "She met Mr Jones":
 * an honorific is followed by a person's name, which the tagger, in a
 * notification's few words, left untagged (no fact at all).  In English,
 * up to three capitalized words after "Mr", "Mrs", "Ms" or "Dr" (with or
 * without its full stop) in the same sentence, none tagged, the first no
 * English word of words.txt and no letter alone, are a person. */
static const char *const honorific_words[] = { "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", NULL };

static void
tag_after_honorifics (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      guint32 end = i;

      /* Not a title or a word after it ("Mr Recorder Smith"), not a
       * letter standing for a name ("Mr X"). */
      if (tags[i] != 0 || doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED ||
          doc->tokens[i].end - doc->tokens[i].start < 2 ||
          (gazetteer != NULL && precis_ner_gazetteer_is_english_word (gazetteer, doc->tokens[i].lower)) ||
          doc->tokens[i - 1].sentence != doc->tokens[i].sentence ||
          !precis_ner_word_in_list (honorific_words, doc->tokens[i - 1].lower) ||
          (i + 1 < doc->n_tokens && precis_ner_token_is (doc, i - 1, "dr") && precis_ner_token_is (doc, i, ".")))
        continue;
      while (end < doc->n_tokens && end < i + 3 && tags[end] == 0 && doc->tokens[end].sentence == doc->tokens[i].sentence &&
             doc->tokens[end].shape == PRECIS_SHAPE_CAPITALIZED && !(doc->tokens[end].flags & PRECIS_TOKEN_STOPWORD))
        end++;
      if (end == i || (end < doc->n_tokens && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end])))
        continue;
      for (guint32 k = i; k < end; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_PER, k == i);
      i = end;
    }
}

/* "St George's Chapel", "St Paul's Cathedral": a saint's church, or a
 * place named after a saint, is one name across the saint's possessive,
 * where the tagger stopped at "'s" (the place "St Paul") or read nothing.
 * In English, "St" ("St.", "Saint"), a capitalized name, "'s" and one of
 * these nouns, capitalized, are one place. */
static const char *const saint_place_nouns[] = {
  "chapel", "cathedral", "church", "abbey", "basilica", "minster", "priory", "hospital", "college",
  "school", "park", "square", "hall", "bay", "island", "isle", "head", "well", "wood", NULL,
};

static const char *const saint_words[] = { "st", "st.", "saint", NULL };

static void
tag_saints_places (const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 0; i + 3 < doc->n_tokens; i++)
    {
      guint32 sentence = doc->tokens[i].sentence;

      /* Not inside a longer name ("the Lindo Wing of St Mary's Hospital"). */
      if (!precis_ner_word_in_list (saint_words, doc->tokens[i].lower) ||
          (tags[i] != 0 && !precis_ner_tag_is_begin (tags[i])) ||
          doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED || doc->tokens[i + 3].sentence != sentence ||
          doc->tokens[i + 1].shape != PRECIS_SHAPE_CAPITALIZED || !precis_ner_token_is_possessive (doc, i + 2) ||
          doc->tokens[i + 3].shape != PRECIS_SHAPE_CAPITALIZED ||
          !precis_ner_word_in_list (saint_place_nouns, doc->tokens[i + 3].lower) ||
          (i + 4 < doc->n_tokens && tags[i + 4] != 0 && !precis_ner_tag_is_begin (tags[i + 4])))
        continue;
      for (guint32 k = i; k < i + 4; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_LOC, k == i);
      i += 3;
    }
}

GArray *
precis_ner_mentions_from_tags (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint8 *tags,
                               PrecisNerLowerWords *lower_words)
{
  g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (PrecisNerMention));

  precis_ner_wire_apply (doc, tags, lower_words);
  precis_ner_untag_caption_labels (doc, gazetteer, tags);
  precis_ner_trim_english_person_words (doc, gazetteer, tags);
  precis_ner_split_body_before_person (doc, gazetteer, tags);
  precis_ner_tag_villages (doc, lower_words, tags);
  precis_ner_tag_club_words (doc, gazetteer, lower_words, tags);
  precis_ner_tag_result_names (doc, tags);
  precis_ner_tag_genitives (doc, gazetteer, lower_words, tags);
  precis_ner_tag_lone_surnames (doc, gazetteer, lower_words, tags);
  precis_ner_tag_common_places (doc, gazetteer, lower_words, tags);
  precis_ner_trim_person_nouns (doc, gazetteer, tags);
  precis_ner_tag_capital_names (doc, gazetteer, tags);
  precis_ner_extend_adjective_names (doc, tags);
  precis_ner_tag_weekday_papers (doc, tags);
  precis_ner_tag_media (doc, gazetteer, lower_words, tags);
  precis_ner_tag_papers (doc, gazetteer, lower_words, tags);
  precis_ner_tag_share_names (doc, tags);
  precis_ner_tag_foundations (doc, tags);
  precis_ner_tag_opening_people (doc, gazetteer, lower_words, tags);
  precis_ner_tag_post_holders (doc, gazetteer, lower_words, tags);
  precis_ner_tag_head_bodies (doc, gazetteer, lower_words, tags);
  precis_ner_tag_german_head_bodies (doc, gazetteer, lower_words, tags);
  precis_ner_tag_known_organizations (doc, gazetteer, lower_words, tags);
  if (precis_ner_reads_as_english (doc))
    tag_after_honorifics (gazetteer, doc, tags);
  if (precis_ner_reads_as_english (doc))
    tag_saints_places (doc, tags);
  precis_ner_tag_federal_bodies (doc, tags);
  precis_ner_tag_association_names (doc, tags);
  precis_ner_tag_german_organ_bodies (doc, gazetteer, lower_words, tags);
  precis_ner_tag_firms_in_towns (doc, gazetteer, lower_words, tags);
  precis_ner_extend_founders_firms (doc, gazetteer, tags);
  precis_ner_tag_compound_openers (doc, gazetteer, lower_words, tags);
  precis_ner_tag_english_institutions (doc, tags);
  precis_ner_tag_purpose_bodies (gazetteer, doc, tags);
  precis_ner_untag_indefinite_nouns (doc, tags);
  precis_ner_tag_joined_names (doc, gazetteer, tags);
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[s];
      ChunkData data = { doc, gazetteer, mentions, sentence->first_token, s };

      if (!precis_ner_sentence_has_facts (doc, s))
        continue;
      precis_ner_chunks (tags + sentence->first_token, sentence->n_tokens, on_chunk, &data);
    }
  join_name_particles (gazetteer, doc, mentions);
  precis_ner_join_particle_names (gazetteer, doc, mentions);
  precis_ner_join_departments (gazetteer, doc, mentions);
  precis_ner_split_offices (gazetteer, doc, mentions);
  precis_ner_split_kind_lists (doc, mentions);
  precis_ner_drop_office_heads (doc, mentions);
  drop_title_fragments (doc, mentions);
  drop_executive_titles (doc, mentions);
  split_at_articles (doc, mentions);
  precis_ner_drop_title_tails (doc, mentions);
  drop_trailing_dates (doc, mentions);
  drop_calendar_edges (doc, mentions);
  drop_name_pairs (doc, mentions);
  drop_contact_labels (doc, mentions);
  cut_alias_marks (doc, mentions);
  if (precis_ner_reads_as_english (doc))
    drop_named_storms (gazetteer, doc, mentions);
  if (precis_ner_reads_as_english (doc) && gazetteer != NULL)
    drop_colon_openers (gazetteer, doc, mentions);
  precis_ner_drop_plural_acronyms (gazetteer, doc, mentions);
  if (precis_ner_reads_as_english (doc))
    precis_ner_drop_account_labels (doc, mentions);
  split_state_codes (doc, mentions);
  extend_capital_rows (doc, mentions);
  people_tables (doc, mentions);
  extend_saint_names (doc, mentions);
  cut_no_name_openers (doc, mentions);
  precis_ner_split_country_of (gazetteer, doc, mentions);
  split_known_pairs (gazetteer, doc, mentions);
  precis_ner_cut_company_products (gazetteer, doc, mentions);
  extend_known_numbers (gazetteer, doc, mentions);
  precis_ner_join_coordinated_places (gazetteer, doc, mentions);
  precis_ner_split_coordinated_names (gazetteer, doc, mentions);
  precis_ner_type_company_lists (gazetteer, doc, mentions);
  precis_ner_type_person_of (gazetteer, doc, mentions);
  precis_ner_type_executives_of (gazetteer, doc, mentions);
  precis_ner_type_article_names (gazetteer, doc, mentions);
  precis_ner_type_org_lists (gazetteer, doc, mentions);
  precis_ner_split_market_indices (gazetteer, doc, mentions);
  drop_headline_only_names (gazetteer, doc, lower_words, mentions);
  precis_ner_cut_sentence_openers (gazetteer, doc, lower_words, mentions);
  precis_ner_split_caption_runs (gazetteer, doc, mentions);
  precis_ner_split_competition_runs (doc, mentions);
  precis_ner_type_town_regions (gazetteer, doc, mentions);
  precis_ner_type_places_in (gazetteer, doc, mentions);
  precis_ner_type_named_venues (doc, mentions);
  precis_ner_type_listed_places (gazetteer, doc, mentions);
  precis_ner_lists_apply (doc, mentions);
  return g_steal_pointer (&mentions);
}
