/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Tokens as the CoNLL-2003 data has them, with offsets in code points and
 * bytes, lower forms, stems, flags and shapes.
 */
#include <string.h>

#include "chars.h"
#include "pipeline.h"
#include "stopwords.h"
#include "tokenize.h"
#include "word-cache.h"

typedef struct {
  const char *text;
  const char *tokens[24]; /* NULL-terminated */
} Case;

static const Case cases[] = {
  { "Russia\xe2\x80\x99s Deputy", { "Russia", "\xe2\x80\x99s", "Deputy" } },
  { "the parents' house", { "the", "parents", "'", "house" } },
  { "doesn\xe2\x80\x99t can't won't they're I'll we've he'd I'm",
    { "does", "n\xe2\x80\x99t", "ca", "n't", "wo", "n't", "they", "'re", "I", "'ll", "we", "'ve",
      "he", "'d", "I", "'m" } },
  { "O'Brien rock'n'roll", { "O'Brien", "rock'n'roll" } },
  { "Trump-Putin Russian-speaking full-scale", { "Trump-Putin", "Russian-speaking", "full-scale" } },
  { "3.5 1,000 10:30 $2.5bn 20% \xc2\xa3" "600m", { "3.5", "1,000", "10:30", "$", "2.5bn", "20", "%", "\xc2\xa3", "600m" } },
  { "In 2005, sales rose.", { "In", "2005", ",", "sales", "rose", "." } },
  { "U.S. Mr. Smith, Ph.D., at 3 p.m.", { "U.S.", "Mr.", "Smith", ",", "Ph.D.", ",", "at", "3", "p.m." } },
  { "J. K. Rowling", { "J.", "K.", "Rowling" } },
  /* A letter before a sentence's end is no initial: its period ends the
   * sentence, and a name's span ("Plan B") stops before it. */
  { "Plan B. The rest", { "Plan", "B", ".", "The", "rest" } },
  { "Showtime S. A. The firm", { "Showtime", "S.", "A.", "The", "firm" } },
  /* Last in the text, or before nothing but spaces: "the Xbox One S."
   * closing a paragraph; an initial after an initial keeps its period. */
  { "the $279 Xbox One S.", { "the", "$", "279", "Xbox", "One", "S", "." } },
  { "the Xbox One S. \n", { "the", "Xbox", "One", "S", "." } },
  { "Showtime de Mexico S. A.", { "Showtime", "de", "Mexico", "S.", "A." } },
  { "George W. Bush. However, Vitamin C. It", { "George", "W.", "Bush", ".", "However", ",", "Vitamin", "C", ".", "It" } },
  { "the end. Then", { "the", "end", ".", "Then" } },
  { "Wait... what\xe2\x80\xa6", { "Wait", "...", "what", "\xe2\x80\xa6" } },
  { "\xe2\x80\x9cHello,\xe2\x80\x9d she said \xe2\x80\x94 \"bye\" (ok) -- fine",
    { "\xe2\x80\x9c", "Hello", ",", "\xe2\x80\x9d", "she", "said", "\xe2\x80\x94", "\"", "bye", "\"", "(",
      "ok", ")", "--", "fine" } },
  { "Why?! #news @bbc", { "Why", "?", "!", "#", "news", "@", "bbc" } },
  { "bbc.co.uk -5 G7 4th", { "bbc.co.uk", "-", "5", "G7", "4th" } },
  { "heard.Shocking One.Tel e.g.The www.Facebook.com window.FontFace sales.Key",
    { "heard", ".", "Shocking", "One.Tel", "e.g.The", "www.Facebook.com", "window.FontFace", "sales", ".", "Key" } },
  { "U.S.-based AT&T S&P 500 rose 2/3 to .5 on 08/26/96", { "U.S.-based", "AT&T", "S&P", "500", "rose", "2/3", "to", ".5", "on", "08/26/96" } },
  { "Tom & Jerry and/or this", { "Tom", "&", "Jerry", "and", "/", "or", "this" } },
  { "caf\xc3\xa9 na\xc3\xafve Zelenskyy\xe2\x80\x99s", { "caf\xc3\xa9", "na\xc3\xafve", "Zelenskyy", "\xe2\x80\x99s" } },
};

static PrecisTokenizer tokenizer;

