/* ner-title-tails.c — the end of a title the tagger read alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-title-tails.h"
#include "ner-titles.h"
#include "ner-offices.h"
#include "ner-places.h"
#include "ner-word.h"

#include <string.h>

/* Nouns whose "of" names a body, a place or a rank, not a work: "the
 * Bank of Japan", "the City of London", "the Republic of Ireland", "the
 * Duchess of York", "the Friends of the Earth".  Read folds of CoNLL
 * train and dev: no gold name but a MISC one after another capitalized
 * word and "of (the)" inside a sentence, apart from offices and ranks. */
static const char *const body_heads[] = {
  "bank", "house", "church", "university", "college", "school", "museum", "institute",
  "academy", "council", "board", "department", "ministry", "office", "court", "hall", "city",
  "republic", "kingdom", "state", "states", "province", "county", "district", "region",
  "federation", "association", "union", "league", "society", "party", "chamber", "assembly",
  "parliament", "commission", "committee", "authority", "agency", "bureau", "service",
  "army", "navy", "force", "forces", "police", "tower", "palace", "castle", "cathedral",
  "abbey", "hospital", "hospitals", "trust", "foundation", "fund", "centre", "center", "club",
  "bay", "cape", "port", "isle", "isles", "coast", "lake", "mount", "duke", "duchess",
  "earl", "countess", "baron", "baroness", "marquess", "viscount", "friends", "people",
  "government", "embassy", "consulate", "bishop", "mayor", "governor", NULL,
};

/* Words before a title's noun that leave it a title: "the Phantom of the
 * Opera", "A Series of Unfortunate Events", "My Summer of Love". */
static const char *const determiners[] = {
  "a", "an", "the", "my", "his", "her", "their", "its", "our", "your", NULL,
};

/* Marks a title follows inside a sentence ("re-make, Flight of the
 * Phoenix"); not a dash, which opens a headline after its dateline
 * ("STATES - Prices of U.S. Treasury securities"). */
static const char *const marks_before[] = {
  ",", "(", "\"", "\u201c", "\u2018", "'", ":", NULL,
};

/* Whether capitalized token `noun`, inside sentence `s` and covered by
 * no mention, heads a title: a word in lower case, a punctuation mark or
 * a determiner before it, and no body, place or office. */
static gboolean
heads_title (const PrecisDocument *doc, const PrecisSentence *s, guint32 noun)
{
  const PrecisToken *t = &doc->tokens[noun], *before;
  const char *head;

  if (noun <= s->first_token || t->shape != PRECIS_SHAPE_CAPITALIZED ||
      precis_ner_opens_sentence (doc, s, noun))
    return FALSE;
  before = &doc->tokens[noun - 1];
  if (before->shape != PRECIS_SHAPE_LOWER && !precis_ner_word_in_list (marks_before, before->lower) &&
      !precis_ner_word_in_list (determiners, before->lower))
    return FALSE;
  /* "Secretary-General of the Kurdistan Democratic Party of Iran". */
  head = strrchr (t->lower, '-') != NULL ? strrchr (t->lower, '-') + 1 : t->lower;
  return !precis_ner_word_in_list (body_heads, head) && !precis_ner_is_title_word (head) &&
         !precis_ner_is_place_tail (head) && !precis_ner_is_office_title (doc, noun, noun + 1);
}

void
precis_ner_drop_title_tails (const PrecisDocument *doc, GArray *mentions)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisSentence *s = &doc->sentences[m->sentence];
      guint32 of = m->first - 1;

      if (m->type == PRECIS_NER_TYPE_PER || m->first < s->first_token + 3)
        continue;
      if (precis_ner_token_is (doc, of, "the"))
        of--;
      if (of <= s->first_token || !precis_ner_token_is (doc, of, "of") ||
          (k > 0 && g_array_index (mentions, PrecisNerMention, k - 1).end >= of) ||
          !heads_title (doc, s, of - 1))
        continue;
      g_array_remove_index (mentions, k);
    }
}
