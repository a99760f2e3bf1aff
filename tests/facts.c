/* facts.c — the `facts` plugin on the real pipeline: entities, ranking, offsets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <precis/precis-plugin.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdarg.h>
#include <string.h>

#include "data-dir.h"
#include "ner-conll.h"
#include "ner-entities.h"
#include "ner-markets.h"
#include "ner-mentions.h"
#include "ner-model.h"
#include "ner-tagger.h"
#include "ner-word.h"
#include "pipeline.h"

const PrecisPluginDescriptor *precis_plugin_entry (void);

static gpointer plugin_state;
static const PrecisPluginDescriptor *plugin;
/* The gazetteers the plugin loads with. */
static const char *const gazetteer_names[] = { "places.tsv", "demonyms.tsv", NULL };

static void
fact_clear (gpointer data)
{
  PrecisFact *fact = data;

  g_free (fact->value);
  g_array_unref (fact->mentions);
}

static GArray *
extract (const PrecisDocument *doc)
{
  PrecisRequest request = { 3, NULL, 0, NULL };
  GArray *facts = g_array_new (FALSE, FALSE, sizeof (PrecisFact));
  g_autoptr (GError) error = NULL;

  g_array_set_clear_func (facts, fact_clear);
  g_assert_true (plugin->extract_facts (plugin_state, doc, &request, facts, &error));
  g_assert_no_error (error);
  return facts;
}

static PrecisDocument *
seed_document (void)
{
  g_autofree char *path = g_build_filename (precis_data_dir (), "seed-article.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) published = g_date_time_new_utc (2025, 2, 23, 12, 0, 0);
  PrecisPipelineOptions options = { 0 };

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  options.published = published;
  options.published_source = PRECIS_ANCHOR_OPTION;
  return precis_document_new (text, -1, &options);
}

static guint
count_value (GArray *facts, gboolean (*kind_ok) (PrecisFactKind), const char *value, gint *index)
{
  guint n = 0;

  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *f = &g_array_index (facts, PrecisFact, i);
      if (kind_ok (f->kind) && g_str_equal (f->value, value))
        {
          n++;
          if (index)
            *index = (gint) i;
        }
    }
  return n;
}

static gboolean
is_actor (PrecisFactKind kind)
{
  return kind == PRECIS_FACT_PERSON || kind == PRECIS_FACT_ORGANIZATION;
}

static gboolean
is_place (PrecisFactKind kind)
{
  return kind == PRECIS_FACT_PLACE;
}

static void
dump (GArray *facts)
{
  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *f = &g_array_index (facts, PrecisFact, i);
      g_test_message ("fact %u: kind %d, %s, salience %.3f, %u mentions", i, f->kind, f->value,
                      f->salience, f->mentions->len);
    }
}

/* The mention's code-point span, in bytes, must fall on token boundaries of
 * one sentence: then it slices back to exactly the words that were tagged.
 * One exception: a place named inside a hyphenated word ("London-based")
 * ends at the hyphen (ner-hyphen-places.h). */
static void
assert_mention_slices (const PrecisDocument *doc, const PrecisFact *fact, const PrecisSpan *span)
{
  const char *start = g_utf8_offset_to_pointer (doc->text, span->start);
  const char *end = g_utf8_offset_to_pointer (doc->text, span->end);
  gint first = -1, last = -1;

  g_assert_cmpuint (span->start, <, span->end);
  g_assert_cmpuint (span->end, <=, doc->text_chars);
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      if (doc->tokens[i].start == span->start)
        {
          g_assert_cmpuint (doc->tokens[i].byte_start, ==, (guint32) (start - doc->text));
          first = (gint) i;
        }
      if (doc->tokens[i].end == span->end)
        {
          g_assert_cmpuint (doc->tokens[i].byte_end, ==, (guint32) (end - doc->text));
          last = (gint) i;
        }
      else if (fact->kind == PRECIS_FACT_PLACE && doc->tokens[i].start < span->end &&
               span->end < doc->tokens[i].end && *end == '-')
        last = (gint) i;
    }
  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (last, >=, first);
  g_assert_cmpuint (doc->tokens[first].sentence, ==, doc->tokens[last].sentence);
  g_assert_false (g_unichar_isspace (g_utf8_get_char (start)));

  /* A person's mention is made of words of the person's name ("Trump",
   * "Anil" for "Anil Ambani"): titles are not part of it. */
  if (fact->kind == PRECIS_FACT_PERSON)
    {
      g_autofree char *slice = g_strndup (start, end - start);
      g_autofree char *lower_slice = g_utf8_strdown (slice, -1);
      g_autofree char *lower_value = g_utf8_strdown (fact->value, -1);
      g_auto (GStrv) words = g_strsplit (lower_slice, " ", -1);
      g_auto (GStrv) names = g_strsplit (lower_value, " ", -1);

      for (guint w = 0; words[w]; w++)
        if (*words[w])
          g_assert_true (g_strv_contains ((const char *const *) names, words[w]));
    }
}

static void
test_seed_entities (void)
{
  g_autoptr (PrecisDocument) doc = seed_document ();
  g_autoptr (GArray) facts = extract (doc);
  const char *actors[] = { "Donald Trump", "Vladimir Putin", "Sergei Ryabkov", "Marco Rubio",
                           "Sergey Lavrov", "Volodymyr Zelenskyy", "Keir Starmer", "Joe Biden",
                           "NATO", "The Associated Press", NULL };
  const char *places[] = { "Russia", "Ukraine", "Saudi Arabia", "Moscow", "Kyiv", "London",
                           "Washington", "Europe", "United States", NULL };
  gint trump = -1, putin = -1, kilmeade = -1;

  dump (facts);
  for (guint i = 0; actors[i]; i++)
    {
      g_test_message ("actor %s", actors[i]);
      g_assert_cmpuint (count_value (facts, is_actor, actors[i], NULL), ==, 1);
    }
  for (guint i = 0; places[i]; i++)
    {
      g_test_message ("place %s", places[i]);
      g_assert_cmpuint (count_value (facts, is_place, places[i], NULL), ==, 1);
    }

  /* "Trump" is not an actor of its own beside "Donald Trump". */
  for (guint i = 0; i < facts->len; i++)
    for (guint j = 0; j < facts->len; j++)
      {
        const PrecisFact *a = &g_array_index (facts, PrecisFact, i);
        const PrecisFact *b = &g_array_index (facts, PrecisFact, j);
        g_autofree char *suffix = g_strconcat (" ", a->value, NULL);

        if (i != j && a->kind != PRECIS_FACT_DATE && b->kind == PRECIS_FACT_PERSON &&
            strchr (a->value, ' ') == NULL)
          g_assert_false (g_str_has_suffix (b->value, suffix));
      }

  count_value (facts, is_actor, "Donald Trump", &trump);
  count_value (facts, is_actor, "Vladimir Putin", &putin);
  count_value (facts, is_actor, "Brian Kilmeade", &kilmeade);
  g_assert_cmpint (kilmeade, >=, 0);
  g_assert_cmpint (trump, <, kilmeade);
  g_assert_cmpint (putin, <, kilmeade);

  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *f = &g_array_index (facts, PrecisFact, i);
      gboolean in_content = FALSE;

      if (i > 0)
        g_assert_cmpfloat (f->salience, <=, g_array_index (facts, PrecisFact, i - 1).salience);
      if (f->kind == PRECIS_FACT_DATE)
        continue;
      /* Not a common word: the article never writes the name in lower case. */
      g_autofree char *lower = g_utf8_strdown (f->value, -1);
      for (guint32 t = 0; t < doc->n_tokens; t++)
        if (doc->tokens[t].shape == PRECIS_SHAPE_LOWER)
          g_assert_cmpstr (doc->tokens[t].lower, !=, lower);
      /* Named in the article's own lines, never only in boilerplate or
       * repetitions. */
      for (guint k = 0; k < f->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (f->mentions, PrecisSpan, k);
          for (guint32 t = 0; t < doc->n_tokens; t++)
            if (doc->tokens[t].start == span->start &&
                precis_ner_sentence_has_facts (doc, doc->tokens[t].sentence))
              in_content = TRUE;
          assert_mention_slices (doc, f, span);
        }
      g_assert_true (in_content);
    }
}

/* "Trump", "Donald Trump", "U.S. President Donald Trump": one fact whose
 * mentions are in document order, without overlaps. */
static void
test_seed_mentions_grouped (void)
{
  g_autoptr (PrecisDocument) doc = seed_document ();
  g_autoptr (GArray) facts = extract (doc);
  gint trump = -1;

  count_value (facts, is_actor, "Donald Trump", &trump);
  g_assert_cmpint (trump, >=, 0);
  const PrecisFact *f = &g_array_index (facts, PrecisFact, trump);
  g_assert_cmpint (f->kind, ==, PRECIS_FACT_PERSON);
  g_assert_cmpuint (f->mentions->len, >=, 5);
  for (guint k = 1; k < f->mentions->len; k++)
    g_assert_cmpuint (g_array_index (f->mentions, PrecisSpan, k - 1).end, <=,
                      g_array_index (f->mentions, PrecisSpan, k).start);
}

static double
salience_of (GArray *facts, const char *value)
{
  for (guint i = 0; i < facts->len; i++)
    if (g_str_equal (g_array_index (facts, PrecisFact, i).value, value))
      return g_array_index (facts, PrecisFact, i).salience;
  g_assert_not_reached ();
}

