/* ner-weekday-papers.c — "the Mail on Sunday": a paper whose name ends in a weekday.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Britain's Sunday papers are named either "the Sunday X" (the Sunday
 * Times, the Sunday Telegraph: the tagger reads those whole, and the
 * dates engine knows a weekday before a capitalized word after "the" is
 * no day) or "the X on Sunday", a weekday paper's title and its day.
 * There the tagger, whose 1996 news never names one (CoNLL-2003 train
 * and dev: no "on Sunday" inside a name), reads the title's word as a
 * place or a person ("Mail") and "on Sunday" as the day of the clause,
 * and the panel gets a place "Mail" and a date.  "the X on Sunday" itself
 * says nothing: "told the BBC on Sunday", "the Tories on Monday" (the
 * BBC and CNN/DM dev articles: 8 of the 15 such phrases are the Mail on
 * Sunday, the others a day), so the titles are a closed list, the
 * national and regional papers of that form that are written after
 * "the".  "Scotland on Sunday" and "Wales on Sunday" are not in it: they
 * are written without "the", like a place and its day.  The date the
 * dates engine found there is dropped by the facts plugin, as every date
 * inside an organization's name is (facts.c).
 */
#include "ner-weekday-papers.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

/* Titles that "on Sunday" follows in a paper's name, as written. */
static const char *const titles[] = {
  "Mail", "Independent", NULL,
};

void
precis_ner_tag_weekday_papers (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 1; i + 2 < doc->n_tokens; i++)
    {
      const guint32 sentence = doc->tokens[i].sentence;

      /* The shape first: most tokens are no capitalized word. */
      if (doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED || !precis_ner_token_in_list (doc, i, titles) ||
          doc->tokens[i - 1].sentence != sentence || doc->tokens[i + 2].sentence != sentence ||
          strcmp (doc->tokens[i - 1].lower, "the") != 0 || !precis_ner_token_is (doc, i + 1, "on") ||
          !precis_ner_token_is (doc, i + 2, "Sunday"))
        continue;
      /* A "The" the tagger read alone, or as the start of its own
       * reading, is no name of its own (inside a sentence the chunker
       * gives the paper's name its capital "The" back, ner-mentions.c). */
      tags[i - 1] = 0;
      precis_ner_tags_set_name (tags, doc->n_tokens, i, i + 3, PRECIS_NER_TYPE_ORG);
      i += 2;
    }
}
