/* ner-capital-names.c — people's names German local news writes in capitals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-capital-names.h"
#include "ner-doc.h"
#include "ner-tags.h"

#include <string.h>

/* A word in capitals of two letters or more, of letters or letters joined
 * by hyphens ("PAUL-JOACHIM"; not "DR.", "B-455"). */
static gboolean
is_capital_word (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *start = doc->text + t->byte_start, *end = doc->text + t->byte_end;
  guint letters = 0;

  if (t->shape != PRECIS_SHAPE_UPPER)
    return FALSE;
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isupper (c))
        letters++;
      else if (!(c == '-' && p > start && p + 1 < end && p[1] != '-'))
        return FALSE;
    }
  return letters >= 2;
}

/* The word's first part ("paul" of "paul-joachim") is a given name. */
static gboolean
opens_with_given_name (const PrecisNerGazetteer *gazetteer, const char *lower)
{
  const char *hyphen = strchr (lower, '-');
  g_autofree char *first = hyphen != NULL ? g_strndup (lower, (gsize) (hyphen - lower)) : NULL;

  return precis_ner_gazetteer_is_given_name (gazetteer, first != NULL ? first : lower);
}

/* Whether a token of [first, end) was read as a place: a dateline
 * ("MARIA LAACH."), which the rules of datelines tell. */
static gboolean
any_place (const guint8 *tags, guint32 first, guint32 end)
{
  for (guint32 k = first; k < end; k++)
    if (tags[k] != 0 && precis_ner_tag_type (tags[k]) == PRECIS_NER_TYPE_LOC)
      return TRUE;
  return FALSE;
}

void
precis_ner_tag_capital_names (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags)
{
  if (gazetteer == NULL || !precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i < doc->n_tokens;)
    {
      guint32 end = i;

      while (end < doc->n_tokens && doc->tokens[end].sentence == doc->tokens[i].sentence &&
             is_capital_word (doc, end))
        end++;
      if (end == i)
        {
          i++;
          continue;
        }
      /* A longer run is a heading in capitals, a shorter one no name. */
      if (end - i >= 2 && end - i <= 3 && opens_with_given_name (gazetteer, doc->tokens[i].lower) &&
          !any_place (tags, i, end))
        for (guint32 k = i; k < end; k++)
          tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_PER, k == i);
      i = end;
    }
}
