/* precis-result.c — a call's answer: summary sentences, key facts, info.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Built from the reply as D-Bus carries it, by both back ends, with
 * UTF-16 offsets beside the code-point ones (JavaScript strings count
 * UTF-16 units).
 */
#include "config.h"

#include <stdlib.h>

#include "errors.h"
#include "precis-private.h"

/* --- UTF-16 offsets ------------------------------------------------------- */

typedef struct {
  GArray *points;   /* guint32 code-point offsets, sorted, unique */
  GArray *utf16;    /* the same offsets in UTF-16 units */
} OffsetMap;

static int
compare_u32 (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* One pass over the text for all the offsets a result holds. */
static void
offset_map_init (OffsetMap *map, const char *text, GArray *points)
{
  const char *p = text;
  guint32 cp = 0, units = 0;

  g_array_sort (points, compare_u32);
  map->points = points;
  map->utf16 = g_array_sized_new (FALSE, FALSE, sizeof (guint32), points->len);
  for (guint i = 0; i < points->len; i++)
    {
      guint32 target = g_array_index (points, guint32, i);

      while (cp < target && p != NULL && *p != '\0')
        {
          units += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
          p = g_utf8_next_char (p);
          cp++;
        }
      /* Past the text's end (a reply that doesn't match it): count on. */
      units += target - cp;
      cp = target;
      g_array_append_val (map->utf16, units);
    }
}

static guint32
offset_map_lookup (const OffsetMap *map, guint32 point)
{
  const guint32 *found = bsearch (&point, map->points->data, map->points->len, sizeof (guint32),
                                  compare_u32);

  return found != NULL ? g_array_index (map->utf16, guint32, found - (guint32 *) (gpointer) map->points->data)
                       : point;
}

static void
offset_map_clear (OffsetMap *map)
{
  g_array_unref (map->points);
  g_array_unref (map->utf16);
}

/* --- PrecisSummarySentence --------------------------------------------------- */

/**
 * PrecisSummarySentence:
 *
 * One sentence of a summary.  Its text is a verbatim piece of the article
 * (or, with #PrecisOptions:max-chars, its beginning cut at a word and
 * followed by "…"); its start and end point into the article, end
 * exclusive, in Unicode code points or in UTF-16 units.
 */
struct _PrecisSummarySentence {
  gatomicrefcount ref;
  char *text;
  guint start, end, utf16_start, utf16_end;
  double score;
};

G_DEFINE_BOXED_TYPE (PrecisSummarySentence, precis_summary_sentence,
                     precis_summary_sentence_ref, precis_summary_sentence_unref)

/**
 * precis_summary_sentence_ref:
 * @sentence: a #PrecisSummarySentence
 *
 * Returns: (transfer full): @sentence
 */
PrecisSummarySentence *
precis_summary_sentence_ref (PrecisSummarySentence *sentence)
{
  g_return_val_if_fail (sentence != NULL, NULL);
  g_atomic_ref_count_inc (&sentence->ref);
  return sentence;
}

/**
 * precis_summary_sentence_unref:
 * @sentence: (transfer full): a #PrecisSummarySentence
 */
void
precis_summary_sentence_unref (PrecisSummarySentence *sentence)
{
  g_return_if_fail (sentence != NULL);
  if (!g_atomic_ref_count_dec (&sentence->ref))
    return;
  g_free (sentence->text);
  g_free (sentence);
}

/**
 * precis_summary_sentence_get_text:
 * @sentence: a #PrecisSummarySentence
 *
 * Returns: the sentence as it stands in the article
 */
const char *
precis_summary_sentence_get_text (PrecisSummarySentence *sentence)
{
  g_return_val_if_fail (sentence != NULL, NULL);
  return sentence->text;
}

/**
 * precis_summary_sentence_get_start:
 * @sentence: a #PrecisSummarySentence
 *
 * Returns: where it starts in the article, in code points
 */
guint
precis_summary_sentence_get_start (PrecisSummarySentence *sentence)
{
  g_return_val_if_fail (sentence != NULL, 0);
  return sentence->start;
}

/**
 * precis_summary_sentence_get_end:
 * @sentence: a #PrecisSummarySentence
 *
 * Returns: where it ends in the article (exclusive), in code points
 */
guint
precis_summary_sentence_get_end (PrecisSummarySentence *sentence)
{
  g_return_val_if_fail (sentence != NULL, 0);
  return sentence->end;
}

/**
 * precis_summary_sentence_get_utf16_start:
 * @sentence: a #PrecisSummarySentence
 *
 * Returns: where it starts in the article, in UTF-16 units
 */
guint
precis_summary_sentence_get_utf16_start (PrecisSummarySentence *sentence)
{
  g_return_val_if_fail (sentence != NULL, 0);
  return sentence->utf16_start;
}

/**
 * precis_summary_sentence_get_utf16_end:
 * @sentence: a #PrecisSummarySentence
 *
 * Returns: where it ends in the article (exclusive), in UTF-16 units
 */
guint
precis_summary_sentence_get_utf16_end (PrecisSummarySentence *sentence)
{
  g_return_val_if_fail (sentence != NULL, 0);
  return sentence->utf16_end;
}

/**
 * precis_summary_sentence_get_score:
 * @sentence: a #PrecisSummarySentence
 *
 * Returns: the summarizer's score; higher is better
 */
double
precis_summary_sentence_get_score (PrecisSummarySentence *sentence)
{
  g_return_val_if_fail (sentence != NULL, 0.0);
  return sentence->score;
}

/* --- PrecisKeyFact ------------------------------------------------------------ */

/**
 * PrecisKeyFact:
 *
 * One person, organization, place or date of the article, once however
 * often it is mentioned: its kind, its text (its longest mention), its
 * normalized value (a canonical name, or an ISO 8601 / TIMEX3 value for a
 * date), its salience, and every mention's span.
 */
struct _PrecisKeyFact {
  gatomicrefcount ref;
  char *kind, *text, *value;
  double salience;
  GArray *mentions;        /* guint32 start, end pairs in code points */
  GArray *utf16_mentions;  /* the same in UTF-16 units */
};

G_DEFINE_BOXED_TYPE (PrecisKeyFact, precis_key_fact, precis_key_fact_ref, precis_key_fact_unref)

/**
 * precis_key_fact_ref:
 * @fact: a #PrecisKeyFact
 *
 * Returns: (transfer full): @fact
 */
PrecisKeyFact *
precis_key_fact_ref (PrecisKeyFact *fact)
{
  g_return_val_if_fail (fact != NULL, NULL);
  g_atomic_ref_count_inc (&fact->ref);
  return fact;
}

/**
 * precis_key_fact_unref:
 * @fact: (transfer full): a #PrecisKeyFact
 */
void
precis_key_fact_unref (PrecisKeyFact *fact)
{
  g_return_if_fail (fact != NULL);
  if (!g_atomic_ref_count_dec (&fact->ref))
    return;
  g_free (fact->kind);
  g_free (fact->text);
  g_free (fact->value);
  g_array_unref (fact->mentions);
  g_array_unref (fact->utf16_mentions);
  g_free (fact);
}

/**
 * precis_key_fact_get_kind:
 * @fact: a #PrecisKeyFact
 *
 * Returns: "person", "organization", "place" or "date"
 */
const char *
precis_key_fact_get_kind (PrecisKeyFact *fact)
{
  g_return_val_if_fail (fact != NULL, NULL);
  return fact->kind;
}

/**
 * precis_key_fact_get_text:
 * @fact: a #PrecisKeyFact
 *
 * Returns: its longest mention, verbatim
 */
const char *
precis_key_fact_get_text (PrecisKeyFact *fact)
{
  g_return_val_if_fail (fact != NULL, NULL);
  return fact->text;
}

/**
 * precis_key_fact_get_value:
 * @fact: a #PrecisKeyFact
 *
 * Returns: the normalized value: a canonical name, or for a date an ISO
 *   8601 / TIMEX3 value such as "2025-02-22", "2025-W09" or "P3Y"
 */
const char *
precis_key_fact_get_value (PrecisKeyFact *fact)
{
  g_return_val_if_fail (fact != NULL, NULL);
  return fact->value;
}

/**
 * precis_key_fact_get_salience:
 * @fact: a #PrecisKeyFact
 *
 * Returns: how central it is to the story, from 0 to 1
 */
double
precis_key_fact_get_salience (PrecisKeyFact *fact)
{
  g_return_val_if_fail (fact != NULL, 0.0);
  return fact->salience;
}

/**
 * precis_key_fact_get_n_mentions:
 * @fact: a #PrecisKeyFact
 *
 * Returns: how many mentions it has (at least one)
 */
guint
precis_key_fact_get_n_mentions (PrecisKeyFact *fact)
{
  g_return_val_if_fail (fact != NULL, 0);
  return fact->mentions->len / 2;
}

static gboolean
get_span (GArray *spans, guint index, guint *start, guint *end)
{
  if (index >= spans->len / 2)
    return FALSE;
  if (start != NULL)
    *start = g_array_index (spans, guint32, 2 * index);
  if (end != NULL)
    *end = g_array_index (spans, guint32, 2 * index + 1);
  return TRUE;
}

/**
 * precis_key_fact_get_mention:
 * @fact: a #PrecisKeyFact
 * @index: which mention, from 0
 * @start: (out) (optional): where it starts, in code points
 * @end: (out) (optional): where it ends (exclusive), in code points
 *
 * Returns: %FALSE if @index is out of range
 */
gboolean
precis_key_fact_get_mention (PrecisKeyFact *fact, guint index, guint *start, guint *end)
{
  g_return_val_if_fail (fact != NULL, FALSE);
  return get_span (fact->mentions, index, start, end);
}

/**
 * precis_key_fact_get_utf16_mention:
 * @fact: a #PrecisKeyFact
 * @index: which mention, from 0
 * @start: (out) (optional): where it starts, in UTF-16 units
 * @end: (out) (optional): where it ends (exclusive), in UTF-16 units
 *
 * Returns: %FALSE if @index is out of range
 */
gboolean
precis_key_fact_get_utf16_mention (PrecisKeyFact *fact, guint index, guint *start, guint *end)
{
  g_return_val_if_fail (fact != NULL, FALSE);
  return get_span (fact->utf16_mentions, index, start, end);
}

/* --- PrecisResult ------------------------------------------------------------- */

/**
 * PrecisResult:
 *
 * What a call of #PrecisConnection answers: the summary, the key facts
 * (by salience) and, for an analysis, the info dictionary of the D-Bus API
 * (the plugins used, the language, the date anchor and its source, the
 * title, and for a page its URL, metadata and text).
 */
struct _PrecisResult {
  GObject parent_instance;
  char *text;
  GPtrArray *summary;
  GPtrArray *facts;
  GVariant *info;
  char *plugin;
};

G_DEFINE_FINAL_TYPE (PrecisResult, precis_result, G_TYPE_OBJECT)

static void
precis_result_finalize (GObject *object)
{
  PrecisResult *self = PRECIS_RESULT (object);

  g_free (self->text);
  g_ptr_array_unref (self->summary);
  g_ptr_array_unref (self->facts);
  g_variant_unref (self->info);
  g_free (self->plugin);
  G_OBJECT_CLASS (precis_result_parent_class)->finalize (object);
}

static void
precis_result_class_init (PrecisResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = precis_result_finalize;
}

static void
precis_result_init (PrecisResult *self)
{
  self->summary = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_summary_sentence_unref);
  self->facts = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_key_fact_unref);
}

