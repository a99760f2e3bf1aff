/* probe-session26b.c — facts of Spanish and Italian results lines and of
 * Dutch sports news that a reader can trust (issue 15), from paragraphs
 * written for the test in the manner of each language's sports pages,
 * read with no language option, as the held-out measure sends them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts-fixture.h"

/* A club named after its sponsor and its town, in a line of results:
 * "Barcelona 71 - TAU Vitoria 65" gave the organization TAU and the place
 * Vitoria, "Valencia 84 - Baxi Manresa 79" the person Baxi Manresa
 * (ner-result-names.c). */
static void
test_result_names (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "El Valencia Basket eliminó al Baxi Manresa en la semifinal de la Liga ACB por tres victorias a dos.\n\n"
    "Semifinal (VALENCIA, 3 - BAXI MANRESA, 2)\n\n"
    "Valencia 84 - Baxi Manresa 79\n\n"
    "Baxi Manresa 81 - Valencia 77\n\n"
    "Anotadores del Valencia: Chris Jones 18, Jaime Pradilla 15, Xabi López 9.\n", NULL);
  g_autoptr (GArray) acronym = facts_fixture_extract (
    "El Barcelona ganó el primer partido de la final de la Liga ACB.\n\n"
    "Final (BARCELONA, 1 - TAU VITORIA, 0)\n\n"
    "Barcelona 77 - TAU Vitoria 70\n\n"
    "El segundo partido se jugará el domingo en el Palau Blaugrana.\n", NULL);
  g_autoptr (GArray) it = facts_fixture_extract (
    "Serie A di basket, i risultati della giornata: Umana Reyer Venezia 85 - Openjobmetis Varese 78, "
    "Virtus Segafredo Bologna 91 - Dolomiti Energia Trento 77. La Virtus resta in testa alla classifica.\n",
    NULL);
  g_autoptr (GArray) tennis = facts_fixture_extract (
    "Finale degli US Open femminili. Vince Jasmine Paolini 7 - 6, 6 - 2, dopo aver battuto in semifinale la "
    "statunitense Coco Gauff 6 - 3, 6 - 4.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Baxi Manresa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Baxi Manresa"), ==, 0);
  /* The fact is named by its first mention, the bracket's capitals. */
  g_assert_cmpuint (facts_fixture_count (acronym, PRECIS_FACT_ORGANIZATION, "TAU Vitoria") +
                      facts_fixture_count (acronym, PRECIS_FACT_ORGANIZATION, "TAU VITORIA"),
                    ==, 1);
  g_assert_cmpuint (facts_fixture_count (acronym, PRECIS_FACT_ORGANIZATION, "TAU"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (acronym, PRECIS_FACT_PLACE, "Vitoria"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Virtus Segafredo Bologna"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Virtus Segafredo Bologna"), ==, 0);
  /* What stays: the players of a box score, each before his points. */
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Chris Jones"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Jaime Pradilla"), ==, 1);
  /* Nor a tennis player before the games of her sets. */
  g_assert_cmpuint (facts_fixture_count (tennis, PRECIS_FACT_PERSON, "Jasmine Paolini"), ==, 1);
}

/* A club whose name opens with "Club", read as a man in full and in its
 * town's lone word: "Club Brugge heeft zaterdag met 2-1 gewonnen van
 * Standard. Volgende week speelt Brugge in Gent." gave the person Club
 * Brugge (the tagger's person in full vetoed the name's own evidence;
 * ner-entities.c, named_as_person_in_full). */
static void
test_club_named_in_full (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (
    "Club Brugge heeft zaterdag met 2-1 gewonnen van Standard. Volgende week speelt Brugge in Gent.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Club Brugge"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Club Brugge"), ==, 0);
  /* What stays: the rival and the town of the next match. */
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Standard"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "Gent"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/probe-session26b/result-names", test_result_names);
  g_test_add_func ("/probe-session26b/club-named-in-full", test_club_named_in_full);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
