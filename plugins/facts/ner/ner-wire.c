/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "ner-wire.h"

#include "ner-acronyms.h"
#include "ner-german-adjectives.h"
#include "ner-kinds.h"
#include "ner-lineups.h"
#include "ner-place-nouns.h"
#include "ner-places.h"
#include "ner-press.h"
#include "ner-doc.h"
#include "ner-compounds.h"
#include "ner-roles.h"
#include "ner-tags.h"
#include "ner-lower-words.h"

#include <string.h>

/* News agencies as their copy credits them, written as they are
 * (case matters: "AP" is an agency, "ap" no word of it). */
static const char *const agencies[] = {
  "dpa", "AP", "AFP", "Reuter", "Reuters", "ddp", "epd", "KNA", "APA", "SID", "sid", "EFE",
  "ANSA", "Belga", "ANP", "Lusa", "Tanjug", "Xinhua", "Interfax", "UPI", "TASS", "Itar-Tass",
  "EFECOM", "Notimex", "Adnkronos", NULL,
};

/* A dateline has one to three words. */
#define MAX_DATELINE_WORDS 3

static gboolean
is_roman_numeral (const char *lower)
{
  return lower[strspn (lower, "ivxlcdm")] == '\0';
}

/* Whether token `i` may be a word of a dateline's place: in capitals, of
 * two letters or more, tagged a place or not at all.  Not a word of a
 * heading in capitals ("CLUBES.", "XVIII."): one the document also writes
 * in lower case, or a Roman numeral, names no place. */
static gboolean
is_dateline_word (const PrecisDocument *doc, guint32 i, const guint8 *tags, PrecisNerLowerWords *lower_words,
                  gboolean any_tag)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_UPPER &&
         (any_tag || tags[i] == 0 || precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_LOC) &&
         doc->tokens[i].end - doc->tokens[i].start >= 2 && !is_roman_numeral (doc->tokens[i].lower) &&
         !precis_ner_lower_words_contains (lower_words, doc->tokens[i].lower);
}

/* The end (exclusive) of the place a dateline opening sentence `s` names,
 * or 0 when the sentence opens with none: one to three words in capitals
 * (the tagger knows "BAD", not "BAD VILBEL": the line is one place), with
 * "A. M." after Frankfurt's ("am Main"), making the whole sentence
 * ("HANAU.", "FRANKFURT A. M.") or followed by the day ("NEU-DELHI, 23.
 * August (AP)."). */
static guint32
dateline_end (const PrecisDocument *doc, guint32 s, const guint8 *tags, PrecisNerLowerWords *lower_words)
{
  const PrecisSentence *sentence = &doc->sentences[s];
  guint32 first = sentence->first_token, end = first + sentence->n_tokens, i = first;
  gboolean am_main = FALSE;

  /* Before its day ("VENLO, 23. August (AP)") a line in capitals is a
   * dateline whatever the tagger read it as (a club, a body). */
  while (i < end && i - first < MAX_DATELINE_WORDS + 1 && is_dateline_word (doc, i, tags, lower_words, TRUE))
    i++;
  if (i > first && i - first <= MAX_DATELINE_WORDS && i + 1 < end && precis_ner_token_is (doc, i, ",") &&
      doc->tokens[i + 1].shape == PRECIS_SHAPE_NUMBER)
    return i;
  i = first;
  while (i < end && i - first < MAX_DATELINE_WORDS + 1 && is_dateline_word (doc, i, tags, lower_words, FALSE))
    i++;
  if (i == first || i - first > MAX_DATELINE_WORDS)
    return 0;
  if (i + 1 < end && strcmp (doc->tokens[i].lower, "a.") == 0 && strcmp (doc->tokens[i + 1].lower, "m.") == 0)
    {
      i += 2;
      am_main = TRUE;
    }
  /* "HATTERSHEIM. \"Räuber Hotzenplotz\" …": the next sentence's opening
   * quote may stay with the line. */
  if (i + 2 == end && precis_ner_token_is (doc, i, ".") && precis_ner_token_is (doc, i + 1, "\""))
    return i;
  if ((i == end && am_main) || (i + 1 == end && precis_ner_token_is (doc, i, ".")) ||
      (i + 1 < end && precis_ner_token_is (doc, i, ",") && doc->tokens[i + 1].shape == PRECIS_SHAPE_NUMBER))
    return i;
  return 0;
}

