/* ner-awards.c — names of prizes and events.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Prizes, award categories, cups, festivals and championships are named
 * like organizations or people ("Golden Osella", "Best Solo Female",
 * "Grammy"), and the tagger, trained on 1996 news with few of them, reads
 * them so; CoNLL calls them MISC, which is no fact.  Three things give
 * them away:
 *  - the name's last word, a noun that ends the names of prizes and events
 *    and never a person's ("Academy Award", "Venice Film Festival", "FA
 *    Cup"; in CoNLL train "Cup", "Open", "Prix", "Championship", "Rally"
 *    and "Classic" end only MISC names; "League" a competition's only
 *    with a word saying which);
 *  - "Best" opening a name: an award's category ("Best Urban Act");
 *  - the words around it: what is won or nominated for ("won the Golden
 *    Osella", "nominations for Best Solo Female"), or a one-word name
 *    before "award" or "nominations" ("Grammy nominations").
 */
#include "ner-awards.h"

#include "ner-word.h"

#include <string.h>

static const char *const event_heads[] = {
  "award", "awards", "prize", "prizes", "trophy", "medal", "cup", "open", "championship",
  "championships", "olympics", "festival", "marathon", "ceremony", "rally", "classic", "prix",
  "show", "tournament", "league", "series", "bowl", "challenge", "convention", "treaty",
  /* British papers capitalize a vote ("the General Election", "the European Elections"), and the
   * tagger reads a body: CoNLL train and dev end one name so, a body's before "of" ("Lebanese
   * Association for the Democracy of Elections"), which the head before "of" keeps */
  "election", "elections", "referendum",
  /* "the 14th Adam Smith Lecture", "the Reith Lectures": a yearly talk named after a person, who
   * keeps their own mentions (ner-entities.c, named_after_person); CoNLL train and dev end no name
   * so */
  "lecture", "lectures", NULL,
};

/* Heads that end an event's name only after "the" ("the Athens Games",
 * "at the Winter Olympic Games"); without it, a horse's or a firm's
 * ("favourite Mind Games", CoNLL train's PER; "Rockstar Games"). */
static const char *const heads_after_the[] = {
  "games", NULL,
};

/* Nations counted are a competition among them ("Six Nations", "Tri
 * Nations"; CoNLL train's "Five Nations" is MISC); nations named are a
 * body ("United Nations", "First Nations"). */
static const char *const counts[] = {
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "tri", NULL,
};

/* Lower-case words after a one-word name that make it a prize ("Grammy
 * nominations"; a party's nomination has a longer name, "the Reform Party
 * nomination"). */
static const char *const prize_after[] = {
  "award", "awards", "nomination", "nominations", "ceremony", "prize", NULL,
};

/* Lower-case words after a competition's name that say it is one ("the
 * Six Nations title", "the Ashes opener"): read folds of CoNLL train and
 * dev, 13 names before them, all MISC (clubs take "'s" first: "Chelsea's
 * title"). */
static const char *const event_after[] = {
  "title", "crown", "tournament", "opener", NULL,
};

static const char *const winning[] = {
  "won", "win", "wins", "winning", NULL,
};

static const char *const articles[] = {
  "the", "an", "a", NULL,
};

static const char *const nominating[] = {
  "nominated", "nomination", "nominations", "shortlisted", NULL,
};

/* A league is a competition when its name says which ("Premier League",
 * "American League", "European Champions ' League": CoNLL train's 32
 * MISC leagues); without such a word it is a body (its 5 ORG: "Awami
 * League", "Pakistan Muslim League", "Northern League"...; "Arab League"). */
static const char *const competition_words[] = {
  "premier", "super", "major", "minor", "champions", "national", "american", "football",
  "rugby", "baseball", "basketball", "hockey", "soccer", "cricket", "county", "nations",
  "conference", "division", "youth", "amateur", "professional", "europa", NULL,
};

static gboolean
is_competition_league (const PrecisDocument *doc, const PrecisNerMention *m)
{
  for (guint32 i = m->first; i + 1 < m->end; i++)
    if (precis_ner_word_in_list (competition_words, doc->tokens[i].lower))
      return TRUE;
  return FALSE;
}

static gboolean
is_counted_nations (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return m->end - m->first >= 2 && strcmp (doc->tokens[m->end - 1].lower, "nations") == 0 &&
         precis_ner_word_in_list (counts, doc->tokens[m->end - 2].lower);
}

static gboolean
is_word (const PrecisDocument *doc, guint32 i, const char *const *words)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_LOWER && precis_ner_word_in_list (words, doc->tokens[i].lower);
}

/* The noun that says what a name is: its last word, or the word before
 * its "of" or "on" ("Convention on Human Rights", "Festival of Britain"). */
static guint32
head_of (const PrecisDocument *doc, const PrecisNerMention *m)
{
  for (guint32 i = m->first + 1; i + 1 < m->end; i++)
    if (doc->tokens[i].shape == PRECIS_SHAPE_LOWER &&
        (strcmp (doc->tokens[i].lower, "of") == 0 || strcmp (doc->tokens[i].lower, "on") == 0))
      return i - 1;
  return m->end - 1;
}

gboolean
precis_ner_is_award_or_event (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = s->first_token + s->n_tokens;

  guint32 head = head_of (doc, m);

  if (m->end - m->first >= 2 && strcmp (doc->tokens[head].lower, "league") == 0 &&
      (head + 1 < m->end || !is_competition_league (doc, m)))
    return FALSE;
  if (m->end - m->first >= 2 && precis_ner_word_in_list (heads_after_the, doc->tokens[head].lower) &&
      (precis_ner_token_is (doc, m->first, "The") ||
       (m->first > first && strcmp (doc->tokens[m->first - 1].lower, "the") == 0)))
    return TRUE;
  if (m->end - m->first >= 2 && (precis_ner_word_in_list (event_heads, doc->tokens[head].lower) ||
                                 strcmp (doc->tokens[m->first].lower, "best") == 0))
    return TRUE;
  if (is_counted_nations (doc, m))
    return TRUE;
  if (m->end - m->first == 1 && m->end < end && is_word (doc, m->end, prize_after))
    return TRUE;
  if (m->end < end && is_word (doc, m->end, event_after))
    return TRUE;
  /* "won the X" */
  return m->first >= first + 2 && is_word (doc, m->first - 1, articles) && is_word (doc, m->first - 2, winning);
}

gboolean
precis_ner_is_nominated_for (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];

  return m->first >= s->first_token + 2 && strcmp (doc->tokens[m->first - 1].lower, "for") == 0 &&
         is_word (doc, m->first - 2, nominating);
}
