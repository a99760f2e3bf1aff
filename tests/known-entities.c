/* known-entities.c — the lexicon of well-known entities (data/gazetteers/entities.tsv).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * tools/make-entities.py keeps the names WikiNEuRal tags with one type in
 * several languages' Wikipedia: clubs, companies, broadcasters, bodies the
 * news names without saying what they are.  The real plugin and the
 * shipped data: the facts a reader sees.
 */
#include <precis/precis-plugin.h>

#include <string.h>

#include "data-dir.h"
#include "facts-fixture.h"
#include "ner-gazetteer.h"

static GArray *
extract_in (const char *text, const char *language)
{
  return facts_fixture_extract (text, language);
}

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* The shipped list knows the entities of modern news the IEEE registry
 * (companies.tsv) does not, with their types; a name that is an English
 * word or a surname says so ("Keane" the band is Roy Keane in BBC sport),
 * and a city is no club. */
static void
test_lexicon (void)
{
  g_autofree char *dir = g_build_filename (precis_data_dir (), "gazetteers", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerGazetteer) gazetteer = precis_ner_gazetteer_new (dir, &error);

  g_assert_no_error (error);
  for (const char *const *name = (const char *const[]) { "BBC", "Samsung", "UBS", "Chelsea", "Juventus", NULL };
       *name != NULL; name++)
    {
      g_test_message ("%s", *name);
      g_assert_cmpuint (precis_ner_gazetteer_known (gazetteer, *name), ==, PRECIS_NER_TYPE_ORG);
      g_assert_true (precis_ner_gazetteer_is_organization (gazetteer, *name));
    }
  g_assert_cmpuint (precis_ner_gazetteer_known (gazetteer, "Apple"), ==, PRECIS_NER_TYPE_ORG | PRECIS_NER_KNOWN_AMBIGUOUS);
  g_assert_cmpuint (precis_ner_gazetteer_known (gazetteer, "Queen"), ==, PRECIS_NER_TYPE_ORG | PRECIS_NER_KNOWN_AMBIGUOUS);
  g_assert_false (precis_ner_gazetteer_is_organization (gazetteer, "Queen"));
  g_assert_cmpuint (precis_ner_gazetteer_known (gazetteer, "Keane"), ==, PRECIS_NER_TYPE_ORG | PRECIS_NER_KNOWN_AMBIGUOUS);
  g_assert_cmpuint (PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, "Liverpool")), !=, PRECIS_NER_TYPE_ORG);
  g_assert_cmpuint (precis_ner_gazetteer_known (gazetteer, "Sheffield United"), ==, 0);
}

/* words.txt is searched in place (a binary search over its bytes): every
 * word it lists is found, and a word it does not list is not, as a hash
 * set of its lines answers; the first and the last line too. */
static void
test_english_words (void)
{
  g_autofree char *dir = g_build_filename (precis_data_dir (), "gazetteers", NULL);
  g_autofree char *path = g_build_filename (dir, "words.txt", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerGazetteer) gazetteer = precis_ner_gazetteer_new (dir, &error);
  g_autoptr (GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_hash_table_add (listed, lines[i]);
  g_assert_cmpuint (g_hash_table_size (listed), >, 10000);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *longer = g_strconcat (lines[i], "s", NULL);
      g_autofree char *shorter = g_strndup (lines[i], strlen (lines[i]) / 2);

      if (*lines[i] == '\0')
        continue;
      n++;
      g_assert_true (precis_ner_gazetteer_is_english_word (gazetteer, lines[i]));
      g_assert_cmpint (precis_ner_gazetteer_is_english_word (gazetteer, longer), ==,
                       g_hash_table_contains (listed, longer));
      g_assert_cmpint (precis_ner_gazetteer_is_english_word (gazetteer, shorter), ==,
                       g_hash_table_contains (listed, shorter));
    }
  g_assert_cmpuint (n, ==, g_hash_table_size (listed));
  for (const char *const *word = (const char *const[]) { "", "a", "aaaa", "zzzzzz", "\xc3\xa9t\xc3\xa9",
                                                         "brown", "baby", NULL };
       *word != NULL; word++)
    g_assert_cmpint (precis_ner_gazetteer_is_english_word (gazetteer, *word), ==,
                     g_hash_table_contains (listed, *word));
  g_assert_true (precis_ner_gazetteer_is_english_word (gazetteer, "baby"));
  g_assert_false (precis_ner_gazetteer_is_english_word (gazetteer, "brown"));
}

/* BBC dev articles: the broadcaster a speaker told (bbc-sport-141,
 * bbc-tech-209) and the club a team plays (bbc-sport-141) are facts,
 * organizations, though the article says nothing of what they are; "the
 * Queen" of British news (bbc-politics-397) is no band's fact. */