/* The end (exclusive) of the place a wire's dateline written in
 * capitalized words opens sentence `s` with, or 0: one to three such
 * words, untagged or a place, then a comma, the day, one word (the
 * month, maybe abbreviated) and an agency in brackets ("Bogotá, 2 dic
 * (EFE).-", "Lisboa, 3 dez (Lusa) -").  The tagger knew the line from
 * its training text's month only ("Madrid, 23 may (EFECOM)"). */
static guint32
agency_dateline_end (const PrecisDocument *doc, guint32 s, const guint8 *tags)
{
  const PrecisSentence *sentence = &doc->sentences[s];
  guint32 first = sentence->first_token, end = first + sentence->n_tokens, i = first;

  while (i < end && i - first < MAX_DATELINE_WORDS + 1 && doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED &&
         (tags[i] == 0 || precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_LOC))
    i++;
  if (i == first || i - first > MAX_DATELINE_WORDS || i + 5 >= end || !precis_ner_token_is (doc, i, ",") ||
      doc->tokens[i + 1].shape != PRECIS_SHAPE_NUMBER || !precis_ner_token_is (doc, i + 3, "(") ||
      !precis_ner_token_in_list (doc, i + 4, agencies))
    return 0;
  return i;
}

/* A team's name has at most this many words ("SG Ostend Bad Nauheim"). */
#define MAX_TEAM_WORDS 5

static gboolean
is_team_word (const PrecisDocument *doc, guint32 i)
{
  guint8 shape = doc->tokens[i].shape;

  return precis_ner_shape_is_name (shape) || (shape == PRECIS_SHAPE_NUMBER && !precis_ner_token_is_colon_score (doc, i));
}

/* The first token of the team whose name ends before `end` (exclusive),
 * within `first`; `end` when there is none. */
static guint32
team_start (const PrecisDocument *doc, guint32 first, guint32 end)
{
  guint32 start = end;

  while (start > first && end - start < MAX_TEAM_WORDS && is_team_word (doc, start - 1))
    start--;
  /* A name starts with a word, not with the number of a club ("Schalke 04"). */
  while (start < end && doc->tokens[start].shape == PRECIS_SHAPE_NUMBER)
    start++;
  return start;
}

static void
tag_span (guint8 *tags, guint32 first, guint32 end, PrecisNerType type)
{
  for (guint32 i = first; i < end; i++)
    tags[i] = precis_ner_tag_make (type, i == first);
}

/* "Mainz - Wolfsburg 2:1", "Dynamo Dresden - Hamburger SV 1:1 (1:0)": a
 * fixture and its result name two teams, whatever their names also name
 * (a town, a person). */
static void
tag_fixtures (const PrecisDocument *doc, guint32 s, guint8 *tags)
{
  const PrecisSentence *sentence = &doc->sentences[s];
  guint32 first = sentence->first_token, end = first + sentence->n_tokens;

  for (guint32 i = first + 3; i < end; i++)
    {
      guint32 home, away;

      if (!precis_ner_token_is_colon_score (doc, i) || precis_ner_token_is (doc, i - 1, "("))
        continue;
      away = team_start (doc, first, i);
      if (away == i || away == first || !precis_ner_token_is (doc, away - 1, "-"))
        continue;
      home = team_start (doc, first, away - 1);
      if (home == away - 1)
        continue;
      tag_span (tags, home, away - 1, PRECIS_NER_TYPE_ORG);
      tag_span (tags, away, i, PRECIS_NER_TYPE_ORG);
    }
}

/* The abbreviations German sports clubs open their names with, as written
 * ("Sportverein", "Turn- und Sportverein", "Spielgemeinschaft"…), and
 * those of the other sports' and the gymnasts' clubs of local sport pages
 * ("TV Kesselstadt" Turnverein, "TC" Tennis-Club, "HC" Handball-Club,
 * "RSC" Radsportclub, "TTC" Tischtennis-Club, "KV" Kegelverein): before a
 * name, CoNLL German dev (gold) 33 organizations and nothing else,
 * WikiNEuRal German dev 36 and nothing else, GermEval 1 ("Digital TV
 * Script"). */
