/* ner-compounds.c — names German and Dutch write as one compound, known
 * by its last part: streets, ministries, schools.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Local news names streets all the time ("in der Schillerstraße", "an
 * der Hauptwache"), and the German model's training text (GermEval,
 * Wikipedia) seldom does: the tagger leaves them out, where CoNLL and a
 * reader count them as places.  A street's name says it is one by its
 * last part.
 */
#include "ner-compounds.h"
#include "ner-doc.h"

#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

/* The last part of a compound that names a street.  Not "-platz" or
 * "-weg" alone: "Arbeitsplatz", "Ausweg", "Rückweg" are common nouns; as
 * a word of their own after a name they are streets ("Oeder Weg").
 * "strae": the copies of German news that lost their non-ASCII letters
 * write "Straße" so. */
static const char *const de_compounds[] = { "straße", "strasse", "strae", "gasse", "allee", NULL };
static const char *const de_words[] = {
  "straße", "strasse", "strae", "gasse", "allee", "weg", "platz", "ring", "ufer", "damm", NULL,
};
/* The last part of a hyphenated German name that makes it a place: a
 * district ("Main-Kinzig-Kreis"), a region or a breakaway republic
 * ("Dnjestr-Republik"), a school, hall or ground named for someone
 * ("Karl-Weigand-Schule", "Günter-Reutzel-Sportplatz").  CoNLL-2003 German
 * dev: every such word a place; a compound of one word ("Arbeitskreis",
 * "Grundschule", "Bundesrepublik") is a common noun as often as not. */
static const char *const de_hyphen_places[] = {
  "kreis", "kreises", "region", "republik", "stadion", "stadions", "schule", "halle", "sportplatz", NULL,
};
/* A stadium is one place ("Neckarstadion", "Olympiastadion"), but for
 * the kinds of stadium. */
static const char *const de_stadiums[] = { "stadion", "stadions", NULL };
static const char *const generic_stadiums[] = {
  "fußballstadion", "fußballstadions", "fuballstadion", "heimstadion", "heimstadions", "nationalstadion",
  "nationalstadions", "leichtathletikstadion", "eisstadion", NULL,
};
static const char *const nl_compounds[] = { "straat", "laan", "gracht", "kade", "plein", NULL };
static const char *const nl_words[] = { "straat", "laan", "gracht", "kade", "plein", "weg", NULL };

/* Kinds of road, not names: a compound of these is a name only after a
 * town's adjective ("Eschersheimer Landstraße"). */
static const char *const generic[] = {
  "landstraße", "landstrasse", "landstrae", "bundesstraße", "bundesstrasse", "bundesstrae",
  "kreisstraße", "kreisstrae", "staatsstraße", "umgehungsstraße", "einbahnstraße", "seitenstraße",
  "durchgangsstraße", "einkaufsstraße", "verliererstraße", "verliererstrae", "siegerstraße",
  "hauptverkehrsstraße", "wasserstraße", "autostraße", "seitengasse", "sackgasse", NULL,
};

static gboolean
is_capitalized (const PrecisToken *t)
{
  return t->shape == PRECIS_SHAPE_CAPITALIZED;
}

/* Token `i` is a one-word name of no fact's type or an organization's:
 * the tagger's reading of "Main-Taunus-Kreis" as a title or event, or of
 * "Albert-Schweitzer-Schule" as the body that runs it, which a place's
 * form outweighs. */
static gboolean
is_lone_misc_or_org (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  guint type = precis_ner_tag_type (tags[i]);

  return (type == PRECIS_NER_TYPE_MISC || type == PRECIS_NER_TYPE_ORG) &&
         precis_ner_tags_one_word_name (tags, doc->n_tokens, i);
}

