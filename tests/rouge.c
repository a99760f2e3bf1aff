/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The ROUGE scorer of tests/eval on cases worked out by hand, following
 * rouge-score's algorithm step by step (see the comments).
 */
#include <glib.h>

#include "rouge.h"

#define EPS 1e-9

static void
assert_score (const PrecisRougeScore *score, double precision, double recall, double f)
{
  g_assert_cmpfloat_with_epsilon (score->precision, precision, EPS);
  g_assert_cmpfloat_with_epsilon (score->recall, recall, EPS);
  g_assert_cmpfloat_with_epsilon (score->fmeasure, f, EPS);
}

static void
test_tokenize (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  /* Lowercased; "-", ".", "'", "," and the non-ASCII "é" separate tokens;
   * "operate" (7 chars) is stemmed, "was" (3 chars) is not although Porter
   * would make it "wa"; "Ponies" becomes "poni", "running" "run". */
  g_auto (GStrv) tokens = precis_rouge_tokenize (rouge, "Co-operate, U.S.'s café was 3.5% Ponies running!");
  const char *expected[] = { "co", "oper", "u", "s", "s", "caf", "was", "3", "5", "poni", "run", NULL };

  g_assert_cmpstrv (tokens, expected);
}

static void
test_tokenize_unicode_folding (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  /* Python lowercases "İ" to "i" + U+0307 (which separates, so "İzmir"
   * gives "i" and "zmir") and the Kelvin sign to "k"; "Ä" and "ß" stay
   * outside [a-z0-9] and separate tokens. */
  g_auto (GStrv) tokens = precis_rouge_tokenize (rouge, "İzmir 5\u212A ÄbcßX");
  const char *expected[] = { "i", "zmir", "5k", "bc", "x", NULL };

  g_assert_cmpstrv (tokens, expected);
}

static void
test_ngrams (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  PrecisRougeScores s;

  /* Unigrams: "the" min(2,2) + "cat" 1 = 3 hits; 4 candidate, 6 reference
   * tokens: P 3/4, R 1/2, F 0.6.  Bigrams: only "the cat" of 3 candidate and
   * 5 reference bigrams: P 1/3, R 1/5, F 0.25.  LCS "the cat the": 3. */
  precis_rouge_score (rouge, "The cat sat on the mat.", "the cat, the dog", &s);
  assert_score (&s.rouge1, 0.75, 0.5, 0.6);
  assert_score (&s.rouge2, 1.0 / 3, 0.2, 0.25);
  assert_score (&s.rouge_lsum, 0.75, 0.5, 0.6);
}

static void
test_bigram_across_lines (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  PrecisRougeScores s;

  /* rouge-score tokenizes the whole text for ROUGE-N, so "x y" is a bigram
   * of the candidate although a newline separates the two. */
  precis_rouge_score (rouge, "x y", "zz x\ny ww", &s);
  assert_score (&s.rouge2, 1.0 / 3, 1.0, 0.5);
}

static void
test_union_lcs (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  PrecisRougeScores s;

  /* The example of Lin (2004): LCS with the first candidate sentence is
   * "aa bb", with the second "aa cc ee"; their union "aa bb cc ee" gives 4
   * hits over 5 reference and 10 candidate tokens: R 0.8, P 0.4. */
  precis_rouge_score (rouge, "aa bb cc dd ee", "aa bb ff gg hh\naa cc hh ii ee", &s);
  assert_score (&s.rouge_lsum, 0.4, 0.8, 2 * 0.4 * 0.8 / 1.2);
}

static void
test_lcs_counts_clipped (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  PrecisRougeScores s;

  /* Both reference sentences have LCS "aa bb" with the candidate, but the
   * candidate holds each token once: 2 hits, R 2/4, P 2/2. */
  precis_rouge_score (rouge, "aa bb\naa bb", "aa bb", &s);
  assert_score (&s.rouge_lsum, 1.0, 0.5, 2.0 / 3);
}

static void
test_lcs_tie_breaking (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  PrecisRougeScores s;

  /* "aa bb" against "bb aa": both LCS have length 1; rouge-score's
   * backtracking moves up on ties and so keeps "aa".  With "bb" from the
   * second candidate sentence the union is "aa bb": 2 hits, R 1, P 2/3.
   * (Keeping "bb" instead would give 1 hit.) */
  precis_rouge_score (rouge, "aa bb", "bb aa\nbb", &s);
  assert_score (&s.rouge_lsum, 2.0 / 3, 1.0, 0.8);
}

