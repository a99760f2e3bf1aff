/* rouge.h — ROUGE-1, ROUGE-2 and ROUGE-Lsum as Google's rouge-score computes them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Matches rouge_score.RougeScorer(["rouge1", "rouge2", "rougeLsum"],
 * use_stemmer=True) with its default tokenizer: lowercase, every run of
 * characters outside [a-z0-9] is a separator, tokens longer than three
 * characters go through the Porter stemmer.  ROUGE-N counts n-grams over the
 * whole text (a newline is just a separator); ROUGE-Lsum splits both texts
 * on newlines and takes the union LCS of each reference sentence against all
 * candidate sentences, each token matched at most as often as it occurs.
 *
 * One known difference: the stems are Porter's original algorithm (Snowball's
 * "porter"), while rouge-score calls NLTK's PorterStemmer, whose default
 * mode adds NLTK's extensions (a few irregular forms such as "dying" ->
 * "die", and small changes to steps 1 and 5).  Both sides of a comparison go
 * through the same stemmer, so only the rare words those rules touch can
 * score differently.
 *
 * The scorer is not thread-safe (it interns tokens and caches stems).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double precision, recall, fmeasure;
} PrecisRougeScore;

typedef struct {
  PrecisRougeScore rouge1, rouge2, rouge_lsum;
} PrecisRougeScores;

typedef struct _PrecisRouge PrecisRouge;

/* A text tokenized for scoring: its sentences (lines) as token ids. */
typedef struct {
  GPtrArray *sentences;   /* of GArray of guint32 token ids, one per non-empty line */
  guint32 n_tokens;
} PrecisRougeText;

PrecisRouge *precis_rouge_new (void);
void precis_rouge_free (PrecisRouge *rouge);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisRouge, precis_rouge_free)

/* The tokens of `text` as strings, as rouge-score's tokenizer returns them. */
GStrv precis_rouge_tokenize (PrecisRouge *rouge, const char *text);

/* `text` split on newlines, empty lines dropped, each line tokenized. */
PrecisRougeText *precis_rouge_text_new (PrecisRouge *rouge, const char *text);
/* The same from separate sentences (none of them containing a newline). */
PrecisRougeText *precis_rouge_text_new_sentences (PrecisRouge *rouge, const char *const *sentences,
                                                  guint n_sentences);
void precis_rouge_text_free (PrecisRougeText *text);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisRougeText, precis_rouge_text_free)

/* All three scores of `candidate` against `reference`. */
void precis_rouge_compare (const PrecisRougeText *reference, const PrecisRougeText *candidate,
                           PrecisRougeScores *scores);
/* ROUGE-1 and ROUGE-2 only (cheap: what an oracle search needs); rouge_lsum is zeroed. */
void precis_rouge_compare_ngrams (const PrecisRougeText *reference, const PrecisRougeText *candidate,
                                  PrecisRougeScores *scores);

/* Convenience: score two newline-separated texts. */
void precis_rouge_score (PrecisRouge *rouge, const char *reference, const char *candidate,
                         PrecisRougeScores *scores);

/* Mean of `values` and its 95% percentile bootstrap interval over
 * `n_samples` resamples drawn with a generator seeded by `seed`. */
void precis_rouge_bootstrap (const double *values, guint n_values, guint n_samples, guint32 seed,
                             double *mean, double *low, double *high);
/* The share of the same resamples (same seed: the same resamples as
 * precis_rouge_bootstrap) whose mean is below `threshold`: for a paired
 * difference and threshold 0, a one-sided bootstrap p of "no better". */
double precis_rouge_bootstrap_below (const double *values, guint n_values, guint n_samples, guint32 seed,
                                     double threshold);

G_END_DECLS
