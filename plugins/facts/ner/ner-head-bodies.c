/* ner-head-bodies.c — a body's name the tagger left unread after the noun of its kind.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "a man selling space on his forehead on website eBay", "a deal with
 * pharmaceutical company GlaxoSmithKline": a name the tagger's 1996 news
 * never saw, and one written in mixed case or with digits ("eBay", "G4S")
 * above all, is no name to it, and no fact is made (BBC dev bbc-tech-209:
 * the panel missed eBay).  The noun before it says what it is: CoNLL-2003
 * train and dev (gold), a capitalized word right after such a noun is an
 * organization's 115 times, a person's 3 ("party Vladimir Zhirinovsky"),
 * a title's 2 and no name's 4 ("agency Saturday launched").  On the 871
 * articles of the scan, 18 names after such a noun were no fact (eBay ×3,
 * GlaxoSmithKline, Verisign, Guidant, EDS, THX, G4S, Topshop, ...).
 */
#include "ner-head-bodies.h"

#include "ner-business.h"
#include "ner-gazetteer.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

/* How many words a body's name after its noun may have. */
#define MAX_NAME_WORDS 4

/* Whether token `i` may be a word of a body's name: capitalized, in
 * capitals, in mixed case ("eBay") or letters with digits ("G4S", not
 * "4th"). */
static gboolean
is_name_word (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  if (precis_ner_shape_is_name (t->shape))
    return TRUE;
  if (t->shape != PRECIS_SHAPE_ALNUM)
    return FALSE;
  for (guint32 b = t->byte_start; b < t->byte_end; b++)
    if (g_ascii_isupper (doc->text[b]))
      return TRUE;
  return FALSE;
}

/* Whether token `i` is a word no name opens with: a stop word, a day or
 * a month, a word the document writes in lower case ("Visit site Like
 * the rest", a caption run into the text). */
static gboolean
is_ordinary (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return (t->flags & PRECIS_TOKEN_STOPWORD) || precis_ner_is_calendar_word (t->lower) ||
         precis_ner_lower_words_contains (lower_words, t->lower);
}

/* Whether tokens [`first`, `end`) are two words, a given name and one
 * that is none ("insurer Thierry Dehaan"): a person's name. */
static gboolean
is_given_and_surname (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 first, guint32 end)
{
  return gazetteer != NULL && end - first == 2 &&
         precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[first].lower) &&
         !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[first + 1].lower);
}

/* Whether the noun before token `i` follows the capitalized word that
 * opens sentence `s`, no place's or people's name, and `i` is only
 * capitalized: "Visit site Like the rest of the royals", a shop's prompt
 * run into the next sentence, where the noun may be a verb's object and
 * the capital a sentence's.  A name in mixed case or with digits is one
 * all the same ("Auction site eBay is giving"), and so is one after a
 * people's adjective ("French retailer Promodes"). */
static gboolean
may_open_a_sentence (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, const PrecisSentence *s,
                     guint32 i)
{
  return i >= 2 && doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED &&
         doc->tokens[i - 2].shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_opens_sentence (doc, s, i - 2) &&
         precis_ner_tokens_gazetteer_type (gazetteer, doc, i - 2, i - 1) == 0;
}

void
precis_ner_tag_head_bodies (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                            PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      const PrecisToken *head = &doc->tokens[i - 1];
      const PrecisSentence *s = &doc->sentences[doc->tokens[i].sentence];
      guint32 stop = s->first_token + s->n_tokens, end = i;

      if (head->sentence != doc->tokens[i].sentence || head->shape != PRECIS_SHAPE_LOWER ||
          !precis_ner_is_org_head (head->lower) || tags[i] != 0 || !is_name_word (doc, i) ||
          doc->tokens[i].end - doc->tokens[i].start < 2 || is_ordinary (doc, lower_words, i) ||
          may_open_a_sentence (doc, gazetteer, s, i))
        continue;
      while (end < stop && end - i < MAX_NAME_WORDS + 1 && tags[end] == 0 && is_name_word (doc, end))
        end++;
      /* A longer name than the rule may say, a name the tagger read
       * right after, or a number that is part of the name ("Maroon 5"). */
      if (end - i > MAX_NAME_WORDS ||
          (end < stop && (tags[end] != 0 || doc->tokens[end].shape == PRECIS_SHAPE_NUMBER)) ||
          is_given_and_surname (doc, gazetteer, i, end))
        continue;
      for (guint32 k = i; k < end; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == i);
      i = end;
    }
}

