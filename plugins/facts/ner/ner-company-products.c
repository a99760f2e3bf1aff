/* ner-company-products.c — "Apple Mac", "Nintendo DS": a company's name and its product's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "emulators for Windows PC, Apple Mac and even PDAs": the tagger reads
 * a company's name and a product's after it as a person's name (BBC dev
 * bbc-tech-128: the panel missed Apple; "Apple Mac" was a person).
 * CoNLL-2003 train and dev (gold), two capitalized words opening with a
 * company of companies.tsv: 6 organizations ("Symantec Corp.", "Oracle
 * Systems"), 5 events ("Toshiba Classic"), no person and no place.  On
 * the 871 articles of the scan the rule made 6 facts right ("Nintendo
 * DS" twice, "Nintendo GameBoys", "Apple Mac", "Microsoft Outlook",
 * "Sony Ericsson"); "Private" ("Saving Private Ryan") is a registrant of
 * companies.tsv that entities.tsv does not know, and stays as read.
 */
#include "ner-company-products.h"

#include "ner-entities.h"
#include "ner-word.h"

static gboolean
is_name_word (const PrecisToken *t)
{
  return t->shape == PRECIS_SHAPE_CAPITALIZED || t->shape == PRECIS_SHAPE_MIXED || t->shape == PRECIS_SHAPE_UPPER;
}

/* Whether token `i` alone is a well-known company: one of companies.tsv
 * that entities.tsv knows as an organization too (two lexicons, as
 * companies.tsv alone holds registrants' words: "Private"), be it also an
 * English word ("Apple"). */
static gboolean
is_company_word (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 i)
{
  g_autofree char *word = precis_ner_tokens_text (doc, i, i + 1);

  return precis_ner_gazetteer_is_company (gazetteer, word) &&
         PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, word)) == PRECIS_NER_TYPE_ORG;
}

/* Whether token `i` alone is a company or an organization of either
 * lexicon ("Ericsson" of "Sony Ericsson"). */
static gboolean
is_listed_body (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 i)
{
  g_autofree char *word = precis_ner_tokens_text (doc, i, i + 1);

  return precis_ner_gazetteer_is_company (gazetteer, word) ||
         PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, word)) == PRECIS_NER_TYPE_ORG;
}

void
precis_ner_cut_company_products (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  if (gazetteer == NULL || !precis_ner_reads_as_english (doc))
    return;
  for (guint i = 0; i < mentions->len; i++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, i);
      g_autofree char *text = NULL;
      g_autofree char *key = NULL;

      if ((m->type != PRECIS_NER_TYPE_PER && m->type != PRECIS_NER_TYPE_LOC) || m->end - m->first != 2 ||
          !is_name_word (&doc->tokens[m->first]) || !is_name_word (&doc->tokens[m->first + 1]) ||
          !is_company_word (gazetteer, doc, m->first) ||
          precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[m->first].lower))
        continue;
      text = precis_ner_tokens_text (doc, m->first, m->end);
      key = g_utf8_strdown (text, -1);
      /* "Sony Pictures", "Oracle Systems": a body of the company. */
      if (precis_ner_gazetteer_is_organization (gazetteer, text) || precis_ner_gazetteer_known (gazetteer, text) != 0 ||
          precis_ner_ends_as_body_or_place (key))
        continue;
      if (!is_listed_body (gazetteer, doc, m->first + 1))
        m->end = m->first + 1;
      m->type = PRECIS_NER_TYPE_ORG;
    }
}
