/* ner-hash.c — the open-addressing hash sets behind gazetteers, document
 * context and the rules' word sets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-hash.h"

#include <string.h>

/* Slots for `expected` entries at most half full: a power of two. */
static guint32
table_size (guint32 expected)
{
  guint32 size = 16;

  while (size < expected * 2)
    size <<= 1;
  return size;
}

void
precis_ner_hash_set_init (PrecisNerHashSet *set, guint32 expected)
{
  guint32 size = table_size (expected);

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

/* --- strings ---------------------------------------------------------------- */

/* The FNV hash of the bytes up to the NUL, read once (no strlen call
 * first: a document's set of lower-case words adds ~600). */
static guint32
string_hash (const char *string)
{
  guint32 h = PRECIS_NER_FNV_SEED;

  for (const char *p = string; *p != '\0'; p++)
    h = precis_ner_hash_byte (h, (guint8) *p);
  return h != 0 ? h : 1;
}

void
precis_ner_string_set_init (PrecisNerStringSet *set, guint32 expected)
{
  guint32 size = table_size (expected);

  set->hashes = g_new0 (guint32, size);
  set->strings = g_new (const char *, size);
  set->mask = size - 1;
  set->n_used = 0;
}

void
precis_ner_string_set_clear (PrecisNerStringSet *set)
{
  g_clear_pointer (&set->hashes, g_free);
  g_clear_pointer (&set->strings, g_free);
  set->mask = 0;
  set->n_used = 0;
}

/* The slot of `string` (hash `h`), or the empty slot where it would go. */
static guint32
string_slot (const PrecisNerStringSet *set, guint32 h, const char *string)
{
  guint32 i = h & set->mask;

  while (set->hashes[i] != 0 && (set->hashes[i] != h || strcmp (set->strings[i], string) != 0))
    i = (i + 1) & set->mask;
  return i;
}

void
precis_ner_string_set_add (PrecisNerStringSet *set, const char *string)
{
  guint32 h = string_hash (string), i;

  if ((set->n_used + 1) * 2 > set->mask + 1)
    {
      PrecisNerStringSet bigger;

      precis_ner_string_set_init (&bigger, set->mask + 1);
      for (guint32 k = 0; k <= set->mask; k++)
        if (set->hashes[k] != 0)
          precis_ner_string_set_add (&bigger, set->strings[k]);
      precis_ner_string_set_clear (set);
      *set = bigger;
    }
  i = string_slot (set, h, string);
  if (set->hashes[i] == 0)
    {
      set->hashes[i] = h;
      set->strings[i] = string;
      set->n_used++;
    }
}

gboolean
precis_ner_string_set_contains (const PrecisNerStringSet *set, const char *string)
{
  return set->hashes[string_slot (set, string_hash (string), string)] != 0;
}
