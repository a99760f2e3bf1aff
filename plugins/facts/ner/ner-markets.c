/* ner-markets.c — stock market indices are no entity of the panel.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Market reports and their tables name indices by their own names
 * ("Tokyo Nikkei average", "Hong Kong Hang Seng index", "the FTSE 100"),
 * which the tagger reads as a company, a person, or part of the market's
 * city.  ner-works.c knows an index in prose by the noun after it ("the DAX
 * index"); these are known by their names, in tables too.  An index is a
 * miscellaneous name (CoNLL-2003 train and dev: all 26
 * Nikkei, Hang Seng, FTSE, DAX, CAC-40, AEX and All-Ordinaries tokens;
 * "Dow" 12 of 14), never a fact of the panel, and the city before it is a
 * place of its own.
 */
#include "ner-markets.h"

#include "ner-doc.h"
#include "ner-word.h"

#include <string.h>

/* Indices by their words, lower case, a space between two. */
static const char *const indices[] = {
  "nikkei", "hang seng", "ftse", "footsie", "dax", "cac-40", "cac", "all-ordinaries", "all ordinaries",
  "bovespa", "merval", "ipsa", "sensex", "kospi", "topix", "ibex", "mibtel", "aex", "bux", "px-50",
  "straits times index", NULL,
};

/* Words an index's name goes on with ("Nikkei 225 average", "Dow Jones
 * industrials"). */
static const char *const index_words[] = {
  "jones", "industrial", "industrials", "average", "index", "composite", "futures", "225", "100",
  "40", "30", "share", "stock", NULL,
};

/* Whether tokens [first, end) are a place the gazetteer knows. */
static gboolean
is_known_place (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 first, guint32 end)
{
  g_autofree char *text = precis_ner_tokens_text (doc, first, end);
  const PrecisNerGazEntry *entry = precis_ner_gazetteer_find (gazetteer, text);

  return entry != NULL && !(entry->type & PRECIS_NER_GAZ_DEMONYM);
}

/* The number of tokens of the index starting at token `i` of mention `m`,
 * 0 when none does.  "Dow" ("Dow Jones", also the company and its news
 * service) counts only after a place ("New York Dow Jones"). */
static guint
index_at (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m, guint32 i)
{
  if (i + 1 < m->end && strcmp (doc->tokens[i].lower, "dow") == 0 &&
      strcmp (doc->tokens[i + 1].lower, "jones") == 0)
    return i > m->first && is_known_place (gazetteer, doc, m->first, i) ? 2 : 0;
  for (guint k = 0; indices[k] != NULL; k++)
    {
      const char *p = indices[k];
      guint n = 0;

      /* Asked of every word of every mention: most differ at once. */
      if (p[0] != doc->tokens[i].lower[0])
        continue;
      while (i + n < m->end)
        {
          const char *lower = doc->tokens[i + n].lower;
          gsize len = strlen (lower);

          if (strncmp (p, lower, len) != 0 || (p[len] != '\0' && p[len] != ' '))
            break;
          n++;
          p += len;
          if (*p == '\0')
            return n;
          p++;
        }
    }
  return 0;
}

void
precis_ner_split_market_indices (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                 GArray *mentions)
{
  if (gazetteer == NULL)
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 j, n = 0, rest;

      for (j = m->first; j < m->end && n == 0; j++)
        n = index_at (gazetteer, doc, m, j);
      if (n == 0)
        continue;
      j--;
      for (rest = j + n; rest < m->end && precis_ner_word_in_list (index_words, doc->tokens[rest].lower); rest++)
        ;
      if (rest < m->end)
        continue;
      if (j > m->first && is_known_place (gazetteer, doc, m->first, j))
        {
          m->end = j;
          m->type = PRECIS_NER_TYPE_LOC;
        }
      else
        g_array_remove_index (mentions, k);
    }
}
