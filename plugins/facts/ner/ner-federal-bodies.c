/* ner-federal-bodies.c — "der Bundesrat", "das Bundeskriminalamt": Germany's federal bodies by their one word.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German names the Federation's chambers, courts, offices and its bank by
 * one compound, "Bundes" + the kind of body: there is one Bundesrat, one
 * Bundesverfassungsgericht, one Bundeskriminalamt, so the word is the
 * body's name, as "Parliament" is Britain's (ner-institutions.c).  The
 * tagger read them as nothing ("Der Bundesrat hat am Freitag das Gesetz
 * gebilligt", "das Bundesverfassungsgericht in Karlsruhe", "nach Angaben
 * des Bundeskriminalamts") or as a place ("Der Bundesgerichtshof hatte
 * die Klage abgewiesen"), and the well-known-entity lexicon (WikiNEuRal's
 * names in two languages or more, data/gazetteers/SOURCE.md) has none of
 * them: they are German only.  CoNLL-2003 German dev's gold writes such a
 * word an organization 10 times of 12 ("Bundesamt", "Bundestag",
 * "Bundesregierung", "Bundeskriminalamtes"; "Bundesverwaltungsgerichts"
 * and one "Bundesregierung" not).  A "Landes-" body is one of sixteen
 * ("die Landesregierung", 4 of 4 no name there) and stays as read; a plural
 * ("Bundesämter"), a trade ("Bundesliga"), an office's holder
 * ("Bundeskanzler"), an event ("Bundesparteitag") are no kind here.
 *
 * The international bodies' own councils, commissions and assemblies are
 * named so too, by their body's acronym and a hyphen: "der
 * UN-Sicherheitsrat" (CoNLL dev gold: an organization 2 of 2; it was
 * missed both times), "die EG-Kommission", "der Nato-Rat", "die
 * UN-Vollversammlung".  Not the acronym's other compounds, which CoNLL
 * writes MISC ("UN-Erdgipfel", "CDU-Fraktion") or nothing ("UN-Truppen").
 */
#include "ner-federal-bodies.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

#define PREFIX "bundes"

/* The kinds a federal body's compound ends in; "tag" and "rat" only
 * alone after the prefix ("Bundestag", not "Bundesparteitag"). */
static const char *const kinds[] = {
  "amt", "gericht", "gerichtshof", "finanzhof", "rechnungshof", "bank", "anstalt", "anwaltschaft",
  "regierung", "versammlung", "post", "bahn", NULL,
};
static const char *const whole_kinds[] = { "rat", "tag", NULL };

/* The international bodies whose acronym opens their organs' names, as
 * German writes them, and those organs' kinds ("-rat": a council, not an
 * "Apparat" or a "Vorrat"). */
static const char *const international[] = {
  "UN-", "Uno-", "UNO-", "EG-", "EU-", "Nato-", "NATO-", "KSZE-", NULL,
};
static const char *const organ_kinds[] = { "rat", "kommission", "versammlung", "gerichtshof", NULL };
static const char *const no_councils[] = { "apparat", "vorrat", "heirat", "unrat", "hausrat", NULL };

/* Whether `stem` (the word after "Bundes", genitive ending off) is a
 * kind of body. */
static gboolean
is_kind (const char *stem)
{
  return precis_ner_word_in_list (whole_kinds, stem) || precis_ner_word_ends_in_list (kinds, stem);
}

/* Whether the lower-case word `lower` is "Bundes" + a kind, as it is or
 * in the genitive ("Bundesrates", "Bundesamts"). */
static gboolean
is_federal_body (const char *lower)
{
  const char *stem = lower + strlen (PREFIX);
  gsize n;
  g_autofree char *bare = NULL;

  if (!g_str_has_prefix (lower, PREFIX) || *stem == '\0')
    return FALSE;
  if (is_kind (stem))
    return TRUE;
  n = strlen (stem);
  if (n > 2 && g_str_has_suffix (stem, "es"))
    {
      bare = g_strndup (stem, n - 2);
      if (is_kind (bare))
        return TRUE;
      g_clear_pointer (&bare, g_free);
    }
  if (n > 1 && stem[n - 1] == 's')
    {
      bare = g_strndup (stem, n - 1);
      return is_kind (bare);
    }
  return FALSE;
}

/* Whether token `i` is an international body's acronym, a hyphen and
 * the kind of one of its organs ("UN-Sicherheitsrat", "EG-Kommission"). */
static gboolean
is_international_organ (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *word = doc->text + t->byte_start;
  gsize n = t->byte_end - t->byte_start;

  for (guint k = 0; international[k] != NULL; k++)
    {
      gsize prefix = strlen (international[k]);

      if (n > prefix + 2 && strncmp (word, international[k], prefix) == 0 && g_ascii_isupper (word[prefix]))
        {
          const char *rest = t->lower + prefix;

          return !precis_ner_word_ends_in_list (no_councils, rest) &&
                 precis_ner_word_ends_in_list (organ_kinds, rest);
        }
    }
  return FALSE;
}

/* Whether token `i` is a truncated compound ("Bundestags- und
 * Landtagswahlen"): a hyphen right after it. */
