/* ner-places.c — lines that say a name is a place.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A town's name also names its club ("Boston" in a standings table) or a
 * company, and the article's other mentions then make every mention of it
 * an organization.  Some lines leave no doubt that the place itself is
 * meant; each such mention is a place fact of its own (ner-entities.c).
 * Counted on CoNLL-2003 (train folds 1, 2, 4, 5, 7 and dev, gold types):
 *  - datelines: a name in capitals opening one of the first four lines,
 *    then the date ending the line, 552 places, 3 organizations, 3 people;
 *    with a region or country between (", England"), 103 places and one
 *    organization;
 *  - "SEATTLE AT BOSTON", "Spain at Belgium": the home side of a line that
 *    is a schedule's fixture, 74 places, no other type (the visitors are
 *    teams);
 *  - "In Baltimore ," opening a sentence: 37 places, no other type (5 of
 *    them also named a club in the same article).
 * And the nouns that name a place before "of" ("the town of Rousse", "the
 * port of Aqaba"): the names after them are 103 places and nothing else;
 * they vote with the article's other mentions.
 */
#include "ner-places.h"
#include "ner-doc.h"
#include "ner-word.h"
#include "ner-word-set.h"

#include <string.h>

/* A dateline names its place in one to three words; a region or country
 * after a comma has as many. */
#define MAX_PLACE_WORDS 3

static gboolean
is_name_word (const PrecisToken *token)
{
  return token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER;
}

/* "1996-08-25": digits with two dashes or slashes, a date as agencies
 * write it. */
static gboolean
is_date_token (const PrecisDocument *doc, guint32 i)
{
  const char *p = doc->text + doc->tokens[i].byte_start, *q = doc->text + doc->tokens[i].byte_end;
  guint digits = 0, marks = 0;

  for (; p < q; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '-' || *p == '/')
        marks++;
      else
        return FALSE;
    }
  return digits >= 4 && marks == 2;
}

/* "LONDON 1996-08-25", "ST HELENS , England 1996-08-26", "NEW YORK
 * (Reuters) -": the place a story was filed from, in capitals at the
 * start of one of the first lines, before its date or its agency. */
static gboolean
is_dateline (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *sentence = &doc->sentences[m->sentence];
  guint32 end = sentence->first_token + sentence->n_tokens, i;

  if (m->first != sentence->first_token || m->sentence > 3 || m->end == end)
    return FALSE;
  for (guint32 t = m->first; t < m->end; t++)
    if (doc->tokens[t].shape != PRECIS_SHAPE_UPPER)
      return FALSE;
  /* The tagger read a place: a number ends the line (its date). */
  if (m->type == PRECIS_NER_TYPE_LOC && doc->tokens[m->end].shape == PRECIS_SHAPE_NUMBER && m->end + 1 == end)
    return TRUE;
  if (m->type == PRECIS_NER_TYPE_LOC && strcmp (doc->tokens[m->end].lower, "(") == 0 && m->end + 3 < end &&
      strcmp (doc->tokens[m->end + 2].lower, ")") == 0)
    return TRUE;
  /* Whatever the tagger read, a date ends the line, after the place's
   * region or country if any. */
  i = m->end;
  if (strcmp (doc->tokens[i].lower, ",") == 0)
    {
      i++;
      while (i < end && i - m->end <= MAX_PLACE_WORDS + 1 && is_name_word (&doc->tokens[i]))
        i++;
      if (i == m->end + 1)
        return FALSE;
    }
  return i + 1 == end && is_date_token (doc, i);
}

/* "SEATTLE AT BOSTON", "CINCINNATI AT FLORIDA ( doubleheader )", "Spain
 * at Belgium": a line of two names around "at", `m` the second. */
static gboolean
is_home_side (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *sentence = &doc->sentences[m->sentence];
  guint32 first = sentence->first_token, end = first + sentence->n_tokens;

  if (m->first < first + 2 || strcmp (doc->tokens[m->first - 1].lower, "at") != 0)
    return FALSE;
  if (m->end < end && strcmp (doc->tokens[m->end].lower, "(") != 0)
    return FALSE;
  for (guint32 t = first; t + 1 < m->first; t++)
    if (!is_name_word (&doc->tokens[t]))
      return FALSE;
  return m->first - 1 - first <= MAX_PLACE_WORDS;
}

/* "In Baltimore , Cal Ripken had four hits": the town a paragraph opens
 * with. */
static gboolean
opens_in_town (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *sentence = &doc->sentences[m->sentence];
  guint32 first = sentence->first_token, end = first + sentence->n_tokens;

  return m->first == first + 1 && m->end < end && strcmp (doc->tokens[first].lower, "in") == 0 &&
         doc->tokens[first].shape == PRECIS_SHAPE_CAPITALIZED && strcmp (doc->tokens[m->end].lower, ",") == 0;
}