static const char *const club_kinds[] = {
  "SV", "TSV", "FC", "SC", "SG", "SpVgg", "Spvgg.", "VfB", "VfL", "VfR", "TuS", "TSG", "FSV", "KSV",
  "ESV", "SSV", "BSC", "DJK", "FV", "FSG", "SGK", "TuRa", "JSG", "RSV", "MTV", "ASV", "SKV", "TGS",
  "TV", "TG", "TGV", "FG", "TC", "TTC", "HC", "THC", "RTHC", "HSG", "HTV", "RC", "RSC", "RSG", "SK", "KSG",
  "SKG", "TSC", "TEC", "KV", "SuS", NULL,
};

/* "TSV 1860 München", "SG Rodheim", "SV 06 Bad Nauheim": a club's kind,
 * its year and its town are one name, an organization, where the tagger
 * sees a town after an abbreviation (German local sport writes hundreds
 * of them).  The name runs over the capitalized words and numbers after
 * the abbreviation, not into a person ("FC Bayern Matthäus"). */
static void
tag_club_names (const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    {
      guint32 end = i + 1, last = i + 1 + MAX_TEAM_WORDS, sentence = doc->tokens[i].sentence;
      gboolean kind = FALSE, goes_on;

      for (guint k = 0; club_kinds[k] != NULL && !kind; k++)
        kind = precis_ner_token_is (doc, i, club_kinds[k]);
      if (!kind || (tags[i] != 0 && !precis_ner_tag_is_begin (tags[i]) &&
                    precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_PER))
        continue;
      while (end < doc->n_tokens && end < last && doc->tokens[end].sentence == sentence &&
             is_team_word (doc, end) && !(end == i + 1 && doc->tokens[end].shape == PRECIS_SHAPE_NUMBER &&
                                          end + 1 < doc->n_tokens && !is_team_word (doc, end + 1)) &&
             (tags[end] == 0 || precis_ner_tag_type (tags[end]) != PRECIS_NER_TYPE_PER))
        end++;
      /* A number alone after the kind is a count or a score, not a year. */
      while (end > i + 1 && doc->tokens[end - 1].shape == PRECIS_SHAPE_NUMBER &&
             doc->tokens[end - 2].shape == PRECIS_SHAPE_NUMBER)
        end--;
      if (end == i + 1)
        continue;
      /* An organization running into the abbreviation ("1. FC") goes on. */
      goes_on = tags[i] != 0 && !precis_ner_tag_is_begin (tags[i]) &&
                precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_ORG;
      for (guint32 k = i; k < end; k++)
        tags[k] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == i && !goes_on);
      /* A tag running on from the span would now begin nowhere. */
      if (end < doc->n_tokens && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]))
        tags[end] = precis_ner_tag_make (precis_ner_tag_type (tags[end]), TRUE);
      i = end - 1;
    }
}

/* Abbreviations in capitals that name no body: currencies, units, things. */
static const char *const common_capitals[] = {
  "DM", "PS", "TV", "PC", "CD", "SMS", "DNA", "ICE", "IC", "EC", "KM", "OK", "AIDS", "HIV", "GPS", "LKW",
  "PKW", "WM", "EM", "US", "USA", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
  "NS", "DDR", "BRD", NULL,
};

/* French's: measures, schemes, things and titles ("le PDG de Renault"),
 * and the places the tagger knows in capitals. */
static const char *const common_capitals_fr[] = {
  "PIB", "TVA", "PME", "TPE", "ETI", "SMIC", "CDI", "CDD", "RSA", "HLM", "SDF", "TGV", "TER", "RER", "OGM",
  "PMA", "GPA", "IVG", "ONG", "TTC", "HT", "PDG", "DG", "DRH", "BTP", "QG", "JO", "SUV", "VTC", "IA", "CV",
  "PV", "RTT", "BD", "VIH", "SIDA", "EPR", "OPA", "CAC", "SMS", "TV", "OK", "USA", "UE", "RDC", "RFA", "RDA",
  "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIV", "XV", "XVI", "XX", "XXI",
  /* formats and media, listed together ("en PDF ou JPEG") */
  "PDF", "JPEG", "JPG", "PNG", "GIF", "ZIP", "HTML", "XML", "MP3", "MP4", "USB", "DVD", "CD", "PC", "ADN", NULL,
};

