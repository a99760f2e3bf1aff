/* speed-shortcuts.c — the cheaper paths of the tagger's words and of the
 * tense rules give their old answers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <string.h>

#include "ner-doc.h"
#include "ner-word.h"
#include "pipeline.h"
#include "timex.h"
#include "timex-private.h"

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

/* Lowered in a buffer: GLib's answer wherever it fits, the heap's (and
 * the same string) where it does not or is not ASCII. */
static void
test_strdown_in (void)
{
  static const char *const words[] = { "", "A", "Manchester City", "abcdefg", "abcdefgh", "ZüRICH", "ÉLYSÉE", "x\u00a0Y" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    for (gsize size = 1; size <= 12; size++)
      {
        char buf[12];
        char *heap = (char *) 1;
        g_autofree char *expected = g_utf8_strdown (words[i], -1);
        const char *got = precis_ner_utf8_strdown_in (words[i], buf, size, &heap);

        g_assert_cmpstr (got, ==, expected);
        if (strlen (words[i]) < size && g_str_is_ascii (words[i]))
          {
            g_assert_true (got == buf);
            g_assert_null (heap);
          }
        else
          g_assert_true (got == heap);
        g_free (heap);
      }
}

/* A key of words in a buffer: the allocated key's bytes either way. */
static void
test_words_key_in (void)
{
  static const char text[] = "Manchester City won";
  static const guint32 spans[][2] = { { 0, 10 }, { 11, 15 }, { 16, 19 } };
  static const char *const lowers[] = { "manchester", "city", "won" };
  PrecisToken tokens[G_N_ELEMENTS (spans)];
  PrecisDocument doc;

  make_document (&doc, tokens, text, spans, G_N_ELEMENTS (spans));
  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    tokens[i].lower = lowers[i];
  for (guint32 first = 0; first < doc.n_tokens; first++)
    for (guint32 end = first; end <= doc.n_tokens; end++)
      for (gsize size = 1; size <= 24; size++)
        {
          char buf[24];
          char *heap = (char *) 1;
          g_autofree char *expected = precis_ner_words_key (&doc, first, end);
          const char *got = precis_ner_words_key_in (&doc, first, end, buf, size, &heap);

          g_assert_cmpstr (got, ==, expected);
          /* (a key of n words is measured with one byte to spare) */
          g_assert_true (got == buf ? heap == NULL : got == heap);
          g_assert_true (got == buf || strlen (expected) + 2 > size);
          g_assert_true (got != buf || strlen (expected) < size);
          g_free (heap);
        }
}

/* The tense rules' answers with the tokens' tenses kept a document
 * (TxMemory.tenses) and without (no memory): every span of one to four
 * view tokens, asked in order, so that later spans read tenses kept for
 * earlier ones. */
static void
test_tense_memo (void)
{
  static const struct {
    const char *language, *text;
  } texts[] = {
    { "en", "The minister said on Monday that talks would resume on Tuesday, and the union agreed on "
            "Wednesday to meet again next week. After leaving Liverpool in May, he will join Chelsea in "
            "July; the club sold him on Friday. Until Thursday, they had not played since March 3, "
            "when the newly elected mayor was expected to speak on Sunday." },
    { "es", "El gobierno anunció el lunes que llegará el jueves, y el 3 de marzo se reunieron en Madrid." },
    { "de", "Die Preise sind im März gestiegen, und am Montag soll der Rat wieder tagen." },
    { "fr", "Le ministre s'est rendu lundi à Paris et partira jeudi pour Bruxelles." },
  };
  g_autoptr (GError) error = NULL;
  PrecisTimexRules *rules = precis_timex_rules_new (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      PrecisPipelineOptions options = { .language = texts[i].language };
      g_autoptr (PrecisDocument) doc = precis_document_new (texts[i].text, -1, &options);
      const TxGrammar *grammar = tx_grammar_for (rules, texts[i].language);
      g_autoptr (GArray) view = NULL;
      TxMemory memory = { 0 };
      TxContext with, without;
      guint asked = 0;

      g_assert_nonnull (grammar);
      view = tx_view_new (grammar, doc);
      with = (TxContext) { grammar, &memory, doc, (const TxToken *) view->data, view->len };
      without = (TxContext) { grammar, NULL, doc, (const TxToken *) view->data, view->len };
      for (guint start = 0; start < view->len; start++)
        for (guint end = start + 1; end <= view->len && end <= start + 4; end++)
          {
            g_assert_cmpint (tx_tense_around (&with, start, end), ==, tx_tense_around (&without, start, end));
            asked++;
          }
      g_assert_cmpuint (asked, >, 40);
      g_assert_nonnull (memory.tenses);
      tx_memory_clear (&memory);
      g_assert_null (memory.tenses);
    }
  precis_timex_rules_free (rules);
}

/* ner-hyphen-places.c finds a token's last hyphen with memrchr() up to a
 * NUL, where it used g_strrstr_len (text, len, "-"): the same pointer for
 * every prefix of these, NULs and hyphens at either end included. */
static void
test_last_hyphen (void)
{
  static const char *const texts[] = { "London-based", "Stoke-on-Trent-born", "-x-", "no", "", "a-\0-b", "--" };
  static const gsize sizes[] = { 13, 20, 4, 3, 1, 6, 3 };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (gsize len = 0; len < sizes[i]; len++)
      g_assert_true (memrchr (texts[i], '-', strnlen (texts[i], len)) == g_strrstr_len (texts[i], (gssize) len, "-"));
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  if (!precis_pipeline_init (NULL, &error))
    g_error ("%s", error->message);
  g_test_add_func ("/speed-shortcuts/token-is-literal", test_token_is_literal);
  g_test_add_func ("/speed-shortcuts/strdown-in", test_strdown_in);
  g_test_add_func ("/speed-shortcuts/words-key-in", test_words_key_in);
  g_test_add_func ("/speed-shortcuts/tense-memo", test_tense_memo);
  g_test_add_func ("/speed-shortcuts/last-hyphen", test_last_hyphen);
  return g_test_run ();
}
