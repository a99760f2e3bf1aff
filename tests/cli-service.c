/* cli-service.c — the `precis` command against precisd on a private bus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Runs the built cli/precis as a user would and checks its output
 * against the input text and against its own --json output, its exit
 * status and its messages for every failure it promises to explain.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>

#include "bus-fixture.h"

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Run precis with `args` (NULL-terminated, without argv[0]), `input` on its
 * standard input (NULL: empty) and the environment changed by `env`
 * ("NAME=value" sets, "NAME" unsets). */
static void
run_precis_env (Run *run, const char *input, const char *const *env, const char *const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (
    G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);
      if (pair[1] != NULL)
        g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
      else
        g_subprocess_launcher_unsetenv (launcher, pair[0]);
    }
  g_ptr_array_add (argv, test_build_path ("cli/precis"));
  for (gsize i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("precis %s → %d\n%s%s", args[0], run->status, run->out, run->err);
}

#define run_precis(run, input, ...) \
  run_precis_env ((run), (input), NULL, (const char *const[]) { __VA_ARGS__, NULL })

static char *
seed_path (void)
{
  return g_build_filename (PRECIS_SOURCE_ROOT, "data", "seed-article.txt", NULL);
}

/* `text` with every whitespace run made one space, as precis prints it. */
static char *
one_line (const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);
  g_autofree char *joined = g_strjoinv (" ", words);

  return g_strdup (g_strstrip (joined));
}

static char *
slice (const char *text, gint64 start, gint64 end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (a, end - start);

  return g_strndup (a, b - a);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_summarize (BusFixture *f, gconstpointer data)
{
  g_autofree char *path = seed_path ();
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autofree char *flat = one_line (text);
  g_auto(Run) human = { 0 }, json = { 0 }, two = { 0 }, piped = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *summary;

  run_precis (&human, NULL, "summarize", path);
  g_assert_cmpint (human.status, ==, 0);
  lines = g_strsplit (human.out, "\n", -1);
  /* Three sentences by default, one a line, each verbatim from the article. */
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[3], ==, "");
  for (guint i = 0; i < 3; i++)
    g_assert_nonnull (strstr (flat, lines[i]));

  /* The JSON of the same call: offsets slice the input back to the text,
   * and the text is what the human form printed. */
  run_precis (&json, NULL, "summarize", "--json", path);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  summary = json_object_get_array_member (json_node_get_object (root), "summary");
  g_assert_cmpuint (json_array_get_length (summary), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *s = json_array_get_object_element (summary, i);
      const char *sentence = json_object_get_string_member (s, "text");
      g_autofree char *cut = slice (text, json_object_get_int_member (s, "start"),
                                    json_object_get_int_member (s, "end"));
      g_autofree char *sentence_line = one_line (sentence);

      g_assert_cmpstr (cut, ==, sentence);
      g_assert_cmpstr (sentence_line, ==, lines[i]);
    }
  g_assert_nonnull (json_object_get_string_member (json_node_get_object (root), "plugin"));

  /* -n 2: two sentences of the article.  Not necessarily two of the
   * three: a summarizer may choose differently for a shorter summary. */
  run_precis (&two, NULL, "summarize", "-n", "2", path);
  g_assert_cmpint (two.status, ==, 0);
  {
    g_auto(GStrv) two_lines = g_strsplit (two.out, "\n", -1);

    g_assert_cmpuint (g_strv_length (two_lines), ==, 3);
    g_assert_cmpstr (two_lines[2], ==, "");
    for (guint i = 0; i < 2; i++)
      g_assert_nonnull (strstr (flat, two_lines[i]));
  }

  /* Standard input, with "-" or no operand, is the same article. */
  run_precis (&piped, text, "summarize", "-");
  g_assert_cmpint (piped.status, ==, 0);
  g_assert_cmpstr (piped.out, ==, human.out);
}

static void
test_analyze (BusFixture *f, gconstpointer data)
{
  g_autofree char *path = seed_path ();
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_auto(Run) human = { 0 }, json = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *facts;
  static const char *const kinds[][2] = {
    { "person", "People:" }, { "organization", "Organizations:" }, { "place", "Places:" },
    { "date", "Dates:" },
  };

  run_precis (&human, NULL, "analyze", "--published", "2025-02-22", path);
  run_precis (&json, NULL, "analyze", "--published", "2025-02-22", "--json", path);
  g_assert_cmpint (human.status, ==, 0);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  object = json_node_get_object (root);
  g_assert_true (json_object_has_member (object, "summary"));
  g_assert_true (json_object_has_member (object, "info"));
  facts = json_object_get_array_member (object, "facts");
  g_assert_cmpuint (json_array_get_length (facts), >, 0);

  for (guint i = 0; i < json_array_get_length (facts); i++)
    {
      JsonObject *fact = json_array_get_object_element (facts, i);
      const char *kind = json_object_get_string_member (fact, "kind");
      const char *value = json_object_get_string_member (fact, "value");
      JsonArray *mentions = json_object_get_array_member (fact, "mentions");
      g_autofree char *line = NULL;

      /* Each fact points into the article. */
      for (guint m = 0; m < json_array_get_length (mentions); m++)
        {
          JsonArray *span = json_array_get_array_element (mentions, m);
          g_autofree char *cut = slice (text, json_array_get_int_element (span, 0),
                                        json_array_get_int_element (span, 1));
          g_assert_cmpuint (strlen (cut), >, 0);
        }
      /* ... and the human form lists it under its kind's heading. */
      for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (g_str_equal (kind, kinds[k][0]))
          g_assert_nonnull (strstr (human.out, kinds[k][1]));
      line = g_strdup_printf ("\n  %s", *value != '\0' ? value : json_object_get_string_member (fact, "text"));
      g_assert_nonnull (strstr (human.out, line));
    }
}