static const char *const french_articles[] = { "la", "le", "les", "l'", "l’", "du", "des", "au", "aux", "de", "d'", "d’", NULL };

/* Whether token `i` stands in a line written in capitals (a heading, a
 * dateline): a word in capitals next to it. */
static gboolean
in_capitals_line (const PrecisDocument *doc, guint32 i)
{
  guint32 sentence = doc->tokens[i].sentence;

  return (i > 0 && doc->tokens[i - 1].sentence == sentence && doc->tokens[i - 1].shape == PRECIS_SHAPE_UPPER) ||
         (i + 1 < doc->n_tokens && doc->tokens[i + 1].sentence == sentence &&
          doc->tokens[i + 1].shape == PRECIS_SHAPE_UPPER);
}

/* "FR", "FWG", "WEN": German news writes parties, papers and societies by
 * their initials, and an untagged word of two to five capitals in running
 * German text is one (CoNLL-2003 German dev: 487 such words an
 * organization, 60 a place, 6 nothing).  Not the common abbreviations,
 * places and states the tagger knows in capitals.  French writes its
 * unions and parties so too ("la CFDT", "du PS"), with their article. */
/* Whether token `i` is untagged initials, two to five capitals in running
 * text, none of `common_list`. */
static gboolean
is_initials (const PrecisDocument *doc, const guint8 *tags, guint32 i, const char *const *common_list)
{
  const PrecisToken *t = &doc->tokens[i];
  gsize len = t->byte_end - t->byte_start;

  if (tags[i] != 0 || t->shape != PRECIS_SHAPE_UPPER || len < 2 || len > 5 ||
      strspn (doc->text + t->byte_start, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != len || in_capitals_line (doc, i))
    return FALSE;
  for (guint k = 0; common_list[k] != NULL; k++)
    if (precis_ner_token_is (doc, i, common_list[k]))
      return FALSE;
  return TRUE;
}

/* Initials beside a number measure or number it: a unit or currency after
 * one ("100 MW", "20 CHF"), a code's name before one ("ISBN
 * 3-88350-718-0", "PLZ 60311") — no body's initials (GermEval's folds:
 * none of these was an organization). */
static gboolean
next_to_number (const PrecisDocument *doc, guint32 i)
{
  guint32 sentence = doc->tokens[i].sentence;

  return (i > 0 && doc->tokens[i - 1].sentence == sentence && doc->tokens[i - 1].shape == PRECIS_SHAPE_NUMBER) ||
         (i + 1 < doc->n_tokens && doc->tokens[i + 1].sentence == sentence &&
          doc->tokens[i + 1].shape == PRECIS_SHAPE_NUMBER);
}

static gboolean
joins_list (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_is (doc, i, ",") || precis_ner_token_is (doc, i, "et") || precis_ner_token_is (doc, i, "ou");
}

/* French initials without their article, in a list with a body ("CFDT et
 * CGT appellent", "la CGT, FO et Solidaires"): the same kind of name. */
static gboolean
coordinated_with_body (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  guint32 sentence = doc->tokens[i].sentence;

  if (i + 2 < doc->n_tokens && doc->tokens[i + 2].sentence == sentence && joins_list (doc, i + 1) &&
      (precis_ner_tag_type (tags[i + 2]) == PRECIS_NER_TYPE_ORG || is_initials (doc, tags, i + 2, common_capitals_fr)))
    return TRUE;
  return i >= 2 && doc->tokens[i - 2].sentence == sentence && joins_list (doc, i - 1) &&
         precis_ner_tag_type (tags[i - 2]) == PRECIS_NER_TYPE_ORG;
}

static void
tag_initials (const PrecisDocument *doc, guint8 *tags)
{
  gboolean french = strcmp (doc->language, "fr") == 0;
  const char *const *common_list = french ? common_capitals_fr : common_capitals;

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      if (!is_initials (doc, tags, i, common_list))
        continue;
      if (next_to_number (doc, i) || precis_ner_abbreviates_common_noun (doc, tags, i))
        continue;
      /* "das Land NRW": a federal state's initials after its noun. */
      if (i > 0 && doc->tokens[i - 1].sentence == doc->tokens[i].sentence && precis_ner_is_state_noun (doc, i - 1))
        {
          tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, TRUE);
          continue;
        }
      /* French gives a body's initials its article ("la CFDT", "du PS",
       * "l'Unedic"); a format or a code has none ("en PDF"). */
      if (french && (i == 0 || doc->tokens[i - 1].sentence != doc->tokens[i].sentence ||
                     !precis_ner_word_in_list (french_articles, doc->tokens[i - 1].lower)))
        continue;
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
    }
  if (french)
    for (guint32 i = 0; i < doc->n_tokens; i++)
      if (is_initials (doc, tags, i, common_list) && coordinated_with_body (doc, tags, i))
        tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
}

