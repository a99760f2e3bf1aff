/* ner-words.c — the rules' word tests: a word in a list, a token's text (or one of a list).
 *
 * Both compare bytes in place (no strcmp/strlen call): these cases pin
 * them to strcmp's answers, prefixes either way and empty words included.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <string.h>

#include "ner-doc.h"
#include "ner-word.h"

static void
test_word_in_list (void)
{
  static const char *const list[] = { "the", "their", "a", "über", NULL };
  static const char *const with_empty[] = { "x", "", NULL };
  static const char *const words[] = {
    "the", "th", "t", "thei", "their", "theirs", "them", "a", "an", "", "b", "über", "übe", "überall",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gboolean expected = g_strv_contains (list, words[i]);

      g_assert_cmpint (precis_ner_word_in_list (list, words[i]), ==, expected);
      g_assert_cmpint (precis_ner_word_in_list (with_empty, words[i]), ==, g_strv_contains (with_empty, words[i]));
    }
  g_assert_true (precis_ner_word_in_list (with_empty, ""));
  g_assert_false (precis_ner_word_in_list (list, ""));
}

static void
test_token_is (void)
{
  /* Tokens: "the" "theirs" "th" "a" "über" — each followed by more text,
   * as a document's tokens are (no NUL after them). */
  static const char text[] = "the theirs th a über!";
  static const guint32 spans[][2] = { { 0, 3 }, { 4, 10 }, { 11, 13 }, { 14, 15 }, { 16, 21 } };
  static const char *const words[] = { "the", "theirs", "their", "th", "t", "a", "an", "", "über", "übe", "über!" };
  PrecisToken tokens[G_N_ELEMENTS (spans)] = { { 0 } };
  PrecisDocument doc = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      tokens[i].byte_start = spans[i][0];
      tokens[i].byte_end = spans[i][1];
    }
  doc.text = text;
  doc.text_bytes = sizeof text - 1;
  doc.tokens = tokens;
  doc.n_tokens = G_N_ELEMENTS (tokens);
  for (guint t = 0; t < doc.n_tokens; t++)
    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      {
        gsize len = spans[t][1] - spans[t][0];
        gboolean expected = strlen (words[w]) == len && memcmp (text + spans[t][0], words[w], len) == 0;

        g_assert_cmpint (precis_ner_token_is (&doc, t, words[w]), ==, expected);
      }
  for (guint t = 0; t < doc.n_tokens; t++)
    {
      static const char *const list[] = { "th", "a", "übe", "theirs", NULL };
      gboolean expected = FALSE;

      for (guint w = 0; list[w] != NULL; w++)
        expected |= precis_ner_token_is (&doc, t, list[w]);
      g_assert_cmpint (precis_ner_token_in_list (&doc, t, list), ==, expected);
    }
  g_assert_true (precis_ner_token_in_list (&doc, 2, (const char *const[]) { "t", "th", NULL }));
  g_assert_false (precis_ner_token_in_list (&doc, 0, (const char *const[]) { "t", "th", "thee", "", NULL }));
  g_assert_true (precis_ner_token_is (&doc, 1, "theirs"));
  g_assert_false (precis_ner_token_is (&doc, 1, "the"));
  g_assert_false (precis_ner_token_is (&doc, 0, "theirs"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ner-words/word-in-list", test_word_in_list);
  g_test_add_func ("/ner-words/token-is", test_token_is);
  return g_test_run ();
}