/* The last parts of German nouns for a kind of body that a name follows
 * as an apposition: "die Konzerntochter Lurgi", "die Hoechst-Tochter Cassella",
 * "die Kette Massa", "der Chemiekonzern Hoechst", "das Studio Trimetall",
 * "die Fluggesellschaft THY", "die Umweltschutzorganisation Greenpeace".
 * German writes the noun capitalized, so the English rule (a noun in
 * lower case) never read it, and the tagger reads a name it never saw as
 * a person or a place.  CoNLL-2003 German dev (gold): a capitalized word
 * after such a noun opens an organization 36 times, a person's name twice
 * ("Schwiegertochter Galina", a given name), no name 4 times (a common
 * noun, a numeral).  Not the papers (ner-papers.c), nor "-gruppe" ("Gruppe
 * II"), nor "-händler" (a dealer). */
static const char *const de_heads[] = {
  "konzern", "konzerns", "tochter", "kette", "konkurrent", "konkurrenten", "firma", "unternehmen",
  "unternehmens", "gesellschaft", "hersteller", "herstellers", "verlag", "verlags", "versicherer", "reederei",
  "brauerei", "werft", "fluglinie", "airline", "agentur", "organisation", "gewerkschaft", "miliz", "studio",
  "partei", "sender", "senders", NULL,
};

/* A daughter, not a subsidiary: "die zehnjährige Tochter Ireland"
 * (GermEval), "Schwiegertochter Galina" (CoNLL); a company's is a
 * compound ("die Hoechst-Tochter Cassella", "die Konzerntochter"). */
static const char *const daughters[] = {
  "tochter", "schwiegertochter", "stieftochter", "adoptivtochter", "pflegetochter", NULL,
};

/* Whether token `i` is a capitalized noun of such a kind. */
static gboolean
is_german_head (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *hyphen = strrchr (t->lower, '-');

  return t->shape == PRECIS_SHAPE_CAPITALIZED && !precis_ner_word_in_list (daughters, t->lower) &&
         (precis_ner_word_ends_in_list (de_heads, t->lower) ||
          (hyphen != NULL && precis_ner_word_in_list (de_heads, hyphen + 1)));
}

/* Whether tokens [`i`, `end`) are a mention of their own of a person or
 * a place, or no mention: what the tagger made of a name it never saw. */
static gboolean
is_misread_run (const guint8 *tags, guint32 i, guint32 end, guint32 n_tokens)
{
  PrecisNerType type = precis_ner_tag_type (tags[i]);

  if (tags[i] == 0)
    {
      for (guint32 k = i; k < end; k++)
        if (tags[k] != 0)
          return FALSE;
      return end == n_tokens || tags[end] == 0;
    }
  if (!precis_ner_tag_is_begin (tags[i]) || (type != PRECIS_NER_TYPE_PER && type != PRECIS_NER_TYPE_LOC))
    return FALSE;
  for (guint32 k = i + 1; k < end; k++)
    if (tags[k] == 0 || precis_ner_tag_is_begin (tags[k]))
      return FALSE;
  return end == n_tokens || tags[end] == 0 || precis_ner_tag_is_begin (tags[end]);
}

