/* ner-person-nouns.c — German: the noun before a person's name is none of it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The list of German roles (ner-roles.c) names the offices news writes
 * before a name; the nouns that introduce a person are many more
 * ("Radprofi", "Olympiasieger", "Halbbruder", "Franzose", "Keeper"), and
 * the tagger, trained on text that capitalizes every noun, takes them
 * into the name.  German's list of common words tells them from the name:
 * given names are not in it (tools/make-common-words.py takes them out).
 */
#include "ner-person-nouns.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

/* The fewest letters of a compound's parts ("Rad" + "profi"). */
#define MIN_HEAD 3
#define MIN_TAIL 4

/* Whether the first `n_bytes` of `lower` are a word of the list, or one
 * and a joining "s" ("Olympias" of "Olympiasieger"). */
static gboolean
is_listed (const PrecisNerGazetteer *gazetteer, const char *lower, gsize n_bytes)
{
  char word[PRECIS_NER_WORD_MAX];

  if (n_bytes >= sizeof word)
    return FALSE;
  memcpy (word, lower, n_bytes);
  word[n_bytes] = '\0';
  if (precis_ner_gazetteer_is_common_word (gazetteer, word))
    return TRUE;
  if (n_bytes > MIN_HEAD && word[n_bytes - 1] == 's')
    {
      word[n_bytes - 1] = '\0';
      return precis_ner_gazetteer_is_common_word (gazetteer, word);
    }
  return FALSE;
}

/* Whether `lower` is a word of the list or a compound of them, each
 * part a word ("Radprofi", "Kreissportwart"): a name that merely ends in
 * a word is none ("Sigismund", "Ijsbrand"). */
static gboolean
is_common_compound (const PrecisNerGazetteer *gazetteer, const char *lower, guint depth)
{
  glong n_chars = g_utf8_strlen (lower, -1);

  if (precis_ner_gazetteer_is_common_word (gazetteer, lower))
    return TRUE;
  if (depth == 0)
    return FALSE;
  for (glong k = MIN_HEAD; n_chars - k >= MIN_TAIL; k++)
    {
      const char *tail = g_utf8_offset_to_pointer (lower, k);
      gsize head_bytes = (gsize) (tail - lower);
      char head[PRECIS_NER_WORD_MAX];

      if (!precis_ner_gazetteer_is_common_word (gazetteer, tail) || head_bytes >= sizeof head)
        continue;
      if (is_listed (gazetteer, lower, head_bytes))
        return TRUE;
      memcpy (head, lower, head_bytes);
      head[head_bytes] = '\0';
      if (is_common_compound (gazetteer, head, depth - 1))
        return TRUE;
    }
  return FALSE;
}

/* Whether token `i` is a capitalized common word (its last part, when
 * hyphenated: "Löwen-Keeper") and no given name or surname. */
static gboolean
is_person_noun (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *last = strrchr (t->lower, '-');

  last = last != NULL ? last + 1 : t->lower;
  if (t->shape != PRECIS_SHAPE_CAPITALIZED || strlen (last) < 3 ||
      precis_ner_gazetteer_is_given_name (gazetteer, t->lower) ||
      precis_ner_gazetteer_is_surname_hash (gazetteer, precis_ner_gazetteer_token_hash (t->lower, strlen (t->lower))))
    return FALSE;
  for (const char *p = last; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return FALSE;
  return is_common_compound (gazetteer, last, 2);
}

void
precis_ner_trim_person_nouns (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags)
{
  guint8 person = precis_ner_tag_make (PRECIS_NER_TYPE_PER, FALSE);

  if (gazetteer == NULL || !precis_ner_gazetteer_has_common_words (gazetteer) ||
      !precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    {
      if (tags[i] == 0 || !precis_ner_tag_is_begin (tags[i]) || precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_PER)
        continue;
      /* After a noun ("die Organisation Milieu Defensie"), that one
       * introduces the name, which may open with a word of the list (not
       * after a name: "Hardeknuts Halbbruder Sven"). */
      if (i > 0 && doc->tokens[i - 1].sentence == doc->tokens[i].sentence &&
          is_person_noun (doc, gazetteer, i - 1))
        continue;
      /* Each noun opening a name that goes on after it. */
      while (i + 1 < doc->n_tokens && tags[i + 1] == person && doc->tokens[i + 1].sentence == doc->tokens[i].sentence &&
             doc->tokens[i + 1].shape == PRECIS_SHAPE_CAPITALIZED && is_person_noun (doc, gazetteer, i))
        {
          tags[i] = 0;
          tags[i + 1] = precis_ner_tag_make (PRECIS_NER_TYPE_PER, TRUE);
          i++;
        }
    }
}
