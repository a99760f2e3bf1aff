/* ner-hyphen-places.c — a place named inside a hyphenated word.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-hyphen-places.h"
#include "ner-mentions.h"
#include "ner-salience.h"
#include "ner-word.h"

#include <string.h>

/* What follows a place's name and a hyphen in a word that says where
 * something is from ("Madrid-based", "Glasgow-born", "Sydney-listed"). */
static const char *const place_suffixes[] = {
  "based", "born", "bred", "headquartered", "listed", "owned", "registered", NULL,
};

/* The byte length of the text before the last hyphen of token `i` when
 * it is capitalized and the rest one of place_suffixes; 0 otherwise. */
static gsize
prefix_length (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *text = doc->text + t->byte_start;
  gsize len = t->byte_end - t->byte_start;
  const char *hyphen = g_strrstr_len (text, (gssize) len, "-");
  const char *lower_hyphen = strrchr (t->lower, '-');

  if (hyphen == NULL || hyphen == text || lower_hyphen == NULL ||
      !g_unichar_isupper (g_utf8_get_char (text)) ||
      !precis_ner_word_in_list (place_suffixes, lower_hyphen + 1))
    return 0;
  return (gsize) (hyphen - text);
}

/* Whether tokens `a` and `b` (`a` before `b`) are one space apart. */
static gboolean
spaced_neighbours (const PrecisDocument *doc, guint32 a, guint32 b)
{
  return a + 1 == b && doc->tokens[b].byte_start == doc->tokens[a].byte_end + 1 &&
         doc->text[doc->tokens[a].byte_end] == ' ';
}

/* The gazetteer's place whose name ends at `end` (a byte offset inside
 * token `i`) and starts at token `i` or at one of the two capitalized
 * words before it, the longest first; its first token in `*first`. */
static const PrecisNerGazEntry *
find_place (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 i, guint32 end,
            guint32 *first)
{
  guint32 earliest = i;
  guint32 sentence_first = doc->sentences[doc->tokens[i].sentence].first_token;

  while (earliest > sentence_first && i - earliest < 2 &&
         doc->tokens[earliest - 1].shape == PRECIS_SHAPE_CAPITALIZED &&
         spaced_neighbours (doc, earliest - 1, earliest))
    earliest--;
  for (guint32 j = earliest; j <= i; j++)
    {
      guint32 start = doc->tokens[j].byte_start;
      g_autofree char *name = g_strndup (doc->text + start, end - start);
      const PrecisNerGazEntry *entry = precis_ner_gazetteer_find (gazetteer, name);

      /* "British-born", "Yugoslavian-born": a people's adjective names
       * no place. */
      if (entry != NULL && !(entry->type & PRECIS_NER_GAZ_DEMONYM) &&
          (entry->type & (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_SUBDIVISION | PRECIS_NER_GAZ_CITY |
                          PRECIS_NER_GAZ_CONTINENT)))
        {
          *first = j;
          return entry;
        }
    }
  return NULL;
}

/* Whether a mention of facts[`first`, len) overlaps `span`. */
static gboolean
spanned (GArray *facts, guint first, const PrecisSpan *span)
{
  for (guint f = first; f < facts->len; f++)
    {
      GArray *mentions = g_array_index (facts, PrecisFact, f).mentions;

      for (guint k = 0; k < mentions->len; k++)
        {
          const PrecisSpan *m = &g_array_index (mentions, PrecisSpan, k);

          if (m->start < span->end && span->start < m->end)
            return TRUE;
        }
    }
  return FALSE;
}

/* Puts `span` among `mentions` (PrecisSpan) in document order. */
static void
insert_span (GArray *mentions, const PrecisSpan *span)
{
  guint k = mentions->len;

  while (k > 0 && g_array_index (mentions, PrecisSpan, k - 1).start > span->start)
    k--;
  g_array_insert_val (mentions, k, *span);
}

void
precis_ner_add_hyphen_places (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                              const char *title_lower, const PrecisRequest *request,
                              GArray *facts, guint first)
{
  if (gazetteer == NULL || !precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      gsize prefix = t->shape == PRECIS_SHAPE_LOWER ? 0 : prefix_length (doc, i);
      const PrecisNerGazEntry *entry;
      guint32 place_first;
      PrecisSpan span;
      guint f;

      if (prefix == 0 || !precis_ner_sentence_has_facts (doc, t->sentence))
        continue;
      entry = find_place (gazetteer, doc, i, t->byte_start + (guint32) prefix, &place_first);
      if (entry == NULL)
        continue;
      span.start = doc->tokens[place_first].start;
      span.end = t->start + (guint32) g_utf8_strlen (doc->text + t->byte_start, (gssize) prefix);
      if (spanned (facts, first, &span))
        continue;
      for (f = first; f < facts->len; f++)
        {
          PrecisFact *fact = &g_array_index (facts, PrecisFact, f);

          if (fact->kind == PRECIS_FACT_PLACE && strcmp (fact->value, entry->canonical) == 0)
            break;
        }
      if (f < facts->len)
        insert_span (g_array_index (facts, PrecisFact, f).mentions, &span);
      else
        {
          PrecisNerMention m = { place_first, i + 1, PRECIS_NER_TYPE_LOC, t->sentence, FALSE, FALSE };
          g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (PrecisNerMention));
          PrecisNerEntity entity = { PRECIS_FACT_PLACE, (char *) entry->canonical, mentions, TRUE };
          PrecisFact fact;

          g_array_append_val (mentions, m);
          fact = (PrecisFact) { PRECIS_FACT_PLACE, g_strdup (entry->canonical),
                                precis_ner_salience (doc, title_lower, request, &entity),
                                g_array_sized_new (FALSE, FALSE, sizeof (PrecisSpan), 1) };
          g_array_append_val (fact.mentions, span);
          g_array_append_val (facts, fact);
        }
    }
}
