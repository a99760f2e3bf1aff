/* ner-head-bodies.c — a body's name the tagger left unread after the noun of its kind.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "a man selling space on his forehead on website eBay", "a deal with
 * pharmaceutical company GlaxoSmithKline": a name the tagger's 1996 news
 * never saw, and one written in mixed case or with digits ("eBay", "G4S")
 * above all, is no name to it, and no fact is made (BBC dev bbc-tech-209:
 * the panel missed eBay).  The noun before it says what it is: CoNLL-2003
 * train and dev (gold), a capitalized word right after such a noun is an
 * organization's 115 times, a person's 3 ("party Vladimir Zhirinovsky"),
 * a title's 2 and no name's 4 ("agency Saturday launched").  On the 871
 * articles of the scan, 18 names after such a noun were no fact (eBay ×3,
 * GlaxoSmithKline, Verisign, Guidant, EDS, THX, G4S, Topshop, ...).
 */
#include "ner-head-bodies.h"

#include "ner-business.h"
#include "ner-gazetteer.h"
#include "ner-mentions.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

/* How many words a body's name after its noun may have. */
#define MAX_NAME_WORDS 4

/* Whether token `i` may be a word of a body's name: capitalized, in
 * capitals, in mixed case ("eBay") or letters with digits ("G4S", not
 * "4th"). */
static gboolean
is_name_word (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  if (precis_ner_shape_is_name (t->shape))
    return TRUE;
  if (t->shape != PRECIS_SHAPE_ALNUM)
    return FALSE;
  for (guint32 b = t->byte_start; b < t->byte_end; b++)
    if (g_ascii_isupper (doc->text[b]))
      return TRUE;
  return FALSE;
}

/* Whether token `i` is a word no name opens with: a stop word, a day or
 * a month, a word the document writes in lower case ("Visit site Like
 * the rest", a caption run into the text). */
static gboolean
is_ordinary (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return (t->flags & PRECIS_TOKEN_STOPWORD) || precis_ner_is_calendar_word (t->lower) ||
         precis_ner_lower_words_contains (lower_words, t->lower);
}

/* Whether tokens [`first`, `end`) are two words, a given name and one
 * that is none ("insurer Thierry Dehaan"): a person's name. */
static gboolean
is_given_and_surname (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end)
{
  return gazetteer != NULL && end - first == 2 &&
         precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[first].lower) &&
         !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[first + 1].lower);
}

/* Whether the noun before token `i` follows the capitalized word that
 * opens sentence `s`, no place's or people's name, and `i` is only
 * capitalized: "Visit site Like the rest of the royals", a shop's prompt
 * run into the next sentence, where the noun may be a verb's object and
 * the capital a sentence's.  A name in mixed case or with digits is one
 * all the same ("Auction site eBay is giving"), and so is one after a
 * people's adjective ("French retailer Promodes"). */
static gboolean
may_open_a_sentence (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, const PrecisSentence *s,
                     guint32 i)
{
  return i >= 2 && doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED &&
         doc->tokens[i - 2].shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_opens_sentence (doc, s, i - 2) &&
         precis_ner_tokens_gazetteer_type (gazetteer, doc, i - 2, i - 1) == 0;
}

void
precis_ner_tag_head_bodies (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                            PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      const PrecisToken *head = &doc->tokens[i - 1];
      const PrecisSentence *s = &doc->sentences[doc->tokens[i].sentence];
      guint32 stop = s->first_token + s->n_tokens, end = i;

      if (head->sentence != doc->tokens[i].sentence || head->shape != PRECIS_SHAPE_LOWER ||
          !precis_ner_is_org_head (head->lower) || tags[i] != 0 || !is_name_word (doc, i) ||
          doc->tokens[i].end - doc->tokens[i].start < 2 || is_ordinary (doc, lower_words, i) ||
          may_open_a_sentence (doc, gazetteer, s, i))
        continue;
      while (end < stop && end - i < MAX_NAME_WORDS + 1 && tags[end] == 0 && is_name_word (doc, end))
        end++;
      /* A longer name than the rule may say, a name the tagger read
       * right after, or a number that is part of the name ("Maroon 5"). */
      if (end - i > MAX_NAME_WORDS ||
          (end < stop && (tags[end] != 0 || doc->tokens[end].shape == PRECIS_SHAPE_NUMBER)) ||
          is_given_and_surname (doc, gazetteer, i, end))
        continue;
      for (guint32 k = i; k < end; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == i);
      i = end;
    }
}