/* "nach München", "in Dortmund", "aus Monaco": German names the town
 * itself after these prepositions, though the article's club bears its
 * name ("FC Bayern München", "Borussia Dortmund").  CoNLL-2003 German dev
 * (gold): the names opening after them are 331 places, 3 organizations
 * (a cup's draw: "nach Bochum"), 13 MISC, 5 people ("nach Kinkels Worten":
 * read as a person, left alone). */
gboolean
precis_ner_follows_german_place_preposition (const PrecisDocument *doc, const PrecisNerMention *m)
{
  static const char *const prepositions[] = { "in", "nach", "aus", NULL };
  const PrecisToken *before;

  if (!precis_ner_reads_as_german (doc) || m->type == PRECIS_NER_TYPE_PER ||
      m->first <= doc->sentences[m->sentence].first_token)
    return FALSE;
  before = &doc->tokens[m->first - 1];
  return before->shape == PRECIS_SHAPE_LOWER && precis_ner_word_in_list (prepositions, before->lower);
}

gboolean
precis_ner_is_state_noun (const PrecisDocument *doc, guint32 i)
{
  static const char *const state_nouns[] = {
    "Land", "Landes", "Freistaat", "Freistaats", "Freistaates", NULL,
  };

  return precis_ner_reads_as_german (doc) &&
         precis_ner_token_in_list (doc, i, state_nouns);
}

gboolean
precis_ner_is_place_context (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return is_dateline (doc, m) || is_home_side (doc, m) || opens_in_town (doc, m);
}

/* The nouns of a place that name it after "of": "the town of Rousse",
 * "the port of Aqaba", "the island of Java". */
static const char *const place_heads[] = {
  "town", "towns", "city", "cities", "village", "villages", "port", "province", "region", "district",
  "island", "islands", "suburb", "suburbs", "capital", "state", "county", NULL,
};

static gboolean
is_place_head_of (const PrecisDocument *doc, guint32 of, guint32 first)
{
  return of > first && strcmp (doc->tokens[of].lower, "of") == 0 &&
         doc->tokens[of - 1].shape == PRECIS_SHAPE_LOWER &&
         precis_ner_word_in_list (place_heads, doc->tokens[of - 1].lower);
}

gboolean
precis_ner_follows_place_head (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *sentence = &doc->sentences[m->sentence];
  guint32 first = sentence->first_token, i = m->first;

  if (i < first + 2)
    return FALSE;
  if (is_place_head_of (doc, i - 1, first))
    return TRUE;
  /* "the towns of Rousse and Veliko Tarnovo": the second of two after a
   * plural. */
  if (strcmp (doc->tokens[i - 1].lower, "and") != 0)
    return FALSE;
  for (guint32 j = i - 1; j > first + 1 && j + 5 > i; j--)
    if (is_place_head_of (doc, j - 1, first))
      return doc->tokens[j - 2].lower[strlen (doc->tokens[j - 2].lower) - 1] == 's';
  return FALSE;
}

/* The last nouns of a place's name and of no other's: a sports venue's,
 * in the languages with a model ("Johan Cruijff ArenA", "Allianz Stadium";
 * "Weserstadion" is one word and the tagger's), and nature's ("Florida
 * Straits", "Leduc Reef", "Silicon Valley", "Western Hemisphere": read
 * folds of CoNLL train and dev, names of two words or more ending so: 43
 * places, one newspaper, "THE ISLAND", which "the" opens), and a street's
 * or a square's ("Trafalgar Square", "Mulberry Avenue": 30 places there,
 * one organization, "Wall Street"; the tagger read "Logan Square" as a
 * person's name).  Not "coast" (clubs: "Gold Coast", "West Coast"), "bay"
 * ("Tampa Bay"), "lane" or "drive", surnames ("Diane Lane").  American
 * news names towns and passes no CoNLL text names ("Colorado Springs",
 * "Vail Pass", "Battle Creek", "Continental Divide", read as people and
 * bodies): "springs", "pass", "divide", "creek", "beach" and "harbor" end
 * no person's name in CoNLL train and dev (one place, "Manhattan Beach").
 * Nor "township", an American civil town ("her Upper Macungie Township
 * home", CNN/DailyMail, read as a person). */
static const char *const place_tails[] = {
  "arena", "stadium", "stadion", "stadio", "estadio", "estádio",
  "street", "square", "avenue", "road", "boulevard", "terrace",
  "strait", "straits", "reef", "valley", "gulf", "peninsula", "island", "islands", "isles",
  "mountains", "hills", "desert", "sea", "ocean", "river", "canyon", "plateau", "basin", "delta",
  "hemisphere", "archipelago", "highlands", "glacier", "falls", "heights", "junction",
  "springs", "pass", "divide", "creek", "beach", "harbor", "harbour", "township", NULL,
};
static PrecisNerWordSet place_tail_set;

gboolean
precis_ner_is_place_tail (const char *lower)
{
  return precis_ner_word_set_contains (&place_tail_set, place_tails, lower);
}