/* The abbreviations of a football club's kind across Europe ("FC
 * Barcelona", "AC Milan", "Valencia CF", "CD Leganés", "SSC Napoli"). */
static const char *const football_kinds[] = {
  "FC", "CF", "AC", "AS", "SC", "CD", "UD", "SD", "RCD", "SSC", "AFC", "OGC", "SV", NULL,
};

gboolean
precis_ner_wire_is_club_kind (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_in_list (doc, i, club_kinds) || precis_ner_token_in_list (doc, i, football_kinds);
}

/* The tagger reads "FC Barcelona" as a miscellaneous name (a title, an
 * event), which gives no fact, and "FC Porto", "AS Monaco" as the town: a
 * name with a club's kind in it is the club's, an organization.  Not in
 * a line of capitals, where "AS" or "CD" may be any word. */
static void
tag_kind_clubs (const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      guint32 first = i, end = i + 1;
      guint type = tags[i] != 0 ? precis_ner_tag_type (tags[i]) : PRECIS_NER_TYPE_NONE;
      gboolean kind = FALSE;

      if (type == PRECIS_NER_TYPE_NONE || type == PRECIS_NER_TYPE_ORG || in_capitals_line (doc, i))
        continue;
      for (guint k = 0; football_kinds[k] != NULL && !kind; k++)
        kind = precis_ner_token_is (doc, i, football_kinds[k]);
      if (!kind)
        continue;
      while (first > 0 && !precis_ner_tag_is_begin (tags[first]) && tags[first - 1] != 0 &&
             precis_ner_tag_type (tags[first - 1]) == type)
        first--;
      while (end < doc->n_tokens && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]) &&
             precis_ner_tag_type (tags[end]) == type)
        end++;
      /* The kind alone is no club's name. */
      if (end - first < 2)
        continue;
      for (guint32 k = first; k < end; k++)
        tags[k] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, k == first);
      i = end - 1;
    }
}

/* "1. FC Nürnberg", "1. FSV Mainz 05", "1. Sindlinger Karnevalverein":
 * German clubs and societies write the "1." of the first one founded in
 * their town as part of their name, and the tagger (whose German data
 * hardly ever has it) leaves it out.  An organization right after "1."
 * starts there. */
static void
tag_first_clubs (const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 2; i < doc->n_tokens; i++)
    if (tags[i] != 0 && precis_ner_tag_is_begin (tags[i]) &&
        precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_ORG && tags[i - 1] == 0 && tags[i - 2] == 0 &&
        precis_ner_token_is (doc, i - 1, ".") && precis_ner_token_is (doc, i - 2, "1") &&
        !(doc->tokens[i - 1].flags & PRECIS_TOKEN_SPACE_BEFORE) &&
        doc->tokens[i - 2].sentence == doc->tokens[i].sentence)
      {
        tags[i - 2] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
        tags[i - 1] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE);
        tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, FALSE);
      }
}

/* "Tel. 0 61 01 / 4 00", "Fax: 069 / 2199": the telephone's and the
 * fax's abbreviations before a number, which the tagger read as a
 * person where the period ended the line (CoNLL-2003 German dev: 3 "Tel"
 * of announcements, all read as people, none a name). */
static void
untag_phone_words (const PrecisDocument *doc, guint8 *tags)
{
  static const char *const phone_words[] = { "Tel", "Tel.", "Fax", "Fax.", "Telefon", NULL };

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      guint32 next = i + 1;

      if (tags[i] == 0 || !precis_ner_token_in_list (doc, i, phone_words))
        continue;
      if (next < doc->n_tokens && (precis_ner_token_is (doc, next, ".") || precis_ner_token_is (doc, next, ":")))
        next++;
      if (next < doc->n_tokens && doc->tokens[next].shape != PRECIS_SHAPE_NUMBER)
        continue;
      tags[i] = 0;
      if (i + 1 < doc->n_tokens && tags[i + 1] != 0 && !precis_ner_tag_is_begin (tags[i + 1]))
        tags[i + 1] = precis_ner_tag_make (precis_ner_tag_type (tags[i + 1]), TRUE);
    }
}

