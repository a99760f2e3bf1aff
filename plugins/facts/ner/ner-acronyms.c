/* ner-acronyms.c — a body's short form written in brackets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-acronyms.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

/* "BfV", "MfS", "CDU": letters only, two capitals at least, the first
 * one a capital.  Not "CO2" nor "G7", nor a word in capitals of one
 * letter. */
static gboolean
is_short_form (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *text = doc->text + t->byte_start;
  gsize len = t->byte_end - t->byte_start;
  guint capitals = 0;

  if ((t->shape != PRECIS_SHAPE_UPPER && t->shape != PRECIS_SHAPE_MIXED) || len < 2 || len > 8 ||
      !g_ascii_isupper (text[0]))
    return FALSE;
  for (gsize k = 0; k < len; k++)
    {
      if (!g_ascii_isalpha (text[k]))
        return FALSE;
      capitals += g_ascii_isupper (text[k]) ? 1 : 0;
    }
  return capitals >= 2;
}

/* A common noun's short form in brackets after it names a kind, not a
 * body: the noun untagged, one word that the letters abbreviate.
 * GermEval 2014 dev and CoNLL-2003 German dev (gold): 5 such short forms,
 * none a name; bodies' short forms follow their names ("Bundesamt für
 * Verfassungsschutz (BfV)"), a person's party the person. */
gboolean
precis_ner_abbreviates_common_noun (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  guint32 w = i - 2;

  return i >= 2 && precis_ner_token_is (doc, i - 1, "(") && doc->tokens[w].sentence == doc->tokens[i].sentence &&
         tags[w] == 0 && doc->tokens[w].shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_word_abbreviates (doc->tokens[i].lower, strlen (doc->tokens[i].lower), doc->tokens[w].lower,
                                      strlen (doc->tokens[w].lower));
}

void
precis_ner_tag_bracketed_acronyms (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 1; i + 1 < doc->n_tokens; i++)
    if (tags[i] == 0 && precis_ner_token_is (doc, i - 1, "(") && precis_ner_token_is (doc, i + 1, ")") &&
        doc->tokens[i - 1].sentence == doc->tokens[i].sentence &&
        doc->tokens[i + 1].sentence == doc->tokens[i].sentence && is_short_form (doc, i) &&
        !precis_ner_abbreviates_common_noun (doc, tags, i))
      tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
}