void
precis_ner_tag_streets (const PrecisDocument *doc, guint8 *tags)
{
  const char *const *compounds, *const *words;

  if (precis_ner_reads_as_german (doc))
    compounds = de_compounds, words = de_words;
  else if (doc->language != NULL && strcmp (doc->language, "nl") == 0)
    compounds = nl_compounds, words = nl_words;
  else
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      const char *hyphen = strrchr (t->lower, '-');
      gboolean hyphen_place = compounds == de_compounds && hyphen != NULL &&
                              precis_ner_word_in_list (de_hyphen_places, hyphen + 1);
      guint32 first = i;

      if (!is_capitalized (t) || (tags[i] != 0 && !(hyphen_place && is_lone_misc_or_org (doc, tags, i))))
        continue;
      /* "Karl-Ekkel-Weg", "Gustav-Heinemann-Straße": a hyphenated name
       * ends in the word itself. */
      if ((precis_ner_compound_ends_in_list (compounds, t->lower) && !precis_ner_word_in_list (generic, t->lower)) ||
          (hyphen != NULL && precis_ner_word_in_list (words, hyphen + 1)))
        ;
      /* "Main-Kinzig-Kreis", "Albert-Schweitzer-Schule", "Neckarstadion". */
      else if (hyphen_place || (compounds == de_compounds && precis_ner_compound_ends_in_list (de_stadiums, t->lower) &&
                                !precis_ner_word_in_list (generic_stadiums, t->lower)))
        ;
      /* "Oeder Weg", "Eschersheimer Landstraße": the word after a town's
       * adjective (or a name) untagged or a place. */
      else if (i > 0 && doc->tokens[i - 1].sentence == t->sentence && is_capitalized (&doc->tokens[i - 1]) &&
               (tags[i - 1] == 0 || precis_ner_tag_type (tags[i - 1]) == PRECIS_NER_TYPE_LOC) &&
               (precis_ner_word_in_list (words, t->lower) || precis_ner_compound_ends_in_list (compounds, t->lower)) &&
               g_str_has_suffix (doc->tokens[i - 1].lower, "er"))
        first = i - 1;
      else
        continue;
      for (guint32 k = first; k <= i; k++)
        tags[k] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, k == first);
    }
}

