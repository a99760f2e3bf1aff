/* ner-tags.c — tag names and Viterbi decoding under IOB2 constraints.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-tags.h"

#include <math.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NER_AVX2 1
#endif

#include "ner-simd.h"

static const char *const type_names[] = { NULL, "PER", "ORG", "LOC", "MISC" };

const char *
precis_ner_type_name (PrecisNerType type)
{
  return type < PRECIS_NER_N_TYPES ? type_names[type] : NULL;
}

gboolean
precis_ner_tag_parse (const char *text, guint *tag)
{
  if (g_str_equal (text, "O"))
    {
      *tag = 0;
      return TRUE;
    }
  if ((text[0] != 'B' && text[0] != 'I') || text[1] != '-')
    return FALSE;
  for (guint t = PRECIS_NER_TYPE_PER; t < PRECIS_NER_N_TYPES; t++)
    if (g_str_equal (text + 2, type_names[t]))
      {
        *tag = precis_ner_tag_make (t, text[0] == 'B');
        return TRUE;
      }
  return FALSE;
}

#if defined(__SSE2__) && PRECIS_NER_N_TAGS == 9
/* The forward pass four tags at a time (tags 0-3, 4-7 and 8 in three
 * vectors), every previous tag a candidate, the transitions IOB2 forbids
 * set to -inf so that they never win.  The same float additions and the
 * same maxima as the scalar loop (a maximum of floats is the same value
 * in any order: no NaN comes from finite weights), so the same scores; the predecessors are
 * found afterwards for the chosen path only (backtrace_sse2).  A fifth of
 * the scalar loop's instructions (BENCHMARKS.md). */
static void
viterbi_sse2 (const float *emission, guint n, const float allowed[PRECIS_NER_N_TAGS][12],
              float *score)
{
  const guint T = PRECIS_NER_N_TAGS;

  for (guint i = 1; i < n; i++)
    {
      const float *prev = score + (i - 1) * T;
      __m128 best0 = _mm_set1_ps (-INFINITY), best1 = best0, best2 = best0;

      for (guint p = 0; p < T; p++)
        {
          __m128 from_p = _mm_set1_ps (prev[p]);

          best0 = _mm_max_ps (_mm_add_ps (from_p, _mm_loadu_ps (&allowed[p][0])), best0);
          best1 = _mm_max_ps (_mm_add_ps (from_p, _mm_loadu_ps (&allowed[p][4])), best1);
          /* The third vector holds only tag 8 (I-MISC), which follows only
           * B-MISC and I-MISC (7 and 8): from any other tag its candidate
           * is -inf, which never raises the maximum. */
          if (p >= PRECIS_NER_N_TAGS - 2)
            best2 = _mm_max_ps (_mm_add_ps (from_p, _mm_loadu_ps (&allowed[p][8])), best2);
        }
      _mm_storeu_ps (&score[i * T], _mm_add_ps (best0, _mm_loadu_ps (&emission[i * T])));
      _mm_storeu_ps (&score[i * T + 4], _mm_add_ps (best1, _mm_loadu_ps (&emission[i * T + 4])));
      score[i * T + 8] = _mm_cvtss_f32 (best2) + emission[i * T + 8];
    }
}

#if defined(NER_AVX2) && PRECIS_NER_N_TAGS == 9
/* viterbi_sse2() with tags 0-7 in one vector of eight lanes: the same
 * additions lane by lane and the maximum of the same candidates, so the
 * same scores, in two thirds of the instructions and a shorter chain of
 * dependent maxima.  A maximum of floats is the same value in any order
 * but for NaN (none: finite weights, -inf where IOB2 forbids) and a tie of
 * +0 with -0 (none: a score is a sum ending in an emission, an integer sum
 * times a positive scale, never -0, and x + y is -0 only for -0 + -0). */
