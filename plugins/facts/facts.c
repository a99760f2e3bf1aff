/* facts.c — the `facts` plugin: actors, places and dates of an article.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * People, organizations and places come from the statistical tagger
 * (ner-*), grouped into entities; dates from the time-expression rules
 * (timex-*).  Every fact carries the spans of its mentions.
 *
 * The tagger is the document's language's (data/models/ner-LANGUAGE.model).
 * English's is loaded with the plugin; another language's on its first
 * document, so that memory holds only the models of the languages seen.
 * A language without a model gets no person, organization or place facts:
 * the English model's guesses on German are wrong more often than right.
 * A results table is the exception: its language is its names', and the
 * default model reads a table of names as it reads an undetermined one.
 */
#include <precis/precis-plugin.h>
#include <stdlib.h>
#include <string.h>

#include "ner-doubt.h"
#include "ner-entities.h"
#include "ner-hyphen-places.h"
#include "ner-salience.h"
#include "timex.h"
#include "ner-mentions.h"
#include "ner-lower-words.h"

typedef struct {
  char *data_dir;
  GMutex lock;          /* guards `taggers` */
  GHashTable *taggers;  /* language → PrecisNerTagger, NULL when it has none */
  PrecisTimexRules *timex;
} FactsState;

static void
tagger_free (gpointer tagger)
{
  precis_ner_tagger_free (tagger);
}

/* An ISO 639 code: two or three lower-case letters.  Anything else (a
 * client's option) must not reach the model's file name. */
static gboolean
is_language_code (const char *language)
{
  gsize n = strlen (language);

  if (n < 2 || n > 3)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (language[i] < 'a' || language[i] > 'z')
      return FALSE;
  return TRUE;
}

/* The tagger of `language`, loaded on first use; NULL when it has no
 * model.  A tagger, once loaded, stays until the plugin is unloaded, so
 * the pointer is valid without the lock. */
static const PrecisNerTagger *
facts_tagger (FactsState *state, const char *language)
{
  PrecisNerTagger *tagger;
  gpointer found;

  if (!is_language_code (language))
    return NULL;
  g_mutex_lock (&state->lock);
  if (!g_hash_table_lookup_extended (state->taggers, language, NULL, &found))
    {
      g_autoptr (GError) error = NULL;

      found = precis_ner_tagger_new_for_language (state->data_dir, language, &error);
      if (found == NULL && !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_warning ("facts: no %s tagger: %s", language, error->message);
      g_hash_table_insert (state->taggers, g_strdup (language), found);
    }
  tagger = found;
  g_mutex_unlock (&state->lock);
  return tagger;
}

static void
facts_unload (gpointer data)
{
  FactsState *state = data;

  if (state == NULL)
    return;
  g_clear_pointer (&state->taggers, g_hash_table_unref);
  g_clear_pointer (&state->timex, precis_timex_rules_free);
  g_mutex_clear (&state->lock);
  g_free (state->data_dir);
  g_free (state);
}

static gboolean
facts_load (const char *data_dir, gpointer *out, GError **error)
{
  FactsState *state = g_new0 (FactsState, 1);

  if (data_dir == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "facts: no data directory for the NER model");
      g_free (state);
      return FALSE;
    }
  g_autoptr (GError) local = NULL;
  PrecisNerTagger *english;

  g_mutex_init (&state->lock);
  state->data_dir = g_strdup (data_dir);
  state->taggers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, tagger_free);
  /* English's model is loaded now, so that a broken one fails the load;
   * a build without it (-Dner_models, for its data's terms) still gives
   * dates, as any language without a model does. */
  english = precis_ner_tagger_new (data_dir, &local);
  if (english == NULL && !g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      facts_unload (state);
      return FALSE;
    }
  g_hash_table_insert (state->taggers, g_strdup ("en"), english);
  state->timex = precis_timex_rules_new (error);
  if (state->timex == NULL)
    {
      facts_unload (state);
      return FALSE;
    }
  *out = state;
  return TRUE;
}

static gint
compare_salience (gconstpointer a, gconstpointer b)
{
  const PrecisFact *x = a, *y = b;
  guint32 fx = x->mentions->len ? g_array_index (x->mentions, PrecisSpan, 0).start : 0;
  guint32 fy = y->mentions->len ? g_array_index (y->mentions, PrecisSpan, 0).start : 0;

  if (x->salience != y->salience)
    return x->salience > y->salience ? -1 : 1;
  if (fx != fy)
    return fx < fy ? -1 : 1;
  return (gint) x->kind - (gint) y->kind;
}

/* The mentions of the dates of facts[first, len), by start, each with the
 * furthest end of those starting at or before it: whether a span lies in
 * one is then a binary search, not a scan of every date for every name
 * (a long list of names and dates made the scan quadratic). */
typedef struct {
  guint32 start, reach;
} DateReach;

static gint
date_reach_compare (gconstpointer a, gconstpointer b)
{
  guint32 x = ((const DateReach *) a)->start, y = ((const DateReach *) b)->start;

  return x < y ? -1 : x > y;
}

