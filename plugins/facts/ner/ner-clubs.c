/* ner-clubs.c — the parts of a sports club's name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-clubs.h"

#include "ner-hash.h"
#include "ner-wire.h"

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
      if (t->shape != PRECIS_SHAPE_CAPITALIZED || strlen (t->lower) < 4 || precis_ner_is_town_word (doc, gaz, i) ||
          is_town_adjective (doc, i) || precis_ner_lower_words_in_language (lower_words, t->lower, strlen (t->lower)))
        continue;
      /* Two such words: no one of them is the short name. */
      if (found != G_MAXUINT32)
        return G_MAXUINT32;
      found = i;
    }
  /* "SG Rodheim": a kind and one word, a village too small for the
   * gazetteer; the club's short name is no word of its own. */
  if (!club || found == end - 1)
    return G_MAXUINT32;
  return found;
}
