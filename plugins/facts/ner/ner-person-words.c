/* ner-person-words.c — English: a word before a person's name is none of
 * it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-person-words.h"

#include "ner-institutions.h"
#include "ner-titles.h"
#include "ner-tags.h"

#include <string.h>

/* Whether token `i` is a word wbritish writes only in lower case that no
 * title, particle ("Mohammed Bin Zayed") or given name is. */
static gboolean
is_plain_word (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 i)
{
  const char *lower = doc->tokens[i].lower;

  return doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_gazetteer_is_english_word (gazetteer, lower) &&
         !precis_ner_is_title_word (lower) && !precis_ner_is_name_particle (lower) &&
         !precis_ner_gazetteer_is_given_name (gazetteer, lower);
}

/* How many of tokens (`p`, `end`) are capitalized: the name after `p`
 * ("Antoine Court de Gébelin" has one after "Court"). */
static guint
name_words_after (const PrecisDocument *doc, guint32 p, guint32 end)
{
  guint n = 0;

  for (guint32 k = p + 1; k < end; k++)
    n += doc->tokens[k].shape == PRECIS_SHAPE_CAPITALIZED || doc->tokens[k].shape == PRECIS_SHAPE_UPPER ||
         doc->tokens[k].shape == PRECIS_SHAPE_MIXED;
  return n;
}

/* Whether the document writes token `p`'s word capitalized elsewhere,
 * not opening a sentence: a title it gives ("Baroness Greenfield"). */
static gboolean
capitalized_elsewhere (const PrecisDocument *doc, guint32 p)
{
  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (i != p && doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED &&
        !(doc->tokens[i].flags & PRECIS_TOKEN_SENTENCE_START) && strcmp (doc->tokens[i].lower, doc->tokens[p].lower) == 0)
      return TRUE;
  return FALSE;
}

void
precis_ner_trim_english_person_words (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags)
{
  const guint per_begin = precis_ner_tag_make (PRECIS_NER_TYPE_PER, TRUE);
  const guint per_inside = precis_ner_tag_make (PRECIS_NER_TYPE_PER, FALSE);

  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 first = 0; first < doc->n_tokens; first++)
    {
      guint32 end = first + 1;

      if (tags[first] != per_begin)
        continue;
      while (end < doc->n_tokens && tags[end] == per_inside)
        end++;
      /* The last plain word with two words or more after it. */
      for (guint32 p = end - 1; end - first >= 3 && p-- > first;)
        {
          if (!is_plain_word (doc, gazetteer, p))
            continue;
          if (name_words_after (doc, p, end) >= 2 && !capitalized_elsewhere (doc, p))
            {
              for (guint32 k = first; k <= p; k++)
                tags[k] = 0;
              tags[p + 1] = (guint8) per_begin;
            }
          break;
        }
      first = end - 1;
    }
}

/* Whether tokens [first, end) are a name of their own: a lexicon knows
 * it, or the document writes its two words or more elsewhere, not
 * before the word `end` ("the United Nations", "Liberal Democrat
 * leader").  At most
 * `*walks` walks of the document (hostile text stays linear). */
static gboolean
named_alone (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end,
             guint *walks)
{
  guint32 len = end - first;
  g_autofree char *name =
    g_strndup (doc->text + doc->tokens[first].byte_start, doc->tokens[end - 1].byte_end - doc->tokens[first].byte_start);

  g_autofree char *key = g_utf8_strdown (name, -1);

  /* "Liberal Democrat Willie Rennie", "Tory Boris Johnson": a British
   * party's name (ner-institutions.c), though written once. */
  if (precis_ner_gazetteer_knows (gazetteer, name) || precis_ner_party_key (key) != NULL)
    return TRUE;
  /* One word found elsewhere proves nothing: "San" of "San Diego
   * Padres" opens "San Francisco" too. */
  if (len < 2 || *walks == 0)
    return FALSE;
  (*walks)--;
  for (guint32 j = 0; j + len < doc->n_tokens; j++)
    {
      guint32 k = 0;

      while (k < len && strcmp (doc->tokens[j + k].lower, doc->tokens[first + k].lower) == 0 &&
             doc->tokens[j + k].shape == doc->tokens[first + k].shape)
        k++;
      if (k == len && j != first && strcmp (doc->tokens[j + len].lower, doc->tokens[end].lower) != 0)
        return TRUE;
    }
  return FALSE;
}

void
precis_ner_split_body_before_person (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags)
{
  const guint org_begin = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
  const guint org_inside = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE);
  guint walks = 8;

  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 first = 0; first < doc->n_tokens; first++)
    {
      guint32 end = first + 1, given;
      const PrecisToken *surname;

      if (tags[first] != org_begin)
        continue;
      while (end < doc->n_tokens && tags[end] == org_inside)
        end++;
      given = end - 2;
      surname = &doc->tokens[end - 1];
      if (end - first >= 3 && doc->tokens[given].shape == PRECIS_SHAPE_CAPITALIZED &&
          (surname->shape == PRECIS_SHAPE_CAPITALIZED || surname->shape == PRECIS_SHAPE_MIXED) &&
          doc->tokens[given - 1].shape != PRECIS_SHAPE_LOWER &&
          precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[given].lower) &&
          !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[given - 1].lower) &&
          named_alone (doc, gazetteer, first, given, &walks))
        {
          g_autofree char *person = g_strndup (doc->text + doc->tokens[given].byte_start,
                                               surname->byte_end - doc->tokens[given].byte_start);

          if (!precis_ner_gazetteer_knows (gazetteer, person) ||
              PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, person)) == PRECIS_NER_TYPE_PER)
            {
              tags[given] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_PER, TRUE);
              tags[end - 1] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_PER, FALSE);
            }
        }
      first = end - 1;
    }
}
