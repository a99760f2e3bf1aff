/* ner-offices.c — a capitalized job title is no person's name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-offices.h"
#include "ner-doc.h"
#include "ner-word.h"
#include "ner-word-set.h"

#include <string.h>

/* Nouns an office's title ends with.  None is a common surname (those are
 * left out: a lone "Major" or "Chancellor" may be the person). */
static const char *const office_heads[] = {
  "director", "chairman", "chairwoman", "chairperson", "executive", "officer", "manager",
  "president", "vice-president", "secretary", "minister", "spokesman", "spokeswoman",
  "spokesperson", "treasurer", "governor", "registrar", "lecturer", "professor", "headteacher",
  "headmaster", "headmistress", "editor", "correspondent", "inspector", "superintendent",
  "commissioner", "coordinator", "co-ordinator", "administrator", "controller", "consultant",
  "oncologist", "surgeon", "physician", "cardiologist", "neurologist", "psychiatrist",
  "psychologist", "paediatrician", "pediatrician", "radiologist", "anaesthetist",
  "anesthetist", "pathologist", "obstetrician", "gynaecologist", "dermatologist",
  "founder", "co-founder", "ceo", "cfo", "coo", NULL,
};
static PrecisNerWordSet office_head_set;

/* Words that open or qualify an office's title before its noun. */
static const char *const office_words[] = {
  "managing", "chief", "deputy", "vice", "senior", "junior", "assistant", "associate",
  "executive", "non-executive", "general", "clinical", "medical", "financial", "operating",
  "technical", "commercial", "creative", "marketing", "sales", "finance", "national",
  "regional", "acting", "interim", "head", "lead", "consultant", "detective", "police",
  "operations", "programme", "program", "project", "political", "editorial", "research",
  "communications", "development", "health", "education", "news", "sports", "honorary",
  "principal", "joint", "co", "company", "group", "divisional", "area", "district", NULL,
};
static PrecisNerWordSet office_word_set;

/* The words between an office and the body it serves. */
static const char *const office_links[] = { "of", "at", NULL };

gboolean
precis_ner_is_office_title (const PrecisDocument *doc, guint32 first, guint32 end)
{
  if (end <= first || !precis_ner_reads_as_english (doc))
    return FALSE;
  if (!precis_ner_word_set_contains (&office_head_set, office_heads, doc->tokens[end - 1].lower))
    return FALSE;
  for (guint32 i = first; i < end; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (t->shape != PRECIS_SHAPE_CAPITALIZED && !(t->shape == PRECIS_SHAPE_UPPER && i == end - 1))
        return FALSE;
      if (i + 1 < end && !precis_ner_word_set_contains (&office_word_set, office_words, t->lower) &&
          !precis_ner_word_set_contains (&office_head_set, office_heads, t->lower))
        return FALSE;
    }
  return TRUE;
}

/* "CEO of Omni Consumer Products", "Chief Executive of Tesco": the office
 * and the body whose office it is, read as one name; the body's name
 * starts after "of" or "at" (and its "the").  `end` when what follows is
 * an office's field ("Secretary of Health"). */
guint32
precis_ner_office_holder_start (const PrecisDocument *doc, guint32 first, guint32 end)
{
  for (guint32 k = first + 1; k + 1 < end; k++)
    {
      const PrecisToken *t = &doc->tokens[k];

      if (t->shape != PRECIS_SHAPE_LOWER)
        continue;
      if (!precis_ner_word_in_list (office_links, t->lower) || !precis_ner_is_office_title (doc, first, k))
        return first;
      k++;
      if (k + 1 < end && doc->tokens[k].shape == PRECIS_SHAPE_LOWER && strcmp (doc->tokens[k].lower, "the") == 0)
        k++;
      /* "Secretary of Health", "Director of Communications": a field, no
       * body; the whole name is an office. */
      for (guint32 i = k; i < end; i++)
        if (!precis_ner_word_in_list (office_words, doc->tokens[i].lower))
          return k;
      return end;
    }
  return first;
}

/* The nouns of a minister's office written after the portfolio. */
static const char *const portfolio_heads[] = { "secretary", "minister", "commissioner", NULL };

/* The words of a portfolio ("Shadow Health", "Trade and Industry"). */
static const char *const portfolio_words[] = {
  "shadow", "health", "justice", "education", "home", "foreign", "defence", "defense", "culture",
  "transport", "environment", "business", "treasury", "finance", "interior", "trade", "energy",
  "housing", "communities", "schools", "universities", "science", "agriculture", "fisheries",
  "immigration", "pensions", "welfare", "sport", "sports", "tourism", "security", "development",
  "international", "equalities", "economy", "economic", "employment", "industry", "children",
  "families", "women", "veterans", "policing", "prisons", "armed", "forces", "cabinet", "climate", NULL,
};

guint32
precis_ner_portfolio_start (const PrecisDocument *doc, guint32 first, guint32 end)
{
  const PrecisToken *head;
  guint32 start = end;

  if (end >= doc->n_tokens || !precis_ner_reads_as_english (doc))
    return end;
  head = &doc->tokens[end];
  if (head->sentence != doc->tokens[first].sentence || head->shape != PRECIS_SHAPE_CAPITALIZED ||
      !precis_ner_word_in_list (portfolio_heads, head->lower))
    return end;
  while (start > first && doc->tokens[start - 1].shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_word_in_list (portfolio_words, doc->tokens[start - 1].lower))
    {
      start--;
      /* "Trade and Industry": "and" between two of its words. */
      if (start >= first + 2 && precis_ner_token_is (doc, start - 1, "and") &&
          doc->tokens[start - 2].shape == PRECIS_SHAPE_CAPITALIZED &&
          precis_ner_word_in_list (portfolio_words, doc->tokens[start - 2].lower))
        start--;
    }
  return start;
}
