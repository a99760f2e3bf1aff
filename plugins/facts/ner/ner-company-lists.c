/* ner-company-lists.c — "Google, Microsoft and Yahoo": the names listed with a company.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Companies founded after 1996 are words the tagger never saw, and it
 * reads such a word alone as a surname: "a race between Google,
 * Microsoft and Yahoo", "net giants AOL and Yahoo", "portals such as
 * Google, Yahoo, Ebay and Amazon" gave a person "Yahoo" (BBC tech dev,
 * three articles), and the company's mentions outvoted.  Names joined by
 * "and" are of one kind, and a company the lexicons know (the grouping
 * makes it an organization after the fact, whatever the tagger read of
 * it) says which.  CoNLL-2003 train and dev (gold): in enumerations of
 * names with such a company, the one-word names no list knows are 4
 * organizations ("Lotte, Hyundai, Haitai and Samsung"), no person and no
 * place.  A given name stays a person ("Microsoft and Bill"), and a place
 * or another entity a list knows keeps its type ("Nokia and Finland").
 */
#include "ner-company-lists.h"

#include "ner-doc.h"

#include <string.h>

/* The most tokens between two items: ", and". */
#define MAX_JOINT 2

/* Whether the tokens between mentions `a` and `b` are only commas, "and"
 * and "or" (at least one); sets `*conjunction` when an "and" or "or" is
 * one of them. */
static gboolean
joined (const PrecisDocument *doc, const PrecisNerMention *a, const PrecisNerMention *b, gboolean *conjunction)
{
  if (a->sentence != b->sentence || b->first <= a->end || b->first - a->end > MAX_JOINT)
    return FALSE;
  for (guint32 i = a->end; i < b->first; i++)
    {
      const char *lower = doc->tokens[i].lower;

      if (strcmp (lower, "and") == 0 || strcmp (lower, "or") == 0)
        *conjunction = TRUE;
      else if (strcmp (lower, ",") != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_known_company (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m)
{
  g_autofree char *text = precis_ner_tokens_text (doc, m->first, m->end);

  return precis_ner_gazetteer_is_organization (gazetteer, text);
}

/* Whether `m` is a one-word name read as a person or a place that may be
 * a company: no list knows it, and it is no given name. */
static gboolean
may_be_company (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m)
{
  g_autofree char *text = NULL;

  if (m->end - m->first != 1 || (m->type != PRECIS_NER_TYPE_PER && m->type != PRECIS_NER_TYPE_LOC) ||
      precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[m->first].lower))
    return FALSE;
  text = precis_ner_tokens_text (doc, m->first, m->end);
  return !precis_ner_gazetteer_knows (gazetteer, text);
}

void
precis_ner_type_company_lists (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  guint start = 0;

  if (gazetteer == NULL || !precis_ner_reads_as_english (doc))
    return;
  while (start < mentions->len)
    {
      gboolean conjunction = FALSE, company = FALSE;
      guint end = start + 1;

      while (end < mentions->len && joined (doc, &g_array_index (mentions, PrecisNerMention, end - 1),
                                            &g_array_index (mentions, PrecisNerMention, end), &conjunction))
        end++;
      if (end - start >= 3 || (end - start == 2 && conjunction))
        for (guint k = start; k < end && !company; k++)
          company = is_known_company (gazetteer, doc, &g_array_index (mentions, PrecisNerMention, k));
      for (guint k = start; company && k < end; k++)
        {
          PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

          if (may_be_company (gazetteer, doc, m))
            {
              m->type = PRECIS_NER_TYPE_ORG;
              m->said = TRUE;
            }
        }
      start = end;
    }
}