void
precis_ner_tag_german_head_bodies (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                   PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      const PrecisSentence *s = &doc->sentences[t->sentence];
      guint32 stop = s->first_token + s->n_tokens, end = i;

      /* "Kette Massa" read as one place: the noun leaves the name. */
      gboolean inside = tags[i - 1] != 0 && precis_ner_tag_is_begin (tags[i - 1]) && tags[i] != 0 &&
                        !precis_ner_tag_is_begin (tags[i]) &&
                        (precis_ner_tag_type (tags[i - 1]) == PRECIS_NER_TYPE_PER ||
                         precis_ner_tag_type (tags[i - 1]) == PRECIS_NER_TYPE_LOC);

      if (doc->tokens[i - 1].sentence != t->sentence || !is_german_head (doc, i - 1) ||
          (tags[i - 1] != 0 && !inside && precis_ner_tag_type (tags[i - 1]) != PRECIS_NER_TYPE_MISC) ||
          !is_name_word (doc, i) || doc->tokens[i].end - doc->tokens[i].start < 2 ||
          (gazetteer != NULL && precis_ner_gazetteer_is_given_name (gazetteer, t->lower)) ||
          (lower_words != NULL && precis_ner_lower_words_in_language_or_nouns (lower_words, t->lower, strlen (t->lower))))
        continue;
      while (end < stop && end - i < MAX_NAME_WORDS + 1 && is_name_word (doc, end) &&
             (end == i || tags[end] == 0 || !precis_ner_tag_is_begin (tags[end])))
        end++;
      if (inside)
        {
          if (end - i > MAX_NAME_WORDS || (end < doc->n_tokens && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end])))
            continue;
          tags[i - 1] = 0;
        }
      else if (end - i > MAX_NAME_WORDS || !is_misread_run (tags, i, end, doc->n_tokens))
        continue;
      for (guint32 k = i; k < end; k++)
        tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == i);
      i = end;
    }
}

/* Whether token `i` is in its sentence and a name's word (capitalized,
 * in capitals: "Mitsubishi UFJ"), and no stop word ("Die" opening a
 * sentence). */
static gboolean
is_capitalized_at (const PrecisDocument *doc, guint32 i, guint32 sentence)
{
  return i < doc->n_tokens && doc->tokens[i].sentence == sentence && is_name_word (doc, i) &&
         !(doc->tokens[i].flags & PRECIS_TOKEN_STOPWORD);
}

/* Whether token `i` is a name of one word read as a work or a product:
 * "Ook Philips en Heineken maakten hun cijfers bekend", the beer for the
 * brewer.  Gold, the names entities.tsv knows as organizations only:
 * Dutch CoNLL-2002 train and dev 92 organizations, 1 MISC; Spanish 247,
 * 15 (cars: "Renault", "BMW"), 8 places; Italian Wikinews 279, none. */
static gboolean
is_lone_misc (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  return precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_MISC && precis_ner_tags_one_word_name (tags, doc->n_tokens, i);
}

/* Whether the known organization's word at token `i` names its product:
 * an indefinite article before it ("un Boeing 747": Wikinews dev, no
 * name there; "una Heineken"). */
static gboolean
names_product (const PrecisDocument *doc, guint32 i)
{
  static const char *const indefinites[] = { "un", "una", "uno", "une", "een", "um", "uma", NULL };

  /* Not a number after it: "Ajax 2 PSV 1", a club in a table. */
  return i > 0 && doc->tokens[i - 1].sentence == doc->tokens[i].sentence &&
         precis_ner_token_is_lower_in_list (doc, i - 1, indefinites);
}

