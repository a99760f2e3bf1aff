/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The whole pipeline on the seed article (a news page pasted with its
 * advertisement lines, repeated title and lede, and section headings) and
 * on edge cases: empty, blank, huge, concurrent.
 */
#include <string.h>

#include "pipeline.h"

static char *
read_seed (void)
{
  const char *data_dir = g_getenv ("PRECIS_DATA_DIR");
  g_autofree char *path = NULL;
  char *contents = NULL;

  if (data_dir != NULL)
    path = g_build_filename (data_dir, "seed-article.txt", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "..", "data", "seed-article.txt", NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static char *
sentence_text (const PrecisDocument *doc, guint32 i)
{
  const PrecisSentence *s = &doc->sentences[i];

  return g_strndup (doc->text + s->byte_start, s->byte_end - s->byte_start);
}

/* Offsets in code points and bytes agree, tokens lie in their sentence,
 * sentences in their paragraph, everything in order. */
static void
check_invariants (const PrecisDocument *doc)
{
  guint32 prev_end = 0, offset = 0;
  const char *at = doc->text;

  g_assert_cmpuint (doc->text_bytes, ==, strlen (doc->text));
  g_assert_cmpuint (doc->text_chars, ==, g_utf8_strlen (doc->text, -1));
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      const PrecisSentence *s = &doc->sentences[t->sentence];

      g_assert_cmpuint (t->byte_start, <, t->byte_end);
      g_assert_cmpuint (t->byte_start, >=, prev_end);
      /* Counted from the previous token: the text may be megabytes. */
      offset += g_utf8_pointer_to_offset (at, doc->text + t->byte_start);
      at = doc->text + t->byte_start;
      g_assert_cmpuint (offset, ==, t->start);
      g_assert_cmpuint (t->end - t->start, ==,
                        g_utf8_strlen (doc->text + t->byte_start, t->byte_end - t->byte_start));
      g_assert_cmpuint (i, >=, s->first_token);
      g_assert_cmpuint (i, <, s->first_token + s->n_tokens);
      g_assert_true (((t->flags & PRECIS_TOKEN_SENTENCE_START) != 0) == (i == s->first_token));
      g_assert_nonnull (t->lower);
      g_assert_nonnull (t->stem);
      g_assert_cmpuint (t->reserved, ==, 0);
      prev_end = t->byte_end;
    }
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      const PrecisSentence *s = &doc->sentences[i];
      const PrecisParagraph *p = &doc->paragraphs[s->paragraph];
      gboolean has_word = FALSE;

      g_assert_cmpuint (s->n_tokens, >, 0);
      g_assert_cmpuint (s->byte_start, ==, doc->tokens[s->first_token].byte_start);
      g_assert_cmpuint (s->end, ==, doc->tokens[s->first_token + s->n_tokens - 1].end);
      g_assert_cmpuint (i, >=, p->first_sentence);
      g_assert_cmpuint (i, <, p->first_sentence + p->n_sentences);
      g_assert_cmpuint (s->byte_start, >=, p->byte_start);
      g_assert_cmpuint (s->byte_end, <=, p->byte_end);
      g_assert_cmpuint (doc->tokens[s->first_token + s->n_tokens - 1].byte_end, ==, s->byte_end);
      for (guint32 t = s->first_token; t < s->first_token + s->n_tokens; t++)
        has_word |= (doc->tokens[t].flags & PRECIS_TOKEN_WORD) != 0;
      g_assert_true (has_word);
      if (i > 0)
        g_assert_cmpuint (s->first_token, ==, doc->sentences[i - 1].first_token + doc->sentences[i - 1].n_tokens);
    }
  g_assert_cmpuint (doc->n_sentences == 0 ? 0 : doc->sentences[doc->n_sentences - 1].first_token +
                                                  doc->sentences[doc->n_sentences - 1].n_tokens,
                    ==, doc->n_tokens);
}

static gboolean
starts_whole (const char *s)
{
  gunichar c = g_utf8_get_char (s);

  return g_unichar_isupper (c) || g_unichar_isdigit (c) || c == '"' || c == '\'' ||
         c == 0x201C || c == 0x2018;
}

static gboolean
ends_whole (const char *s)
{
  const char *last = g_utf8_prev_char (s + strlen (s));
  gunichar c = g_utf8_get_char (last);

  return c == '.' || c == '?' || c == '!' || c == '"' || c == 0x201D || c == 0x2019 || c == 0x2026;
}

