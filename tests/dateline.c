/* dateline.c — a wire story's dateline ("WASHINGTON (AP) —", "(CNN)")
 * is a paragraph of its own before the lede: no summary opens with it,
 * and what it names is no actor of the story (issue 14: "salience that
 * puts the story's main actors first").  Found in the CNN/DM dev
 * articles, where 21 of 21 CNN summaries opened with "(CNN)" and "CNN"
 * was among the first three facts of 13.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The real pipeline and facts plugin with the shipped data; each text is
 * written for the test in the manner of the stories where it was found.
 */
#include <string.h>

#include "facts-fixture.h"
#include "pipeline.h"

static char *
sentence_text (const PrecisDocument *doc, guint32 i)
{
  const PrecisSentence *s = &doc->sentences[i];

  return g_strndup (doc->text + s->byte_start, s->byte_end - s->byte_start);
}

/* The text's first dateline paragraph and the content sentence after it. */
static void
assert_dateline (const char *text, const char *dateline, const char *lede)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  guint32 s = 0;

  g_test_message ("%s", text);
  while (s < doc->n_sentences && !(doc->sentences[s].flags & PRECIS_SENTENCE_DATELINE))
    s++;
  g_assert_cmpuint (s, <, doc->n_sentences);
  {
    g_autofree char *got = sentence_text (doc, s);
    g_autofree char *next = sentence_text (doc, s + 1);
    const PrecisParagraph *paragraph = &doc->paragraphs[doc->sentences[s].paragraph];

    g_assert_cmpstr (got, ==, dateline);
    g_assert_cmpuint (paragraph->n_sentences, ==, 1);
    g_assert_false (precis_sentence_is_content (&doc->sentences[s]));
    g_assert_cmpstr (next, ==, lede);
    g_assert_true (precis_sentence_is_content (&doc->sentences[s + 1]));
    g_assert_cmpuint (doc->sentences[s + 1].paragraph, ==, doc->sentences[s].paragraph + 1);
  }
}

static void
assert_no_dateline (const char *text)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  g_test_message ("%s", text);
  for (guint32 s = 0; s < doc->n_sentences; s++)
    g_assert_false (doc->sentences[s].flags & PRECIS_SENTENCE_DATELINE);
}

static void
test_datelines (void)
{
  assert_dateline ("(CNN)They may not be \"Star Trek\"-type extraterrestrials, but NASA says we may be close to "
                   "finding life elsewhere. The agency's chief scientist said so on Tuesday.\n",
                   "(CNN)", "They may not be \"Star Trek\"-type extraterrestrials, but NASA says we may be close "
                   "to finding life elsewhere.");
  assert_dateline ("Kathmandu, Nepal (CNN)Rescuers in Nepal have pulled a man from the wreckage of a building. "
                   "He had been trapped for 82 hours.\n",
                   "Kathmandu, Nepal (CNN)", "Rescuers in Nepal have pulled a man from the wreckage of a building.");
  assert_dateline ("WASHINGTON (AP) — The Senate voted on Thursday to extend the program. Republicans said it "
                   "would cost too much.\n",
                   "WASHINGTON (AP) —", "The Senate voted on Thursday to extend the program.");
  assert_dateline ("(The Hollywood Reporter)Stan Freberg, whose comic career spanned six decades, has died. He "
                   "was 88.\n",
                   "(The Hollywood Reporter)", "Stan Freberg, whose comic career spanned six decades, has died.");
  /* With the day it was filed, as the agencies write it. */
  assert_dateline ("LONDON, May 3 (Reuters) - Shares fell sharply on Friday. Banks led the fall.\n",
                   "LONDON, May 3 (Reuters) -", "Shares fell sharply on Friday.");
  assert_dateline ("Madrid, 23 may (EFE).- El Gobierno aprob\xc3\xb3 hoy el plan de vivienda. Lo dijo la ministra.\n",
                   "Madrid, 23 may (EFE).-", "El Gobierno aprob\xc3\xb3 hoy el plan de vivienda.");
  assert_dateline ("PARIS, 3 mai 2024 (AFP) - Le gouvernement a annonc\xc3\xa9 un plan. Il sera vot\xc3\xa9 en juin.\n",
                   "PARIS, 3 mai 2024 (AFP) -", "Le gouvernement a annonc\xc3\xa9 un plan.");
  /* A line of its own above the story. */
  assert_dateline ("WASHINGTON (AP) —\n\nThe Senate voted on Thursday to extend the program. Republicans "
                   "said it would cost too much.\n",
                   "WASHINGTON (AP) —", "The Senate voted on Thursday to extend the program.");
  assert_dateline ("Berlin (dpa) - Die Bundesregierung will die Steuern senken. Das sagte der Minister am "
                   "Montag.\n",
                   "Berlin (dpa) -", "Die Bundesregierung will die Steuern senken.");
  /* AP's and the New York Times' underscore for a dash, glued to the
   * credit or alone; a place in capitals and its date with no credit
   * (ANSA, the Times' news service). */
  assert_dateline ("CAGUAS, Puerto Rico (AP)_ Kidnappers kept their promise to kill a store owner. Police found "
                   "his body on Thursday.\n",
                   "CAGUAS, Puerto Rico (AP)_", "Kidnappers kept their promise to kill a store owner.");
  assert_dateline ("NAIROBI, Kenya (AP) _ The Secretary of State paid tribute to the victims on Tuesday. She "
                   "flew on to Dar es Salaam.\n",
                   "NAIROBI, Kenya (AP) _", "The Secretary of State paid tribute to the victims on Tuesday.");
  assert_dateline ("MIAMI _ The angry crowd rushed at the man as he left the courthouse. Police held them back.\n",
                   "MIAMI _", "The angry crowd rushed at the man as he left the courthouse.");
  assert_dateline ("INDEPENDENCE, Mo. _ The alliance embraced three of its former rivals on Friday. The "
                   "ceremony was short.\n",
                   "INDEPENDENCE, Mo. _", "The alliance embraced three of its former rivals on Friday.");
  assert_dateline ("ROME, 3 MAR - Italy's government approved the budget on Tuesday. The vote was close.\n",
                   "ROME, 3 MAR -", "Italy's government approved the budget on Tuesday.");
}

