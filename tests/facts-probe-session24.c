/* facts-probe-session24.c — facts of Spanish, Italian, Portuguese, French
 * and Dutch news that a reader can trust (issue 15), from paragraphs
 * written for the test in the manner of each language's news pages.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts-fixture.h"

/* A journal named after the noun of its kind: "publicado en la revista
 * Nature" gave the person Nature (ner-kinds.c knew "diario" and
 * "quotidien", not the nouns of a journal or a magazine). */
static void
test_journals (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "Investigadores de la Universidad de Granada han descubierto una nueva molécula contra el cáncer de "
    "páncreas. El estudio, publicado en la revista Nature, fue dirigido por la bióloga Ana Martínez.\n", "es");
  g_autoptr (GArray) fr = facts_fixture_extract (
    "Des chercheurs de l'Institut Pasteur ont mis au point un nouveau traitement contre le paludisme. "
    "L'étude, publiée dans la revue The Lancet, a été dirigée par la biologiste Marie Dupont.\n", "fr");

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Nature"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Nature"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PERSON, "The Lancet"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "The Lancet"), ==, 1);
  /* What stays: the scientist named after her trade. */
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Ana Martínez"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PERSON, "Marie Dupont"), ==, 1);
}

/* A foundation named after its founder: "La Fondation Louis Vuitton" gave
 * the person Louis Vuitton, "a Fundação Calouste Gulbenkian" the person
 * Calouste Gulbenkian, "da Fundação Oswaldo Cruz" nothing
 * (ner-foundations.c). */
static void
test_foundations (void)
{
  g_autoptr (GArray) fr = facts_fixture_extract (
    "La Fondation Louis Vuitton consacre une exposition au peintre David Hockney. Le réalisateur "
    "Jacques Audiard a présenté son nouveau film au Festival de Cannes.\n", "fr");
  g_autoptr (GArray) pt = facts_fixture_extract (
    "O escritor José Saramago será homenageado numa exposição na Fundação Calouste Gulbenkian, em "
    "Lisboa. Cientistas da Universidade de Coimbra e da Fundação Oswaldo Cruz identificaram uma nova "
    "variante do vírus da dengue.\n", "pt");

  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PERSON, "Louis Vuitton"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "Fondation Louis Vuitton"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PERSON, "Calouste Gulbenkian"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION, "Fundação Calouste Gulbenkian"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION, "Fundação Oswaldo Cruz"), ==, 1);
  /* What stays: the people and the places around them. */
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_PERSON, "David Hockney"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PERSON, "José Saramago"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PLACE, "Lisboa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION, "Universidade de Coimbra"), ==, 1);
}

/* A country after "en": "destacó el crecimiento en Estados Unidos y
 * China" gave the organizations Estados Unidos and China, as CoNLL-2002
 * types a country that acts (ner-places-in.c). */
static void
test_places_in (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "La presidenta de Inditex, Marta Ortega, destacó el crecimiento en Estados Unidos y China. Antes "
    "trabajó en Telefónica.\n", "es");

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "Estados Unidos"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "China"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Estados Unidos"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "China"), ==, 0);
  /* What stays: a company after "en" is no place the gazetteer knows. */
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Telefónica"), ==, 1);
}

/* The company of a chief executive's post: "L'amministratore delegato di
 * Stellantis" gave the place Stellantis, "De topman van Shell" the person
 * Shell (ner-executives.c). */
static void
test_executives (void)
{
  g_autoptr (GArray) it = facts_fixture_extract (
    "L'amministratore delegato di Stellantis, Carlos Tavares, ha annunciato nuovi investimenti a "
    "Torino.\n", "it");
  g_autoptr (GArray) nl = facts_fixture_extract (
    "De topman van Shell, Wael Sawan, maakte donderdag in Londen de kwartaalcijfers bekend.\n", "nl");

  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Stellantis"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PLACE, "Stellantis"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Shell"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Shell"), ==, 0);
  /* What stays: the executives and the places. */
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Carlos Tavares"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PLACE, "Torino"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Wael Sawan"), ==, 1);
}

/* A town in a list with a town: "nuevas rutas a Bogotá y Lima" gave the
 * person Bogotá (ner-places-in.c). */
static void
test_listed_places (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "La compañía aérea Iberia anunció nuevas rutas a Bogotá y Lima.\n", "es");
  g_autoptr (GArray) stays = facts_fixture_extract (
    "El ministro visitó Toledo y Rajoy lo acompañó hasta Cuenca.\n", "es");

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Bogotá"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "Bogotá"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "Lima"), ==, 1);
  /* What stays: a person listed with a town, whose name no list knows
   * as a place. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Rajoy"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PLACE, "Toledo"), ==, 1);
}

/* A noun of a kind of company opening the sentence, capitalized there:
 * "Supermarktketen Albert Heijn opent" gave the person Albert Heijn,
 * where "De supermarktketen Albert Heijn" gave the company (ner-kinds.c). */
static void
test_capitalized_kind (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (
    "De politie heeft drie verdachten aangehouden. Supermarktketen Albert Heijn opent tien nieuwe "
    "winkels in België.\n", "nl");

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Albert Heijn"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Albert Heijn"), ==, 1);
  /* What stays: the place. */
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "België"), ==, 1);
}

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

/* A paper whose title opens with the article: "según El País" gave the
 * person El País (ner-article-names.c). */
static void
test_article_names (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "El escritor Arturo Pérez-Reverte publicará una nueva novela, según El País.\n", "es");

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "El País"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "El País"), ==, 1);
  /* What stays: the writer, after the sentence's own "El". */
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Arturo Pérez-Reverte"), ==, 1);
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

/* A party listed with parties: "con los votos del PSOE, Sumar y ERC" gave
 * the person Sumar (ner-org-lists.c). */
static void
test_org_lists (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "El Congreso de los Diputados aprobó este miércoles la reforma con los votos del PSOE, Sumar y "
    "ERC.\n", "es");
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Tredici anni dopo la secessione di Kasparov e Short, il titolo torna a Mosca.\n", "it");

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Sumar"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Sumar"), ==, 1);
  /* What stays: two players, one read otherwise, are no list of bodies. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Kasparov"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-probe-session24/journals", test_journals);
  g_test_add_func ("/facts-probe-session24/foundations", test_foundations);
  g_test_add_func ("/facts-probe-session24/places-in", test_places_in);
  g_test_add_func ("/facts-probe-session24/executives", test_executives);
  g_test_add_func ("/facts-probe-session24/listed-places", test_listed_places);
  g_test_add_func ("/facts-probe-session24/capitalized-kind", test_capitalized_kind);
  g_test_add_func ("/facts-probe-session24/person-roles", test_person_roles);
  g_test_add_func ("/facts-probe-session24/article-names", test_article_names);
  g_test_add_func ("/facts-probe-session24/titles", test_titles);
  g_test_add_func ("/facts-probe-session24/org-lists", test_org_lists);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
