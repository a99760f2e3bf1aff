/* facts-de-probe-session24.c — German general news: a body named by its
 * kind and its town (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German
 * paper's local and court pages (the Frankfurter Rundschau of CoNLL-2003
 * German): a court, an authority, a theatre or a club is named by its
 * kind and its town ("das Landgericht Darmstadt", "die Polizei
 * Northeim"), which the tagger read as the town alone.
 */
#include "facts-fixture.h"

/* A court and an authority by their kind and town: one organization
 * each, not the town. */
static void
test_town_bodies (void)
{
  const char *text =
    "Wegen gemeinschaftlichen Betrugs hat das Landgericht Darmstadt zwei Geschäftsleute aus Offenbach "
    "zu je drei Jahren Haft verurteilt. Nach Überzeugung der Strafkammer hatten die Männer Anleger um "
    "mehr als zwei Millionen Mark geprellt. Das Regierungspräsidium Kassel hatte die Firma bereits im "
    "Frühjahr geschlossen. Die Verteidiger kündigten Revision an.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Landgericht Darmstadt"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Darmstadt"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Regierungspräsidium Kassel"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Offenbach"), ==, 1);
}

/* The same in a copy that lost its umlauts, as CoNLL-2003 German's text:
 * "Staatstheaters" and "Regierungsprsidium". */
static void
test_town_bodies_ascii (void)
{
  const char *text =
    "Der Intendant des Staatstheaters Stuttgart will im Herbst vier neue Stcke auf die Bhne bringen. "
    "Das Regierungsprsidium Darmstadt hat die Mittel dafr noch nicht bewilligt, sagte ein Sprecher am "
    "Montag.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Staatstheaters Stuttgart"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Regierungsprsidium Darmstadt"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Stuttgart"), ==, 0);
}

/* The town alone elsewhere in the story stays the town: "bei Northeim"
 * beside "die Polizei Northeim" is no short name of the police. */
static void
test_seat_stays_town (void)
{
  const char *text =
    "Diebe stoppten Nachtzug\n"
    "Drei Diebe haben in der Nacht zum Samstag Reisende im Schnellzug bestohlen und den Zug am Morgen "
    "zwischen zwei Dörfern bei Northeim angehalten. \"Die Notbremse haben sie nicht gezogen\", sagte "
    "ein Sprecher der Polizei Northeim am Wochenende.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Polizei Northeim"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Northeim"), ==, 1);
}

/* Guards: a town after a word for a town or a district ("Hauptstadt",
 * "Kreis") stays the place, and so does a country in the genitive after
 * a body's kind ("der Gerichtshof Kanadas", the country's court). */
static void
test_not_bodies (void)
{
  const char *text =
    "In der Hauptstadt Baku demonstrierten am Sonntag Tausende gegen die Regierung. Auch im Kreis "
    "Offenbach gingen Menschen auf die Straße, sagte ein Sprecher des Vereins am Montag. Der Oberste "
    "Gerichtshof Kanadas hatte das Urteil schon im Mai bestätigt.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Baku"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Hauptstadt Baku"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Kreis Offenbach"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Gerichtshof Kanadas"), ==, 0);
}

/* A town's own bodies by the town's adjective: one organization each,
 * no place and no person ("Wallauer Ortsbeirat"). */
static void
test_town_adjective_bodies (void)
{
  const char *text =
    "Der Wallauer Ortsbeirat hat am Dienstag den Bebauungsplan für das Gewerbegebiet abgelehnt. Das "
    "Frankfurter Denkmalamt prüft nun, ob die alte Mühle erhalten werden muss. Die Frankfurter Sparkasse "
    "will das Gelände kaufen. Auch das Hanauer Stadtparlament soll im September darüber beraten.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Frankfurter Denkmalamt"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Hanauer Stadtparlament"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Frankfurter Sparkasse"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Frankfurter Sparkasse"), ==, 0);
}

/* Guard: a land's police keeps its adjective out, as CoNLL does, and a
 * town's adjective before a common noun makes no body. */
static void
test_not_town_adjective_bodies (void)
{
  const char *text =
    "Die Frankfurter Künstler wollen im Herbst eine Ausstellung zeigen. Die Leipziger Polizei ermittelt "
    "seit Montag gegen drei Männer.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Frankfurter Künstler"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Leipziger Polizei"), ==, 0);
}

/* A village named as a family after "in": the place, no person; a
 * surname in the genitive before its noun stays the person. */
