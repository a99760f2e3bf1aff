/* ner-person-of.c — "said Yonca Brunini of Yahoo": what a person is "of" is no person.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * News names a person with the body or the country they are of ("Keith
 * O'Neill of Norwich City", "Marc Rosset of Switzerland"), and the
 * tagger, which learnt the countries there, reads a company it never saw
 * there as a place or a second person ("said Yonca Brunini of Yahoo",
 * BBC tech dev, where that mention tipped the company's vote to a person;
 * "said Kathy Rittweger of Blinkx" a place).  CoNLL-2003 train and dev
 * (gold): after a person's name and "of", 68 places, 9 organizations, 1
 * MISC and no person, and of the places only "Newark" is one the
 * gazetteer does not know.  So a name read there as a person or a place
 * is the place where the gazetteer or the lexicon of well-known entities
 * knows it as one, a body otherwise.  The person must be named in full:
 * a word alone read as one is as often a title's ("The Chronicles of
 * Riddick", "the Hall of Fame"), and "Mr Skeens of Brownsville" is of a
 * town no list knows.
 */
#include "ner-person-of.h"

#include "ner-doc.h"

void
precis_ner_type_person_of (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  if (gazetteer == NULL || !precis_ner_reads_as_english (doc))
    return;
  for (guint k = 1; k < mentions->len; k++)
    {
      const PrecisNerMention *person = &g_array_index (mentions, PrecisNerMention, k - 1);
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      g_autofree char *text = NULL;

      if ((m->type != PRECIS_NER_TYPE_PER && m->type != PRECIS_NER_TYPE_LOC) || person->type != PRECIS_NER_TYPE_PER ||
          person->end - person->first < 2 || person->sentence != m->sentence || m->first != person->end + 1 || !precis_ner_token_is (doc, person->end, "of"))
        continue;
      text = precis_ner_tokens_text (doc, m->first, m->end);
      if (precis_ner_gazetteer_find (gazetteer, text) != NULL ||
          PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, text)) == PRECIS_NER_TYPE_LOC)
        {
          /* "Marc Rosset of Switzerland": a place, read as a person or not. */
          if (m->type == PRECIS_NER_TYPE_LOC)
            continue;
          m->type = PRECIS_NER_TYPE_LOC;
        }
      else
        m->type = PRECIS_NER_TYPE_ORG;
      m->said = TRUE;
    }
}