static gboolean
is_truncated (const PrecisDocument *doc, guint32 i)
{
  return i + 1 < doc->n_tokens && doc->tokens[i + 1].byte_start == doc->tokens[i].byte_end &&
         doc->text[doc->tokens[i].byte_end] == '-';
}

void
precis_ner_tag_federal_bodies (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (is_truncated (doc, i) ||
          !((t->shape == PRECIS_SHAPE_CAPITALIZED && is_federal_body (t->lower)) || is_international_organ (doc, i)))
        continue;
      if (tags[i] != 0 && !precis_ner_tags_one_word_name (tags, doc->n_tokens, i))
        continue;
      tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
    }
}

/* "die Gewerkschaft der Polizei", "der Bund der Steuerzahler", "der
 * Verband der Automobilindustrie": a German association named by its kind
 * and, in the genitive, the people or the trade it joins; every word but
 * the kind is a common noun, so the tagger reads no name (CoNLL-2003
 * German dev: "Die Gewerkschaft der Polizei" missed; gold, such a kind
 * after the definite article and before "der"/"des" and a capitalized
 * word opens an organization 2 times of 3, the other "der Kreis der
 * Schulleiterin", a circle).  The kinds here are those that name one
 * association; a commission, a circle, an organization or a movement of
 * something ("die Organisation der Spiele") is no name.  A country in the
 * genitive after it ends the name ("der Eisenbahner Deutschlands"), and
 * so does a trade the tagger read with its adjective ("der
 * Bundesverband der Deutschen Industrie", read as "Deutschen Industrie"). */
static const char *const association_kinds[] = {
  "gewerkschaft", "verband", "bund", "zentralrat", "vereinigung", "arbeitsgemeinschaft", "zentralverband",
  "bundesverband", "liga", "komitee", NULL,
};
static const char *const definite_articles[] = { "der", "die", "das", "den", "dem", "des", NULL };

/* Whether a name the tagger read opens at token `i` with a capitalized
 * adjective in "-en" and has two or three words, before no capitalized
 * word ("Deutschen Industrie", "Chemischen Industrie"); its end in `*end`. */
static gboolean
opens_adjective_name (const PrecisDocument *doc, const guint8 *tags, guint32 i, guint32 *end)
{
  guint32 k = i + 1;

  if (!precis_ner_tag_is_begin (tags[i]) || !g_str_has_suffix (doc->tokens[i].lower, "en") ||
      doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  while (k < doc->n_tokens && tags[k] != 0 && !precis_ner_tag_is_begin (tags[k]))
    k++;
  if (k - i < 2 || k - i > 3 ||
      (k < doc->n_tokens && doc->tokens[k].sentence == doc->tokens[i].sentence &&
       (doc->tokens[k].shape == PRECIS_SHAPE_CAPITALIZED || tags[k] != 0)))
    return FALSE;
  *end = k;
  return TRUE;
}

void
precis_ner_tag_association_names (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 1; i + 2 < doc->n_tokens; i++)
    {
      const PrecisToken *kind = &doc->tokens[i], *of = &doc->tokens[i + 1], *member = &doc->tokens[i + 2];
      guint32 end = i + 3;

      if (kind->shape != PRECIS_SHAPE_CAPITALIZED || !precis_ner_word_in_list (association_kinds, kind->lower) ||
          !precis_ner_word_in_list (definite_articles, doc->tokens[i - 1].lower) ||
          doc->tokens[i - 1].sentence != kind->sentence || of->sentence != kind->sentence ||
          member->sentence != kind->sentence || of->shape != PRECIS_SHAPE_LOWER ||
          (strcmp (of->lower, "der") != 0 && strcmp (of->lower, "des") != 0) ||
          member->shape != PRECIS_SHAPE_CAPITALIZED || (member->flags & PRECIS_TOKEN_STOPWORD) ||
          tags[i] != 0 || tags[i + 1] != 0)
        continue;
      /* "der Bundesverband der Deutschen Industrie": the tagger read the
       * trade with its adjective as the body ("Deutschen Industrie"); the
       * kind opens it. */
      if (tags[i + 2] != 0)
        {
          if (!opens_adjective_name (doc, tags, i + 2, &end))
            continue;
          precis_ner_tags_set_name (tags, doc->n_tokens, i, end, PRECIS_NER_TYPE_ORG);
          i = end;
          continue;
        }
      /* "der Eisenbahner Deutschlands": a place read alone in the
       * genitive ends the name. */
      if (end < doc->n_tokens && doc->tokens[end].sentence == kind->sentence && tags[end] != 0 &&
          precis_ner_tag_is_begin (tags[end]) && precis_ner_tag_type (tags[end]) == PRECIS_NER_TYPE_LOC &&
          g_str_has_suffix (doc->tokens[end].lower, "s") &&
          (end + 1 >= doc->n_tokens || tags[end + 1] == 0 || precis_ner_tag_is_begin (tags[end + 1])))
        end++;
      else if (end < doc->n_tokens && doc->tokens[end].sentence == kind->sentence &&
               (tags[end] != 0 || doc->tokens[end].shape == PRECIS_SHAPE_CAPITALIZED ||
                doc->tokens[end].shape == PRECIS_SHAPE_UPPER))
        continue;
      precis_ner_tags_set_name (tags, doc->n_tokens, i, end, PRECIS_NER_TYPE_ORG);
      i = end;
    }
}
