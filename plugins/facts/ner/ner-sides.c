/* ner-sides.c — the sides a sports report names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A club named after its town ("Leicester", "Granada") reads as the town,
 * one named after a place that is no town ("Port Vale", "Forest Green")
 * or a town the tagger never met ("Macclesfield") as a person (issue 14).
 * ner-teams.c reads the words that go with a team in any text ("Chelsea's
 * fans", "beat Norwich"); a sports report has many more that go with a
 * side and seldom with a town or a person, but which a town or a person
 * may have in other news ("the hands of", "coach", "from", "win over").
 * So the report as a whole is asked first: whether it writes the words
 * only sport writes.  Then, in it, those words are a side's.  Read folds
 * of CoNLL train and dev (gold): in the 31 documents with three such
 * words, the gazetteer's towns that are no nation are 60 organizations,
 * 2 people and 47 places: 24 datelines (a place line stays the place), 11
 * after "in" or "at" and 12 others ("the Rome club", "flown to Rio de
 * Janeiro"), none in a context read here.
 */
#include "ner-sides.h"

#include "ner-teams.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

/* Words of sport, written in lower case: three of them make a report a
 * sports report.  BBC dev's business, politics, tech and entertainment
 * articles (476 of those the scan reads) write two at most ("coach",
 * "football"); 58 of its 145 sports articles write three or more (a
 * rugby team's news may write none: "prop", "line-up" and "caps" are
 * other news's words too); a score and a competition count as well
 * (match_marks).  Read folds and dev of CoNLL: 47 documents
 * pass, every one of sport. */
static const char *const sports_words[] = {
  "goal", "goals", "striker", "strikers", "midfielder", "midfielders", "defender", "defenders",
  "goalkeeper", "goalkeepers", "relegation", "relegated", "play-off", "play-offs", "fixture",
  "fixtures", "premiership", "scored", "kick-off", "squad", "flanker", "fly-half", "scrum-half",
  "half-time", "full-time", "rugby", "football", "soccer", "footballer", "footballers", "winger",
  "unbeaten", "coach", "captain", "capt", "matches", "champions", "penalty", "clash", "referee",
  "full-back", "hamstring", "semi-final", "quarter-final", NULL,
};

/* The names a competition ends with ("Carling Cup", "Champions League",
 * "Primera Liga", "Serie A"), capitalized. */
static const char *const competitions[] = {
  "Cup", "League", "Premiership", "Liga", "Serie", "Bundesliga", NULL,
};

/* What a report of a match writes besides its words: a score ("5-1",
 * "6-3") and competitions' names.  A score counts as one more word of
 * sport, and so does each of two competitions' words ("Cup", "League"),
 * where the report writes one word of sport at least: a short report
 * writes few of them (bbc-sport-161, 1,000 characters: "coach" and
 * "champions" beside "Uefa Cup" and "Champions League"; bbc-sport-141
 * "captain" beside "Champions League" and "Carling Cup"), and a business
 * or a political story writes a score or a "League" seldom beside two
 * words of sport.  Scan of BBC dev and CNN/DM dev: BBC sports articles
 * passing 57 -> 81 of 145, others 1 of 476 (Arsenal's vice-chairman on
 * the club's finances); CNN/DM 46 -> 54 of 250, the 8 more all of
 * football, rugby, cricket, tennis or snooker.  Read folds and dev of
 * CoNLL: documents of sport 46 -> 86 of 268, others 1 of 422 (a squad's
 * news without its "SOCCER -" line). */
static guint
match_marks (const PrecisDocument *doc)
{
  gboolean score = FALSE;
  guint seen = 0, kinds = 0;  /* the competitions' words written: a bit each, and how many */

  for (guint32 i = 0; i < doc->n_tokens && !(score && kinds >= 2); i++)
    {
      score = score || precis_ner_token_score (doc, i, "-", NULL, NULL);
      if (doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED)
        continue;
      for (guint k = 0; competitions[k] != NULL; k++)
        if (!(seen & (1u << k)) && precis_ner_token_is (doc, i, competitions[k]))
          {
            seen |= 1u << k;
            kinds++;
          }
    }
  return (guint) score + MIN (kinds, 2);
}

gboolean
precis_ner_is_sports_report (const PrecisDocument *doc, PrecisNerLowerWords *lower_words)
{
  guint found = 0;

  if (!precis_ner_reads_as_english (doc))
    return FALSE;
  for (guint i = 0; sports_words[i] != NULL && found < 3; i++)
    found += precis_ner_lower_words_contains (lower_words, sports_words[i]);
  /* Cheap first: most news writes no word of sport at all. */
  return found >= 3 || (found > 0 && found + match_marks (doc) >= 3);
}

