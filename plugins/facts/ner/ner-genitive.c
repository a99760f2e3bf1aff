/* ner-genitive.c — German names in the genitive ("Israels", "Rabins").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-genitive.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

typedef struct {
  guint votes[PRECIS_NER_N_TYPES];
} TypeVotes;

static void
vote (GHashTable *names, const char *lower, PrecisNerType type)
{
  TypeVotes *v = g_hash_table_lookup (names, lower);

  if (v == NULL)
    {
      v = g_new0 (TypeVotes, 1);
      g_hash_table_insert (names, (gpointer) lower, v);
    }
  v->votes[type]++;
}

/* The types the tagger gave the document's names written as one word: a
 * one-word mention, or a person's last word ("Jitzhak Rabin" → "rabin"). */
static GHashTable *
bare_names (const PrecisDocument *doc, const guint8 *tags)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      PrecisNerType type = precis_ner_tag_type (tags[i]);
      gboolean first = precis_ner_tag_is_begin (tags[i]) || i == 0 || tags[i - 1] == 0 ||
                       doc->tokens[i - 1].sentence != doc->tokens[i].sentence;
      gboolean last = i + 1 == doc->n_tokens || precis_ner_tag_is_begin (tags[i + 1]) ||
                      precis_ner_tag_type (tags[i + 1]) != type ||
                      doc->tokens[i + 1].sentence != doc->tokens[i].sentence;

      if (type != PRECIS_NER_TYPE_NONE && last && (first || type == PRECIS_NER_TYPE_PER))
        vote (names, doc->tokens[i].lower, type);
    }
  return names;
}

static PrecisNerType
majority (const TypeVotes *v)
{
  PrecisNerType best = PRECIS_NER_TYPE_NONE;

  for (guint t = PRECIS_NER_TYPE_PER; t < PRECIS_NER_N_TYPES; t++)
    if (v->votes[t] > v->votes[best])
      best = (PrecisNerType) t;
  return best;
}

/* Which of `gazetteer`'s lists of people's names holds `lower` (a
 * lower-case word of `len` bytes). */
typedef enum { LISTED_NONE, LISTED_GIVEN, LISTED_SURNAME } Listed;

static Listed
listed_name (const PrecisNerGazetteer *gazetteer, const char *lower, gsize len)
{
  if (precis_ner_gazetteer_is_surname_hash (gazetteer, precis_ner_gazetteer_token_hash (lower, len)))
    return LISTED_SURNAME;
  return precis_ner_gazetteer_is_given_name (gazetteer, lower) ? LISTED_GIVEN : LISTED_NONE;
}

static gboolean
same_sentence (const PrecisDocument *doc, guint32 a, guint32 b)
{
  return doc->tokens[a].sentence == doc->tokens[b].sentence;
}

/* The words that open a noun phrase in the genitive with -s: a name in
 * the genitive takes none ("Luthers Thesen", "des Richters Urteil"). */
static const char *const genitive_articles[] = {
  "des", "eines", "keines", "meines", "deines", "seines", "ihres", "unseres", "eures", "dieses",
  "jenes", "jedes", "manches", "welches", NULL,
};

/* Token `i` ends a noun phrase opened by one of genitive_articles, with
 * at most two words in lower case (adjectives) between: "des alten
 * Richters". */
static gboolean
after_genitive_article (const PrecisDocument *doc, guint32 i)
{
  for (guint32 k = i, n = 0; k > 0 && n <= 2 && same_sentence (doc, k - 1, i); k--, n++)
    {
      const PrecisToken *t = &doc->tokens[k - 1];

      if (t->shape != PRECIS_SHAPE_LOWER)
        return FALSE;
      for (guint a = 0; genitive_articles[a] != NULL; a++)
        if (strcmp (t->lower, genitive_articles[a]) == 0)
          return TRUE;
    }
  return FALSE;
}

/* `stem` + s (the token `t`) is a person's name in the genitive by the
 * gazetteer's lists of names ("Luthers", "Wulffs"), where the document
 * names the person only so: a stem the lists name, a word they do not
 * ("Hans" is a name of its own), and neither a word the language writes
 * in lower case or as a noun ("Jungs": boys), nor after an article ("des
 * Richters": the judge's).  Which list named the stem, or LISTED_NONE. */
