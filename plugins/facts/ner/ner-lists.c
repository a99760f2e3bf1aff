/* ner-lists.c — names in enumerations: line-ups and version lists.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A line-up ("Man Utd: Carroll, Gary Neville, Ferdinand, Brown, Keane")
 * lists names of one kind; the tagger, reading each surname in the poor
 * context of commas, calls some of them clubs or places.  When most of
 * the names of an enumeration are of one type, the others take it.
 *
 * A list of versions ("Windows 95, 98, ME, NT, 2000 and XP") holds bare
 * numbers among its items: its one-word capitalized items are versions of
 * a product, not places or organizations.
 */
#include "ner-lists.h"
#include "ner-doc.h"

#include <string.h>

static gboolean
is_separator (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_is (doc, i, ",") || precis_ner_token_is (doc, i, ";") ||
         precis_ner_token_is (doc, i, "and") || precis_ner_token_is (doc, i, "or") ||
         precis_ner_token_is (doc, i, "&");
}

/* What may open an item: a separator, a colon, an opening bracket. */
static gboolean
opens_item (const PrecisDocument *doc, const PrecisSentence *s, guint32 i)
{
  return i == s->first_token ||
         (i > s->first_token && (is_separator (doc, i - 1) || precis_ner_token_is (doc, i - 1, ":") ||
                                 precis_ner_token_is (doc, i - 1, "(")));
}

/* What may close one: a separator, a bracket, a full stop, the end, or a
 * number (a substitution minute: "Macken 68"). */
static gboolean
closes_item (const PrecisDocument *doc, const PrecisSentence *s, guint32 end)
{
  return end == s->first_token + s->n_tokens || is_separator (doc, end) ||
         precis_ner_token_is (doc, end, ")") || precis_ner_token_is (doc, end, ".") ||
         precis_ner_token_is (doc, end, "(") || doc->tokens[end].shape == PRECIS_SHAPE_NUMBER;
}

/* How far has_number_items() looks, in items each way: a list of
 * versions holds its numbers close ("95, 98, ME, NT, 2000 and XP"), and
 * a walk over the whole of an enumeration from each of its items made a
 * long list (a table of thousands of names in one sentence) quadratic. */
#define NUMBER_ITEMS_REACH 32

/* Whether two bare numbers are among the one-token items of the
 * enumeration around token `i` (itself a one-token item), within
 * NUMBER_ITEMS_REACH items of it. */
static gboolean
has_number_items (const PrecisDocument *doc, const PrecisSentence *s, guint32 i)
{
  guint32 first = s->first_token, end = s->first_token + s->n_tokens;
  guint numbers = 0, left = NUMBER_ITEMS_REACH, right = NUMBER_ITEMS_REACH;

  /* Leftwards: ", X" with X alone between separators. */
  for (guint32 j = i; j > first + 1 && left-- > 0 && numbers < 2;)
    {
      guint32 sep = j - 1, item;

      while (sep > first && (precis_ner_token_is (doc, sep, "and") || precis_ner_token_is (doc, sep, "or")) &&
             precis_ner_token_is (doc, sep - 1, ","))
        sep--;
      if (!is_separator (doc, sep) || sep == first)
        break;
      item = sep - 1;
      if (doc->tokens[item].shape == PRECIS_SHAPE_NUMBER)
        numbers++;
      if (item == first || !is_separator (doc, item - 1))
        break;
      j = item;
    }
  /* Rightwards. */
  for (guint32 j = i + 1; j + 1 < end && right-- > 0 && numbers < 2;)
    {
      guint32 item = j + 1;

      if (!is_separator (doc, j))
        break;
      while (item + 1 < end && (precis_ner_token_is (doc, item, "and") || precis_ner_token_is (doc, item, "or")))
        item++;
      if (doc->tokens[item].shape == PRECIS_SHAPE_NUMBER)
        numbers++;
      if (item + 1 < end && !is_separator (doc, item + 1) && !precis_ner_token_is (doc, item + 1, "."))
        break;
      j = item + 1;
    }
  return numbers >= 2;
}

/* Untagged items that are the last name of a person of the article
 * ("Rooney" after "Wayne Rooney"), by bracket group of the sentence
 * (numbered as in precis_ner_lists_apply). */