void
precis_ner_tag_known_organizations (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                    PrecisNerLowerWords *lower_words, guint8 *tags)
{
  gboolean german = precis_ner_reads_as_german (doc);
  gboolean english = precis_ner_reads_as_english (doc);

  if (gazetteer == NULL)
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      g_autofree char *text = NULL;
      guint known;

      /* The token's own shape and tag first: English text asks this of
       * every token, and most fail here before the dearer tests. */
      if (t->shape != PRECIS_SHAPE_CAPITALIZED || t->byte_end - t->byte_start < 4 || (english && tags[i] != 0))
        continue;
      if ((tags[i] != 0 && (german || !is_lone_misc (doc, tags, i))) || (!german && names_product (doc, i)) ||
          is_capitalized_at (doc, i + 1, t->sentence) || (i > 0 && is_capitalized_at (doc, i - 1, t->sentence)) ||
          (lower_words != NULL && precis_ner_lower_words_in_language_or_nouns (lower_words, t->lower, strlen (t->lower))))
        continue;
      /* English capitalizes a sentence's first word and a headline's
       * every word, so the tagger, with no case to go by, leaves a
       * company opening a feed item or a headline untagged ("Boeing
       * strike ends", "Netflix raises prices"); only an untagged word
       * that is no English word of words.txt is taken ("Apple" is
       * ambiguous in entities.tsv already). */
      if (english && precis_ner_gazetteer_is_english_word (gazetteer, t->lower))
        continue;
      text = g_strndup (doc->text + t->byte_start, t->byte_end - t->byte_start);
      known = precis_ner_gazetteer_known (gazetteer, text);
      if (PRECIS_NER_KNOWN_TYPE (known) == PRECIS_NER_TYPE_ORG && !(known & PRECIS_NER_KNOWN_AMBIGUOUS))
        tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
    }
}

/* The last parts of German nouns for a body's organs and officers, which
 * name the body after them in the genitive: "der Vorstand der Treuhand",
 * "ein Sprecher der Caritas", "der Generalsekretär der Nato", "im
 * Aufsichtsrat der Alkem".  A company or an institution the tagger never
 * saw, and that the lexicon of well-known entities lacks (a German one:
 * WikiNEuRal's names in two languages), is otherwise no fact, or a person
 * or a place ("Caritas").  CoNLL-2003 German dev (gold): a name after
 * such a noun and "der" or "des" is an organization 7 times of 15, never a person or a
 * place; the others are hyphenated compounds ("der SPD-Fraktion", MISC)
 * and longer names, which the rule leaves; where that one word is a
 * name, an organization each time ("Mitarbeiter der Stasi", "Mitglied der
 * CSU", "des Ausländerbeirats").  A noun of the language or a compound
 * ending in one ("Leiter des Gartenamtes", "der Unionsfraktion") is no
 * name, nor is a given name or a listed place ("der Präsident der
 * Ukraine"). */
static const char *const organ_heads[] = {
  "vorstand", "vorstands", "vorstandes", "aufsichtsrat", "aufsichtsrats", "aufsichtsrates", "betriebsrat",
  "betriebsrats", "betriebsrates", "sprecher", "sprecherin", "chef", "chefin", "chefs", "präsident",
  "präsidentin", "präsidenten", "prsident", "prsidentin", "prsidenten", "generalsekretär",
  "generalsekretr", "vorsitzende", "vorsitzender", "vorsitzenden", "direktor", "direktorin", "leitung",
  "mitglied", "mitglieder", "mitarbeiter", "mitarbeiterin", "hauptversammlung", "geschäftsführung",
  "geschftsfhrung", "geschäftsführer", "geschftsfhrer", "belegschaft", "aktionäre", "aktionre", "vertreter",
  "vertreterin", NULL,
};

static const char *const genitive_articles[] = { "der", "des", NULL };

/* Whether token `i` is a place of the gazetteer or of the well-known
 * entities, as written: "der Präsident der Ukraine". */
static gboolean
is_listed_place_at (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  g_autofree char *text = g_strndup (doc->text + t->byte_start, t->byte_end - t->byte_start);

  return precis_ner_gazetteer_find (gazetteer, text) != NULL ||
         PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gazetteer, text)) == PRECIS_NER_TYPE_LOC;
}

/* The fewest letters a noun ending a compound has here: "-amtes",
 * "-stelle", not "-hand" (the "Treuhand" is no compound noun of the
 * language). */
#define MIN_TAIL_BYTES 5

