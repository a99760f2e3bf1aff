/* german-session26c.c — German facts of session 26, third round (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German
 * paper's sports and home pages; the players' names are made up.  Each case failed
 * before the change it names.
 */
#include "facts-fixture.h"

/* A surname the tagger reads as a place in a match report's prose ("beim
 * Tor durch Castellania (21. Minute)", an Italian-looking word) is the
 * player the report's line-up lists, wherever it is written alone: the
 * prose's places had outvoted the line-up's person (ner-lineups.c). */
static void
test_lineup_players (void)
{
  const char *text =
    "Treffer von Castellania / Köln - Bochum 2:0 (1:0)\n"
    "Der FC gewann am Samstag verdient gegen den VfL. Besonders wurde dies beim Tor durch Castellania "
    "(21. Minute) deutlich. Trainer Karl Berger lobte seine Mannschaft.\n"
    "Köln: Illgner - Baumann - Giske (72. Henri), Steinmann - Janßen, Littbarski, Flick, Rudy, Greiner - "
    "Castellania, Ordenewitz (46. Sturm).\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Castellania"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Castellania"), ==, 0);
}

/* A scandal or a case named by its person's surname alone, after "Fall"
 * or "Affäre" and their article ("im \"Fall Stolpe\"", "die Affäre
 * Wendrich"), is the person: the tagger had left such words alone.  Not a
 * place the gazetteer knows ("der Fall Jugoslawien"). */
static void
test_case_person (void)
{
  const char *text =
    "Im \"Fall Stolpe\" gibt es den Untersuchungsausschuss des Landtags. Weil das Thema wie im \"Fall "
    "Kassner\" so brisant ist, müssen sich alle hüten, vorschnell zu urteilen. Die Affäre Wendrich "
    "beschäftigt den Landtag seit Monaten. Der Fall Jugoslawien zeigt, wie schwer Europa sich tut.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Stolpe"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Kassner"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Wendrich"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Jugoslawien"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/german-session26c/lineup-players", test_lineup_players);
  g_test_add_func ("/german-session26c/case-person", test_case_person);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
