/* ner-hash.h — feature hashing and a small open-addressing set of hashes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Features are never spelled out as strings: each is the hash of a template
 * number mixed with the hashes of the words it looks at, so extracting
 * them costs a few multiplications per feature and no allocation.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRECIS_NER_FNV_SEED 2166136261u

static inline guint32
precis_ner_hash_byte (guint32 h, guint8 byte)
{
  return (h ^ byte) * 16777619u;
}

static inline guint32
precis_ner_hash_bytes (guint32 h, const char *bytes, gsize len)
{
  for (gsize i = 0; i < len; i++)
    h = precis_ner_hash_byte (h, (guint8) bytes[i]);
  return h;
}

/* Mixes two hashes so that (a, b) and (b, a) differ (murmur3 finalizer). */
static inline guint32
precis_ner_hash_mix (guint32 a, guint32 b)
{
  guint32 h = a * 0x9e3779b1u ^ (b + 0x7f4a7c15u + (a << 6) + (a >> 2));
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

/* A set of non-zero 32-bit hashes with an 8-bit value, linear probing. */
typedef struct {
  guint32 *keys;
  guint8 *values;
  guint32 mask;
  guint32 n_used;
} PrecisNerHashSet;

void precis_ner_hash_set_init (PrecisNerHashSet *set, guint32 expected);
void precis_ner_hash_set_clear (PrecisNerHashSet *set);
/* ORs `value` into the entry of `key` (0 is mapped to 1). */
void precis_ner_hash_set_add (PrecisNerHashSet *set, guint32 key, guint8 value);

static inline guint8
precis_ner_hash_set_lookup (const PrecisNerHashSet *set, guint32 key)
{
  if (key == 0)
    key = 1;
  for (guint32 i = key & set->mask;; i = (i + 1) & set->mask)
    {
      if (set->keys[i] == key)
        return set->values[i];
      if (set->keys[i] == 0)
        return 0;
    }
}

/* A set of NUL-terminated strings (not copied: they outlive the set),
 * looked up by their bytes: what a GHashTable of g_str_hash gives, built in
 * a quarter of the instructions (the rules build one of every lower-case
 * word of an article, 500 and more, for a few dozen lookups). */
typedef struct {
  guint32 *hashes;       /* 0: empty slot */
  const char **strings;
  guint32 mask;
  guint32 n_used;
} PrecisNerStringSet;

void precis_ner_string_set_init (PrecisNerStringSet *set, guint32 expected);
void precis_ner_string_set_clear (PrecisNerStringSet *set);
void precis_ner_string_set_add (PrecisNerStringSet *set, const char *string);
gboolean precis_ner_string_set_contains (const PrecisNerStringSet *set, const char *string);

G_END_DECLS
