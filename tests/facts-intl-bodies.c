/* facts-intl-bodies.c — organizations in Spanish, Italian, Portuguese,
 * French and Dutch news: journals, foundations, companies, parties and
 * bodies named by their kind (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of each language's
 * news pages of the 2020s and read with no language option, as a client
 * sends them; each failed before the change it guards.
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

/* A company named before an apposition that says its kind: "Stellantis,
 * il gruppo automobilistico guidato da Carlos Tavares," and "Airbus, le
 * constructeur européen," gave people, "Inditex, la empresa textil" nothing
 * (ner-kinds.c, the nouns a company's name follows). */
static void
test_kind_appositions (void)
{
  g_autoptr (GArray) it = facts_fixture_extract (
    "Stellantis, il gruppo automobilistico guidato da Carlos Tavares, ha chiuso il semestre con un utile "
    "in calo. I sindacati hanno chiesto un incontro al ministro Adolfo Urso.\n", NULL);
  g_autoptr (GArray) fr = facts_fixture_extract (
    "Airbus, le constructeur européen, a livré 766 avions l'an dernier, selon son président Guillaume "
    "Faury. Boeing reste en difficulté.\n", NULL);
  g_autoptr (GArray) es = facts_fixture_extract (
    "Inditex, la empresa textil fundada por Amancio Ortega, abrirá 50 tiendas en Estados Unidos, anunció "
    "su consejera delegada, Marta Ortega. En cambio, Bolivia, la petrolera brasileña Petrobras y YPFB "
    "firmaron ayer un acuerdo.\n", NULL);
  g_autoptr (GArray) nl = facts_fixture_extract (
    "In de haven van Antwerpen werd dinsdag gestaakt. Volgens de vakbonden ligt het werk bij Bpost, het "
    "postbedrijf, stil. Topman Chris Peeters zei dat de brievenpost blijft dalen.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Stellantis"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Stellantis"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "Airbus"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Inditex"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_ORGANIZATION, "Bpost"), ==, 1);
  /* What stays: the people, and a place before an apposition that names
   * another. */
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Carlos Tavares"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Marta Ortega"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Bolivia"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-intl-bodies/journals", test_journals);
  g_test_add_func ("/facts-intl-bodies/foundations", test_foundations);
  g_test_add_func ("/facts-intl-bodies/executives", test_executives);
  g_test_add_func ("/facts-intl-bodies/capitalized-kind", test_capitalized_kind);
  g_test_add_func ("/facts-intl-bodies/article-names", test_article_names);
  g_test_add_func ("/facts-intl-bodies/org-lists", test_org_lists);
  g_test_add_func ("/facts-intl-bodies/known-companies", test_known_companies);
  g_test_add_func ("/facts-intl-bodies/party-leaders", test_party_leaders);
  g_test_add_func ("/facts-intl-bodies/managers", test_managers);
  g_test_add_func ("/facts-intl-bodies/article-splits", test_article_splits);
  g_test_add_func ("/facts-intl-bodies/kind-appositions", test_kind_appositions);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
