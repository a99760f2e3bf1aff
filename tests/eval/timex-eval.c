/* timex-eval.c — the time expression tagger on TimeML documents.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * TempEval-3 task A scoring: strict match (same span), relaxed match
 * (overlapping spans, one to one), value F1 (relaxed match with the same
 * value), per type.  Text = the content of <TEXT> with all tags stripped;
 * the anchor is the document creation time.
 *
 *   timex-eval [--verbose | --counts] [--language LANG] [--through-pipeline [--bus]] [--folds K]
 *              [--held-back F | --develop F] [--dump DIR] [--predictions FILE] [TML-DIR...]
 *   timex-eval --file FILE --published YYYY-MM-DD
 *
 * --language: the documents' language (default en); with no directory, the
 * developer copy for it under ../shared/data/timex.
 * --through-pipeline: send each text as a client would, through the whole
 * Analyze path (precis_analysis_run with the facts plugin) and score the
 * date facts' mentions; the facts carry values, not TIMEX3 types, so the
 * type column means nothing there, and vague references (PAST_REF...) are
 * not facts.  --identify sends no language option: the pipeline's
 * language identification decides, as for a client that does not know.
 * --bus sends each text to Analyze of a precisd on a private bus
 * (tests/bus-fixture.c, a real dbus-daemon) with the document's creation
 * time as `published`: the figure issue 14's held-out bar is stated in,
 * which must equal the in-process one.
 * --folds K: documents go to fold g_str_hash(file name) mod K and each
 * fold gets its own line.  --develop F scores (and with -v prints the
 * errors of) every fold but F, the one to read while writing rules;
 * --held-back F scores fold F alone, the figure to report.
 * --counts prints one line of numbers per document (false positives and
 * misses by type, no text): what may be asked of a fold kept unread.
 * Each fold's line also gives how many gold expressions are vague
 * references (value PAST_REF, PRESENT_REF, FUTURE_REF: "now", "recently")
 * and the relaxed and value F1 with those left out of gold and system
 * (with whatever the system marked over them):
 * what keeping them off the facts a reader sees costs, fold by fold,
 * without reading a fold kept unread.
 *
 * --dump writes each stripped text and its DCT for a peer tagger;
 * --predictions scores that peer's output (lines "file<TAB>start<TAB>end
 * <TAB>TYPE<TAB>value", code points) instead of ours.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "analysis.h"
#include "bus-fixture.h"
#include "pipeline.h"
#include "plugin-host.h"
#include "timex.h"

typedef struct {
  guint32 start, end;
  char type[16];
  char *value;
  gboolean matched;
} Mention;

typedef struct {
  char *name;
  char *dct;
  GString *text;
  GArray *gold;     /* Mention */
} TmlDoc;

static void
mention_clear (gpointer data)
{
  g_free (((Mention *) data)->value);
}

static void
tml_doc_free (TmlDoc *doc)
{
  g_free (doc->name);
  g_free (doc->dct);
  g_string_free (doc->text, TRUE);
  g_array_unref (doc->gold);
  g_free (doc);
}

static char *
attribute (const char *tag, gsize len, const char *name)
{
  g_autofree char *key = g_strdup_printf (" %s=\"", name);
  g_autofree char *copy = g_strndup (tag, len);
  const char *p = strstr (copy, key);
  if (p == NULL)
    return NULL;
  p += strlen (key);
  const char *q = strchr (p, '"');
  return q ? g_strndup (p, q - p) : NULL;
}