static gboolean
plugin_is_default (JsonArray *plugins, const char *name, const char *role)
{
  for (guint i = 0; i < json_array_get_length (plugins); i++)
    {
      JsonObject *plugin = json_array_get_object_element (plugins, i);
      if (g_str_equal (json_object_get_string_member (plugin, "name"), name))
        return json_object_get_boolean_member (plugin, role);
    }
  g_assert_not_reached ();
}

static void
test_plugins_and_use (BusFixture *f, gconstpointer data)
{
  g_auto(Run) list = { 0 }, json = { 0 }, nope = { 0 }, use = { 0 }, after = { 0 }, reload = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) after_root = NULL;
  JsonArray *plugins;

  run_precis (&list, NULL, "plugins");
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, " lead "));

  run_precis (&json, NULL, "plugins", "--json");
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  plugins = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (plugins), >=, 1);
  /* The human list marks with '*' exactly the defaults the JSON names. */
  for (guint i = 0; i < json_array_get_length (plugins); i++)
    {
      JsonObject *plugin = json_array_get_object_element (plugins, i);
      gboolean is_default = json_object_get_boolean_member (plugin, "default_summarizer") ||
                            json_object_get_boolean_member (plugin, "default_fact_extractor");
      g_autofree char *marked = g_strdup_printf ("\n* %s ", json_object_get_string_member (plugin, "name"));
      g_autofree char *listed = g_strconcat ("\n", list.out, NULL);

      g_assert_cmpint (strstr (listed, marked) != NULL, ==, is_default);
    }

  run_precis (&nope, NULL, "use", "no-such-plugin");
  g_assert_cmpint (nope.status, ==, 1);
  g_assert_nonnull (strstr (nope.err, "no-such-plugin"));

  run_precis (&use, NULL, "use", "lead");
  g_assert_cmpint (use.status, ==, 0);
  run_precis (&after, NULL, "plugins", "--json");
  after_root = parse_json (after.out);
  g_assert_true (plugin_is_default (json_node_get_array (after_root), "lead", "default_summarizer"));

  run_precis (&reload, NULL, "reload");
  g_assert_cmpint (reload.status, ==, 0);
}

static void
test_errors (BusFixture *f, gconstpointer data)
{
  g_autofree char *path = seed_path ();
  g_autofree char *bad = g_build_filename (f->tmpdir, "latin1.txt", NULL);
  g_autofree char *big = g_build_filename (f->tmpdir, "big.txt", NULL);
  g_autofree char *big_text = g_strnfill (3 * 1024 * 1024, 'a');
  g_auto(Run) unknown = { 0 }, zero = { 0 }, verb = { 0 }, latin1 = { 0 }, large = { 0 };
  g_auto(Run) missing = { 0 }, version = { 0 };

  /* precisd's own errors: "precis: <message> (<error name>)", exit 1. */
  run_precis (&unknown, NULL, "summarize", "--plugin", "no-such-plugin", path);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_true (g_str_has_prefix (unknown.err, "precis: "));
  g_assert_true (g_str_has_suffix (unknown.err, " (org.precis.Error.UnknownPlugin)\n"));

  /* Usage errors: exit 2, before anything is sent. */
  run_precis (&zero, NULL, "summarize", "-n", "0", path);
  g_assert_cmpint (zero.status, ==, 2);
  run_precis (&verb, NULL, "frobnicate");
  g_assert_cmpint (verb.status, ==, 2);

  g_assert_true (g_file_set_contents (bad, "caf\xe9\n", -1, NULL));
  run_precis (&latin1, NULL, "summarize", bad);
  g_assert_cmpint (latin1.status, ==, 1);
  g_assert_nonnull (strstr (latin1.err, "not valid UTF-8"));
  g_assert_nonnull (strstr (latin1.err, "byte offset 3"));

  g_assert_true (g_file_set_contents (big, big_text, -1, NULL));
  run_precis (&large, NULL, "summarize", big);
  g_assert_cmpint (large.status, ==, 1);
  /* precisd's limit, in precisd's words. */
  g_assert_nonnull (strstr (large.err, "(org.precis.Error.TooLarge)"));

  run_precis (&missing, NULL, "summarize", "/nonexistent/article.txt");
  g_assert_cmpint (missing.status, ==, 1);

  run_precis (&version, NULL, "version");
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "precis "));
  g_assert_nonnull (strstr (version.out, "\nprecisd "));
}

