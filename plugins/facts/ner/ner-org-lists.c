/* ner-org-lists.c — a name listed with organizations is one, outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-org-lists.h"

#include "ner-doc.h"
#include "ner-word.h"

#include <string.h>

typedef struct {
  const char *language;
  const char *const *conjunctions; /* "and", "or" */
} Conjunctions;

static const char *const es_conjunctions[] = { "y", "e", "o", NULL };
static const char *const it_conjunctions[] = { "e", "ed", "o", NULL };
static const char *const pt_conjunctions[] = { "e", "ou", NULL };
static const char *const fr_conjunctions[] = { "et", "ou", NULL };
static const char *const nl_conjunctions[] = { "en", "of", NULL };

static const Conjunctions languages[] = {
  { "es", es_conjunctions }, { "it", it_conjunctions }, { "pt", pt_conjunctions },
  { "fr", fr_conjunctions }, { "nl", nl_conjunctions },
};

static const char *const *
conjunctions_of (const PrecisDocument *doc)
{
  const Conjunctions *entry = PRECIS_NER_LANGUAGE_ENTRY (doc, languages);

  return entry != NULL ? entry->conjunctions : NULL;
}

/* Whether mentions `a` and `b` (`b` after `a`, one sentence) are items
 * of one list: one or two tokens between them, each a comma or a
 * conjunction; `*conjunction` says whether one was a conjunction. */
static gboolean
listed_together (const char *const *conjunctions, const PrecisDocument *doc, const PrecisNerMention *a,
                 const PrecisNerMention *b, gboolean *conjunction)
{
  *conjunction = FALSE;
  if (a->sentence != b->sentence || b->first <= a->end || b->first - a->end > 2)
    return FALSE;
  for (guint32 i = a->end; i < b->first; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (t->shape == PRECIS_SHAPE_LOWER && precis_ner_word_in_list (conjunctions, t->lower))
        *conjunction = TRUE;
      else if (strcmp (t->lower, ",") != 0)
        return FALSE;
    }
  return TRUE;
}

void
precis_ner_type_org_lists (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  const char *const *conjunctions = conjunctions_of (doc);
  guint start = 0;

  if (gazetteer == NULL || conjunctions == NULL)
    return;
  while (start < mentions->len)
    {
      guint end = start + 1, organizations = 0;
      gboolean last_conjunction = FALSE, conjunction;

      while (end < mentions->len &&
             listed_together (conjunctions, doc, &g_array_index (mentions, PrecisNerMention, end - 1),
                              &g_array_index (mentions, PrecisNerMention, end), &conjunction))
        {
          last_conjunction = conjunction;
          end++;
        }
      if (end - start < 2 || !last_conjunction)
        {
          start = end;
          continue;
        }
      for (guint k = start; k < end; k++)
        organizations += g_array_index (mentions, PrecisNerMention, k).type == PRECIS_NER_TYPE_ORG;
      for (guint k = start; k < end; k++)
        {
          PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

          /* The others: all the items but this one, which is no
           * organization; two of them at least, as one reading of the
           * tagger's is no majority ("Kasparov e Short", the second read
           * as a body; "il TG1 e Riotta lo querela", two clauses). */
          if (m->type != PRECIS_NER_TYPE_PER || m->end - m->first != 1 ||
              organizations < 2 || organizations * 2 <= end - start - 1 ||
              precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[m->first].lower))
            continue;
          m->type = PRECIS_NER_TYPE_ORG;
          m->said = TRUE;
        }
      start = end;
    }
}