static guint
count_flagged (const PrecisDocument *doc, const char *text, guint32 flag, guint *total)
{
  guint flagged = 0;

  *total = 0;
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      g_autofree char *s = sentence_text (doc, i);

      if (strcmp (s, text) == 0)
        {
          (*total)++;
          flagged += (doc->sentences[i].flags & flag) != 0;
        }
    }
  return flagged;
}

static void
test_seed (void)
{
  g_autofree char *text = read_seed ();
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  g_autofree char *first_line = g_strndup (text, strcspn (text, "\n"));
  const char *headings[] = {
    "Trump Appears to Soften His Stance on Ukraine",
    "London Protesters Demand Greater Support for Ukraine",
  };
  guint total, duplicates = 0, content = 0;
  gint lede = -1, repeated_lede = -1;

  check_invariants (doc);
  g_assert_cmpstr (doc->text, ==, text);
  g_assert_cmpstr (doc->title, ==, first_line);
  g_assert_cmpstr (doc->language, ==, "en");
  g_assert_nonnull (doc->published);

  g_assert_cmpuint (count_flagged (doc, "Advertisement \xc2\xb7 Scroll to continue",
                                   PRECIS_SENTENCE_BOILERPLATE, &total), ==, 2);
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpuint (count_flagged (doc, first_line, PRECIS_SENTENCE_TITLE, &total), ==, 2);
  g_assert_cmpuint (total, ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_assert_cmpuint (count_flagged (doc, headings[i], PRECIS_SENTENCE_HEADING, &total), ==, 1);
      g_assert_cmpuint (total, ==, 1);
    }

  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      g_autofree char *s = sentence_text (doc, i);
      const PrecisSentence *sentence = &doc->sentences[i];
      g_autofree char *by_chars = g_utf8_substring (doc->text, sentence->start, sentence->end);

      g_assert_cmpstr (s, ==, by_chars);
      if (strstr (s, "Ryabkov suggested that a potential") != NULL)
        {
          if (lede < 0)
            lede = (gint) i;
          else
            repeated_lede = (gint) i;
        }
      if ((sentence->flags & PRECIS_SENTENCE_DUPLICATE) &&
          !(sentence->flags & (PRECIS_SENTENCE_TITLE | PRECIS_SENTENCE_BOILERPLATE)))
        duplicates++;
      if (!precis_sentence_is_content (sentence))
        continue;
      content++;
      g_assert_null (strchr (s, '\n'));
      if (!starts_whole (s) || !ends_whole (s))
        g_error ("sentence %u is not whole: «%s»", i, s);
    }
  /* The lede is pasted twice, reworded at its start: the later copy goes. */
  g_assert_cmpint (lede, >=, 0);
  g_assert_cmpint (repeated_lede, >, lede);
  g_assert_false (doc->sentences[lede].flags & PRECIS_SENTENCE_NOT_CONTENT);
  g_assert_true (doc->sentences[repeated_lede].flags & PRECIS_SENTENCE_DUPLICATE);
  g_assert_cmpuint (duplicates, ==, 1);
  g_assert_cmpuint (content, >=, 20);

  /* A sentence that is nearly all quotation is marked as one. */
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      g_autofree char *s = sentence_text (doc, i);

      if (g_str_has_prefix (s, "\xe2\x80\x9cThe question is about"))
        g_assert_true (doc->sentences[i].flags & PRECIS_SENTENCE_QUOTE);
      if (g_str_has_prefix (s, "Plans are in motion"))
        g_assert_false (doc->sentences[i].flags & PRECIS_SENTENCE_QUOTE);
    }
}

static void
test_empty (void)
{
  const char *texts[] = { "", " ", "\n\n\r\n", "\xc2\xa0\t\xe2\x80\xa8 \xe2\x80\xa9\n", "*** --- ***\n\n\xe2\x80\x94" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (PrecisDocument) doc = precis_document_new (texts[i], -1, NULL);

      check_invariants (doc);
      g_assert_cmpuint (doc->n_sentences, ==, 0);
      g_assert_cmpuint (doc->n_paragraphs, ==, 0);
      g_assert_null (doc->title);
    }
  {
    g_autoptr (PrecisDocument) doc = precis_document_new (NULL, 0, NULL);

    g_assert_cmpuint (doc->n_tokens, ==, 0);
    g_assert_cmpstr (doc->text, ==, "");
  }
}

