/* ner-conditions.c — names of illnesses.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-conditions.h"

#include "ner-word.h"

/* Not "fever" ("Indiana Fever", a club) nor "flu". */
static const char *const illness_heads[] = {
  "syndrome", "disease", "disorder", "virus", NULL,
};

gboolean
precis_ner_names_condition (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return m->end - m->first >= 2 && precis_ner_word_in_list (illness_heads, doc->tokens[m->end - 1].lower);
}
