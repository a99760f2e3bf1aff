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

#include "ner-mentions.h"
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
  for (guint k = 0; whole_kinds[k] != NULL; k++)
    if (strcmp (stem, whole_kinds[k]) == 0)
      return TRUE;
  for (guint k = 0; kinds[k] != NULL; k++)
    if (g_str_has_suffix (stem, kinds[k]))
      return TRUE;
  return FALSE;
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

          for (guint j = 0; no_councils[j] != NULL; j++)
            if (g_str_has_suffix (rest, no_councils[j]))
              return FALSE;
          for (guint j = 0; organ_kinds[j] != NULL; j++)
            if (g_str_has_suffix (rest, organ_kinds[j]))
              return TRUE;
          return FALSE;
        }
    }
  return FALSE;
}

/* Whether token `i`, tagged, is a name of its own word alone. */
static gboolean
is_lone_name (const PrecisDocument *doc, const guint8 *tags, guint32 i)
{
  return precis_ner_tag_is_begin (tags[i]) &&
         (i + 1 >= doc->n_tokens || tags[i + 1] == 0 || precis_ner_tag_is_begin (tags[i + 1]));
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
      if (tags[i] != 0 && !is_lone_name (doc, tags, i))
        continue;
      tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
    }
}