static void
test_no_final_punctuation (void)
{
  const char *text = "  the talks ended without a deal  ";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  check_invariants (doc);
  g_assert_cmpuint (doc->n_sentences, ==, 1);
  g_assert_cmpuint (doc->sentences[0].start, ==, 2);
  g_assert_cmpuint (doc->sentences[0].end, ==, strlen (text) - 2);
  g_assert_cmpuint (doc->sentences[0].flags, ==, 0);
}

static void
test_length_argument (void)
{
  const char *text = "One sentence. Not this one.";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, 13, NULL);

  check_invariants (doc);
  g_assert_cmpuint (doc->text_bytes, ==, 13);
  g_assert_cmpuint (doc->n_sentences, ==, 1);
}

static void
test_given_title (void)
{
  const char *text = "Summit in the Works\nThe talks began on Monday. They went well.\n"
                     "Summit in the works\nThe talks ended on Friday.";
  PrecisPipelineOptions options = { .title = "Summit in the Works | Example News" };
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, &options);
  guint titles = 0;

  check_invariants (doc);
  g_assert_cmpstr (doc->title, ==, options.title);
  for (guint32 i = 0; i < doc->n_sentences; i++)
    titles += (doc->sentences[i].flags & PRECIS_SENTENCE_TITLE) != 0;
  g_assert_cmpuint (titles, ==, 2);
  g_assert_true (doc->sentences[0].flags & PRECIS_SENTENCE_TITLE);
}

static void
test_title_after_furniture (void)
{
  const char *text = "Skip to main content\nBy Jane Doe\nFloods Close Schools Across the Region\n"
                     "Heavy rain closed dozens of schools on Monday. More rain is expected.\n";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  check_invariants (doc);
  g_assert_cmpstr (doc->title, ==, "Floods Close Schools Across the Region");
  g_assert_cmpuint (doc->n_sentences, ==, 5);
  g_assert_true (doc->sentences[0].flags & PRECIS_SENTENCE_BOILERPLATE);
  g_assert_true (doc->sentences[1].flags & PRECIS_SENTENCE_BOILERPLATE);
  g_assert_cmpuint (doc->sentences[2].flags, ==, PRECIS_SENTENCE_TITLE);
  g_assert_cmpuint (doc->sentences[3].flags, ==, 0);
  g_assert_cmpuint (doc->sentences[4].flags, ==, 0);
}

static void
test_question_headline (void)
{
  const char *text = "Is This the End of Cheap Oil?\n"
                     "Prices rose for a fifth week on Friday. Traders expect more.\n"
                     "What Comes Next?\n"
                     "Analysts see no quick relief.\n"
                     "Why are prices rising?\n"
                     "Demand is high.\n";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  check_invariants (doc);
  g_assert_cmpstr (doc->title, ==, "Is This the End of Cheap Oil?");
  g_assert_cmpuint (doc->n_sentences, ==, 7);
  g_assert_cmpuint (doc->sentences[0].flags, ==, PRECIS_SENTENCE_TITLE);
  g_assert_cmpuint (doc->sentences[3].flags, ==, PRECIS_SENTENCE_HEADING);
  /* A question in sentence case is text. */
  g_assert_cmpuint (doc->sentences[5].flags, ==, 0);
}

static void
test_language (void)
{
  PrecisPipelineOptions options = { .language = "EN-gb" };
  g_autoptr (PrecisDocument) doc = precis_document_new ("The runners were running.", -1, &options);

  g_assert_cmpstr (doc->language, ==, "en");
  g_assert_cmpstr (doc->tokens[3].stem, ==, "run");
  g_assert_true (doc->tokens[0].flags & PRECIS_TOKEN_STOPWORD);
}

static void
test_kicker (void)
{
  const char *text = "Politics\nMinisters Agree on Budget Deal\nThe cabinet approved the plan on Monday.\n";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  g_assert_cmpstr (doc->title, ==, "Ministers Agree on Budget Deal");
  g_assert_false (precis_sentence_is_content (&doc->sentences[0]));
  g_assert_cmpuint (doc->sentences[1].flags, ==, PRECIS_SENTENCE_TITLE);
  g_assert_cmpuint (doc->sentences[2].flags, ==, 0);
}