__attribute__ ((target ("avx2"))) static void
viterbi_avx2 (const float *emission, guint n, const float allowed[PRECIS_NER_N_TAGS][12],
              float *score)
{
  const guint T = PRECIS_NER_N_TAGS;

  for (guint i = 1; i < n; i++)
    {
      const float *prev = score + (i - 1) * T;
      __m256 best;
      __m128 best8 = _mm_set_ss (-INFINITY);

#define FROM(p) _mm256_add_ps (_mm256_broadcast_ss (&prev[p]), _mm256_loadu_ps (&allowed[p][0]))
      /* The nine candidates' maximum as a tree four deep, not a chain of
       * nine. */
      best = _mm256_max_ps (_mm256_max_ps (_mm256_max_ps (FROM (0), FROM (1)), _mm256_max_ps (FROM (2), FROM (3))),
                            _mm256_max_ps (_mm256_max_ps (FROM (4), FROM (5)), _mm256_max_ps (FROM (6), FROM (7))));
      best = _mm256_max_ps (FROM (8), best);
#undef FROM
      /* Tag 8 (I-MISC) follows only B-MISC and I-MISC (7 and 8). */
      for (guint p = PRECIS_NER_N_TAGS - 2; p < T; p++)
        best8 = _mm_max_ss (_mm_add_ss (_mm_set_ss (prev[p]), _mm_set_ss (allowed[p][8])), best8);
      _mm256_storeu_ps (&score[i * T], _mm256_add_ps (best, _mm256_loadu_ps (&emission[i * T])));
      score[i * T + 8] = _mm_cvtss_f32 (best8) + emission[i * T + 8];
    }
}
#endif

/* The predecessor of tag `t` at each step of the path, as the forward
 * loop would have kept it: the first candidate strictly better than all
 * before it, that is the first that reaches their maximum (0 when every
 * candidate is -inf, the first then), from the same sums.  The nine
 * candidates in two vectors and one float, the maximum and its first
 * place found without a branch a candidate: a scalar loop's compare and
 * branch per candidate mispredicted, and cost a third of the decoder. */
static void
backtrace_sse2 (guint n, const float into[PRECIS_NER_N_TAGS][12], const float *score,
                guint8 *tags)
{
  for (guint i = n - 1; i > 0; i--)
    {
      const float *prev = score + (i - 1) * PRECIS_NER_N_TAGS;
      const float *from = into[tags[i]];
      __m128 s0 = _mm_add_ps (_mm_loadu_ps (prev), _mm_loadu_ps (from));
      __m128 s1 = _mm_add_ps (_mm_loadu_ps (prev + 4), _mm_loadu_ps (from + 4));
      float s8 = prev[8] + from[8], best;
      __m128 m = _mm_max_ps (s0, s1);
      guint mask;

      m = _mm_max_ps (m, _mm_shuffle_ps (m, m, _MM_SHUFFLE (2, 3, 0, 1)));
      m = _mm_max_ps (m, _mm_shuffle_ps (m, m, _MM_SHUFFLE (1, 0, 3, 2)));
      best = MAX (_mm_cvtss_f32 (m), s8);
      m = _mm_set1_ps (best);
      mask = (guint) _mm_movemask_ps (_mm_cmpeq_ps (s0, m)) |
             (guint) _mm_movemask_ps (_mm_cmpeq_ps (s1, m)) << 4 | (guint) (s8 == best) << 8;
      tags[i - 1] = (guint8) (mask != 0 ? __builtin_ctz (mask) : 0);
    }
}
#endif

void
precis_ner_viterbi_tables_init (PrecisNerViterbiTables *tables, const float *transition)
{
  const guint T = PRECIS_NER_N_TAGS;

  tables->transition = transition;
  for (guint p = 0; p < T; p++)
    for (guint t = 0; t < 12; t++)
      {
        tables->allowed[p][t] = t < T && precis_ner_tag_may_follow (p, t) ? transition[p * T + t] : -INFINITY;
        tables->into[p][t] = t < T && precis_ner_tag_may_follow (t, p) ? transition[t * T + p] : -INFINITY;
      }
}

