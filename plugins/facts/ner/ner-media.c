/* ner-media.c — a paper, a programme or a broadcaster named before the noun of its kind.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-media.h"
#include "ner-titles.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-word-set.h"
#include "ner-lower-words.h"

#include <string.h>

/* Nouns for a paper, a channel or their people, which the name of one
 * stands before ("the Herald newspaper", "a Newsnight journalist"). */
static const char *const media_nouns[] = {
  "newspaper", "newspapers", "paper", "tabloid", "magazine", "journalist", "journalists", "reporter",
  "reporters", "correspondent", "columnist", "presenter", "channel", "website", "broadcaster", NULL,
};
static PrecisNerWordSet media_noun_set;

/* Nouns for a work, which a broadcaster's name stands before ("the Radio
 * 4 programme", "the Channel 4 soap") as well as the work's own title
 * ("BBC One's Countryfile programme"): CoNLL types titles MISC, no fact,
 * so these count only where the tagger read part of an organization. */
static const char *const work_nouns[] = {
  "programme", "show", "soap", "drama", "documentary", NULL,
};
static PrecisNerWordSet work_noun_set;

/* Capitalized words before such a noun that are no name: days and
 * seasons ("the Sunday newspaper", "a Christmas show"), and the media's
 * own common words ("a TV documentary", "the Web site"). */
static const char *const not_names[] = {
  "today", "tonight", "christmas", "easter", "tv", "web", "internet", "online", NULL,
};

/* A people's or a faith's adjective that the gazetteer, which knows
 * nations', does not ("a Jewish reporter", "the Scottish newspaper", "a
 * Kurdish journalist", "an Arab journalist", "a Catholic newspaper"):
 * CoNLL types these MISC, no fact.  A word in "-an" is one only after "a"
 * or "an" ("a Palestinian journalist"): after "the" it is a paper's name
 * ("the Guardian newspaper"), which "the" says is one. */
static const char *const people_endings[] = {
  "ish", "ese", "ic", "i", NULL,
};
static const char *const people_words[] = {
  "arab", "muslim", "welsh", "hindu", "sikh", "buddhist", "dutch", "french", "greek", "swiss",
  "thai", "czech", NULL,
};

static gboolean
is_people_word (const PrecisDocument *doc, guint32 i)
{
  const char *lower = doc->tokens[i].lower;
  gsize len = strlen (lower);

  if (precis_ner_word_in_list (people_words, lower) || precis_ner_word_ends_in_list (people_endings, lower))
    return TRUE;
  return len > 2 && strcmp (lower + len - 2, "an") == 0 && !precis_ner_token_is (doc, i - 1, "the") &&
         !precis_ner_token_is (doc, i - 1, "The");
}

/* Words that a name of media stands after. */
static const char *const openers[] = {
  "the", "a", "an", "'s", "\u2019s", NULL,
};

/* The most words of such a name ("BBC Radio 1", "The Smoking Gun"). */
#define MAX_WORDS 4

static gboolean
is_name_word (const PrecisToken *t)
{
  return precis_ner_shape_is_name (t->shape) && !(t->flags & PRECIS_TOKEN_STOPWORD) &&
         !precis_ner_is_calendar_word (t->lower) && !precis_ner_word_in_list (not_names, t->lower);
}

/* Whether the gazetteer knows tokens [first, end) of `doc`, or one of
 * them, as a place or a people's word ("Maputo", "Algerian"). */
