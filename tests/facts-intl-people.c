/* facts-intl-people.c — people in Spanish, Italian, Portuguese, French and
 * Dutch news: the name without the trade, title or office beside it (issue
 * 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of each language's
 * news pages of the 2020s and read with no language option, as a client
 * sends them; each failed before the change it guards.
 */
#include "facts-fixture.h"

/* A person's trade before the name: "O realizador Manoel de Oliveira"
 * gave an organization; the nouns were known in English only
 * (ner-person-roles.c). */
static void
test_person_roles (void)
{
  g_autoptr (GArray) pt = facts_fixture_extract (
    "O realizador Manoel de Oliveira foi homenageado no Festival de Cannes.\n", "pt");
  g_autoptr (GArray) fr = facts_fixture_extract (
    "Le sénateur UMP a voté contre le texte à Paris.\n", "fr");

  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PERSON, "Manoel de Oliveira"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION, "Manoel de Oliveira"), ==, 0);
  /* What stays: a party's acronym after the noun is the party. */
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "UMP"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PERSON, "UMP"), ==, 0);
}

/* A lawyer's title before the name: "Maître Éric Dupond-Moretti" was the
 * person's name with the title (ner-person-roles.c). */
static void
test_titles (void)
{
  g_autoptr (GArray) fr = facts_fixture_extract (
    "L'avocat de la défense, Maître Éric Dupond-Moretti, a annoncé qu'il ferait appel à Paris.\n", "fr");

  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PERSON, "Maître Éric Dupond-Moretti"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PERSON, "Éric Dupond-Moretti"), ==, 1);
  /* What stays: the place. */
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PLACE, "Paris"), ==, 1);
}

/* A person's full name opening a sentence: "Viktor Gyökeres marcou os
 * dois golos" gave nothing, as the Portuguese model leaves most such
 * names untagged (ner-opening-people.c). */
static void
test_opening_people (void)
{
  g_autoptr (GArray) pt = facts_fixture_extract (
    "O Sporting venceu o Benfica por 2-1 no Estádio José Alvalade, em Lisboa. Viktor Gyökeres marcou "
    "os dois golos da equipa leonina. O treinador disse que a equipa jogou bem.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Santa Cruz recebeu ontem milhares de turistas. O presidente da câmara disse que a cidade está "
    "preparada para o verão.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PERSON, "Viktor Gyökeres"), ==, 1);
  /* What stays: the places and the club around him; a town opening the
   * sentence is no person. */
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PLACE, "Lisboa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION, "Benfica"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Santa Cruz"), ==, 0);
}

/* A person's office in apposition after the name: "Santiago Abascal,
 * presidente de Vox, anunció" gave the place Santiago Abascal (the
 * tagger read the town Santiago; ner-person-roles.c). */
static void
test_role_apposition (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "El Congreso aprobó ayer la reforma con los votos del PSOE. Santiago Abascal, presidente de Vox, "
    "anunció que su partido recurrirá la norma ante el Tribunal Constitucional.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "El Barcelona ganó el sábado en Sevilla y sigue en cabeza. El Barcelona, líder de la Liga, "
    "recibirá al Valencia el próximo domingo en el Estadio Olímpico.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Santiago Abascal"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "Santiago Abascal"), ==, 0);
  /* What stays: a club may lead, as a firm may. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Barcelona"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Barcelona"), ==, 1);
}

/* An office's noun opening the sentence, capitalized there, is no part
 * of the name ("Koning Willem-Alexander" was the person's name), and an
 * emperor is a person ("keizer Naruhito" was an organization;
 * ner-person-roles.c). */
static void
test_office_nouns (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (
    "Koning Willem-Alexander en koningin Máxima brengen volgende week een staatsbezoek aan Japan. In "
    "Tokio spreken zij met keizer Naruhito. Ook staan bezoeken aan Osaka en Kyoto op het programma.\n", NULL);
  g_autoptr (GArray) it = facts_fixture_extract (
    "Papa Leone XIV ha ricevuto ieri in Vaticano il presidente ucraino Volodymyr Zelensky. Il colloquio "
    "è durato quaranta minuti, ha riferito la Sala Stampa della Santa Sede.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Willem-Alexander"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Koning Willem-Alexander"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Naruhito"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Leone XIV"), ==, 1);
  /* What stays: the places, and a name after its noun in lower case. */
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Máxima"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "Kyoto"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Volodymyr Zelensky"), ==, 1);
}

/* A chief executive's English title in capitals is no organization:
 * "CEO Jacques Vandermeiren wijst op" gave the organization CEO
 * (ner-mentions.c). */
static void
test_executive_titles (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (
    "De Antwerpse haven heeft vorig jaar een recordoverslag gehaald. CEO Jacques Vandermeiren wijst op "
    "de sterke containertrafiek. Ook in Zeebrugge ging de overslag omhoog.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "CEO"), ==, 0);
  /* What stays: the executive and the port. */
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Jacques Vandermeiren"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "Zeebrugge"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-intl-people/person-roles", test_person_roles);
  g_test_add_func ("/facts-intl-people/titles", test_titles);
  g_test_add_func ("/facts-intl-people/opening-people", test_opening_people);
  g_test_add_func ("/facts-intl-people/role-apposition", test_role_apposition);
  g_test_add_func ("/facts-intl-people/office-nouns", test_office_nouns);
  g_test_add_func ("/facts-intl-people/executive-titles", test_executive_titles);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
