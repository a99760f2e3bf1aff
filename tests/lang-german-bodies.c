/* lang-german-bodies.c — German organizations: bodies named by their kind
 * and their town, the Federation's and the Länder's bodies, firms and
 * associations (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German paper's
 * pages, read by the real plugin with the shipped data; each failed before
 * the change it guards.
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

/* "Bundes" + a kind of body is the Federation's one body of that kind:
 * an organization, in the genitive too, not nothing and not a place. */
static void
test_federal_bodies (void)
{
  const char *text =
    "Der Bundesrat hat am Freitag das Gesetz zur Neuregelung des Asylrechts gebilligt. Die "
    "Länderkammer folgte damit dem Bundestag, der das Gesetz im Juni verabschiedet hatte. Die Länder "
    "kündigten an, das Bundesverfassungsgericht in Karlsruhe anzurufen. Nach Angaben des "
    "Bundeskriminalamts in Wiesbaden ist die Zahl der Anschläge gestiegen. Der Bundesgerichtshof "
    "hatte zuvor eine Klage der früheren Eigentümer abgewiesen.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundesrat"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundestag"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundesverfassungsgericht"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundeskriminalamts"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundesgerichtshof"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bundesgerichtshof"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Karlsruhe"), ==, 1);
}

/* Guards: a land's body is one of sixteen ("die Landesregierung"), the
 * league and an office's holder are no body, and a truncated compound
 * ("Bundestags- und Landtagswahlen") names none. */
static void
test_not_federal_bodies (void)
{
  const char *text =
    "Die Landesregierung in Mainz will die Bundestags- und Landtagswahlen auf einen Tag legen. "
    "Bundeskanzler Helmut Kohl sprach am Abend vor dem Spiel der Bundesliga mit den Ministern.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Landesregierung"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundestags"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundeskanzler"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundesliga"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Helmut Kohl"), ==, 1);
}

/* An international body's council, commission or assembly by its
 * acronym and a hyphen is that organ; the acronym's other compounds stay
 * none ("UN-Truppen"). */
static void
test_international_organs (void)
{
  const char *text =
    "Der UN-Sicherheitsrat hat am Donnerstag ein Flugverbot über Bosnien-Herzegowina beschlossen. "
    "Die EG-Kommission kündigte weitere Hilfe an, der Nato-Rat tagte in Brüssel. Die UN-Truppen "
    "sollen verstärkt werden, sagte ein Sprecher am Freitag.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "UN-Sicherheitsrat"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "EG-Kommission"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Nato-Rat"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "UN-Truppen"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Brüssel"), ==, 1);
}

/* A capitalized adjective before a body's noun names one body, the
 * fund's and the association's nouns as the office's ("der
 * Internationale Währungsfonds", "die Nicaraguanische
 * Menschenrechtsvereinigung"). */
static void
test_adjective_bodies (void)
{
  const char *text =
    "Auch die Weltbank und der Internationale Währungsfonds sagten Moskau Kredite zu. Die "
    "Nicaraguanische Menschenrechtsvereinigung kritisierte die Regierung am Montag scharf.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Internationale Währungsfonds"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Nicaraguanische Menschenrechtsvereinigung"),
                    ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Moskau"), ==, 1);
}

/* A body the lexicon lacks, named in the genitive after the noun of one
 * of its organs or officers, is an organization: not nothing, and not a
 * person ("Caritas"). */
static void
test_organ_bodies (void)
{
  const char *text =
    "Ein Sprecher der Treuhand sagte am Montag in Berlin, die Werft werde verkauft. Der Vorstand der "
    "Treuhand trat am Abend zusammen. Auch ein Sprecher der Caritas kritisierte die Pläne. Der "
    "Generalsekretär der Nato warnte vor Kürzungen.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Treuhand"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Caritas"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Caritas"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Nato"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Berlin"), ==, 1);
}

/* Guards: a compound noun of the language after such a noun is no name
 * ("der Vorsitzende der Unionsfraktion"), and a country stays a place. */
