/* lang-tokenized.c — text a tokenizer wrote, abbreviations' periods set
 * apart (issue 15).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * GermEval 2014 writes some abbreviations as two tokens ("St . Moritz",
 * "Dr . Weber", "Meyer u . Co . KG"), and a client that sends such tokens
 * joined by spaces sends that text.  The period is still the
 * abbreviation's: the sentence goes on, and the place after "St ." is
 * found.  The paragraphs are written for the test in GermEval's manner.
 */
#include <string.h>

#include "facts-fixture.h"
#include "pipeline.h"

static guint
n_sentences (const char *text, const char *language)
{
  PrecisPipelineOptions options = { .language = language };
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, &options);

  for (guint32 i = 0; i < doc->n_sentences; i++)
    g_test_message ("sentence %u: «%.*s»", i, (int) (doc->sentences[i].byte_end - doc->sentences[i].byte_start),
                    doc->text + doc->sentences[i].byte_start);
  return doc->n_sentences;
}

/* A title's period ends no sentence, another abbreviation's only before a
 * sentence's opener, as when the period is written against the word. */
static void
test_sentences (void)
{
  g_assert_cmpuint (n_sentences ("Im Winter reiste die Familie nach St . Moritz und blieb dort bis Ende "
                                 "Februar .", "de"), ==, 1);
  g_assert_cmpuint (n_sentences ("Die Praxis von Dr . Weber liegt gleich neben dem Rathaus .", "de"), ==, 1);
  g_assert_cmpuint (n_sentences ("Der Auftrag von 2 Mio . Euro ging an die Firma Meyer u . Co . KG in "
                                 "Hanau .", "de"), ==, 1);
  g_assert_cmpuint (n_sentences ("Shares of Acme Corp . Ltd . rose on the news .", "en"), ==, 1);
  /* A period of its own after a word of no list, or after an
   * abbreviation before a sentence's opener, still ends the sentence. */
  g_assert_cmpuint (n_sentences ("Der Umsatz stieg auf 4 Mrd . Die Zahl der Mitarbeiter blieb gleich .", "de"),
                    ==, 2);
  g_assert_cmpuint (n_sentences ("Sie fuhren nach Berlin . Moritz blieb zu Hause .", "de"), ==, 2);
  g_assert_cmpuint (n_sentences ("They chose Plan B . Peter left .", "en"), ==, 2);
}

/* The place after "St ." is one place, through the whole plugin, no
 * language option. */
static void
test_saint_places (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "Im Winter reiste die Familie wie jedes Jahr nach St . Moritz , wo sie ein kleines Haus am See "
    "besitzt . Der Vater arbeitete dort früher als Skilehrer und kennt die Berge gut .\n",
    NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "St . Moritz"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Moritz"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/lang-tokenized/sentences", test_sentences);
  g_test_add_func ("/lang-tokenized/saint-places", test_saint_places);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
