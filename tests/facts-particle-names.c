/* facts-particle-names.c — a foreign person's name whose particles run
 * over two words ("Ursula von der Leyen") in Spanish, Portuguese and
 * Italian news (issue 15: facts in every language).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of each
 * language's papers.  The Spanish and Portuguese models read the given
 * name before "von der" as a place, or left it out, and the surname as
 * the person: two facts, one of the wrong kind.
 */
#include "facts-fixture.h"

/* The whole name is one person, and no part of it a place or anybody. */
static void
assert_one_person (GArray *facts, const char *name, const char *given, const char *surname)
{
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, name), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, given), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, given), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, surname), ==, 0);
}

static void
test_spanish (void)
{
  const char *text =
    "El presidente del Gobierno, Pedro Sánchez, viajará el lunes a Bruselas para reunirse con la "
    "presidenta de la Comisión Europea, Ursula von der Leyen. El Banco de España prevé que la "
    "economía crezca un 2,4 % este año, según informó la entidad en Madrid.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "es");

  assert_one_person (facts, "Ursula von der Leyen", "Ursula", "Leyen");
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Pedro Sánchez"), ==, 1);
}

static void
test_portuguese (void)
{
  const char *text =
    "O primeiro-ministro Luís Montenegro viaja na segunda-feira para Bruxelas, onde se reúne com a "
    "presidente da Comissão Europeia, Ursula von der Leyen. O Banco de Portugal prevê que a economia "
    "cresça 2 % este ano.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "pt");

  assert_one_person (facts, "Ursula von der Leyen", "Ursula", "Leyen");
}

/* What stays as it was: one particle of the language's own after a
 * given name is a preposition ("Cesare di Andrea Frediani": the book
 * "Cesare" by Andrea Frediani); names the models read whole stay whole. */
static void
test_own_particles (void)
{
  const char *it =
    "Il romanzo Cesare di Andrea Frediani è uscito a Roma. L'allenatore Louis van Gaal ha parlato con "
    "Ursula von der Leyen a Bruxelles.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (it, "it");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Cesare di Andrea Frediani"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Louis van Gaal"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Ursula von der Leyen"), ==, 1);
}

/* German writes "von" as a preposition: a noun before it is no given name. */
static void
test_german_preposition (void)
{
  const char *de = "Ein Tor von Thomas Müller entschied am Samstag das Spiel in München.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (de, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Thomas Müller"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Tor von Thomas Müller"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-particle-names/spanish", test_spanish);
  g_test_add_func ("/facts-particle-names/portuguese", test_portuguese);
  g_test_add_func ("/facts-particle-names/own-particles", test_own_particles);
  g_test_add_func ("/facts-particle-names/german-preposition", test_german_preposition);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