void
precis_ner_viterbi (const float *emission, guint n, const float *transition, float *score,
                    guint8 *back, guint8 *tags)
{
  PrecisNerViterbiTables tables;

  precis_ner_viterbi_tables_init (&tables, transition);
  precis_ner_viterbi_with (&tables, emission, n, score, back, tags);
}

void
precis_ner_viterbi_with (const PrecisNerViterbiTables *tables, const float *emission, guint n,
                         float *score, guint8 *back, guint8 *tags)
{
  const guint T = PRECIS_NER_N_TAGS;
  const float *transition = tables->transition;

  if (n == 0)
    return;
  for (guint t = 0; t < T; t++)
    score[t] = precis_ner_tag_may_follow (0, t)
                   ? transition[T * T + t] + emission[t]
                   : -INFINITY;
#if defined(__SSE2__) && PRECIS_NER_N_TAGS == 9
  {
    guint8 last = 0;

    (void) back;
#if defined(NER_AVX2)
    if (precis_ner_simd_avx2 ())
      viterbi_avx2 (emission, n, tables->allowed, score);
    else
#endif
      viterbi_sse2 (emission, n, tables->allowed, score);
    for (guint t = 1; t < T; t++)
      if (score[(n - 1) * T + t] > score[(n - 1) * T + last])
        last = (guint8) t;
    tags[n - 1] = last;
    backtrace_sse2 (n, tables->into, score, tags);
  }
#else
  for (guint i = 1; i < n; i++)
    {
      const float *prev = score + (i - 1) * T;
      float *cur = score + i * T;

      for (guint t = 0; t < T; t++)
        {
          float best = -INFINITY;
          guint8 arg = 0;

          /* O and B-X follow any tag; I-X only B-X (t - 1) and I-X (t).
           * The same candidates in the same order as testing
           * precis_ner_tag_may_follow() on every tag, so the same ties. */
          if (t == 0 || precis_ner_tag_is_begin (t))
            {
              for (guint p = 0; p < PRECIS_NER_N_TAGS; p++)
                {
                  float s = prev[p] + transition[p * T + t];

                  if (s > best)
                    {
                      best = s;
                      arg = (guint8) p;
                    }
                }
            }
          else
            {
              float s = prev[t - 1] + transition[(t - 1) * T + t];

              if (s > best)
                {
                  best = s;
                  arg = (guint8) (t - 1);
                }
              s = prev[t] + transition[t * T + t];
              if (s > best)
                {
                  best = s;
                  arg = (guint8) t;
                }
            }
          cur[t] = best + emission[i * T + t];
          back[i * T + t] = arg;
        }
    }

  guint8 best_tag = 0;
  for (guint t = 1; t < T; t++)
    if (score[(n - 1) * T + t] > score[(n - 1) * T + best_tag])
      best_tag = (guint8) t;
  tags[n - 1] = best_tag;
  for (guint i = n - 1; i > 0; i--)
    tags[i - 1] = back[i * T + tags[i]];
#endif
}

void
precis_ner_chunks (const guint8 *tags, guint n, PrecisNerChunkFunc chunk, gpointer data)
{
  guint i = 0;

  while (i < n)
    {
      PrecisNerType type = precis_ner_tag_type (tags[i]);
      guint start = i;

      if (type == PRECIS_NER_TYPE_NONE)
        {
          i++;
          continue;
        }
      i++;
      while (i < n && !precis_ner_tag_is_begin (tags[i]) && tags[i] != 0 &&
             precis_ner_tag_type (tags[i]) == type)
        i++;
      chunk (start, i, type, data);
    }
}

void
precis_ner_margin_columns (const float *transition, float columns[PRECIS_NER_N_TAGS][PRECIS_NER_N_TAGS])
{
  const guint T = PRECIS_NER_N_TAGS;

  for (guint p = 0; p < T; p++)
    for (guint t = 0; t < T; t++)
      columns[t][p] = precis_ner_tag_may_follow (p, t) ? transition[p * T + t] : -INFINITY;
}

#if defined(NER_AVX2) && PRECIS_NER_N_TAGS == 9
/* One step of the margins' backward walk (the SSE2 loop below) with the
 * previous tags 0-7 in one vector: the same sums lane by lane and the
 * maximum of the same candidates (in any order the same value, see
 * viterbi_avx2), as a tree. */