/* Under a title the dateline is still the story's, and the title stays
 * the title. */
static void
test_dateline_under_title (void)
{
  const char *text = "Senate extends farm program\n\nWASHINGTON (AP) — The Senate voted on Thursday to extend "
                     "the program. Republicans said it would cost too much.\n";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  assert_dateline (text, "WASHINGTON (AP) —", "The Senate voted on Thursday to extend the program.");
  g_assert_cmpstr (doc->title, ==, "Senate extends farm program");
}

/* A name with an aside in brackets, a results line, a picture's note: no
 * dateline. */
static void
test_not_datelines (void)
{
  assert_no_dateline ("John Smith (Labour) said the plan would fail. He spoke in Leeds.\n");
  assert_no_dateline ("Amanda Coetzer (South Africa) beat Irina Spirlea (Romania) 7-6 6-4.\n");
  assert_no_dateline ("Tiger Woods (USA) - 67 68 70\nErnie Els (South Africa) - 68 69 71\n");
  assert_no_dateline ("Arsenal 1 (Henry) - Chelsea 0\nLiverpool 2 (Owen) - Everton 1\n");
  assert_no_dateline ("Michelle Obama (pictured) The First Lady spoke on Monday.\n");
  /* With no credit, only a place in capitals before its dash: not a
   * name, a title or a score. */
  assert_no_dateline ("BBC One - The show returns on Friday.\n");
  assert_no_dateline ("Arsenal - Chelsea was the game of the day.\n");
  assert_no_dateline ("MIAMI 2 - Boston 1\n");
  assert_no_dateline ("The ROME office - It was closed on Monday.\n");
  assert_no_dateline ("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n\nNadim Ladki\n");
  /* Nothing after it, nothing in it, nothing but it. */
  assert_no_dateline ("(CNN)\n");
  assert_no_dateline ("John Smith (Labour)\n\nThe vote was close.\n");
  assert_no_dateline ("() The vote was close.\n");
  assert_no_dateline ("(CNN)");
  assert_no_dateline ("(");
  assert_no_dateline ("(CNN)the vote was close.\n");
  /* Only at the top of the text. */
  assert_no_dateline ("The vote was close.\n\nIt was held on Monday.\n\nLONDON (Reuters) - Shares fell on Friday.\n");
}

static double
salience_of (GArray *facts, PrecisFactKind kind, const char *value)
{
  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *fact = &g_array_index (facts, PrecisFact, i);

      if (fact->kind == kind && g_strcmp0 (fact->value, value) == 0)
        return fact->salience;
    }
  g_assert_not_reached ();
}

/* The publisher a dateline credits is no actor of its story: the agency
 * of the story ranks below it; the place the story was filed from stays a
 * fact. */
static void
test_dateline_names_are_no_actors (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "Kathmandu, Nepal (CNN)Rescuers in Nepal have pulled a man from the wreckage of a building, the "
    "United Nations said on Monday. He had been trapped for 82 hours. The United Nations said more than "
    "7,000 people had died. \"We are still searching,\" a police officer told CNN.\n",
    NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kathmandu"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "CNN"), ==, 1);
  g_assert_cmpfloat (salience_of (facts, PRECIS_FACT_ORGANIZATION, "United Nations"), >,
                     salience_of (facts, PRECIS_FACT_ORGANIZATION, "CNN"));
  g_assert_cmpfloat (salience_of (facts, PRECIS_FACT_PLACE, "Nepal"), >,
                     salience_of (facts, PRECIS_FACT_PLACE, "Kathmandu"));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/dateline/split", test_datelines);
  g_test_add_func ("/dateline/under-title", test_dateline_under_title);
  g_test_add_func ("/dateline/not", test_not_datelines);
  g_test_add_func ("/dateline/names-are-no-actors", test_dateline_names_are_no_actors);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