/* ___ X: the nouns of a side in a table or a season ("Premier League
 * strugglers Leicester", "Serie A newcomers Perugia"). */
static const char *const side_descriptors[] = {
  "strugglers", "newcomers", "outfit", "opponents", "giants", "minnows", "high-flyers", "runners-up",
  "newly-promoted", "newly-relegated", "pacesetters", "table-toppers", "winners", "finalists",
  "semi-finalists", NULL,
};

/* ___ of X: whose people a side has ("at the hands of Sevilla", "took
 * charge of Valencia", "the former managers of Newcastle"). */
static const char *const side_owners[] = {
  "hands", "charge", "manager", "managers", "coach", "boss", NULL,
};

/* ___ from X, ___ for X, ___ at X: a player's moves ("joined from Porto",
 * "signing for Valladolid", "a poor stint at Leeds"). */
static const char *const moves_from[] = {
  "joined", "signed", "bought", "recruited", "moved", "loan", "move", "transfer", "switch", NULL,
};
/* A ball moves from a player too ("the move from Gerrard", "as soon as
 * it arrived from Mario Balotelli"): for a name read as a person, a
 * signing only. */
static const char *const signed_from[] = { "joined", "signed", "bought", "recruited", NULL };
/* ___ (at|to|for) Y from X: a move from one side to another named
 * between ("since arriving at Liverpool from Valencia", "joined
 * Sunderland from Celtic", "a move to Atletico Madrid from Birmingham
 * City"); the ball arrives from a player with no side between ("as soon
 * as it arrived from Mario Balotelli"), so "arrived" only so. */
static const char *const moves_between[] = {
  "joined", "joining", "joins", "signed", "signing", "moved", "moving", "move", "transfer", "switch",
  "arrived", "arriving", "arrival", "returned", "returning", "return", NULL,
};
static const char *const move_links[] = { "at", "to", "for", NULL };

/* How many capitalized words the side between a move's verb and "from"
 * may have ("Atletico Madrid", "Wolverhampton Wanderers"). */
#define MAX_SIDE_WORDS 3

static const char *const moves_for[] = { "signing", "signs", "sign", "debut", NULL };
/* Not "contract at", "career at": as often a ground ("his contract at
 * White Hart Lane"). */
static const char *const spells_at[] = { "spell", "spells", "stint", "stints", "loan", NULL };
/* ___ for X: what a player does for his side ("set to return for West
 * Brom", "85 appearances for Valladolid"); not for a name read as a
 * person ("two goals for Rooney"). */
static const char *const done_for[] = {
  "return", "appearances", "appearance", "goals", "apps", NULL,
};

/* A result's nouns and verbs before "over", "against" or "by" and the
 * other side ("win over Granada", "defeat by Sevilla"): a player wins
 * over a rival too, so only a name read as a place.  Not "at": a side
 * wins at a ground as well as at a rival's ("a 3-0 win at El Madrigal"). */
static const char *const results[] = {
  "win", "wins", "won", "victory", "victories", "defeat", "defeats", "draw", "drew", "triumph",
  "loss", "lost", NULL,
};
static const char *const result_links[] = { "over", "against", "by", NULL };

/* X ___: a side's people and its post ("Valencia coach", "the Valencia
 * job", "Leicester duo Ollie Smith", "Leicester wing Austin Healey"). */
static const char *const side_nouns[] = {
  "coach", "job", "captain", "skipper", "wing", "winger", "forward", "duo", "trio", "team-mate",
  "team-mates", "teammate", "teammates", "full-back", "centre", "prop", "lock", "flanker",
  "fly-half", "scrum-half", "hooker", "loanee", "boss", "manager", "striker", "midfielder",
  "defender", "goalkeeper", "keeper", "chairman", "fans", "supporters", NULL,
};

/* X ___ ___: the sport before a side's post ("Wasps rugby director
 * Warren Gatland", "the Chelsea first-team coach"). */
static const char *const sports[] = { "rugby", "football", "first-team", NULL };
static const char *const sport_posts[] = { "director", "coach", "manager", "captain", NULL };

/* X ___ relegated: the auxiliaries between a side and its fate
 * ("Macclesfield will be relegated", "Burton have already been
 * promoted"). */