__attribute__ ((target ("avx2"))) static void
beta_step_avx2 (const float columns[PRECIS_NER_N_TAGS][PRECIS_NER_N_TAGS], const float *ahead, float *beta)
{
  __m256 best;
  float best8 = -INFINITY;

#define INTO(t) _mm256_add_ps (_mm256_broadcast_ss (&ahead[t]), _mm256_loadu_ps (&columns[t][0]))
  best = _mm256_max_ps (_mm256_max_ps (_mm256_max_ps (INTO (0), INTO (1)), _mm256_max_ps (INTO (2), INTO (3))),
                        _mm256_max_ps (_mm256_max_ps (INTO (4), INTO (5)), _mm256_max_ps (INTO (6), INTO (7))));
  best = _mm256_max_ps (INTO (8), best);
#undef INTO
  for (guint t = 0; t < PRECIS_NER_N_TAGS; t++)
    best8 = MAX (best8, columns[t][8] + ahead[t]);
  _mm256_storeu_ps (&beta[0], best);
  beta[8] = best8;
}
#endif

void
precis_ner_viterbi_margins (const float *emission, guint n,
                            const float columns[PRECIS_NER_N_TAGS][PRECIS_NER_N_TAGS], const float *score,
                            const guint8 *tags, float *margins)
{
  const guint T = PRECIS_NER_N_TAGS;
  float beta[PRECIS_NER_N_TAGS] = { 0 }, ahead[PRECIS_NER_N_TAGS];
  guint first = 0;
#if defined(NER_AVX2)
  gboolean avx2 = precis_ner_simd_avx2 ();
#endif

  /* Walks back from the sentence's end: beta[t] is the best score of the
   * rest of the sentence after tag t at token i, so score + beta is the
   * best whole path through (i, t).  Only names' tokens are read: an
   * outside token's margin is left 0, and the walk stops at the first
   * name, whose margin needs no beta of the tokens before it. */
  while (first < n && tags[first] == 0)
    margins[first++] = 0;
  for (guint i = n; i-- > first;)
    {
      const float *alpha = score + (gsize) i * T;

      margins[i] = 0;
      if (tags[i] != 0)
        {
          float mine = alpha[tags[i]] + beta[tags[i]], other = -INFINITY;

          for (guint t = 0; t < T; t++)
            if (t != tags[i])
              other = MAX (other, alpha[t] + beta[t]);
          margins[i] = mine - other;
        }
      if (i == first)
        break;
      for (guint t = 0; t < T; t++)
        ahead[t] = emission[(gsize) i * T + t] + beta[t];
#if defined(__SSE2__) && PRECIS_NER_N_TAGS == 9
      /* Four previous tags at a time, as the forward pass: for each next
       * tag t, the column of transitions into t plus what follows t. */
#if defined(NER_AVX2)
      if (avx2)
        beta_step_avx2 (columns, ahead, beta);
      else
#endif
      {
        __m128 best0 = _mm_set1_ps (-INFINITY), best1 = best0;
        float best8 = -INFINITY;

        for (guint t = 0; t < T; t++)
          {
            __m128 from_t = _mm_set1_ps (ahead[t]);

            best0 = _mm_max_ps (_mm_add_ps (from_t, _mm_loadu_ps (&columns[t][0])), best0);
            best1 = _mm_max_ps (_mm_add_ps (from_t, _mm_loadu_ps (&columns[t][4])), best1);
            best8 = MAX (best8, columns[t][8] + ahead[t]);
          }
        _mm_storeu_ps (&beta[0], best0);
        _mm_storeu_ps (&beta[4], best1);
        beta[8] = best8;
      }
#else
      for (guint p = 0; p < T; p++)
        {
          float best = -INFINITY;

          for (guint t = 0; t < T; t++)
            best = MAX (best, columns[t][p] + ahead[t]);
          beta[p] = best;
        }
#endif
    }
}