/* Python's http.server (a real HTTP server outside this process) serving
 * the files `names[i]` with `contents[i]` from a temp dir; returns its URL. */
static char *
serve_files (BusFixture *f, const char *const *names, const char *const *contents,
             GSubprocess **server)
{
  g_autofree char *www = g_build_filename (f->tmpdir, "www", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *banner = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  unsigned port = 0;

  g_assert_cmpint (g_mkdir (www, 0700), ==, 0);
  for (gsize i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (www, names[i], NULL);
      g_assert_true (g_file_set_contents (path, contents[i], -1, NULL));
    }
  *server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              "python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                              "--directory", www, NULL);
  g_assert_no_error (error);
  /* "Serving HTTP on 127.0.0.1 port 43121 (http://127.0.0.1:43121/) ..." */
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (*server));
  banner = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (banner);
  g_assert_cmpint (sscanf (banner, "Serving HTTP on 127.0.0.1 port %u", &port), ==, 1);
  return g_strdup_printf ("http://127.0.0.1:%u/", port);
}

static void
stop_server (GSubprocess *server)
{
  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
}

/* The seed article as a web page, a paragraph a line. */
static char *
seed_page (void)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  GString *page = g_string_new ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                "<title>Seed article</title></head><body><article>");

  for (gsize i = 0; paragraphs[i] != NULL; i++)
    if (*g_strstrip (paragraphs[i]) != '\0')
      {
        g_autofree char *escaped = g_markup_escape_text (paragraphs[i], -1);
        g_string_append_printf (page, "<p>%s</p>\n", escaped);
      }
  g_string_append (page, "</article></body></html>\n");
  return g_string_free (page, FALSE);
}

static void
test_url (BusFixture *f, gconstpointer data)
{
  g_autoptr(GSubprocess) server = NULL;
  g_autofree char *page = seed_page ();
  g_autofree char *base = serve_files (f, (const char *const[]) { "article.html", NULL },
                                       (const char *const[]) { page, NULL }, &server);
  g_autofree char *url = g_strconcat (base, "article.html", NULL);
  g_autofree char *missing_url = g_strconcat (base, "missing.html", NULL);
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autofree char *flat = one_line (text);
  g_auto(Run) json = { 0 }, human = { 0 }, facts = { 0 }, missing = { 0 }, wrong = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) lines = NULL;
  JsonObject *object;
  JsonArray *summary;

  run_precis (&json, NULL, "summarize", "--json", url);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  object = json_node_get_object (root);
  /* AnalyzeUrl's info travels with the summary of a page. */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "info"), "url"),
                   ==, url);
  summary = json_object_get_array_member (object, "summary");
  g_assert_cmpuint (json_array_get_length (summary), >, 0);

  run_precis (&human, NULL, "summarize", url);
  g_assert_cmpint (human.status, ==, 0);
  lines = g_strsplit (human.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, json_array_get_length (summary) + 1);
  for (guint i = 0; i < json_array_get_length (summary); i++)
    {
      const char *sentence = json_object_get_string_member (json_array_get_object_element (summary, i), "text");
      g_autofree char *sentence_line = one_line (sentence);

      /* Sentences of the article the page carried, printed one a line. */
      g_assert_cmpstr (sentence_line, ==, lines[i]);
      g_assert_nonnull (strstr (flat, sentence_line));
    }

  run_precis (&facts, NULL, "facts", url);
  g_assert_cmpint (facts.status, ==, 0);
  g_assert_nonnull (strstr (facts.out, "People:\n"));

  run_precis (&missing, NULL, "analyze", missing_url);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_true (g_str_has_suffix (missing.err, " (org.precis.Error.FetchFailed)\n"));

  /* AnalyzeUrl would take --plugin as the summarizer: facts refuses it. */
  run_precis (&wrong, NULL, "facts", "--plugin", "facts", url);
  g_assert_cmpint (wrong.status, ==, 2);

  stop_server (server);
}

/* Failures that say so: no summary is exit status 3, a page that is no
 * article is NotAnArticle, a text/plain page is a text, and dates taken
 * relative to the time of the call are said to be. */