/* Whether `lower` is a compound whose last part is a noun of the
 * language ("Unionsfraktion", "Sportausschusses", "Bundesvorstandes"): the
 * model's lexicon holds the nouns its text wrote, not all their compounds. */
static gboolean
is_compound_noun (PrecisNerLowerWords *lower_words, const char *lower)
{
  gsize n = strlen (lower);

  for (gsize k = 3; k + MIN_TAIL_BYTES <= n; k++)
    if ((lower[k] & 0xC0) != 0x80 && precis_ner_lower_words_in_language_or_nouns (lower_words, lower + k, n - k))
      return TRUE;
  return FALSE;
}

/* Whether the capitalized word at `i` is known as something other than a
 * body: a given name, a listed place, a German noun or a compound of one. */
static gboolean
names_no_body (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
               PrecisNerLowerWords *lower_words, guint32 i)
{
  const char *lower = doc->tokens[i].lower;

  return precis_ner_gazetteer_is_given_name (gazetteer, lower) || is_listed_place_at (doc, gazetteer, i) ||
         (lower_words != NULL && (precis_ner_lower_words_in_language_or_nouns (lower_words, lower, strlen (lower)) ||
                                  is_compound_noun (lower_words, lower)));
}

/* Whether token `i` follows a noun of a body's organ or officer and "der"
 * or "des" in its sentence ("der Vorstand der Treuhand"). */
static gboolean
follows_organ (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *head, *article;

  if (i < 2)
    return FALSE;
  head = &doc->tokens[i - 2];
  article = &doc->tokens[i - 1];
  return head->sentence == doc->tokens[i].sentence && head->shape == PRECIS_SHAPE_CAPITALIZED &&
         article->shape == PRECIS_SHAPE_LOWER && precis_ner_word_in_list (genitive_articles, article->lower) &&
         precis_ner_word_ends_in_list (organ_heads, head->lower);
}

void
precis_ner_tag_german_organ_bodies (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                    PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (gazetteer == NULL || !precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 2; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (!follows_organ (doc, i) || tags[i - 1] != 0 ||
          (tags[i - 2] != 0 && precis_ner_tag_type (tags[i - 2]) != PRECIS_NER_TYPE_MISC))
        continue;
      /* One capitalized word, read as nothing or as a person or a place
       * of its own, no part of a longer name, no hyphenated compound
       * ("des Degussa-Konzerns", MISC in CoNLL). */
      if (t->shape != PRECIS_SHAPE_CAPITALIZED || (t->flags & PRECIS_TOKEN_STOPWORD) ||
          t->byte_end - t->byte_start < 3 || strchr (t->lower, '-') != NULL ||
          (tags[i] != 0 && ((precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_PER &&
                             precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_LOC) ||
                            !precis_ner_tag_is_begin (tags[i]))) ||
          is_capitalized_at (doc, i + 1, t->sentence) ||
          (i + 1 < doc->n_tokens && tags[i + 1] != 0 && !precis_ner_tag_is_begin (tags[i + 1])))
        continue;
      if (names_no_body (doc, gazetteer, lower_words, i))
        continue;
      tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
    }
}

/* "bei Opel in Rüsselsheim", "bei Krupp in Rheinhausen": German says
 * where one works, buys or is struck with "bei" and the firm, and then
 * "in" and its town; a place near a place is "bei Kelkheim in Hessen", "bei
 * Sarajevo in Bosnien", a town near its land.  The tagger read the firm
 * as a place ("Opel", a word it never saw, between two places' words) or
 * as nothing ("Krupp", "Hoechst", "Kaufhof").  One capitalized word after
 * "bei", read as nothing or a place alone, before "in" and a place the
 * tagger read that is no country, land or continent of the gazetteer, is
 * an organization; not a noun of the language ("bei Regen in Frankfurt"),
 * a given name, or a listed place ("bei Paris in Frankreich"). */