/* Whether token `i` is a house number: "37", "16a", "32-36". */
static gboolean
is_house_number (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *p = doc->text + t->byte_start, *end = doc->text + t->byte_end;

  if (p == end || !g_ascii_isdigit (*p))
    return FALSE;
  for (; p < end; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* Whether token `i` is a road's class, whose number is its name: "A 3"
 * (Autobahn), "B 455" (Bundesstraße), "L 3004". */
static gboolean
is_road_class (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *p = doc->text + t->byte_start;
  gsize len = t->byte_end - t->byte_start;

  return (len == 1 || len == 2) && g_ascii_isupper (p[0]) && (len == 1 || g_ascii_isupper (p[1]));
}

void
precis_ner_trim_house_numbers (const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 1; i < doc->n_tokens; i++)
    if (tags[i] != 0 && !precis_ner_tag_is_begin (tags[i]) && precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_LOC &&
        (i + 1 == doc->n_tokens || tags[i + 1] == 0 || precis_ner_tag_is_begin (tags[i + 1])) &&
        is_house_number (doc, i) && !is_road_class (doc, i - 1))
      tags[i] = 0;
}

/* The last parts of German compounds that name a body: a ministry, a
 * school of a town or a land, a prosecutor's office.  Not "-amt" nor
 * "-partei", as often a kind ("Regierungspartei", "Bürgeramt") as one
 * body.  CoNLL-2003 German types them as organizations (12 of 15
 * "-ministerium", 12 of 12 "-hochschule" in its dev), GermEval (the
 * model's data) seldom does, so the tagger leaves them out.  So too a
 * party by its members, "die Sozialdemokraten", "die Christdemokraten"
 * (9 of 9 there; "Demokraten" alone, the Americans', stays). */
static const char *const institutions[] = { "ministerium", "hochschule", "anwaltschaft", "demokraten", NULL };

/* Writes `token`'s lower-case word as a copy without non-ASCII letters
 * writes it ("grüne", "Grne" → "grne") into `word`: one reading for the
 * texts that kept their umlauts and those that lost them.  FALSE for a
 * word too long to be one of those below. */
static gboolean
ascii_word (const PrecisToken *token, char word[PRECIS_NER_WORD_MAX])
{
  gsize len = strlen (token->lower);

  if (len >= PRECIS_NER_WORD_MAX)
    return FALSE;
  memcpy (word, token->lower, len);
  len = precis_ner_word_ascii (word, len);
  word[len] = '\0';
  return TRUE;
}

/* "Grüne", "Grünen", and so as a copy without umlauts writes them. */
static gboolean
is_green (const PrecisToken *token)
{
  char word[PRECIS_NER_WORD_MAX];

  return ascii_word (token, word) && (strcmp (word, "grne") == 0 || strcmp (word, "grnen") == 0);
}

/* The Greens, "die Grünen", "CDU und Grüne": a party named by its members
 * with a common adjective, so neither the tagger nor a lexicon reads it.
 * Before a noun it is the adjective ("Grüner Punkt", "im Grünen Weg"),
 * after "im" or "ins" the countryside ("ein Haus im Grünen").  CoNLL
 * German dev (gold): before a word not capitalized, 13 of 13 are the
 * party; GermEval 2 of 2. */
static gboolean
is_greens (const PrecisDocument *doc, guint32 i)
{
  static const char *const countryside[] = { "im", "ins", NULL };
  const PrecisToken *t = &doc->tokens[i];
  const PrecisToken *next = i + 1 < doc->n_tokens ? &doc->tokens[i + 1] : NULL;

  if (!is_capitalized (t) || !is_green (t))
    return FALSE;
  if (next != NULL && next->sentence == t->sentence &&
      (next->shape == PRECIS_SHAPE_CAPITALIZED || next->shape == PRECIS_SHAPE_UPPER ||
       next->shape == PRECIS_SHAPE_MIXED))
    return FALSE;
  return i == 0 || doc->tokens[i - 1].sentence != t->sentence ||
         !precis_ner_word_in_list (countryside, doc->tokens[i - 1].lower);
}

void
precis_ner_tag_institutions (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (tags[i] == 0 && ((is_capitalized (&doc->tokens[i]) &&
                          precis_ner_compound_ends_in_list (institutions, doc->tokens[i].lower)) ||
                         is_greens (doc, i)))
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
}

/* A town's own hall, museum or civic house, which its local news names by
 * its kind: "die Stadthalle", "im Stadtmuseum", "im Bürgerhaus".
 * CoNLL-2003 German dev (gold) counts these as places, 15 of 17
 * ("Stadthalle" 4 of 4, "Bürgerhaus" 6 of 7, "Stadtmuseum" 4 of 4); a
 * school's "Turnhalle" (0 of 3) is one of many.  GermEval 2014 (Wikipedia
 * and news of 2014) counts none of the kind as a place ("Stadttheater",
 * "Stadtbibliothek", "Stadthaus" in its read folds): only the three kinds
 * local pages name most.  The words as a copy without non-ASCII letters
 * writes them ("Brgerhaus"). */
static const char *const facility_owners[] = { "stadt", "brger", "gemeinde", NULL };
static const char *const facility_kinds[] = { "halle", "museum", "museums", "haus", "hauses", NULL };

static const char *const indefinites[] = {
  "ein", "eine", "einem", "einen", "einer", "eines", "kein", "keine", "keinem", "keinen", "keiner", "keines", NULL,
};

static gboolean
is_town_facility (const PrecisToken *t)
{
  char word[PRECIS_NER_WORD_MAX];

  if (!ascii_word (t, word))
    return FALSE;
  for (guint k = 0; facility_owners[k] != NULL; k++)
    if (g_str_has_prefix (word, facility_owners[k]) &&
        precis_ner_word_in_list (facility_kinds, word + strlen (facility_owners[k])))
      /* The town's hall and museum, the citizens' and the parish's house
       * ("Stadthaus" is the town's offices). */
      return k == 0 ? !g_str_has_prefix (word + 5, "haus") : TRUE;
  return FALSE;
}

/* Token `i` untagged, or a name of its own of one word. */
static gboolean
is_lone_name (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  return tags[i] == 0 || precis_ner_tags_one_word_name (tags, doc->n_tokens, i);
}

/* "ein neues Bürgerhaus": one of a kind, not the town's. */
static gboolean
after_indefinite (const PrecisDocument *doc, guint32 i)
{
  for (guint32 k = i - MIN (i, 2); k < i; k++)
    if (doc->tokens[k].sentence == doc->tokens[i].sentence && precis_ner_word_in_list (indefinites, doc->tokens[k].lower))
      return TRUE;
  return FALSE;
}

void
precis_ner_tag_town_facilities (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      guint32 sentence = doc->tokens[i].sentence, first = i, end = i + 1;

      if (tags[i] != 0 || !is_capitalized (&doc->tokens[i]) || !is_town_facility (&doc->tokens[i]) ||
          after_indefinite (doc, i))
        continue;
      /* The town's too: "im Niddaer Bürgerhaus", "im Bürgerhaus Neu-Anspach". */
      if (i > 0 && doc->tokens[i - 1].sentence == sentence && is_capitalized (&doc->tokens[i - 1]) &&
          g_str_has_suffix (doc->tokens[i - 1].lower, "er") && is_lone_name (doc, tags, i - 1))
        first = i - 1;
      else if (end < doc->n_tokens && doc->tokens[end].sentence == sentence && is_lone_name (doc, tags, end) &&
               precis_ner_tag_type (tags[end]) == PRECIS_NER_TYPE_LOC)
        end++;
      for (guint32 k = first; k < end; k++)
        tags[k] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, k == first);
    }
}

