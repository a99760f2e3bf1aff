/* facts-intl-places.c — places in Spanish, Italian, Portuguese, French and
 * Dutch news: towns in lists, after a preposition, opening a sentence, in a
 * wire's dateline; venues; a short paragraph's facts (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of each language's
 * news pages of the 2020s and read with no language option, as a client
 * sends them; each failed before the change it guards.
 */
#include <string.h>

#include "facts-fixture.h"
#include "language.h"
#include "pipeline.h"

static const char willem_alexander[] =
  "Koning Willem-Alexander en koningin Máxima brengen volgende week een staatsbezoek aan Italië. Ze "
  "bezoeken Rome, Florence en Bologna. In Florence spreekt de koning met studenten van de universiteit.\n";

/* The short Dutch paragraph gave no facts with no language option (read
 * as Afrikaans), the right ones with --language nl. */
static void
test_short_text_facts (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (willem_alexander, NULL);

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Willem-Alexander"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "Italië"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "Bologna"), ==, 1);
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

/* A town the lexicon knows, read as a person in a list of towns: "Farà
 * tappa a Edimburgo, Glasgow e Aberdeen" gave the person Aberdeen (the
 * rule was English's only; ner-entities.c, is_listed_place). */
static void
test_listed_known_towns (void)
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

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-intl-places/short-text-facts", test_short_text_facts);
  g_test_add_func ("/facts-intl-places/places-in", test_places_in);
  g_test_add_func ("/facts-intl-places/listed-places", test_listed_places);
  g_test_add_func ("/facts-intl-places/agency-datelines", test_agency_datelines);
  g_test_add_func ("/facts-intl-places/listed-known-towns", test_listed_known_towns);
  g_test_add_func ("/facts-intl-places/world-towns", test_world_towns);
  g_test_add_func ("/facts-intl-places/named-venues", test_named_venues);
  g_test_add_func ("/facts-intl-places/venue-weight", test_venue_weight);
  g_test_add_func ("/facts-intl-places/opening-in", test_opening_in);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