static guint *
count_known_surnames (const PrecisDocument *doc, const PrecisSentence *s, const GArray *mentions,
                      guint start, guint end, GHashTable *surnames)
{
  guint32 last = s->first_token + s->n_tokens;
  guint opened = 0, depth = 0, k = start;
  guint *known;

  for (guint32 t = s->first_token; t < last; t++)
    opened += precis_ner_token_is (doc, t, "(");
  known = g_new0 (guint, opened + 1);
  opened = 0;
  for (guint32 t = s->first_token; t < last; t++)
    {
      const PrecisToken *token = &doc->tokens[t];

      if (precis_ner_token_is (doc, t, "("))
        {
          depth++;
          opened++;
          continue;
        }
      if (precis_ner_token_is (doc, t, ")") && depth > 0)
        depth--;
      while (k < end && g_array_index (mentions, PrecisNerMention, k).end <= t)
        k++;
      if (k < end && g_array_index (mentions, PrecisNerMention, k).first <= t)
        continue; /* tagged: counted with the mentions */
      if (token->shape == PRECIS_SHAPE_CAPITALIZED && opens_item (doc, s, t) &&
          closes_item (doc, s, t + 1) && g_hash_table_contains (surnames, token->lower))
        known[depth > 0 ? opened : 0]++;
    }
  return known;
}

enum {
  IN_BRACKETS = 1 << 0,   /* "(Phil Neville 84)" */
  AFTER_LABEL = 1 << 1,   /* "Subs Not Used: Howard, Bellion", "Ref: S Bennett" */
};

/* Where each token of the line-up paragraphs stands: inside brackets;
 * in an enumeration that a label and its colon open (only names, numbers,
 * separators and brackets lie between the colon and the token).  One pass
 * a sentence: a line-up is one sentence of thousands of items in a hostile
 * or merely long table, and a scan back from each item was quadratic. */
static guint8 *
mark_item_places (const PrecisDocument *doc, const gboolean *lineups)
{
  guint8 *places = g_new0 (guint8, MAX (doc->n_tokens, 1));

  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      const PrecisSentence *s = &doc->sentences[i];
      guint depth = 0;
      gboolean labelled = FALSE;

      if (!lineups[s->paragraph])
        continue;
      for (guint32 t = s->first_token; t < s->first_token + s->n_tokens; t++)
        {
          guint8 shape = doc->tokens[t].shape;

          places[t] = (depth > 0 ? IN_BRACKETS : 0) | (labelled ? AFTER_LABEL : 0);
          if (precis_ner_token_is (doc, t, "("))
            depth++;
          else if (precis_ner_token_is (doc, t, ")") && depth > 0)
            depth--;
          if (precis_ner_token_is (doc, t, ":"))
            labelled = TRUE;
          else if (!is_separator (doc, t) && !precis_ner_token_is (doc, t, "(") && !precis_ner_token_is (doc, t, ")") &&
                   shape != PRECIS_SHAPE_CAPITALIZED && shape != PRECIS_SHAPE_UPPER &&
                   shape != PRECIS_SHAPE_MIXED && shape != PRECIS_SHAPE_NUMBER)
            labelled = FALSE;
        }
    }
  return places;
}

/* A bracket holds a substitution when it holds the minute: "(Phil Neville
 * 84)", "(65. Fritz)", "(Recoba, m.75)", "(Kaka 45')" — a word with a
 * digit between the brackets around token `t`.  Where someone is from
 * has none ("S Bennett (Kent)"). */
#define MAX_BRACKET_TOKENS 8

static gboolean
bracket_has_minute (const PrecisDocument *doc, const PrecisSentence *s, guint32 t)
{
  guint32 first = s->first_token, end = first + s->n_tokens;

  for (guint32 i = t; i < end && i < t + MAX_BRACKET_TOKENS && !precis_ner_token_is (doc, i, ")"); i++)
    if (precis_ner_token_has_digit (doc, i))
      return TRUE;
  for (guint32 i = t; i > first && i + MAX_BRACKET_TOKENS > t && !precis_ner_token_is (doc, i - 1, "(");)
    if (precis_ner_token_has_digit (doc, --i))
      return TRUE;
  return FALSE;
}

