/* facts-intl-sport.c — clubs in Spanish, Italian, Portuguese, French and
 * Dutch sports news: named by their town, their word or their sponsor, in
 * prose and in lines of results (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of each language's
 * news pages of the 2020s and read with no language option, as a client
 * sends them; each failed before the change it guards.
 */
#include "facts-fixture.h"

/* A town right after Italian "a" in a sports report: "la Roma ha perso
 * a Bergamo contro l'Atalanta" gave the organization Bergamo, a side of
 * the report (ner-places-in.c). */
static void
test_towns_at (void)
{
  g_autoptr (GArray) it = facts_fixture_extract (
    "L'Inter ha battuto il Napoli per 2-1 a San Siro. La Juventus ha pareggiato contro il Milan, mentre "
    "la Roma ha perso a Bergamo contro l'Atalanta. Mercoledì l'Inter giocherà in Champions League.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PLACE, "Bergamo"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Bergamo"), ==, 0);
  /* What stays: the clubs, with their article. */
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Roma"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Atalanta"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Napoli"), ==, 1);
}

/* A town beside a result's verb, with another side named, is its club,
 * score or not: "Lille s'est imposé face à Monaco", "Rennes a été battu
 * par Nantes" gave three towns (ner-results.c). */
static void
test_result_towns (void)
{
  g_autoptr (GArray) fr = facts_fixture_extract (
    "Lille s'est imposé face à Monaco grâce à un but de Jonathan David. Rennes a été battu par Nantes au "
    "Roazhon Park. L'entraîneur Jorge Sampaoli a été limogé lundi.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Toledo verloor in mei de Peruaanse verkiezingen van Fujimori. Hij erkent de overwinning van zijn "
    "tegenstander niet en wil een nieuwe stemming.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "Lille"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "Rennes"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "Nantes"), ==, 1);
  /* What stays: the stadium, the coach, and a politician who loses an
   * election. */
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PLACE, "Roazhon Park"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PERSON, "Jorge Sampaoli"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Toledo"), ==, 0);
}

/* A club's word before its town outside German: "affrontera le Real
 * Madrid" gave the place Real Madrid, "Racing Genk" a person
 * (ner-clubs.c). */
static void
test_club_words (void)
{
  g_autoptr (GArray) fr = facts_fixture_extract (
    "Le Stade brestois affrontera le Real Madrid en Ligue des champions. L'entraîneur Éric Roy a "
    "salué mardi le travail de ses joueurs à Brest.\n", NULL);
  g_autoptr (GArray) nl = facts_fixture_extract (
    "Bij Racing Genk staat trainer Thorsten Fink onder druk na drie nederlagen op rij. Zondag speelt de "
    "ploeg thuis tegen Club Brugge.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "Real Madrid"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PLACE, "Real Madrid"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Racing Genk"), ==, 1);
  /* What stays: the town alone, the coaches. */
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PLACE, "Brest"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Thorsten Fink"), ==, 1);
}

/* A name that opens with "Club": "Club Brugge heeft de Supercup
 * gewonnen" gave a person (ner-kinds.c, the nouns that open an
 * organization's name; gold: 67 names open with "Club", 62 of them
 * organizations'). */
static void
test_club_openers (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (
    "Club Brugge heeft zondag de Supercup gewonnen tegen Standard. Wout van Aert won de eerste etappe van "
    "de Ronde van Frankrijk, Remco Evenepoel werd tweede.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Club Brugge"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Club Brugge"), ==, 0);
  /* What stays: the riders. */
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Remco Evenepoel"), ==, 1);
}

/* Players listed each with his club in brackets: "Pablo Larrea
 * (Albacete) y Jon Morcillo (Eibar)" gave the towns Albacete and Eibar
 * (ner-entities.c, brackets_persons_side). */
static void
test_bracketed_sides (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "El Comité de Competición sancionó ayer con un partido a cuatro jugadores de Segunda División. Por "
    "acumulación de amonestaciones fueron sancionados Álex Martín (Mirandés), Pablo Larrea (Albacete) y "
    "Jon Morcillo (Eibar), mientras que Fede Vico (Oviedo) cumplirá dos partidos por expulsión.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "La gira de la Premier League de Darts llegará a Madrid en mayo. La jugadora estadounidense Jane Doe "
    "(Massachusetts) ganó el torneo del año pasado.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Albacete"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "Albacete"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Eibar"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Pablo Larrea"), ==, 1);
  /* What stays: one person with a place in brackets, no list. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PLACE, "Massachusetts"), ==, 1);
}

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
  g_test_add_func ("/facts-intl-sport/towns-at", test_towns_at);
  g_test_add_func ("/facts-intl-sport/result-towns", test_result_towns);
  g_test_add_func ("/facts-intl-sport/club-words", test_club_words);
  g_test_add_func ("/facts-intl-sport/club-openers", test_club_openers);
  g_test_add_func ("/facts-intl-sport/bracketed-sides", test_bracketed_sides);
  g_test_add_func ("/facts-intl-sport/result-names", test_result_names);
  g_test_add_func ("/facts-intl-sport/club-named-in-full", test_club_named_in_full);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