/* "das Land Hessen", "des Landes Sachsen-Anhalt", "der Freistaat Bayern":
 * German names a federal state with its noun, which the tagger leaves
 * out of the place.  CoNLL-2003 German dev (gold): 6 of 6 such places
 * hold the noun ("der Stadt Frankfurt" 8 of 15, "Kreis Offenbach" 0 of 7:
 * neither is taken).  The fact is the state's (ner-entities.c). */
static void
tag_states (const PrecisDocument *doc, guint8 *tags)
{
  for (guint32 i = 0; i + 1 < doc->n_tokens; i++)
    if (tags[i] == 0 && precis_ner_is_state_noun (doc, i) && doc->tokens[i + 1].sentence == doc->tokens[i].sentence &&
        tags[i + 1] != 0 && precis_ner_tag_is_begin (tags[i + 1]) &&
        precis_ner_tag_type (tags[i + 1]) == PRECIS_NER_TYPE_LOC)
      {
        tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, TRUE);
        tags[i + 1] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, FALSE);
      }
}

void
precis_ner_wire_apply (const PrecisDocument *doc, guint8 *tags, PrecisNerLowerWords *lower_words)
{
  if (doc->language == NULL || strcmp (doc->language, "en") == 0)
    return;
  /* Results alone are too few words to tell their language ("und"): a
   * line-up written the German way is one all the same, and so is a
   * result's line over it ("Hertha Berlin - Fortuna Düsseldorf 0:0",
   * which the default model read as a club and a town). */
  if (strcmp (doc->language, "und") == 0)
    {
      for (guint32 s = 0; s < doc->n_sentences; s++)
        tag_fixtures (doc, s, tags);
      precis_ner_tag_lineups (doc, tags);
      return;
    }
  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (tags[i] == 0 && precis_ner_token_in_list (doc, i, agencies))
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      guint32 place = dateline_end (doc, s, tags, lower_words);

      if (place == 0 && (place = agency_dateline_end (doc, s, tags)) != 0)
        /* ...and its agency is one, whatever the tagger read ("(Lusa)",
         * a person) */
        tag_span (tags, place + 4, place + 5, PRECIS_NER_TYPE_ORG);
      if (place != 0)
        tag_span (tags, doc->sentences[s].first_token, place, PRECIS_NER_TYPE_LOC);
    }
  for (guint32 s = 0; s < doc->n_sentences; s++)
    tag_fixtures (doc, s, tags);
  tag_kind_clubs (doc, tags);
  precis_ner_tag_streets (doc, tags);
  precis_ner_tag_institutions (doc, tags);
  precis_ner_tag_town_facilities (doc, tags);
  precis_ner_tag_town_bodies (doc, tags);
  precis_ner_tag_town_adjective_bodies (doc, tags);
  precis_ner_untag_language_names (doc, tags);
  precis_ner_tag_bracketed_acronyms (doc, tags);
  precis_ner_tag_after_roles (doc, tags);
  precis_ner_tag_departments (doc, tags);
  if (strcmp (doc->language, "de") == 0 || strcmp (doc->language, "fr") == 0)
    tag_initials (doc, tags);
  if (strcmp (doc->language, "de") == 0)
    {
      tag_club_names (doc, tags);
      tag_first_clubs (doc, tags);
      precis_ner_tag_kind_lists (doc, tags);
      precis_ner_tag_press (doc, tags);
      precis_ner_tag_german_adjectives (doc, tags, lower_words);
      tag_states (doc, tags);
      precis_ner_trim_place_nouns (doc, tags);
      untag_phone_words (doc, tags);
      precis_ner_trim_house_numbers (doc, tags);
    }
  precis_ner_tag_kind_anaphora (doc, tags, lower_words);
  precis_ner_tag_kind_appositions (doc, tags, lower_words);
  precis_ner_tag_lineups (doc, tags);
}
