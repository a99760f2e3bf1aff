/* ner-group-index.c — groups by strings made from their keys.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The linking passes ask, for each group, which others it may join: the
 * person whose name ends in its words, the organization whose initials
 * it spells...  Comparing every pair is quadratic in the groups, and 2 MiB
 * of news has tens of thousands of them (an Analyze then took minutes).
 * Each pass files every group under the strings a partner would be looked
 * up by, and checks its own rule only on the few filed under the one
 * string it looks up: the same joins, in the same order, in near-linear
 * time.
 */
#include "ner-group.h"

GHashTable *
precis_ner_group_index_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
}

void
precis_ner_group_index_add (GHashTable *index, char *key, guint group)
{
  GArray *groups = g_hash_table_lookup (index, key);

  if (groups == NULL)
    {
      groups = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (index, key, groups);
    }
  else
    g_free (key);
  /* Groups are filed in order, all the strings of one at a time: a
   * string a key makes twice ("new york" in "new york new york") is
   * filed once. */
  if (groups->len == 0 || g_array_index (groups, guint, groups->len - 1) != group)
    g_array_append_val (groups, group);
}

const GArray *
precis_ner_group_index_get (GHashTable *index, const char *key)
{
  static const GArray none = { NULL, 0 };
  const GArray *groups = g_hash_table_lookup (index, key);

  return groups != NULL ? groups : &none;
}
