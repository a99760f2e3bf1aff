/* news-spans.c — where a name starts and ends in running news text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a cause found reading the facts of CNN/Daily Mail and BBC
 * dev articles (issue 14), written as a paragraph of its own: the real
 * plugin and the shipped data, the facts a reader sees and the words each
 * one points at.
 */
#include <string.h>

#include "facts-fixture.h"

/* The fact of `kind` named `value`, or NULL. */
static const PrecisFact *
find_fact (GArray *facts, PrecisFactKind kind, const char *value)
{
  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *f = &g_array_index (facts, PrecisFact, i);

      if (f->kind == kind && strcmp (f->value, value) == 0)
        return f;
    }
  return NULL;
}

/* The words mention `k` of `fact` points at in `text` (ASCII text: code
 * points are bytes). */
static char *
mention_text (const char *text, const PrecisFact *fact, guint k)
{
  const PrecisSpan *span = &g_array_index (fact->mentions, PrecisSpan, k);

  return g_strndup (text + span->start, span->end - span->start);
}

/* "London-based travel agent": the tokens keep the hyphenated word whole
 * (as CoNLL-2003 does), so the tagger never saw the place in it.  The
 * place is a fact pointing at its own letters; a people's adjective
 * ("British-born") names no place; a place named again joins its fact. */
static void
test_place_in_hyphenated_word (void)
{
  static const char text[] =
    "Jet plans share sale\n\n"
    "Jet, which was founded by London-based travel agent Naresh Goyal, plans to sell shares. "
    "The Paris-based firm Alcatel wants a stake, and so does a New York-based fund. "
    "The British-born chairman said the Sydney-listed miner would open an office in Sydney.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);
  const PrecisFact *london = find_fact (facts, PRECIS_FACT_PLACE, "London");
  const PrecisFact *sydney = find_fact (facts, PRECIS_FACT_PLACE, "Sydney");
  g_autofree char *london_words = NULL;
  g_autofree char *sydney_words = NULL;

  g_assert_nonnull (london);
  g_assert_cmpuint (london->mentions->len, ==, 1);
  london_words = mention_text (text, london, 0);
  g_assert_cmpstr (london_words, ==, "London");
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Paris"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "New York"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "United Kingdom"), ==, 0);
  g_assert_nonnull (sydney);
  g_assert_cmpuint (sydney->mentions->len, ==, 2);
  sydney_words = mention_text (text, sydney, 0);
  g_assert_cmpstr (sydney_words, ==, "Sydney");
  g_assert_cmpuint (g_array_index (sydney->mentions, PrecisSpan, 0).start, <,
                    g_array_index (sydney->mentions, PrecisSpan, 1).start);
}

/* "one of Bournemouth or Middlesbrough lose", "in action for Derby
 * against Norwich": two clubs joined by a word that sets them side by
 * side, read by the tagger as one name, are two. */
static void
test_names_set_side_by_side (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "Watford can be promoted if they win and one of Bournemouth or Middlesbrough lose and Norwich "
    "fail to win. Alberto Bueno (left) in action for Derby against Norwich during his unsuccessful "
    "spell with the club.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bournemouth or Middlesbrough"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Derby against Norwich"), ==, 0);
  /* Clubs or towns: the tagger's reading, not this rule's. */
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bournemouth") +
                    facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bournemouth"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Middlesbrough") +
                    facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Middlesbrough"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Norwich") +
                    facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Norwich"), ==, 1);
}

/* A caption pasted in without its full stop runs the last name of one
 * sentence into the first of the next: "at White Hart Lane Sherwood
 * (right) sits", "Athletic Bilbao Aritz Aduriz scored".  Each part is
 * named alone elsewhere, the run never is; a family's surname shared
 * ("Nicole Randock (centre)" beside "Alexis Randock") and a place before
 * a club ("Manchester City") are no runs. */
static void
test_caption_runs (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "Tim Sherwood has urged Aston Villa to man up before their clash with QPR. Tim Sherwood (from "
    "left to right), Les Ferdinand and Chris Ramsey during their time at White Hart Lane Sherwood "
    "(right) sits on the bench with Tottenham Hotspur staff Ferdinand (centre) and Ramsey (left) "
    "Tottenham striker Emmanuel Adebayor celebrates his goal by saluting Sherwood (right) and Ramsey "
    "(centre). Sherwood faces his friend Chris Ramsey.\n\n"
    "Valencia were held 1-1 by Athletic Bilbao on Sunday. Aritz Aduriz scored late. Athletic Bilbao "
    "Aritz Aduriz scored a 90th minute equaliser to deny his former club Valencia victory.\n\n"
    "Bikini model Alexis Randock poses for a picture with her sister Nicole Randock (centre) in "
    "Miami. Nicole Randock was criticised by a troll. Manchester City fans were there too.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Lane Sherwood"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Tim Sherwood"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Athletic Bilbao Aritz Aduriz"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Aritz Aduriz"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Athletic Bilbao"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Nicole Randock"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Alexis Randock"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Manchester City"), ==, 1);
}

/* More captions run on: a person's full name, then another's surname
 * ("Matthew Stevens O'Sullivan is spoken to" beside "Ronnie
 * O'Sullivan"); a place the gazetteer knows, then a person ("in
 * Sheffield Ali Carter trailed") or a country ("in Podgorica Russia head
 * coach").  A continent stays one place ("North America"). */
static void
test_caption_runs_after_names_and_places (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "O'Sullivan warned over gesture\n\n"
    "Ronnie O'Sullivan was warned by the referee during his match against Matthew Stevens at the "
    "Crucible Theatre in Sheffield. O'Sullivan led 12-4 overnight. Matthew Stevens O'Sullivan is "
    "spoken to by the referee in their second round match Stevens missed a red in the last frame. At "
    "the Crucible Theatre in Sheffield Ali Carter trailed Neil Robertson 11-5. Carter won the last two "
    "frames. Fans lit flares in Podgorica Russia head coach Fabio Capello left the pitch. Russia were "
    "awarded the game and Podgorica will host no fans. The final will be shown across North America.\n",
    NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Matthew Stevens O'Sullivan"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Matthew Stevens"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Ronnie O'Sullivan"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Sheffield Ali Carter"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Ali Carter"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Sheffield"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Podgorica Russia"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Podgorica"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Russia"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "North"), ==, 0);
}

/* A person of one word, then a given name and a surname the document
 * names alone: "alongside club team-mate Isco Gareth Bale (pictured)". */
static void
test_caption_run_after_one_word_person (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "Isco to start\n\n"
    "Real Madrid attacking midfielder Isco is expected to replace the injured Benzema. James Rodriguez "
    "is likely to play alongside club team-mate Isco Gareth Bale (pictured) and Cristiano Ronaldo will "
    "be tasked with scoring goals. Bale sprints ahead of Luka Modric in training.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Isco Gareth Bale"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Isco"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Gareth Bale"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/news-spans/place-in-hyphenated-word", test_place_in_hyphenated_word);
  g_test_add_func ("/news-spans/names-set-side-by-side", test_names_set_side_by_side);
  g_test_add_func ("/news-spans/caption-runs", test_caption_runs);
  g_test_add_func ("/news-spans/caption-runs-after-names-and-places", test_caption_runs_after_names_and_places);
  g_test_add_func ("/news-spans/caption-run-after-one-word-person", test_caption_run_after_one_word_person);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