static void
add_point (GArray *points, guint32 start, guint32 end)
{
  g_array_append_val (points, start);
  g_array_append_val (points, end);
}

static void
read_summary (PrecisResult *self, GVariant *summary, GArray *points)
{
  GVariantIter iter;
  const char *text;
  guint32 start, end;
  double score;

  g_variant_iter_init (&iter, summary);
  while (g_variant_iter_next (&iter, "(&suud)", &text, &start, &end, &score))
    {
      PrecisSummarySentence *s = g_new0 (PrecisSummarySentence, 1);

      g_atomic_ref_count_init (&s->ref);
      s->text = g_strdup (text);
      s->start = start;
      s->end = end;
      s->score = score;
      g_ptr_array_add (self->summary, s);
      add_point (points, start, end);
    }
}

static char *
dup_child_string (GVariant *tuple, gsize i)
{
  g_autoptr (GVariant) child = g_variant_get_child_value (tuple, i);

  return g_variant_dup_string (child, NULL);
}

/* Child by child rather than with a format string ("(&s&s&sda(uu))" parsed
 * again for each fact cost more than the rest), the mentions as the array
 * of guint32 pairs that a(uu) is. */
static void
read_facts (PrecisResult *self, GVariant *facts, GArray *points)
{
  gsize n = g_variant_n_children (facts);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (GVariant) fact = g_variant_get_child_value (facts, i);
      g_autoptr (GVariant) salience = g_variant_get_child_value (fact, 3);
      g_autoptr (GVariant) spans = g_variant_get_child_value (fact, 4);
      PrecisKeyFact *f = g_new0 (PrecisKeyFact, 1);
      gsize n_spans;
      const guint32 *pairs = g_variant_get_fixed_array (spans, &n_spans, 2 * sizeof (guint32));

      g_atomic_ref_count_init (&f->ref);
      f->kind = dup_child_string (fact, 0);
      f->text = dup_child_string (fact, 1);
      f->value = dup_child_string (fact, 2);
      f->salience = g_variant_get_double (salience);
      f->mentions = g_array_sized_new (FALSE, FALSE, sizeof (guint32), 2 * n_spans);
      for (gsize k = 0; k < n_spans; k++)
        {
          add_point (f->mentions, pairs[2 * k], pairs[2 * k + 1]);
          add_point (points, pairs[2 * k], pairs[2 * k + 1]);
        }
      g_ptr_array_add (self->facts, f);
    }
}