static const char *const auxiliaries[] = {
  "will", "can", "could", "would", "be", "been", "have", "has", "are", "were", "is", "was",
  "already", "now", "also", NULL,
};
static const char *const fates[] = { "relegated", "promoted", NULL };

/* X ___: what a side does in a report of a round ("Rotherham win",
 * "Leicester lose", "if Rochdale fail to win", "Celta Vigo travel to
 * Eibar", "Ulster were playing Gloucester", "Leinster are again
 * looking"): British English writes a team plural, a town or a person
 * singular ("London wins"), so only the plural form and a name read as a
 * place, which opens its clause: after a word in lower case the verb may
 * be a noun ("a third Six Nations win"). */
static const char *const side_verbs[] = {
  "win", "lose", "fail", "travel", "draw", "are", "were", "have", NULL,
};
static const char *const clause_openers[] = {
  "if", "and", "or", "but", "while", "when", "unless", "should", "as", "whether", NULL,
};

/* Whether token `i` lies in [first, end) and is one of `list` in lower
 * case. */
static gboolean
is_lower (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end, const char *const *list)
{
  return i >= first && i < end && precis_ner_token_is_lower_in_list (doc, i, list);
}

static gboolean
is_word (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end, const char *word)
{
  return i >= first && i < end && precis_ner_token_is (doc, i, word);
}

static gboolean
is_capitalized (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end)
{
  return i >= first && i < end && doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED;
}

/* "(home to Bolton)", "at home to Middlesbrough", "away to Fulham". */
static gboolean
follows_home_or_away (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end)
{
  static const char *const where[] = { "home", "away", NULL };

  return i >= first + 2 && is_word (doc, i - 1, first, end, "to") && is_lower (doc, i - 2, first, end, where);
}

/* "Bournemouth (home to Bolton, Monday)", "West Brom (home) - May 2". */
static gboolean
opens_home_or_away (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end)
{
  static const char *const where[] = { "home", "away", NULL };

  return is_word (doc, i, first, end, "(") && is_lower (doc, i + 1, first, end, where) &&
         (is_word (doc, i + 2, first, end, "to") || is_word (doc, i + 2, first, end, ")"));
}

/* Whether "(" at token `open` follows a player's name, an initial or a
 * given name and a surname ("O Barkley ("). */
static gboolean
follows_a_player (const PrecisDocument *doc, guint32 open, guint32 first, guint32 end)
{
  return open >= first + 2 && is_word (doc, open, first, end, "(") && is_capitalized (doc, open - 1, first, end) &&
         (is_capitalized (doc, open - 2, first, end) || doc->tokens[open - 2].shape == PRECIS_SHAPE_UPPER);
}

/* How far, in tokens, the next player of a team sheet is looked for. */
#define SHEET_WINDOW 8

/* "J Noon (Newcastle), O Barkley (Bath)": a player's club in brackets
 * after his name, in a team sheet: another player and his bracket near
 * it.  One bracket alone is a referee's county ("Ref: S Bennett (Kent)"). */
static gboolean
is_players_club (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  guint32 from, to;

  if (m->first < first + 3 || !follows_a_player (doc, m->first - 1, first, end) ||
      !is_word (doc, m->end, first, end, ")"))
    return FALSE;
  from = m->first > first + SHEET_WINDOW ? m->first - SHEET_WINDOW : first;
  to = MIN (end, m->end + SHEET_WINDOW);
  for (guint32 i = from; i < to; i++)
    if (i != m->first - 1 && follows_a_player (doc, i, first, end))
      return TRUE;
  return FALSE;
}

/* Whether `m` opens a clause: its sentence's first word, after a mark or
 * after a conjunction ("If Rotherham win", "and Norwich fail to win"). */
static gboolean
opens_clause (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  return m->first == first || doc->tokens[m->first - 1].shape == PRECIS_SHAPE_PUNCT ||
         is_lower (doc, m->first - 1, first, end, clause_openers);
}

static gboolean
is_possessive (const PrecisDocument *doc, guint32 i, guint32 end)
{
  return i < end && precis_ner_token_is_possessive_mark (doc, i);
}

/* X's ___: a side's matches and its season ("West Brom's home clash",
 * "Cordoba's survival hopes", "Madrid's 3-0 victory", "Wasps' try"),
 * the noun next: one word on is as often another thing's ("January
 * City's ageing squad", a caption's run-on made a second "City" club). */