static void
test_honest_failures (BusFixture *f, gconstpointer data)
{
  g_autoptr(GSubprocess) server = NULL;
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autofree char *flat = one_line (text);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new ();
  g_autofree char *base = NULL, *plain_url = NULL;
  g_autofree char *path = seed_path ();
  g_auto(Run) empty = { 0 }, listing = { 0 }, listing_json = { 0 }, plain = { 0 };
  g_auto(Run) today = { 0 }, anchored = { 0 };
  g_auto(GStrv) lines = NULL;

  /* A directory of many files: its listing is long, and all links. */
  g_ptr_array_add (names, g_strdup ("harbour-article.txt"));
  g_ptr_array_add (contents, text);
  for (int i = 0; i < 40; i++)
    {
      g_ptr_array_add (names, g_strdup_printf ("quarterly-report-of-the-harbour-authority-%02d.pdf", i));
      g_ptr_array_add (contents, (gpointer) "%PDF-1.4");
    }
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (contents, NULL);
  base = serve_files (f, (const char *const *) names->pdata, (const char *const *) contents->pdata,
                      &server);
  plain_url = g_strconcat (base, "harbour-article.txt", NULL);

  run_precis (&empty, "", "summarize");
  g_assert_cmpint (empty.status, ==, 3);
  g_assert_nonnull (strstr (empty.err, "no summary"));

  /* A file:// URI is the file it names. */
  {
    g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
    g_auto(Run) by_path = { 0 }, by_uri = { 0 };

    run_precis (&by_path, NULL, "summarize", path);
    run_precis (&by_uri, NULL, "summarize", uri);
    g_assert_cmpint (by_uri.status, ==, 0);
    g_assert_cmpstr (by_uri.out, ==, by_path.out);
  }

  run_precis (&listing, NULL, "summarize", base);
  g_assert_cmpint (listing.status, ==, 3);
  g_assert_nonnull (strstr (listing.err, "(org.precis.Error.NotAnArticle)"));
  run_precis (&listing_json, NULL, "analyze", "--json", base);
  g_assert_cmpint (listing_json.status, ==, 3);

  /* text/plain is what the text API takes: summarized as it is. */
  run_precis (&plain, NULL, "summarize", plain_url);
  g_assert_cmpint (plain.status, ==, 0);
  lines = g_strsplit (g_strchomp (plain.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 0);
  for (char **l = lines; *l != NULL; l++)
    g_assert_nonnull (strstr (flat, *l));

  run_precis (&today, NULL, "facts", path);
  g_assert_cmpint (today.status, ==, 0);
  g_assert_nonnull (strstr (today.out, "Dates:"));
  g_assert_nonnull (strstr (today.out, "dates relative to today: no publication date given"));
  run_precis (&anchored, NULL, "analyze", "--published", "2025-02-22", path);
  g_assert_cmpint (anchored.status, ==, 0);
  g_assert_null (strstr (anchored.out, "dates relative to today"));

  /* No names model for Chinese: the empty facts are said to be that, not a
   * story without actors (the summary is still given, status 0). */
  {
    g_auto(Run) chinese = { 0 };

    run_precis (&chinese, "北京时间周二，中国国家主席在北京会见了来访的法国总统。"
                          "双方就贸易和气候问题交换了意见。会谈持续了两个小时。\n", "analyze", "-");
    g_assert_cmpint (chinese.status, ==, 0);
    g_assert_nonnull (strstr (chinese.out, "双方就贸易和气候问题交换了意见。"));
    g_assert_nonnull (strstr (chinese.out, "no model for the language “zh”"));
  }
  stop_server (server);
}

typedef struct {
  char *line;
  GError *error;
  gboolean done;
} LineRead;

static void
on_line (GObject *source, GAsyncResult *result, gpointer data)
{
  LineRead *read = data;

  read->line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result,
                                                          NULL, &read->error);
  read->done = TRUE;
}

/* The next line of `in`, failing the test if none comes within `seconds`. */
static char *
read_line_within (GDataInputStream *in, int seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  LineRead read = { 0 };

  g_data_input_stream_read_line_async (in, G_PRIORITY_DEFAULT, NULL, on_line, &read);
  while (!read.done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (10 * 1000);
    }
  g_assert_no_error (read.error);
  g_assert_nonnull (read.line);
  return read.line;
}

static const char *const item_titles[] = { "Ferry service resumes", "Council meets on budget" };
static const char *const item_texts[] = {
  "The harbour master said on Monday that the ferry to the island would run again. "
  "Repairs to the pier took three days. Passengers had waited since the storm.",
  "The town council met on Tuesday to vote on next year's budget. "
  "The mayor said the school roof comes first. A final vote is due in April.",
};

