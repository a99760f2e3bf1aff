/* ner-history.c — per-document counts of first-pass labels by word.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-history.h"
#include "ner-word.h"

#include <string.h>

void
precis_ner_history_init (PrecisNerHistory *h)
{
  h->mask = 255;
  h->n_used = 0;
  h->keys = g_new0 (guint32, h->mask + 1);
  h->counts = g_malloc0 ((gsize) (h->mask + 1) * sizeof *h->counts);
}

void
precis_ner_history_clear (PrecisNerHistory *h)
{
  g_clear_pointer (&h->keys, g_free);
  g_clear_pointer (&h->counts, g_free);
  h->mask = h->n_used = 0;
}

static guint32
slot (const PrecisNerHistory *h, guint32 key)
{
  guint32 i = key & h->mask;

  while (h->keys[i] != 0 && h->keys[i] != key)
    i = (i + 1) & h->mask;
  return i;
}

static void
grow (PrecisNerHistory *h)
{
  PrecisNerHistory bigger = { 0 };

  bigger.mask = h->mask * 2 + 1;
  bigger.keys = g_new0 (guint32, bigger.mask + 1);
  bigger.counts = g_malloc0 ((gsize) (bigger.mask + 1) * sizeof *bigger.counts);
  for (guint32 i = 0; i <= h->mask; i++)
    if (h->keys[i] != 0)
      {
        guint32 j = slot (&bigger, h->keys[i]);
        bigger.keys[j] = h->keys[i];
        memcpy (bigger.counts[j], h->counts[i], sizeof bigger.counts[j]);
      }
  bigger.n_used = h->n_used;
  precis_ner_history_clear (h);
  *h = bigger;
}

void
precis_ner_history_add (PrecisNerHistory *h, guint32 key, guint tag)
{
  guint32 j;

  if (key == 0)
    key = 1;
  if ((h->n_used + 1) * 2 > h->mask + 1)
    grow (h);
  j = slot (h, key);
  if (h->keys[j] == 0)
    {
      h->keys[j] = key;
      h->n_used++;
    }
  if (h->counts[j][tag] < G_MAXUINT16)
    h->counts[j][tag]++;
}

void
precis_ner_history_add_sentence (PrecisNerHistory *h, const PrecisNerToken *tokens, guint n,
                                 const guint8 *tags)
{
  for (guint i = 0; i < n; i++)
    {
      char lower[PRECIS_NER_WORD_MAX], shape[PRECIS_NER_WORD_MAX];
      guint flags;
      gsize len;

      precis_ner_word_shape (tokens[i].text, tokens[i].len, shape, &flags);
      if (!(flags & PRECIS_NER_WORD_HAS_UPPER))
        continue;
      len = precis_ner_word_lower (tokens[i].text, tokens[i].len, lower);
      precis_ner_history_add (h, precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, lower, len), tags[i]);
    }
}

const guint16 *
precis_ner_history_lookup (const PrecisNerHistory *h, guint32 lower_hash)
{
  guint32 j;

  if (lower_hash == 0)
    lower_hash = 1;
  j = slot (h, lower_hash);
  return h->keys[j] ? h->counts[j] : NULL;
}