static GArray *
date_reaches_new (const GArray *facts, guint first)
{
  GArray *reaches = g_array_new (FALSE, FALSE, sizeof (DateReach));

  for (guint i = first; i < facts->len; i++)
    {
      const PrecisFact *date = &g_array_index (facts, PrecisFact, i);

      if (date->kind != PRECIS_FACT_DATE)
        continue;
      for (guint k = 0; k < date->mentions->len; k++)
        {
          const PrecisSpan *d = &g_array_index (date->mentions, PrecisSpan, k);
          DateReach r = { d->start, d->end };

          g_array_append_val (reaches, r);
        }
    }
  g_array_sort (reaches, date_reach_compare);
  for (guint i = 1; i < reaches->len; i++)
    {
      DateReach *r = &g_array_index (reaches, DateReach, i);

      r->reach = MAX (r->reach, g_array_index (reaches, DateReach, i - 1).reach);
    }
  return reaches;
}

/* Whether `span` lies within one of the date mentions of `reaches`. */
static gboolean
in_date (const GArray *reaches, const PrecisSpan *span)
{
  guint lo = 0, hi = reaches->len;

  /* The last mention starting at or before the span. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (reaches, DateReach, mid).start <= span->start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 && g_array_index (reaches, DateReach, lo - 1).reach >= span->end;
}

/* Appends the people, organizations and places of `doc` to `facts`, but
 * for a name most mentions of which (all, of one or two) are words of the
 * dates facts[first_date, len) ("am 23. August": the tagger reads
 * "August" inside a sentence as a person; "Christmas" twice a date and
 * once "the spirit of Christmas", all three read as a person), and for
 * an English name every mention of which is a day's name, dated or not
 * ("Good Friday, Easter Saturday and Easter Monday", "a Christmas
 * present", "a New Years Eve party"; precis_ner_is_calendar_name()). */
static gboolean
add_entity_facts (const PrecisNerTagger *tagger, const PrecisDocument *doc,
                  const PrecisRequest *request, GArray *facts, guint first_date, float doubt)
{
  GCancellable *cancellable = request ? request->cancellable : NULL;
  PrecisNerLowerWords lower_words;
  g_autoptr (GArray) mentions = NULL;
  g_autoptr (GPtrArray) entities = NULL;
  g_autoptr (GArray) dates = NULL;
  g_autofree char *title_lower = NULL;
  PrecisNerReading reading = { NULL, NULL };
  gboolean english = precis_ner_reads_as_english (doc);

  precis_ner_lower_words_init (&lower_words, doc);
  precis_ner_lower_words_set_language (&lower_words, precis_ner_tagger_lower_words (tagger));
  precis_ner_lower_words_set_nouns (&lower_words, precis_ner_tagger_noun_words (tagger));
  precis_ner_lower_words_set_gazetteer (&lower_words, precis_ner_tagger_gazetteer (tagger));
  mentions = doubt > 0 ? precis_ner_mentions_find_measured (tagger, doc, &lower_words, &reading, cancellable)
                       : precis_ner_mentions_find (tagger, doc, &lower_words, cancellable);
  if (mentions == NULL)
    {
      precis_ner_lower_words_clear (&lower_words);
      precis_ner_reading_clear (&reading);
      return FALSE;
    }
  dates = date_reaches_new (facts, first_date);
  entities = precis_ner_entities_group (doc, precis_ner_tagger_gazetteer (tagger), mentions, &lower_words);
  precis_ner_lower_words_clear (&lower_words);
  if (doc->title != NULL)
    title_lower = precis_ner_utf8_strdown (doc->title, -1);
  for (guint i = 0; i < entities->len; i++)
    {
      const PrecisNerEntity *e = entities->pdata[i];
      PrecisFact fact;
      guint in_dates = 0, in_day_names = 0;

      if (doubt > 0 && precis_ner_entity_is_doubtful (doc, precis_ner_tagger_gazetteer (tagger), e, &reading, doubt))
        continue;
      fact = (PrecisFact) { e->kind, g_strdup (e->value), precis_ner_salience (doc, title_lower, request, e),
                          g_array_sized_new (FALSE, FALSE, sizeof (PrecisSpan), e->mentions->len) };

      for (guint k = 0; k < e->mentions->len; k++)
        {
          const PrecisNerMention *m = &g_array_index (e->mentions, PrecisNerMention, k);
          PrecisSpan span = { doc->tokens[m->first].start, doc->tokens[m->end - 1].end };

          g_array_append_val (fact.mentions, span);
          in_dates += in_date (dates, &span);
          in_day_names += english && precis_ner_is_calendar_name (doc, m->first, m->end);
        }
      if (fact.mentions->len > 0 && (2 * in_dates > fact.mentions->len || in_day_names == fact.mentions->len))
        {
          g_free (fact.value);
          g_array_unref (fact.mentions);
          continue;
        }
      g_array_append_val (facts, fact);
    }
  precis_ner_add_hyphen_places (precis_ner_tagger_gazetteer (tagger), doc, title_lower, request, facts, first_date);
  precis_ner_reading_clear (&reading);
  return TRUE;
}

/* Whether `span` lies inside a longer mention of one of the
 * organizations of facts[first, len). */
static gboolean
in_organization (const GArray *facts, guint first, const PrecisSpan *span)
{
  for (guint i = first; i < facts->len; i++)
    {
      const PrecisFact *fact = &g_array_index (facts, PrecisFact, i);

      if (fact->kind != PRECIS_FACT_ORGANIZATION)
        continue;
      for (guint k = 0; k < fact->mentions->len; k++)
        {
          const PrecisSpan *m = &g_array_index (fact->mentions, PrecisSpan, k);

          if (m->start <= span->start && m->end >= span->end && m->end - m->start > span->end - span->start)
            return TRUE;
        }
    }
  return FALSE;
}

/* Drops the dates of facts[first_date, first_name) every mention of which
 * is a word of an organization's name of facts[first_name, len): the
 * weekday of "the Mail on Sunday" (ner-weekday-papers.c), "the Monday
 * Club", is the paper's or the club's, no day.  The dates come first
 * (a name inside a date is no name), so only the names can say it. */
static void
drop_dates_in_organizations (GArray *facts, guint first_date, guint first_name)
{
  for (guint i = first_name; i-- > first_date;)
    {
      PrecisFact *date = &g_array_index (facts, PrecisFact, i);
      gboolean inside = date->kind == PRECIS_FACT_DATE && date->mentions->len > 0;

      for (guint k = 0; inside && k < date->mentions->len; k++)
        inside = in_organization (facts, first_name, &g_array_index (date->mentions, PrecisSpan, k));
      if (!inside)
        continue;
      /* Freed by the array's owner, as the dates are on a failure. */
      g_array_remove_index (facts, i);
      first_name--;
    }
}

/* Whether `doc` is names and numbers, as a results table or a line-up
 * is: at least eight words, hardly one in ten in lower case. */
static gboolean
is_names_and_numbers (const PrecisDocument *doc)
{
  guint words = 0, lower = 0;

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      guint8 shape = doc->tokens[i].shape;

      lower += shape == PRECIS_SHAPE_LOWER;
      words += shape == PRECIS_SHAPE_LOWER || shape == PRECIS_SHAPE_CAPITALIZED || shape == PRECIS_SHAPE_UPPER ||
               shape == PRECIS_SHAPE_MIXED;
    }
  return words >= 8 && 10 * lower <= words;
}

