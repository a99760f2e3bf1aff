/* facts-share-names.c — the companies whose shares a market report names,
 * in German, Dutch, French, Spanish, Italian and Portuguese (issue 15:
 * facts in every language).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The sentences are written for the test in the manner of each
 * language's market reports.  A company the tagger never saw read as a
 * person ("Shell" in Dutch and Italian) or as nothing ("Shell" in German,
 * "TotalEnergies" in French).
 */
#include "facts-fixture.h"

typedef struct {
  const char *language;
  const char *text;
  const char *companies[3];
} Case;

static const Case reports[] = {
  { "nl", "De aandelen van Shell en ASML daalden woensdag op de beurs in Amsterdam.\n", { "Shell", "ASML", NULL } },
  { "de", "Die Aktien von Shell und Siemens fielen am Mittwoch an der Frankfurter Börse.\n", { "Shell", "Siemens", NULL } },
  { "fr", "Les actions de TotalEnergies et de LVMH ont reculé mercredi à la Bourse de Paris.\n",
    { "TotalEnergies", "LVMH", NULL } },
  { "it", "Le azioni di Shell e di Eni sono scese mercoledì a Piazza Affari.\n", { "Shell", "Eni", NULL } },
  { "es", "Las acciones de Shell y de Repsol cayeron un 2 por ciento en la Bolsa de Madrid.\n",
    { "Shell", "Repsol", NULL } },
};

static void
test_reports (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (reports); k++)
    {
      g_autoptr (GArray) facts = facts_fixture_extract (reports[k].text, reports[k].language);

      for (guint c = 0; reports[k].companies[c] != NULL; c++)
        {
          g_test_message ("%s: %s", reports[k].language, reports[k].companies[c]);
          g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, reports[k].companies[c]), ==, 1);
          g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, reports[k].companies[c]), ==, 0);
        }
    }
}

/* What stays as it was: French "actions", Spanish "acciones" are deeds
 * too, and outside a market report a person's. */
static void
test_deeds (void)
{
  g_autoptr (GArray) fr = facts_fixture_extract ("Les actions de Macron ont déçu les électeurs, selon un sondage.\n", "fr");
  g_autoptr (GArray) es =
    facts_fixture_extract ("Las acciones de Pedro Sánchez en Bruselas fueron criticadas por la oposición.\n", "es");

  g_assert_cmpuint (facts_fixture_count (fr, PRECIS_FACT_ORGANIZATION, "Macron"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_ORGANIZATION, "Pedro Sánchez"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (es, PRECIS_FACT_PERSON, "Pedro Sánchez"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-share-names/reports", test_reports);
  g_test_add_func ("/facts-share-names/deeds", test_deeds);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