static void
test_no_title (void)
{
  /* A text that starts with its lede has no title line. */
  const char *text = "Heavy rain closed dozens of schools on Monday.\nMore rain is expected";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  g_assert_null (doc->title);
  g_assert_cmpuint (doc->sentences[0].flags, ==, 0);
  g_assert_cmpuint (doc->sentences[1].flags, ==, 0);
}

static void
test_heading_lines (void)
{
  /* From HTML: one paragraph a line; line 2 was an <h2>. */
  const char *text = "The talks began on Monday.\n\nWhat comes next.\nThe talks ended on Friday.";
  const guint32 headings[] = { 2 };
  PrecisPipelineOptions options = { .heading_lines = headings, .n_heading_lines = 1 };
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, &options);

  check_invariants (doc);
  g_assert_cmpuint (doc->n_sentences, ==, 3);
  g_assert_cmpuint (doc->sentences[0].flags, ==, 0);
  g_assert_cmpuint (doc->sentences[1].flags, ==, PRECIS_SENTENCE_HEADING);
  g_assert_cmpuint (doc->paragraphs[1].flags, ==, PRECIS_SENTENCE_HEADING);
  g_assert_cmpuint (doc->sentences[2].flags, ==, 0);
}

static void
test_boilerplate_kinds (void)
{
  const char *text =
    "Officials met in Geneva on Monday to discuss the ceasefire.\n"
    "Share this article\n"
    "Sign up for our daily newsletter.\n"
    "Home | World | Europe\n"
    "We use cookies to improve your experience. By continuing you accept our cookie policy.\n"
    "Read more: Why the talks failed\n"
    "Click here to follow us on social media.\n"
    "READ MORE: Ceasefire talks stall again\n"
    "Image caption, Delegates arrive at the United Nations building in Geneva on Monday morning\n"
    "Associated Press writer John Smith in Kyiv contributed to this report.\n"
    "Reporting by Jane Doe; Editing by Alex Roe\n"
    "Comments (23)\n"
    "Last modified on Tue 5 Mar 2024 10.46 GMT\n"
    "Get the latest headlines delivered to your inbox every morning.\n"
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n"
    "Advertising revenue at the broadcaster fell by a fifth.\n"
    "Images from the scene showed flooded streets.\n"
    "The delegates will meet again next week, a spokesman said.\n";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  check_invariants (doc);
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      g_autofree char *s = sentence_text (doc, i);
      gboolean prose = g_str_has_prefix (s, "Officials met") || g_str_has_prefix (s, "The delegates") ||
                       g_str_has_prefix (s, "Advertising revenue") || g_str_has_prefix (s, "Images from");

      if (prose != precis_sentence_is_content (&doc->sentences[i]))
        g_error ("sentence «%s»: flags %x", s, doc->sentences[i].flags);
      if (!prose)
        g_assert_true (doc->sentences[i].flags & PRECIS_SENTENCE_BOILERPLATE);
    }
}

static void
test_repeated_short_lines (void)
{
  /* A credit line that comes back after every picture is furniture; a
   * heading that comes once is not. */
  const char *text = "The storm reached the coast on Sunday night.\n"
                     "Jane Doe Agency\n"
                     "Thousands of homes lost power across the region.\n"
                     "Jane Doe Agency\n"
                     "What Happens Next\n"
                     "Repairs could take a week, the utility said.\n";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  check_invariants (doc);
  g_assert_cmpuint (doc->n_sentences, ==, 6);
  g_assert_cmpuint (doc->sentences[1].flags & PRECIS_SENTENCE_BOILERPLATE, !=, 0);
  g_assert_cmpuint (doc->sentences[3].flags & PRECIS_SENTENCE_BOILERPLATE, !=, 0);
  g_assert_cmpuint (doc->sentences[4].flags, ==, PRECIS_SENTENCE_HEADING);
  g_assert_cmpuint (doc->sentences[0].flags | doc->sentences[2].flags | doc->sentences[5].flags, ==, 0);
}

static void
test_exact_duplicate (void)
{
  const char *text = "The vote was held on Sunday. Turnout was high.\n\n"
                     "THE VOTE WAS HELD ON SUNDAY.  Results come on Monday.";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  check_invariants (doc);
  g_assert_cmpuint (doc->n_sentences, ==, 4);
  g_assert_cmpuint (doc->sentences[0].flags, ==, 0);
  g_assert_cmpuint (doc->sentences[2].flags & PRECIS_SENTENCE_DUPLICATE, !=, 0);
  g_assert_cmpuint (doc->sentences[3].flags, ==, 0);
}

