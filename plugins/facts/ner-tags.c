/* ner-tags.c — tag names and Viterbi decoding under IOB2 constraints.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-tags.h"

#include <math.h>
#include <string.h>

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