static void
fill_utf16 (PrecisResult *self, GArray *points)
{
  OffsetMap map;

  offset_map_init (&map, self->text, points);
  for (guint i = 0; i < self->summary->len; i++)
    {
      PrecisSummarySentence *s = self->summary->pdata[i];

      s->utf16_start = offset_map_lookup (&map, s->start);
      s->utf16_end = offset_map_lookup (&map, s->end);
    }
  for (guint i = 0; i < self->facts->len; i++)
    {
      PrecisKeyFact *f = self->facts->pdata[i];

      f->utf16_mentions = g_array_sized_new (FALSE, FALSE, sizeof (guint32), f->mentions->len);
      for (guint k = 0; k < f->mentions->len; k++)
        {
          guint32 u = offset_map_lookup (&map, g_array_index (f->mentions, guint32, k));

          g_array_append_val (f->utf16_mentions, u);
        }
    }
  offset_map_clear (&map);
}

PrecisResult *
precis_result_new_from_reply (PrecisCallKind kind, const char *text, GVariant *reply,
                              GError **error)
{
  static const char *const types[] = {
    [PRECIS_CALL_KIND_SUMMARIZE] = "(a(suud)s)",
    [PRECIS_CALL_KIND_EXTRACT_FACTS] = "(a(sssda(uu))s)",
    [PRECIS_CALL_KIND_ANALYZE] = "(a(suud)a(sssda(uu))a{sv})",
  };
  g_autoptr (PrecisResult) self = NULL;
  g_autoptr (GVariant) first = NULL, second = NULL, info = NULL;
  GArray *points;

  if (!g_variant_is_of_type (reply, G_VARIANT_TYPE (types[kind])))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_SUPPORTED,
                   "the answer is %s where %s was expected: is precisd another version of precis?",
                   g_variant_get_type_string (reply), types[kind]);
      return NULL;
    }
  self = g_object_new (PRECIS_TYPE_RESULT, NULL);
  points = g_array_new (FALSE, FALSE, sizeof (guint32));
  first = g_variant_get_child_value (reply, 0);
  second = g_variant_get_child_value (reply, 1);
  switch (kind)
    {
    case PRECIS_CALL_KIND_SUMMARIZE:
      read_summary (self, first, points);
      self->plugin = g_variant_dup_string (second, NULL);
      break;
    case PRECIS_CALL_KIND_EXTRACT_FACTS:
      read_facts (self, first, points);
      self->plugin = g_variant_dup_string (second, NULL);
      break;
    case PRECIS_CALL_KIND_ANALYZE:
    default:
      read_summary (self, first, points);
      read_facts (self, second, points);
      info = g_variant_get_child_value (reply, 2);
      g_variant_lookup (info, "summarizer", "s", &self->plugin);
      break;
    }
  self->info = info != NULL ? g_variant_ref (info) : g_variant_ref_sink (g_variant_new ("a{sv}", NULL));
  if (text != NULL)
    self->text = g_strdup (text);
  else if (!g_variant_lookup (self->info, "text", "s", &self->text))
    self->text = g_strdup ("");
  fill_utf16 (self, points);
  return g_steal_pointer (&self);
}