static Listed
listed_genitive (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                 PrecisNerLowerWords *lower_words, guint32 i, const char *stem, gsize len)
{
  const PrecisToken *t = &doc->tokens[i];

  if (gazetteer == NULL || listed_name (gazetteer, t->lower, len) != LISTED_NONE ||
      after_genitive_article (doc, i) ||
      (lower_words != NULL && (precis_ner_lower_words_in_language_or_nouns (lower_words, t->lower, len) ||
                               precis_ner_lower_words_in_language_or_nouns (lower_words, stem, len - 1))))
    return LISTED_NONE;
  return listed_name (gazetteer, stem, len - 1);
}

/* The type of token `i` read as the genitive of a name, or NONE: a
 * capitalized word of five letters or more ending in -s whose stem is one
 * of `names`, a place of `gazetteer` (`from_gazetteer`) or a person's
 * name of its lists (`listed`). */
static PrecisNerType
genitive_type (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
               PrecisNerLowerWords *lower_words, GHashTable *names, guint32 i,
               gboolean *from_gazetteer, Listed *listed)
{
  const PrecisToken *t = &doc->tokens[i];
  gsize len = strlen (t->lower);
  g_autofree char *stem = NULL;
  const TypeVotes *v;
  const PrecisNerGazEntry *entry;

  *from_gazetteer = FALSE;
  *listed = LISTED_NONE;
  if (t->shape != PRECIS_SHAPE_CAPITALIZED || len < 5 || t->lower[len - 1] != 's' ||
      t->lower[len - 2] == 's')
    return PRECIS_NER_TYPE_NONE;
  stem = g_strndup (t->lower, len - 1);
  v = g_hash_table_lookup (names, stem);
  if (v != NULL)
    return majority (v);
  entry = gazetteer != NULL ? precis_ner_gazetteer_find (gazetteer, stem) : NULL;
  if (entry == NULL || entry->type == PRECIS_NER_GAZ_DEMONYM)
    {
      *listed = listed_genitive (doc, gazetteer, lower_words, i, stem, len);
      return *listed != LISTED_NONE ? PRECIS_NER_TYPE_PER : PRECIS_NER_TYPE_NONE;
    }
  *from_gazetteer = TRUE;
  return PRECIS_NER_TYPE_LOC;
}

void
precis_ner_tag_genitives (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                          PrecisNerLowerWords *lower_words, guint8 *tags)
{
  g_autoptr (GHashTable) names = NULL;

  if (!precis_ner_reads_as_german (doc))
    return;
  names = bare_names (doc, tags);
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      gboolean from_gazetteer;
      Listed listed;
      PrecisNerType type = genitive_type (doc, gazetteer, lower_words, names, i, &from_gazetteer, &listed);
      PrecisNerType tagged = precis_ner_tag_type (tags[i]);
      gboolean starts = tagged == PRECIS_NER_TYPE_NONE || precis_ner_tag_is_begin (tags[i]) || i == 0 ||
                        !same_sentence (doc, i - 1, i) || precis_ner_tag_type (tags[i - 1]) != tagged;
      guint32 end = i + 1;

      if (type == PRECIS_NER_TYPE_NONE || type == PRECIS_NER_TYPE_MISC)
        continue;
      /* The lists only name what the tagger left, it read the context; a
       * surname's also ends a person the tagger ran into the noun the name
       * governs ("Luthers Thesen"): a given name may end in -s ("Nikolas"). */
      if (listed != LISTED_NONE && tagged != PRECIS_NER_TYPE_NONE &&
          !(listed == LISTED_SURNAME && tagged == PRECIS_NER_TYPE_PER && starts))
        continue;
      /* The noun the name governs is none of it: "Rabins Koalition". */
      while (tagged != PRECIS_NER_TYPE_NONE && end < doc->n_tokens && same_sentence (doc, i, end) &&
             !precis_ner_tag_is_begin (tags[end]) && precis_ner_tag_type (tags[end]) == tagged)
        end++;
      if (end == i + 2)
        tags[i + 1] = 0;
      else if (end > i + 2)
        tags[i + 1] = (guint8) precis_ner_tag_make (tagged, TRUE);
      if (!starts)
        continue;
      /* A place's genitive the tagger read as a person is the place; an
       * organization ("Schalkes", a club; "Bonns", its government) stays. */
      if (tagged == PRECIS_NER_TYPE_NONE || !from_gazetteer || tagged == PRECIS_NER_TYPE_PER)
        {
          /* A first name before it makes one person: "Jitzhak Rabins". */
          gboolean joins = tagged == PRECIS_NER_TYPE_NONE && i > 0 && same_sentence (doc, i - 1, i) &&
                           precis_ner_tag_type (tags[i - 1]) == type;

          tags[i] = (guint8) precis_ner_tag_make (type, !joins);
        }
    }
}