/* Strip tags, decode the five XML entities, count code points. */
static TmlDoc *
tml_doc_load (const char *path, GError **error)
{
  g_autofree char *xml = NULL;
  if (!g_file_get_contents (path, &xml, NULL, error))
    return NULL;
  const char *dct = strstr (xml, "<DCT>");
  const char *text = strstr (xml, "<TEXT>");
  const char *text_end = text ? strstr (text, "</TEXT>") : NULL;
  if (dct == NULL || text == NULL || text_end == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: no DCT or TEXT", path);
      return NULL;
    }
  TmlDoc *doc = g_new0 (TmlDoc, 1);
  doc->name = g_path_get_basename (path);
  const char *dct_tag_end = strchr (dct, '>');
  dct_tag_end = strchr (dct_tag_end + 1, '>');
  doc->dct = attribute (dct, dct_tag_end - dct, "value");
  doc->text = g_string_new (NULL);
  doc->gold = g_array_new (FALSE, TRUE, sizeof (Mention));
  g_array_set_clear_func (doc->gold, mention_clear);

  guint32 chars = 0;
  int open = -1;
  for (const char *p = text + strlen ("<TEXT>"); p < text_end;)
    {
      if (*p == '<')
        {
          const char *q = strchr (p, '>');
          if (q == NULL || q > text_end)
            break;
          if (strncmp (p, "<TIMEX3", 7) == 0)
            {
              Mention m = { chars, chars, "", NULL, FALSE };
              g_autofree char *type = attribute (p, q - p, "type");
              m.value = attribute (p, q - p, "value");
              if (m.value == NULL)
                m.value = g_strdup ("");
              g_strlcpy (m.type, type ? type : "DATE", sizeof m.type);
              g_array_append_val (doc->gold, m);
              open = doc->gold->len - 1;
            }
          else if (strncmp (p, "</TIMEX3", 8) == 0 && open >= 0)
            {
              g_array_index (doc->gold, Mention, open).end = chars;
              open = -1;
            }
          p = q + 1;
          continue;
        }
      if (*p == '&')
        {
          static const struct { const char *name; char c; } entities[] = {
            { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' },
          };
          gboolean done = FALSE;
          for (gsize i = 0; i < G_N_ELEMENTS (entities) && !done; i++)
            if (strncmp (p, entities[i].name, strlen (entities[i].name)) == 0)
              {
                g_string_append_c (doc->text, entities[i].c);
                chars++;
                p += strlen (entities[i].name);
                done = TRUE;
              }
          if (done)
            continue;
        }
      if (((guchar) *p & 0xC0) != 0x80)
        chars++;
      g_string_append_c (doc->text, *p);
      p++;
    }
  return doc;
}

static GDateTime *
parse_dct (const char *value)
{
  int y = 2000, m = 1, d = 1, hh = 0, mm = 0;
  if (value == NULL || sscanf (value, "%4d-%2d-%2d", &y, &m, &d) < 3)
    return g_date_time_new_local (2000, 1, 1, 0, 0, 0);
  const char *t = strchr (value, 'T');
  if (t != NULL)
    sscanf (t + 1, "%2d:%2d", &hh, &mm);
  return g_date_time_new_utc (y, m, d, hh, mm, 0);
}

static const char *
type_name (PrecisTimexType type)
{
  static const char *const names[] = { "DATE", "TIME", "DURATION", "SET" };
  return names[type];
}

/* Hits count twice: by the gold type for recall (g), by the system's
 * type for precision (s); for "all" the two are the same. */
typedef struct {
  guint gold, system;
  guint strict_g, relaxed_g, value_g, type_g;
  guint strict_s, relaxed_s, value_s, type_s;
} Counts;

enum { ALL, T_DATE, T_TIME, T_DURATION, T_SET, N_BUCKETS };

static int
bucket_of (const char *type)
{
  if (strcmp (type, "DATE") == 0) return T_DATE;
  if (strcmp (type, "TIME") == 0) return T_TIME;
  if (strcmp (type, "DURATION") == 0) return T_DURATION;
  return T_SET;
}

static double
f1 (double p, double r)
{
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static char *
slice (const char *text, guint32 start, guint32 end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);
  return g_strndup (a, b - a);
}

/* One-to-one relaxed matching, in text order; per bucket: recall counts
 * by the gold type, precision by the system type. */
static void
score (const TmlDoc *doc, GArray *system, Counts *counts, gboolean verbose)
{
  for (guint s = 0; s < system->len; s++)
    g_array_index (system, Mention, s).matched = FALSE;
  for (guint g = 0; g < doc->gold->len; g++)
    {
      Mention *gold = &g_array_index (doc->gold, Mention, g);
      int gb = bucket_of (gold->type);
      counts[ALL].gold++, counts[gb].gold++;
      Mention *hit = NULL;
      for (guint s = 0; s < system->len && hit == NULL; s++)
        {
          Mention *sys = &g_array_index (system, Mention, s);
          if (!sys->matched && sys->start < gold->end && gold->start < sys->end)
            hit = sys;
        }
      g_autofree char *gtext = slice (doc->text->str, gold->start, gold->end);
      if (hit == NULL)
        {
          if (verbose)
            {
              g_autofree char *ctx = slice (doc->text->str, gold->start > 40 ? gold->start - 40 : 0,
                                            MIN (gold->end + 30, (guint32) g_utf8_strlen (doc->text->str, -1)));
              g_print ("FN\t%s\t%s\t%s\t%s\t| %s\n", doc->dct, gold->type, gold->value, gtext, ctx);
            }
          continue;
        }
      hit->matched = gold->matched = TRUE;
      gboolean strict = hit->start == gold->start && hit->end == gold->end;
      gboolean value = strcmp (hit->value, gold->value) == 0;
      gboolean type = strcmp (hit->type, gold->type) == 0;
      int sb = bucket_of (hit->type);
      for (int b = 0; b < 2; b++)
        {
          Counts *by_gold = &counts[b == 0 ? ALL : gb], *c = &counts[b == 0 ? ALL : sb];
          by_gold->relaxed_g++, by_gold->strict_g += strict;
          by_gold->value_g += value, by_gold->type_g += type;
          c->relaxed_s++, c->strict_s += strict, c->value_s += value, c->type_s += type;
        }
      if (verbose && !strict)
        {
          g_autofree char *stext = slice (doc->text->str, hit->start, hit->end);
          g_print ("SPAN\t%s\t%s\tgot\t%s\n", gold->type, gtext, stext);
        }
      if (verbose && !value)
        {
          g_autofree char *stext = slice (doc->text->str, hit->start, hit->end);
          g_print ("VAL\t%s\t%s\t%s\t%s\tgot %s %s\t%s\n", doc->dct, gold->type, gold->value,
                   gtext, hit->type, hit->value, stext);
        }
    }
  for (guint s = 0; s < system->len; s++)
    {
      Mention *sys = &g_array_index (system, Mention, s);
      counts[ALL].system++, counts[bucket_of (sys->type)].system++;
      if (verbose && !sys->matched)
        {
          g_autofree char *stext = slice (doc->text->str, sys->start, sys->end);
          g_autofree char *ctx = slice (doc->text->str, sys->start > 30 ? sys->start - 30 : 0,
                                        MIN (sys->end + 20, (guint32) g_utf8_strlen (doc->text->str, -1)));
          g_print ("FP\t%s\t%s\t%s\t%s\t| %s\n", doc->dct, sys->type, sys->value, stext, ctx);
        }
    }
}

static double
relaxed_f1 (const Counts *c)
{
  double p = c->system ? (double) c->relaxed_s / c->system : 0;
  double r = c->gold ? (double) c->relaxed_g / c->gold : 0;
  return 100 * f1 (p, r);
}

static double
value_f1 (const Counts *c)
{
  double p = c->system ? (double) c->value_s / c->system : 0;
  double r = c->gold ? (double) c->value_g / c->gold : 0;
  return 100 * f1 (p, r);
}

static void
report (const Counts *counts, const char *who)
{
  static const char *const names[] = { "all", "DATE", "TIME", "DURATION", "SET" };
  g_print ("%s\n%-9s %5s %5s | %-17s | %-17s | %6s %6s\n", who, "type", "gold", "sys",
           "strict P / R / F1", "relaxed P / R / F1", "valF1", "typeF1");
  for (int b = 0; b < N_BUCKETS; b++)
    {
      const Counts *c = &counts[b];
      /* Per-type precision divides by what the system called that type. */
      double sys = c->system ? c->system : 1, gold = c->gold ? c->gold : 1;
      double sp = c->strict_s / sys, sr = c->strict_g / gold;
      double rp = c->relaxed_s / sys, rr = c->relaxed_g / gold;
      double vp = c->value_s / sys, vr = c->value_g / gold;
      double tp = c->type_s / sys, tr = c->type_g / gold;
      g_print ("%-9s %5u %5u | %5.1f %5.1f %5.1f | %5.1f %5.1f %5.1f | %6.1f %6.1f\n", names[b],
               c->gold, c->system, 100 * sp, 100 * sr, 100 * f1 (sp, sr), 100 * rp, 100 * rr,
               100 * f1 (rp, rr), 100 * f1 (vp, vr), 100 * f1 (tp, tr));
    }
}

/* --counts: one line of numbers per document, no text, so that a fold
 * kept unread can say whether its errors gather in a few documents and of
 * which TIMEX3 type (the system's type for false positives, the gold's
 * for misses) without showing what they are. */
static void
print_counts (guint index, int fold, const TmlDoc *doc, GArray *system)
{
  guint fp[N_BUCKETS] = { 0 }, fn[N_BUCKETS] = { 0 };
  for (guint s = 0; s < system->len; s++)
    {
      const Mention *m = &g_array_index (system, Mention, s);
      if (!m->matched)
        fp[ALL]++, fp[bucket_of (m->type)]++;
    }
  for (guint g = 0; g < doc->gold->len; g++)
    {
      const Mention *m = &g_array_index (doc->gold, Mention, g);
      if (!m->matched)
        fn[ALL]++, fn[bucket_of (m->type)]++;
    }
  g_print ("doc %3u fold %d chars %6ld gold %3u sys %3u | FP %2u: %2u %2u %2u %2u | FN %2u: %2u %2u %2u %2u\n",
           index, fold, g_utf8_strlen (doc->text->str, -1), doc->gold->len, system->len,
           fp[ALL], fp[T_DATE], fp[T_TIME], fp[T_DURATION], fp[T_SET],
           fn[ALL], fn[T_DATE], fn[T_TIME], fn[T_DURATION], fn[T_SET]);
}

static GPtrArray *
list_tml (const char *dir, GPtrArray *paths)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        list_tml (path, paths);
      else if (g_str_has_suffix (name, ".tml"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
  return paths;
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char **) a, *(char **) b);
}