/* The rows of a standings table share their figures, not their words:
 * none is a near repeat of another (issue 14: their clubs were lost). */
static void
test_table_rows_not_repeats (void)
{
  const char *text = "English league soccer standings after Tuesday's matches:\n"
                     "Queens Park Rangers 2 2 0 0 4 2 6\n"
                     "Stoke 2 2 0 0 4 2 6\n"
                     "Charlton 2 0 1 1 1 3 1\n"
                     "Swindon 2 0 1 1 1 3 1\n";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

  check_invariants (doc);
  g_assert_cmpuint (doc->n_sentences, ==, 5);
  for (guint32 i = 0; i < doc->n_sentences; i++)
    g_assert_cmpuint (doc->sentences[i].flags & PRECIS_SENTENCE_DUPLICATE, ==, 0);
}

static char *
big_text (gsize size, gboolean one_line)
{
  g_autofree char *seed = read_seed ();
  GString *text = g_string_sized_new (size + strlen (seed));
  guint round = 0;

  while (text->len < size)
    {
      /* Vary the copies so that not everything is a duplicate. */
      g_string_append_printf (text, "Round %u of the talks. ", round++);
      g_string_append (text, seed);
      if (one_line)
        g_strdelimit (text->str, "\n", ' ');
      g_string_append (text, one_line ? " " : "\n\n");
    }
  return g_string_free (text, FALSE);
}

/* A cancelled build stops at its next look (the first paragraph here): a
 * valid, empty document; one that is not cancelled is the whole one. */
static void
test_cancelled (void)
{
  g_autofree char *text = big_text (1024 * 1024, FALSE);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  PrecisPipelineOptions options = { .cancellable = cancellable };
  g_autoptr (PrecisDocument) whole = precis_document_new (text, -1, &options);
  g_autoptr (PrecisDocument) reference = precis_document_new (text, -1, NULL);
  g_autoptr (PrecisDocument) stopped = NULL;

  g_assert_cmpuint (whole->n_sentences, ==, reference->n_sentences);
  g_cancellable_cancel (cancellable);
  stopped = precis_document_new (text, -1, &options);
  check_invariants (stopped);
  g_assert_cmpuint (stopped->n_paragraphs, ==, 0);
  g_assert_cmpuint (stopped->n_sentences, ==, 0);
  g_assert_null (stopped->title);
}

static void
test_large (void)
{
  g_autofree char *text = big_text (1024 * 1024, FALSE);
  g_autofree char *line = big_text (256 * 1024, TRUE);
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  g_autoptr (PrecisDocument) long_line = precis_document_new (line, -1, NULL);

  check_invariants (doc);
  check_invariants (long_line);
  g_assert_cmpuint (doc->n_sentences, >, 5000);
  g_assert_cmpuint (long_line->n_paragraphs, ==, 1);
  g_assert_cmpuint (long_line->n_sentences, >, 1000);
}

/* Text stitched from the pieces that segmentation and tokenization treat
 * specially, in random order: no crash, and every invariant holds. */
static void
test_random_pieces (void)
{
  static const char *const pieces[] = {
    "U.S.", "Mr.", " ", "  ", "\n", "\n\n", "\r\n", "\xe2\x80\xa8", "\xc2\xa0", ".", "...", "\xe2\x80\xa6",
    "?", "!", "\"", "'", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x99", "\xe2\x80\x98", "(", ")", "-", "--",
    "\xe2\x80\x94", "3.5", "1,000", "n't", "'s", "The", "word", "J.", "Advertisement", "\xc2\xb7", "|",
    "\xcc\x81", "\xf0\x9f\x98\x80", "\xe2\x80\x8b", "\t", "A", "a", "Inc.", "No.", "5", ",", ":",
  };
  GRand *rand = g_rand_new_with_seed (20251125);

  for (guint round = 0; round < 300; round++)
    {
      GString *text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 400);
      g_autoptr (PrecisDocument) doc = NULL;

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      g_assert_true (g_utf8_validate (text->str, text->len, NULL));
      doc = precis_document_new (text->str, text->len, NULL);
      check_invariants (doc);
      g_assert_cmpstr (doc->text, ==, text->str);
      g_string_free (text, TRUE);
    }
  g_rand_free (rand);
}