static void
tokenize_text (const char *text, PrecisTokenBuf *buf)
{
  precis_token_buf_init (buf);
  precis_tokenize (&tokenizer, buf, text, 0, (guint32) strlen (text), 0, FALSE);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  PrecisTokenBuf buf;
  guint n = 0;

  tokenize_text (c->text, &buf);
  while (c->tokens[n] != NULL)
    n++;
  for (guint32 i = 0; i < buf.n_tokens; i++)
    {
      const PrecisToken *t = &buf.tokens[i];
      g_autofree char *text = g_strndup (c->text + t->byte_start, t->byte_end - t->byte_start);
      g_autofree char *by_chars = g_utf8_substring (c->text, t->start, t->end);

      g_test_message ("token %u: «%s»", i, text);
      g_assert_cmpstr (text, ==, by_chars);
      if (i < n)
        g_assert_cmpstr (text, ==, c->tokens[i]);
    }
  g_assert_cmpuint (buf.n_tokens, ==, n);
  precis_token_buf_clear (&buf);
}

static const PrecisToken *
find (const PrecisDocument *doc, const char *text)
{
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (strlen (text) == t->byte_end - t->byte_start &&
          memcmp (doc->text + t->byte_start, text, t->byte_end - t->byte_start) == 0)
        return t;
    }
  g_error ("no token «%s»", text);
  return NULL;
}

static void
test_offsets (void)
{
  /* “ and ’ are three bytes, é two: code points and bytes part ways. */
  const char *text = "\xe2\x80\x9c\xc3\x9c" "ber\xe2\x80\x9d caf\xc3\xa9\xe2\x80\x99s, 10\xc2\xa0km";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  const struct { const char *token; guint32 start, end, byte_start, byte_end; } expected[] = {
    { "\xe2\x80\x9c", 0, 1, 0, 3 },
    { "\xc3\x9c" "ber", 1, 5, 3, 8 },
    { "\xe2\x80\x9d", 5, 6, 8, 11 },
    { "caf\xc3\xa9", 7, 11, 12, 17 },
    { "\xe2\x80\x99s", 11, 13, 17, 21 },
    { ",", 13, 14, 21, 22 },
    { "10", 15, 17, 23, 25 },
    { "km", 18, 20, 27, 29 },
  };

  g_assert_cmpuint (doc->n_tokens, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      g_assert_cmpuint (t->start, ==, expected[i].start);
      g_assert_cmpuint (t->end, ==, expected[i].end);
      g_assert_cmpuint (t->byte_start, ==, expected[i].byte_start);
      g_assert_cmpuint (t->byte_end, ==, expected[i].byte_end);
    }
  g_assert_cmpstr (doc->tokens[1].lower, ==, "\xc3\xbc" "ber");
  g_assert_cmpuint (doc->text_chars, ==, 20);
}

static void
test_forms_and_flags (void)
{
  const char *text = "The NATO summit, running late, said \xe2\x80\x9cthe iPhone was sold "
                     "in 2022\xe2\x80\x9d. G7 \xc3\x89" "COLE";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  const PrecisToken *t;

  t = find (doc, "The");
  g_assert_cmpstr (t->lower, ==, "the");
  g_assert_cmpuint (t->flags & (PRECIS_TOKEN_STOPWORD | PRECIS_TOKEN_WORD | PRECIS_TOKEN_SENTENCE_START),
                    ==, PRECIS_TOKEN_STOPWORD | PRECIS_TOKEN_WORD | PRECIS_TOKEN_SENTENCE_START);
  g_assert_false (t->flags & PRECIS_TOKEN_SPACE_BEFORE);
  g_assert_cmpuint (t->shape, ==, PRECIS_SHAPE_CAPITALIZED);

  t = find (doc, "NATO");
  g_assert_cmpuint (t->shape, ==, PRECIS_SHAPE_UPPER);
  g_assert_true (t->flags & PRECIS_TOKEN_SPACE_BEFORE);
  g_assert_false (t->flags & (PRECIS_TOKEN_STOPWORD | PRECIS_TOKEN_SENTENCE_START));

  t = find (doc, "running");
  g_assert_cmpstr (t->stem, ==, "run");
  g_assert_cmpuint (t->shape, ==, PRECIS_SHAPE_LOWER);

  t = find (doc, ",");
  g_assert_false (t->flags & (PRECIS_TOKEN_SPACE_BEFORE | PRECIS_TOKEN_WORD));
  g_assert_cmpuint (t->shape, ==, PRECIS_SHAPE_PUNCT);

  t = find (doc, "iPhone");
  g_assert_cmpuint (t->shape, ==, PRECIS_SHAPE_MIXED);
  g_assert_true (t->flags & PRECIS_TOKEN_IN_QUOTE);
  g_assert_false (find (doc, "said")->flags & PRECIS_TOKEN_IN_QUOTE);
  g_assert_cmpuint (find (doc, "2022")->shape, ==, PRECIS_SHAPE_NUMBER);
  g_assert_cmpuint (find (doc, "G7")->shape, ==, PRECIS_SHAPE_ALNUM);
  g_assert_cmpuint (find (doc, "G7")->flags & PRECIS_TOKEN_SENTENCE_START, !=, 0);
  g_assert_cmpstr (find (doc, "\xc3\x89" "COLE")->lower, ==, "\xc3\xa9" "cole");
  g_assert_cmpuint (find (doc, "\xc3\x89" "COLE")->shape, ==, PRECIS_SHAPE_UPPER);
}