/* The last parts of German compounds that name a body, which local news
 * names by its kind and its town: "das Landgericht Frankfurt", "das
 * Regierungspräsidium Darmstadt", "die Polizei Northeim", "des
 * Staatstheaters Stuttgart", "der Frauenzentrumsverein Friedberg".  The
 * tagger reads the town alone, a place.  CoNLL-2003 German dev (gold):
 * such a word before a capitalized name is one organization with it 18
 * times, 0 times a word before a place; a school (a place or a body by
 * turns), a parish (a place, but a gymnasts' "Turngemeinde", a club) and a
 * citizens' initiative ("Bürgerinitiative
 * Morsleben": the word and a place) are not of the kinds.  GermEval 2014
 * writes the town alone a place ("Amtsgericht Stockholm", "Stadtwerke
 * Norderstedt": 2 in its folds 1-9), CoNLL the body: CoNLL's, the
 * held-out text's convention, is kept.  As a copy without non-ASCII
 * letters writes them ("Regierungsprsidium"). */
static const char *const body_heads[] = {
  "gericht", "gerichts", "gerichtshof", "gerichtshofs", "prsidium", "prsidiums", "verein", "vereins",
  "verband", "verbandes", "verbands", "theater", "theaters", "polizei", "universitt", "kammer", "amt",
  "amtes", "amts", "anstalt", "verwaltung", "werke", "sparkasse", "bank", "club", "klub", "bund", "bundes",
  "beirat", "beirats", "zentrale", "turngemeinde", "sportgemeinde", "hochschule", NULL,
};

/* Of those, the words English writes too ("Club Brugge", "Bank Leumi"),
 * a body's kind in German only as a compound's last part. */
static const char *const shared_heads[] = { "club", "bank", "bund", "amt", NULL };

/* Whether token `t` is a capitalized word that names a body by its kind. */
static gboolean
is_body_kind (const PrecisToken *t)
{
  char word[PRECIS_NER_WORD_MAX];

  return is_capitalized (t) && ascii_word (t, word) && precis_ner_word_ends_in_list (body_heads, word);
}

gboolean
precis_ner_is_body_kind_word (const char *lower, gsize length)
{
  char word[PRECIS_NER_WORD_MAX];

  if (length >= PRECIS_NER_WORD_MAX)
    return FALSE;
  memcpy (word, lower, length);
  word[precis_ner_word_ascii (word, length)] = '\0';
  return precis_ner_word_ends_in_list (body_heads, word) && !precis_ner_word_in_list (shared_heads, word);
}

/* Whether token `i` reads as a name in the genitive: "der Gerichtshof
 * Kanadas", "die Polizei Frankreichs", a kind of the place's, no body's
 * name (GermEval 2014 folds 1-9: one such, the place alone).  Not "-ss",
 * "-is", "-us": "Neuss", "Paris", "Emmaus" end so in the nominative. */
static gboolean
is_genitive_name (const PrecisDocument *doc, guint32 i)
{
  const char *w = doc->tokens[i].lower;
  gsize len = strlen (w);

  return len > 3 && w[len - 1] == 's' && strchr ("siu", w[len - 2]) == NULL;
}

