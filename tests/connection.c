/* connection.c — libprecis' PrecisConnection, local and over the bus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The same calls through both back ends, against a real precisd on a
 * private bus (tests/bus-fixture.c): identical summaries, facts, info and
 * errors; UTF-16 offsets that slice a JavaScript string; async calls and
 * their cancellation.
 */
#include "config.h"

#include <string.h>

#include "bus-fixture.h"
#include "precis-internal.h"

typedef struct {
  BusFixture bus;
  PrecisConnection *local;
  PrecisConnection *remote;
  char *article;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  bus_fixture_setup_running (&f->bus, data);
  f->local = precis_connection_new_local (NULL, NULL, &error);
  g_assert_no_error (error);
  f->remote = precis_connection_new_bus (f->bus.address, NULL, &error);
  g_assert_no_error (error);
  f->article = test_read_source_file ("data/seed-article.txt");
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->local);
  g_clear_object (&f->remote);
  g_free (f->article);
  bus_fixture_test_teardown (&f->bus, data);
}

static PrecisOptions *
sample_options (void)
{
  PrecisOptions *options = precis_options_new ();
  g_autoptr (GDateTime) published = g_date_time_new_utc (2025, 2, 22, 12, 0, 0);

  precis_options_set_published (options, published);
  return options;
}

static void
assert_same_result (PrecisResult *a, PrecisResult *b)
{
  GPtrArray *sa = precis_result_get_summary (a), *sb = precis_result_get_summary (b);
  GPtrArray *fa = precis_result_get_facts (a), *fb = precis_result_get_facts (b);

  g_assert_cmpstr (precis_result_get_plugin (a), ==, precis_result_get_plugin (b));
  g_assert_cmpuint (sa->len, ==, sb->len);
  for (guint i = 0; i < sa->len; i++)
    {
      g_assert_cmpstr (precis_summary_sentence_get_text (sa->pdata[i]), ==,
                       precis_summary_sentence_get_text (sb->pdata[i]));
      g_assert_cmpuint (precis_summary_sentence_get_start (sa->pdata[i]), ==,
                        precis_summary_sentence_get_start (sb->pdata[i]));
      g_assert_cmpuint (precis_summary_sentence_get_utf16_end (sa->pdata[i]), ==,
                        precis_summary_sentence_get_utf16_end (sb->pdata[i]));
      g_assert_cmpfloat (precis_summary_sentence_get_score (sa->pdata[i]), ==,
                         precis_summary_sentence_get_score (sb->pdata[i]));
    }
  g_assert_cmpuint (fa->len, ==, fb->len);
  for (guint i = 0; i < fa->len; i++)
    {
      PrecisKeyFact *x = fa->pdata[i], *y = fb->pdata[i];

      g_assert_cmpstr (precis_key_fact_get_kind (x), ==, precis_key_fact_get_kind (y));
      g_assert_cmpstr (precis_key_fact_get_text (x), ==, precis_key_fact_get_text (y));
      g_assert_cmpstr (precis_key_fact_get_value (x), ==, precis_key_fact_get_value (y));
      g_assert_cmpfloat (precis_key_fact_get_salience (x), ==, precis_key_fact_get_salience (y));
      g_assert_cmpuint (precis_key_fact_get_n_mentions (x), ==, precis_key_fact_get_n_mentions (y));
      for (guint k = 0; k < precis_key_fact_get_n_mentions (x); k++)
        {
          guint s1, e1, s2, e2;

          g_assert_true (precis_key_fact_get_mention (x, k, &s1, &e1));
          g_assert_true (precis_key_fact_get_mention (y, k, &s2, &e2));
          g_assert_cmpuint (s1, ==, s2);
          g_assert_cmpuint (e1, ==, e2);
        }
    }
  /* The info, less the version (the same) and nothing else. */
  g_assert_true (g_variant_equal (precis_result_get_info (a), precis_result_get_info (b)));
}

/* Summary, facts and info: the same from both back ends. */
static void
test_same_analysis (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisOptions) options = sample_options ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisResult) local = NULL, remote = NULL;
  GPtrArray *summary;

  local = precis_connection_analyze (f->local, f->article, options, NULL, &error);
  g_assert_no_error (error);
  remote = precis_connection_analyze (f->remote, f->article, options, NULL, &error);
  g_assert_no_error (error);
  assert_same_result (local, remote);

  summary = precis_result_get_summary (local);
  g_assert_cmpuint (summary->len, ==, 3);
  g_assert_cmpuint (precis_result_get_facts (local)->len, >, 10);
  g_assert_cmpstr (precis_result_get_published (local), ==, "2025-02-22");
  g_assert_cmpstr (precis_result_get_text (local), ==, f->article);
  /* Verbatim: the offsets slice the text back. */
  for (guint i = 0; i < summary->len; i++)
    {
      PrecisSummarySentence *s = summary->pdata[i];
      const char *start = g_utf8_offset_to_pointer (f->article, precis_summary_sentence_get_start (s));
      const char *end = g_utf8_offset_to_pointer (f->article, precis_summary_sentence_get_end (s));
      g_autofree char *slice = g_strndup (start, end - start);

      g_assert_cmpstr (slice, ==, precis_summary_sentence_get_text (s));
    }
}