/* The short lists that go with a line-up in its paragraph: the names of a
 * substitution ("(Phil Neville 84)": a bracket that closes on the minute)
 * and of the lists a label opens ("Subs Not Used: Howard, Bellion",
 * "Booked: ...", "Ref: S Bennett") are people, too few to be voted on
 * their own.  A name in brackets without a number is where someone is from
 * ("S Bennett (Kent)", "Coetzer (South Africa)") and keeps its type. */
static void
type_lineup_tails (const PrecisDocument *doc, GArray *mentions, const gboolean *lineups,
                   const guint8 *places)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      const PrecisSentence *s = &doc->sentences[m->sentence];

      if (!lineups[s->paragraph] || !m->list_item || m->type == PRECIS_NER_TYPE_NONE)
        continue;
      /* The tagger's own unsure "person" there is one too: the list says
       * so, and the doubt rule (ner-doubt.c) is not to drop it. */
      if (places[m->first] & IN_BRACKETS ? bracket_has_minute (doc, s, m->first)
                                         : (places[m->first] & AFTER_LABEL) != 0)
        {
          m->type = PRECIS_NER_TYPE_PER;
          m->said = TRUE;
        }
    }
}

static gint
compare_first (gconstpointer a, gconstpointer b)
{
  const PrecisNerMention *x = a, *y = b;

  return x->first < y->first ? -1 : x->first > y->first;
}

/* The names of those short lists that the tagger left untagged ("Subs Not
 * Used: Rice, Todd", "(Afful 69)"): a capitalized word alone as an item,
 * in the same places as above, is a person. */
static void
add_lineup_names (const PrecisDocument *doc, GArray *mentions, const gboolean *lineups,
                  const guint8 *places)
{
  g_autofree gboolean *covered = g_new0 (gboolean, MAX (doc->n_tokens, 1));
  guint added = 0;

  for (guint k = 0; k < mentions->len; k++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      for (guint32 t = m->first; t < m->end; t++)
        covered[t] = TRUE;
    }
  for (guint32 t = 0; t < doc->n_tokens; t++)
    {
      const PrecisToken *token = &doc->tokens[t];
      const PrecisSentence *s = &doc->sentences[token->sentence];
      PrecisNerMention m = { t, t + 1, PRECIS_NER_TYPE_PER, token->sentence, TRUE };

      if (covered[t] || !lineups[s->paragraph] || token->shape != PRECIS_SHAPE_CAPITALIZED ||
          (token->flags & PRECIS_TOKEN_STOPWORD) || !precis_ner_sentence_has_facts (doc, token->sentence) ||
          !opens_item (doc, s, t) || !closes_item (doc, s, t + 1))
        continue;
      if (places[t] & IN_BRACKETS ? bracket_has_minute (doc, s, t) : (places[t] & AFTER_LABEL) != 0)
        {
          g_array_append_val (mentions, m);
          added++;
        }
    }
  if (added > 0)
    g_array_sort (mentions, compare_first);
}

/* "and" in the languages with a fact model but English (whose lists the
 * rules above read). */
static const struct {
  const char *language, *word;
} conjunctions[] = {
  { "es", "y" }, { "es", "e" }, { "it", "e" }, { "it", "ed" }, { "pt", "e" }, { "fr", "et" },
  { "nl", "en" }, { "de", "und" },
};

static gboolean
is_conjunction (const PrecisDocument *doc, guint32 i)
{
  for (guint k = 0; k < G_N_ELEMENTS (conjunctions); k++)
    if (strcmp (doc->language, conjunctions[k].language) == 0 && precis_ner_token_is (doc, i, conjunctions[k].word))
      return TRUE;
  return FALSE;
}

/* "en Barcelona y Valencia", "in Rotterdam en Amsterdam": two names joined
 * by "and", the second without an article of its own, stand in one
 * construction, so are of one kind; the tagger, reading the second alone,
 * makes a club of a town.  A place and an organization so joined take
 * the first's type, the one the preposition before them governs.  Only a
 * second name of one word: one of more names itself ("zwischen Glasgow
 * Rangers und Celtic Glasgow", the first read as a place). */