static void
test_empty (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  PrecisRougeScores s;

  precis_rouge_score (rouge, "some words here", "", &s);
  assert_score (&s.rouge1, 0, 0, 0);
  assert_score (&s.rouge2, 0, 0, 0);
  assert_score (&s.rouge_lsum, 0, 0, 0);
  /* Punctuation only: lines without tokens are kept but score nothing. */
  precis_rouge_score (rouge, "some words here", "...\n!!", &s);
  assert_score (&s.rouge_lsum, 0, 0, 0);
}

static void
test_identical (void)
{
  g_autoptr (PrecisRouge) rouge = precis_rouge_new ();
  PrecisRougeScores s;
  const char *text = "Quarterly profits jumped 76% to $1.13bn.\nThe firm benefited from sales.";

  precis_rouge_score (rouge, text, text, &s);
  assert_score (&s.rouge1, 1, 1, 1);
  assert_score (&s.rouge2, 1, 1, 1);
  assert_score (&s.rouge_lsum, 1, 1, 1);
}

static void
test_bootstrap (void)
{
  const double same[] = { 0.5, 0.5, 0.5, 0.5 };
  const double spread[] = { 0, 1, 0, 1, 0, 1, 0, 1, 0, 1 };
  double mean, low, high, low2, high2;

  precis_rouge_bootstrap (same, G_N_ELEMENTS (same), 1000, 42, &mean, &low, &high);
  g_assert_cmpfloat_with_epsilon (mean, 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (low, 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (high, 0.5, EPS);

  precis_rouge_bootstrap (spread, G_N_ELEMENTS (spread), 1000, 42, &mean, &low, &high);
  g_assert_cmpfloat_with_epsilon (mean, 0.5, EPS);
  g_assert_cmpfloat (low, <, 0.5);
  g_assert_cmpfloat (high, >, 0.5);
  g_assert_cmpfloat (low, >=, 0.0);
  g_assert_cmpfloat (high, <=, 1.0);
  /* A fixed seed gives the same interval every run. */
  precis_rouge_bootstrap (spread, G_N_ELEMENTS (spread), 1000, 42, &mean, &low2, &high2);
  g_assert_cmpfloat (low, ==, low2);
  g_assert_cmpfloat (high, ==, high2);
}

/* The share of resamples under a bar: what summ-eval --paired reports as
 * a one-sided p.  It is read off the same resamples as the interval, so
 * a bar under the interval is (almost) never undercut and one above it
 * (almost) always. */
static void
test_bootstrap_below (void)
{
  const double spread[] = { 0, 1, 0, 1, 0, 1, 0, 1, 0, 1 };
  double mean, low, high, at_mean;

  precis_rouge_bootstrap (spread, G_N_ELEMENTS (spread), 1000, 42, &mean, &low, &high);
  g_assert_cmpfloat (precis_rouge_bootstrap_below (spread, G_N_ELEMENTS (spread), 1000, 42, low - EPS), <=, 0.025);
  g_assert_cmpfloat (precis_rouge_bootstrap_below (spread, G_N_ELEMENTS (spread), 1000, 42, high + EPS), >=, 0.975);
  at_mean = precis_rouge_bootstrap_below (spread, G_N_ELEMENTS (spread), 1000, 42, 0.5);
  g_assert_cmpfloat (at_mean, >, 0.2);
  g_assert_cmpfloat (at_mean, <, 0.8);
  g_assert_cmpfloat (precis_rouge_bootstrap_below (spread, G_N_ELEMENTS (spread), 1000, 42, -0.01), ==, 0.0);
  g_assert_cmpfloat (precis_rouge_bootstrap_below (spread, G_N_ELEMENTS (spread), 1000, 42, 1.01), ==, 1.0);
  g_assert_cmpfloat (precis_rouge_bootstrap_below (spread, 0, 1000, 42, 0.5), ==, 0.0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rouge/tokenize", test_tokenize);
  g_test_add_func ("/rouge/tokenize-unicode-folding", test_tokenize_unicode_folding);
  g_test_add_func ("/rouge/ngrams", test_ngrams);
  g_test_add_func ("/rouge/bigram-across-lines", test_bigram_across_lines);
  g_test_add_func ("/rouge/union-lcs", test_union_lcs);
  g_test_add_func ("/rouge/lcs-counts-clipped", test_lcs_counts_clipped);
  g_test_add_func ("/rouge/lcs-tie-breaking", test_lcs_tie_breaking);
  g_test_add_func ("/rouge/empty", test_empty);
  g_test_add_func ("/rouge/identical", test_identical);
  g_test_add_func ("/rouge/bootstrap", test_bootstrap);
  g_test_add_func ("/rouge/bootstrap-below", test_bootstrap_below);
  return g_test_run ();
}