gboolean
precis_ner_key_ends_as_place (const char *key)
{
  const char *last = strrchr (key, ' ');

  return last != NULL && !g_str_has_prefix (key, "the ") && precis_ner_is_place_tail (last + 1);
}

gboolean
precis_ner_ends_as_place (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisToken *last = &doc->tokens[m->end - 1];

  return m->end - m->first >= 2 && strcmp (doc->tokens[m->first].lower, "the") != 0 &&
         last->shape != PRECIS_SHAPE_LOWER && precis_ner_is_place_tail (last->lower);
}

/* The nouns of a street, a square or a stadium that open its name in the
 * languages that write them first ("Piazza Affari", "Plaza Mayor", "Rua
 * Augusta", "Place Vendôme", "Estadio Metropolitano").  KIND, HAREM,
 * CoNLL-2002 Spanish and WikiNEuRal (es, it, pt, fr): one of them and a
 * capitalized word open a place 141 times, an organization 8 (a seat for
 * its occupant: "Viale Mazzini", "Piazza Affari"), a title 3, a person
 * never (twice a person named after it, WikiNEuRal's "Piazza" left out). */
static const char *const place_openers[] = {
  "piazza", "piazzale", "viale", "corso", "largo", "plaza", "calle", "avenida", "paseo", "rua", "praça",
  "avenue", "boulevard", "rue", "place", "quai", "stadio", "estadio", "estádio", "stade", NULL,
};

gboolean
precis_ner_opens_as_place (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisToken *first = &doc->tokens[m->first];

  return m->end - m->first >= 2 && precis_ner_capitalizes_names_only (doc) &&
         first->shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_word_in_list (place_openers, first->lower) &&
         doc->tokens[m->first + 1].shape != PRECIS_SHAPE_LOWER;
}

/* A town's or a county's thing that no club or company has: its band
 * ("Leeds band Kaiser Chiefs", "his Glasgow four-piece band"), a native's
 * home town, a constituency ("the Derbyshire seat of Erewash", "the 1904
 * Horsham by-election").  CoNLL-2003 train and dev have no entity before
 * these nouns but "a U.S. Senate seat", which the gazetteer knows as no
 * place; "trio" and "duo" are left out ("the Dortmund trio of libero"). */
static const char *const town_things[] = {
  "band", "bands", "hometown", "home-town", "seat", "constituency", "by-election", NULL,
};

/* A dwelling: a person's, so a place, after a possessive ("his
 * Buckinghamshire home", "Mr Kilroy-Silk's Buckinghamshire home"; CoNLL
 * train and dev: "at her Rangoon home", "'s official Jerusalem
 * residence", places); not a club's match ("their Leeds home game"). */
static const char *const dwellings[] = {
  "home", "house", "mansion", "estate", "flat", "farm", "farmhouse", "cottage", "villa", "residence", NULL,
};

/* The words that may follow the dwelling ("at his Buckinghamshire home on
 * Monday"); another lower-case word makes it a noun's modifier. */
static const char *const dwelling_followers[] = {
  "on", "in", "at", "near", "where", "when", "while", "with", "and", "or", "after", "before",
  "since", "for", "to", "from", "last", "yesterday", "this", "that", "which", "early", "late", NULL,
};

static const char *const possessive_determiners[] = {
  "his", "her", "their", "its", "my", "our", "your", NULL,
};

static gboolean
is_band_size (const char *lower)
{
  return g_str_has_suffix (lower, "-piece");
}

gboolean
precis_ner_names_towns_thing (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *sentence = &doc->sentences[m->sentence];
  guint32 first = sentence->first_token, end = first + sentence->n_tokens, next = m->end;
  const PrecisToken *noun;

  if (next >= end || m->first <= first)
    return FALSE;
  noun = &doc->tokens[next];
  if (noun->shape != PRECIS_SHAPE_LOWER)
    return FALSE;
  /* "his Glasgow four-piece band". */
  if (is_band_size (noun->lower) && next + 1 < end)
    return strcmp (doc->tokens[next + 1].lower, "band") == 0;
  if (precis_ner_word_in_list (town_things, noun->lower))
    return TRUE;
  /* "Leeds group Kaiser Chiefs": a group named after the noun is a band
   * (a company there is one of the town's: "London group HSBC"). */
  if (strcmp (noun->lower, "group") == 0)
    return next + 1 < end && doc->tokens[next + 1].shape == PRECIS_SHAPE_CAPITALIZED;
  if (!precis_ner_word_in_list (dwellings, noun->lower))
    return FALSE;
  if (next + 1 < end && doc->tokens[next + 1].shape == PRECIS_SHAPE_LOWER &&
      !precis_ner_word_in_list (dwelling_followers, doc->tokens[next + 1].lower))
    return FALSE;
  return precis_ner_word_in_list (possessive_determiners, doc->tokens[m->first - 1].lower) ||
         precis_ner_token_is_possessive (doc, m->first - 1);
}