static void
test_not_organ_bodies (void)
{
  const char *text =
    "Der Vorsitzende der Unionsfraktion kritisierte am Dienstag den Präsidenten der Ukraine. Ein "
    "Sprecher des Landespolizeiamtes bestätigte den Unfall.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Unionsfraktion"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Landespolizeiamtes"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Ukraine"), ==, 1);
}

/* A firm after "bei" and before "in" and its town is an organization,
 * not a place ("Opel") and not nothing ("Krupp"); a place near its land
 * stays the place. */
static void
test_firms_in_towns (void)
{
  const char *text =
    "Bei Opel in Rüsselsheim wird im Herbst kurzgearbeitet, teilte der Betriebsrat am Montag mit. Die "
    "Arbeiter bei Krupp in Rheinhausen streiken. Bei Kelkheim in Hessen wurde ein Radfahrer verletzt, "
    "bei Regen in Frankfurt stauten sich die Autos.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Opel"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Opel"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Krupp"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Rüsselsheim"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kelkheim"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Regen"), ==, 0);
}

/* The context that says a body outweighs the tagger's person in the
 * name's other mentions ("Opel will ... streichen"), and a body read as a
 * place after an officer's noun is the body ("ein Sprecher der Caritas"). */
static void
test_body_context_outvotes (void)
{
  const char *text =
    "Bei Opel in Rüsselsheim wird kurzgearbeitet. Opel will 2000 Stellen streichen.\n\n"
    "Die Caritas hilft Flüchtlingen. Ein Sprecher der Caritas sagte, die Lage sei schlimm.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Opel"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Opel"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Caritas"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Caritas"), ==, 0);
}

/* A firm that bears its founder's full name and its legal form is named
 * whole ("die Philipp Holzmann AG", not "Holzmann AG"). */
static void
test_founders_firms (void)
{
  const char *text =
    "Die Firma Hochtief hat den Auftrag für den Bau des Messeturms erhalten. Die Philipp Holzmann AG "
    "ging leer aus, teilte ein Sprecher am Freitag in Frankfurt mit.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Philipp Holzmann AG"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Holzmann AG"), ==, 0);
}

/* An association named by its kind and, in the genitive, whom it joins
 * is one organization; "die Organisation der Spiele" names none. */
static void
test_association_names (void)
{
  const char *text =
    "Der Bund der Steuerzahler kritisierte am Montag die Ausgaben. Der Verband der Automobilindustrie "
    "rechnet mit weniger Absatz. Die Gewerkschaft der Eisenbahner Deutschlands lehnt den Plan ab. Die "
    "Organisation der Spiele kostete die Stadt viel Geld.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bund der Steuerzahler"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Verband der Automobilindustrie"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Gewerkschaft der Eisenbahner Deutschlands"),
                    ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Deutschlands"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Organisation der Spiele"), ==, 0);
}

/* The same with a trade the tagger read with its adjective: the kind
 * opens the name ("Deutschen Industrie" alone is no body). */
static void
test_association_adjective_names (void)
{
  const char *text =
    "Der Bundesverband der Deutschen Industrie ( BDI ) forderte am Dienstag in Köln mehr Tempo bei "
    "der Privatisierung.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bundesverband der Deutschen Industrie"), ==,
                    1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Deutschen Industrie"), ==, 0);
}

/* A word the document also writes opening a hyphenated compound is a
 * name: "Die Nato will" beside "der Nato-Rat" is the organization; a
 * common noun so written stays none ("die Stadt", "Stadt-Bibliothek"). */
static void
test_compound_openers (void)
{
  const char *text =
    "Die Nato will ihre Truppen in Europa verringern. Der Nato-Rat tagte am Donnerstag in Brüssel. "
    "Die Stadt will die Stadt-Bibliothek schließen.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Nato"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Stadt"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Brüssel"), ==, 1);
}

