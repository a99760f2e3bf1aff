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
 *
 * A pass files everything before it looks anything up, so the index keeps
 * the filings in one array while they come and lays each string's groups
 * out side by side at the first look-up: no array and no hash-table node
 * per string (a GHashTable of GArrays cost ~900 instructions a filing).
 */
#include "ner-group.h"

#include <string.h>

typedef struct {
  guint32 string;   /* index into keys */
  guint group;
} Filing;

struct _PrecisNerGroupIndex {
  guint32 *hashes;      /* slot → hash of its string, 0: empty */
  guint32 *string_of;   /* slot → index into keys */
  guint32 mask;
  GPtrArray *keys;      /* the strings, owned */
  GArray *last;         /* per string: its last group filed + 1 */
  GArray *filings;      /* Filing, in the order filed */
  GArray *groups;       /* after the first look-up: each string's groups, side by side */
  GArray *views;        /* per string: a GArray header over its run of `groups` */
};

static guint32
string_hash (const char *s)
{
  guint32 h = 2166136261u;

  for (; *s != '\0'; s++)
    h = (h ^ (guchar) *s) * 16777619u;
  return h | 1;
}

static void
alloc_slots (PrecisNerGroupIndex *index, guint32 size)
{
  index->hashes = g_new0 (guint32, size);
  index->string_of = g_new (guint32, size);
  index->mask = size - 1;
}

PrecisNerGroupIndex *
precis_ner_group_index_new (void)
{
  PrecisNerGroupIndex *index = g_new0 (PrecisNerGroupIndex, 1);

  alloc_slots (index, 64);
  index->keys = g_ptr_array_new_with_free_func (g_free);
  index->last = g_array_new (FALSE, FALSE, sizeof (guint));
  index->filings = g_array_new (FALSE, FALSE, sizeof (Filing));
  return index;
}

void
precis_ner_group_index_free (PrecisNerGroupIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->hashes);
  g_free (index->string_of);
  g_ptr_array_unref (index->keys);
  g_array_unref (index->last);
  g_array_unref (index->filings);
  if (index->groups != NULL)
    g_array_unref (index->groups);
  if (index->views != NULL)
    g_array_unref (index->views);
  g_free (index);
}

/* The slot of `key` (hash `h`), or the empty slot where it would go. */
static guint32
slot_of (const PrecisNerGroupIndex *index, guint32 h, const char *key)
{
  guint32 i = h & index->mask;

  while (index->hashes[i] != 0 &&
         (index->hashes[i] != h || strcmp (index->keys->pdata[index->string_of[i]], key) != 0))
    i = (i + 1) & index->mask;
  return i;
}

static void
grow (PrecisNerGroupIndex *index)
{
  guint32 *hashes = index->hashes, *string_of = index->string_of, old_size = index->mask + 1;

  alloc_slots (index, old_size * 2);
  for (guint32 k = 0; k < old_size; k++)
    if (hashes[k] != 0)
      {
        guint32 i = hashes[k] & index->mask;

        while (index->hashes[i] != 0)
          i = (i + 1) & index->mask;
        index->hashes[i] = hashes[k];
        index->string_of[i] = string_of[k];
      }
  g_free (hashes);
  g_free (string_of);
}

void
precis_ner_group_index_add (PrecisNerGroupIndex *index, char *key, guint group)
{
  guint32 h = string_hash (key), i = slot_of (index, h, key), string;
  guint *last;
  Filing filing;

  g_return_if_fail (index->views == NULL);
  if (index->hashes[i] != 0)
    {
      string = index->string_of[i];
      g_free (key);
    }
  else
    {
      string = index->keys->len;
      g_ptr_array_add (index->keys, key);
      g_array_set_size (index->last, string + 1);
      g_array_index (index->last, guint, string) = 0;
      index->hashes[i] = h;
      index->string_of[i] = string;
      if ((index->keys->len) * 2 > index->mask + 1)
        grow (index);
    }
  /* Groups are filed in order, all the strings of one at a time: a
   * string a key makes twice ("new york" in "new york new york") is
   * filed once. */
  last = &g_array_index (index->last, guint, string);
  if (*last == group + 1)
    return;
  *last = group + 1;
  filing = (Filing) { string, group };
  g_array_append_val (index->filings, filing);
}

/* Each string's groups in one run, in the order filed (ascending). */
static void
lay_out (PrecisNerGroupIndex *index)
{
  guint n = index->keys->len;
  g_autofree guint *fill = g_new0 (guint, n + 1);

  index->groups = g_array_sized_new (FALSE, FALSE, sizeof (guint), index->filings->len + 1);
  g_array_set_size (index->groups, index->filings->len);
  index->views = g_array_sized_new (FALSE, TRUE, sizeof (GArray), n + 1);
  g_array_set_size (index->views, n);
  for (guint f = 0; f < index->filings->len; f++)
    g_array_index (index->views, GArray, g_array_index (index->filings, Filing, f).string).len++;
  for (guint s = 0, start = 0; s < n; s++)
    {
      fill[s] = start;
      start += g_array_index (index->views, GArray, s).len;
    }
  for (guint f = 0; f < index->filings->len; f++)
    {
      const Filing *filing = &g_array_index (index->filings, Filing, f);

      g_array_index (index->groups, guint, fill[filing->string]++) = filing->group;
    }
  for (guint s = 0, start = 0; s < n; s++)
    {
      GArray *view = &g_array_index (index->views, GArray, s);

      view->data = (gchar *) &g_array_index (index->groups, guint, start);
      start += view->len;
    }
}

const GArray *
precis_ner_group_index_get (PrecisNerGroupIndex *index, const char *key)
{
  static const GArray none = { NULL, 0 };
  guint32 i;

  if (index->views == NULL)
    lay_out (index);
  i = slot_of (index, string_hash (key), key);
  return index->hashes[i] != 0 ? &g_array_index (index->views, GArray, index->string_of[i]) : &none;
}