static gboolean
facts_extract (gpointer data, const PrecisDocument *doc, const PrecisRequest *request,
               GArray *facts, GError **error)
{
  FactsState *state = data;
  GCancellable *cancellable = request ? request->cancellable : NULL;
  /* Text whose language is undetermined ("und": results tables, line-ups,
   * lists of names and numbers, where the detector finds too few words) is
   * read by the default model: the tagger learnt such lines from its
   * training news. */
  const char *language = doc->language == NULL || *doc->language == '\0' ||
                                 strcmp (doc->language, "und") == 0
                             ? "en"
                             : doc->language;
  const PrecisNerTagger *tagger = facts_tagger (state, language);
  guint first_new = facts->len, first_name;

  /* A results table told in a language without a model: a table's
   * language is its names' (German papers' "Lyngby Kopenhagen - B 1909
   * Odense 3:1", whose own words are nouns in capitals, "Spieltag",
   * "Tore", reads as Danish), and the default model reads its names as it
   * reads an undetermined table's. */
  if (tagger == NULL && strcmp (language, "en") != 0 && is_names_and_numbers (doc))
    {
      language = "en";
      tagger = facts_tagger (state, language);
    }

  if (request != NULL && request->facts_language != NULL)
    *request->facts_language = tagger != NULL ? g_intern_string (language) : "none";

  /* Dates first: a name inside one is no name. */
  precis_timex_extract_facts (state->timex, doc, facts);
  first_name = facts->len;
  /* Only the English model's margins are calibrated, on text read as
   * English (ner-doubt.h): undetermined text (results, line-ups) has rules
   * that retag what the tagger read without a trace. */
  if ((tagger && !add_entity_facts (tagger, doc, request, facts, first_new,
                                    g_strcmp0 (doc->language, "en") == 0 ? PRECIS_NER_DOUBT_EN : 0)) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      if (error && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
      /* The dates already appended are freed by the array's owner. */
      g_array_set_size (facts, first_new);
      return FALSE;
    }

  drop_dates_in_organizations (facts, first_new, first_name);
  /* Most salient first, across kinds; ties by first mention. */
  if (facts->len > first_new)
    qsort (facts->data + (gsize) first_new * sizeof (PrecisFact), facts->len - first_new,
           sizeof (PrecisFact), compare_salience);
  return TRUE;
}

static const PrecisPluginDescriptor facts_descriptor = {
  .abi_version = PRECIS_PLUGIN_ABI_VERSION,
  .name = "facts",
  .version = "1.0",
  .description = "People, organizations and places (averaged-perceptron NER), and dates",
  .capabilities = PRECIS_CAPABILITY_FACTS,
  .load = facts_load,
  .unload = facts_unload,
  .extract_facts = facts_extract,
};

PRECIS_PLUGIN_DEFINE (facts_descriptor)