static void
match_coordinated (const PrecisDocument *doc, GArray *mentions)
{
  if (doc->language == NULL)
    return;
  for (guint k = 1; k < mentions->len; k++)
    {
      const PrecisNerMention *a = &g_array_index (mentions, PrecisNerMention, k - 1);
      PrecisNerMention *b = &g_array_index (mentions, PrecisNerMention, k);

      if (a->end + 1 == b->first && a->sentence == b->sentence && a->type != b->type &&
          (a->type == PRECIS_NER_TYPE_LOC || a->type == PRECIS_NER_TYPE_ORG) &&
          (b->type == PRECIS_NER_TYPE_LOC || b->type == PRECIS_NER_TYPE_ORG) && b->end - b->first == 1 &&
          is_conjunction (doc, a->end))
        b->type = a->type;
    }
}

/* A group's counts (vote_groups). */
typedef struct {
  guint items;
  guint people;                      /* last names of people named in full */
  guint votes[PRECIS_NER_N_TYPES];
  PrecisNerType best;                /* the type its items take; NONE (never voted for) when none */
  gboolean present;
} GroupVotes;

/* Each bracket group of the sentence's mentions `start`..`end` (numbered
 * in `group`, `n_groups` of them, `known` its untagged known surnames) is
 * one enumeration, voted on once: its items take the type of three in
 * five of them; a line-up takes people when half are people and two at
 * least are people the article names in full.  One pass to count and one
 * to type: a line of a table holds thousands of bracketed items, and a
 * scan of the rest of the sentence for each group made it quadratic. */
static void
vote_groups (const PrecisDocument *doc, const PrecisSentence *s, GArray *mentions, guint start,
             guint end, const guint *group, guint n_groups, const guint *known, GHashTable *surnames,
             gboolean *lineups)
{
  /* One allocation a sentence for all of a group's counts. */
  g_autofree GroupVotes *groups = g_new0 (GroupVotes, n_groups);

  for (guint k = start; k < end; k++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint g = group[k - start];

      groups[g].present = TRUE;
      if (!m->list_item)
        continue;
      groups[g].items++;
      /* "Rooney" in a line-up of an article that names Wayne Rooney is a
       * person, whatever the tagger read. */
      if (m->end - m->first == 1 && g_hash_table_contains (surnames, doc->tokens[m->first].lower))
        {
          groups[g].votes[PRECIS_NER_TYPE_PER]++;
          groups[g].people++;
        }
      else
        groups[g].votes[m->type]++;
    }
  for (guint g = 0; g < n_groups; g++)
    {
      guint *v = groups[g].votes;
      guint n = groups[g].items + known[g];
      PrecisNerType type = PRECIS_NER_TYPE_PER;

      v[PRECIS_NER_TYPE_PER] += known[g];
      for (guint t = PRECIS_NER_TYPE_PER; t < PRECIS_NER_N_TYPES; t++)
        if (v[t] > v[type])
          type = t;
      if (!groups[g].present || n < 4 || (v[type] * 5 < n * 3 &&
                    !(type == PRECIS_NER_TYPE_PER && v[type] * 2 >= n && groups[g].people + known[g] >= 2)))
        continue;
      groups[g].best = type;
      /* A line-up of the paragraph, outside brackets: those in brackets
       * are a side's scorers beside its score ("Surrey 429-7 (C. Lewis 80,
       * M. Butcher 70 ...)"), among teams. */
      if (type == PRECIS_NER_TYPE_PER && g == 0)
        lineups[s->paragraph] = TRUE;
    }
  for (guint k = start; k < end; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      PrecisNerType type = groups[group[k - start]].best;

      if (type != PRECIS_NER_TYPE_NONE && m->list_item && m->type != PRECIS_NER_TYPE_NONE)
        {
          m->type = type;
          /* A line-up's player, whom the tagger may have read unsure. */
          m->said = m->said || (type == PRECIS_NER_TYPE_PER && group[k - start] == 0 && lineups[s->paragraph]);
        }
    }
}

/* The labels of a line-up's short lists, each its own line on a web page
 * ("Subs: Marshall, Henchoz, Maloney.", "Booked: Fowler."). */
static const char *const lineup_labels[] = {
  "subs", "substitutes", "booked", "sent", "goals", "scorers", "ref", "referee", NULL,
};

