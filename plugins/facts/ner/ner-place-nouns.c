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
#include "ner-mentions.h"
#include "ner-tags.h"

static const char *const kind_nouns[] = {
  "Kreis", "Kreises", "Provinz", "Bezirk", "Bezirks", "Bezirkes", "Kanton", "Kantons", "Bundesstaat",
  "Bundesstaats", "Bundesstaates", "Gemeinde", "Stadtteil", "Stadtteils", "Ortsteil", "Ortsteils", NULL,
};

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
}