/* Peer predictions: file, start, end, type, value. */
static GHashTable *
load_predictions (const char *path)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_array_unref);
  g_autofree char *contents = NULL;
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    g_error ("cannot read %s", path);
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      g_auto (GStrv) f = g_strsplit (*l, "\t", 5);
      if (g_strv_length (f) < 5)
        continue;
      GArray *list = g_hash_table_lookup (table, f[0]);
      if (list == NULL)
        {
          list = g_array_new (FALSE, TRUE, sizeof (Mention));
          g_array_set_clear_func (list, mention_clear);
          g_hash_table_insert (table, g_strdup (f[0]), list);
        }
      Mention m = { (guint32) atoi (f[1]), (guint32) atoi (f[2]), "", g_strdup (f[4]), FALSE };
      g_strlcpy (m.type, f[3], sizeof m.type);
      g_array_append_val (list, m);
    }
  return table;
}

/* What Analyze returns: every mention of every date fact, with its value. */
static int
compare_mentions (gconstpointer a, gconstpointer b)
{
  const Mention *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The type a reader would infer from a fact's value. */
static const char *
value_type (const char *value)
{
  return value[0] == 'P' ? "DURATION" : strchr (value, 'T') ? "TIME" : "DATE";
}

static GArray *
tag_through_pipeline (PrecisPlugin *facts, const char *text, GDateTime *published,
                      const char *language)
{
  g_auto (PrecisCallOptions) options;
  PrecisAnalysis analysis = { 0 };

  precis_call_options_init (&options);
  options.published = g_date_time_ref (published);
  options.language = g_strdup (language);
  analysis.text = text;
  analysis.length = strlen (text);
  analysis.options = &options;
  analysis.extractor = precis_plugin_ref (facts);
  precis_analysis_run (&analysis);
  if (analysis.error != NULL)
    g_error ("analysis: %s", analysis.error->message);
  GArray *out = g_array_new (FALSE, TRUE, sizeof (Mention));
  g_array_set_clear_func (out, mention_clear);
  for (guint i = 0; analysis.facts != NULL && i < analysis.facts->len; i++)
    {
      const PrecisFactResult *fact = &g_array_index (analysis.facts, PrecisFactResult, i);
      if (fact->kind != PRECIS_FACT_DATE)
        continue;
      for (guint k = 0; k < fact->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (fact->mentions, PrecisSpan, k);
          Mention m = { span->start, span->end, "", g_strdup (fact->value), FALSE };
          g_strlcpy (m.type, value_type (fact->value), sizeof m.type);
          g_array_append_val (out, m);
        }
    }
  precis_analysis_clear (&analysis);
  g_array_sort (out, compare_mentions);
  return out;
}

/* What precisd answers a client who sends `text` to Analyze with the
 * document's creation time as `published` (and `language`, if given):
 * the date facts' mentions, code points of `text` as in-process. */
static GArray *
tag_through_bus (PrecisConnection *connection, const char *text, GDateTime *published,
                 const char *language)
{
  g_autoptr (PrecisOptions) options = precis_options_new ();
  g_autoptr (PrecisResult) result = NULL;
  g_autoptr (GError) error = NULL;

  precis_options_set_published (options, published);
  if (language != NULL)
    precis_options_set_language (options, language);
  result = precis_connection_analyze (connection, text, options, NULL, &error);
  if (result == NULL)
    g_error ("Analyze: %s", error->message);
  GArray *out = g_array_new (FALSE, TRUE, sizeof (Mention));
  g_array_set_clear_func (out, mention_clear);
  GPtrArray *facts = precis_result_get_facts (result);
  for (guint i = 0; i < facts->len; i++)
    {
      PrecisKeyFact *fact = g_ptr_array_index (facts, i);
      const char *value = precis_key_fact_get_value (fact);

      if (strcmp (precis_key_fact_get_kind (fact), "date") != 0)
        continue;
      for (guint k = 0; k < precis_key_fact_get_n_mentions (fact); k++)
        {
          guint start = 0, end = 0;

          precis_key_fact_get_mention (fact, k, &start, &end);
          Mention m = { start, end, "", g_strdup (value), FALSE };
          g_strlcpy (m.type, value_type (value), sizeof m.type);
          g_array_append_val (out, m);
        }
    }
  g_array_sort (out, compare_mentions);
  return out;
}

/* The connection goes before the bus it is on. */
static void
bus_stop (BusFixture *fixture, PrecisConnection **connection)
{
  if (*connection == NULL)
    return;
  g_clear_object (connection);
  bus_fixture_teardown (fixture);
}

/* --file --verbose: the tokens as the pipeline gives them, for rule writers. */
static gboolean print_tokens;

static GArray *
tag (const PrecisTimexRules *rules, const char *text, GDateTime *published, const char *language,
     gint64 *usec, guint32 *n_chars)
{
  PrecisPipelineOptions options = { .published = published, .language = language,
                                    .published_source = PRECIS_ANCHOR_OPTION };
  g_autoptr (PrecisDocument) document = precis_document_new (text, -1, &options);
  g_autoptr (GArray) found = NULL;
  /* The best of many runs: the machine is shared, and the minimum is what
   * the code costs when it is not waiting for a core. */
  *usec = G_MAXINT64;
  for (int k = 0; k < 50; k++)
    {
      g_clear_pointer (&found, g_array_unref);
      gint64 t0 = g_get_real_time ();
      for (int j = 0; j < 4; j++)
        {
          g_clear_pointer (&found, g_array_unref);
          found = precis_timex_find (rules, document);
        }
      *usec = MIN (*usec, g_get_real_time () - t0);
    }
  *usec /= 4;
  *n_chars = document->text_chars;
  if (print_tokens)
    for (guint32 i = 0; i < document->n_tokens; i++)
      g_printerr ("%s%s%s", document->tokens[i].flags & PRECIS_TOKEN_SENTENCE_START ? "\n| " : "",
                  document->tokens[i].lower, i + 1 < document->n_tokens ? " · " : "\n");
  GArray *out = g_array_new (FALSE, TRUE, sizeof (Mention));
  g_array_set_clear_func (out, mention_clear);
  for (guint i = 0; i < found->len; i++)
    {
      const PrecisTimex *t = &g_array_index (found, PrecisTimex, i);
      /* The tagger counts in the text the pipeline read, which is shorter
       * than the file where mojibake was repaired ("CaliforniÃ«"); gold
       * offsets and the slices printed by --file are the file's. */
      Mention m = { precis_document_input_offset (document, t->start),
                    precis_document_input_offset (document, t->end), "", g_strdup (t->value), FALSE };
      g_strlcpy (m.type, type_name (t->type), sizeof m.type);
      g_array_append_val (out, m);
    }
  return out;
}

/* The developer copy of each language's TimeML under ../shared/data/timex. */
static const struct { const char *language, *dir; } default_dirs[] = {
  { "en", "tbaq" },
  { "es", "es/spanish-timebank/train" },
  { "fr", "fr/ftib/dev" },
  { "de", "de/wikiwarsde/dev" },
};

static void
add_counts (Counts *sum, const Counts *one)
{
  for (int b = 0; b < N_BUCKETS; b++)
    {
      Counts *c = &sum[b];
      c->gold += one[b].gold, c->system += one[b].system;
      c->strict_g += one[b].strict_g, c->relaxed_g += one[b].relaxed_g;
      c->value_g += one[b].value_g, c->type_g += one[b].type_g;
      c->strict_s += one[b].strict_s, c->relaxed_s += one[b].relaxed_s;
      c->value_s += one[b].value_s, c->type_s += one[b].type_s;
    }
}

/* "now", "recently", "the future": TimeML's vague references. */
static gboolean
is_vague (const Mention *m)
{
  return g_str_has_suffix (m->value, "_REF");
}

/* Whether `m` overlaps a vague reference of `gold`. */
static gboolean
overlaps_vague (const Mention *m, GArray *gold)
{
  for (guint i = 0; gold != NULL && i < gold->len; i++)
    {
      const Mention *g = &g_array_index (gold, Mention, i);
      if (is_vague (g) && m->start < g->end && g->start < m->end)
        return TRUE;
    }
  return FALSE;
}

/* A copy of `mentions` without the vague references, and without what
 * overlaps one of `gold`'s (what would be scored against it). */
static GArray *
without_vague (GArray *mentions, GArray *gold)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (Mention));
  g_array_set_clear_func (out, mention_clear);
  for (guint i = 0; i < mentions->len; i++)
    {
      const Mention *m = &g_array_index (mentions, Mention, i);
      if (is_vague (m) || overlaps_vague (m, gold))
        continue;
      Mention copy = *m;
      copy.value = g_strdup (m->value);
      g_array_append_val (out, copy);
    }
  return out;
}