#define LAND_TYPES (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_SUBDIVISION | PRECIS_NER_GAZ_CONTINENT)

/* Whether token `i` opens a place the tagger read that is no country,
 * land or continent of the gazetteer: a town. */
static gboolean
opens_town (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, const guint8 *tags, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  g_autofree char *text = NULL;
  const PrecisNerGazEntry *entry;

  if (tags[i] == 0 || !precis_ner_tag_is_begin (tags[i]) || precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_LOC)
    return FALSE;
  text = g_strndup (doc->text + t->byte_start, t->byte_end - t->byte_start);
  entry = precis_ner_gazetteer_find (gazetteer, text);
  return entry == NULL || (entry->type & LAND_TYPES) == 0;
}

/* Whether token `i`, one word, stands between "bei" and "in" and a
 * capitalized word in its sentence ("bei Opel in Rüsselsheim"). */
static gboolean
is_between_bei_and_in (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return i >= 1 && i + 2 < doc->n_tokens && doc->tokens[i - 1].sentence == t->sentence &&
         doc->tokens[i + 2].sentence == t->sentence && strcmp (doc->tokens[i - 1].lower, "bei") == 0 &&
         strcmp (doc->tokens[i + 1].lower, "in") == 0 && doc->tokens[i + 1].shape == PRECIS_SHAPE_LOWER &&
         doc->tokens[i + 2].shape == PRECIS_SHAPE_CAPITALIZED;
}

gboolean
precis_ner_says_german_body_context (const PrecisDocument *doc, guint32 first, guint32 end)
{
  return precis_ner_reads_as_german (doc) && end == first + 1 &&
         (follows_organ (doc, first) || is_between_bei_and_in (doc, first));
}

void
precis_ner_tag_firms_in_towns (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                               PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (gazetteer == NULL || !precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 1; i + 2 < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (!is_between_bei_and_in (doc, i) || t->shape != PRECIS_SHAPE_CAPITALIZED ||
          strchr (t->lower, '-') != NULL || tags[i + 1] != 0 || !opens_town (doc, gazetteer, tags, i + 2))
        continue;
      if (tags[i] != 0 && (precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_LOC || !precis_ner_tag_is_begin (tags[i])))
        continue;
      if (names_no_body (doc, gazetteer, lower_words, i))
        continue;
      tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
    }
}

/* "die Philipp Holzmann AG", "die Carl Schenck AG": a German firm that
 * bears its founder's name and its legal form.  The tagger read the
 * surname and the form as the company and left the given name out
 * ("Holzmann AG"), a fact no reader names so.  A given name right before
 * a company read with its legal form, untagged, opens the name. */
static const char *const legal_forms[] = { "ag", "gmbh", "kg", "kgaa", "ohg", "se", NULL };

/* "Philipp Holzmann" + "AG" read apart (nothing, or a person, and the
 * legal form alone the company): the founder's given name and one word
 * more before a legal form read alone as a company open its name. */
static gboolean
is_founder_before_form (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, const guint8 *tags, guint32 i)
{
  const PrecisToken *given = &doc->tokens[i - 2], *name = &doc->tokens[i - 1];
  gboolean untagged = tags[i - 2] == 0 && tags[i - 1] == 0;
  gboolean person = tags[i - 2] == precis_ner_tag_make (PRECIS_NER_TYPE_PER, TRUE) &&
                    tags[i - 1] == precis_ner_tag_make (PRECIS_NER_TYPE_PER, FALSE);

  return tags[i] == precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE) &&
         (i + 1 == doc->n_tokens || tags[i + 1] != precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE)) &&
         precis_ner_word_in_list (legal_forms, doc->tokens[i].lower) && (untagged || person) &&
         given->sentence == doc->tokens[i].sentence && given->shape == PRECIS_SHAPE_CAPITALIZED &&
         name->shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_gazetteer_is_given_name (gazetteer, given->lower) &&
         (i < 3 || tags[i - 3] == 0 || doc->tokens[i - 3].sentence != doc->tokens[i].sentence);
}