static void
test_long_word (void)
{
  /* Longer than any cache or buffer: a URL-like run of 100,000 letters. */
  GString *text = g_string_new ("Start ");
  g_autoptr (PrecisDocument) doc = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, 'a' + i % 26);
  g_string_append (text, " end.");
  doc = precis_document_new (text->str, text->len, NULL);
  g_assert_cmpuint (doc->n_tokens, ==, 4);
  g_assert_cmpuint (doc->tokens[1].end - doc->tokens[1].start, ==, 100000);
  g_assert_cmpuint (strlen (doc->tokens[1].lower), ==, 100000);
  g_string_free (text, TRUE);
}

/* precis_utf8_count agrees with g_utf8_strlen at every length and start
 * (16-byte steps, their tail, and more than 255 steps, where the step
 * counters are summed: a run of 4,096 ASCII bytes fills every counter), on
 * text of 1- to 4-byte characters. */
static void
check_utf8_counts (const GString *text)
{
  for (gsize start = 0; start < 8; start = g_utf8_next_char (text->str + start) - text->str)
    for (gsize end = start; end <= text->len; end = g_utf8_next_char (text->str + end) - text->str)
      {
        if (end - start > 300 && end + 40 < text->len && end % 97 != 0)
          continue;  /* every length up to 300, then a sample and the end */
        g_assert_cmpuint (precis_utf8_count (text->str + start, end - start), ==,
                          g_utf8_strlen (text->str + start, end - start));
        if (end == text->len)
          break;
      }
}

static void
test_utf8_count (void)
{
  static const char *const pieces[] = { "a", "\xc3\xa9", "\xe2\x80\x99", "\xf0\x9f\x98\x80", " ", "Z" };
  g_autoptr (GString) mixed = g_string_new (NULL), ascii_first = g_string_new (NULL);

  for (guint i = 0; mixed->len < 9000; i++)
    g_string_append (mixed, pieces[(i * 7 + i / 3) % G_N_ELEMENTS (pieces)]);
  for (guint i = 0; i < 4200; i++)
    g_string_append_c (ascii_first, 'a' + i % 26);
  g_string_append_len (ascii_first, mixed->str, 1000);
  check_utf8_counts (mixed);
  check_utf8_counts (ascii_first);
}

/* The word cache says whether a word is its own stem, on the look-up that
 * stems it and on those that find it remembered, for words too long to
 * remember too; the tokenizer then keeps one copy of the word. */
static void
test_own_stem (void)
{
  PrecisWordCache *cache = precis_word_cache_get ("en", precis_stopwords_get ("en"));
  g_autofree char *long_word = g_strnfill (70, 'x');
  g_autofree char *long_plural = g_strconcat (long_word, "ing", NULL);
  const char *const words[] = { "running", "cat", "the", "houses", long_word, long_plural };

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        gsize length = strlen (words[i]), stem_length, plain_length;
        gboolean stopword, plain_stopword, own_stem;
        g_autofree char *plain = NULL;
        const char *stem;

        stem = precis_word_cache_lookup (cache, words[i], length, &plain_length, &plain_stopword);
        plain = g_strndup (stem, plain_length);  /* valid until the next look-up */
        stem = precis_word_cache_lookup_hashed (cache, words[i], length, precis_word_cache_hash (words[i], length),
                                                &stem_length, &stopword, &own_stem);
        g_assert_cmpuint (stem_length, ==, plain_length);
        g_assert_true (strncmp (stem, plain, stem_length) == 0);
        g_assert_cmpint (stopword, ==, plain_stopword);
        g_assert_cmpint (own_stem, ==, stem_length == length && memcmp (stem, words[i], length) == 0);
      }
  g_assert_cmpuint (precis_word_cache_hash ("cat", 3), ==, precis_word_cache_hash ("cats", 3));
  g_assert_cmpuint (precis_word_cache_hash ("", 0), !=, 0);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  g_assert_true (precis_pipeline_init (NULL, &error));
  tokenizer.language = "en";
  tokenizer.stopwords = precis_stopwords_get ("en");
  g_assert_nonnull (tokenizer.stopwords);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/tokenize/case-%02u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/tokenize/offsets", test_offsets);
  g_test_add_func ("/tokenize/forms-and-flags", test_forms_and_flags);
  g_test_add_func ("/tokenize/long-word", test_long_word);
  g_test_add_func ("/tokenize/utf8-count", test_utf8_count);
  g_test_add_func ("/tokenize/own-stem", test_own_stem);
  return g_test_run ();
}
