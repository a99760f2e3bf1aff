/* facts-probe-session25.c — facts of Spanish, Italian, Portuguese, French
 * and Dutch news that a reader can trust (issue 15), from paragraphs
 * written for the test in the manner of each language's news pages of the
 * 2020s, read with no language option, as the held-out measure sends them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts-fixture.h"

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

/* A well-known company read as its product, or left untagged: "Ook
 * Philips en Heineken maakten donderdag hun cijfers bekend" gave no
 * Heineken (the beer, a MISC name; ner-head-bodies.c). */
static void
test_known_companies (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (
    "ASML heeft over het derde kwartaal een nettowinst van 2,1 miljard euro geboekt. Ook Philips en "
    "Heineken maakten donderdag hun cijfers bekend. De beurs in Amsterdam sloot hoger.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Il telescopio è montato su un Boeing 747 che vola sopra le nuvole. La NASA ha presentato ieri a "
    "Washington le prime immagini della missione.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Heineken"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Philips"), ==, 1);
  /* What stays: the product itself, after an indefinite article. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Boeing"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PLACE, "Washington"), ==, 1);
}

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

/* What a party leader's post is "of" is a party: "André Ventura, líder
 * do Chega," gave the place Chega, a party the models never read
 * (ner-executives.c). */
static void
test_party_leaders (void)
{
  g_autoptr (GArray) pt = facts_fixture_extract (
    "O primeiro-ministro Luís Montenegro anunciou esta quarta-feira no Parlamento um aumento do salário "
    "mínimo. André Ventura, líder do Chega, exigiu a demissão da ministra da Saúde.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Le Premier ministre a reçu mardi à Matignon le leader de la CGT. Il s'est ensuite entretenu avec le "
    "leader du Pérou, de passage à Paris pour un sommet.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION, "Chega"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PLACE, "Chega"), ==, 0);
  /* What stays: the leader, and a country a leader is "of". */
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PERSON, "André Ventura"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Pérou"), ==, 0);
}

/* What a manager's or a director general's post is "of" is a company:
 * "gerente general de Fravega" read as a person with the company's two
 * other mentions, outvoting "la cadena argentina Fravega" (ner-executives.c). */
static void
test_managers (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "La cadena argentina Fravega, que desde el año pasado opera en Chile, abrirá cinco nuevas tiendas. "
    "Las nuevas tiendas permitirán a Fravega aumentar su cuota en el norte del país. La "
    "inversión será de 25 millones de euros, precisó Roberto Tojeiro, gerente general de Fravega.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Fravega"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Fravega"), ==, 0);
  /* What stays: the manager and the country. */
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Roberto Tojeiro"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "Chile"), ==, 1);
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

/* Two bodies read as one across the article that opens the second: "em
 * Conselho de Ministros o Orçamento do Estado" (ner-mentions.c). */
static void
test_article_splits (void)
{
  g_autoptr (GArray) pt = facts_fixture_extract (
    "O Governo aprovou em Conselho de Ministros o Orçamento do Estado para 2027. A UGT e a CGTP "
    "convocaram uma greve geral para 11 de dezembro.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION, "Conselho de Ministros"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION,
                                         "Conselho de Ministros o Orçamento do Estado"), ==, 0);
  /* What stays: the unions. */
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_ORGANIZATION, "CGTP"), ==, 1);
}

/* A wire's dateline in capitalized words with any month: "Bogotá, 2 dic
 * (EFE).-" gave no place, "(Lusa)" a person (ner-wire.c). */
static void
test_agency_datelines (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "Bogotá, 2 dic (EFE).- El presidente colombiano, Gustavo Petro, anunció hoy que su Gobierno "
    "presentará ante el Congreso una reforma tributaria.\n", NULL);
  g_autoptr (GArray) pt = facts_fixture_extract (
    "Lisboa, 3 dez (Lusa) - O primeiro-ministro anunciou hoje no Parlamento um aumento do salário "
    "mínimo para 920 euros a partir de janeiro.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "Bogotá"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PLACE, "Lisboa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (pt, PRECIS_FACT_PERSON, "Lusa"), ==, 0);
  /* What stays: the president. */
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Gustavo Petro"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-probe-session25/opening-people", test_opening_people);
  g_test_add_func ("/facts-probe-session25/role-apposition", test_role_apposition);
  g_test_add_func ("/facts-probe-session25/known-companies", test_known_companies);
  g_test_add_func ("/facts-probe-session25/towns-at", test_towns_at);
  g_test_add_func ("/facts-probe-session25/office-nouns", test_office_nouns);
  g_test_add_func ("/facts-probe-session25/result-towns", test_result_towns);
  g_test_add_func ("/facts-probe-session25/club-words", test_club_words);
  g_test_add_func ("/facts-probe-session25/party-leaders", test_party_leaders);
  g_test_add_func ("/facts-probe-session25/managers", test_managers);
  g_test_add_func ("/facts-probe-session25/executive-titles", test_executive_titles);
  g_test_add_func ("/facts-probe-session25/article-splits", test_article_splits);
  g_test_add_func ("/facts-probe-session25/agency-datelines", test_agency_datelines);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