static char *
feed_xml (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<rss version=\"2.0\"><channel><title>Harbour Gazette</title>"
                               "<link>http://gazette.invalid/</link><description>News</description>\n");

  for (gsize i = 0; i < G_N_ELEMENTS (item_titles); i++)
    g_string_append_printf (xml, "<item><title>%s</title><guid isPermaLink=\"false\">item-%" G_GSIZE_FORMAT
                            "</guid><pubDate>Wed, 05 Mar 2025 0%" G_GSIZE_FORMAT ":00:00 GMT</pubDate>"
                            "<description>%s</description></item>\n",
                            item_titles[i], i, i, item_texts[i]);
  g_string_append (xml, "</channel></rss>\n");
  return g_string_free (xml, FALSE);
}

static void
test_feeds_and_watch (BusFixture *f, gconstpointer data)
{
  g_autoptr(GSubprocess) server = NULL;
  g_autofree char *xml = feed_xml ();
  g_autofree char *base = serve_files (f, (const char *const[]) { "feed.xml", NULL },
                                       (const char *const[]) { xml, NULL }, &server);
  g_autofree char *url = g_strconcat (base, "feed.xml", NULL);
  g_autofree char *precis = test_build_path ("cli/precis");
  g_autoptr(GSubprocess) watch = NULL;
  g_autoptr(GDataInputStream) watch_out = NULL;
  g_autoptr(GDataInputStream) watch_err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ready = NULL;
  g_autofree char *id = NULL;
  g_auto(Run) add = { 0 }, list = { 0 }, removed = { 0 }, empty = { 0 }, again = { 0 }, bad = { 0 };
  g_autoptr(JsonNode) feeds = NULL;
  g_autoptr(JsonNode) none = NULL;
  gboolean seen[G_N_ELEMENTS (item_titles)] = { FALSE };
  JsonObject *feed;

  watch = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                            precis, "watch", "--json", "-v", NULL);
  g_assert_no_error (error);
  watch_out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (watch));
  watch_err = g_data_input_stream_new (g_subprocess_get_stderr_pipe (watch));
  /* Its match rule is in place once it says so: nothing is missed after. */
  ready = read_line_within (watch_err, 10);
  g_assert_true (g_str_has_prefix (ready, "precis: watching"));

  run_precis (&bad, NULL, "feeds", "add", "gazette.invalid/feed.xml");
  g_assert_cmpint (bad.status, ==, 2);

  run_precis (&add, NULL, "feeds", "add", "--interval", "1", "--backlog", "2", url);
  g_assert_cmpint (add.status, ==, 0);
  id = g_strdup (g_strstrip (add.out));
  g_assert_cmpstr (id, !=, "");

  /* Both articles already in the feed are announced (backlog 2), each
   * summarized from its own text, one JSON object a line. */
  for (gsize n = 0; n < G_N_ELEMENTS (item_titles); n++)
    {
      g_autofree char *line = read_line_within (watch_out, 30);
      g_autoptr(JsonNode) node = parse_json (line);
      JsonObject *article = json_node_get_object (node);
      JsonArray *summary = json_object_get_array_member (article, "summary");
      gsize item = G_N_ELEMENTS (item_titles);

      g_assert_cmpstr (json_object_get_string_member (article, "feed"), ==, id);
      for (gsize i = 0; i < G_N_ELEMENTS (item_titles); i++)
        if (g_str_equal (json_object_get_string_member (article, "title"), item_titles[i]))
          item = i;
      g_assert_cmpuint (item, <, G_N_ELEMENTS (item_titles));
      g_assert_false (seen[item]);
      seen[item] = TRUE;
      g_assert_cmpuint (json_array_get_length (summary), >, 0);
      for (guint i = 0; i < json_array_get_length (summary); i++)
        g_assert_nonnull (strstr (item_texts[item], json_object_get_string_member (
                                    json_array_get_object_element (summary, i), "text")));
    }

  run_precis (&list, NULL, "feeds", "list", "--json");
  g_assert_cmpint (list.status, ==, 0);
  feeds = parse_json (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (feeds)), ==, 1);
  feed = json_array_get_object_element (json_node_get_array (feeds), 0);
  g_assert_cmpstr (json_object_get_string_member (feed, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (feed, "url"), ==, url);
  g_assert_cmpint (json_object_get_int_member (feed, "last_check"), >, 0);

  run_precis (&removed, NULL, "feeds", "remove", id);
  g_assert_cmpint (removed.status, ==, 0);
  run_precis (&empty, NULL, "feeds", "list", "--json");
  none = parse_json (empty.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (none)), ==, 0);
  run_precis (&again, NULL, "feeds", "remove", id);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_true (g_str_has_suffix (again.err, ")\n"));

  g_subprocess_force_exit (watch);
  g_subprocess_wait (watch, NULL, NULL);
  stop_server (server);
}

/* `precis watch --json` as the app `app_id` (the test hook of caller.c:
 * test builds take PRECIS_TEST_APP_ID for a Flatpak's app id); returns
 * once its match rule is in place. */
