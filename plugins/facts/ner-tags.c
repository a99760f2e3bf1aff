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
 * set to -inf so that they never win.  Same candidates in the same order
 * with the same strict comparison as the scalar loop, and the same float
 * additions, so the same scores, ties and tags; a third of the
 * instructions (BENCHMARKS.md). */
static void
viterbi_sse2 (const float *emission, guint n, const float *transition, float *score, guint8 *back)
{
  const guint T = PRECIS_NER_N_TAGS;
  float allowed[PRECIS_NER_N_TAGS][12];

  for (guint p = 0; p < T; p++)
    for (guint t = 0; t < 12; t++)
      allowed[p][t] = t < T && precis_ner_tag_may_follow (p, t) ? transition[p * T + t] : -INFINITY;
  for (guint i = 1; i < n; i++)
    {
      const float *prev = score + (i - 1) * T;
      __m128 best0 = _mm_set1_ps (-INFINITY), best1 = best0, best2 = best0;
      __m128i arg0 = _mm_setzero_si128 (), arg1 = arg0, arg2 = arg0;
      __m128i tags01;

/* One vector of four tags: keep the candidate where it is strictly better
 * (maxps keeps `best` on a tie, as the strict comparison does). */
#define PRECIS_NER_VITERBI_STEP(best, arg, k)                                            \
  do                                                                                   \
    {                                                                                  \
      __m128 s = _mm_add_ps (from_p, _mm_loadu_ps (&allowed[p][4 * (k)]));             \
      __m128i mask = _mm_castps_si128 (_mm_cmpgt_ps (s, best));                        \
      best = _mm_max_ps (s, best);                                                     \
      arg = _mm_or_si128 (_mm_and_si128 (mask, index), _mm_andnot_si128 (mask, arg));  \
    }                                                                                  \
  while (0)
      for (guint p = 0; p < T; p++)
        {
          __m128 from_p = _mm_set1_ps (prev[p]);
          __m128i index = _mm_set1_epi32 ((int) p);

          PRECIS_NER_VITERBI_STEP (best0, arg0, 0);
          PRECIS_NER_VITERBI_STEP (best1, arg1, 1);
          /* The third vector holds only tag 8 (I-MISC), which follows only
           * B-MISC and I-MISC (7 and 8): from any other tag its candidate
           * is -inf, which never wins the strict comparison, so skipping
           * it changes nothing and saves a quarter of the steps. */
          if (p >= PRECIS_NER_N_TAGS - 2)
            PRECIS_NER_VITERBI_STEP (best2, arg2, 2);
        }
#undef PRECIS_NER_VITERBI_STEP
      /* The same additions as tag by tag; the predecessors (0-8) packed
       * to bytes. */
      _mm_storeu_ps (&score[i * T], _mm_add_ps (best0, _mm_loadu_ps (&emission[i * T])));
      _mm_storeu_ps (&score[i * T + 4], _mm_add_ps (best1, _mm_loadu_ps (&emission[i * T + 4])));
      score[i * T + 8] = _mm_cvtss_f32 (best2) + emission[i * T + 8];
      tags01 = _mm_packs_epi32 (arg0, arg1);
      _mm_storel_epi64 ((__m128i *) &back[i * T], _mm_packus_epi16 (tags01, tags01));
      back[i * T + 8] = (guint8) _mm_cvtsi128_si32 (arg2);
    }
}
#endif

void
precis_ner_viterbi (const float *emission, guint n, const float *transition, float *score,
                    guint8 *back, guint8 *tags)
{
  const guint T = PRECIS_NER_N_TAGS;

  if (n == 0)
    return;
  for (guint t = 0; t < T; t++)
    score[t] = precis_ner_tag_may_follow (0, t)
                   ? transition[T * T + t] + emission[t]
                   : -INFINITY;
#if defined(__SSE2__) && PRECIS_NER_N_TAGS == 9
  viterbi_sse2 (emission, n, transition, score, back);
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

#endif

  guint8 best_tag = 0;
  for (guint t = 1; t < T; t++)
    if (score[(n - 1) * T + t] > score[(n - 1) * T + best_tag])
      best_tag = (guint8) t;
  tags[n - 1] = best_tag;
  for (guint i = n - 1; i > 0; i--)
    tags[i - 1] = back[i * T + tags[i]];
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