static gboolean
is_place_or_people (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end)
{
  g_autofree char *text = precis_ner_tokens_text (doc, first, end);

  if (precis_ner_gazetteer_find (gazetteer, text) != NULL)
    return TRUE;
  for (guint32 k = first; k < end; k++)
    {
      g_autofree char *word = g_strndup (doc->text + doc->tokens[k].byte_start,
                                         doc->tokens[k].byte_end - doc->tokens[k].byte_start);

      if (precis_ner_gazetteer_find (gazetteer, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether the tagger read tokens [first, end) as no name, a name of no
 * fact (MISC: "the Herald", "Newsnight" as titles) or a part of one
 * organization ("Radio" of "Radio 4"), but not as the whole of one. */
static gboolean
is_unread (const guint8 *tags, guint32 first, guint32 end, gboolean work)
{
  gboolean some = FALSE, whole = precis_ner_tag_type (tags[first]) == PRECIS_NER_TYPE_ORG && precis_ner_tag_is_begin (tags[first]);

  /* "Sri Lanka's THE ISLAND newspaper": a name that runs on from before. */
  if (tags[first] != 0 && !precis_ner_tag_is_begin (tags[first]))
    return FALSE;

  for (guint32 k = first; k < end; k++)
    {
      PrecisNerType type = precis_ner_tag_type (tags[k]);

      if (type == PRECIS_NER_TYPE_PER || type == PRECIS_NER_TYPE_LOC)
        return FALSE;
      some = some || type == PRECIS_NER_TYPE_ORG;
      whole = whole && type == PRECIS_NER_TYPE_ORG && (k == first || !precis_ner_tag_is_begin (tags[k]));
    }
  return !whole && (some || !work);
}

/* Forms of "tell": what a speaker tells "the" capitalized is a paper, a
 * broadcaster or a body ("told the News of the World", "told the Commons",
 * CoNLL's "told the Sun", "told the High Court"). */
static const char *const tell[] = {
  "told", "tell", "tells", "telling", NULL,
};

/* The end of the name that opens at token `first` after "told the": its
 * capitalized words, with "of" or "of the" between two of them ("News of
 * the World"), up to a title ("told the BBC Mr Howard was") or a name the
 * tagger began there ("told the BBC Michael Howard"). */
static guint32
told_name_end (const PrecisDocument *doc, const guint8 *tags, guint32 first)
{
  guint32 end = first, sentence = doc->tokens[first].sentence;

  while (end < doc->n_tokens && doc->tokens[end].sentence == sentence && end - first < MAX_WORDS + 2)
    {
      guint32 next = end;
      PrecisNerType type;

      if (end > first && precis_ner_token_is (doc, end, "of"))
        next = end + 1 < doc->n_tokens && precis_ner_token_is (doc, end + 1, "the") ? end + 2 : end + 1;
      if (next >= doc->n_tokens || doc->tokens[next].sentence != sentence || !is_name_word (&doc->tokens[next]))
        break;
      type = precis_ner_tag_type (tags[next]);
      /* After "of" the tagger may have read a title's word ("World") as
       * one, but not a person or a place ("the Bank of England"). */
      if (next > first && (precis_ner_is_title_word (doc->tokens[next].lower) ||
                           (next == end && tags[next] != 0 && precis_ner_tag_is_begin (tags[next])) ||
                           type == PRECIS_NER_TYPE_PER || type == PRECIS_NER_TYPE_LOC))
        break;
      end = next + 1;
    }
  return end;
}

/* "MPs", "GPs": the plural of an abbreviation names people. */
static gboolean
is_plural_abbreviation (const PrecisDocument *doc, guint32 i)
{
  const char *text = doc->text + doc->tokens[i].byte_start;
  guint32 len = doc->tokens[i].byte_end - doc->tokens[i].byte_start;

  if (len < 3 || text[len - 1] != 's')
    return FALSE;
  for (guint32 k = 0; k + 1 < len; k++)
    if (!g_ascii_isupper (text[k]))
      return FALSE;
  return TRUE;
}

static void
tag_told (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, PrecisNerLowerWords *lower_words,
          guint8 *tags)
{
  for (guint32 i = 2; i < doc->n_tokens; i++)
    {
      guint32 first = i, end;

      /* The first byte before the call: most tokens are no "the". */
      if (doc->text[doc->tokens[i - 1].byte_start] != 't' || !precis_ner_token_is (doc, i - 1, "the") ||
          doc->tokens[i - 2].sentence != doc->tokens[i].sentence ||
          !precis_ner_token_is_lower_in_list (doc, i - 2, tell))
        continue;
      end = told_name_end (doc, tags, first);
      /* "told the Argentinian team": an adjective before its noun. */
      if (end < doc->n_tokens && doc->tokens[end].sentence == doc->tokens[first].sentence &&
          doc->tokens[end].shape == PRECIS_SHAPE_LOWER && !(doc->tokens[end].flags & PRECIS_TOKEN_STOPWORD))
        continue;
      if (end == first || precis_ner_is_title_word (doc->tokens[first].lower) ||
          (end - first == 1 && (is_people_word (doc, first) || is_plural_abbreviation (doc, first) ||
                                precis_ner_lower_words_contains (lower_words, doc->tokens[first].lower))) ||
          is_place_or_people (doc, gazetteer, first, end) || !is_unread (tags, first, end, FALSE))
        continue;
      for (guint32 k = first; k < end; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == first);
    }
}

void
precis_ner_tag_media (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, PrecisNerLowerWords *lower_words,
                      guint8 *tags)
{
  if (gazetteer == NULL || !precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 2; i < doc->n_tokens; i++)
    {
      const PrecisSentence *s = &doc->sentences[doc->tokens[i].sentence];
      guint32 first = i;
      gboolean work;

      /* The shape first: the lists are looked through for lower-case words only. */
      if (doc->tokens[i].shape != PRECIS_SHAPE_LOWER)
        continue;
      work = precis_ner_word_set_contains (&work_noun_set, work_nouns, doc->tokens[i].lower);
      if (!work && !precis_ner_word_set_contains (&media_noun_set, media_nouns, doc->tokens[i].lower))
        continue;
      /* "the Radio 4 programme": a number ends the name. */
      if (doc->tokens[first - 1].shape == PRECIS_SHAPE_NUMBER && first - 1 > s->first_token &&
          is_name_word (&doc->tokens[first - 2]))
        first--;
      while (first > s->first_token + 1 && i - first < MAX_WORDS && is_name_word (&doc->tokens[first - 1]))
        first--;
      if (first == i || doc->tokens[first].shape == PRECIS_SHAPE_NUMBER ||
          !precis_ner_word_in_list (openers, doc->tokens[first - 1].lower))
        continue;
      /* "Top of the Pops presenter": the end of a longer title. */
      if (first >= 3 && (precis_ner_token_is (doc, first - 2, "of") || precis_ner_token_is (doc, first - 2, "and")) &&
          is_name_word (&doc->tokens[first - 3]))
        continue;
      /* "the Palestinian newspaper Al-Quds", "Top of the Pops presenter
       * Fearne Cotton": the name is the one after the noun, and the words
       * before say what it is. */
      if (!work && i + 1 < doc->n_tokens && doc->tokens[i + 1].sentence == doc->tokens[i].sentence &&
          is_name_word (&doc->tokens[i + 1]))
        continue;
      if (i - first == 1 && is_people_word (doc, first))
        continue;
      if (is_place_or_people (doc, gazetteer, first, i))
        continue;
      /* "told The Observer newspaper": a capital "The" the tagger took in. */
      if (tags[first - 1] != 0 && precis_ner_token_is (doc, first - 1, "The"))
        first--;
      if (!is_unread (tags, first, i, work))
        continue;
      for (guint32 k = first; k < i; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == first);
    }
  tag_told (doc, gazetteer, lower_words, tags);
}
