/* probe-session27b.c — key facts a reader can trust (issue 14) from
 * tabloid pages pasted as text: a caption that runs on into the next
 * one with no colon between them; a building read as a person; a body's
 * name run into the person after it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts-fixture.h"

/* A caption ends with no full stop and the next caption's clause opens
 * with a verb's -ing or -ed form or a counting noun before "of": the
 * tagger read it as the name's last word ("Syria Asked", "Atletico
 * Losing", "Humboldt County Captured", "Court of Appeal Millions";
 * ner-caption-labels.c, opens_clause). */
static void
test_run_on_captions (void)
{
  g_autoptr (GArray) glued = facts_fixture_extract (
    "Amira Abase, pictured, was one of three girls who flew from Gatwick to Turkey before crossing to "
    "Syria Asked why he was pictured at the front of the mob, he said he did not know. Syria has been at "
    "war for years. This arrow was photographed in Golconda, Humboldt County Captured near the tiny town "
    "of Medicine Bow in Wyoming, this beacon still stands. Benzema rolls around on the floor during Real "
    "Madrid's quarter-final clash against Atletico Madrid. Real face rivals Atletico Losing their "
    "first-choice striker, even if just for one match, is a blow. Barry Beavis, 48, lost his case at the "
    "Court of Appeal Millions of motorists face spiralling parking fines after judges ruled. The Court of "
    "Appeal said the charge was fair.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Alistair Darling said the economy would grow. Sheffield United eased past Leeds on Saturday, and "
    "Sheffield United fans sang. The author Stephen King wrote about it.\n", NULL);

  g_assert_cmpuint (facts_fixture_count_names (glued, "Syria Asked"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Atletico Losing"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Humboldt County Captured"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Court of Appeal Millions"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (glued, PRECIS_FACT_PLACE, "Syria"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Humboldt County"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (glued, PRECIS_FACT_ORGANIZATION, "Court of Appeal"), ==, 1);
  /* What stays: a surname that is a word ("Darling", no verb's form),
   * a club's name the document repeats whole. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Alistair Darling"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (stays, "Sheffield United"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Stephen King"), ==, 1);
}

/* A building or an estate named by a word and its noun, read as a
 * person's name ("Colditz Castle", "Anmer Hall", "Parr Hall";
 * ner-entities.c, names_building). */
static void
test_buildings (void)
{
  g_autoptr (GArray) places = facts_fixture_extract (
    "He was such a nuisance to the Germans that he ended up in the escape-proof Colditz Castle and "
    "remained in captivity until the end of the war. She has been staying at the couple's new country "
    "home in Norfolk, Anmer Hall. The comedian told a 1,000-strong crowd at Warrington's Parr Hall that "
    "he was happy.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Dougie Hall scored twice for Glasgow on Friday. Hall has now scored nine tries this season. The "
    "former minister Barbara Castle spoke in Blackburn, and defender Grant Hall joined the club.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PLACE, "Colditz Castle"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PLACE, "Anmer Hall"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PLACE, "Parr Hall"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PERSON, "Colditz Castle"), ==, 0);
  /* What stays: a surname the document names alone, a given name's. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Dougie Hall"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Barbara Castle"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Grant Hall"), ==, 1);
}

/* A body's name run into the person after it: a caption's list
 * ("listening to 'Happy' by Pharrell Williams Alex Oxlade-Chamberlain,
 * Calum Chambers"), a party before its leader ("Liberal Democrat Willie
 * Rennie") read as one organization (ner-person-words.c,
 * precis_ner_split_body_before_person). */
static void
test_body_before_person (void)
{
  g_autoptr (GArray) glued = facts_fixture_extract (
    "The players may prepare for defending at Turf Moor by listening to 'Happy' by Pharrell Williams "
    "Alex Oxlade-Chamberlain, Calum Chambers and Danny Welbeck trained on Friday. Tory Ruth Davidson, "
    "Labour's Jim Murphy and Liberal Democrat Willie Rennie faced off in a live TV election debate. The "
    "Liberal Democrat leader said he had won.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "The San Diego Padres beat the Los Angeles Dodgers 5-3 in San Francisco on Friday. Shares in Bank of "
    "America Merrill Lynch rose.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (glued, PRECIS_FACT_PERSON, "Alex Oxlade-Chamberlain"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Pharrell Williams Alex Oxlade-Chamberlain"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (glued, PRECIS_FACT_PERSON, "Willie Rennie"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Liberal Democrat Willie Rennie"), ==, 0);
  /* What stays: a club whose second word is a given name, a firm's
   * name a lexicon knows. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "San Diego Padres"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (stays, "Diego Padres"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/probe-session27b/run-on-captions", test_run_on_captions);
  g_test_add_func ("/probe-session27b/buildings", test_buildings);
  g_test_add_func ("/probe-session27b/body-before-person", test_body_before_person);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
