/* ner-hyphen-places.c — a place named inside a hyphenated word.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-hyphen-places.h"
#include "ner-doc.h"
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
  const char *lower_hyphen = strrchr (t->lower, '-');
  const char *hyphen;

  /* Most tokens have no hyphen: asked first, of the lower form, before
   * the text is searched (g_strrstr_len() was ~100 instructions a token). */
  if (lower_hyphen == NULL)
    return 0;
  /* (g_strrstr_len()'s answer: the last "-" before a NUL, if any) */
  hyphen = memrchr (text, '-', strnlen (text, len));
  if (hyphen == NULL || hyphen == text ||
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

/* The first token of `doc` that ends after code point `point`. */
static guint32
token_at (const PrecisDocument *doc, guint32 point)
{
  guint32 lo = 0, hi = doc->n_tokens;

  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (doc->tokens[mid].end <= point)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Which tokens a mention of facts[`first`, len) touches (g_free): one
 * pass, so that a page of many thousand such words stays linear. */
static guint8 *
spanned_tokens (const PrecisDocument *doc, GArray *facts, guint first)
{
  guint8 *spanned = g_new0 (guint8, MAX (doc->n_tokens, 1));

  for (guint f = first; f < facts->len; f++)
    {
      GArray *mentions = g_array_index (facts, PrecisFact, f).mentions;

      for (guint k = 0; k < mentions->len; k++)
        {
          const PrecisSpan *m = &g_array_index (mentions, PrecisSpan, k);

          for (guint32 i = token_at (doc, m->start); i < doc->n_tokens && doc->tokens[i].start < m->end; i++)
            spanned[i] = 1;
        }
    }
  return spanned;
}

static gint
compare_spans (gconstpointer a, gconstpointer b)
{
  const PrecisSpan *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

void
precis_ner_add_hyphen_places (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                              const char *title_lower, const PrecisRequest *request,
                              GArray *facts, guint first)
{
  g_autofree guint8 *spanned = NULL;
  g_autoptr (GHashTable) places = NULL;   /* canonical name → fact index + 1 */
  g_autoptr (GHashTable) grown = NULL;    /* fact indexes + 1 whose mentions grew */
  GHashTableIter iter;
  gpointer key;

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
      if (spanned == NULL)
        {
          spanned = spanned_tokens (doc, facts, first);
          places = g_hash_table_new (g_str_hash, g_str_equal);
          grown = g_hash_table_new (NULL, NULL);
          for (f = first; f < facts->len; f++)
            if (g_array_index (facts, PrecisFact, f).kind == PRECIS_FACT_PLACE)
              g_hash_table_insert (places, g_array_index (facts, PrecisFact, f).value, GUINT_TO_POINTER (f + 1));
        }
      if (memchr (spanned + place_first, 1, i + 1 - place_first) != NULL)
        continue;
      span.start = doc->tokens[place_first].start;
      span.end = t->start + (guint32) g_utf8_strlen (doc->text + t->byte_start, (gssize) prefix);
      f = GPOINTER_TO_UINT (g_hash_table_lookup (places, entry->canonical));
      if (f != 0)
        {
          g_array_append_val (g_array_index (facts, PrecisFact, f - 1).mentions, span);
          g_hash_table_add (grown, GUINT_TO_POINTER (f));
        }
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
          g_hash_table_insert (places, fact.value, GUINT_TO_POINTER (facts->len));
        }
    }
  if (grown == NULL)
    return;
  /* Mentions in document order, as PrecisFact wants them. */
  g_hash_table_iter_init (&iter, grown);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_sort (g_array_index (facts, PrecisFact, GPOINTER_TO_UINT (key) - 1).mentions, compare_spans);
}