static void
test_same_summary_and_facts (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisOptions) options = sample_options ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisResult) l1 = NULL, r1 = NULL, l2 = NULL, r2 = NULL;

  precis_options_set_plugin (options, "textrank");
  precis_options_set_sentences (options, 2);
  precis_options_set_order (options, PRECIS_ORDER_SCORE);
  l1 = precis_connection_summarize (f->local, f->article, options, NULL, &error);
  g_assert_no_error (error);
  r1 = precis_connection_summarize (f->remote, f->article, options, NULL, &error);
  g_assert_no_error (error);
  assert_same_result (l1, r1);
  g_assert_cmpstr (precis_result_get_plugin (l1), ==, "textrank");
  g_assert_cmpuint (precis_result_get_summary (l1)->len, ==, 2);
  g_assert_cmpuint (precis_result_get_facts (l1)->len, ==, 0);

  precis_options_set_plugin (options, NULL);
  l2 = precis_connection_extract_facts (f->local, f->article, options, NULL, &error);
  g_assert_no_error (error);
  r2 = precis_connection_extract_facts (f->remote, f->article, options, NULL, &error);
  g_assert_no_error (error);
  assert_same_result (l2, r2);
  g_assert_cmpuint (precis_result_get_summary (l2)->len, ==, 0);
}

/* Errors: the same code of PRECIS_ERROR from both. */
static void
test_same_errors (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisOptions) options = precis_options_new ();
  PrecisConnection *both[] = { f->local, f->remote };

  precis_options_set_plugin (options, "no-such-plugin");
  for (guint i = 0; i < G_N_ELEMENTS (both); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisResult) result = NULL;

      result = precis_connection_summarize (both[i], "One sentence. Two.", options, NULL, &error);
      g_assert_null (result);
      g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN);
      g_clear_error (&error);
      result = precis_connection_analyze_url (both[i], "ftp://example.org/x", NULL, NULL, &error);
      g_assert_null (result);
      g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS);
    }
  g_assert_cmpstr (precis_error_get_dbus_name (PRECIS_ERROR_TOO_LARGE), ==, "org.precis.Error.TooLarge");
}

/* `language-hint` is evidence, through the library and the bus alike: it
 * decides a results table, which has no language of its own, and does not
 * turn a German paragraph Spanish; a tag precis does not know is no
 * evidence rather than an error. */
static void
test_language_hint (Fixture *f, gconstpointer data)
{
  static const char results[] =
    "Andrei Pavel (RUM) a Jan-Michael Gambill (USA), 6-3, 7-5. Jeff Tarango (USA) a Sergi "
    "Bruguera (ESP), 6-4, 6-1. Guillermo Coria (ARG) a Alex López Morón (ESP), 5-7, 7-5, 6-3. "
    "Attila Savolt (HUN) a Eduardo Nicolás (ESP), 6-2, 6-3.";
  g_autofree char *german = test_read_source_file ("tests/fixtures/languages/de.txt");
  g_autoptr (PrecisOptions) spanish = precis_options_new ();
  g_autoptr (PrecisOptions) unknown = precis_options_new ();
  PrecisConnection *both[] = { f->local, f->remote };

  precis_options_set_language_hint (spanish, "es-ES");
  g_assert_cmpstr (precis_options_get_language_hint (spanish), ==, "es-ES");
  precis_options_set_language_hint (unknown, "x-default");
  for (guint i = 0; i < G_N_ELEMENTS (both); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisResult) bare = precis_connection_analyze (both[i], results, NULL, NULL, &error);
      g_autoptr (PrecisResult) hinted = precis_connection_analyze (both[i], results, spanish, NULL, &error);
      g_autoptr (PrecisResult) ignored = precis_connection_analyze (both[i], results, unknown, NULL, &error);
      g_autoptr (PrecisResult) own = precis_connection_analyze (both[i], german, spanish, NULL, &error);

      g_assert_no_error (error);
      /* Without the hint the table is not Spanish: the hint is what decides. */
      g_assert_cmpstr (precis_result_get_language (bare), !=, "es");
      g_assert_cmpstr (precis_result_get_language (hinted), ==, "es");
      g_assert_cmpstr (precis_result_get_language (ignored), ==, precis_result_get_language (bare));
      g_assert_cmpstr (precis_result_get_language (own), ==, "de");
    }
}

