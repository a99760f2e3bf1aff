/* lang-german-pages.c — German page furniture: a headline's particle, a
 * byline's "Von", a dateline before a quote, a local page's phone numbers
 * (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German paper's
 * pages, read by the real plugin with the shipped data; each failed before
 * the change it guards.
 */
#include <string.h>

#include "facts-fixture.h"
#include "language.h"
#include "structure.h"

/* A German headline ending in a separable verb's particle ("an") over
 * its dateline: two lines, the dateline's town a place, as after any
 * other headline. */
static void
test_headline_particle (void)
{
  const char *text =
    "Bürgerinitiative kündigt Widerstand gegen die neue Umgehungsstraße an\n"
    "SCHWERIN , 23. August ( AP ) . Die Bürgerinitiative will am Montag vor dem Landtag demonstrieren .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);
  guint32 n_blocks;
  g_autofree PrecisBlock *blocks = precis_structure_blocks (text, (guint32) strlen (text), FALSE, "de", &n_blocks);

  g_assert_cmpuint (n_blocks, ==, 2);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "SCHWERIN"), ==, 1);
}

/* A local page's announcement, as a client sends a tokenized line: the
 * telephone's abbreviation before its number is no person. */
static void
test_phone_words (void)
{
  const char *text =
    "Der Kurs beginnt am 3. September im Frauenzentrum. Anmeldungen nimmt das Frauenzentrum unter Tel .\n"
    "0 60 31 / 1 23 45 entgegen .\n"
    "Weitere Auskunft gibt es im Kulturbüro , Tel .\n"
    "0 61 01 / 4 00 .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Tel"), ==, 0);
}

/* A byline's "Von" after a headline with no full stop is none of the
 * author's name ("Von Christa Wichterich" was the person): German writes
 * "von" as a particle before a surname, never before a given name. */
static void
test_byline_von (void)
{
  const char *text =
    "Frauen und die globale Öko-Krise Von Christa Wichterich Ein Traum steht am Anfang des Berichts, den "
    "die Autorin in Bonn vorgestellt hat.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Christa Wichterich"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Von Christa Wichterich"), ==, 0);
}

/* "KARBEN. "Wir brauchen …"": the dateline's period, then the next
 * sentence's opening quote, as a client sends a tokenized line. */
static void
test_dateline_before_quote (void)
{
  const char *text = "Neue Halle für die Feuerwehr\nKARBEN . \"\nWir brauchen mehr Platz \" , sagt der "
                     "Wehrführer .\nDie alte Halle ist zu klein geworden .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "KARBEN"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-german-pages/headline-particle", test_headline_particle);
  g_test_add_func ("/lang-german-pages/phone-words", test_phone_words);
  g_test_add_func ("/lang-german-pages/byline-von", test_byline_von);
  g_test_add_func ("/lang-german-pages/dateline-before-quote", test_dateline_before_quote);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
