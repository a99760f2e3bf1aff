/* ner-joined-names.c — a well-known name joined by "and" or "of", whole.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-joined-names.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

/* The words that join a name's capitalized words: 60 names of entities.tsv
 * hold one ("Siouxsie and the Banshees", "Massachusetts Institute of
 * Technology", "Victoria and Albert Museum"). */
static const char *const joiners[] = { "and", "of", "the", "&", "for", NULL };

static gboolean
is_capitalized (const PrecisDocument *doc, guint32 i)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED;
}

static gboolean
is_joiner (const PrecisDocument *doc, guint32 i)
{
  return !is_capitalized (doc, i) && precis_ner_word_in_list (joiners, doc->tokens[i].lower);
}

/* The type entities.tsv gives tokens [first, end) as written, alone (not
 * a word too); NONE when it lists no such name. */
static PrecisNerType
listed_type (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end)
{
  g_autofree char *text = precis_ner_tokens_text (doc, first, end);
  guint known = precis_ner_gazetteer_known (gazetteer, text);

  if (known == 0 || (known & PRECIS_NER_KNOWN_AMBIGUOUS))
    return PRECIS_NER_TYPE_NONE;
  return PRECIS_NER_KNOWN_TYPE (known);
}

void
precis_ner_tag_joined_names (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags)
{
  guint max_words;

  if (gazetteer == NULL || !precis_ner_reads_as_english (doc))
    return;
  max_words = precis_ner_gazetteer_known_max_words (gazetteer);
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      guint32 sentence = doc->tokens[i].sentence, best = i, e;
      PrecisNerType type = PRECIS_NER_TYPE_NONE;
      gboolean joined = FALSE;

      if (!is_capitalized (doc, i))
        continue;
      /* The longest listed run from `i` that holds a joining word: a name
       * with none the tagger reads whole as often as the lexicon would. */
      for (e = i + 1; e < doc->n_tokens && e - i < max_words && doc->tokens[e].sentence == sentence; e++)
        {
          PrecisNerType t;

          if (is_joiner (doc, e))
            {
              joined = TRUE;
              continue;
            }
          if (!is_capitalized (doc, e))
            break;
          if (joined && (t = listed_type (doc, gazetteer, i, e + 1)) != PRECIS_NER_TYPE_NONE)
            {
              best = e + 1;
              type = t;
            }
        }
      if (type == PRECIS_NER_TYPE_NONE)
        continue;
      for (guint32 k = i; k < best; k++)
        tags[k] = (guint8) precis_ner_tag_make (type, k == i);
      /* A name the tagger ran on past the listed one starts afresh. */
      if (best < doc->n_tokens && tags[best] != 0 && !precis_ner_tag_is_begin (tags[best]))
        tags[best] = (guint8) precis_ner_tag_make (precis_ner_tag_type (tags[best]), TRUE);
      i = best - 1;
    }
}