/* JavaScript counts UTF-16 units: an emoji before a sentence moves it by two. */
static void
test_utf16_offsets (Fixture *f, gconstpointer data)
{
  const char *text = "Storm 🌀 warning.\n\nThe storm reached Lisbon on Tuesday. Schools were closed "
                     "in Porto and Lisbon. Ferries stopped running.";
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisResult) result = precis_connection_analyze (f->local, text, NULL, NULL, &error);
  g_autoptr (PrecisResult) remote = precis_connection_analyze (f->remote, text, NULL, NULL, &error);
  GPtrArray *summary;
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (text, -1, NULL, NULL, NULL);

  g_assert_no_error (error);
  summary = precis_result_get_summary (result);
  g_assert_cmpuint (summary->len, >, 0);
  for (guint i = 0; i < summary->len; i++)
    {
      PrecisSummarySentence *s = summary->pdata[i];
      guint u0 = precis_summary_sentence_get_utf16_start (s), u1 = precis_summary_sentence_get_utf16_end (s);
      g_autofree char *slice = g_utf16_to_utf8 (utf16 + u0, u1 - u0, NULL, NULL, NULL);

      /* The emoji is one code point and two UTF-16 units. */
      g_assert_cmpuint (u0, ==, precis_summary_sentence_get_start (s) + 1);
      g_assert_cmpstr (slice, ==, precis_summary_sentence_get_text (s));
    }
  for (guint i = 0; i < precis_result_get_facts (result)->len; i++)
    {
      PrecisKeyFact *fact = precis_result_get_facts (result)->pdata[i];
      guint u0, u1;
      g_autofree char *slice = NULL;

      g_assert_true (precis_key_fact_get_utf16_mention (fact, 0, &u0, &u1));
      slice = g_utf16_to_utf8 (utf16 + u0, u1 - u0, NULL, NULL, NULL);
      g_assert_nonnull (strstr (precis_key_fact_get_text (fact), slice));
    }
  assert_same_result (result, remote);
}

typedef struct {
  GMainLoop *loop;
  PrecisResult *result;
  GError *error;
} Async;

static void
on_done (GObject *source, GAsyncResult *res, gpointer user_data)
{
  Async *a = user_data;

  a->result = precis_connection_analyze_finish (PRECIS_CONNECTION (source), res, &a->error);
  g_main_loop_quit (a->loop);
}

/* Asynchronous calls complete on the caller's main loop; a cancelled one
 * says so. */
static void
test_async_and_cancel (Fixture *f, gconstpointer data)
{
  PrecisConnection *both[] = { f->local, f->remote };

  for (guint i = 0; i < G_N_ELEMENTS (both); i++)
    {
      Async a = { .loop = g_main_loop_new (NULL, FALSE) };
      g_autoptr (GCancellable) cancellable = g_cancellable_new ();

      precis_connection_analyze_async (both[i], f->article, NULL, NULL, on_done, &a);
      g_main_loop_run (a.loop);
      g_assert_no_error (a.error);
      g_assert_cmpuint (precis_result_get_summary (a.result)->len, ==, 3);
      g_clear_object (&a.result);

      g_cancellable_cancel (cancellable);
      precis_connection_analyze_async (both[i], f->article, NULL, cancellable, on_done, &a);
      g_main_loop_run (a.loop);
      g_assert_null (a.result);
      g_assert_error (a.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&a.error);
      g_main_loop_unref (a.loop);
    }
}

static void
test_list_plugins (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) local = precis_connection_list_plugins (f->local, NULL, &error);
  g_autoptr (GPtrArray) remote = precis_connection_list_plugins (f->remote, NULL, &error);
  gboolean found_facts = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (local->len, ==, remote->len);
  for (guint i = 0; i < local->len; i++)
    {
      g_assert_cmpstr (precis_plugin_info_get_name (local->pdata[i]), ==,
                       precis_plugin_info_get_name (remote->pdata[i]));
      g_assert_cmpint (precis_plugin_info_can_summarize (local->pdata[i]), ==,
                       precis_plugin_info_can_summarize (remote->pdata[i]));
      if (strcmp (precis_plugin_info_get_name (local->pdata[i]), "facts") == 0)
        found_facts = precis_plugin_info_can_extract_facts (local->pdata[i]) &&
                      !precis_plugin_info_can_summarize (local->pdata[i]);
    }
  g_assert_true (found_facts);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/connection/same-analysis", Fixture, NULL, setup, test_same_analysis, teardown);
  g_test_add ("/connection/same-summary-and-facts", Fixture, NULL, setup, test_same_summary_and_facts, teardown);
  g_test_add ("/connection/same-errors", Fixture, NULL, setup, test_same_errors, teardown);
  g_test_add ("/connection/utf16-offsets", Fixture, NULL, setup, test_utf16_offsets, teardown);
  g_test_add ("/connection/language-hint", Fixture, NULL, setup, test_language_hint, teardown);
  g_test_add ("/connection/async-and-cancel", Fixture, NULL, setup, test_async_and_cancel, teardown);
  g_test_add ("/connection/list-plugins", Fixture, NULL, setup, test_list_plugins, teardown);
  return g_test_run ();
}