/* A paragraph after a line-up's that opens with such a label and its
 * colon ("Subs Not Used:") holds that line-up's short lists, too few
 * names to be voted on their own: it is the line-up's (BBC dev
 * bbc-sport-146: the substitutes' lines of both sides). */
static void
mark_label_paragraphs (const PrecisDocument *doc, gboolean *lineups)
{
  gboolean after_lineup = FALSE;

  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      const PrecisSentence *s = &doc->sentences[i];
      guint32 end = s->first_token + s->n_tokens;

      if (lineups[s->paragraph])
        {
          after_lineup = TRUE;
          continue;
        }
      if (!after_lineup || (i > 0 && doc->sentences[i - 1].paragraph == s->paragraph) ||
          doc->tokens[s->first_token].shape != PRECIS_SHAPE_CAPITALIZED ||
          !precis_ner_word_in_list (lineup_labels, doc->tokens[s->first_token].lower))
        continue;
      for (guint32 t = s->first_token + 1; t < end && t < s->first_token + 4; t++)
        if (precis_ner_token_is (doc, t, ":"))
          {
            lineups[s->paragraph] = TRUE;
            break;
          }
    }
}

void
precis_ner_lists_apply (const PrecisDocument *doc, GArray *mentions)
{
  g_autoptr (GHashTable) surnames = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree gboolean *lineups = g_new0 (gboolean, MAX (doc->n_paragraphs, 1));
  /* Each sentence's mentions' bracket groups (written before read): one
   * allocation for all of them, not one a sentence. */
  g_autofree guint *group = g_new (guint, MAX (mentions->len, 1));
  guint start = 0;

  /* The last names of the people named in full. */
  for (guint k = 0; k < mentions->len; k++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (m->type == PRECIS_NER_TYPE_PER && m->end - m->first >= 2)
        g_hash_table_add (surnames, (gpointer) doc->tokens[m->end - 1].lower);
    }

  while (start < mentions->len)
    {
      guint32 sentence = g_array_index (mentions, PrecisNerMention, start).sentence;
      const PrecisSentence *s = &doc->sentences[sentence];
      guint end = start;
      g_autofree guint *known = NULL;
      guint32 token = s->first_token;
      guint depth = 0, opened = 0;

      while (end < mentions->len && g_array_index (mentions, PrecisNerMention, end).sentence == sentence)
        end++;
      known = count_known_surnames (doc, s, mentions, start, end, surnames);
      /* The items inside each pair of brackets are an enumeration of
       * their own: "Warwickshire 195 (J. Benjamin 4-17, M. Bicknell 4-38),
       * Surrey 468", "London (The Oval): ...". */
      for (guint k = start; k < end; k++)
        {
          PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

          for (; token < m->first; token++)
            if (precis_ner_token_is (doc, token, "("))
              {
                depth++;
                opened++;
              }
            else if (precis_ner_token_is (doc, token, ")") && depth > 0)
              depth--;
          group[k - start] = depth > 0 ? opened : 0;
          m->list_item = opens_item (doc, s, m->first) && closes_item (doc, s, m->end);
          /* A version among bare numbers; the last item ("... 2000 and XP
           * could be") runs into the rest of the sentence. */
          if ((m->list_item || (m->first > s->first_token && (precis_ner_token_is (doc, m->first - 1, "and") ||
                                                               precis_ner_token_is (doc, m->first - 1, "or")))) &&
              m->end - m->first == 1 && has_number_items (doc, s, m->first))
            m->type = PRECIS_NER_TYPE_NONE;
        }
      vote_groups (doc, s, mentions, start, end, group, opened + 1, known, surnames, lineups);
      start = end;
    }
  match_coordinated (doc, mentions);
  mark_label_paragraphs (doc, lineups);
  for (guint p = 0; p < doc->n_paragraphs; p++)
    if (lineups[p])
      {
        g_autofree guint8 *places = mark_item_places (doc, lineups);

        type_lineup_tails (doc, mentions, lineups, places);
        add_lineup_names (doc, mentions, lineups, places);
        break;
      }
  /* Versions are no mentions. */
  for (guint k = mentions->len; k-- > 0;)
    if (g_array_index (mentions, PrecisNerMention, k).type == PRECIS_NER_TYPE_NONE)
      g_array_remove_index (mentions, k);
}
