/* ner-competition-runs.c — a competition's name run into the name after it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A results round-up pasted from the web loses the line break after each
 * league's heading, and a caption the one after its event: "... a
 * play-off spot Championship Watford (away to Brighton) will be promoted
 * if they win", "Conference Barnet (home to Gateshead)", "during day nine
 * of World Championships Stevens in action against O'Sullivan".  The
 * tagger reads the heading and the club, or the event and the player, as
 * one name, which became the club's or the player's fact.  The word that
 * ends a competition's name ("Championship", "Conference", "Cup") ends no
 * club's or person's name before another name the document writes alone
 * ("Watford", "Barnet", "Stevens"); names that go on after it are one
 * ("Conference Board", "Cup Winners' Cup"), as their rest is no name
 * alone.
 */
#include "ner-competition-runs.h"

#include "ner-word.h"

/* Words that end a competition's name ("the Championship", "the
 * Conference", "League One", "the FA Cup", "World Championships"). */
static const char *const competition_ends[] = {
  "Championship", "Championships", "Conference", "Premiership", "League", "Cup", "Trophy", "Open",
  NULL,
};

/* Words that may follow "League" in its name ("League One", "League
 * Two"). */
static const char *const league_numbers[] = { "One", "Two", NULL };

/* Whether a mention other than mention `self` of `mentions` has exactly
 * the words of tokens [`first`, `end`). */
static gboolean
named_alone (const PrecisDocument *doc, GArray *mentions, guint self, guint32 first, guint32 end)
{
  for (guint j = 0; j < mentions->len; j++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, j);

      if (j != self && o->end - o->first == end - first && precis_ner_same_words (doc, o->first, first, end - first))
        return TRUE;
    }
  return FALSE;
}

/* Where the competition's name ends in mention `m`: the token after its
 * last word, or `m`->first when it opens with none. */
static guint32
competition_end (const PrecisDocument *doc, const PrecisNerMention *m)
{
  guint32 cut = m->first;

  for (guint32 i = m->first; i + 1 < m->end; i++)
    if (doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_token_in_list (doc, i, competition_ends))
      cut = i + 1 + (precis_ner_token_is (doc, i, "League") && precis_ner_token_in_list (doc, i + 1, league_numbers));
  return cut;
}

void
precis_ner_split_competition_runs (const PrecisDocument *doc, GArray *mentions)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 cut;

      if (m->end - m->first < 2 || m->type > PRECIS_NER_TYPE_LOC)
        continue;
      cut = competition_end (doc, m);
      if (cut > m->first && cut < m->end && precis_ner_shape_is_name (doc->tokens[cut].shape) &&
          named_alone (doc, mentions, k, cut, m->end))
        m->first = cut;
    }
}
