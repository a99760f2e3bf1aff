/* ner-hash.c — the open-addressing hash set behind gazetteers and document context.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-hash.h"

void
precis_ner_hash_set_init (PrecisNerHashSet *set, guint32 expected)
{
  guint32 size = 16;

  while (size < expected * 2)
    size <<= 1;
  set->keys = g_new0 (guint32, size);
  set->values = g_new0 (guint8, size);
  set->mask = size - 1;
  set->n_used = 0;
}

void
precis_ner_hash_set_clear (PrecisNerHashSet *set)
{
  g_clear_pointer (&set->keys, g_free);
  g_clear_pointer (&set->values, g_free);
  set->mask = 0;
  set->n_used = 0;
}

static void
grow (PrecisNerHashSet *set)
{
  PrecisNerHashSet bigger;

  precis_ner_hash_set_init (&bigger, (set->mask + 1));
  for (guint32 i = 0; i <= set->mask; i++)
    if (set->keys[i] != 0)
      precis_ner_hash_set_add (&bigger, set->keys[i], set->values[i]);
  precis_ner_hash_set_clear (set);
  *set = bigger;
}

void
precis_ner_hash_set_add (PrecisNerHashSet *set, guint32 key, guint8 value)
{
  if (key == 0)
    key = 1;
  if ((set->n_used + 1) * 2 > set->mask + 1)
    grow (set);
  for (guint32 i = key & set->mask;; i = (i + 1) & set->mask)
    {
      if (set->keys[i] == key)
        {
          set->values[i] |= value;
          return;
        }
      if (set->keys[i] == 0)
        {
          set->keys[i] = key;
          set->values[i] = value;
          set->n_used++;
          return;
        }
    }
}
