/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Sentence boundaries on the hard cases of news text, through the real
 * tokenizer and segmenter (precis_document_new).
 */
#include <string.h>

#include "pipeline.h"

typedef struct {
  const char *text;
  const char *sentences[5]; /* NULL-terminated */
} Case;

static const Case cases[] = {
  /* Titles before names never end a sentence. */
  { "Mr. Smith went to Washington. He met Dr. Jones there.",
    { "Mr. Smith went to Washington.", "He met Dr. Jones there." } },
  { "Mrs. Brown, Ms. Green and Prof. White spoke. Gov. Black and Sen. Gray agreed.",
    { "Mrs. Brown, Ms. Green and Prof. White spoke.", "Gov. Black and Sen. Gray agreed." } },
  { "Rep. Lee met Gen. Ford, Lt. Col. Hill and Sgt. Diaz. They talked.",
    { "Rep. Lee met Gen. Ford, Lt. Col. Hill and Sgt. Diaz.", "They talked." } },
  /* Country abbreviations inside and at the end of a sentence. */
  { "The U.S. and the U.K. signed the deal. It takes effect soon.",
    { "The U.S. and the U.K. signed the deal.", "It takes effect soon." } },
  { "Most of the troops are in the U.S. The rest are abroad.",
    { "Most of the troops are in the U.S.", "The rest are abroad." } },
  { "Talks with the U.S. However, nothing changed.",
    { "Talks with the U.S.", "However, nothing changed." } },
  { "The U.S. Senate voted on Friday.", { "The U.S. Senate voted on Friday." } },
  /* Company suffixes and the like. */
  { "Shares of Apple Inc. rose. Acme Corp. and Widget Co. Ltd. merged.",
    { "Shares of Apple Inc. rose.", "Acme Corp. and Widget Co. Ltd. merged." } },
  { "He sold it to Apple Inc. The deal closed in March.",
    { "He sold it to Apple Inc.", "The deal closed in March." } },
  { "Martin Luther King Jr. and John Smith Sr. spoke on St. Patrick's Day.",
    { "Martin Luther King Jr. and John Smith Sr. spoke on St. Patrick's Day." } },
  { "It was No. 10 on the list, vs. No. 3 last year, etc. They celebrated.",
    { "It was No. 10 on the list, vs. No. 3 last year, etc.", "They celebrated." } },
  { "The answer was no. The vote failed.", { "The answer was no.", "The vote failed." } },
  /* Months. */
  { "It opened on Jan. 5 and closed on Sept. 11. Feb. 3 is next.",
    { "It opened on Jan. 5 and closed on Sept. 11.", "Feb. 3 is next." } },
  { "Between Oct. and Dec. sales rose.", { "Between Oct. and Dec. sales rose." } },
  /* Initials. */
  { "J. K. Rowling wrote it. George W. Bush read it.",
    { "J. K. Rowling wrote it.", "George W. Bush read it." } },
  { "They chose Plan B. The rest followed.", { "They chose Plan B.", "The rest followed." } },
  { "MCI is second after AT&T. Consolidation followed.", { "MCI is second after AT&T.", "Consolidation followed." } },
  /* Numbers. */
  { "Prices rose 3.5% to $2.5bn in 2024. About 1,000 people came at 10:30.",
    { "Prices rose 3.5% to $2.5bn in 2024.", "About 1,000 people came at 10:30." } },
  { "Inflation hit 2.5. Rates rose by 0.25 points.",
    { "Inflation hit 2.5.", "Rates rose by 0.25 points." } },
  { "The vote is at 3 p.m. The count follows.", { "The vote is at 3 p.m.", "The count follows." } },
  { "The vote is at 3 p.m. on Friday.", { "The vote is at 3 p.m. on Friday." } },
  /* Quotations: the closing quote belongs to the sentence. */
  { "\"We will win.\" The crowd cheered.", { "\"We will win.\"", "The crowd cheered." } },
  { "She called it \xe2\x80\x9cvery useful.\xe2\x80\x9d Then she left.",
    { "She called it \xe2\x80\x9cvery useful.\xe2\x80\x9d", "Then she left." } },
  { "\xe2\x80\x98It is over.\xe2\x80\x99 She left.",
    { "\xe2\x80\x98It is over.\xe2\x80\x99", "She left." } },
  { "He asked, \"Why?\" Nobody answered!", { "He asked, \"Why?\"", "Nobody answered!" } },
  { "\xe2\x80\x9cWhy?\xe2\x80\x9d he asked. \xe2\x80\x9c" "Because!\xe2\x80\x9d she said.",
    { "\xe2\x80\x9cWhy?\xe2\x80\x9d he asked.", "\xe2\x80\x9c" "Because!\xe2\x80\x9d she said." } },
  { "He said: \xe2\x80\x9cWe are ready.\xe2\x80\x9d (The talks resumed.) Then it rained.",
    { "He said: \xe2\x80\x9cWe are ready.\xe2\x80\x9d", "(The talks resumed.)", "Then it rained." } },
  { "\xe2\x80\x9cWhy now?\xe2\x80\x9d Trump asked reporters. \xe2\x80\x9c" "Because,\xe2\x80\x9d he said.",
    { "\xe2\x80\x9cWhy now?\xe2\x80\x9d Trump asked reporters.", "\xe2\x80\x9c" "Because,\xe2\x80\x9d he said." } },
  { "\"Is it over?\" The crowd fell silent.", { "\"Is it over?\"", "The crowd fell silent." } },
  /* Ellipses. */
  { "He paused... Then he left.", { "He paused...", "Then he left." } },
  { "He paused\xe2\x80\xa6 Then he left.", { "He paused\xe2\x80\xa6", "Then he left." } },
  { "The deal was ... good, he said.", { "The deal was ... good, he said." } },
  /* Line breaks end sentences; hard-wrapped lines do not. */
  { "A line without a full stop\nThe next line.", { "A line without a full stop", "The next line." } },
  { "This sentence was wrapped\nacross two lines.", { "This sentence was wrapped\nacross two lines." } },
  { "First.\r\nSecond.\rThird.\xe2\x80\xa8" "Fourth.", { "First.", "Second.", "Third.", "Fourth." } },
  { "Non\xc2\xa0" "breaking\xc2\xa0space.\xc2\xa0Next one.", { "Non\xc2\xa0" "breaking\xc2\xa0space.", "Next one." } },
  /* No empty sentences, none of punctuation alone. */
  { "Really?! Yes. . .", { "Really?!", "Yes. . ." } },
  { "The end. \xe2\x80\x94", { "The end. \xe2\x80\x94" } },
  { "\xe2\x80\x94 The end.", { "The end." } },
  { "no capital here. and none here", { "no capital here. and none here" } },
  /* List bullets stay out of the sentence. */
  { "Plans include:\n- Better access to advice.\n\xe2\x80\xa2 Legal aid changes.\n-5 degrees.",
    { "Plans include:", "Better access to advice.", "Legal aid changes.", "-5 degrees." } },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr (PrecisDocument) doc = precis_document_new (c->text, -1, NULL);
  guint n = 0;

  while (c->sentences[n] != NULL)
    n++;
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      const PrecisSentence *s = &doc->sentences[i];
      g_autofree char *text = g_strndup (doc->text + s->byte_start, s->byte_end - s->byte_start);
      g_autofree char *by_chars = g_utf8_substring (doc->text, s->start, s->end);

      g_test_message ("sentence %u: «%s»", i, text);
      g_assert_cmpstr (text, ==, by_chars);
      if (i < n)
        g_assert_cmpstr (text, ==, c->sentences[i]);
    }
  g_assert_cmpuint (doc->n_sentences, ==, n);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  precis_pipeline_init (NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/segment/case-%02u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  return g_test_run ();
}