/* A million word-less sentences on one line must not take quadratic time. */
static void
test_punctuation_line (void)
{
  GString *text = g_string_new ("Start.");
  g_autoptr (PrecisDocument) doc = NULL;
  gint64 start;

  for (guint i = 0; i < 200000; i++)
    g_string_append (text, " (). ");
  start = g_get_monotonic_time ();
  doc = precis_document_new (text->str, text->len, NULL);
  g_assert_cmpuint (doc->n_sentences, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_string_free (text, TRUE);
}

static gpointer
analyse_in_thread (gpointer data)
{
  const char *text = data;
  guint64 sum = 0;

  for (guint round = 0; round < 50; round++)
    {
      g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);

      for (guint32 i = 0; i < doc->n_tokens; i++)
        sum = sum * 31 + g_str_hash (doc->tokens[i].stem) + doc->tokens[i].flags;
      for (guint32 i = 0; i < doc->n_sentences; i++)
        sum = sum * 31 + doc->sentences[i].flags + doc->sentences[i].end;
    }
  return g_memdup2 (&sum, sizeof sum);
}

static void
test_threads (void)
{
  g_autofree char *text = read_seed ();
  g_autofree guint64 *alone = analyse_in_thread (text);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("pipeline", analyse_in_thread, text);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree guint64 *sum = g_thread_join (threads[i]);

      g_assert_cmpuint (*sum, ==, *alone);
    }
}

/* The anchor of a text without a date is now in the local zone, which
 * the pipeline keeps between documents (local-time.c): a change of TZ
 * shows in the very next document. */
static GTimeSpan
anchor_offset_under (const char *tz)
{
  g_autoptr (PrecisDocument) doc = NULL;

  g_setenv ("TZ", tz, TRUE);
  doc = precis_document_new ("Nothing happened today.", -1, NULL);
  g_assert_cmpint (doc->published_source, ==, PRECIS_ANCHOR_CALL_TIME);
  return g_date_time_get_utc_offset (doc->published);
}

static void
test_anchor_zone_follows_tz (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("TZ"));

  g_assert_cmpint (anchor_offset_under ("+09:00"), ==, 9 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (anchor_offset_under ("+09:00"), ==, 9 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (anchor_offset_under ("-05:30"), ==, -5 * G_TIME_SPAN_HOUR - 30 * G_TIME_SPAN_MINUTE);
  if (saved != NULL)
    g_setenv ("TZ", saved, TRUE);
  else
    g_unsetenv ("TZ");
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  g_assert_true (precis_pipeline_init (NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/pipeline/seed", test_seed);
  g_test_add_func ("/pipeline/empty", test_empty);
  g_test_add_func ("/pipeline/anchor-zone-follows-tz", test_anchor_zone_follows_tz);
  g_test_add_func ("/pipeline/no-final-punctuation", test_no_final_punctuation);
  g_test_add_func ("/pipeline/length-argument", test_length_argument);
  g_test_add_func ("/pipeline/given-title", test_given_title);
  g_test_add_func ("/pipeline/heading-lines", test_heading_lines);
  g_test_add_func ("/pipeline/title-after-furniture", test_title_after_furniture);
  g_test_add_func ("/pipeline/no-title", test_no_title);
  g_test_add_func ("/pipeline/kicker", test_kicker);
  g_test_add_func ("/pipeline/language", test_language);
  g_test_add_func ("/pipeline/question-headline", test_question_headline);
  g_test_add_func ("/pipeline/boilerplate-kinds", test_boilerplate_kinds);
  g_test_add_func ("/pipeline/exact-duplicate", test_exact_duplicate);
  g_test_add_func ("/pipeline/table-rows-not-repeats", test_table_rows_not_repeats);
  g_test_add_func ("/pipeline/repeated-short-lines", test_repeated_short_lines);
  g_test_add_func ("/pipeline/large", test_large);
  g_test_add_func ("/pipeline/cancelled", test_cancelled);
  g_test_add_func ("/pipeline/threads", test_threads);
  g_test_add_func ("/pipeline/random-pieces", test_random_pieces);
  g_test_add_func ("/pipeline/punctuation-line", test_punctuation_line);
  return g_test_run ();
}
