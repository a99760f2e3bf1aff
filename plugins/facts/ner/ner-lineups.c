/* ner-lineups.c — the line-ups and scorers of football reports.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-lineups.h"
#include "ner-doc.h"
#include "ner-tags.h"

/* A line-up has eleven players and their substitutes; fewer items are
 * some other list ("Bayern - Dortmund, Schalke - Köln"). */
#define MIN_PLAYERS 9

static gboolean
is_particle_before_name (const PrecisDocument *doc, guint32 i, guint32 end)
{
  return i + 1 < end && doc->tokens[i + 1].shape == PRECIS_SHAPE_CAPITALIZED &&
         doc->tokens[i].shape == PRECIS_SHAPE_LOWER && precis_ner_is_name_particle (doc->tokens[i].lower);
}

static gboolean
is_name_word (const PrecisDocument *doc, guint32 i)
{
  guint8 shape = doc->tokens[i].shape;

  return shape == PRECIS_SHAPE_CAPITALIZED || shape == PRECIS_SHAPE_MIXED;
}

static gboolean
is_line_break (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_is_dash (doc, i) || precis_ner_token_is (doc, i, ";");
}

/* A substitution's minute: "65.", "m.59", "59'", "min.59" (a word with a
 * digit in it). */
static gboolean
is_minute (const PrecisDocument *doc, guint32 i)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_NUMBER || precis_ner_token_has_digit (doc, i);
}

/* A label ends at the last colon of a sentence's first tokens ("Eintracht:",
 * "Alineaciones: 1 - Parma:", "Juventus (4-3-3):"). */
#define MAX_LABEL_TOKENS 8

/* Whether sentence `s` is a line-up, and at which token its players start
 * (`*start`): after an optional label and its colon, nothing but names,
 * the lines of the formation separated by dashes (German reports: "Metz -
 * Neustädter (65. Fritz), Schütterle") or semicolons (Spanish, Italian,
 * English and French ones: "Buffon; Thuram, Cannavaro (Stanic, m.59)"),
 * the players of a line by commas, substitutions in brackets with their
 * minute; at least two line breaks and MIN_PLAYERS names. */
static gboolean
is_lineup (const PrecisDocument *doc, const PrecisSentence *s, guint32 *start_out)
{
  guint32 first = s->first_token, end = first + s->n_tokens, start = first;
  guint breaks = 0, names = 0;
  gboolean in_name = FALSE, in_brackets = FALSE;

  if (end > first && precis_ner_token_is (doc, end - 1, "."))
    end--;
  for (guint32 i = first; i < end && i < first + MAX_LABEL_TOKENS; i++)
    if (precis_ner_token_is (doc, i, ":"))
      start = i + 1;
  for (guint32 i = start; i < end; i++)
    {
      gboolean name = is_name_word (doc, i) || is_particle_before_name (doc, i, end);

      if (precis_ner_token_is (doc, i, "(") || precis_ner_token_is (doc, i, ")"))
        {
          if (in_brackets == precis_ner_token_is (doc, i, "("))
            return FALSE;
          in_brackets = !in_brackets;
        }
      else if (in_brackets)
        {
          /* The substitute and the minute he came on ("65.", "m.59"), or
           * where a player is from. */
          if (!name && !is_minute (doc, i) && doc->tokens[i].shape != PRECIS_SHAPE_UPPER &&
              !precis_ner_token_is (doc, i, ".") && !precis_ner_token_is (doc, i, "/") &&
              !precis_ner_token_is (doc, i, ","))
            return FALSE;
        }
      else if (is_line_break (doc, i))
        breaks++;
      else if (!name && !precis_ner_token_is (doc, i, ","))
        return FALSE;
      names += name && !in_name && !in_brackets;
      in_name = name;
    }
  *start_out = start;
  return !in_brackets && breaks >= 2 && names >= MIN_PLAYERS;
}