static GSubprocess *
watch_as (const char *app_id, GDataInputStream **out)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (
    G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *precis = test_build_path ("cli/precis");
  g_autoptr(GDataInputStream) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ready = NULL;
  GSubprocess *watch;

  g_subprocess_launcher_setenv (launcher, "PRECIS_TEST_APP_ID", app_id, TRUE);
  watch = g_subprocess_launcher_spawn (launcher, &error, precis, "watch", "--json", "-v", NULL);
  g_assert_no_error (error);
  *out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (watch));
  err = g_data_input_stream_new (g_subprocess_get_stderr_pipe (watch));
  ready = read_line_within (err, 10);
  g_assert_true (g_str_has_prefix (ready, "precis: watching"));
  return watch;
}

#define APP_A "PRECIS_TEST_APP_ID=org.example.A"
#define APP_B "PRECIS_TEST_APP_ID=org.example.B"
#define run_as(run, app, ...) \
  run_precis_env ((run), NULL, (const char *const[]) { (app), NULL }, (const char *const[]) { __VA_ARGS__, NULL })

static guint
feeds_listed (Run *run, const char *app, gboolean all)
{
  g_autoptr(JsonNode) feeds = NULL;

  run_precis_env (run, NULL, (const char *const[]) { app, NULL },
                  (const char *const[]) { "feeds", "list", "--json", all ? "--all" : NULL, NULL });
  g_assert_cmpint (run->status, ==, 0);
  feeds = parse_json (run->out);
  return json_array_get_length (json_node_get_array (feeds));
}

/* Two sandboxed apps and the host: each sees and removes only its own
 * feeds, gets only its own feeds' articles, and the sandboxed ones may
 * not change precisd for everyone. */
static void
test_app_ownership (BusFixture *f, gconstpointer data)
{
  g_autoptr(GSubprocess) server = NULL;
  g_autofree char *xml = feed_xml ();
  g_autofree char *base = serve_files (f, (const char *const[]) { "feed.xml", NULL },
                                       (const char *const[]) { xml, NULL }, &server);
  g_autofree char *url = g_strconcat (base, "feed.xml", NULL);
  g_autofree char *article = seed_path ();
  g_autoptr(GDataInputStream) out_a = NULL, out_b = NULL;
  g_autoptr(GSubprocess) watch_a = watch_as ("org.example.A", &out_a);
  g_autoptr(GSubprocess) watch_b = watch_as ("org.example.B", &out_b);
  g_auto(Run) add_a = { 0 }, add_b = { 0 }, list = { 0 }, steal = { 0 }, all_b = { 0 };
  g_auto(Run) use = { 0 }, reload = { 0 }, per_call = { 0 }, host_remove = { 0 };
  g_autofree char *line_a = NULL, *line_b = NULL;
  g_autoptr(JsonNode) got_a = NULL, got_b = NULL;
  g_autofree char *id_a = NULL, *id_b = NULL;

  run_as (&add_a, APP_A, "feeds", "add", "--interval", "1", "--backlog", "1", url);
  g_assert_cmpint (add_a.status, ==, 0);
  id_a = g_strdup (g_strstrip (add_a.out));
  line_a = read_line_within (out_a, 30);
  got_a = parse_json (line_a);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (got_a), "feed"), ==, id_a);

  /* The host sees none of its own, all with --all; B sees none and may not see all. */
  g_assert_cmpuint (feeds_listed (&list, "PRECIS_TEST_APP_ID", FALSE), ==, 0);
  run_clear (&list);
  g_assert_cmpuint (feeds_listed (&list, "PRECIS_TEST_APP_ID", TRUE), ==, 1);
  g_assert_nonnull (strstr (list.out, "\"org.example.A\""));
  run_clear (&list);
  g_assert_cmpuint (feeds_listed (&list, APP_B, FALSE), ==, 0);
  run_as (&all_b, APP_B, "feeds", "list", "--all");
  g_assert_cmpint (all_b.status, ==, 1);
  g_assert_nonnull (strstr (all_b.err, "(org.freedesktop.DBus.Error.AccessDenied)"));
  /* B cannot remove A's feed: to B it does not exist. */
  run_as (&steal, APP_B, "feeds", "remove", id_a);
  g_assert_cmpint (steal.status, ==, 1);
  g_assert_nonnull (strstr (steal.err, "no feed with id"));

  /* B follows the same URL: a subscription of its own, and the first
   * article B's watcher gets is its own (A's, sent earlier, would have
   * come first had it reached B). */
  run_as (&add_b, APP_B, "feeds", "add", "--interval", "1", "--backlog", "1", url);
  g_assert_cmpint (add_b.status, ==, 0);
  id_b = g_strdup (g_strstrip (add_b.out));
  g_assert_cmpstr (id_b, !=, id_a);
  line_b = read_line_within (out_b, 30);
  got_b = parse_json (line_b);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (got_b), "feed"), ==, id_b);

  /* No global switches for a sandboxed app, but a plugin per call. */
  run_as (&use, APP_B, "use", "lead");
  g_assert_cmpint (use.status, ==, 1);
  g_assert_nonnull (strstr (use.err, "(org.freedesktop.DBus.Error.AccessDenied)"));
  g_assert_nonnull (strstr (use.err, "option “plugin”"));
  run_as (&reload, APP_B, "reload");
  g_assert_cmpint (reload.status, ==, 1);
  g_assert_nonnull (strstr (reload.err, "(org.freedesktop.DBus.Error.AccessDenied)"));
  run_as (&per_call, APP_B, "summarize", "--plugin", "lead", article);
  g_assert_cmpint (per_call.status, ==, 0);
  g_assert_cmpuint (strlen (per_call.out), >, 0);

  /* The host is the user: it may remove any app's feed. */
  run_precis (&host_remove, NULL, "feeds", "remove", id_b);
  g_assert_cmpint (host_remove.status, ==, 0);
  run_clear (&list);
  g_assert_cmpuint (feeds_listed (&list, APP_B, FALSE), ==, 0);
  run_clear (&list);
  g_assert_cmpuint (feeds_listed (&list, APP_A, FALSE), ==, 1);

  g_subprocess_force_exit (watch_a);
  g_subprocess_force_exit (watch_b);
  g_subprocess_wait (watch_a, NULL, NULL);
  g_subprocess_wait (watch_b, NULL, NULL);
  stop_server (server);
}