void
precis_ner_tag_town_bodies (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    {
      guint32 end = i + 2;

      if (doc->tokens[i + 1].sentence != doc->tokens[i].sentence || !is_body_kind (&doc->tokens[i]) ||
          !(tags[i] == 0 || (precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_ORG && is_lone_name (doc, tags, i))) ||
          tags[i + 1] == 0 || !precis_ner_tag_is_begin (tags[i + 1]) ||
          precis_ner_tag_type (tags[i + 1]) != PRECIS_NER_TYPE_LOC)
        continue;
      /* The town's whole name: "Bad Homburg", "Frankfurt-Höchst". */
      while (end < doc->n_tokens && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]))
        end++;
      if (is_genitive_name (doc, end - 1))
        continue;
      for (guint32 k = i; k < end; k++)
        tags[k] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == i);
      i = end - 1;
    }
}

/* The last parts of the nouns for a town's own bodies, which local news
 * names with the town's adjective: "das Frankfurter Denkmalamt", "der
 * Wallauer Ortsbeirat", "das Seligenstädter Stadtparlament", "das
 * Frankfurter Theater", "das Sindlinger Harmonikaensemble".  CoNLL-2003
 * German dev (gold): after a town's adjective ("-er"), one organization
 * with it 11 times of 11; not a land's or a nation's bodies, whose
 * adjective CoNLL keeps out ("die Leipziger Polizei", "der Magdeburger
 * Landtag", "das Bonner Umweltministerium", "des Berliner
 * Verfassungsgerichts"), nor a school ("Kelkheimer Grundschule").  After
 * "ein" too: "von einem Magdeburger Bürgerkomitee" is one in its gold. */
static const char *const local_body_heads[] = {
  "amt", "amts", "amtes", "beirat", "beirats", "beirates", "parlament", "parlaments", "theater", "theaters",
  "komitee", "komitees", "ensemble", "ensembles", "werke", "verein", "vereins", "sparkasse", "orchester",
  "orchesters", NULL,
};

/* Whether token `i` is capitalized inside its sentence and ends as a
 * town's adjective does: "Frankfurter", "Wallauer". */
static gboolean
is_town_adjective (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return is_capitalized (t) && !(t->flags & (PRECIS_TOKEN_STOPWORD | PRECIS_TOKEN_SENTENCE_START)) &&
         strlen (t->lower) > 4 && g_str_has_suffix (t->lower, "er");
}

/* Whether tokens `i` and `i` + 1 hold no mention that goes on past them. */
static gboolean
is_pair_alone (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  return (tags[i] == 0 || precis_ner_tag_is_begin (tags[i])) &&
         (i + 2 == doc->n_tokens || tags[i + 2] == 0 || precis_ner_tag_is_begin (tags[i + 2])) &&
         (tags[i + 1] == 0 || !precis_ner_tag_is_begin (tags[i + 1]) ||
          precis_ner_tag_type (tags[i + 1]) != PRECIS_NER_TYPE_ORG);
}

void
precis_ner_tag_town_adjective_bodies (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    {
      const PrecisToken *noun = &doc->tokens[i + 1];
      char word[PRECIS_NER_WORD_MAX];

      if (noun->sentence != doc->tokens[i].sentence || !is_capitalized (noun) || !is_town_adjective (doc, i) ||
          !ascii_word (noun, word) || !precis_ner_word_ends_in_list (local_body_heads, word) ||
          !is_pair_alone (doc, tags, i))
        continue;
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
      tags[i + 1] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE);
      i++;
    }
}

/* "Kurse in Italienisch", "auf Türkisch": a language's name, which the
 * tagger reads as a place after "in".  German names no place so ("-isch"
 * is an adjective's ending); CoNLL-2003 German dev (gold): the
 * capitalized words ending so are languages (MISC) or no name, never a
 * place. */
void
precis_ner_untag_language_names (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (tags[i] != 0 && precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_LOC && is_lone_name (doc, tags, i) &&
        is_capitalized (&doc->tokens[i]) && g_str_has_suffix (doc->tokens[i].lower, "isch"))
      tags[i] = 0;
}