/* Tags as one person each run of name words from `i` on; returns its end.
 * A player named by one word goes into `players` (his lower case). */
static guint32
tag_player (const PrecisDocument *doc, guint32 i, guint32 end, guint8 *tags, GHashTable *players)
{
  guint32 first = i;

  while (i < end && (is_name_word (doc, i) || is_particle_before_name (doc, i, end)))
    {
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_PER, i == first);
      i++;
    }
  if (i == first + 1)
    g_hash_table_add (players, (gpointer) doc->tokens[first].lower);
  return i;
}

static void
tag_lineup (const PrecisDocument *doc, const PrecisSentence *s, guint32 start, guint8 *tags, GHashTable *players)
{
  guint32 end = s->first_token + s->n_tokens;

  /* Whatever the tagger read in it: the players are all there is. */
  for (guint32 i = start; i < end; i++)
    tags[i] = 0;
  for (guint32 i = start; i < end;)
    {
      if (precis_ner_token_is (doc, i, "("))
        {
          /* A substitute goes with his minute ("65. Fritz", "Stanic,
           * m.59"); a name alone in brackets is a place or a country,
           * left to the tagger. */
          gboolean minute = FALSE;

          for (guint32 k = i + 1; k < end && !precis_ner_token_is (doc, k, ")") && !minute; k++)
            minute = is_minute (doc, k);
          for (i++; i < end && !precis_ner_token_is (doc, i, ")");)
            i = minute && is_name_word (doc, i) ? tag_player (doc, i, end, tags, players) : i + 1;
        }
      else if (is_name_word (doc, i) || is_particle_before_name (doc, i, end))
        i = tag_player (doc, i, end, tags, players);
      else
        i++;
    }
}

/* "1:0 Herzberger (40.)": the name after a score and before the minute in
 * brackets scored the goal. */
static void
tag_scorers (const PrecisDocument *doc, const PrecisSentence *s, guint8 *tags, GHashTable *players)
{
  guint32 first = s->first_token, end = first + s->n_tokens;

  for (guint32 i = first; i + 3 < end; i++)
    {
      guint32 name = i + 1, after = name;

      if (!precis_ner_token_is_colon_score (doc, i))
        continue;
      while (after < end && after - name < 3 && (is_name_word (doc, after) || is_particle_before_name (doc, after, end)))
        after++;
      if (after == name || after + 1 >= end || !precis_ner_token_is (doc, after, "(") ||
          doc->tokens[after + 1].shape != PRECIS_SHAPE_NUMBER)
        continue;
      tag_player (doc, name, after, tags, players);
    }
}

/* "Besonders wurde dies beim Tor durch Labbadia (21. Minute) deutlich",
 * the line-up's "Scholl - Labbadia, Wohlfarth": a surname the tagger
 * reads as a place in the report's prose, where the grouping would then
 * outvote the line-up (ner-entities.c), is the player the report lists.
 * Only a one-word name the tagger read as something else is retyped: a
 * word it left alone may be the noun a player's name also is ("Ziege"). */
static void
type_players (const PrecisDocument *doc, GHashTable *players, guint8 *tags)
{
  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (precis_ner_tags_one_word_name (tags, doc->n_tokens, i) &&
        precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_PER && is_name_word (doc, i) &&
        g_hash_table_contains (players, doc->tokens[i].lower))
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_PER, TRUE);
}

void
precis_ner_tag_lineups (const PrecisDocument *doc, guint8 *tags)
{
  g_autoptr (GHashTable) players = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint32 k = 0; k < doc->n_sentences; k++)
    {
      const PrecisSentence *s = &doc->sentences[k];
      guint32 start;

      if (is_lineup (doc, s, &start))
        tag_lineup (doc, s, start, tags, players);
      tag_scorers (doc, s, tags, players);
    }
  if (g_hash_table_size (players) > 0)
    type_players (doc, players, tags);
}
