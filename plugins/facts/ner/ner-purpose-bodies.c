/* ner-purpose-bodies.c — "the Committee for a Responsible Federal Budget": a body named for its purpose.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Think tanks, campaigns and charities are named for what they are for,
 * and the article inside the name ("for a", "for the") is where the
 * tagger stops: "the Committee for a Responsible Federal Budget" was the
 * place "Committee" and the organization "Responsible Federal Budget",
 * "the Campaign for the Protection of Rural England" the organization
 * "Protection of Rural England" (readability's nytimes-4 page).  CoNLL-2003
 * English train and dev (gold) write 19 organizations with "for" inside
 * ("Organisation for Security and Cooperation in Europe", "Rally for the
 * Return of Refugees and Democracy in Rwanda", "Institute for Human Gene
 * Therapy") and none that a body's noun, "for" and capitalized words
 * begin that is not one.
 */
#include "ner-purpose-bodies.h"

#include "ner-doc.h"
#include "ner-gazetteer.h"
#include "ner-tags.h"
#include "ner-word.h"

/* The nouns a body so named opens with, capitalized. */
static const char *const body_nouns[] = {
  "committee", "center", "centre", "centers", "centres", "campaign", "coalition", "council", "institute",
  "foundation", "alliance", "association", "organisation", "organization", "society", "league", "movement",
  "fund", "trust", "union", "commission", "agency", "network", "forum", "partnership", "federation",
  "board", "bureau", "fellowship", "initiative", "rally", "front", "office", "party", "project", NULL,
};

/* Lower-case words a purpose's name runs on through, before another
 * capitalized word ("the Protection of Rural England", "Security and
 * Cooperation in Europe"). */
static const char *const purpose_links[] = { "of", "and", "in", "on", "the", "for", "&", NULL };

/* The longest such name: "Rally for the Return of Refugees and Democracy
 * in Rwanda" is 11 tokens. */
#define MAX_PURPOSE_TOKENS 12

/* The links after which a place is where the body sits, not its
 * purpose's ("the Commission for Africa in Cape Town"; but "Security and
 * Cooperation in Europe"). */
static const char *const place_links[] = { "in", "on", NULL };

/* The end of the purpose that starts at token `i` (its first capitalized
 * word), before `end`; `i` when none starts there. */
static guint32
purpose_end (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 i, guint32 end)
{
  guint32 last = i;

  for (guint32 k = i; k < end && k - i < MAX_PURPOSE_TOKENS; k++)
    {
      const PrecisToken *t = &doc->tokens[k];

      if (t->shape == PRECIS_SHAPE_CAPITALIZED || t->shape == PRECIS_SHAPE_UPPER)
        last = k + 1;
      else if (!(t->shape == PRECIS_SHAPE_LOWER || t->shape == PRECIS_SHAPE_PUNCT) ||
               !precis_ner_token_in_list (doc, k, purpose_links) ||
               (precis_ner_token_in_list (doc, k, place_links) &&
                precis_ner_tokens_gazetteer_type (gazetteer, doc, k - 1, k) != 0))
        break;
    }
  return last;
}

/* The first token of the name the tagger read around the body's noun at
 * `i`, from the sentence's `start`: "U.S. Centers for ...", "National
 * Center for ..."; not an article opening the sentence ("The
 * International Centre for ..."). */
static guint32
name_start (const PrecisDocument *doc, const guint8 *tags, guint32 start, guint32 i)
{
  guint32 first = i;

  while (first > start && tags[first] != 0 && !precis_ner_tag_is_begin (tags[first]) &&
         precis_ner_shape_is_name (doc->tokens[first - 1].shape))
    first--;
  while (first < i && (doc->tokens[first].flags & PRECIS_TOKEN_STOPWORD))
    first++;
  return first;
}

/* The end of the name the tagger read from token `first`: the body's
 * full name when it read one longer than the rule's ("Organisation for
 * Security and Cooperation in Europe" it knows). */
static guint32
name_end (const guint8 *tags, guint32 n_tags, guint32 first)
{
  guint32 end = first + 1;

  if (tags[first] == 0)
    return first;
  while (end < n_tags && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]))
    end++;
  return end;
}

void
precis_ner_tag_purpose_bodies (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[s];
      guint32 end = sentence->first_token + sentence->n_tokens;

      for (guint32 i = sentence->first_token; i + 2 < end; i++)
        {
          const PrecisToken *next = &doc->tokens[i + 1];
          guint32 purpose = i + 2, last, first;

          /* Asked of every token: its shape and the next one's length
           * first, in line (a call a token cost more than the rest). */
          if (doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED || next->byte_end - next->byte_start != 3 ||
              !precis_ner_token_is (doc, i + 1, "for") || !precis_ner_word_in_list (body_nouns, doc->tokens[i].lower))
            continue;
          if (purpose < end && (precis_ner_token_is (doc, purpose, "a") || precis_ner_token_is (doc, purpose, "an") ||
                                precis_ner_token_is (doc, purpose, "the")))
            purpose++;
          if (purpose >= end || doc->tokens[purpose].shape != PRECIS_SHAPE_CAPITALIZED)
            continue;
          last = purpose_end (gazetteer, doc, purpose, end);
          first = name_start (doc, tags, sentence->first_token, i);
          if (name_end (tags, doc->n_tokens, first) >= last)
            continue;
          precis_ner_tags_set_name (tags, doc->n_tokens, first, last, PRECIS_NER_TYPE_ORG);
          i = last - 1;
        }
    }
}
