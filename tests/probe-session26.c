/* probe-session26.c — facts of Spanish, Italian, Portuguese, French and
 * Dutch news that a reader can trust (issue 15), from paragraphs written
 * for the test in the manner of each language's news pages of the 2020s,
 * read with no language option, as the held-out measure sends them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts-fixture.h"

/* A town the lexicon knows, read as a person in a list of towns: "Farà
 * tappa a Edimburgo, Glasgow e Aberdeen" gave the person Aberdeen (the
 * rule was English's only; ner-entities.c, is_listed_place). */
static void
test_listed_places (void)
{
  g_autoptr (GArray) it = facts_fixture_extract (
    "Il presidente Sergio Mattarella sarà la prossima settimana in Scozia. Farà tappa a Edimburgo, "
    "Glasgow e Aberdeen. A Glasgow incontrerà la comunità italiana, mentre ad Aberdeen visiterà una "
    "piattaforma petrolifera.\n", NULL);
  g_autoptr (GArray) es = facts_fixture_extract (
    "El Valencia perdió 1-2 ante el Getafe en Mestalla. Alineación del Valencia: Mamardashvili; "
    "Foulquier, Mosquera, Tárrega, Gayà; Pepelu, Javi Guerra, Almeida; Diego López, Hugo Duro, Toledo.\n",
    NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "L'Atalanta ha battuto il Lecce per 2-0. Formazione dell'Atalanta: Carnesecchi; Djimsiti, Hien, "
    "Kolasinac; Bellanova, De Roon, Ederson, Zappacosta; De Ketelaere, Lookman, Messina.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PLACE, "Aberdeen"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Aberdeen"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Sergio Mattarella"), ==, 1);
  /* What stays: a player of a line-up whose name a town bears, listed
   * beside the other players. */
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Toledo"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Messina"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PLACE, "Messina"), ==, 0);
}

/* A town too small for the lexicon, read as a person: "allagamenti a
 * Monserrato, Sestu e Assemini. Monserrato è il comune più colpito" gave
 * the people Monserrato and Assemini (GeoNames' towns of 15,000 people or
 * more; ner-entities.c, is_world_town). */
static void
test_world_towns (void)
{
  g_autoptr (GArray) it = facts_fixture_extract (
    "Maltempo in Sardegna: allagamenti a Monserrato, Sestu e Assemini. Monserrato è il comune più "
    "colpito, ha detto il presidente della Regione. Le scuole resteranno chiuse anche domani.\n", NULL);
  g_autoptr (GArray) port = facts_fixture_extract (
    "Molfetta ha accolto ieri la nave con 300 migranti soccorsi nel Mediterraneo. La prefettura di Bari "
    "ha organizzato i trasferimenti verso i centri di accoglienza.\n", NULL);
  g_autoptr (GArray) nl = facts_fixture_extract (
    "Een brand in een chemiebedrijf in Heemskerk heeft woensdag voor veel rookoverlast gezorgd. De "
    "brandweer van Heemskerk riep omwonenden op ramen en deuren te sluiten. Ook in Beverwijk werd de "
    "rook gezien.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Obama ha incontrato ieri alla Casa Bianca il premier giapponese. Obama ha detto che gli Stati Uniti "
    "restano al fianco di Tokyo.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PLACE, "Monserrato"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Monserrato"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Assemini"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (port, PRECIS_FACT_PLACE, "Molfetta"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "Heemskerk"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Heemskerk"), ==, 0);
  /* What stays: a surname that is also a town of GeoNames' (Obama, in
   * Japan). */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Obama"), ==, 1);
}

/* A venue named after a person, its noun in lower case: "allo stadio
 * Diego Armando Maradona", "en el estadio Artemio Franchi" gave the
 * people (ner-venues.c). */
static void
test_named_venues (void)
{
  g_autoptr (GArray) it = facts_fixture_extract (
    "Il Napoli giocherà domenica allo stadio Diego Armando Maradona contro la Lazio. L'allenatore "
    "Antonio Conte ha convocato 23 giocatori.\n", NULL);
  g_autoptr (GArray) es = facts_fixture_extract (
    "La Fiorentina jugará el jueves en el estadio Artemio Franchi ante el Valencia. El Estudiantes "
    "entrenó ayer en el coliseo Evangelista Mora.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PLACE, "stadio Diego Armando Maradona"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Diego Armando Maradona"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "estadio Artemio Franchi"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Artemio Franchi"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Evangelista Mora"), ==, 0);
  /* What stays: a person after a trade's noun. */
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "Antonio Conte"), ==, 1);
}

/* The venue outweighs the name's other mentions read as a person: "ritardi
 * all'aeroporto Fiumicino ... voli da e per Fiumicino" gave the person
 * "aeroporto Fiumicino" (ner-venues.c marks the venue place-named). */
static void
test_venue_weight (void)
{
  g_autoptr (GArray) it = facts_fixture_extract (
    "Uno sciopero dei controllori di volo ha provocato ieri lunghi ritardi all'aeroporto Fiumicino. Sono "
    "stati cancellati 80 voli da e per Fiumicino, ha detto l'Enac, che ha chiesto ai passeggeri di "
    "informarsi prima di partire.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PLACE, "aeroporto Fiumicino"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_PERSON, "aeroporto Fiumicino"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (it, PRECIS_FACT_ORGANIZATION, "Enac"), ==, 1);
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

/* A country after "in" written capitalized, opening the sentence: "En
 * Estados Unidos, la Reserva Federal mantuvo los tipos" gave the
 * organization Estados Unidos (ner-places-in.c read "en" in lower case
 * only). */
static void
test_opening_in (void)
{
  g_autoptr (GArray) es = facts_fixture_extract (
    "La inflación se moderó en noviembre en la zona euro. En Estados Unidos, la Reserva Federal mantuvo "
    "los tipos de interés sin cambios. En China, el banco central recortó el coeficiente de reservas.\n",
    NULL);

  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PLACE, "Estados Unidos"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Estados Unidos"), ==, 0);
  /* What stays: the body. */
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Reserva Federal"), ==, 1);
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

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/probe-session26/listed-places", test_listed_places);
  g_test_add_func ("/probe-session26/world-towns", test_world_towns);
  g_test_add_func ("/probe-session26/named-venues", test_named_venues);
  g_test_add_func ("/probe-session26/kind-appositions", test_kind_appositions);
  g_test_add_func ("/probe-session26/club-openers", test_club_openers);
  g_test_add_func ("/probe-session26/opening-in", test_opening_in);
  g_test_add_func ("/probe-session26/bracketed-sides", test_bracketed_sides);
  g_test_add_func ("/probe-session26/venue-weight", test_venue_weight);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