/* Whether the only feed listed (by the host with --all, or by `app`)
 * says paused = `paused`. */
static gboolean
feed_paused (const char *app, gboolean paused)
{
  g_auto(Run) list = { 0 };
  g_autoptr(JsonNode) feeds = NULL;
  JsonObject *feed;

  run_precis_env (&list, NULL, (const char *const[]) { app, NULL },
                  (const char *const[]) { "feeds", "list", "--json",
                                          g_str_equal (app, APP_A) ? NULL : "--all", NULL });
  g_assert_cmpint (list.status, ==, 0);
  feeds = parse_json (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (feeds)), ==, 1);
  feed = json_array_get_object_element (json_node_get_array (feeds), 0);
  return json_object_get_boolean_member (feed, "paused") == paused;
}

/* An app's feed stops polling once the app has been away
 * pause-after-seconds (1 s here), and resumes when the app calls again. */
static void
test_app_away_pauses (BusFixture *f, gconstpointer data)
{
  g_autoptr(GSubprocess) server = NULL;
  g_autofree char *xml = feed_xml ();
  g_autofree char *base = serve_files (f, (const char *const[]) { "feed.xml", NULL },
                                       (const char *const[]) { xml, NULL }, &server);
  g_autofree char *url = g_strconcat (base, "feed.xml", NULL);
  g_autofree char *dir = g_build_filename (f->tmpdir, "config", "precis", NULL);
  g_autofree char *conf = g_build_filename (dir, "precisd.conf", NULL);
  g_auto(Run) add = { 0 };
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (conf, "[fetch]\nallow-private-networks=true\n"
                                     "[feeds]\npause-after-seconds=1\nmin-interval-seconds=1\n", -1, NULL));
  bus_fixture_start_daemon (f, NULL);

  run_as (&add, APP_A, "feeds", "add", "--interval", "1", url);
  g_assert_cmpint (add.status, ==, 0);
  /* The app has exited: within a few polls its feed pauses. */
  while (!feed_paused ("PRECIS_TEST_APP_ID", TRUE))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (200 * 1000);
    }
  /* Nothing was deleted; the app calls again and, from that call on, its
   * feed polls again (its own listing already says so). */
  g_assert_true (feed_paused (APP_A, FALSE));
  stop_server (server);
}

/* precisd.conf edited by hand takes effect without a restart; SIGHUP reloads too. */
static void
test_settings_reload (BusFixture *f, gconstpointer data)
{
  g_autofree char *dir = g_build_filename (f->tmpdir, "config", "precis", NULL);
  g_autofree char *conf = g_build_filename (dir, "precisd.conf", NULL);
  g_autofree char *path = seed_path ();
  g_auto(Run) before = { 0 }, after_hup = { 0 };
  gint64 deadline;
  gboolean refused = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  bus_fixture_start_daemon (f, NULL);
  run_precis (&before, NULL, "summarize", path);
  g_assert_cmpint (before.status, ==, 0);

  g_assert_true (g_file_set_contents (conf, "[daemon]\nmax-text-bytes=100\n", -1, NULL));
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!refused)
    {
      g_auto(Run) run = { 0 };

      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      run_precis (&run, NULL, "summarize", path);
      refused = run.status == 1 && strstr (run.err, "(org.precis.Error.TooLarge)") != NULL;
      if (!refused)
        g_usleep (100 * 1000);
    }

  /* Back to the defaults, then SIGHUP: precisd reloads and lives on. */
  g_assert_true (g_file_set_contents (conf, "[daemon]\n", -1, NULL));
  g_subprocess_send_signal (f->daemon, SIGHUP);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  for (;;)
    {
      run_clear (&after_hup);
      run_precis (&after_hup, NULL, "summarize", path);
      if (after_hup.status == 0)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (100 * 1000);
    }
  g_assert_true (dbus_bus_name_has_owner (f->client, "org.precis.Summarizer1", NULL));
}

