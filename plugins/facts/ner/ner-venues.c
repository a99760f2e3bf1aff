/* ner-venues.c — a venue or a street named after a person, outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-venues.h"

#include "ner-doc.h"
#include "ner-word.h"

#include <string.h>

typedef struct {
  const char *language;
  const char *const *nouns;
  gboolean with_noun; /* the place's name opens with the noun */
} Venues;

/* Sports grounds, airports, theatres, hospitals, streets, squares, parks
 * and bridges: what is named after a person and is a place.  Not schools
 * ("el colegio Nuestra Señora", CoNLL-2002 Spanish: 3 organizations of 4)
 * nor museums (a body as often).  Gold, a capitalized name right after
 * one of these: KIND Italian train and dev 95 places, 4 organizations
 * ("ospedale", "scuola"), 87 of the places with the noun; CoNLL-2002
 * Spanish train and dev 33 places (24 with the noun), 1 organization
 * ("hospital"); WikiNEuRal French dev 17 places (13 with the noun);
 * HAREM 9 places, none with the noun. */
static const char *const it_nouns[] = {
  "stadio", "palazzetto", "palasport", "autodromo", "aeroporto", "teatro", "ospedale", "via", "viale",
  "corso", "piazza", "piazzale", "largo", "ponte", "parco", NULL,
};
static const char *const es_nouns[] = {
  "estadio", "pabellón", "coliseo", "polideportivo", "velódromo", "autódromo", "aeropuerto", "teatro",
  "hospital", "calle", "avenida", "paseo", "plaza", "puente", "parque", NULL,
};
static const char *const fr_nouns[] = {
  "stade", "vélodrome", "aéroport", "théâtre", "hôpital", "rue", "avenue", "boulevard", "place", "pont",
  "parc", NULL,
};
static const char *const pt_nouns[] = {
  "estádio", "pavilhão", "autódromo", "aeroporto", "teatro", "hospital", "rua", "avenida", "praça",
  "largo", "ponte", "parque", NULL,
};

static const Venues languages[] = {
  { "it", it_nouns, TRUE }, { "es", es_nouns, TRUE }, { "fr", fr_nouns, TRUE }, { "pt", pt_nouns, FALSE },
};

static const Venues *
venues_of (const PrecisDocument *doc)
{
  return PRECIS_NER_LANGUAGE_ENTRY (doc, languages);
}

void
precis_ner_type_named_venues (const PrecisDocument *doc, GArray *mentions)
{
  const Venues *venues = venues_of (doc);

  if (venues == NULL)
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 noun = m->first - 1;

      if (m->type != PRECIS_NER_TYPE_PER || m->first == doc->sentences[m->sentence].first_token ||
          !precis_ner_token_is_lower_in_list (doc, noun, venues->nouns))
        continue;
      /* The place itself, with the weight of a town named with its
       * region against the name's other mentions ("all'aeroporto
       * Fiumicino di Roma ... voli da e per Fiumicino", the town read as
       * a person). */
      m->type = PRECIS_NER_TYPE_LOC;
      m->said = TRUE;
      m->place_named = TRUE;
      if (venues->with_noun)
        m->first = noun;
    }
}
