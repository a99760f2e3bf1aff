/* ner-post-holders.c — the body a sentence opens with, before a post and its holder.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "Arsenal boss Arsene Wenger has been guaranteed transfer funds": a
 * sentence's first word is capitalized whatever it is, so the tagger
 * reads little from the capital there and left "Arsenal" unread (BBC dev
 * bbc-sport-143, its only mention: the panel missed the club).  The post
 * after the name and the person the tagger read after the post say what
 * the name is: the body the person holds the post in.  On the 871
 * articles of the scan, 12 such sentence openers were no fact ("Arsenal
 * boss", "Juventus striker", "Middlesbrough boss", "London Irish coach",
 * ...), beside 84 the tagger or the rules found.
 */
#include "ner-post-holders.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

/* The posts a body's person holds, that no nation's or people's name
 * opens in a sentence of its own but a nation's side ("England captain",
 * which the tagger reads): a club's and a company's. */
static const char *const posts[] = {
  "boss", "manager", "chairman", "chairwoman", "coach", "striker", "midfielder", "defender",
  "goalkeeper", "keeper", "captain", "skipper", "winger", "owner", NULL,
};

/* How many capitalized words a body's name before its post may have. */
#define MAX_NAME_WORDS 3

/* Whether token `i` is a word the language or this document writes in
 * lower case ("Former", "Legendary", "Committee"), a stop word ("Like
 * skipper Brian O'Driscoll") or a compound of such words
 * ("Under-pressure coach"). */
static gboolean
is_ordinary (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *hyphen = strchr (t->lower, '-');

  if ((t->flags & PRECIS_TOKEN_STOPWORD) ||
      (hyphen != NULL && g_ascii_islower (doc->text[t->byte_start + (hyphen - t->lower) + 1])))
    return TRUE;
  return precis_ner_lower_words_contains (lower_words, t->lower) ||
         precis_ner_lower_words_in_language (lower_words, doc->text + t->byte_start, t->byte_end - t->byte_start);
}

/* Tokens [`first`, `end`) open sentence `s` before a post and its holder:
 * `end` is the post; `first` the first of the name's words, 0 words when
 * there is none. */
static gboolean
find_name (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, const guint8 *tags, guint32 s,
           guint32 *first, guint32 *end)
{
  const PrecisSentence *sentence = &doc->sentences[s];
  guint32 start = sentence->first_token, stop = start + sentence->n_tokens, k = start;

  while (k < stop && k < start + MAX_NAME_WORDS + 1 && doc->tokens[k].shape == PRECIS_SHAPE_CAPITALIZED &&
         tags[k] == 0)
    k++;
  if (k == start || k + 1 >= stop || doc->tokens[k].shape != PRECIS_SHAPE_LOWER ||
      !precis_ner_word_in_list (posts, doc->tokens[k].lower) ||
      precis_ner_tag_type (tags[k + 1]) != PRECIS_NER_TYPE_PER || !precis_ner_tag_is_begin (tags[k + 1]))
    return FALSE;
  *end = k;
  /* "Former Worldcom boss": the ordinary words open the sentence, the
   * name follows them. */
  while (start < k && is_ordinary (doc, lower_words, start))
    start++;
  *first = start;
  return start < k && k - start <= MAX_NAME_WORDS;
}

/* Whether tokens [`first`, `end`) are a name of their own: one the
 * gazetteer knows (a place, a company, an organization of entities.tsv
 * even if also a word: "Arsenal", "Middlesbrough"), or whose words the
 * document writes capitalized again where no sentence opens ("Spurs
 * boss Martin Jol" and "beaten by Spurs").  A word that opens the
 * sentence and no name ("Like skipper Brian O'Driscoll") is neither. */
static gboolean
is_name_of_its_own (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end)
{
  g_autofree char *text = precis_ner_tokens_text (doc, first, end);
  guint32 n = end - first;

  if (precis_ner_tokens_gazetteer_type (gazetteer, doc, first, end) != 0 ||
      (gazetteer != NULL && (precis_ner_gazetteer_is_company (gazetteer, text) ||
                             PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, text)) == PRECIS_NER_TYPE_ORG)))
    return TRUE;
  for (guint32 j = 0; j + n <= doc->n_tokens; j++)
    if (j != first && doc->tokens[j].shape == PRECIS_SHAPE_CAPITALIZED &&
        !precis_ner_opens_sentence (doc, &doc->sentences[doc->tokens[j].sentence], j) &&
        precis_ner_same_words (doc, j, first, n))
      return TRUE;
  return FALSE;
}

void
precis_ner_tag_post_holders (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                             PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      guint32 first, end;

      if (!find_name (doc, lower_words, tags, s, &first, &end))
        continue;
      /* "Colombian goalkeeper David Ospina", "England captain": a people
       * or a nation, which CoNLL types so. */
      if ((precis_ner_tokens_gazetteer_type (gazetteer, doc, first, end) &
           (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_DEMONYM | PRECIS_NER_GAZ_CONTINENT)) ||
          !is_name_of_its_own (doc, gazetteer, first, end))
        continue;
      for (guint32 k = first; k < end; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == first);
    }
}
