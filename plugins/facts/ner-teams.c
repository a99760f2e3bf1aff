/* ner-teams.c — words around a name that say it names a sports team.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A club named after a place or a person ("Chelsea", "Everton") reads as a
 * first name or a surname to a tagger that has not seen it as a club: in
 * bbc-sport-101 "Manchester United reduced Chelsea's Premiership lead"
 * made Chelsea a person (issue 14).  No typed open list of clubs is packaged
 * in Debian, so the article's own words decide.  Only words that go with a
 * team and never with one athlete count: a player has a title, a lead and
 * a coach too ("Federer's lead", "beat Federer"), but no fans' stadium, no
 * manager of a squad and no league lead of his own.
 */
#include "ner-teams.h"

#include <string.h>

/* X's ___ and X ___ ("Chelsea's fans", "Everton manager David Moyes"). */
static const char *const team_nouns[] = {
  "manager", "boss", "chairman", "owner", "owners", "fans", "supporters", "stadium",
  "striker", "midfielder", "defender", "goalkeeper", "keeper", "academy", "youngsters", NULL,
};

/* X's <league> ___ ("Chelsea's Premiership lead", "United's Champions
 * League campaign"): a league's lead, title or campaign is a club's. */
static const char *const league_words[] = {
  "premiership", "league", "championship", "division", "bundesliga", "liga", "serie", "ligue",
  "eredivisie", NULL,
};
static const char *const league_nouns[] = {
  "lead", "title", "campaign", "leaders", "hopes", "survival", "status", "clash", "fixture", NULL,
};

/* ___ X, plural as British English writes a team: "leaders Chelsea",
 * "holders Liverpool", "hosts Everton". */
static const char *const team_descriptors[] = {
  "leaders", "champions", "holders", "hosts", "visitors", NULL,
};

static gboolean
is_one_of (const PrecisDocument *doc, guint32 i, guint32 end, const char *const *words)
{
  return i < end && precis_ner_word_in_list (words, doc->tokens[i].lower);
}

static gboolean
is_possessive (const PrecisDocument *doc, guint32 i, guint32 end)
{
  static const char *const marks[] = { "'s", "\u2019s", "'", "\u2019", NULL };

  return is_one_of (doc, i, end, marks);
}

gboolean
precis_ner_is_team_context (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, next = m->end;

  if (m->first > s->first_token && is_one_of (doc, m->first - 1, end, team_descriptors))
    return TRUE;
  if (is_possessive (doc, next, end))
    {
      next++;
      /* "Chelsea's Premiership lead", "United's Champions League campaign" */
      for (guint32 i = next; i < next + 2 && i < end; i++)
        if (is_one_of (doc, i, end, league_words))
          return is_one_of (doc, i + 1, end, league_nouns);
    }
  return is_one_of (doc, next, end, team_nouns);
}