/**
 * precis_result_get_text:
 * @result: a #PrecisResult
 *
 * Returns: the text the offsets point into: the text of the call, or the
 *   article of the page for an analysis by URL
 */
const char *
precis_result_get_text (PrecisResult *result)
{
  g_return_val_if_fail (PRECIS_IS_RESULT (result), NULL);
  return result->text;
}

/**
 * precis_result_get_summary:
 * @result: a #PrecisResult
 *
 * Returns: (transfer none) (element-type PrecisSummarySentence): the
 *   summary's sentences; empty for fact extraction
 */
GPtrArray *
precis_result_get_summary (PrecisResult *result)
{
  g_return_val_if_fail (PRECIS_IS_RESULT (result), NULL);
  return result->summary;
}

/**
 * precis_result_get_facts:
 * @result: a #PrecisResult
 *
 * Returns: (transfer none) (element-type PrecisKeyFact): the key facts,
 *   most salient first; empty for a summary
 */
GPtrArray *
precis_result_get_facts (PrecisResult *result)
{
  g_return_val_if_fail (PRECIS_IS_RESULT (result), NULL);
  return result->facts;
}

/**
 * precis_result_get_info:
 * @result: a #PrecisResult
 *
 * Returns: (transfer none): the info dictionary (a{sv}) of an analysis;
 *   empty for Summarize and ExtractFacts
 */