/* Being in the summary the caller chose raises an entity's salience. */
static void
test_summary_salience (void)
{
  g_autoptr (PrecisDocument) doc = seed_document ();
  g_autoptr (GArray) plain = extract (doc);
  GArray *with_summary = g_array_new (FALSE, FALSE, sizeof (PrecisFact));
  g_autoptr (GError) error = NULL;
  guint32 summary[1] = { G_MAXUINT32 };
  PrecisRequest request = { 3, summary, 1, NULL };
  gint kilmeade = -1;

  g_array_set_clear_func (with_summary, fact_clear);
  count_value (plain, is_actor, "Brian Kilmeade", &kilmeade);
  g_assert_cmpint (kilmeade, >=, 0);
  const PrecisSpan *span = &g_array_index (g_array_index (plain, PrecisFact, kilmeade).mentions,
                                           PrecisSpan, 0);
  for (guint32 t = 0; t < doc->n_tokens; t++)
    if (doc->tokens[t].start == span->start)
      summary[0] = doc->tokens[t].sentence;
  g_assert_cmpuint (summary[0], <, doc->n_sentences);

  g_assert_true (plugin->extract_facts (plugin_state, doc, &request, with_summary, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (salience_of (with_summary, "Brian Kilmeade"), >,
                     salience_of (plain, "Brian Kilmeade"));
  g_assert_cmpfloat (salience_of (with_summary, "Keir Starmer"), ==,
                     salience_of (plain, "Keir Starmer"));
  g_array_unref (with_summary);
}

static void
test_empty_and_cancelled (void)
{
  g_autoptr (PrecisDocument) empty = precis_document_new ("", -1, NULL);
  g_autoptr (GArray) facts = extract (empty);
  g_autoptr (PrecisDocument) doc = seed_document ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GArray) none = g_array_new (FALSE, FALSE, sizeof (PrecisFact));
  g_autoptr (GError) error = NULL;
  PrecisRequest request = { 3, NULL, 0, cancellable };

  g_assert_cmpuint (facts->len, ==, 0);
  g_array_set_clear_func (none, fact_clear);
  g_cancellable_cancel (cancellable);
  g_assert_false (plugin->extract_facts (plugin_state, doc, &request, none, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Two people share a surname: each lone "Robinson" goes to the one named
 * last before it; an acronym joins the organization it abbreviates. */
static void
test_shared_surname_and_acronym (void)
{
  const char *text =
      "England coach Andy Robinson named his squad on Monday. Robinson said the team was ready.\n\n"
      "Winger Jason Robinson will captain the side against Wales in Cardiff. Robinson, 30, has won 40 caps.\n\n"
      "The Rugby Football Union (RFU) confirmed the decision. The RFU said Andy Robinson had its full support.";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);
  gint andy = -1, jason = -1, rfu = -1;
  const char *second = strstr (text, "Robinson, 30");
  guint32 second_start = (guint32) g_utf8_pointer_to_offset (text, second);

  dump (facts);
  g_assert_cmpuint (count_value (facts, is_actor, "Andy Robinson", &andy), ==, 1);
  g_assert_cmpuint (count_value (facts, is_actor, "Jason Robinson", &jason), ==, 1);
  g_assert_cmpuint (count_value (facts, is_actor, "Robinson", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_actor, "RFU", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_actor, "Rugby Football Union", &rfu), ==, 1);
  g_assert_cmpuint (g_array_index (facts, PrecisFact, rfu).mentions->len, ==, 3);

  const PrecisFact *j = &g_array_index (facts, PrecisFact, jason);
  gboolean found = FALSE;
  for (guint k = 0; k < j->mentions->len; k++)
    found |= g_array_index (j->mentions, PrecisSpan, k).start == second_start;
  g_assert_true (found);
  g_assert_cmpuint (g_array_index (facts, PrecisFact, andy).mentions->len, ==, 3);
}

/* A data directory of its own: the gazetteers the plugin needs and an
 * empty models/ (a test writes its ner-en.model). */
static char *
data_dir_new (void)
{
  g_autofree char *dir = g_dir_make_tmp ("precis-facts-XXXXXX", NULL);
  g_autofree char *models = g_build_filename (dir, "models", NULL);
  g_autofree char *gazetteers = g_build_filename (dir, "gazetteers", NULL);

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir (models, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (gazetteers, 0700), ==, 0);
  for (guint i = 0; gazetteer_names[i]; i++)
    {
      g_autofree char *from = g_build_filename (precis_data_dir (), "gazetteers", gazetteer_names[i], NULL);
      g_autofree char *to = g_build_filename (gazetteers, gazetteer_names[i], NULL);
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (from, &text, &length, NULL));
      g_assert_true (g_file_set_contents (to, text, (gssize) length, NULL));
    }
  return g_steal_pointer (&dir);
}

static void
data_dir_remove (const char *dir)
{
  g_autofree char *models = g_build_filename (dir, "models", NULL);
  g_autofree char *gazetteers = g_build_filename (dir, "gazetteers", NULL);
  g_autofree char *model = g_build_filename (models, "ner-en.model", NULL);

  for (guint i = 0; gazetteer_names[i]; i++)
    {
      g_autofree char *to = g_build_filename (gazetteers, gazetteer_names[i], NULL);
      g_unlink (to);
    }
  g_unlink (model);
  g_rmdir (models);
  g_rmdir (gazetteers);
  g_rmdir (dir);
}

/* A model of another version, or cut short, is refused with a message
 * saying what to do, and nothing is loaded. */
static void
test_model_refused (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *model = g_build_filename (dir, "models", "ner-en.model", NULL);
  g_autofree char *source = g_build_filename (precis_data_dir (), "models", "ner-en.model", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  gpointer state = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 64);

  /* The version field follows the 8-byte magic. */
  contents[8] ^= 0x40;
  g_assert_true (g_file_set_contents (model, contents, (gssize) length, NULL));
  g_assert_false (plugin->load (dir, &state, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "retrain"));
  g_clear_error (&error);

  contents[8] ^= 0x40;
  g_assert_true (g_file_set_contents (model, contents, (gssize) length / 2, NULL));
  g_assert_false (plugin->load (dir, &state, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* The same bytes whole load. */
  g_assert_true (g_file_set_contents (model, contents, (gssize) length, NULL));
  g_assert_true (plugin->load (dir, &state, &error));
  g_assert_no_error (error);
  plugin->unload (state);
  data_dir_remove (dir);
}

/* The shipped model (version 3: a feature's rows of both stages side by
 * side) rewritten in version 2's layout (each stage's header and table
 * apart) still loads, and gives the seed article the same facts. */
static void
test_model_version_2 (void)
{
  g_autofree char *dir = data_dir_new ();
  g_autofree char *model = g_build_filename (dir, "models", "ner-en.model", NULL);
  g_autofree char *source = g_build_filename (precis_data_dir (), "models", "ner-en.model", NULL);
  g_autofree char *v3 = NULL;
  g_autofree guint8 *v2 = NULL;
  const PrecisNerModelHeader *h;
  const gint16 *table;
  gsize length, n_rows;
  gpointer state = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisDocument) doc = seed_document ();
  g_autoptr (GArray) expected = extract (doc);
  g_autoptr (GArray) facts = g_array_new (FALSE, FALSE, sizeof (PrecisFact));
  PrecisRequest request = { 3, NULL, 0, NULL };

  g_assert_true (g_file_get_contents (source, &v3, &length, NULL));
  h = (const PrecisNerModelHeader *) v3;
  g_assert_cmpuint (h->version, ==, 3);
  g_assert_cmpuint (h->n_stages, ==, 2);
  n_rows = (gsize) 1 << h->hash_bits;
  table = (const gint16 *) (v3 + sizeof *h + 2 * sizeof (PrecisNerStageHeader));
  v2 = g_malloc (length);
  memcpy (v2, v3, sizeof *h);
  ((PrecisNerModelHeader *) v2)->version = 2;
  for (guint s = 0; s < 2; s++)
    {
      guint8 *stage = v2 + sizeof *h +
                      s * (sizeof (PrecisNerStageHeader) + n_rows * PRECIS_NER_N_TAGS * sizeof (gint16));
      gint16 *weights = (gint16 *) (stage + sizeof (PrecisNerStageHeader));

      memcpy (stage, v3 + sizeof *h + s * sizeof (PrecisNerStageHeader), sizeof (PrecisNerStageHeader));
      for (gsize r = 0; r < n_rows; r++)
        memcpy (weights + r * PRECIS_NER_N_TAGS, table + (r * 2 + s) * PRECIS_NER_N_TAGS,
                PRECIS_NER_N_TAGS * sizeof (gint16));
    }
  g_assert_true (g_file_set_contents (model, (const char *) v2, (gssize) length, NULL));
  g_assert_true (plugin->load (dir, &state, &error));
  g_assert_no_error (error);

  g_array_set_clear_func (facts, fact_clear);
  g_assert_true (plugin->extract_facts (state, doc, &request, facts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, >, 5);
  g_assert_cmpuint (facts->len, ==, expected->len);
  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *a = &g_array_index (expected, PrecisFact, i);
      const PrecisFact *b = &g_array_index (facts, PrecisFact, i);

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpstr (a->value, ==, b->value);
      g_assert_cmpfloat (a->salience, ==, b->salience);
      g_assert_cmpmem (a->mentions->data, a->mentions->len * sizeof (PrecisSpan),
                       b->mentions->data, b->mentions->len * sizeof (PrecisSpan));
    }
  plugin->unload (state);
  data_dir_remove (dir);
}

/* A model keeps the language's lower-case words after its weights
 * (train-ner --lower-words): they load with it, sorted, and a file cut
 * short of them, or a version 2 file that claims some, is refused. */
static void
test_model_lower_words (void)
{
  g_autofree char *dir = g_dir_make_tmp ("precis-lower-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ner-xx.model", NULL);
  g_autofree char *bare = g_build_filename (dir, "ner-yy.model", NULL);
  g_autofree float *weights = g_new0 (float, (gsize) 1024 * PRECIS_NER_N_TAGS);
  float transition[(PRECIS_NER_N_TAGS + 1) * PRECIS_NER_N_TAGS] = { 0 };
  PrecisNerStageWeights stage = { weights, transition };
  const guint32 hashes[] = { 7, 0x1234567u, 0x9abcdef0u };
  PrecisNerLexicon words = { hashes, G_N_ELEMENTS (hashes) };
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (precis_ner_model_write (path, 10, &stage, 1, &words, 0, &error));
  g_assert_true (precis_ner_model_write (bare, 10, &stage, 1, NULL, 0, &error));
  {
    g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);
    g_autoptr (PrecisNerModel) without = precis_ner_model_load (bare, &error);
    PrecisNerLexicon kept, none;

    g_assert_no_error (error);
    kept = precis_ner_model_lower_words (model);
    none = precis_ner_model_lower_words (without);
    g_assert_cmpuint (kept.n, ==, 3);
    g_assert_cmpuint (none.n, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (hashes); i++)
      g_assert_true (precis_ner_lexicon_contains (&kept, hashes[i]));
    g_assert_false (precis_ner_lexicon_contains (&kept, 8));
    g_assert_false (precis_ner_lexicon_contains (&kept, 0xffffffffu));
    g_assert_false (precis_ner_lexicon_contains (&none, 7));
  }
  /* Cut short of its last word. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length - 4, NULL));
  g_assert_null (precis_ner_model_load (path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  /* Version 2 had no words after its tables. */
  ((PrecisNerModelHeader *) contents)->version = 2;
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  g_assert_null (precis_ner_model_load (path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_unlink (path);
  g_unlink (bare);
  g_rmdir (dir);
}

/* A word's fold hash is the hash of its lower case's ASCII bytes: "Für",
 * "Fr" (a copy that lost the umlaut) and "Fьr" (one that garbled it) ask a
 * folded lexicon the same word; an ASCII word's is its lower-case hash. */
static void
test_word_fold_hash (void)
{
  const char *words[] = { "Für", "Fr", "FЬR", "Fьr", "fr" };
  PrecisNerWordInfo info[G_N_ELEMENTS (words)];
  char lower[] = "straße";

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      PrecisNerToken token = { words[i], (guint32) strlen (words[i]) };

      precis_ner_word_info_describe (&token, &info[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_assert_cmpuint (info[i].fold_hash, ==, info[1].lower_hash);
  g_assert_cmpuint (info[1].fold_hash, ==, info[1].lower_hash);
  g_assert_cmpuint (info[0].lower_hash, !=, info[1].lower_hash);
  g_assert_cmpuint (precis_ner_word_ascii (lower, strlen (lower)), ==, 5);
  g_assert_cmpmem (lower, 5, "strae", 5);
}

/* The header's flags load with the model (train-ner --ascii-copy writes
 * PRECIS_NER_MODEL_ASCII_PHRASES); a flag this plugin does not know is a
 * model it cannot read as meant, and is refused. */
static void
test_model_flags (void)
{
  g_autofree char *dir = g_dir_make_tmp ("precis-flags-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ner-xx.model", NULL);
  g_autofree float *weights = g_new0 (float, (gsize) 1024 * PRECIS_NER_N_TAGS);
  float transition[(PRECIS_NER_N_TAGS + 1) * PRECIS_NER_N_TAGS] = { 0 };
  PrecisNerStageWeights stage = { weights, transition };
  g_autoptr (GError) error = NULL;

  g_assert_true (precis_ner_model_write (path, 10, &stage, 1, NULL, 0, &error));
  {
    g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (precis_ner_model_flags (model), ==, 0);
  }
  g_assert_true (precis_ner_model_write (path, 10, &stage, 1, NULL, PRECIS_NER_MODEL_ASCII_PHRASES, &error));
  {
    g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (precis_ner_model_flags (model), ==, PRECIS_NER_MODEL_ASCII_PHRASES);
  }
  {
    const guint32 hashes[] = { 7 };
    PrecisNerLexicon words = { hashes, 1, FALSE };
    g_autoptr (PrecisNerModel) model = NULL;

    g_assert_true (precis_ner_model_write (path, 10, &stage, 1, &words,
                                           PRECIS_NER_MODEL_ASCII_LEXICON, &error));
    model = precis_ner_model_load (path, &error);
    g_assert_no_error (error);
    g_assert_true (precis_ner_model_lower_words (model).folded);
  }
  /* train-ner --given-names. */
  g_assert_true (precis_ner_model_write (path, 10, &stage, 1, NULL, PRECIS_NER_MODEL_GIVEN_NAMES, &error));
  {
    g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (precis_ner_model_flags (model), ==, PRECIS_NER_MODEL_GIVEN_NAMES);
  }
  /* train-ner --surnames. */
  g_assert_true (precis_ner_model_write (path, 10, &stage, 1, NULL, PRECIS_NER_MODEL_SURNAMES, &error));
  {
    g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (precis_ner_model_flags (model), ==, PRECIS_NER_MODEL_SURNAMES);
  }
  /* train-ner --lower-words-for-rules. */
  {
    const guint32 hashes[] = { 7 };
    PrecisNerLexicon words = { hashes, 1, FALSE };
    g_autoptr (PrecisNerModel) model = NULL;

    g_assert_true (precis_ner_model_write (path, 10, &stage, 1, &words,
                                           PRECIS_NER_MODEL_LEXICON_FOR_RULES, &error));
    model = precis_ner_model_load (path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (precis_ner_model_flags (model), ==, PRECIS_NER_MODEL_LEXICON_FOR_RULES);
    g_assert_cmpuint (precis_ner_model_lower_words (model).n, ==, 1);
  }
  g_assert_true (precis_ner_model_write (path, 10, &stage, 1, NULL, 1u << 7, &error));
  g_assert_null (precis_ner_model_load (path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_unlink (path);
  g_rmdir (dir);
}

/* Every shipped model is in the format today's train-ner writes.  The
 * loader still reads version 2, so an old file works and hides that its
 * documented command no longer makes it (the non-English models of
 * sessions 1-7); tools/check-models compares the bytes, which needs the
 * training data, and this catches the format without it. */
static void
test_shipped_models_current (void)
{
  g_autofree char *dir = g_build_filename (precis_data_dir (), "models", NULL);
  g_autoptr (GDir) models = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (models);
  while ((name = g_dir_read_name (models)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr (GMappedFile) file = NULL;
      const PrecisNerModelHeader *h;

      if (!g_str_has_prefix (name, "ner-") || !g_str_has_suffix (name, ".model"))
        continue;
      path = g_build_filename (dir, name, NULL);
      file = g_mapped_file_new (path, FALSE, NULL);
      g_assert_nonnull (file);
      g_assert_cmpuint (g_mapped_file_get_length (file), >=, sizeof *h);
      h = (const PrecisNerModelHeader *) g_mapped_file_get_contents (file);
      if (h->version != PRECIS_NER_MODEL_VERSION || h->features_version != PRECIS_NER_FEATURES_VERSION)
        g_error ("%s: version %u, features %u; train-ner writes %u, %u: retrain it "
                 "(tools/check-models)", path, h->version, h->features_version,
                 PRECIS_NER_MODEL_VERSION, PRECIS_NER_FEATURES_VERSION);
      n++;
    }
  /* English and the six languages of data/models/README.md. */
  g_assert_cmpuint (n, ==, 7);
}

static int
compare_guint32 (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Every shipped model's lower-case words (and German's nouns) are those
 * today's word reader finds in the text it trained on
 * (tools/train-ner-languages: its files, --validation, --ascii-copy,
 * --noun-words).  A change to how words are read (U+2019
 * read as "'", d6c6f86) changes them and the weights learned with them:
 * the models must be retrained, or the command no longer makes the
 * shipped bytes (tools/check-models compares the whole files; this is its
 * quick part).  Skipped without the shared data. */
static void
test_shipped_lower_words_current (void)
{
  static const struct {
    const char *language;
    const char *files[5];
    gboolean validation, ascii_copy, nouns;
  } models[] = {
    { "es", { "es/conll2002/train.conll" }, FALSE, FALSE, FALSE },
    { "it", { "it/kind-wikinews/train.conll" }, FALSE, FALSE, FALSE },
    { "fr", { "fr/wikineural/dev.conll", "fr/europeana/bnf.conll" }, TRUE, FALSE, FALSE },
    { "de",
      { "de/germeval2014/dev.conll", "de/germeval2014/dev.conll", "de/wikineural/dev.conll",
        "de/europeana/sbb.conll" },
      FALSE, TRUE, TRUE },
  };
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");
  g_autofree char *probe = shared ? g_build_filename (shared, "ner", "it", "kind-wikinews", "train.conll", NULL) : NULL;

  if (probe == NULL || !g_file_test (probe, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no NER training files (PRECIS_SHARED_DATA)");
      return;
    }
  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *name = g_strdup_printf ("ner-%s.model", models[m].language);
      g_autofree char *path = g_build_filename (precis_data_dir (), "models", name, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisNerModel) model = precis_ner_model_load (path, &error);
      g_autoptr (PrecisNerCorpus) corpus = NULL;
      g_autoptr (GArray) made = NULL;
      g_autoptr (GArray) nouns = NULL;
      PrecisNerLexicon shipped, shipped_nouns;

      g_assert_no_error (error);
      for (guint f = 0; f < G_N_ELEMENTS (models[m].files) && models[m].files[f]; f++)
        g_ptr_array_add (paths, g_build_filename (shared, "ner", models[m].files[f], NULL));
      g_ptr_array_add (paths, NULL);
      corpus = precis_ner_corpus_load_files ((char **) paths->pdata, &error);
      g_assert_no_error (error);
      if (models[m].validation)
        precis_ner_corpus_drop_validation (corpus);
      if (models[m].ascii_copy)
        precis_ner_corpus_add_ascii_copy (corpus);
      made = precis_ner_corpus_lower_words (corpus, models[m].ascii_copy);
      /* train-ner --noun-words: the nouns in the lexicon, and apart. */
      nouns = models[m].nouns ? precis_ner_corpus_noun_words (corpus, models[m].ascii_copy)
                              : g_array_new (FALSE, FALSE, sizeof (guint32));
      g_array_append_vals (made, nouns->data, nouns->len);
      g_array_sort (made, compare_guint32);
      shipped = precis_ner_model_lower_words (model);
      shipped_nouns = precis_ner_model_noun_words (model);
      if (nouns->len != shipped_nouns.n ||
          (nouns->len > 0 && memcmp (nouns->data, shipped_nouns.hashes, (gsize) nouns->len * sizeof (guint32)) != 0))
        g_error ("%s: %u nouns shipped, today's reader finds %u: retrain it (tools/check-models)",
                 path, shipped_nouns.n, nouns->len);
      g_test_message ("%s: %u words made, %u shipped", models[m].language, made->len, shipped.n);
      if (made->len != shipped.n ||
          memcmp (made->data, shipped.hashes, (gsize) made->len * sizeof (guint32)) != 0)
        g_error ("%s: %u lower-case words shipped, today's reader finds %u: retrain it (tools/check-models)",
                 path, shipped.n, made->len);
    }
}

/* "The New York Times" opening a sentence and inside one: one
 * organization, named with its article; "UN" and "U.N." join "United
 * Nations". */
static void
test_article_and_acronyms (void)
{
  const char *text =
      "The New York Times reported on Monday that talks had stalled. A spokesman told "
      "The New York Times that the United Nations would meet.\n\n"
      "The UN has not commented. U.N. officials said the talks would resume.";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);
  gint nyt = -1, un = -1;

  dump (facts);
  g_assert_cmpuint (count_value (facts, is_actor, "The New York Times", &nyt), ==, 1);
  g_assert_cmpuint (count_value (facts, is_actor, "New York Times", NULL), ==, 0);
  g_assert_cmpuint (g_array_index (facts, PrecisFact, nyt).mentions->len, ==, 2);
  g_assert_cmpuint (count_value (facts, is_actor, "United Nations", &un), ==, 1);
  g_assert_cmpuint (g_array_index (facts, PrecisFact, un).mentions->len, ==, 3);
}

static char *
conll_document_text (const char *block)
{
  g_auto (GStrv) lines = g_strsplit (block, "\n", -1);
  GString *text = g_string_new (NULL);
  gboolean line_open = FALSE;

  for (guint i = 0; lines[i]; i++)
    {
      const char *space = strchr (lines[i], ' ');

      if (space == NULL)
        {
          if (line_open)
            g_string_append (text, "\n\n");
          line_open = FALSE;
          continue;
        }
      if (line_open)
        g_string_append_c (text, ' ');
      g_string_append_len (text, lines[i], space - lines[i]);
      line_open = TRUE;
    }
  return g_string_free (text, FALSE);
}

static void
test_conll_offsets (void)
{
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");
  g_autofree char *path = shared ? g_build_filename (shared, "ner", "conll2003", "dev.conll", NULL) : NULL;
  g_autofree char *contents = NULL;
  guint n_mentions = 0, n_docs = 0;

  if (path == NULL || !g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("no CoNLL-2003 dev set (PRECIS_SHARED_DATA)");
      return;
    }
  g_auto (GStrv) documents = g_strsplit (contents, "-DOCSTART- -X- -X- O\n", -1);
  for (guint d = 0; documents[d]; d++)
    {
      g_autofree char *text = conll_document_text (documents[d]);
      PrecisPipelineOptions options = { 0 };
      g_autoptr (GDateTime) published = g_date_time_new_utc (1996, 8, 30, 0, 0, 0);
      g_autoptr (PrecisDocument) doc = NULL;
      g_autoptr (GArray) facts = NULL;

      if (*text == '\0')
        continue;
      options.published = published;
      options.title = "";
      doc = precis_document_new (text, -1, &options);
      facts = extract (doc);
      for (guint i = 0; i < facts->len; i++)
        {
          const PrecisFact *f = &g_array_index (facts, PrecisFact, i);
          if (f->kind == PRECIS_FACT_DATE)
            continue;
          for (guint k = 0; k < f->mentions->len; k++, n_mentions++)
            {
              assert_mention_slices (doc, f, &g_array_index (f->mentions, PrecisSpan, k));
              /* In document order, never overlapping. */
              if (k > 0)
                g_assert_cmpuint (g_array_index (f->mentions, PrecisSpan, k - 1).end, <=,
                                  g_array_index (f->mentions, PrecisSpan, k).start);
            }
        }
      n_docs++;
    }
  g_test_message ("%u mentions in %u documents slice back", n_mentions, n_docs);
  g_assert_cmpuint (n_mentions, >, 3000);
}


/* Issue 14's examples.  The BBC articles are shared data: these are
 * paragraphs written for the tests in the same shape (a match report with
 * line-ups, a results story, a virus story), so they always run; the
 * articles themselves are checked below when ../shared is there. */

static gboolean
is_named (PrecisFactKind kind)
{
  return kind != PRECIS_FACT_DATE;
}

/* The kind of the one fact named `value`; fails unless there is one. */
static PrecisFactKind
kind_of_value (GArray *facts, const char *value)
{
  gint index = -1;

  g_test_message ("fact %s", value);
  g_assert_cmpuint (count_value (facts, is_named, value, &index), ==, 1);
  return g_array_index (facts, PrecisFact, index).kind;
}

/* No fact is named any of the NULL-terminated names (titles, prizes,
 * fragments), whatever its kind. */
static void
assert_no_fact_named (GArray *facts, ...)
{
  va_list names;

  va_start (names, facts);
  for (const char *name = va_arg (names, const char *); name != NULL; name = va_arg (names, const char *))
    {
      g_test_message ("no fact %s", name);
      g_assert_cmpuint (count_value (facts, is_named, name, NULL), ==, 0);
    }
  va_end (names);
}

/* The fact one of whose mentions is the text at `at`, `length` bytes. */
static const PrecisFact *
fact_mentioning (const PrecisDocument *doc, GArray *facts, const char *at, gsize length)
{
  guint32 start = (guint32) g_utf8_pointer_to_offset (doc->text, at);
  guint32 end = (guint32) g_utf8_pointer_to_offset (doc->text, at + length);

  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *f = &g_array_index (facts, PrecisFact, i);

      for (guint k = 0; k < f->mentions->len; k++)
        if (g_array_index (f->mentions, PrecisSpan, k).start == start &&
            g_array_index (f->mentions, PrecisSpan, k).end == end)
          return f;
    }
  return NULL;
}

/* Every occurrence of `word` (as a whole word) that is a mention belongs
 * to the fact named `value`, and at least `min` of them are mentions. */
static void
assert_word_joins (const PrecisDocument *doc, GArray *facts, const char *word, const char *value,
                   guint min)
{
  gsize len = strlen (word);
  guint found = 0;

  for (const char *p = strstr (doc->text, word); p; p = strstr (p + 1, word))
    {
      const PrecisFact *f;

      if ((p > doc->text && g_ascii_isalnum (p[-1])) || g_ascii_isalnum (p[len]))
        continue;
      f = fact_mentioning (doc, facts, p, len);
      if (f == NULL)
        continue;
      g_test_message ("%s at %zd in %s", word, p - doc->text, f->value);
      g_assert_cmpstr (f->value, ==, value);
      found++;
    }
  g_assert_cmpuint (found, >=, min);
}

static const char football_report[] =
  "Manchester United reduced Chelsea's Premiership lead to nine points after a 2-0 win over Manchester "
  "City.\n\n"
  "Wayne Rooney put United ahead after the break and Richard Dunne turned the ball into his own net "
  "late on. City had the better of the first half, but Steve McManaman shot wide from close range. "
  "Cristiano Ronaldo came on for John O'Shea and gave Ben Thatcher a difficult afternoon. United boss "
  "Alex Ferguson said: \"With (Cristiano) Ronaldo on, the pace improved.\" City manager Kevin Keegan "
  "said his side had deserved more. Man City have now lost three derbies in a row, and United still "
  "hope to catch Chelsea in the title race.\n\n"
  "Man City: James, Mills, Dunne, Distin, Thatcher, Wright-Phillips, Barton (Macken 68), Sibierski, "
  "McManaman, Musampa, Fowler. Subs Not Used: Weaver, Onuoha, Flood. Booked: Fowler, Sibierski.\n"
  "Man Utd: Carroll, Neville, Ferdinand, Brown, Heinze, O'Shea, Keane, Fortune, Fletcher, Rooney, "
  "Scholes (Phil Neville 84). Subs Not Used: Howard, Bellion. Booked: Rooney, Keane. Att: 47,111 "
  "Ref: S Bennett (Kent).";

static void
check_football (const PrecisDocument *doc, GArray *facts)
{
  /* One club, whatever it is called: Manchester City, Man City, City. */
  g_assert_cmpuint (count_value (facts, is_named, "City", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_named, "Man City", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_named, "Man", NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Manchester City"), ==, PRECIS_FACT_ORGANIZATION);
  assert_word_joins (doc, facts, "City", "Manchester City", 3);
  /* "United" is Manchester United when the article names it. */
  g_assert_cmpuint (count_value (facts, is_named, "United", NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Manchester United"), ==, PRECIS_FACT_ORGANIZATION);
  assert_word_joins (doc, facts, "United", "Manchester United", 2);
  /* A club the tagger reads as a first name: the league lead is a team's. */
  g_assert_cmpint (kind_of_value (facts, "Chelsea"), ==, PRECIS_FACT_ORGANIZATION);
  /* "(Cristiano) Ronaldo" */
  g_assert_cmpuint (count_value (facts, is_named, "Cristiano", NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Cristiano Ronaldo"), ==, PRECIS_FACT_PERSON);
  assert_word_joins (doc, facts, "Cristiano", "Cristiano Ronaldo", 0);
  /* "Ben Thatcher": a person, never Benin, never a place. */
  g_assert_cmpuint (count_value (facts, is_named, "Benin", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_place, "Thatcher", NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Ben Thatcher"), ==, PRECIS_FACT_PERSON);
  /* Line-ups are people. */
  g_assert_cmpint (kind_of_value (facts, "Keane"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Sibierski"), ==, PRECIS_FACT_PERSON);
  /* So are the short lists beside them: a substitute's bracket, the unused
   * substitutes, the referee; the referee's county stays a place. */
  g_assert_cmpint (kind_of_value (facts, "Phil Neville"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Howard"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Bellion"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "S Bennett"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Kent"), ==, PRECIS_FACT_PLACE);
  /* Names the tagger leaves untagged there are people too. */
  g_assert_cmpint (kind_of_value (facts, "Macken"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Flood"), ==, PRECIS_FACT_PERSON);
  /* The leading facts are named in full, not "City" or "United". */
  for (guint i = 0; i < MIN (facts->len, 3u); i++)
    g_assert_nonnull (strchr (g_array_index (facts, PrecisFact, i).value, ' '));
}

static void
test_football_report (void)
{
  PrecisPipelineOptions options = { .title = "Man City 0-2 Man Utd" };
  g_autoptr (PrecisDocument) doc = precis_document_new (football_report, -1, &options);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  check_football (doc, facts);
}

static const char business_story[] =
  "Media giant TimeWarner said quarterly profits rose 76% on the back of advertising sales at AOL "
  "and a stake in Google.\n\n"
  "Time Warner said its film studio Warner Bros had a weaker year after the last film in the Lord of "
  "the Rings trilogy lifted results a year earlier. Chief executive Richard Parsons said TimeWarner "
  "would grow its earnings by about 5% in 2005.";

static void
check_business (GArray *facts)
{
  g_assert_cmpint (kind_of_value (facts, "Time Warner"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpuint (count_value (facts, is_named, "TimeWarner", NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Warner Bros"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpuint (count_value (facts, is_place, "Lord", NULL), ==, 0);
  /* A company of the lexicon (data/gazetteers/companies.tsv). */
  g_assert_cmpint (kind_of_value (facts, "Google"), ==, PRECIS_FACT_ORGANIZATION);
}

static void
test_business_story (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (business_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  check_business (facts);
}

static const char virus_story[] =
  "Users are being warned about a virus that poses as the hugely popular Tetris game.\n\n"
  "Sophos said the worm installs a copy of Tetris on the machines it infects. PCs running Windows "
  "95, 98, ME, NT, 2000 and XP could be vulnerable, said Graham Cluley of Sophos.";

static gboolean
is_organization (PrecisFactKind kind)
{
  return kind == PRECIS_FACT_ORGANIZATION;
}

static gboolean
is_person (PrecisFactKind kind)
{
  return kind == PRECIS_FACT_PERSON;
}

static void
check_virus (GArray *facts)
{
  g_assert_cmpuint (count_value (facts, is_person, "Tetris", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_place, "ME", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_place, "NT", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_organization, "XP", NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Graham Cluley"), ==, PRECIS_FACT_PERSON);
}

static void
test_virus_story (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (virus_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  check_virus (facts);
}

/* "Obama" is the person named in full, never an organization; a person's
 * name variants and an organization's long and short names are one fact. */
static void
test_name_variants (void)
{
  const char *text =
      "Former US President Barack Obama on Tuesday urged Congress to act on climate change. Obama "
      "said the country could not wait another decade.\n\n"
      "The New Zealand Department of Conservation said a kauri dieback survey would start in "
      "Northland next month.\n\n"
      "\"The trees are under real pressure,\" said ranger Te Kaurinui Parata, who works for the "
      "Department of Conservation in Whangarei. Te Kaurinui said volunteers had cleaned more than "
      "2000 boots at the track entrances.\n\n"
      "Kaurinui Robert Parata, as he is named in the department's report, said the survey would "
      "take a year. The Department of Conservation will publish its results in March.";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);
  /* Where each variant stands alone, and its name. */
  const char *kaurinui[][2] = { { "ranger Te Kaurinui Parata", "Te Kaurinui Parata" },
                                { "Te Kaurinui said", "Te Kaurinui" },
                                { "Kaurinui Robert Parata,", "Kaurinui Robert Parata" },
                                { NULL, NULL } };
  const PrecisFact *person = NULL, *doc_fact = NULL;

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Barack Obama"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpuint (count_value (facts, is_named, "Obama", NULL), ==, 0);
  /* Mentions are looked up in the document's own copy of the text. */
  text = doc->text;
  for (guint i = 0; kaurinui[i][0]; i++)
    {
      const char *at = strstr (strstr (text, kaurinui[i][0]), kaurinui[i][1]);
      const PrecisFact *f = fact_mentioning (doc, facts, at, strlen (kaurinui[i][1]));

      g_test_message ("%s", kaurinui[i][1]);
      g_assert_nonnull (f);
      g_assert_cmpint (f->kind, ==, PRECIS_FACT_PERSON);
      g_assert_true (person == NULL || person == f);
      person = f;
    }
  for (const char *p = strstr (text, "Department of Conservation"); p;
       p = strstr (p + 1, "Department of Conservation"))
    {
      gsize prefix = strlen ("New Zealand ");
      const char *start = (gsize) (p - text) >= prefix && g_str_has_prefix (p - prefix, "New Zealand ")
                              ? p - prefix
                              : p;
      const PrecisFact *f = fact_mentioning (doc, facts, start,
                                             p + strlen ("Department of Conservation") - start);

      g_assert_nonnull (f);
      g_assert_cmpint (f->kind, ==, PRECIS_FACT_ORGANIZATION);
      g_assert_true (doc_fact == NULL || doc_fact == f);
      doc_fact = f;
    }
}

/* A results table of Italian riders, in English, sent with no language:
 * its names do not make it Italian, so it gets its facts (issue 14). */
static const char results_table[] =
  "CYCLING - LEADING RESULTS OF THE GIRO DEL TRENTINO .\n"
  "TRENTO , Italy 1997-04-23\n"
  "Leading results of the third stage of the Giro del Trentino between Arco and Pergine Valsugana on "
  "Wednesday :\n"
  "1. Francesco Casagrande ( Italy ) Saeco 4 hours 12 minutes 30 seconds\n"
  "2. Gianni Faresin ( Italy ) Mapei same time\n"
  "3. Leonardo Piepoli ( Italy ) Refin 12 seconds behind\n"
  "4. Wladimir Belli ( Italy ) Brescialat\n"
  "5. Stefano Zanini ( Italy ) Gewiss\n"
  "Overall standings after three stages :\n"
  "1. Casagrande 12 hours 44 minutes 2 seconds\n"
  "2. Faresin 8 seconds behind\n";

static void
test_results_table (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (results_table, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpstr (doc->language, ==, "en");
  g_assert_cmpint (kind_of_value (facts, "Francesco Casagrande"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Gianni Faresin"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Italy"), ==, PRECIS_FACT_PLACE);
}

/* Rows of a standings table with the same figures are no repeats of each
 * other: every club is a fact (CV folds of CoNLL train: the clubs of
 * identical rows were lost). */
static const char standings[] =
  "SOCCER - ENGLISH LEAGUE STANDINGS .\n"
  "LONDON 1996-08-27\n"
  "English league soccer standings after Tuesday 's matches ( tabulated under played , won , drawn , lost , goals for , against , points ) :\n"
  "Queens Park Rangers 2 2 0 0 4 2 6\n"
  "Stoke 2 2 0 0 4 2 6\n"
  "Norwich 3 2 0 1 4 3 6\n"
  "Charlton 2 0 1 1 1 3 1\n"
  "Swindon 2 0 1 1 1 3 1\n"
  "Brentford 3 2 1 0 6 3 7\n"
  "Shrewsbury 3 2 1 0 6 3 7\n";

static void
test_standings (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (standings, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Queens Park Rangers"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Stoke"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Swindon"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Brentford"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Shrewsbury"), ==, PRECIS_FACT_ORGANIZATION);
}

/* The dateline's place and the club named after it are two facts: the
 * place is not one more mention of London's rugby team (CV folds of
 * CoNLL train). */
static const char dateline_results[] =
  "RUGBY LEAGUE - EUROPEAN SUPER LEAGUE RESULTS .\n"
  "LONDON 1996-08-25\n"
  "Results of European Super League rugby league matches on Sunday :\n"
  "Halifax 64 Leeds 24\n"
  "London 30 Castleford 10\n"
  "Wigan 48 Bradford 18\n"
  "Standings :\n"
  "Wigan 22 19 1 2 902 326 39\n"
  "London 22 12 1 9 560 484 25\n"
  "Halifax 22 11 0 11 667 576 22\n";

static void
test_dateline (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (dateline_results, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);
  gint place = -1;

  dump (facts);
  g_assert_cmpuint (count_value (facts, is_place, "London", &place), ==, 1);
  g_assert_cmpuint (g_array_index (facts, PrecisFact, place).mentions->len, ==, 1);
  g_assert_cmpuint (count_value (facts, is_organization, "London", NULL), ==, 1);
  g_assert_cmpint (kind_of_value (facts, "Halifax"), ==, PRECIS_FACT_ORGANIZATION);
}

/* The lines that make a town's name the town, though the article's
 * standings make it a club (CV folds of CoNLL train: schedules, datelines
 * with a country, round-ups' paragraphs): the home side of "MONTREAL AT
 * BOSTON", "In Boston ," and "WIGAN , England 1996-12-07" are places, each
 * beside the club of the same name. */
static const char schedule_standings[] =
  "ICE HOCKEY - NHL STANDINGS AFTER SATURDAY 'S GAMES .\n"
  "NEW YORK 1996-12-08\n"
  "National Hockey League standings after games played on Saturday :\n"
  "EASTERN CONFERENCE\n"
  "W L T GF GA PTS\n"
  "PHILADELPHIA 17 9 3 88 70 37\n"
  "FLORIDA 15 8 6 80 62 36\n"
  "BOSTON 12 12 4 81 90 28\n"
  "MONTREAL 11 14 4 90 101 26\n"
  "SUNDAY , DECEMBER 8TH SCHEDULE\n"
  "MONTREAL AT BOSTON\n"
  "FLORIDA AT PHILADELPHIA\n"
  "In Boston , Ray Bourque scored twice and the Bruins held on for a 4-2 win over the Canadiens .\n";

static const char rugby_dateline[] =
  "RUGBY LEAGUE - WIGAN CLOSE ON SECOND PLACE .\n"
  "WIGAN , England 1996-12-07\n"
  "Wigan beat Halifax 36-12 on Saturday to move within a point of second-placed Bradford .\n"
  "Wigan coach Eric Hughes said his side had never looked back after an early try .\n";

static void
assert_mention_kind (const PrecisDocument *doc, GArray *facts, const char *line, const char *name,
                     PrecisFactKind kind)
{
  const char *at = strstr (strstr (doc->text, line), name);
  const PrecisFact *f = fact_mentioning (doc, facts, at, strlen (name));

  g_test_message ("%s in \"%s\"", name, line);
  g_assert_nonnull (f);
  g_assert_cmpint (f->kind, ==, kind);
}

static void
test_place_lines (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (schedule_standings, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);
  g_autoptr (PrecisDocument) rugby = precis_document_new (rugby_dateline, -1, NULL);
  g_autoptr (GArray) rugby_facts = extract (rugby);

  dump (facts);
  assert_mention_kind (doc, facts, "BOSTON 12", "BOSTON", PRECIS_FACT_ORGANIZATION);
  assert_mention_kind (doc, facts, "MONTREAL AT BOSTON", "BOSTON", PRECIS_FACT_PLACE);
  assert_mention_kind (doc, facts, "In Boston", "Boston", PRECIS_FACT_PLACE);
  assert_mention_kind (doc, facts, "MONTREAL AT", "MONTREAL", PRECIS_FACT_ORGANIZATION);
  assert_mention_kind (doc, facts, "PHILADELPHIA 17", "PHILADELPHIA", PRECIS_FACT_ORGANIZATION);
  assert_mention_kind (doc, facts, "AT PHILADELPHIA", "PHILADELPHIA", PRECIS_FACT_PLACE);
  g_assert_cmpuint (count_value (facts, is_place, "BOSTON", NULL) + count_value (facts, is_place, "Boston", NULL), ==, 1);

  dump (rugby_facts);
  assert_mention_kind (rugby, rugby_facts, "WIGAN ,", "WIGAN", PRECIS_FACT_PLACE);
  assert_mention_kind (rugby, rugby_facts, "Wigan beat", "Wigan", PRECIS_FACT_ORGANIZATION);
}

/* A club named with its town ("Sparta Prague", "Ajax Amsterdam") is one
 * fact with its short name; a company named with a country is a branch,
 * a fact apart from the company (CV folds of CoNLL train: "Ajax" and
 * "Ajax Amsterdam" were two facts in four documents). */
static const char club_town[] =
  "Czech champions Sparta Prague signed defender Tomas Votava from Dukla on Tuesday .\n"
  "Votava , 22 , is Sparta 's third signing of the winter and will play in Sparta 's cup match "
  "against Slavia next month .\n"
  "Toyota Australia said on Friday it would cut 300 jobs at its Altona plant .\n"
  "Toyota , the world 's third largest carmaker , said the cuts would not touch its other plants .\n";

static void
test_club_town_names (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (club_town, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);
  const char *full = strstr (doc->text, "Sparta Prague"), *part = strstr (doc->text, "Sparta 's");
  const PrecisFact *club, *branch, *company;

  dump (facts);
  club = fact_mentioning (doc, facts, full, strlen ("Sparta Prague"));
  g_assert_nonnull (club);
  g_assert_cmpint (club->kind, ==, PRECIS_FACT_ORGANIZATION);
  g_assert_true (fact_mentioning (doc, facts, part, strlen ("Sparta")) == club);
  branch = fact_mentioning (doc, facts, strstr (doc->text, "Toyota Australia"), strlen ("Toyota Australia"));
  company = fact_mentioning (doc, facts, strstr (doc->text, "Toyota ,"), strlen ("Toyota"));
  g_assert_nonnull (branch);
  g_assert_nonnull (company);
  g_assert_true (branch != company);
}

/* A share's move in a market report names a company, whatever name the
 * tagger never saw reads as (CV folds of CoNLL train: "Rostelekom fell to
 * $ 2.56", "Apex Tannery lost 22.72 to 597" were people); a golfer's
 * shots are no price. */
static const char share_moves[] =
  "Paris shares end lower in thin trade .\n"
  "PARIS 1996-12-10\n"
  "French shares ended slightly lower on Tuesday in thin trade , dealers said .\n"
  "Among active stocks , Dumarcq lost 2.4 percent to 521 francs after its results , "
  "while Vollandre gained 1.80 to 132.40 francs .\n"
  "In Moscow , Tolvenko fell to $ 2.56 from $ 2.58 .\n"
  "Greg Norman dropped two shots to 70 at the Australian Open .\n";

static void
test_share_moves (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (share_moves, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Dumarcq"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Vollandre"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Tolvenko"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Greg Norman"), ==, PRECIS_FACT_PERSON);
}

/* Clubs the tagger never saw, in the two shapes a league's tables take:
 * a results line of two names and their scores and a standings row of
 * counts; named like people ("Lada Togliatti", "Jeunesse Massira" in
 * the CV folds of CoNLL train), they are clubs there. */
static const char league_tables[] =
  "SOCCER - ARMENIAN LEAGUE RESULTS / STANDINGS .\n"
  "YEREVAN 1996-12-08\n"
  "Results of Armenian first division matches played on Sunday :\n"
  "Vardan Kotayk 2 Levon Shirak 1\n"
  "Aram Masis 0 Tigran Ararat 3\n"
  "Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :\n"
  "Tigran Ararat 20 15 3 2 41 12 48\n"
  "Vardan Kotayk 20 13 4 3 35 14 43\n"
  "Levon Shirak 20 11 5 4 30 19 38\n"
  "Aram Masis 20 4 3 13 15 36 15\n";

static void
test_league_tables (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (league_tables, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Vardan Kotayk"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Levon Shirak"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Aram Masis"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Tigran Ararat"), ==, PRECIS_FACT_ORGANIZATION);
}

/* Whether the tokens of `doc` from `t` on spell `name` (words split by
 * single spaces); the number of tokens, or 0. */
static guint
spells (const PrecisDocument *doc, guint32 t, const char *name)
{
  g_auto (GStrv) words = g_strsplit (name, " ", -1);
  guint n = 0;

  for (; words[n]; n++)
    {
      const PrecisToken *token = t + n < doc->n_tokens ? &doc->tokens[t + n] : NULL;

      if (token == NULL || strlen (words[n]) != token->byte_end - token->byte_start ||
          strncmp (doc->text + token->byte_start, words[n], strlen (words[n])) != 0)
        return 0;
    }
  return n;
}

/* The grouping alone (ner-entities.c) on what a tagger read: every
 * occurrence of each name of `names` (NULL-terminated, name then type) is
 * a mention of that type, the longer names listed first.  Rules that decide from the words around a name
 * are tested whatever the shipped model reads: a model that never saw the
 * article reads a town's club as the town (CV folds). */
static GPtrArray *
group_read_as (const PrecisDocument *doc, ...)
{
  g_autofree char *dir = g_build_filename (precis_data_dir (), "gazetteers", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerGazetteer) gazetteer = precis_ner_gazetteer_new (dir, &error);
  g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (PrecisNerMention));
  PrecisNerLowerWords lower_words;
  GPtrArray *entities;
  va_list args;

  g_assert_no_error (error);
  for (guint32 t = 0; t < doc->n_tokens; t++)
    {
      const char *name;

      va_start (args, doc);
      while ((name = va_arg (args, const char *)) != NULL)
        {
          PrecisNerType type = va_arg (args, PrecisNerType);
          guint n = spells (doc, t, name);

          if (n > 0)
            {
              PrecisNerMention m = { t, t + n, type, doc->tokens[t].sentence };
              g_array_append_val (mentions, m);
              /* The first name listed that is spelled here is the
               * mention: no word is in two ("Eindhoven" of "PSV
               * Eindhoven"). */
              t += n - 1;
              break;
            }
        }
      va_end (args);
    }
  precis_ner_lower_words_init (&lower_words, doc);
  entities = precis_ner_entities_group (doc, gazetteer, mentions, &lower_words);
  precis_ner_lower_words_clear (&lower_words);
  return entities;
}

/* The rules after the tagger (ner-mentions.c) and the grouping, on what a
 * tagger read: each name of `names` (NULL-terminated, name then type),
 * wherever it is spelled, is tagged so (the first word begins, the others
 * continue it), every other token outside. */
static GPtrArray *
tagged_as (const PrecisDocument *doc, ...)
{
  g_autofree char *dir = g_build_filename (precis_data_dir (), "gazetteers", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerGazetteer) gazetteer = precis_ner_gazetteer_new (dir, &error);
  g_autofree guint8 *tags = g_new0 (guint8, MAX (doc->n_tokens, 1));
  g_autoptr (GArray) mentions = NULL;
  PrecisNerLowerWords lower_words;
  GPtrArray *entities;
  va_list args;

  g_assert_no_error (error);
  for (guint32 t = 0; t < doc->n_tokens; t++)
    {
      const char *name;

      va_start (args, doc);
      while ((name = va_arg (args, const char *)) != NULL)
        {
          PrecisNerType type = va_arg (args, PrecisNerType);
          guint n = spells (doc, t, name);

          for (guint k = 0; k < n; k++)
            tags[t + k] = (guint8) precis_ner_tag_make (type, k == 0);
          if (n > 0)
            {
              t += n - 1;
              break;
            }
        }
      va_end (args);
    }
  precis_ner_lower_words_init (&lower_words, doc);
  mentions = precis_ner_mentions_from_tags (gazetteer, doc, tags, &lower_words);
  entities = precis_ner_entities_group (doc, gazetteer, mentions, &lower_words);
  precis_ner_lower_words_clear (&lower_words);
  return entities;
}


static PrecisFactKind
grouped_kind (GPtrArray *entities, const char *value)
{
  const PrecisNerEntity *found = NULL;

  for (guint i = 0; i < entities->len; i++)
    {
      const PrecisNerEntity *e = entities->pdata[i];

      if (g_str_equal (e->value, value))
        {
          g_test_message ("entity %s: kind %d, %u mentions", e->value, e->kind, e->mentions->len);
          g_assert_null (found);
          found = e;
        }
    }
  g_assert_nonnull (found);
  return found->kind;
}

/* Positions and ranks written before a person's name are no part of it
 * ("Left-back Hinchcliffe", "Col Suvit Maenmuan", "Opener Gooch" in the
 * CV folds of CoNLL train). */
static const char person_titles[] =
  "Left-back Darrell Marwood , 27 , replaces Tottenham 's Darren Anderton in the squad .\n"
  "Opener Nick Fenwright made 85 before he was caught at slip .\n"
  "The army commander in the area , Col Pravit Sukhum , told reporters the border was calm .\n"
  "The university 's Vice-Chancellor Dr. Rafiq Alamgir resigned on Monday .\n";

static void
test_person_titles (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (person_titles, -1, NULL);
  g_autoptr (GPtrArray) entities =
      tagged_as (doc, "Left-back Darrell Marwood", PRECIS_NER_TYPE_PER, "Darren Anderton", PRECIS_NER_TYPE_PER,
                 "Tottenham", PRECIS_NER_TYPE_ORG, "Opener Nick Fenwright", PRECIS_NER_TYPE_PER,
                 "Col Pravit Sukhum", PRECIS_NER_TYPE_PER, "Vice-Chancellor Dr. Rafiq Alamgir",
                 PRECIS_NER_TYPE_PER, NULL);

  g_assert_cmpint (grouped_kind (entities, "Darrell Marwood"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (grouped_kind (entities, "Nick Fenwright"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (grouped_kind (entities, "Pravit Sukhum"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (grouped_kind (entities, "Rafiq Alamgir"), ==, PRECIS_FACT_PERSON);
}

/* A person's role or honorific right before a name the tagger read as a
 * body or a place: a person ("photographer Hernando Rivera Cervantes" was
 * an organization in a Daily Mail story; "Jordan" is a country, but
 * "Jordan Rhodes" is no place the gazetteer knows). */
static const char role_before_name[] =
  "The images captured by photographer Hernando Rivera Cervantes show the lightning .\n"
  "Blackburn rejected two offers for striker Jordan Rhodes in the transfer window .\n"
  "Mr Cordes said the deal was done .\n";

static void
test_role_before_name (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (role_before_name, -1, NULL);
  g_autoptr (GPtrArray) entities =
      tagged_as (doc, "Hernando Rivera Cervantes", PRECIS_NER_TYPE_ORG, "Blackburn", PRECIS_NER_TYPE_ORG,
                 "Jordan Rhodes", PRECIS_NER_TYPE_LOC, "Cordes", PRECIS_NER_TYPE_ORG, NULL);

  g_assert_cmpint (grouped_kind (entities, "Hernando Rivera Cervantes"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (grouped_kind (entities, "Jordan Rhodes"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (grouped_kind (entities, "Cordes"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (grouped_kind (entities, "Blackburn"), ==, PRECIS_FACT_ORGANIZATION);
}

/* "the town of X", "the towns of X and Y", "the port of X" name places,
 * whatever a tagger that never saw the names read ("Rousse", "Veliko
 * Tarnovo" people in the CV folds of CoNLL train). */
static const char place_heads[] =
  "Two buses collided on Tuesday on the road between the towns of Kazanlak and Stara Zagora , "
  "police said .\n"
  "The injured were taken to hospital in the port of Burgas .\n"
  "Kazanlak mayor Ivan Petrov said the road had been closed .\n";

static void
test_place_heads (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (place_heads, -1, NULL);
  g_autoptr (GPtrArray) entities =
      tagged_as (doc, "Kazanlak", PRECIS_NER_TYPE_PER, "Stara Zagora", PRECIS_NER_TYPE_PER, "Burgas",
                 PRECIS_NER_TYPE_ORG, "Ivan Petrov", PRECIS_NER_TYPE_PER, NULL);

  g_assert_cmpint (grouped_kind (entities, "Kazanlak"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Stara Zagora"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Burgas"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Ivan Petrov"), ==, PRECIS_FACT_PERSON);
}

/* A poll's institute and the poll's date in a table: the month is no
 * word of the name the tagger ran on into it ("Forsa June" in the CV
 * folds of CoNLL train); a person's may end in a month's word. */
static const char poll_dates[] =
  "German parties ' support in opinion polls .\n"
  "BONN 1996-12-10\n"
  "Support for the main German parties in the polls ( percent ) :\n"
  "CDU / CSU SPD FDP Greens PDS\n"
  "Infratest November 28 39.0 33.0 6.0 12.0 5.0\n"
  "Dimap December 3 38.5 32.5 6.5 11.5 5.5\n"
  "Golfer Bob May 12 under par led the pack .\n";

static void
test_poll_dates (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (poll_dates, -1, NULL);
  g_autoptr (GPtrArray) entities =
      tagged_as (doc, "Infratest November", PRECIS_NER_TYPE_ORG, "Dimap December", PRECIS_NER_TYPE_ORG,
                 "Bob May", PRECIS_NER_TYPE_PER, "BONN", PRECIS_NER_TYPE_LOC, NULL);

  g_assert_cmpint (grouped_kind (entities, "Infratest"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Dimap"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Bob May"), ==, PRECIS_FACT_PERSON);
}

/* A table in capitals names each row by its words before the numbers;
 * a tagger that never saw the second word reads the first alone ("CESKA"
 * of "CESKA SPORITELNA", "KOMERCNI" of "KOMERCNI BANKA" in the CV folds of
 * CoNLL train: the shipped model has seen the Prague tables). */
static const char capital_rows[] =
  "DIRECT EQUITY TRADES ON THE PRAGUE EXCHANGE .\n"
  "PRAGUE 1996-12-10\n"
  "Direct trades in shares on the Prague Stock Exchange on Tuesday :\n"
  "ISSUE LOW HIGH VOLUME VALUE\n"
  "VELKOPOPOVICKY PIVOVAR 935.00 950.00 2100 1985.300\n"
  "TABACKA KUTNA 1120.00 1135.00 800 901.200\n"
  "PARAGUAY HOY 16 MUERTOS Y 54 HERIDOS\n";

static void
test_capital_rows (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (capital_rows, -1, NULL);
  g_autoptr (GPtrArray) entities =
      tagged_as (doc, "PRAGUE EXCHANGE", PRECIS_NER_TYPE_ORG, "PRAGUE", PRECIS_NER_TYPE_LOC,
                 "VELKOPOPOVICKY", PRECIS_NER_TYPE_ORG, "TABACKA KUTNA", PRECIS_NER_TYPE_ORG,
                 "PARAGUAY", PRECIS_NER_TYPE_LOC, NULL);

  g_assert_cmpint (grouped_kind (entities, "VELKOPOPOVICKY PIVOVAR"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "TABACKA KUTNA"), ==, PRECIS_FACT_ORGANIZATION);
  /* A headline in capitals is no row: its count follows other words. */
  g_assert_cmpint (grouped_kind (entities, "Paraguay"), ==, PRECIS_FACT_PLACE);
}

/* A town's club is an organization, in every mention, when a results line
 * ("Cannes 0 Nancy 2") or a club's noun ("league champions Porto") says
 * so; a nation's side stays a place, and a town's stadium is no club (CV
 * folds of CoNLL train: models that never saw the article read the clubs
 * as their towns). */
static const char town_clubs[] =
  "Results of French first division matches on Saturday :\n"
  "Cannes 0 Nancy 2\n"
  "England 2 Wales 1\n"
  "Coach Artur Jorge picked four players from league champions Porto for the trip to Lisbon. "
  "Porto won the title by nine points, and Nancy finished third. The final was played in "
  "the Heysel stadium.\n";

static void
test_town_clubs (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (town_clubs, -1, NULL);
  g_autoptr (GPtrArray) entities =
      group_read_as (doc, "Cannes", PRECIS_NER_TYPE_ORG, "Nancy", PRECIS_NER_TYPE_LOC, "England",
                     PRECIS_NER_TYPE_LOC, "Wales", PRECIS_NER_TYPE_LOC, "Porto", PRECIS_NER_TYPE_LOC,
                     "Lisbon", PRECIS_NER_TYPE_LOC, "Heysel", PRECIS_NER_TYPE_LOC, NULL);

  g_assert_cmpint (grouped_kind (entities, "Nancy"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Porto"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "England"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Wales"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Lisbon"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Heysel"), ==, PRECIS_FACT_PLACE);
}

/* Both sides of a fixture are teams, even a town read as a person's
 * surname; a player meets another with his full name (CV folds of CoNLL
 * train). */
static const char fixtures[] =
  "English division two - Shrewsbury v Brentford , Walsall v Wrexham .\n"
  "Men's singles : Jonas Bjorkman ( Sweden ) vs. Byron Black ( Zimbabwe ) .\n";

static void
test_fixtures (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (fixtures, -1, NULL);
  g_autoptr (GPtrArray) entities =
      group_read_as (doc, "Shrewsbury", PRECIS_NER_TYPE_PER, "Brentford", PRECIS_NER_TYPE_ORG, "Walsall",
                     PRECIS_NER_TYPE_LOC, "Wrexham", PRECIS_NER_TYPE_ORG, "Black", PRECIS_NER_TYPE_PER, NULL);

  g_assert_cmpint (grouped_kind (entities, "Shrewsbury"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Walsall"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Black"), ==, PRECIS_FACT_PERSON);
}

/* A town's club in a result told in prose ("Warrington beat Palermo 2-1",
 * "lost 3-1 to Empoli") is an organization; a nation's side stays a
 * place, players stay people, and a court's vote is no result (CV folds
 * of CoNLL train). */
static const char prose_results[] =
  "Warrington beat Palermo 2-1 on Saturday, and Cesena lost 3-1 to Empoli.\n"
  "Republic of Ireland drew with Wales 1-1 in Dublin.\n"
  "Sampras beat Agassi 6-4 6-3.\n"
  "Parma lost their opening cup match 3-0 to Bari, and the court ruled 5-4 against Texas.\n";

static void
test_prose_results (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (prose_results, -1, NULL);
  g_autoptr (GPtrArray) entities =
      group_read_as (doc, "Warrington", PRECIS_NER_TYPE_LOC, "Palermo", PRECIS_NER_TYPE_LOC, "Cesena",
                     PRECIS_NER_TYPE_ORG, "Empoli", PRECIS_NER_TYPE_LOC, "Republic of Ireland",
                     PRECIS_NER_TYPE_LOC, "Wales", PRECIS_NER_TYPE_LOC, "Dublin", PRECIS_NER_TYPE_LOC,
                     "Sampras", PRECIS_NER_TYPE_PER, "Agassi", PRECIS_NER_TYPE_PER, "Parma", PRECIS_NER_TYPE_ORG,
                     "Bari", PRECIS_NER_TYPE_LOC, "Texas", PRECIS_NER_TYPE_LOC, NULL);

  g_assert_cmpint (grouped_kind (entities, "Warrington"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Palermo"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Empoli"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Republic of Ireland"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Wales"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Dublin"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Agassi"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (grouped_kind (entities, "Bari"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Texas"), ==, PRECIS_FACT_PLACE);
}

/* A town read as a place after "in" stays the town beside its club
 * ("PSV Eindhoven ... in Eindhoven"); read as a club, a short name still
 * joins the club's full name (CV folds of CoNLL train). */
static void
test_club_towns (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "PSV Eindhoven came from behind to beat Groningen 4-1 in Eindhoven on Sunday.\n"
      "Real Madrid lost at home, and Madrid are fifth.\n", -1, NULL);
  g_autoptr (GPtrArray) entities =
      group_read_as (doc, "PSV Eindhoven", PRECIS_NER_TYPE_ORG, "Groningen", PRECIS_NER_TYPE_ORG,
                     "Eindhoven", PRECIS_NER_TYPE_LOC, "Real Madrid", PRECIS_NER_TYPE_ORG, "Madrid",
                     PRECIS_NER_TYPE_ORG, NULL);

  g_assert_cmpint (grouped_kind (entities, "Eindhoven"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "PSV Eindhoven"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Real Madrid"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpuint (entities->len, ==, 4);
}

/* "Lake Maracaibo", "Place Beauvau" read as people's names, "Mount Kenya"
 * as a body's: the noun that opens them makes them places (CV folds). */
static void
test_place_openers (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Oil spilled into Lake Maracaibo, climbers left Mount Kenya and ministers met at Place Beauvau.", -1, NULL);
  g_autoptr (GPtrArray) entities =
      group_read_as (doc, "Lake Maracaibo", PRECIS_NER_TYPE_PER, "Mount Kenya", PRECIS_NER_TYPE_ORG,
                     "Place Beauvau", PRECIS_NER_TYPE_PER, NULL);

  g_assert_cmpint (grouped_kind (entities, "Lake Maracaibo"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Mount Kenya"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Place Beauvau"), ==, PRECIS_FACT_PLACE);
}

/* A draw's clubs of two words beside "v", their country in brackets, are
 * teams; tennis players meet with "vs." and stay people (CoNLL train:
 * names of two words beside "v" 33 organizations, no person; beside "vs."
 * 103 people). */
static void
test_draw_fixtures (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "UEFA Cup Lyngby ( Denmark ) v Club Brugge ( Belgium ) Casino Graz ( Austria ) v Ekeren ( Belgium )\n"
      "Men's singles : Jonas Bjorkman ( Sweden ) vs. Byron Black ( Zimbabwe )\n", -1, NULL);
  g_autoptr (GPtrArray) entities =
      group_read_as (doc, "Club Brugge", PRECIS_NER_TYPE_PER, "Casino Graz", PRECIS_NER_TYPE_PER, "Lyngby",
                     PRECIS_NER_TYPE_ORG, "Ekeren", PRECIS_NER_TYPE_ORG, "Jonas Bjorkman", PRECIS_NER_TYPE_PER,
                     "Byron Black", PRECIS_NER_TYPE_PER, NULL);

  g_assert_cmpint (grouped_kind (entities, "Club Brugge"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Casino Graz"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Jonas Bjorkman"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (grouped_kind (entities, "Byron Black"), ==, PRECIS_FACT_PERSON);
}

/* "Ferencvaros of Hungary", read as one club by a fold model: the club
 * and its country; a bank or a title keeps its country ("Bank of Japan",
 * "Emperor of Brazil"); a body of another word is left alone when what
 * follows "of" is no country ("Duke of Orleans"). */
static void
test_country_of (void)
{
  static const struct { const char *name; guint words; } cases[] = {
    { "Ferencvaros of Hungary", 1 }, { "Bank of Japan", 3 }, { "Emperor of Brazil", 3 },
    { "Duke of Orleans", 3 }, { "Galatasaray of Turkey", 1 },
  };
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Ferencvaros of Hungary , Bank of Japan , Emperor of Brazil , Duke of Orleans , Galatasaray of Turkey .", -1, NULL);
  g_autofree char *dir = g_build_filename (precis_data_dir (), "gazetteers", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerGazetteer) gazetteer = precis_ner_gazetteer_new (dir, &error);
  g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (PrecisNerMention));
  guint32 t = 0, k = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++, t += 4)
    {
      PrecisNerMention m = { t, t + 3, PRECIS_NER_TYPE_ORG, 0 };
      g_array_append_val (mentions, m);
    }
  precis_ner_split_country_of (gazetteer, doc, mentions);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k++);

      g_test_message ("%s: %u words", cases[i].name, m->end - m->first);
      g_assert_cmpuint (m->first, ==, 4 * i);
      g_assert_cmpuint (m->end - m->first, ==, cases[i].words);
      g_assert_cmpint (m->type, ==, PRECIS_NER_TYPE_ORG);
      if (cases[i].words == 1)
        {
          m = &g_array_index (mentions, PrecisNerMention, k++);
          g_assert_cmpuint (m->first, ==, 4 * i + 2);
          g_assert_cmpuint (m->end, ==, 4 * i + 3);
          g_assert_cmpint (m->type, ==, PRECIS_NER_TYPE_LOC);
        }
    }
  g_assert_cmpuint (k, ==, mentions->len);
}

/* Market tables name indices by their names ("Tokyo Nikkei average",
 * "Hong Kong Hang Seng index"; /facts/issue14/market-indices has prose's
 * "the DAX index"): an index is no fact, and the city the tagger ran into it
 * is a place (a fold model's readings, CoNLL train document 124, fed to
 * the rule; the shipped model reads "Sydney All-Ordinaries" as one name,
 * so the whole pipeline has Sydney only with the rule).  "Dow Jones"
 * alone is also the company and its news service: kept; so is a name
 * that only starts with an index's word ("Nikkei Asian Review"). */
static const char market_table[] =
  "WORLD MARKETS - Key indices at the close .\n"
  "LONDON 1996-09-06\n"
  "The following table shows the closing levels of key world stock market indices on Friday :\n"
  "New York Dow Jones industrial average -- 5,810.35 ( up 12.40 )\n"
  "Tokyo Nikkei average -- 21,345.10 ( down 88.20 )\n"
  "Hong Kong Hang Seng index -- 11,004.56 ( up 35.01 )\n"
  "London FTSE 100 index -- 3,890.10 ( down 4.30 )\n"
  "Sydney All-Ordinaries index -- 2,250.70 ( up 6.80 )\n"
  "Frankfurt DAX index -- 2,560.40 ( unchanged )\n"
  "Traders in Tokyo said the Nikkei was held back by profit-taking in banks .\n";

static void
test_market_index_names (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "New York Dow Jones , Tokyo Nikkei , Hong Kong Hang Seng , All-Ordinaries , Simex Nikkei , "
      "Dow Jones , Nikkei Asian Review .", -1, NULL);
  static const struct { const char *name; PrecisNerType type; } read[] = {
    { "New York Dow Jones", PRECIS_NER_TYPE_ORG }, { "Tokyo Nikkei", PRECIS_NER_TYPE_LOC },
    { "Hong Kong Hang Seng", PRECIS_NER_TYPE_LOC }, { "All-Ordinaries", PRECIS_NER_TYPE_ORG },
    { "Simex Nikkei", PRECIS_NER_TYPE_PER }, { "Dow Jones", PRECIS_NER_TYPE_ORG },
    { "Nikkei Asian Review", PRECIS_NER_TYPE_ORG },
  };
  g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (PrecisNerMention));
  static const struct { const char *name; PrecisNerType type; } left[] = {
    { "New York", PRECIS_NER_TYPE_LOC }, { "Tokyo", PRECIS_NER_TYPE_LOC }, { "Hong Kong", PRECIS_NER_TYPE_LOC },
    { "Dow Jones", PRECIS_NER_TYPE_ORG }, { "Nikkei Asian Review", PRECIS_NER_TYPE_ORG },
  };
  g_autofree char *dir = g_build_filename (precis_data_dir (), "gazetteers", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerGazetteer) gazetteer = precis_ner_gazetteer_new (dir, &error);
  g_autoptr (PrecisDocument) table = precis_document_new (market_table, -1, NULL);
  g_autoptr (GArray) facts = extract (table);

  g_assert_no_error (error);
  /* The names in order, each after a comma. */
  for (guint32 t = 0, i = 0; t < doc->n_tokens && i < G_N_ELEMENTS (read); t++)
    if (spells (doc, t, read[i].name) > 0)
      {
        PrecisNerMention m = { t, t + spells (doc, t, read[i].name), read[i].type, 0 };

        g_array_append_val (mentions, m);
        t = m.end;
        i++;
      }
  g_assert_cmpuint (mentions->len, ==, G_N_ELEMENTS (read));
  precis_ner_split_market_indices (gazetteer, doc, mentions);
  g_assert_cmpuint (mentions->len, ==, G_N_ELEMENTS (left));
  for (guint i = 0; i < G_N_ELEMENTS (left); i++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, i);
      const char *start = doc->text + doc->tokens[m->first].byte_start;
      g_autofree char *text = g_strndup (start, doc->text + doc->tokens[m->end - 1].byte_end - start);

      g_assert_cmpstr (text, ==, left[i].name);
      g_assert_cmpint (m->type, ==, left[i].type);
    }
  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Sydney"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (kind_of_value (facts, "Tokyo"), ==, PRECIS_FACT_PLACE);
  assert_no_fact_named (facts, "Nikkei", "Tokyo Nikkei", "Sydney All-Ordinaries", "All-Ordinaries", "FTSE",
                        "DAX", "Hang Seng", NULL);
}

/* A contact line's label before a telephone number is no word of the
 * desk's name (CoNLL train's cargo reports: "Air Cargo Newsroom Tel"). */
static void
test_contact_labels (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Air freight volumes at Frankfurt rose 4.1 percent in July .\n"
      "FRANKFURT 1996-09-04\n"
      "The airport operator said cargo handled in July rose to 112,400 tonnes , and a charter left for "
      "Tel Aviv .\n"
      "-- Air Cargo Newsroom Tel+44 171 542 6000 Fax+44 171 542 6001\n", -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  g_autoptr (GPtrArray) read_so = NULL;

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Air Cargo Newsroom"), ==, PRECIS_FACT_ORGANIZATION);
  assert_no_fact_named (facts, "Air Cargo Newsroom Tel", NULL);
  /* "Tel" before a name is no label.  (The shipped model is unsure of
   * this "Tel Aviv", its margin under the doubt threshold, ner-doubt.h:
   * no fact; the rules are tested on a reading that has it.) */
  read_so = tagged_as (doc, "Air Cargo Newsroom Tel", PRECIS_NER_TYPE_ORG, "Tel Aviv", PRECIS_NER_TYPE_LOC, NULL);
  g_assert_cmpint (grouped_kind (read_so, "Tel Aviv"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (read_so, "Air Cargo Newsroom"), ==, PRECIS_FACT_ORGANIZATION);
}

/* A name that ends in a noun of nature is a place, whatever a tagger
 * that never saw it read ("Florida Straits" and "Leduc Reef" as
 * organizations, "Palk Strait" as a person in the CV folds of CoNLL
 * train); "THE ISLAND", a newspaper, is opened by "the". */
static void
test_place_tails (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Cuban rafters were picked up in the Florida Straits on Sunday , the coast guard said .\n"
      "The field lies under the Leduc Reef , west of the town .\n"
      "Fishermen crossed the Palk Strait at night .\n"
      "Sri Lanka 's THE ISLAND newspaper said the talks had failed .\n", -1, NULL);
  g_autoptr (GPtrArray) entities = tagged_as (doc, "Florida Straits", PRECIS_NER_TYPE_ORG, "Leduc Reef",
                                              PRECIS_NER_TYPE_ORG, "Palk Strait", PRECIS_NER_TYPE_PER,
                                              "THE ISLAND", PRECIS_NER_TYPE_ORG, NULL);

  g_assert_cmpint (grouped_kind (entities, "Florida Straits"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Leduc Reef"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Palk Strait"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "THE ISLAND"), ==, PRECIS_FACT_ORGANIZATION);
}

/* The row labels of a company's accounts are no names, whatever a tagger
 * read them as ("Total Assets", "Cash Equivalents", "Cur Acc" as bodies
 * in the CV folds of CoNLL train); a name with one word of its own is
 * ("Trade Development Bank"). */
static void
test_account_labels (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Trade Development Bank results .\n"
      "( in millions of dollars ) 1996 1995\n"
      "Total Assets 1,234.5 1,100.2\n"
      "Cash Equivalents 210.0 190.4\n"
      "Cur Acc -12.1 -9.8\n", -1, NULL);
  g_autoptr (GPtrArray) entities = tagged_as (doc, "Trade Development Bank", PRECIS_NER_TYPE_ORG, "Total Assets",
                                              PRECIS_NER_TYPE_ORG, "Cash Equivalents", PRECIS_NER_TYPE_ORG,
                                              "Cur Acc", PRECIS_NER_TYPE_PER, NULL);

  g_assert_cmpint (grouped_kind (entities, "Trade Development Bank"), ==, PRECIS_FACT_ORGANIZATION);
  for (guint i = 0; i < entities->len; i++)
    {
      const PrecisNerEntity *e = entities->pdata[i];

      g_test_message ("entity %s", e->value);
      g_assert_cmpstr (e->value, ==, "Trade Development Bank");
    }
}

/* A function word in capitals inside a sentence in lower case is no word
 * of the name after it ("FOR Bhavnagar", free on rail, read as one
 * company in the CV folds of CoNLL train). */
static void
test_capital_function_words (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Rapeseed extraction was 3,850 rupees FOR Bhavnagar and 3,800 rupees FOR Kandla , dealers said .\n",
      -1, NULL);
  g_autoptr (GPtrArray) entities = tagged_as (doc, "FOR Bhavnagar", PRECIS_NER_TYPE_ORG, "FOR Kandla",
                                              PRECIS_NER_TYPE_LOC, NULL);

  g_assert_cmpint (grouped_kind (entities, "Bhavnagar"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Kandla"), ==, PRECIS_FACT_PLACE);
}

/* A grain table's towns and their states' codes are places, whatever the
 * tagger reads the town as (the shipped model: Spokane an organization,
 * Walla Walla a person; CV fold models: "Billings MT" one company). */
static void
test_town_state_rows (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "U.S. Pacific Northwest wheat - Bids firm .\n"
      "PORTLAND 1996-09-05\n"
      "Cash bids for soft white wheat were firm on Thursday , dealers said .\n"
      "Price per bushel , in dollars :\n"
      "Billings MT 4.58 up .02 4.45 dn .01\n"
      "Great Falls MT 4.51 dn .03 --- ---\n"
      "Spokane WA 5.02 up .02 --- ---\n"
      "Walla Walla WA 5.10 up .01 4.66 unc\n"
      "Pendleton OR 5.08 up .02 4.70 unc\n", -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  for (const char *const *town = (const char *const[]) { "Billings", "Great Falls", "Spokane", "Walla Walla",
                                                         "Pendleton", "MT", "WA", NULL };
       *town != NULL; town++)
    g_assert_cmpint (kind_of_value (facts, *town), ==, PRECIS_FACT_PLACE);
}

/* A table whose rows open with people has no company among its rows (the
 * shipped model read Elliott, Ponting, McGrath and Gillespie as
 * organizations between people; a CV fold model read twelve players of
 * CoNLL train's document 524, a cricket averages table, likewise).  Standings tables of clubs are
 * /facts/issue14/standings. */
static void
test_people_tables (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "CRICKET - AUSTRALIA TOUR AVERAGES .\n"
      "LONDON 1997-09-01\n"
      "Australia tour averages after the six-match series :\n"
      "Batting ( tabulated under matches , innings , not outs , runs , highest score , average ) :\n"
      "Steve Waugh 6 10 1 390 116 43.33\n"
      "Greg Blewett 6 11 0 381 125 34.63\n"
      "Matthew Elliott 6 10 0 556 199 55.60\n"
      "Mark Taylor 6 10 1 317 129 35.22\n"
      "Ricky Ponting 3 4 0 241 127 60.25\n"
      "Ian Healy 6 9 0 225 63 25.00\n"
      "Bowling ( tabulated under overs , maidens , runs , wickets , average ) :\n"
      "McGrath 249.5 67 701 36 19.47\n"
      "Warne 237.1 69 577 24 24.04\n"
      "Gillespie 92 19 315 16 19.68\n", -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  for (const char *const *name = (const char *const[]) { "Steve Waugh", "Matthew Elliott", "Ricky Ponting",
                                                         "McGrath", "Warne", "Gillespie", NULL };
       *name != NULL; name++)
    g_assert_cmpint (kind_of_value (facts, *name), ==, PRECIS_FACT_PERSON);
}

/* People of a nation are no actor of their own, in the plural as in the
 * singular ("Jordanians", "Saudis" read as organizations: CV folds). */
static void
test_plural_demonyms (void)
{
  g_autoptr (PrecisDocument) doc =
      precis_document_new ("Hundreds of Jordanians and Saudis marched through Amman, and Filipinos through the Philippines.", -1, NULL);
  g_autoptr (GPtrArray) entities =
      group_read_as (doc, "Jordanians", PRECIS_NER_TYPE_ORG, "Saudis", PRECIS_NER_TYPE_ORG, "Amman",
                     PRECIS_NER_TYPE_LOC, "Philippines", PRECIS_NER_TYPE_LOC, NULL);

  g_assert_cmpuint (entities->len, ==, 2);
  g_assert_cmpint (grouped_kind (entities, "Amman"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (grouped_kind (entities, "Philippines"), ==, PRECIS_FACT_PLACE);
}

/* "US$ 79" is an amount in a currency, no mention of the United States
 * (CV folds of CoNLL train: the country was a fact of stories that never
 * named it). */
static void
test_currency_codes (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "A conman sold parrots worth about A$ 100 ( US$ 79 ) a pair in Perth .\n"
      "The bank raised HK$ 43 million in Hong Kong on Monday , and US$ 12 million in London .\n",
      -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  assert_no_fact_named (facts, "United States", "US", NULL);
  g_assert_cmpint (kind_of_value (facts, "Hong Kong"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (kind_of_value (facts, "Perth"), ==, PRECIS_FACT_PLACE);
}

/* Games and consoles are products, which are no facts: a version after
 * the name ("Halo 2 won") or a console's noun says so (issue 14's BBC
 * panels: games and consoles came out as organizations).  A club's points
 * at the end of a results line are no version. */
static const char products_story[] =
  "Halo 2 won the award for the best action game, and Burnout 3 won three awards.\n"
  "The sports prize went to Pro Evolution Soccer 4.\n"
  "Sony said the PlayStation console would cost less.\n"
  "Glamorgan 22 points , Durham 4 .\n";

static void
test_products (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (products_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  assert_no_fact_named (facts, "Halo", "Halo 2", "Burnout", "Pro Evolution Soccer", "PlayStation", NULL);
  g_assert_cmpint (kind_of_value (facts, "Durham"), ==, PRECIS_FACT_ORGANIZATION);
}

/* A noun for bodies in the plural before a list makes every name of the
 * list one ("retailers Metro, Rewe and Lidl", "firms such as Google, MSN
 * and AOL"): companies the tagger read as people (CV folds of CoNLL train,
 * the BBC articles on search engines). */
static void
test_listed_companies (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "German retailers Metro, Rewe and Lidl were still in talks, said Hans Rewe.\n"
      "Yahoo faces rivalry from firms such as Google, MSN, and Tesco.\n",
      -1, NULL);
  g_autoptr (GPtrArray) entities =
      group_read_as (doc, "Metro", PRECIS_NER_TYPE_ORG, "Lidl", PRECIS_NER_TYPE_PER, "Tesco",
                     PRECIS_NER_TYPE_PER, "MSN", PRECIS_NER_TYPE_ORG, "Hans", PRECIS_NER_TYPE_PER, NULL);

  g_assert_cmpint (grouped_kind (entities, "Lidl"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Tesco"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Hans"), ==, PRECIS_FACT_PERSON);
}

/* A market's index or contract is no body: "the DAX index", "December
 * Euromark futures" (CoNLL MISC); an exchange's index keeps the exchange
 * (CV folds of CoNLL train: DAX, FTSE and Euromark were organizations). */
static const char market_report[] =
  "Frankfurt 's DAX index closed 12.5 points higher at 2,550.3 , and the FTSE index fell 3.1 points .\n"
  "December Euromark futures were steady , and the American Stock Exchange index rose 1.2 points .\n"
  "Dealers said DAX stocks were helped by a firmer dollar .\n";

static void
test_market_indices (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (market_report, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  assert_no_fact_named (facts, "DAX", "FTSE", "Euromark", "December Euromark", NULL);
  g_assert_cmpint (kind_of_value (facts, "American Stock Exchange"), ==, PRECIS_FACT_ORGANIZATION);
}

/* Names that end in a firm's word ("Javedan Cement", "Berlex
 * Laboratories") or open with a body's noun and "of" or "for" ("Institute
 * for Human Gene Therapy") are bodies, whatever the tagger read (CV folds
 * of CoNLL train: people). */
static void
test_body_names (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "James Wilson, director of the Institute for Human Gene Therapy, said the trial would go on.\n"
      "Berlex Laboratories and Javedan Cement were named.\n",
      -1, NULL);
  g_autoptr (GPtrArray) entities = group_read_as (
      doc, "James Wilson", PRECIS_NER_TYPE_PER, "Institute for Human Gene Therapy", PRECIS_NER_TYPE_PER,
      "Berlex Laboratories", PRECIS_NER_TYPE_PER, "Javedan Cement", PRECIS_NER_TYPE_PER, NULL);

  g_assert_cmpint (grouped_kind (entities, "Institute for Human Gene Therapy"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Berlex Laboratories"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "Javedan Cement"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (grouped_kind (entities, "James Wilson"), ==, PRECIS_FACT_PERSON);
}

/* A league named as a competition is no fact; a league with no word of
 * sport in its name is a body (CoNLL train: "Awami League", "Pakistan
 * Muslim League" are organizations). */
static const char leagues_story[] =
  "The Awami League said it would boycott the vote. Arsenal lead the Premier League by five "
  "points, and Chelsea are second in the Premier League.";

static void
test_leagues (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (leagues_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Awami League"), ==, PRECIS_FACT_ORGANIZATION);
  assert_no_fact_named (facts, "Premier League", NULL);
}

/* Titles of films and programmes are named like people; the noun before
 * them says they are works, which are no facts (issue 14's BBC panels). */
static const char film_story[] =
  "Mike Leigh's abortion drama Vera Drake has scooped seven nominations for the awards. Imelda "
  "Staunton, who plays Vera Drake, is favourite to win best actress. Kathy Burke starred in the BBC "
  "comedy Gimme Gimme Gimme and in the cult TV show Twin Peaks before she turned to directing, "
  "and Burke said Leigh was the finest director she had worked with.";

static void
test_work_titles (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (film_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  assert_no_fact_named (facts, "Vera Drake", "Gimme Gimme Gimme", "Twin Peaks", NULL);
  g_assert_cmpint (kind_of_value (facts, "Mike Leigh"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Imelda Staunton"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Kathy Burke"), ==, PRECIS_FACT_PERSON);
}

/* Titles without a noun before them give themselves away by their title
 * case ("Gone With The Wind", "How to Dismantle an Atomic Bomb"); a
 * possessive before one names its author, who stays a person. */
static const char title_case_story[] =
  "Vivien Leigh won an Oscar for Gone With The Wind, and Luis Bunuel's The Adventures of Robinson "
  "Crusoe earned Dan O'Herlihy a nomination. The band topped the charts in London with How to "
  "Dismantle an Atomic Bomb. But a NATO official told Reuters the talks would go on.";

static void
test_title_case (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (title_case_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  assert_no_fact_named (facts, "Gone", "Wind", "Gone With The Wind", "The Adventures of Robinson Crusoe",
                        "Robinson Crusoe", "Dismantle", "Atomic Bomb", NULL);
  g_assert_cmpint (kind_of_value (facts, "Luis Bunuel"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Vivien Leigh"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "London"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (kind_of_value (facts, "NATO"), ==, PRECIS_FACT_ORGANIZATION);
}

/* Prizes, award categories and festivals are named like people and
 * organizations; they are no facts (issue 14's BBC panels). */
static const char awards_story[] =
  "Singer Joss Stone received nominations for Best Solo Female, Best Urban Act and Best "
  "Breakthrough Artist at the Brit Awards in London.\n\n"
  "The new film by Hayao Miyazaki won the Golden Osella at the Venice Film Festival, and its "
  "distributor Toho expects Grammy nominations for the score.";

static void
test_awards (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (awards_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  assert_no_fact_named (facts, "Best Solo Female", "Best Urban Act", "Best Breakthrough Artist",
                        "Brit Awards", "Golden Osella", "Venice Film Festival", "Grammy", NULL);
  g_assert_cmpint (kind_of_value (facts, "Joss Stone"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Hayao Miyazaki"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "London"), ==, PRECIS_FACT_PLACE);
}

/* One fact per entity, whatever the spelling ("Hewlett-Packard",
 * "Hewlett Packard", "HP"; "José" and "Jose"; "Philip van Doren Stern"
 * and "Van Doren Stern"); a club whose short name the tagger reads as a
 * player's is no person ("Exeter City", "Exeter had chances"). */
static const char spellings_story[] =
  "Printer maker Hewlett-Packard said on Tuesday that profits rose. Hewlett Packard, known as HP, "
  "sells more printers than anyone. HP shares rose 3%.\n\n"
  "Manchester United avoided an FA Cup upset by edging past Exeter City in their third round "
  "replay. Exeter had chances of their own, Sean Devine twice volleying wide and Andrew Taylor "
  "forcing Tim Howard to save. Exeter began brightly with Devine and Steve Flack seeing plenty of "
  "the ball. In stoppage time Exeter created their best chance as Alex Jeannin swung in a cross.\n\n"
  "Chelsea manager Jos\u00e9 Mourinho said his side deserved to win. Jose Mourinho added that "
  "Arjen Robben would be fit.\n\n"
  "The film was based on a short story by Philip van Doren Stern. The producer bought the rights "
  "from Van Doren Stern's family in 1999.";

/* An acronym and its plural name one thing (issue 14's BBC panels): a
 * kind of thing, a product, which the panels do not list (session 24,
 * ner-plural-acronyms.c: no fact for either). */
static const char plurals_story[] =
  "Gamers have bought almost all of the first batch of Sony's new PlayStation Portable (PSP) "
  "consoles, which went on sale in Japan on Sunday. Thousands of people queued for hours to get "
  "one of the 200,000 PSPs shipped to shops. Sony said it would not increase the stock of PSPs it "
  "plans to ship by the end of the year. The PSP sells in Japan for 19,800 yen.";

static void
test_spellings (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (spellings_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Hewlett Packard"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpuint (count_value (facts, is_named, "Hewlett-Packard", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_named, "HP", NULL), ==, 0);
  assert_word_joins (doc, facts, "HP", "Hewlett Packard", 2);
  g_assert_cmpint (kind_of_value (facts, "Exeter City"), ==, PRECIS_FACT_ORGANIZATION);
  assert_word_joins (doc, facts, "Exeter", "Exeter City", 3);
  g_assert_cmpint (kind_of_value (facts, "Sean Devine"), ==, PRECIS_FACT_PERSON);
  /* Accents or none: one person. */
  g_assert_cmpint (kind_of_value (facts, "Jos\u00e9 Mourinho"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpuint (count_value (facts, is_named, "Jose Mourinho", NULL), ==, 0);
  /* A name particle belongs to the name, capitalized or not. */
  g_assert_cmpint (kind_of_value (facts, "Philip van Doren Stern"), ==, PRECIS_FACT_PERSON);
  assert_no_fact_named (facts, "Doren Stern", "Van Doren Stern", "Van", "Philip", NULL);
}

static void
test_plural_acronyms (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (plurals_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpuint (count_value (facts, is_named, "PSPs", NULL), ==, 0);
  g_assert_cmpuint (count_value (facts, is_named, "PSP", NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Sony"), ==, PRECIS_FACT_ORGANIZATION);
}

/* Companies the tagger's 1996 news never saw read as surnames; what the
 * article says they have (sales, revenues) or are (an apposition, the
 * noun before them) makes them organizations (issue 14's BBC panels). */
static const char companies_story[] =
  "Wipro, India's third-biggest software firm, has reported a rise in profits. Wipro said demand "
  "was strong, said vice-chairman Vivek Paul. One problem identified by Wipro was the turnover of "
  "its staff.\n\n"
  "Diageo has agreed to buy Californian wine company Chalone for $260m. It said Chalone would be "
  "integrated into its US business. Chalone reported revenues of $69.4m.\n\n"
  "DaimlerChrysler sold more cars, as solid Chrysler sales offset a weak showing for Mercedes. "
  "Chrysler avoided the fate of its US rivals.\n\n"
  "A survey by Computeractive Magazine found that Virgin Trains passengers wanted faster wi-fi.";

static void
test_companies (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (companies_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Wipro"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Chalone"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Chrysler"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Vivek Paul"), ==, PRECIS_FACT_PERSON);
  /* A name that ends in a noun no person's name ends in. */
  g_assert_cmpint (kind_of_value (facts, "Computeractive Magazine"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Virgin Trains"), ==, PRECIS_FACT_ORGANIZATION);
}

/* The same checks on the BBC articles the issue found them in. */
static char *
bbc_article (const char *id, char **title)
{
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");
  g_autofree char *path = shared ? g_build_filename (shared, "summ", "bbc", "dev.jsonl", NULL) : NULL;
  g_autofree char *contents = NULL;
  g_autofree char *needle = g_strdup_printf ("\"id\": \"%s\"", id);
  g_autoptr (JsonParser) parser = json_parser_new ();
  char *line, *end;

  if (path == NULL || !g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  line = strstr (contents, needle);
  g_assert_nonnull (line);
  while (line > contents && line[-1] != '\n')
    line--;
  end = strchr (line, '\n');
  g_assert_true (json_parser_load_from_data (parser, line, end ? end - line : -1, NULL));
  JsonObject *o = json_node_get_object (json_parser_get_root (parser));
  *title = g_strdup (json_object_get_string_member (o, "title"));
  return g_strdup (json_object_get_string_member (o, "article"));
}

static void
test_bbc_examples (void)
{
  const char *ids[] = { "bbc-sport-101", "bbc-business-001", "bbc-tech-272" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *text = bbc_article (ids[i], &title);
      PrecisPipelineOptions options = { 0 };
      g_autoptr (PrecisDocument) doc = NULL;
      g_autoptr (GArray) facts = NULL;

      if (text == NULL)
        {
          g_test_skip ("no BBC dev set (PRECIS_SHARED_DATA)");
          return;
        }
      options.title = title;
      doc = precis_document_new (text, -1, &options);
      facts = extract (doc);
      g_test_message ("%s", ids[i]);
      dump (facts);
      if (i == 0)
        {
          check_football (doc, facts);
          g_assert_cmpuint (count_value (facts, is_place, "Ben", NULL), ==, 0);
        }
      else if (i == 1)
        check_business (facts);
      else
        check_virus (facts);
    }
}

/* Headings pasted in title case ("Trump Appears to Soften His Stance on
 * Ukraine") are no source of names of their own: their names count when
 * the article or the gazetteer knows them. */
static const char pasted_story[] =
  "Trump-Putin Summit in the Works: Russia\n\n"
  "Plans are in motion for a meeting between Donald Trump and Vladimir Putin, according to a "
  "Russian official in Moscow. The talks would cover Ukraine and the war. A Trump-Putin summit "
  "could take place in Riyadh, and a Trump–Putin call came first.\n\n"
  "Trump Appears to Soften His Stance on Ukraine\n\n"
  "Speaking in Washington, Trump said a deal with Russia was close. Officials in Kyiv were "
  "not consulted.\n\n"
  "London Protesters Demand Greater Support for Ukraine\n\n"
  "Thousands marched in London on Sunday, and Keir Starmer promised more aid.";

static void
test_pasted_headings (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (pasted_story, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  for (const char *const *junk = (const char *const[]) { "Trump Appears", "Soften His Stance",
                                                          "London Protesters Demand Greater Support",
                                                          "Trump-Putin Summit", "Works",
                                                          /* two people, not a place (issue 14) */
                                                          "Trump-Putin", "Trump–Putin", NULL };
       *junk != NULL; junk++)
    g_assert_cmpuint (count_value (facts, is_named, *junk, NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Donald Trump"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Russia"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (kind_of_value (facts, "London"), ==, PRECIS_FACT_PLACE);
  /* The heading's "Ukraine" is a mention of the Ukraine of the article. */
  assert_word_joins (doc, facts, "Ukraine", "Ukraine", 3);
}

/* The ASCII loop folds as GLib does, and hands other text to GLib: whole
 * strings, a byte count, a NUL before the count. */
static void
test_utf8_strdown (void)
{
  static const char *const texts[] = {
    "Manchester City", "NEW YORK TIMES", "", "e.ON AG-123 [x]", "Zürich", "ÉLYSÉE Palace",
    "İstanbul", "ΑΘΗΝΑ", "Straße", "abc\tDEF\n", NULL,
  };

  for (guint i = 0; texts[i] != NULL; i++)
    for (gssize len = -1; len <= (gssize) strlen (texts[i]); len++)
      {
        g_autofree char *expected = NULL, *got = NULL;

        /* A count must end on a character boundary. */
        if (len >= 0 && !g_utf8_validate (texts[i], len, NULL))
          continue;
        expected = g_utf8_strdown (texts[i], len);
        got = precis_ner_utf8_strdown (texts[i], len);
        g_assert_cmpstr (got, ==, expected);
      }
  {
    g_autofree char *cut = precis_ner_utf8_strdown ("AB\0CD", 5);

    g_assert_cmpstr (cut, ==, "ab");
  }
}

/* A reader's paragraphs (lead-reader.md, session 7), read by the shipped
 * model: "Newcastle drew 1-1 with Fulham" faces a club with a club (the
 * two sides of a result told in prose are of one kind); "Villa" in "Villa
 * manager Unai Emery" is the club of "Aston Villa", not the ground "Villa
 * Park" (of two longer names, the one of its type). */
static const char reader_football[] =
  "Aston Villa moved into the top four of the Premier League with a 2-0 win over Brighton at Villa "
  "Park on Saturday.\n\n"
  "Ollie Watkins scored his ninth goal of the season midway through the first half before Leon "
  "Bailey added a second ten minutes after the break.\n\n"
  "Villa manager Unai Emery said his side had \"controlled the game from the first minute\". "
  "Brighton, who lost Kaoru Mitoma to a hamstring injury, have now gone four matches without a "
  "win.\n\n"
  "Elsewhere, Newcastle drew 1-1 with Fulham and Wolves beat Everton 3-1 at Molineux.\n";

static void
test_reader_football (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (reader_football, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Fulham"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Newcastle"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpuint (count_value (facts, is_named, "Villa", NULL), ==, 0);
  g_assert_cmpint (kind_of_value (facts, "Aston Villa"), ==, PRECIS_FACT_ORGANIZATION);
  assert_word_joins (doc, facts, "Villa", "Aston Villa", 1);
  g_assert_cmpint (kind_of_value (facts, "Villa Park"), ==, PRECIS_FACT_PLACE);
  g_assert_cmpint (kind_of_value (facts, "Unai Emery"), ==, PRECIS_FACT_PERSON);
}

/* Well-known names the 1996 tagger reads unsure, which the doubt rule
 * (ner-doubt.c) dropped: what the article says of them is evidence.  A kind
 * noun opening the sentence before "including" ("Insurers including
 * Aviva"), a verb "include" after one ("brands include Smirnoff"), a
 * thing's rivals before or after a list of names ("its main rivals
 * Samsung and Xiaomi", "Samsung and Xiaomi, its main rivals in Asia"),
 * whom a team plays ("Arteta's team face Chelsea"), a body's staff ("a
 * strategist at UBS") and its brand ("the Smart brand"); a list's item
 * with a noun after it ("Smirnoff vodka and Guinness stout"); lead's
 * paragraphs and BBC dev articles (bbc-business-018, 321, 410). */
static const char reader_companies[] =
  "Apple shares fell 3% on Tuesday after the company warned that iPhone sales in China would slow in "
  "the final quarter of the year. Samsung and Xiaomi, its main rivals in Asia, report their results "
  "next week.\n\n"
  "Mikel Arteta's team face Chelsea at Stamford Bridge on Saturday.\n\n"
  "Heavy rain caused flooding across southern England on Monday night. Insurers including Aviva "
  "expect claims to rise sharply.\n";

/* bbc-business-410 (BBC dev), whole: "the Smart brand". */
static const char reader_smart[] =
  "US-German carmaker DaimlerChrysler has sold 2.1% more cars in 2004 than in the previous "
  "year, as solid Chrysler sales offset a weak showing for Mercedes.\n\nSales totalled 3.9 "
  "million units worldwide during 2004, the company said at the Detroit Motor Show. A switch to "
  "new models hit luxury marque Mercedes-Benz, with sales down 3.1% at 1.06 million. Chrysler "
  "avoided the fate of US rivals Ford and General Motors, both of whom lost ground to Japanese "
  "firms. Its sales rose 3.5% to 2.7 million units.\n\nSimilarly on the up was the Smart brand of "
  "compact cars, with the division's sales jumping by 21.1% during 2004 to 136,000. The future "
  "of the brand - which is controlled by the Mercedes group within DaimlerChrysler - remains in "
  "question, however. Smart has consistently lost money since it started trading in 1998, and "
  "new model launches are now \"on hold\", said Mercedes chief executive Eckhard Cordes. In "
  "Europe, the Smart will now go on sale through regular Mercedes dealerships as well as its "
  "own dealer network, Mr Cordes said.\n";

static void
test_reader_doubt_evidence (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (reader_companies, -1, NULL);
  g_autoptr (PrecisDocument) rivals = precis_document_new (
      "The firm's shares fell after the warning. Analysts said its main rivals Samsung and Xiaomi had "
      "gained market share in India.\n", -1, NULL);
  g_autoptr (PrecisDocument) bbc = precis_document_new (
      "\"People will use it as an excuse to come back to India,\" said Bhanu Baweja, a strategist at "
      "UBS.\n\n"
      "Although Diageo's best-known brands include Smirnoff vodka and Guinness stout, it already has a "
      "US winemaking arm.\n", -1, NULL);
  g_autoptr (PrecisDocument) smart = precis_document_new (reader_smart, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);
  g_autoptr (GArray) rival_facts = extract (rivals);
  g_autoptr (GArray) bbc_facts = extract (bbc);
  g_autoptr (GArray) smart_facts = extract (smart);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Samsung"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Xiaomi"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Chelsea"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Aviva"), ==, PRECIS_FACT_ORGANIZATION);
  dump (rival_facts);
  g_assert_cmpint (kind_of_value (rival_facts, "Samsung"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (rival_facts, "Xiaomi"), ==, PRECIS_FACT_ORGANIZATION);
  dump (bbc_facts);
  g_assert_cmpint (kind_of_value (bbc_facts, "UBS"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (bbc_facts, "Smirnoff"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (bbc_facts, "Guinness"), ==, PRECIS_FACT_ORGANIZATION);
  dump (smart_facts);
  g_assert_cmpint (kind_of_value (smart_facts, "Smart"), ==, PRECIS_FACT_ORGANIZATION);
}

/* A one-word name the tagger reads as a person, unsure, after a
 * person's role in lower case is one: "the ex-Smiths star Morrissey"
 * (bbc-entertainment-317, dropped by the doubt rule).  The role saves
 * only the tagger's reading as a person from that rule: "defender
 * Narciso" read as a body stays doubtful (CoNLL train, read fold 5). */
static void
test_person_roles (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Last year's Meltdown festival, directed by the ex-Smiths star Morrissey, included appearances "
      "by singer Jane Birkin, Nancy Sinatra and playwright Alan Bennett.\n", -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Morrissey"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Jane Birkin"), ==, PRECIS_FACT_PERSON);
}

/* A band is a body: "punk band The New York Dolls" (bbc-entertainment-317,
 * whole: dropped by the doubt rule before "band" was a kind noun). */
static const char reader_bands[] =
  "Rock star Patti Smith has been made artistic director of this year's Meltdown festival, to "
  "be held at London's South Bank Centre in June.\n\nThe punk pioneer follows Morrissey, David "
  "Bowie and Nick Cave in directing 15 days of concerts and events. Smith has yet to decide the "
  "line-up for Meltdown, which begins on 11 June. \"I want to touch on all aspects of our "
  "culture, perhaps with readings from Genet, and I have an idea for Jeremy Irons to read "
  "Proust,\" she said.\n\nThe 58-year-old US singer of Because the Night told The Observer "
  "newspaper that the festival would be her response to these \"material, exploitative and "
  "greedy times\". \"It is important we explore the new, but we should also salute the best art "
  "there is, aesthetically and spiritually,\" she said. Last year's Meltdown festival, directed "
  "by the ex-Smiths star Morrissey, included appearances by singer Jane Birkin, Nancy Sinatra "
  "and playwright Alan Bennett. He also persuaded punk band The New York Dolls to reform for a "
  "reunion show.\n";

static void
test_bands (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (reader_bands, -1, NULL);
  g_autoptr (GArray) facts = extract (doc);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "The New York Dolls"), ==, PRECIS_FACT_ORGANIZATION);
}

/* "The home's owner, Silverline Care, said" beside "a care home": a name
 * whose last word the article uses as a common noun is no person's
 * (lead-reader.md, session 7); "Edward Said" beside "he said" stays one
 * (a noun after a determiner only). */
static const char reader_care_home[] =
  "A former nurse has been jailed for eight years for stealing more than \u00a3200,000 from elderly "
  "patients at a care home in Kent.\n\n"
  "Sandra Whitlock, 54, took bank cards from residents of the Oakwood care home in Maidstone between "
  "March 2019 and October 2021, Canterbury Crown Court heard.\n\n"
  "Judge Catherine Moore told her she had \"betrayed the trust of people who could not protect "
  "themselves\". Kent Police said the money had been spent on holidays and a new car.\n\n"
  "The home's owner, Silverline Care, said it had since changed the way residents' finances were "
  "handled.\n";

static void
test_reader_care_home (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (reader_care_home, -1, NULL);
  g_autoptr (PrecisDocument) critic = precis_document_new (
      "The Palestinian scholar Edward Said, who teaches at Columbia University, said on Monday that "
      "the accord was a surrender. Said told a news conference the plan had failed.\n", -1, NULL);
  g_autoptr (GArray) facts = extract (doc);
  g_autoptr (GArray) critic_facts = extract (critic);

  dump (facts);
  g_assert_cmpint (kind_of_value (facts, "Silverline Care"), ==, PRECIS_FACT_ORGANIZATION);
  g_assert_cmpint (kind_of_value (facts, "Sandra Whitlock"), ==, PRECIS_FACT_PERSON);
  g_assert_cmpint (kind_of_value (facts, "Catherine Moore"), ==, PRECIS_FACT_PERSON);
  dump (critic_facts);
  g_assert_cmpint (kind_of_value (critic_facts, "Edward Said"), ==, PRECIS_FACT_PERSON);
}

/* What a fresh tagger (an empty word memo) says of `doc`. */
static guint8 *
tag_fresh (const PrecisDocument *doc)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerTagger) tagger = precis_ner_tagger_new (precis_data_dir (), &error);

  g_assert_no_error (error);
  return precis_ner_mentions_tag (tagger, doc, NULL);
}

static void
assert_same_tags (const PrecisNerTagger *tagger, const PrecisDocument *doc, const guint8 *expected)
{
  g_autofree guint8 *tags = precis_ner_mentions_tag (tagger, doc, NULL);

  g_assert_cmpmem (tags, doc->n_tokens, expected, doc->n_tokens);
}

/* The tagger keeps its words' descriptions and sums between documents
 * (ner-word-memo.c): a document tags the same whatever came before it,
 * words it shares with earlier ones, all of them, or after so many new
 * words that the memo started again (even within this document). */
static void
test_word_memo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerTagger) tagger = precis_ner_tagger_new (precis_data_dir (), &error);
  g_autoptr (PrecisDocument) seed = seed_document ();
  g_autoptr (PrecisDocument) story = precis_document_new (
      "Shares in Google rose 3% in New York on Tuesday after the company said revenue at its "
      "advertising business had beaten forecasts. Analysts at Morgan Stanley said the search "
      "giant was well placed. Google's chief executive, Sundar Pichai, told investors in "
      "California that spending on data centres would rise.", -1, NULL);
  g_autoptr (GString) many = g_string_new (NULL);
  g_autoptr (PrecisDocument) words = NULL;
  g_autofree guint8 *seed_tags = NULL, *story_tags = NULL, *words_tags = NULL;

  g_assert_no_error (error);
  /* More distinct words than the memo holds, capitalized and not, in sentences. */
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (many, "%s%c%04uq%s", i % 12 == 0 ? "Mr " : "", i % 3 ? 'k' : 'K', i,
                            i % 9 == 8 ? ". " : " ");
  g_string_append (many, "said Google in London.");
  words = precis_document_new (many->str, -1, NULL);
  seed_tags = tag_fresh (seed);
  story_tags = tag_fresh (story);
  words_tags = tag_fresh (words);

  assert_same_tags (tagger, seed, seed_tags);
  assert_same_tags (tagger, story, story_tags);
  assert_same_tags (tagger, seed, seed_tags);
  assert_same_tags (tagger, words, words_tags);
  assert_same_tags (tagger, story, story_tags);
  assert_same_tags (tagger, seed, seed_tags);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_true (precis_pipeline_init (NULL, &error));
  plugin = precis_plugin_entry ();
  g_assert_cmpuint (plugin->abi_version, ==, PRECIS_PLUGIN_ABI_VERSION);
  g_assert_cmpstr (plugin->name, ==, "facts");
  g_assert_true (plugin->load (precis_data_dir (), &plugin_state, &error));
  g_assert_no_error (error);

  g_test_add_func ("/facts/utf8-strdown", test_utf8_strdown);
  g_test_add_func ("/facts/seed/entities", test_seed_entities);
  g_test_add_func ("/facts/seed/grouped", test_seed_mentions_grouped);
  g_test_add_func ("/facts/seed/summary-salience", test_summary_salience);
  g_test_add_func ("/facts/empty-and-cancelled", test_empty_and_cancelled);
  g_test_add_func ("/facts/word-memo", test_word_memo);
  g_test_add_func ("/facts/shared-surname-and-acronym", test_shared_surname_and_acronym);
  g_test_add_func ("/facts/model-refused", test_model_refused);
  g_test_add_func ("/facts/model-version-2", test_model_version_2);
  g_test_add_func ("/facts/shipped-models-current", test_shipped_models_current);
  g_test_add_func ("/facts/shipped-lower-words-current", test_shipped_lower_words_current);
  g_test_add_func ("/facts/model-lower-words", test_model_lower_words);
  g_test_add_func ("/facts/model-flags", test_model_flags);
  g_test_add_func ("/facts/word-fold-hash", test_word_fold_hash);
  g_test_add_func ("/facts/article-and-acronyms", test_article_and_acronyms);
  g_test_add_func ("/facts/conll/offsets", test_conll_offsets);
  g_test_add_func ("/facts/issue14/football-report", test_football_report);
  g_test_add_func ("/facts/pasted-headings", test_pasted_headings);
  g_test_add_func ("/facts/issue14/business-story", test_business_story);
  g_test_add_func ("/facts/issue14/virus-story", test_virus_story);
  g_test_add_func ("/facts/issue14/name-variants", test_name_variants);
  g_test_add_func ("/facts/issue14/bbc-articles", test_bbc_examples);
  g_test_add_func ("/facts/issue14/results-table", test_results_table);
  g_test_add_func ("/facts/issue14/standings", test_standings);
  g_test_add_func ("/facts/issue14/dateline", test_dateline);
  g_test_add_func ("/facts/issue14/place-lines", test_place_lines);
  g_test_add_func ("/facts/issue14/club-town-names", test_club_town_names);
  g_test_add_func ("/facts/issue14/share-moves", test_share_moves);
  g_test_add_func ("/facts/issue14/league-tables", test_league_tables);
  g_test_add_func ("/facts/issue14/capital-rows", test_capital_rows);
  g_test_add_func ("/facts/issue14/poll-dates", test_poll_dates);
  g_test_add_func ("/facts/issue14/place-heads", test_place_heads);
  g_test_add_func ("/facts/issue14/person-titles", test_person_titles);
  g_test_add_func ("/facts/issue14/role-before-name", test_role_before_name);
  g_test_add_func ("/facts/issue14/town-clubs", test_town_clubs);
  g_test_add_func ("/facts/issue14/fixtures", test_fixtures);
  g_test_add_func ("/facts/issue14/draw-fixtures", test_draw_fixtures);
  g_test_add_func ("/facts/issue14/country-of", test_country_of);
  g_test_add_func ("/facts/issue14/market-index-names", test_market_index_names);
  g_test_add_func ("/facts/issue14/contact-labels", test_contact_labels);
  g_test_add_func ("/facts/issue14/place-tails", test_place_tails);
  g_test_add_func ("/facts/issue14/account-labels", test_account_labels);
  g_test_add_func ("/facts/issue14/capital-function-words", test_capital_function_words);
  g_test_add_func ("/facts/issue14/town-state-rows", test_town_state_rows);
  g_test_add_func ("/facts/issue14/people-tables", test_people_tables);
  g_test_add_func ("/facts/issue14/prose-results", test_prose_results);
  g_test_add_func ("/facts/issue14/place-openers", test_place_openers);
  g_test_add_func ("/facts/issue14/club-towns", test_club_towns);
  g_test_add_func ("/facts/issue14/plural-demonyms", test_plural_demonyms);
  g_test_add_func ("/facts/issue14/currency-codes", test_currency_codes);
  g_test_add_func ("/facts/issue14/products", test_products);
  g_test_add_func ("/facts/issue14/listed-companies", test_listed_companies);
  g_test_add_func ("/facts/issue14/market-indices", test_market_indices);
  g_test_add_func ("/facts/issue14/body-names", test_body_names);
  g_test_add_func ("/facts/issue14/leagues", test_leagues);
  g_test_add_func ("/facts/issue14/work-titles", test_work_titles);
  g_test_add_func ("/facts/issue14/awards", test_awards);
  g_test_add_func ("/facts/issue14/title-case", test_title_case);
  g_test_add_func ("/facts/issue14/spellings", test_spellings);
  g_test_add_func ("/facts/issue14/plural-acronyms", test_plural_acronyms);
  g_test_add_func ("/facts/issue14/companies", test_companies);
  g_test_add_func ("/facts/issue14/reader-football", test_reader_football);
  g_test_add_func ("/facts/issue14/reader-care-home", test_reader_care_home);
  g_test_add_func ("/facts/issue14/reader-doubt-evidence", test_reader_doubt_evidence);
  g_test_add_func ("/facts/issue14/person-roles", test_person_roles);
  g_test_add_func ("/facts/issue14/bands", test_bands);
  status = g_test_run ();
  plugin->unload (plugin_state);
  return status;
}