static void
test_not_running (BusFixture *f, gconstpointer data)
{
  g_autofree char *path = seed_path ();
  g_auto(Run) run = { 0 };

  run_precis (&run, NULL, "summarize", path);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "precisd is not running and cannot be activated"));
  g_assert_nonnull (strstr (run.err, "(org.freedesktop.DBus.Error.ServiceUnknown)"));
}

static void
test_no_bus (void)
{
  g_autofree char *path = seed_path ();
  g_autofree char *empty = g_dir_make_tmp ("precis-nobus-XXXXXX", NULL);
  g_autofree char *address = g_strdup_printf ("DBUS_SESSION_BUS_ADDRESS=unix:path=%s/none", empty);
  g_autofree char *runtime = g_strdup_printf ("XDG_RUNTIME_DIR=%s", empty);
  g_auto(Run) dead = { 0 }, unset = { 0 };

  /* A session bus address that leads nowhere, then none at all (and no X
   * display to autolaunch one on). */
  run_precis_env (&dead, NULL, (const char *const[]) { address, NULL },
                  (const char *const[]) { "summarize", path, NULL });
  g_assert_cmpint (dead.status, ==, 1);
  g_assert_nonnull (strstr (dead.err, "no D-Bus session bus"));
  /* The client's own version needs no bus. */
  {
    g_auto(Run) version = { 0 };

    run_precis_env (&version, NULL, (const char *const[]) { address, NULL },
                    (const char *const[]) { "--version", NULL });
    g_assert_cmpint (version.status, ==, 0);
    g_assert_true (g_str_has_prefix (version.out, "precis "));
  }

  run_precis_env (&unset, NULL,
                  (const char *const[]) { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", runtime, NULL },
                  (const char *const[]) { "summarize", path, NULL });
  g_assert_cmpint (unset.status, ==, 1);
  g_assert_nonnull (strstr (unset.err, "no D-Bus session bus: is DBUS_SESSION_BUS_ADDRESS set?"));
  g_rmdir (empty);
}

/* D-Bus activation: precis starts precisd from its .service file. */
static void
test_activation (void)
{
  g_autofree char *services = g_dir_make_tmp ("precis-cli-services-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (services, "org.precis.Summarizer1.service", NULL);
  g_autofree char *precisd = test_build_path ("daemon/precisd");
  g_autofree char *contents = g_strdup_printf ("[D-BUS Service]\nName=org.precis.Summarizer1\n"
                                               "Exec=%s --idle-timeout=30\n", precisd);
  g_autofree char *path = seed_path ();
  g_auto(Run) run = { 0 };
  BusFixture f;

  g_assert_true (g_file_set_contents (file, contents, -1, NULL));
  bus_fixture_setup (&f, services, FALSE);
  g_assert_false (dbus_bus_name_has_owner (f.client, "org.precis.Summarizer1", NULL));
  run_precis (&run, NULL, "summarize", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (strlen (run.out), >, 0);
  g_assert_true (dbus_bus_name_has_owner (f.client, "org.precis.Summarizer1", NULL));
  bus_fixture_teardown (&f);
  g_unlink (file);
  g_rmdir (services);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define RUNNING(path, fn) g_test_add ("/cli-service/" path, BusFixture, NULL, bus_fixture_setup_running, fn, bus_fixture_test_teardown)
  RUNNING ("summarize", test_summarize);
  RUNNING ("analyze", test_analyze);
  RUNNING ("plugins-and-use", test_plugins_and_use);
  RUNNING ("errors", test_errors);
  RUNNING ("url", test_url);
  RUNNING ("feeds-and-watch", test_feeds_and_watch);
  RUNNING ("app-ownership", test_app_ownership);
  RUNNING ("honest-failures", test_honest_failures);
  g_test_add ("/cli-service/settings-reload", BusFixture, NULL, bus_fixture_setup_bus_only,
              test_settings_reload, bus_fixture_test_teardown);
  g_test_add ("/cli-service/app-away-pauses", BusFixture, NULL, bus_fixture_setup_bus_only,
              test_app_away_pauses, bus_fixture_test_teardown);
  g_test_add ("/cli-service/not-running", BusFixture, NULL, bus_fixture_setup_bus_only, test_not_running, bus_fixture_test_teardown);
  g_test_add_func ("/cli-service/no-bus", test_no_bus);
  g_test_add_func ("/cli-service/activation", test_activation);
  return g_test_run ();
}