void
precis_ner_extend_founders_firms (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer, guint8 *tags)
{
  if (gazetteer == NULL || !precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 2; i < doc->n_tokens; i++)
    if (is_founder_before_form (doc, gazetteer, tags, i))
      {
        tags[i - 2] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
        tags[i - 1] = tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE);
      }
  for (guint32 i = 1; i < doc->n_tokens; i++)
    {
      guint32 end = i + 1;

      if (tags[i] != precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE) || tags[i - 1] != 0 ||
          doc->tokens[i - 1].sentence != doc->tokens[i].sentence ||
          doc->tokens[i - 1].shape != PRECIS_SHAPE_CAPITALIZED ||
          !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[i - 1].lower))
        continue;
      while (end < doc->n_tokens && tags[end] == precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE))
        end++;
      if (end - i < 2 || !precis_ner_word_in_list (legal_forms, doc->tokens[end - 1].lower))
        continue;
      tags[i - 1] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
      tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE);
      i = end;
    }
}


/* "Die Nato will ...", "die Treuhand hat": German hyphenates a name that
 * opens a compound ("der Nato-Rat", "die Treuhand-Chefin", "die
 * Opel-Werke"), and writes a common noun's compounds in one word.  A word
 * that the document both writes alone, where the tagger read nothing, and
 * opens a hyphenated compound with is a name; the people and places of
 * the news are the tagger's (their given names, the gazetteer), so what
 * is left is a body the tagger never saw: the acronyms the press writes
 * as words ("Nato", "Uno", "Opec"), the firms and institutions the
 * lexicon lacks.  Not a noun of the language or a compound ending in
 * one, a given name, a listed place.  CoNLL-2003 German dev: 7 mentions
 * gained ("Schas" ×5 beside "Schas-Partei", "Mieterbund", "Impuls"), 4
 * wrong (nouns the model's lexicon lacks, "Handball", "Guerilla"; "Koran"
 * ×2, MISC). */
static GHashTable *
compound_openers (const PrecisDocument *doc)
{
  GHashTable *openers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      const char *text = doc->text + t->byte_start;
      const char *hyphen = memchr (text, '-', t->byte_end - t->byte_start);

      if (hyphen == NULL || hyphen - text < 3 || hyphen + 1 >= doc->text + t->byte_end ||
          !g_ascii_isupper (text[0]) || !g_unichar_isupper (g_utf8_get_char (hyphen + 1)))
        continue;
      g_hash_table_add (openers, g_utf8_strdown (text, hyphen - text));
    }
  return openers;
}

void
precis_ner_tag_compound_openers (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                 PrecisNerLowerWords *lower_words, guint8 *tags)
{
  g_autoptr (GHashTable) openers = NULL;

  if (gazetteer == NULL || lower_words == NULL || !precis_ner_reads_as_german (doc))
    return;
  openers = compound_openers (doc);
  if (g_hash_table_size (openers) == 0)
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (tags[i] != 0 || t->shape != PRECIS_SHAPE_CAPITALIZED || (t->flags & PRECIS_TOKEN_STOPWORD) ||
          strlen (t->lower) < 3 || !g_hash_table_contains (openers, t->lower) ||
          is_capitalized_at (doc, i + 1, t->sentence) || (i > 0 && is_capitalized_at (doc, i - 1, t->sentence) &&
                                                          !(doc->tokens[i - 1].flags & PRECIS_TOKEN_SENTENCE_START)))
        continue;
      if (precis_ner_gazetteer_is_given_name (gazetteer, t->lower) || is_listed_place_at (doc, gazetteer, i) ||
          precis_ner_lower_words_in_language_or_nouns (lower_words, t->lower, strlen (t->lower)) ||
          is_compound_noun (lower_words, t->lower) || precis_ner_is_calendar_word (t->lower))
        continue;
      tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
    }
}