static void
test_bbc_names (void)
{
  g_autoptr (GArray) told = extract (
      "\"The way I see it I'm selling something I already own; after 30 days I get it back,\" he told "
      "the BBC Today programme.\n");
  g_autoptr (GArray) sport = extract (
      "Benitez is hoping to win his first trophy since arriving at Liverpool from Valencia when they "
      "play Chelsea in the Carling Cup on Sunday in Cardiff.\n");
  g_autoptr (GArray) queen = extract (
      "Tony Blair is tipped to ask the Queen on Monday to dissolve Parliament ready for a 5 May poll.\n");

  g_assert_cmpuint (facts_fixture_count (told, PRECIS_FACT_ORGANIZATION, "BBC"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (sport, PRECIS_FACT_ORGANIZATION, "Chelsea"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (queen, PRECIS_FACT_ORGANIZATION, "Queen"), ==, 0);
}

/* A well-known person read as a company is a person (bbc-entertainment-317,
 * BBC dev); a place named after one stays a place. */
static void
test_people (void)
{
  g_autoptr (GArray) facts = extract (
      "\"I want to touch on all aspects of our culture, perhaps with readings from Genet, and I have an "
      "idea for Jeremy Irons to read Proust,\" he said.\n");
  g_autoptr (GArray) airport = extract ("The flight landed at Charles de Gaulle airport in Paris.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Jeremy Irons"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (airport, PRECIS_FACT_PERSON, "Charles de Gaulle"), ==, 0);
}

/* Each language's reader has the lexicon, with its own words: "Como" is
 * a Spanish word ("como": as), the Italian town to an Italian; "Arsenal"
 * an English, Spanish or French word, the club to an Italian, Dutch or
 * German reader. */
static void
test_languages (void)
{
  static const struct { const char *language, *name; guint known; } cases[] = {
    { "de", "Greenpeace", PRECIS_NER_TYPE_ORG },
    { "es", "Volkswagen", PRECIS_NER_TYPE_ORG },
    { "es", "Goldman Sachs", PRECIS_NER_TYPE_ORG },
    { "fr", "Paris Saint-Germain", PRECIS_NER_TYPE_ORG },
    { "it", "Netflix", PRECIS_NER_TYPE_ORG },
    { "nl", "Samsung", PRECIS_NER_TYPE_ORG },
    { "es", "Como", PRECIS_NER_TYPE_LOC | PRECIS_NER_KNOWN_AMBIGUOUS },
    { "it", "Como", PRECIS_NER_TYPE_LOC },
    { "es", "Arsenal", PRECIS_NER_TYPE_ORG | PRECIS_NER_KNOWN_AMBIGUOUS },
    { "it", "Arsenal", PRECIS_NER_TYPE_ORG },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = g_build_filename (precis_data_dir (), "gazetteers", cases[i].language, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisNerGazetteer) gazetteer = precis_ner_gazetteer_new (dir, &error);

      g_test_message ("%s %s", cases[i].language, cases[i].name);
      g_assert_no_error (error);
      g_assert_cmpuint (precis_ner_gazetteer_known (gazetteer, cases[i].name), ==, cases[i].known);
    }
}

/* "Le Paris Saint-Germain a battu Lens samedi" (issue 15): the club the
 * French tagger reads as a place is an organization, and the town it beat
 * is its rival club, not the town. */
static void
test_french_club (void)
{
  g_autoptr (GArray) facts = extract_in ("Le Paris Saint-Germain a battu Lens samedi au Parc des Princes.\n", "fr");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Paris Saint-Germain"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Lens"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Lens"), ==, 0);
}

/* Companies and clubs the other languages' taggers read as places or
 * people (es/it/fr/nl dev and validation sets had these names so) are
 * organizations in every language the lexicon is shipped for. */
static void
test_other_languages (void)
{
  static const struct { const char *language, *text, *names[3]; } cases[] = {
    { "es", "Las ventas de General Motors y Volkswagen cayeron en Europa durante el mes de marzo.\n",
      { "General Motors", "Volkswagen", NULL } },
    { "it", "Lenovo ha superato Dell nelle vendite di computer portatili in Cina.\n", { "Lenovo", NULL } },
    { "fr", "Les ventes de Chrysler ont reculé de 5 % en mars aux Etats-Unis.\n", { "Chrysler", NULL } },
    { "nl", "Rayo Vallecano won zondag met 2-0 van Real Madrid.\n", { "Rayo Vallecano", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GArray) facts = extract_in (cases[i].text, cases[i].language);

      for (const char *const *name = cases[i].names; *name != NULL; name++)
        {
          g_test_message ("%s %s", cases[i].language, *name);
          g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, *name), ==, 1);
        }
    }
}

/* "inducted into the Rock and Roll Hall of Fame": a name entities.tsv
 * lists whole, joined by "and" and "of", is one name, not the tagger's
 * "Roll Hall" and "Fame". */
static void
test_joined_listed_name (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "The bluesman was inducted into the Rock and Roll Hall of Fame in 1987. The Motion Picture Association "
    "of America said piracy cost studios billions.\n", NULL);

  g_assert_cmpuint (facts_fixture_count_names (facts, "Roll Hall"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Fame"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Rock and Roll Hall of Fame"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Motion Picture Association of America"),
                    ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/known-entities/lexicon", test_lexicon);
  g_test_add_func ("/known-entities/english-words", test_english_words);
  g_test_add_func ("/known-entities/bbc-names", test_bbc_names);
  g_test_add_func ("/known-entities/people", test_people);
  g_test_add_func ("/known-entities/languages", test_languages);
  g_test_add_func ("/known-entities/french-club", test_french_club);
  g_test_add_func ("/known-entities/other-languages", test_other_languages);
  g_test_add_func ("/known-entities/joined-listed-name", test_joined_listed_name);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
