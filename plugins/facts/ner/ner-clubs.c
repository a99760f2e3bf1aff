/* ner-clubs.c — the parts of a sports club's name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-clubs.h"

#include "ner-hash.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-wire.h"
#include "ner-word-set.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

gboolean
precis_ner_is_town_word (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, guint32 i)
{
  const char *lower = doc->tokens[i].lower;
  guint32 h = precis_ner_gazetteer_phrase_extend (
    PRECIS_NER_FNV_SEED, precis_ner_gazetteer_token_hash (lower, strlen (lower)));

  return (precis_ner_gazetteer_lookup_hash (gaz, h) & (PRECIS_NER_GAZ_CITY | PRECIS_NER_GAZ_TOWN)) != 0;
}

gboolean
precis_ner_is_club_number (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  if (t->byte_end - t->byte_start != 2)
    return FALSE;
  return g_ascii_isdigit (doc->text[t->byte_start]) && g_ascii_isdigit (doc->text[t->byte_start + 1]);
}

/* "Stuttgarter", "Büdinger": a town's adjective, which German writes
 * before the club's kind or noun ("Karlsruher SC", "Stuttgarter Kickers"),
 * of towns the gazetteer has or not ("Büdingen", 20,000 people).  Asking
 * the gazetteer for "Stuttgart" alone left "Büdinger" a short name: three
 * wrong organizations on CoNLL-2003 German dev. */
static gboolean
is_town_adjective (const PrecisDocument *doc, guint32 i)
{
  const char *lower = doc->tokens[i].lower;

  return strlen (lower) > 4 && g_str_has_suffix (lower, "er");
}

static guint32 club_word_end (const PrecisDocument *doc, guint32 i);

guint32
precis_ner_club_short_name (const PrecisDocument *doc, const PrecisNerGazetteer *gaz,
                            const PrecisNerLowerWords *lower_words, guint32 first, guint32 end)
{
  guint32 found = G_MAXUINT32;
  gboolean club;

  if (gaz == NULL || end < first + 2)
    return G_MAXUINT32;
  club = precis_ner_is_town_word (doc, gaz, end - 1);
  for (guint32 i = first; i < end; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (precis_ner_wire_is_club_kind (doc, i) || precis_ner_is_club_number (doc, i))
        {
          club = TRUE;
          continue;
        }
      /* "Stuttgarter Kickers": a club's word names a club, and may be
       * its short name ("die Kickers"). */
      if (club_word_end (doc, i) == i + 1)
        club = TRUE;
      if (t->shape != PRECIS_SHAPE_CAPITALIZED || strlen (t->lower) < 4 || precis_ner_is_town_word (doc, gaz, i) ||
          is_town_adjective (doc, i) || precis_ner_lower_words_in_language (lower_words, t->lower, strlen (t->lower)))
        continue;
      /* Two such words: no one of them is the short name. */
      if (found != G_MAXUINT32)
        return G_MAXUINT32;
      found = i;
    }
  /* "SG Rodheim": a kind and one word, a village too small for the
   * gazetteer; the club's short name is no word of its own.  A club's
   * word is ("Stuttgarter Kickers", "die Kickers"). */
  if (!club || (found == end - 1 && club_word_end (doc, found) != end))
    return G_MAXUINT32;
  return found;
}

/* The words German clubs are named with before their town, Latin names
 * of lands and virtues, colours, a side's nickname ("Germania Okriftel",
 * "Viktoria Sindlingen", "Rot-Weiß Hagen", "Sportfreunde Vockenhausen",
 * "Kickers Offenbach", "Dynamo Dresden"), as their ASCII letters
 * ("Rot-Wei" in a copy that lost its "ß").  Before a capitalized name,
 * CoNLL-2003 German dev (gold): 72 organizations and nothing else;
 * GermEval 7 and nothing else. */
static const char *const club_words[] = {
  "germania", "viktoria", "victoria", "fortuna", "eintracht", "borussia", "alemannia", "concordia",
  "teutonia", "arminia", "hertha", "preuen", "preussen", "olympia", "sportfreunde", "kickers", "dynamo",
  "dinamo", "lokomotive", "rapid", "admira", "vorwrts", "italia", "hellas", "westfalia", "rhenania",
  "bavaria", "saxonia", "hassia", "rot-wei", "blau-wei", "schwarz-wei", "grn-wei", "gelb-wei", "rotwei",
  "blauwei", "schwarzwei", "grnwei", "blau-gelb", "schwarz-gelb", "grn-gelb", "rot-blau",
  /* and the lands whose German names clubs bear before their towns
   * ("Bayern München", "Hessen Kassel", "Sachsen Leipzig"; CoNLL dev gold:
   * before a town 10 organizations of 10, before a noun or a person's
   * name none, which is_town_part keeps out) */
  "bayern", "hessen", "sachsen",
  /* and the foreign clubs German writes before their towns ("Inter
   * Mailand", "Racing Straßburg", "Sparta Prag", "Austria Wien") */
  "sturm", "wacker", "real", "atletico", "sporting", "racing", "olympique", "inter", "sparta", "slavia",
  "dukla", "legia", "spartak", "torpedo", "lokomotiv", "zenit", "steaua", "partizan", "ajax", "feyenoord",
  "vitesse", "benfica", "galatasaray", "fenerbahce", "juventus", "lazio", "austria", "grasshoppers",
  "servette", NULL,
};
static PrecisNerWordSet club_words_set;