/* A firm named after its founder, read as a person and its legal form
 * alone ("Carl Schenck" + "AG"), is named whole. */
static void
test_founder_before_form (void)
{
  const char *text = "Die Carl Schenck AG meldete am Montag Gewinne. Auch die Adam Opel AG legte zu.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Carl Schenck AG"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Carl Schenck"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "AG"), ==, 0);
}

/* A common noun's short form in brackets names a kind, not a body; a
 * federal state's initials after its noun name the state. */
static void
test_short_forms (void)
{
  const char *text = "Im Sommer 1944 flogen die Kampfgeschwader (KG) und die Jagdgeschwader (JG) kaum "
                     "noch Einsätze. Die Kosten von 49 Millionen Euro übernehmen der Bund und das "
                     "Land NRW zu zwei Dritteln, sagte der Sprecher des Bundesamts für "
                     "Verfassungsschutz (BfV) am Montag.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "KG"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "JG"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "NRW"), ==, 0);
  /* The state with its noun, as "das Land Hessen" (ner-wire.c tag_states). */
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Land NRW"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BfV"), ==, 1);
}

/* The town's museum and civic house, named by their kind; a new one is
 * one of a kind. */
static void
test_town_facilities (void)
{
  const char *text = "Die Ausstellung ist bis zum 13. Dezember im Stadtmuseum zu sehen. Der Eintritt ist "
                     "frei.\n\nZur Versammlung im Niddaer Bürgerhaus kamen am Freitag rund 200 Frauen. Die "
                     "Gemeinde Wölfersheim plant außerdem ein neues Bürgerhaus.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Stadtmuseum"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Niddaer Bürgerhaus"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Bürgerhaus"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-german-bodies/town-bodies", test_town_bodies);
  g_test_add_func ("/lang-german-bodies/town-bodies-ascii", test_town_bodies_ascii);
  g_test_add_func ("/lang-german-bodies/seat-stays-town", test_seat_stays_town);
  g_test_add_func ("/lang-german-bodies/not-bodies", test_not_bodies);
  g_test_add_func ("/lang-german-bodies/town-adjective-bodies", test_town_adjective_bodies);
  g_test_add_func ("/lang-german-bodies/not-town-adjective-bodies", test_not_town_adjective_bodies);
  g_test_add_func ("/lang-german-bodies/kind-then-company", test_kind_then_company);
  g_test_add_func ("/lang-german-bodies/daughter-not-company", test_daughter_not_company);
  g_test_add_func ("/lang-german-bodies/known-organization", test_known_organization);
  g_test_add_func ("/lang-german-bodies/federal-bodies", test_federal_bodies);
  g_test_add_func ("/lang-german-bodies/not-federal-bodies", test_not_federal_bodies);
  g_test_add_func ("/lang-german-bodies/international-organs", test_international_organs);
  g_test_add_func ("/lang-german-bodies/adjective-bodies", test_adjective_bodies);
  g_test_add_func ("/lang-german-bodies/organ-bodies", test_organ_bodies);
  g_test_add_func ("/lang-german-bodies/not-organ-bodies", test_not_organ_bodies);
  g_test_add_func ("/lang-german-bodies/firms-in-towns", test_firms_in_towns);
  g_test_add_func ("/lang-german-bodies/body-context-outvotes", test_body_context_outvotes);
  g_test_add_func ("/lang-german-bodies/founders-firms", test_founders_firms);
  g_test_add_func ("/lang-german-bodies/association-names", test_association_names);
  g_test_add_func ("/lang-german-bodies/association-adjective-names", test_association_adjective_names);
  g_test_add_func ("/lang-german-bodies/compound-openers", test_compound_openers);
  g_test_add_func ("/lang-german-bodies/founder-before-form", test_founder_before_form);
  g_test_add_func ("/lang-german-bodies/short-forms", test_short_forms);
  g_test_add_func ("/lang-german-bodies/town-facilities", test_town_facilities);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
