/* facts.c — the `facts` plugin on the real pipeline: entities, ranking, offsets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <precis/precis-plugin.h>
#include <glib/gstdio.h>
#include <string.h>

#include "data-dir.h"
#include "ner-mentions.h"
#include "pipeline.h"

const PrecisPluginDescriptor *precis_plugin_entry (void);

static gpointer plugin_state;
static const PrecisPluginDescriptor *plugin;

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
 * one sentence: then it slices back to exactly the words that were tagged. */
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

/* A model of another version, or cut short, is refused with a message
 * saying what to do, and nothing is loaded. */
static void
test_model_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("precis-facts-XXXXXX", NULL);
  g_autofree char *models = g_build_filename (dir, "models", NULL);
  g_autofree char *gazetteers = g_build_filename (dir, "gazetteers", NULL);
  g_autofree char *model = g_build_filename (models, "ner-en.model", NULL);
  g_autofree char *source = g_build_filename (precis_data_dir (), "models", "ner-en.model", NULL);
  const char *names[] = { "places.tsv", "demonyms.tsv", NULL };
  g_autofree char *contents = NULL;
  gsize length;
  gpointer state = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir (models, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (gazetteers, 0700), ==, 0);
  for (guint i = 0; names[i]; i++)
    {
      g_autofree char *from = g_build_filename (precis_data_dir (), "gazetteers", names[i], NULL);
      g_autofree char *to = g_build_filename (gazetteers, names[i], NULL);
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (from, &text, &length, NULL));
      g_assert_true (g_file_set_contents (to, text, (gssize) length, NULL));
    }
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

  for (guint i = 0; names[i]; i++)
    {
      g_autofree char *to = g_build_filename (gazetteers, names[i], NULL);
      g_unlink (to);
    }
  g_unlink (model);
  g_rmdir (models);
  g_rmdir (gazetteers);
  g_rmdir (dir);
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

  g_test_add_func ("/facts/seed/entities", test_seed_entities);
  g_test_add_func ("/facts/seed/grouped", test_seed_mentions_grouped);
  g_test_add_func ("/facts/seed/summary-salience", test_summary_salience);
  g_test_add_func ("/facts/empty-and-cancelled", test_empty_and_cancelled);
  g_test_add_func ("/facts/shared-surname-and-acronym", test_shared_surname_and_acronym);
  g_test_add_func ("/facts/model-refused", test_model_refused);
  g_test_add_func ("/facts/article-and-acronyms", test_article_and_acronyms);
  g_test_add_func ("/facts/conll/offsets", test_conll_offsets);
  status = g_test_run ();
  plugin->unload (plugin_state);
  return status;
}