/* Those other languages write before a town too ("el Real Madrid", "le
 * Sporting Lisbonne", "l'Inter Miami", "il Dinamo Zagabria"), read as the
 * town when the tagger never met the club ("affrontera le Real Madrid"
 * gave the place Real Madrid). */
static const char *const foreign_club_words[] = {
  "real", "atletico", "sporting", "racing", "olympique", "inter", "sparta", "slavia", "dukla",
  "legia", "spartak", "torpedo", "lokomotiv", "lokomotive", "zenit", "steaua", "partizan", "dinamo",
  "dynamo", "rapid", NULL,
};
static PrecisNerWordSet foreign_club_words_set;

static gboolean
is_foreign_club_word (const PrecisDocument *doc, guint32 i)
{
  char word[PRECIS_NER_WORD_MAX];
  gsize len = strlen (doc->tokens[i].lower);

  if (len >= sizeof word)
    return FALSE;
  memcpy (word, doc->tokens[i].lower, len);
  word[precis_ner_word_ascii (word, len)] = '\0';
  return precis_ner_word_set_contains (&foreign_club_words_set, foreign_club_words, word);
}

/* Whether token `i` is a club's word: one of club_words, or "Roter" of
 * "Roter Stern".  Returns the token after it, or `i` when it is none. */
static guint32
club_word_end (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  char word[PRECIS_NER_WORD_MAX];
  gsize len = strlen (t->lower);

  if (t->shape != PRECIS_SHAPE_CAPITALIZED || len >= sizeof word)
    return i;
  memcpy (word, t->lower, len);
  word[precis_ner_word_ascii (word, len)] = '\0';
  if (precis_ner_word_set_contains (&club_words_set, club_words, word))
    return i + 1;
  if (strcmp (word, "roter") == 0 && i + 2 < doc->n_tokens && doc->tokens[i + 1].sentence == t->sentence &&
      precis_ner_token_is (doc, i + 1, "Stern"))
    return i + 2;
  return i;
}

/* Whether token `i` may be a word of the town after a club's word: a
 * capitalized word (or "Bad" of "Bad Homburg") of the sentence, no
 * person's given name or surname unless a town ("Viktoria Müller" is a
 * woman, "Eintracht Frankfurt" a club) and no noun of the language
 * ("Roter Wein"). */
static gboolean
is_town_part (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, PrecisNerLowerWords *lower_words,
              guint32 i, guint32 sentence)
{
  const PrecisToken *t;
  gsize len;

  if (i >= doc->n_tokens)
    return FALSE;
  t = &doc->tokens[i];
  len = strlen (t->lower);
  if (t->sentence != sentence || t->shape != PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  if (gaz != NULL && precis_ner_is_town_word (doc, gaz, i))
    return TRUE;
  if (gaz != NULL && (precis_ner_gazetteer_is_given_name (gaz, t->lower) ||
                      precis_ner_gazetteer_is_surname_hash (gaz, precis_ner_gazetteer_token_hash (t->lower, len))))
    return FALSE;
  return lower_words == NULL || !precis_ner_lower_words_in_language_or_nouns (lower_words, t->lower, len);
}

void
precis_ner_tag_club_words (const PrecisDocument *doc, const PrecisNerGazetteer *gaz,
                           PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc) && !precis_ner_capitalizes_names_only (doc))
    return;
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    {
      guint32 sentence = doc->tokens[i].sentence, town = club_word_end (doc, i), end;

      /* Outside German, only the words those languages write before a
       * town ("Viktoria" there is a woman's name), and not where the
       * tagger read an organization already, maybe longer ("Sporting
       * Kansas City", "Real Jardín Botánico de Kew"). */
      if (town != i && !precis_ner_reads_as_german (doc) &&
          (!is_foreign_club_word (doc, i) || precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_ORG))
        continue;
      /* Spanish and Portuguese "Real" is royal too ("el Real Decreto",
       * "la Real Academia"): a club's only before a town the gazetteer
       * knows ("Real Madrid", "Real Valladolid"). */
      if (town == i + 1 && !precis_ner_reads_as_german (doc) && precis_ner_token_is (doc, i, "Real") &&
          (gaz == NULL || precis_ner_tokens_gazetteer_type (gaz, doc, town, town + 1) == 0))
        continue;
      if (town == i || town >= doc->n_tokens || !is_town_part (doc, gaz, lower_words, town, sentence))
        continue;
      /* A name running into the club's word ("1. FC Germania Weilbach",
       * "SV Blau-Weiß Espa") is the club's already. */
      if (tags[i] != 0 && !precis_ner_tag_is_begin (tags[i]))
        continue;
      /* The town: "Hofheim", "Bad Homburg", "Frankfurt / Main" stops at "/". */
      for (end = town + 1; end < doc->n_tokens && end < town + 3 && is_town_part (doc, gaz, lower_words, end, sentence);
           end++)
        ;
      /* Outside German, a name the tagger ran on past the town is the
       * club's whole name ("Sporting Kansas City"). */
      while (!precis_ner_reads_as_german (doc) && end < doc->n_tokens && doc->tokens[end].sentence == sentence &&
             tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]))
        end++;
      for (guint32 k = i; k < end; k++)
        tags[k] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == i);
      /* A tag running on from the span would now begin nowhere. */
      if (end < doc->n_tokens && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]))
        tags[end] = precis_ner_tag_make (precis_ner_tag_type (tags[end]), TRUE);
      i = end - 1;
    }
}
