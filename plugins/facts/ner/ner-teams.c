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
#include "ner-word-set.h"

#include <string.h>

/* X's ___ and X ___ ("Chelsea's fans", "Everton manager David Moyes"). */
static const char *const team_nouns[] = {
  "manager", "boss", "chairman", "owner", "owners", "fans", "supporters", "stadium",
  "striker", "midfielder", "defender", "goalkeeper", "keeper", "academy", "youngsters", NULL,
};
static PrecisNerWordSet team_nouns_set;

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
 * "holders Liverpool", "hosts Everton"; and the nouns for a club ("league
 * champions Porto", "serie B club Pescara", "Dutch side Ajax", "local
 * rivals Sampdoria", "Cup hopefuls Parma").  CoNLL train: after these
 * words 41 organizations, 2 places that are not nations, 2 people. */
static const char *const team_descriptors[] = {
  "leaders", "champions", "holders", "hosts", "visitors", "club", "side", "rivals", "hopefuls", NULL,
};
static PrecisNerWordSet team_descriptors_set;

/* team ___ X: whom a team plays is a team ("Arteta's team face Chelsea on
 * Saturday", "the side beat Everton"). */
static const char *const team_subjects[] = { "team", "side", "squad", NULL };
static const char *const match_verbs[] = {
  "face", "faces", "play", "plays", "meet", "meets", "host", "hosts", "visit", "visits", "beat",
  "beats", NULL,
};

static gboolean
is_one_of (const PrecisDocument *doc, guint32 i, guint32 end, const char *const *words)
{
  return i < end && precis_ner_word_in_list (words, doc->tokens[i].lower);
}

/* The same, by hash: the lists asked of every name. */
static gboolean
is_in_set (const PrecisDocument *doc, guint32 i, guint32 end, PrecisNerWordSet *set, const char *const *words)
{
  return i < end && precis_ner_word_set_contains (set, words, doc->tokens[i].lower);
}

static gboolean
is_possessive (const PrecisDocument *doc, guint32 i, guint32 end)
{
  return i < end && precis_ner_token_is_possessive_mark (doc, i);
}

gboolean
precis_ner_is_team_context (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, next = m->end;

  if (m->first > s->first_token && is_in_set (doc, m->first - 1, end, &team_descriptors_set, team_descriptors))
    return TRUE;
  if (m->first >= s->first_token + 2 && precis_ner_token_is_lower_in_list (doc, m->first - 1, match_verbs) &&
      precis_ner_token_is_lower_in_list (doc, m->first - 2, team_subjects))
    return TRUE;
  if (is_possessive (doc, next, end))
    {
      next++;
      /* "Chelsea's Premiership lead", "United's Champions League campaign" */
      for (guint32 i = next; i < next + 2 && i < end; i++)
        if (is_one_of (doc, i, end, league_words))
          return is_one_of (doc, i + 1, end, league_nouns);
    }
  return is_in_set (doc, next, end, &team_nouns_set, team_nouns);
}

/* the X ___: a team's people after "the" and its name ("the London Wasps
 * captain", "the Chelsea defender"), which never stands before a
 * person's name.  Read folds of CoNLL train and dev: 17 names so, 6
 * organizations, 4 places, 7 nationalities, no person. */
static const char *const team_roles[] = {
  "manager", "boss", "chairman", "owner", "owners", "fans", "supporters", "striker",
  "midfielder", "defender", "goalkeeper", "keeper", "captain", "coach", "skipper", "player",
  "players", "winger", "forward", "flanker", "fly-half", "scrum-half", "full-back", "hooker", NULL,
};

gboolean
precis_ner_is_the_team_role (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens;

  return precis_ner_reads_as_english (doc) && m->first > s->first_token && m->end < end &&
         strcmp (doc->tokens[m->first - 1].lower, "the") == 0 && precis_ner_token_is_lower_in_list (doc, m->end, team_roles);
}

/* ___ X: what a player joins, plays for or returns to is a club ("The
 * flanker returned to Wasps", "Haskell first joined Wasps in 2002").  Read
 * folds of CoNLL train and dev: after these, 9 organizations, 5 places
 * (the tagger reads those as places: "returned to Bonn"), 2 MISC and 3
 * people, each of two words ("joined Mickey Cochrane"); the rule asks of
 * one-word names read as a person only. */
static const char *const club_verbs[] = {
  "joined", "rejoined", "joins", "play", "plays", "played", "playing", "signed", "returned",
  "returning", NULL,
};

gboolean
precis_ner_follows_club_verb (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 verb = m->first - 1;
  const char *particle = NULL;

  if (!precis_ner_reads_as_english (doc) || m->first <= s->first_token)
    return FALSE;
  if (precis_ner_token_is (doc, verb, "for") || precis_ner_token_is (doc, verb, "to"))
    {
      particle = doc->tokens[verb].lower;
      if (verb <= s->first_token)
        return FALSE;
      verb--;
    }
  if (!precis_ner_token_is_lower_in_list (doc, verb, club_verbs))
    return FALSE;
  /* "joined Wasps", "played for Nice", "signed for Celtic", "returned to Wasps". */
  if (particle == NULL)
    return g_str_has_prefix (doc->tokens[verb].lower, "join") || g_str_has_prefix (doc->tokens[verb].lower, "rejoin");
  if (strcmp (particle, "for") == 0)
    return g_str_has_prefix (doc->tokens[verb].lower, "play") || strcmp (doc->tokens[verb].lower, "signed") == 0;
  return g_str_has_prefix (doc->tokens[verb].lower, "return");
}

/* A town has a stadium of its own ("the Heysel stadium"): for a name read
 * as a place, the other words only. */
gboolean
precis_ner_is_club_context (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 next = m->end;

  if (next < s->first_token + s->n_tokens && strcmp (doc->tokens[next].lower, "stadium") == 0)
    return FALSE;
  return precis_ner_is_team_context (doc, m);
}

/* "Cannes 0 Monaco 2", "Parma 3 2 1 0 5 2 7": a name followed by a score
 * or a count (at most three digits: not a dateline's "1996-08-28") in a
 * line with no word in lower case, a results line or a standings row.
 * CoNLL train: names in that place that are not countries are 2,135
 * organizations, 237 people (scorers: "M. Lathwell 85") and 16 places
 * (seven "England", nine towns of a market report before their prices). */
gboolean
precis_ner_is_results_entry (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens;
  const PrecisToken *next = m->end < end ? &doc->tokens[m->end] : NULL;

  if (next == NULL || next->shape != PRECIS_SHAPE_NUMBER || next->byte_end - next->byte_start > 3)
    return FALSE;
  for (guint32 t = next->byte_start; t < next->byte_end; t++)
    if (!g_ascii_isdigit (doc->text[t]))
      return FALSE;
  for (guint32 i = s->first_token; i < end; i++)
    if (doc->tokens[i].shape == PRECIS_SHAPE_LOWER)
      return FALSE;
  return TRUE;
}

/* England, Scotland, Wales and Northern Ireland field national teams as
 * countries do, though ISO 3166 lists them as subdivisions: their teams
 * stay places (as CoNLL types a national side: "England 326"); so in
 * German ("gegen Schottland"). */
gboolean
precis_ner_is_home_nation (const char *name)
{
  static const char *const nations[] = {
    "england", "scotland", "wales", "northern ireland", "schottland", "nordirland", NULL,
  };

  for (guint i = 0; nations[i]; i++)
    if (g_ascii_strcasecmp (nations[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_versus (const PrecisToken *token)
{
  static const char *const versus[] = { "v", "v.", "vs", "vs.", "versus", NULL };

  return precis_ner_word_in_list (versus, token->lower);
}

static gboolean
is_name_word (const PrecisToken *token)
{
  return token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER;
}

/* "Swansea v Lincoln", "Shrewsbury v Brentford": one side of a fixture.
 * CoNLL train: one-word names beside "v" or "vs" that are not countries
 * are 109 organizations, 10 places and no person (players meet "v" with
 * their full names: "Jonas Bjorkman ( Sweden ) vs. Byron Black"). */
gboolean
precis_ner_is_fixture_side (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens;

  if (m->end + 1 < end && is_versus (&doc->tokens[m->end]) && is_name_word (&doc->tokens[m->end + 1]))
    return TRUE;
  return m->first >= first + 2 && is_versus (&doc->tokens[m->first - 1]) &&
         is_name_word (&doc->tokens[m->first - 2]);
}

gboolean
precis_ner_token_score (const PrecisDocument *doc, guint32 i, const char *separators, guint *left,
                        guint *right)
{
  const char *p = doc->text + doc->tokens[i].byte_start, *q = doc->text + doc->tokens[i].byte_end;
  guint sides[2] = { 0, 0 };

  for (guint side = 0; side < 2; side++)
    {
      guint digits = 0;

      if (side == 1 && (p == q || *p == '\0' || strchr (separators, *p++) == NULL))
        return FALSE;
      for (; p < q && g_ascii_isdigit (*p); p++, digits++)
        sides[side] = sides[side] * 10 + (guint) (*p - '0');
      if (digits == 0 || digits > 2)
        return FALSE;
    }
  if (p != q)
    return FALSE;
  if (left != NULL)
    *left = sides[0];
  if (right != NULL)
    *right = sides[1];
  return TRUE;
}

/* "2-1", "3-0": a match's score ("1996-08-28" and "7-6(5)" are no such
 * token). */
static gboolean
is_score (const PrecisDocument *doc, guint32 i, guint32 end)
{
  return i < end && precis_ner_token_score (doc, i, "-", NULL, NULL);
}

/* The verbs of a result between its two sides ("Celtic beat Rangers 2-1",
 * "Utrecht drew with Vitesse 1-1"). */
static const char *const result_verbs[] = {
  "beat", "beats", "defeated", "drew", "held", "thrashed", "crushed", "edged", "routed",
  "overcame", "upstaged", "trounced", "hammered", "stunned", "downed", "humbled", NULL,
};
static PrecisNerWordSet result_verbs_set;

/* "a 3-1 win over Cesena", "lost 3-1 to Cesena": the nouns and verbs
 * before a score, the prepositions after it that name the other side. */
static const char *const result_nouns[] = { "win", "victory", "defeat", "loss", "draw", NULL };
static const char *const score_verbs[] = { "lost", "won", "drew", "fell", "beaten", "losing", "winning", NULL };
static const char *const result_links[] = { "over", "against", "to", "with", NULL };

/* The capitalized words that end just before token `end`: the side
 * named before a result's verb ("Newcastle drew"); [end, end) if none. */
static void
name_before (const PrecisDocument *doc, guint32 first, guint32 end, guint32 *rival_first)
{
  guint32 i = end;

  while (i > first && is_name_word (&doc->tokens[i - 1]))
    i--;
  *rival_first = i;
}

/* "Celtic beat Rangers 2-1", "Utrecht drew with Vitesse 1-1", "lost 3-1
 * to Cesena", "a 2-0 win over Empoli": one side of a result told in prose.
 * CoNLL train: names there that are not countries are 31 organizations,
 * 5 places (Seattle and the home nations, as CoNLL types them), 5 people
 * (cyclists, a tennis player), so only a name read as a place is asked.
 * The other side, when the sentence names it, is [*rival_first,
 * *rival_end) ("Newcastle" for "Fulham" in "Newcastle drew 1-1 with
 * Fulham"); empty when it does not ("a 2-0 win over Empoli"). */
gboolean
precis_ner_prose_result_rival (const PrecisDocument *doc, const PrecisNerMention *m,
                               guint32 *rival_first, guint32 *rival_end)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens, i = m->end;

  *rival_first = *rival_end = m->first;
  /* Before the verb: "Celtic beat Rangers 2-1". */
  if (is_in_set (doc, i, end, &result_verbs_set, result_verbs))
    {
      i++;
      if (is_one_of (doc, i, end, result_links))
        i++;
      if (i >= end || !is_name_word (&doc->tokens[i]))
        return FALSE;
      *rival_first = i;
      while (i < end && is_name_word (&doc->tokens[i]))
        i++;
      *rival_end = i;
      return is_score (doc, i, end);
    }
  /* After it: "beat Rangers 2-1", "drew with Vitesse 1-1". */
  if (is_score (doc, m->end, end) && m->first > first)
    {
      i = m->first - 1;
      if (is_one_of (doc, i, end, result_links) && i > first)
        i--;
      if (!is_in_set (doc, i, end, &result_verbs_set, result_verbs))
        return FALSE;
      name_before (doc, first, i, rival_first);
      *rival_end = i;
      return TRUE;
    }
  /* After the score: "lost 3-1 to Cesena", "lost their opening cup match
   * 3-0 to Palermo", "a 2-0 win over Empoli" (not a court's "ruled 5-4
   * against Texas"). */
  if (m->first < first + 3 || !is_one_of (doc, m->first - 1, end, result_links))
    return FALSE;
  i = m->first - 2;
  if (is_one_of (doc, i, end, result_nouns))
    return is_score (doc, i - 1, end);
  if (!is_score (doc, i, end))
    return FALSE;
  for (guint32 j = i; j-- > first && j + 6 > i;)
    if (is_one_of (doc, j, end, score_verbs))
      {
        name_before (doc, first, j, rival_first);
        *rival_end = j;
        return TRUE;
      }
  return FALSE;
}

/* "after beating Norwich", "Chelsea beat Coventry": whom a side beats is
 * a side, with no score in the sentence too.  Read folds of CoNLL train
 * and dev: after "beat", "beating", "defeated", 30 organizations and no
 * place that is no nation; the rule asks of a name read as a place (a
 * player beats people). */
static const char *const beating_verbs[] = {
  "beat", "beats", "beating", "defeated", "defeating", NULL,
};

gboolean
precis_ner_follows_beating (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];

  return precis_ner_reads_as_english (doc) && m->first > s->first_token &&
         precis_ner_token_is_lower_in_list (doc, m->first - 1, beating_verbs);
}

gboolean
precis_ner_is_prose_result_side (const PrecisDocument *doc, const PrecisNerMention *m)
{
  guint32 rival_first, rival_end;

  return precis_ner_prose_result_rival (doc, m, &rival_first, &rival_end);
}

/* "Casino Graz ( Austria ) v Ekeren", "Lyngby ( Denmark ) v x-Club Brugge
 * ( Belgium )": a side of a fixture written with "v", the country in
 * brackets or not.  CoNLL train: names of two words or more beside "v"
 * are 33 organizations, 2 places (Sri Lanka) and no person; beside "vs."
 * 103 people (tennis draws), so "vs." is no evidence here. */
gboolean
precis_ner_is_club_fixture_side (const PrecisDocument *doc, const PrecisNerMention *m)
{
  static const char *const v[] = { "v", "v.", NULL };
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens, i = m->end;

  /* After the name: its country's bracket, then "v" and a name. */
  if (i < end && precis_ner_token_is (doc, i, "("))
    for (guint32 k = i + 1; k < end && k < i + 6; k++)
      if (precis_ner_token_is (doc, k, ")"))
        {
          i = k + 1;
          break;
        }
  if (i + 1 < end && is_one_of (doc, i, end, v) && doc->tokens[i + 1].shape != PRECIS_SHAPE_PUNCT)
    return TRUE;
  /* Before it: "v" after a name or its country's bracket. */
  return m->first >= first + 2 && is_one_of (doc, m->first - 1, end, v) &&
         (doc->tokens[m->first - 2].shape != PRECIS_SHAPE_PUNCT || precis_ner_token_is (doc, m->first - 2, ")"));
}

/* A word of a club's name: capitalized, or the number of "Schalke 04",
 * "1860 München", "1. FC Köln" (digits, one to four, an ordinal's dot). */
static gboolean
is_club_name_word (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *p = doc->text + t->byte_start, *q = doc->text + t->byte_end;
  guint digits = 0;

  if (is_name_word (t))
    return TRUE;
  for (; p < q && g_ascii_isdigit (*p); p++)
    digits++;
  return digits > 0 && digits <= 4 && (p == q || (*p == '.' && p + 1 == q));
}

/* A match's score with a colon or a dash: "2:1", "2-1". */
static gboolean
is_result_score (const PrecisDocument *doc, guint32 i, guint32 end)
{
  return i < end && precis_ner_token_score (doc, i, ":-", NULL, NULL);
}

/* "Mainz - Wolfsburg 2:1 (1:0)", "VfB Stuttgart - 1. FC Nürnberg 3:0",
 * "Schalke 04 - Bayern München 1:1": one side of a result as German and
 * Austrian reports write it, the two sides between dashes and the score
 * after them, several a line.  CoNLL German dev (gold): the sides of such
 * results are 217 organizations, 4 places (national sides) and 1 of both;
 * GermEval has no such line. */
gboolean
precis_ner_is_dash_result_side (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens, i = m->end, k;

  /* The first side: the rest of its name, a dash, the other side, the score. */
  while (i < end && i < m->end + 2 && is_club_name_word (doc, i))
    i++;
  if (i + 2 < end && precis_ner_token_is_dash (doc, i) && is_club_name_word (doc, i + 1))
    {
      for (k = i + 1; k < end && k < i + 7 && is_club_name_word (doc, k); k++)
        ;
      if (is_result_score (doc, k, end))
        return TRUE;
    }
  /* The second side: the rest of its name, then the score; a dash before
   * its name and a side before the dash. */
  for (i = m->end; i < end && i < m->end + 2 && is_club_name_word (doc, i); i++)
    ;
  if (!is_result_score (doc, i, end))
    return FALSE;
  for (k = m->first; k > first && k + 3 > m->first && !precis_ner_token_is_dash (doc, k - 1) && is_club_name_word (doc, k - 1); k--)
    ;
  return k >= first + 2 && precis_ner_token_is_dash (doc, k - 1) && is_club_name_word (doc, k - 2);
}

/* "Lada Togliatti 1 Spartak Moscow 1", "Melrose 107 Stirling County 10",
 * "Tekstilshchik Kamyshin 25 3 9 13 15 30 18": one side of a line that is
 * two names and their scores, or the name that opens a row of at least
 * five counts and nothing else.  Read folds 1, 2, 4, 5, 7 and dev (gold):
 * the names of such results lines are 652 organizations and nothing else;
 * of such standings rows 520 organizations and 4 nations, no person (a
 * player's row has his country, a time, an average or a bracket). */
gboolean
precis_ner_is_table_side (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens, counts = 0, scores = 0, middle = 0;

  if (m->end >= end)
    return FALSE;
  if (m->first == first)
    {
      for (guint32 i = m->end; i < end && precis_ner_token_is_small_number (doc, i, 3); i++)
        counts++;
      if (counts >= 5 && m->end + counts == end)
        return TRUE;
    }
  /* Two names, each followed by its score, the line's only numbers. */
  if (!precis_ner_token_is_small_number (doc, end - 1, 3))
    return FALSE;
  for (guint32 i = first; i < end; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (t->shape == PRECIS_SHAPE_LOWER)
        return FALSE;
      if (t->shape == PRECIS_SHAPE_NUMBER || t->shape == PRECIS_SHAPE_ALNUM)
        {
          if (!precis_ner_token_is_small_number (doc, i, 3))
            return FALSE;
          scores++;
          if (i + 1 < end)
            middle = i;
        }
    }
  if (scores != 2 || middle == first || middle + 2 >= end)
    return FALSE;
  return (m->first == first && m->end == middle) || (m->first == middle + 1 && m->end == end - 1);
}