static const char *const match_nouns[] = {
  "home", "away", "clash", "trip", "defeat", "defeats", "victory", "win", "draw", "game", "match",
  "fixture", "squad", "season", "relegation", "promotion", "survival", "title", "unbeaten", "try",
  "tries", "comeback", "pack", NULL,
};

/* "Lecce's 3-0 weekend defeat", "West Brom's 2-1 win", "West Brom's
 * home clash". */
static gboolean
owns_a_match (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end)
{
  return i + 1 < end && is_possessive (doc, i, end) &&
         (precis_ner_token_score (doc, i + 1, "-", NULL, NULL) || is_lower (doc, i + 1, first, end, match_nouns));
}

/* "Macclesfield will be relegated", "Burton have already been promoted". */
static gboolean
meets_its_fate (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end)
{
  guint32 k = i;

  while (k < end && k < i + 3 && is_lower (doc, k, first, end, auxiliaries))
    k++;
  return k > i && is_lower (doc, k, first, end, fates);
}

/* "arriving at Liverpool from Valencia": `from` at token `from`, a side
 * of up to MAX_SIDE_WORDS capitalized words before it, a link word or
 * none, and a move's verb.  A person read is a side so only after a
 * signing's verb ("joined Sunderland from Jozy Altidore" is no move of
 * Altidore's). */
static gboolean
moves_between_sides (const PrecisDocument *doc, guint32 from, guint32 first, guint32 end, gboolean person)
{
  guint32 k = from;

  if (!is_word (doc, from, first, end, "from"))
    return FALSE;
  while (k > first && from - k < MAX_SIDE_WORDS && is_capitalized (doc, k - 1, first, end))
    k--;
  if (k == from || k == first)
    return FALSE;
  if (is_lower (doc, k - 1, first, end, move_links))
    k--;
  return k > first && is_lower (doc, k - 1, first, end, person ? signed_from : moves_between);
}

/* The words before `m` in its sentence [first, end) that make it a side. */
static gboolean
side_before (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end, gboolean person)
{
  guint32 i = m->first;
  const char *prev;

  if (i <= first)
    return FALSE;
  if (follows_home_or_away (doc, i, first, end))
    return TRUE;
  prev = doc->tokens[i - 1].lower;
  /* "eventual winners Wasps"; not players named in a row ("former
   * winners Tiger Woods and Phil Mickelson"). */
  if (doc->tokens[i - 1].shape == PRECIS_SHAPE_LOWER &&
      (g_str_has_suffix (prev, "-placed") || precis_ner_word_in_list (side_descriptors, prev)) &&
      !(person && (is_word (doc, m->end, first, end, "and") || is_word (doc, m->end, first, end, ","))))
    return TRUE;
  if (i < first + 2)
    return FALSE;
  if (is_word (doc, i - 1, first, end, "of") && is_lower (doc, i - 2, first, end, side_owners))
    return TRUE;
  if ((is_word (doc, i - 1, first, end, "from") && is_lower (doc, i - 2, first, end, person ? signed_from : moves_from)) ||
      moves_between_sides (doc, i - 1, first, end, person) ||
      (is_word (doc, i - 1, first, end, "for") && is_lower (doc, i - 2, first, end, moves_for)) ||
      (is_word (doc, i - 1, first, end, "at") && is_lower (doc, i - 2, first, end, spells_at)) ||
      (!person && is_word (doc, i - 1, first, end, "for") && is_lower (doc, i - 2, first, end, done_for)))
    return TRUE;
  return !person && is_lower (doc, i - 1, first, end, result_links) && is_lower (doc, i - 2, first, end, results);
}

gboolean
precis_ner_is_report_side (const PrecisDocument *doc, const PrecisNerMention *m, gboolean person)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens, next = m->end;

  /* "at home to David Moyes' Real Sociedad": the side is the name the
   * possessive goes with. */
  if (is_possessive (doc, next, end))
    return !person && owns_a_match (doc, next, first, end);
  if (side_before (doc, m, first, end, person))
    return TRUE;
  if (opens_home_or_away (doc, next, first, end) || meets_its_fate (doc, next, first, end) ||
      is_lower (doc, next, first, end, side_nouns) ||
      (is_lower (doc, next, first, end, sports) && is_lower (doc, next + 1, first, end, sport_posts)))
    return TRUE;
  if (person)
    return FALSE;
  return is_players_club (doc, m, first, end) ||
         (is_lower (doc, next, first, end, side_verbs) && opens_clause (doc, m, first, end));
}