static void
test_village_as_family (void)
{
  const char *text =
    "Nach einem Einbruch in die Filiale der Volksbank in Bieber sucht die Kripo nach Zeugen. Die Täter "
    "hatten in der Nacht zum Mittwoch den Tresor aufgeschweißt und rund 80 000 Mark erbeutet. Nach "
    "Kinkels Worten soll das Gesetz noch im Herbst kommen, sagte Außenminister Klaus Kinkel.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bieber"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Bieber"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kinkels"), ==, 0);
}

/* A club's and an advisers' body by their kind and place, and a
 * language's name after "in", which is no place. */
static void
test_clubs_and_languages (void)
{
  const char *text =
    "Die Turngemeinde Steinheim feiert am Wochenende ihr 100jähriges Bestehen. Die Verbraucherzentrale "
    "Hessen riet den Kunden, die Abrechnungen genau zu prüfen. Die Volkshochschule bietet ab September "
    "wieder Kurse in Italienisch und Türkisch an.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Turngemeinde Steinheim"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Verbraucherzentrale Hessen"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Italienisch"), ==, 0);
}

/* A company after the capitalized noun of its kind: an organization,
 * not the person or the place the tagger read. */
static void
test_kind_then_company (void)
{
  const char *text =
    "Auch die Hoechst-Tochter Cassella meldete Einbußen. Der Kaufhof-Konzern will die Kette Massa "
    "übernehmen. Die Lufthansa streicht im Winter 30 Flüge, Konkurrent Condor will dagegen neue Ziele "
    "anfliegen.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Cassella"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Cassella"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Massa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kette Massa"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Condor"), ==, 1);
}

/* Guard: a daughter named after "Tochter" stays no organization. */
static void
test_daughter_not_company (void)
{
  const char *text =
    "Der Vater und die zehnjährige Tochter Ireland kamen am Montag in Frankfurt an. Auch die "
    "Schwiegertochter Galina war dabei.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Ireland"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Galina"), ==, 0);
}

/* A place's kind as a compound before its name stays out of it: the
 * place, no organization. */
static void
test_kind_compound_place (void)
{
  const char *text = "Stepanakert ist die Hauptstadt der armenischen Kaukasus-Enklave Berg-Karabach .\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Berg-Karabach"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Kaukasus-Enklave Berg-Karabach"), ==, 0);
}

/* The dateline's town stays a place beside a body named by its kind and
 * the town. */
static void
test_dateline_beside_body (void)
{
  const char *text =
    "DARMSTADT. Die Technische Hochschule Darmstadt bekommt einen neuen Präsidenten. Der Senat wählte "
    "am Mittwoch den Physiker Helmut Böhme.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Technische Hochschule Darmstadt"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "DARMSTADT"), ==, 1);
}

/* A well-known organization the tagger left untagged after "Die"; a
 * noun of the language stays a noun. */
static void
test_known_organization (void)
{
  const char *text =
    "Die Lufthansa streicht im Winter 30 Flüge. Ein Sprecher sagte, die Nachfrage sei eingebrochen. "
    "Er sah lange in den Spiegel.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Lufthansa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Spiegel"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-de-probe-session24/town-bodies", test_town_bodies);
  g_test_add_func ("/facts-de-probe-session24/town-bodies-ascii", test_town_bodies_ascii);
  g_test_add_func ("/facts-de-probe-session24/seat-stays-town", test_seat_stays_town);
  g_test_add_func ("/facts-de-probe-session24/not-bodies", test_not_bodies);
  g_test_add_func ("/facts-de-probe-session24/town-adjective-bodies", test_town_adjective_bodies);
  g_test_add_func ("/facts-de-probe-session24/not-town-adjective-bodies", test_not_town_adjective_bodies);
  g_test_add_func ("/facts-de-probe-session24/village-as-family", test_village_as_family);
  g_test_add_func ("/facts-de-probe-session24/clubs-and-languages", test_clubs_and_languages);
  g_test_add_func ("/facts-de-probe-session24/kind-then-company", test_kind_then_company);
  g_test_add_func ("/facts-de-probe-session24/daughter-not-company", test_daughter_not_company);
  g_test_add_func ("/facts-de-probe-session24/kind-compound-place", test_kind_compound_place);
  g_test_add_func ("/facts-de-probe-session24/dateline-beside-body", test_dateline_beside_body);
  g_test_add_func ("/facts-de-probe-session24/known-organization", test_known_organization);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
