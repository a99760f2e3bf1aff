/* facts-de-session25.c — German general news: the Federation's bodies by
 * their one word (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of a German
 * paper's political, court and business pages (the Frankfurter Rundschau
 * of CoNLL-2003 German).  Each case failed before its rule.
 */
#include "facts-fixture.h"

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

/* A land's name before a town is the club that bears them ("Bayern
 * München", "Hessen Kassel"), not two places; before a noun it stays the
 * land. */
static void
test_land_clubs (void)
{
  const char *text =
    "Die Eintracht hat am Samstag gegen den 1. FC Köln mit 2:1 gewonnen. Der Karlsruher SC verlor "
    "beim VfB Stuttgart. Spitzenreiter bleibt Bayern München nach einem 3:0 gegen Schalke 04. Hessen "
    "Kassel spielte 1:1. In Bayern Urlaub zu machen ist teuer.\n";
  g_autoptr (GArray) facts = facts_fixture_extract (text, "de");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bayern München"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "München"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Hessen Kassel"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Bayern Urlaub"), ==, 0);
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

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-de-session25/federal-bodies", test_federal_bodies);
  g_test_add_func ("/facts-de-session25/not-federal-bodies", test_not_federal_bodies);
  g_test_add_func ("/facts-de-session25/international-organs", test_international_organs);
  g_test_add_func ("/facts-de-session25/adjective-bodies", test_adjective_bodies);
  g_test_add_func ("/facts-de-session25/organ-bodies", test_organ_bodies);
  g_test_add_func ("/facts-de-session25/not-organ-bodies", test_not_organ_bodies);
  g_test_add_func ("/facts-de-session25/firms-in-towns", test_firms_in_towns);
  g_test_add_func ("/facts-de-session25/body-context-outvotes", test_body_context_outvotes);
  g_test_add_func ("/facts-de-session25/founders-firms", test_founders_firms);
  g_test_add_func ("/facts-de-session25/association-names", test_association_names);
  g_test_add_func ("/facts-de-session25/association-adjective-names", test_association_adjective_names);
  g_test_add_func ("/facts-de-session25/land-clubs", test_land_clubs);
  g_test_add_func ("/facts-de-session25/compound-openers", test_compound_openers);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
