/* ner-place-nouns.c — a German place's kind before its name, outside it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "im Kreis Stendal", "in der Provinz Quebec": the German model learnt
 * from WikiNEuRal's silver Wikipedia text, which often takes the kind
 * into the place ("Provinz" inside 8 times, outside 10), and reads
 * "Kreis Nordheim" as one place.  CoNLL-2003 German dev and GermEval 2014
 * dev (gold) never do: "Kreis" then a place 7 times, "Provinz" 4, "Kanton",
 * "Stadtteil", "Ortsteil", "Gemeinde" 8, the noun each time outside.  Not
 * "Stadt" (CoNLL takes it in 8 times of 15: "Stadt Frankfurt") nor
 * "Landkreis", nor a state's noun ("Land Hessen", ner-wire.c).
 */
#include "ner-place-nouns.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

static const char *const kind_nouns[] = {
  "Kreis", "Kreises", "Provinz", "Bezirk", "Bezirks", "Bezirkes", "Kanton", "Kantons", "Bundesstaat",
  "Bundesstaats", "Bundesstaates", "Gemeinde", "Stadtteil", "Stadtteils", "Ortsteil", "Ortsteils", NULL,
};

/* The last parts of German compounds that name a place's kind, as an
 * apposition before its name: "die Kaukasus-Enklave Berg-Karabach", "die
 * Hafenstadt Port Elizabeth", "auf der Halbinsel Krim".  The tagger took
 * "Kaukasus-Enklave Berg-Karabach" for one organization, and the place's
 * other mentions with it (CoNLL-2003 German dev: the place missed 4
 * times in its story); CoNLL's gold keeps such a noun out 7 times of 7
 * ("Hauptstadt Baku", "Heimatstadt Schuscha", "Hafenstadt Port
 * Elisabeth").  Not "-gemeinde" (a parish: "Kirchengemeinde Mörfelden" a
 * place in it), nor "-republik" ("Volksrepublik China", a name). */
static const char *const kind_parts[] = {
  "enklave", "exklave", "provinz", "region", "halbinsel", "insel", "hauptstadt", "hafenstadt", "heimatstadt",
  "grenzstadt", "kreisstadt", "metropole", "stadtteil", "vorort", NULL,
};

/* Whether token `i` is a compound ending in a place's kind: "Kaukasus-
 * Enklave", "Hafenstadt" (not the kind's word alone, kind_nouns'). */
static gboolean
is_kind_compound (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *hyphen = strrchr (t->lower, '-');

  if (t->shape != PRECIS_SHAPE_CAPITALIZED && t->shape != PRECIS_SHAPE_MIXED && hyphen == NULL)
    return FALSE;
  if (hyphen != NULL)
    return precis_ner_word_in_list (kind_parts, hyphen + 1);
  return precis_ner_compound_ends_in_list (kind_parts, t->lower) && !precis_ner_word_in_list (kind_parts, t->lower);
}

/* A mention the tagger opened with such a compound, or with adjectives
 * written in lower case and the compound ("die armenische Kaukasus-
 * Enklave Berg-Karabach" read whole as one body): the place's name after
 * it, the rest outside. */
static void
trim_kind_compounds (const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    {
      guint32 j = i;

      if (tags[i] == 0 || !precis_ner_tag_is_begin (tags[i]) || precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_PER)
        continue;
      while (j + 1 < doc->n_tokens && doc->tokens[j].shape == PRECIS_SHAPE_LOWER && tags[j + 1] != 0 &&
             !precis_ner_tag_is_begin (tags[j + 1]))
        j++;
      if (j + 1 >= doc->n_tokens || tags[j + 1] == 0 || precis_ner_tag_is_begin (tags[j + 1]) ||
          doc->tokens[j + 1].shape == PRECIS_SHAPE_LOWER || !is_kind_compound (doc, j))
        continue;
      for (guint32 k = i; k <= j; k++)
        tags[k] = 0;
      tags[j + 1] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, TRUE);
      for (guint32 k = j + 2; k < doc->n_tokens && tags[k] != 0 && !precis_ner_tag_is_begin (tags[k]); k++)
        tags[k] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, FALSE);
    }
}

void
precis_ner_trim_place_nouns (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    if (tags[i] != 0 && precis_ner_tag_is_begin (tags[i]) && precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_LOC &&
        tags[i + 1] != 0 && !precis_ner_tag_is_begin (tags[i + 1]) &&
        doc->tokens[i + 1].shape != PRECIS_SHAPE_LOWER && precis_ner_token_in_list (doc, i, kind_nouns))
      {
        tags[i] = 0;
        tags[i + 1] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, TRUE);
      }
  trim_kind_compounds (doc, tags);
}
