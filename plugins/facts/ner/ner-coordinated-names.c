/* ner-coordinated-names.c — "the Hawks and Pacers": two names, one "and".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-coordinated-names.h"
#include "ner-doc.h"

#include <string.h>

/* The one token of `m` inside it (neither its first nor its last) that is
 * a lower-case "and"; 0 when none or more than one. */
static guint32
inner_and (const PrecisDocument *doc, const PrecisNerMention *m)
{
  guint32 found = 0;

  for (guint32 i = m->first + 1; i + 1 < m->end; i++)
    if (doc->tokens[i].shape == PRECIS_SHAPE_LOWER && strcmp (doc->tokens[i].lower, "and") == 0)
      {
        if (found != 0)
          return 0;
        found = i;
      }
  return found;
}

/* Every ending ("indiana pacers", "pacers") of the mentions with no inner
 * "and". */
static GHashTable *
endings_of (const PrecisDocument *doc, const GArray *mentions)
{
  GHashTable *endings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = 0; k < mentions->len; k++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (m->type > PRECIS_NER_TYPE_LOC || inner_and (doc, m) != 0)
        continue;
      for (guint32 start = m->first; start < m->end; start++)
        g_hash_table_add (endings, precis_ner_words_key (doc, start, m->end));
    }
  return endings;
}

/* Whether a lexicon knows tokens [first, end) as one name: a place, an
 * organization, a well-known entity ("Trinidad and Tobago", "Marks and
 * Spencer"). */
static gboolean
known_whole (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 first, guint32 end)
{
  g_autofree char *text = NULL;

  if (gazetteer == NULL)
    return FALSE;
  text = precis_ner_tokens_text (doc, first, end);
  return precis_ner_gazetteer_knows (gazetteer, text);
}

static gboolean
named_elsewhere (GHashTable *endings, const PrecisDocument *doc, guint32 first, guint32 end)
{
  g_autofree char *key = precis_ner_words_key (doc, first, end);

  return doc->tokens[first].shape != PRECIS_SHAPE_LOWER && g_hash_table_contains (endings, key);
}

void
precis_ner_split_coordinated_names (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                    GArray *mentions)
{
  g_autoptr (GHashTable) endings = NULL;

  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 and = inner_and (doc, m);
      PrecisNerMention second;

      if (and == 0 || m->type > PRECIS_NER_TYPE_LOC || known_whole (gazetteer, doc, m->first, m->end))
        continue;
      /* Made once, for the first such mention: most documents have none. */
      if (endings == NULL)
        endings = endings_of (doc, mentions);
      if (!named_elsewhere (endings, doc, m->first, and) || !named_elsewhere (endings, doc, and + 1, m->end))
        continue;
      second = *m;
      second.first = and + 1;
      m->end = and;
      g_array_insert_val (mentions, k + 1, second);
    }
}