/* `exact` and, per fold, the same documents scored with the vague
 * references left out of gold and system (`plain`). */
static void
report_folds (const Counts *folds, const Counts *plain, const guint *docs, guint n_folds)
{
  g_print ("fold  docs  gold   sys | relaxed P / R / F1 |  valF1 | vague | w/o vague: relaxed F1  valF1\n");
  for (guint f = 0; f < n_folds; f++)
    {
      const Counts *c = &folds[f * N_BUCKETS + ALL], *v = &plain[f * N_BUCKETS + ALL];
      double p = c->system ? (double) c->relaxed_s / c->system : 0;
      double r = c->gold ? (double) c->relaxed_g / c->gold : 0;
      g_print ("%4u  %4u %5u %5u | %5.1f %5.1f %5.1f | %6.1f | %5u |            %5.1f %6.1f\n", f, docs[f],
               c->gold, c->system, 100 * p, 100 * r, relaxed_f1 (c), value_f1 (c), c->gold - v->gold,
               relaxed_f1 (v), value_f1 (v));
    }
}

int
main (int argc, char **argv)
{
  gboolean verbose = FALSE, counts_only = FALSE, through_pipeline = FALSE, identify = FALSE;
  gboolean bus = FALSE;
  g_autofree char *dump = NULL;
  g_autofree char *predictions = NULL;
  g_autofree char *text = NULL;
  g_autofree char *published = NULL;
  g_autofree char *language_option = NULL;
  double min_relaxed = 0, min_value = 0;
  int n_folds = 5, held_back = -1, develop = -1;
  GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print every error", NULL },
    { "counts", 0, 0, G_OPTION_ARG_NONE, &counts_only, "Per document: false positives and misses by type, numbers only", NULL },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language_option, "Language of the documents (default en)", "LANG" },
    { "through-pipeline", 0, 0, G_OPTION_ARG_NONE, &through_pipeline, "Score Analyze's date facts", NULL },
    { "identify", 0, 0, G_OPTION_ARG_NONE, &identify, "Through the pipeline, send no language: identification decides", NULL },
    { "bus", 0, 0, G_OPTION_ARG_NONE, &bus, "With --through-pipeline: Analyze of precisd on a private bus", NULL },
    { "folds", 0, 0, G_OPTION_ARG_INT, &n_folds, "Cross-validation folds (default 5)", "K" },
    { "held-back", 0, 0, G_OPTION_ARG_INT, &held_back, "Score only this fold", "F" },
    { "develop", 0, 0, G_OPTION_ARG_INT, &develop, "Score every fold but this one", "F" },
    { "dump", 0, 0, G_OPTION_ARG_FILENAME, &dump, "Write stripped texts for a peer", "DIR" },
    { "predictions", 0, 0, G_OPTION_ARG_FILENAME, &predictions, "Score a peer's output", "FILE" },
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &text, "Tag this file's text and print", "FILE" },
    { "published", 0, 0, G_OPTION_ARG_STRING, &published, "Anchor for --file", "DATE" },
    { "min-relaxed", 0, 0, G_OPTION_ARG_DOUBLE, &min_relaxed, "Fail below this relaxed F1", "F1" },
    { "min-value", 0, 0, G_OPTION_ARG_DOUBLE, &min_value, "Fail below this value F1", "F1" },
    { NULL },
  };
  /* g_print writes in the locale's charset: without this, the C locale's
   * ASCII, and every "é" of a --file span comes out as '?'. */
  setlocale (LC_ALL, "");
  g_autoptr (GOptionContext) octx = g_option_context_new ("[TML-DIR...]");
  g_option_context_add_main_entries (octx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (octx, &argc, &argv, &error))
    g_error ("%s", error->message);
  const char *language = language_option != NULL ? language_option : "en";
  if (n_folds < 1 || held_back >= n_folds || develop >= n_folds)
    g_error ("--held-back and --develop take a fold below --folds");
  if (bus && !through_pipeline)
    g_error ("--bus scores Analyze's date facts: it goes with --through-pipeline");

  if (!precis_pipeline_init (NULL, &error))
    g_error ("%s", error->message);
  g_autoptr (PrecisTimexRules) rules = precis_timex_rules_new (&error);
  if (rules == NULL)
    g_error ("%s", error->message);
  g_autoptr (PrecisHost) host = NULL;
  g_autoptr (PrecisPlugin) facts = NULL;
  if (through_pipeline)
    {
      const char *plugin_dirs[] = { PRECIS_BUILD_PLUGINDIR "/facts", NULL };
      host = precis_host_new (plugin_dirs);
      precis_host_rescan (host);
      facts = precis_host_lookup (host, "facts", PRECIS_CAPABILITY_FACTS, &error);
      if (facts == NULL)
        g_error ("facts plugin: %s", error->message);
    }
  BusFixture fixture = { 0 };
  g_autoptr (PrecisConnection) connection = NULL;
  if (bus)
    {
      /* precisd loads the data this process scores with (the source tree's
       * unless PRECIS_DATA_DIR says otherwise) and the build's plugins. */
      const char *data_dir = g_getenv ("PRECIS_DATA_DIR");
      g_autofree char *absolute = g_canonicalize_filename (data_dir ? data_dir : PRECIS_SOURCE_DATADIR, NULL);

      bus_fixture_use_plugins (PRECIS_BUILD_PLUGINDIR, absolute);
      bus_fixture_setup (&fixture, NULL, TRUE);
      connection = precis_connection_new_bus (fixture.address, NULL, &error);
      if (connection == NULL)
        g_error ("precisd on a private bus: %s", error->message);
    }

  if (text != NULL)
    {
      g_autofree char *path = g_steal_pointer (&text);
      if (!g_file_get_contents (path, &text, NULL, &error))
        g_error ("%s", error->message);
      g_autoptr (GDateTime) anchor = parse_dct (published);
      print_tokens = verbose;
      gint64 usec = 0;
      guint32 n = 0;
      g_autoptr (GArray) found = connection != NULL ? tag_through_bus (connection, text, anchor, language)
                                 : through_pipeline ? tag_through_pipeline (facts, text, anchor, language)
                                 : tag (rules, text, anchor, language, &usec, &n);
      if (!through_pipeline)
        g_printerr ("%u characters, %" G_GINT64_FORMAT " µs for the timex pass\n", n, usec);
      for (guint i = 0; i < found->len; i++)
        {
          Mention *m = &g_array_index (found, Mention, i);
          g_autofree char *s = slice (text, m->start, m->end);
          g_print ("%u\t%u\t%s\t%s\t%s\n", m->start, m->end, m->type, m->value, s);
        }
      bus_stop (&fixture, &connection);
      return 0;
    }

  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    list_tml (argv[i], paths);
  if (argc < 2)
    {
      const char *shared = g_getenv ("PRECIS_SHARED_DATA");
      const char *sub = NULL;
      for (gsize i = 0; i < G_N_ELEMENTS (default_dirs); i++)
        if (strcmp (default_dirs[i].language, language) == 0)
          sub = default_dirs[i].dir;
      g_autofree char *dir = g_build_filename (shared ? shared : "../shared/data", "timex",
                                               sub ? sub : language, NULL);
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          g_print ("1..0 # SKIP no TimeML data in %s\n", dir);
          bus_stop (&fixture, &connection);
          return 0;
        }
      list_tml (dir, paths);
    }
  g_ptr_array_sort (paths, compare_paths);
  g_autoptr (GHashTable) peer = predictions ? load_predictions (predictions) : NULL;
  if (dump != NULL)
    g_mkdir_with_parents (dump, 0755);

  Counts counts[N_BUCKETS] = { 0 };
  g_autofree Counts *folds = g_new0 (Counts, (gsize) n_folds * N_BUCKETS);
  g_autofree Counts *plain_folds = g_new0 (Counts, (gsize) n_folds * N_BUCKETS);
  g_autofree guint *fold_docs = g_new0 (guint, n_folds);
  gint64 total_usec = 0;
  guint64 total_chars = 0;
  guint n_docs = 0;
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (paths->pdata[i]);
      int fold = (int) (g_str_hash (base) % (guint) n_folds);
      if ((held_back >= 0 && fold != held_back) || (develop >= 0 && fold == develop))
        continue;
      TmlDoc *doc = tml_doc_load (paths->pdata[i], &error);
      if (doc == NULL)
        g_error ("%s", error->message);
      if (dump != NULL)
        {
          g_autofree char *tp = g_strdup_printf ("%s/%s.txt", dump, doc->name);
          g_autofree char *dp = g_strdup_printf ("%s/%s.dct", dump, doc->name);
          g_file_set_contents (tp, doc->text->str, doc->text->len, NULL);
          g_file_set_contents (dp, doc->dct, -1, NULL);
        }
      g_autoptr (GArray) system = NULL;
      if (peer != NULL)
        {
          GArray *list = g_hash_table_lookup (peer, doc->name);
          system = list ? g_array_ref (list) : g_array_new (FALSE, TRUE, sizeof (Mention));
        }
      else if (through_pipeline)
        {
          g_autoptr (GDateTime) anchor = parse_dct (doc->dct);
          system = connection != NULL
                       ? tag_through_bus (connection, doc->text->str, anchor, identify ? NULL : language)
                       : tag_through_pipeline (facts, doc->text->str, anchor, identify ? NULL : language);
        }
      else
        {
          g_autoptr (GDateTime) anchor = parse_dct (doc->dct);
          gint64 usec;
          guint32 n;
          system = tag (rules, doc->text->str, anchor, language, &usec, &n);
          total_usec += usec;
          total_chars += n;
        }
      Counts one[N_BUCKETS] = { 0 };
      score (doc, system, one, verbose && !counts_only);
      if (counts_only)
        print_counts (n_docs + 1, fold, doc, system);
      add_counts (counts, one);
      add_counts (&folds[fold * N_BUCKETS], one);
      {
        TmlDoc plain_doc = *doc;
        Counts plain[N_BUCKETS] = { 0 };
        g_autoptr (GArray) plain_system = without_vague (system, doc->gold);
        plain_doc.gold = without_vague (doc->gold, NULL);
        score (&plain_doc, plain_system, plain, FALSE);
        add_counts (&plain_folds[fold * N_BUCKETS], plain);
        g_array_unref (plain_doc.gold);
      }
      fold_docs[fold]++;
      n_docs++;
      tml_doc_free (doc);
    }
  g_autofree char *who = g_strdup_printf ("%s, %s%s%s, %u documents%s", peer ? predictions : "precis timex",
                                          language, !through_pipeline ? "" : bus ? ", through D-Bus" : ", through the pipeline",
                                          !through_pipeline || !identify ? "" : ", language identified",
                                          n_docs, held_back >= 0 ? ", held-back fold only" :
                                          develop >= 0 ? ", development folds only" : "");
  report (counts, who);
  if (n_folds > 1)
    report_folds (folds, plain_folds, fold_docs, n_folds);
  if (peer == NULL && !through_pipeline && total_chars > 0)
    g_print ("%.1f µs per document, %.1f µs per 4,000 characters\n",
             (double) total_usec / MAX (n_docs, 1), 4000.0 * total_usec / total_chars);
  if (relaxed_f1 (&counts[ALL]) < min_relaxed || value_f1 (&counts[ALL]) < min_value)
    {
      g_print ("below target: relaxed F1 %.1f (minimum %.1f), value F1 %.1f (minimum %.1f)\n",
               relaxed_f1 (&counts[ALL]), min_relaxed, value_f1 (&counts[ALL]), min_value);
      bus_stop (&fixture, &connection);
      return 1;
    }
  bus_stop (&fixture, &connection);
  return 0;
}
