/* lang-german.c — German names the tagger alone misreads (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The paragraphs are written for the test in the manner of the GermEval
 * 2014 sentences where the cause was found (Wikipedia and news): the real
 * plugin and the shipped data, no language option, the facts a reader
 * sees.  The lexicon's nouns (train-ner --noun-words) are asked of a
 * corpus and a model made here.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "facts-fixture.h"
#include "ner-conll.h"
#include "ner-lower-words.h"
#include "ner-model.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* A surname in the genitive the document writes only so ("Luthers",
 * "Dürers") is the person, and the noun it governs none of the name;
 * the genitive of a noun that is also a surname ("des Richters") is no
 * person. */
static void
test_genitive_surnames (void)
{
  g_autoptr (GArray) facts = extract (
    "Die Kirche erinnerte am Sonntag an die Reformation. Luthers Thesen wurden damals in "
    "Wittenberg gedruckt und schnell im ganzen Land verbreitet. Die Ausstellung zeigt auch Werke "
    "aus Dürers Werkstatt. Das Urteil des Richters wurde am Freitag verkündet.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Luthers"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Luthers Thesen"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Dürers"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Richters"), ==, 0);
}

/* A surname alone inside a sentence ("verließ Grant die Stadt") is the
 * person; a noun that is also a surname, after its article ("den
 * Fischer", "einen Vogel", "dem Schah"), is none. */
static void
test_lone_surnames (void)
{
  g_autoptr (GArray) facts = extract (
    "Der General blieb nur einen Sommer in Memphis. Im Jahr darauf verließ Grant die Stadt und "
    "zog mit seinen Truppen nach Süden. Am Fluss sah er den Fischer, der einen Vogel fütterte, und "
    "dem Schah schrieb er einen Brief.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Grant"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Fischer"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Vogel"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Schah"), ==, 0);
}

/* The author's signature under a local piece, in capitals, is a person;
 * a heading in capitals that opens with a given name is none. */
static void
test_capital_names (void)
{
  g_autoptr (GArray) facts = extract (
    "Die Stadtverordneten beschlossen am Montag den neuen Haushalt. Die Opposition stimmte "
    "dagegen, weil die Gebühren für Müll und Abwasser im kommenden Jahr erneut steigen.\n\n"
    "WOLFGANG KESSLER\n\n"
    "FÜR MARIA UND IHRE KINDER BEGINNT EIN NEUES LEBEN\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "WOLFGANG KESSLER"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "MARIA"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "MARIA UND"), ==, 0);
}

static gboolean
has_word (GArray *hashes, const char *lower)
{
  guint32 hash = precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, lower, strlen (lower));

  for (guint i = 0; i < hashes->len; i++)
    if (g_array_index (hashes, guint32, i) == hash)
      return TRUE;
  return FALSE;
}

/* train-ner --noun-words: the nouns are the words the training text
 * writes capitalized inside a sentence and tags O ("Regierung"), never in
 * lower case ("Lage", written so too, is a lower-case word already); not
 * a name ("Müller", "Siemens"), nor a word only ever met first in its
 * sentence ("Haushalt", which might be a name for all the text says). */
static void
test_corpus_noun_words (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("precis-nouns-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "de.conll", NULL);
  g_autoptr (PrecisNerCorpus) corpus = NULL;
  g_autoptr (GArray) nouns = NULL;
  g_autoptr (GArray) lower = NULL;
  const char *text = "-DOCSTART- O\n\nDie O\nRegierung O\nlobt O\nMüller B-PER\nund O\nSiemens B-ORG\n"
                     "in O\nder O\nLage O\n. O\n\nHaushalt O\nbeschlossen O\n\nDie O\nlage O\n\n";

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  corpus = precis_ner_corpus_load (path, &error);
  g_assert_no_error (error);
  nouns = precis_ner_corpus_noun_words (corpus, FALSE);
  lower = precis_ner_corpus_lower_words (corpus, FALSE);
  g_assert_true (has_word (nouns, "regierung"));
  g_assert_false (has_word (nouns, "lage"));
  g_assert_false (has_word (nouns, "müller"));
  g_assert_false (has_word (nouns, "siemens"));
  g_assert_false (has_word (nouns, "haushalt"));
  g_assert_cmpuint (nouns->len, ==, 1);
  g_assert_true (has_word (lower, "lage"));
  g_assert_false (has_word (lower, "regierung"));
  g_unlink (path);
  g_rmdir (dir);
}

/* A model keeps its nouns after its lower-case words, of which they are
 * part: the features read both (precis_ner_model_lower_words), the rules
 * the lower-case words only, and the German rules that ask whether a word
 * is the language's own both. */
static void
test_model_noun_words (void)
{
  g_autofree char *dir = g_dir_make_tmp ("precis-nouns-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ner-xx.model", NULL);
  g_autofree float *weights = g_new0 (float, (gsize) 1024 * PRECIS_NER_N_TAGS);
  float transition[(PRECIS_NER_N_TAGS + 1) * PRECIS_NER_N_TAGS] = { 0 };
  PrecisNerStageWeights stage = { weights, transition };
  guint32 lage = precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, "lage", 4);
  guint32 vogel = precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, "vogel", 5);
  guint32 all[2] = { MIN (lage, vogel), MAX (lage, vogel) };
  PrecisNerLexicon words = { all, 2, 0 }, nouns = { &vogel, 1, 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerModel) model = NULL;
  PrecisNerLowerWords lower_words;

  g_assert_true (precis_ner_model_write_with_nouns (path, 10, &stage, 1, &words, &nouns, 0, &error));
  model = precis_ner_model_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (precis_ner_model_lower_words (model).n, ==, 2);
  g_assert_cmpuint (precis_ner_model_noun_words (model).n, ==, 1);
  g_assert_cmpuint (precis_ner_model_noun_words (model).hashes[0], ==, vogel);
  precis_ner_lower_words_init (&lower_words, NULL);
  precis_ner_lower_words_set_language (&lower_words, precis_ner_model_lower_words (model));
  precis_ner_lower_words_set_nouns (&lower_words, precis_ner_model_noun_words (model));
  g_assert_true (precis_ner_lower_words_in_language (&lower_words, "Lage", 4));
  g_assert_false (precis_ner_lower_words_in_language (&lower_words, "Vogel", 5));
  g_assert_true (precis_ner_lower_words_in_language_or_nouns (&lower_words, "Vogel", 5));
  g_assert_false (precis_ner_lower_words_in_language_or_nouns (&lower_words, "Grant", 5));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-german/genitive-surnames", test_genitive_surnames);
  g_test_add_func ("/lang-german/lone-surnames", test_lone_surnames);
  g_test_add_func ("/lang-german/capital-names", test_capital_names);
  g_test_add_func ("/lang-german/corpus-noun-words", test_corpus_noun_words);
  g_test_add_func ("/lang-german/model-noun-words", test_model_noun_words);
  return g_test_run ();
}
