/* speed-session27.c — session 27's cheaper paths give their old answers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <string.h>

#include "ner-mentions.h"

/* A document of the tokens in `spans` of `text` (no NUL after a token, as
 * in a document's text). */
static void
make_document (PrecisDocument *doc, PrecisToken *tokens, const char *text, const guint32 (*spans)[2], guint n)
{
  for (guint i = 0; i < n; i++)
    {
      tokens[i] = (PrecisToken) { 0 };
      tokens[i].byte_start = spans[i][0];
      tokens[i].byte_end = spans[i][1];
    }
  *doc = (PrecisDocument) { 0 };
  doc->text = text;
  doc->text_bytes = strlen (text);
  doc->tokens = tokens;
  doc->n_tokens = n;
}

/* A literal's test in line (the header's macro) against the function's,
 * and both against strlen and memcmp. */
#define CHECK_LITERAL(doc, t, word)                                                                  \
  G_STMT_START                                                                                       \
  {                                                                                                  \
    const PrecisToken *tok_ = &(doc)->tokens[t];                                                     \
    gsize len_ = tok_->byte_end - tok_->byte_start;                                                  \
    gboolean expected_ = strlen (word) == len_ && memcmp ((doc)->text + tok_->byte_start, word, len_) == 0; \
                                                                                                     \
    g_assert_cmpint (precis_ner_token_is (doc, t, word), ==, expected_);                             \
    g_assert_cmpint ((precis_ner_token_is) (doc, t, word), ==, expected_);                           \
  }                                                                                                  \
  G_STMT_END

static void
test_token_is_literal (void)
{
  /* "(" "and" "an" "a" "über" "," "" (an empty token at the end) */
  static const char text[] = "(and an a über,,x";
  static const guint32 spans[][2] = { { 0, 1 }, { 1, 4 }, { 5, 7 }, { 8, 9 }, { 10, 15 }, { 15, 16 }, { 16, 16 } };
  PrecisToken tokens[G_N_ELEMENTS (spans)];
  PrecisDocument doc;

  make_document (&doc, tokens, text, spans, G_N_ELEMENTS (spans));
  for (guint t = 0; t < doc.n_tokens; t++)
    {
      CHECK_LITERAL (&doc, t, "(");
      CHECK_LITERAL (&doc, t, "(a");
      CHECK_LITERAL (&doc, t, "and");
      CHECK_LITERAL (&doc, t, "an");
      CHECK_LITERAL (&doc, t, "a");
      CHECK_LITERAL (&doc, t, "andx");
      CHECK_LITERAL (&doc, t, "über");
      CHECK_LITERAL (&doc, t, "übe");
      CHECK_LITERAL (&doc, t, ",");
      CHECK_LITERAL (&doc, t, ",,");
      CHECK_LITERAL (&doc, t, "");
    }
  g_assert_true (precis_ner_token_is (&doc, 1, "and"));
  g_assert_false (precis_ner_token_is (&doc, 2, "and"));
  g_assert_true (precis_ner_token_is (&doc, 4, "über"));
  g_assert_true (precis_ner_token_is (&doc, 6, ""));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/speed-session27/token-is-literal", test_token_is_literal);
  return g_test_run ();
}