GVariant *
precis_result_get_info (PrecisResult *result)
{
  g_return_val_if_fail (PRECIS_IS_RESULT (result), NULL);
  return result->info;
}

/**
 * precis_result_get_plugin:
 * @result: a #PrecisResult
 *
 * Returns: (nullable): the plugin that made the summary, or the facts of
 *   a fact extraction
 */
const char *
precis_result_get_plugin (PrecisResult *result)
{
  g_return_val_if_fail (PRECIS_IS_RESULT (result), NULL);
  return result->plugin;
}

static const char *
info_string (PrecisResult *result, const char *key)
{
  const char *value = NULL;

  g_variant_lookup (result->info, key, "&s", &value);
  return value;
}

/**
 * precis_result_get_language:
 * @result: a #PrecisResult
 *
 * Returns: (nullable): the language the text was read in (ISO 639-1, or
 *   "und"), for an analysis
 */
const char *
precis_result_get_language (PrecisResult *result)
{
  g_return_val_if_fail (PRECIS_IS_RESULT (result), NULL);
  return info_string (result, "language");
}

/**
 * precis_result_get_title:
 * @result: a #PrecisResult
 *
 * Returns: (nullable): the article's title, for an analysis
 */
const char *
precis_result_get_title (PrecisResult *result)
{
  g_return_val_if_fail (PRECIS_IS_RESULT (result), NULL);
  return info_string (result, "title");
}

/**
 * precis_result_get_published:
 * @result: a #PrecisResult
 *
 * Returns: (nullable): the date relative dates were resolved against
 *   (ISO 8601), for an analysis
 */
const char *
precis_result_get_published (PrecisResult *result)
{
  g_return_val_if_fail (PRECIS_IS_RESULT (result), NULL);
  return info_string (result, "published");
}
