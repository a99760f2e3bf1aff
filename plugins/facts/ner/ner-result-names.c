/* ner-result-names.c — a side's whole name in a results line, outside
 * English and German.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-result-names.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

/* The most words a side's name takes ("Caja San Fernando Sevilla"). */
#define MAX_NAME_WORDS 4

/* A score as a results line writes it: one to three digits. */
static gboolean
is_score (const PrecisDocument *doc, guint32 i, guint32 end)
{
  return i < end && precis_ner_token_is_small_number (doc, i, 3);
}

static gboolean
is_name_word (const PrecisDocument *doc, guint32 i)
{
  PrecisShape shape = doc->tokens[i].shape;

  return shape == PRECIS_SHAPE_CAPITALIZED || shape == PRECIS_SHAPE_UPPER || shape == PRECIS_SHAPE_MIXED;
}

/* A results line: a dash between sides and at least two scores
 * ("Real Madrid 83 - Adecco Estudiantes 73", "(BARCELONA, 3 - TAU
 * VITORIA, 1)"). */
static gboolean
is_results_line (const PrecisDocument *doc, guint32 first, guint32 end)
{
  guint scores = 0;
  gboolean dash = FALSE;

  for (guint32 i = first; i < end; i++)
    {
      if (precis_ner_token_is_dash (doc, i))
        dash = TRUE;
      else if (is_score (doc, i, end))
        scores++;
    }
  return dash && scores >= 2;
}

/* Whether the run [a, b) stands where a side does: after the line's
 * start, a dash, a score (", " too), a bracket or a colon, and before its
 * score (", 3" as well). */
static gboolean
is_side_slot (const PrecisDocument *doc, guint32 first, guint32 end, guint32 a, guint32 b)
{
  gboolean before = a == first || precis_ner_token_is_dash (doc, a - 1) || is_score (doc, a - 1, end) ||
                    precis_ner_token_is (doc, a - 1, "(") || precis_ner_token_is (doc, a - 1, ":") ||
                    (a >= first + 2 && precis_ner_token_is (doc, a - 1, ",") && is_score (doc, a - 2, end));

  return before && (is_score (doc, b, end) || (precis_ner_token_is (doc, b, ",") && is_score (doc, b + 1, end)));
}

/* Whether the run [a, b) is one side of a dash whose other side is a
 * name ("84 - Adecco Estudiantes 73", "Adecco Estudiantes 76 - Real"): a
 * match's two sides, no player's row, nor a tennis player before the
 * games of a set ("Flavia Pennetta 7 - 6, 6 - 2"). */
static gboolean
faces_dash (const PrecisDocument *doc, guint32 first, guint32 end, guint32 a, guint32 b)
{
  if (a >= first + 2 && precis_ner_token_is_dash (doc, a - 1) && (is_score (doc, a - 2, end) || is_name_word (doc, a - 2)))
    return TRUE;
  return b + 2 < end && is_score (doc, b, end) && precis_ner_token_is_dash (doc, b + 1) && is_name_word (doc, b + 2);
}

/* Whether the tagger read no work or event among [a, b): left untagged,
 * or read as a person or a place ("Baxi Manresa" as a man's name). */
static gboolean
is_no_misc (const guint8 *tags, guint32 a, guint32 b)
{
  for (guint32 k = a; k < b; k++)
    if (precis_ner_tag_type (tags[k]) == PRECIS_NER_TYPE_MISC)
      return FALSE;
  return TRUE;
}

/* Whether the tagger read an organization among [a, b) and no person
 * ("Alfonso Reyes 9" in a box score is a player): the sponsor read as a
 * company or the club as one, the town as a place. */
static gboolean
reads_as_club (const guint8 *tags, guint32 a, guint32 b)
{
  gboolean org = FALSE;

  for (guint32 k = a; k < b; k++)
    {
      PrecisNerType type = precis_ner_tag_type (tags[k]);

      if (type == PRECIS_NER_TYPE_PER || type == PRECIS_NER_TYPE_MISC)
        return FALSE;
      org = org || type == PRECIS_NER_TYPE_ORG;
    }
  /* One name already. */
  if (precis_ner_tag_is_begin (tags[a]) && precis_ner_tag_type (tags[a]) == PRECIS_NER_TYPE_ORG)
    {
      guint32 k = a + 1;

      while (k < b && tags[k] == precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE))
        k++;
      if (k == b)
        return FALSE;
    }
  return org;
}

void
precis_ner_tag_result_names (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_capitalizes_names_only (doc))
    return;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[s];
      guint32 first = sentence->first_token, end = first + sentence->n_tokens, a, b;

      if (!is_results_line (doc, first, end))
        continue;
      for (a = first; a < end; a = b + 1)
        {
          for (b = a; b < end && is_name_word (doc, b); b++)
            ;
          /* A run the tagger read as no organization is a side only
           * beside the dash: a box score's row names a player and his
           * points. */
          if (b - a < 2 || b - a > MAX_NAME_WORDS || !is_side_slot (doc, first, end, a, b) ||
              !(reads_as_club (tags, a, b) || (is_no_misc (tags, a, b) && faces_dash (doc, first, end, a, b))))
            continue;
          precis_ner_tags_set_name (tags, end, a, b, PRECIS_NER_TYPE_ORG);
        }
    }
}
