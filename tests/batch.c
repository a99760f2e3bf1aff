/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * `precis batch` (cli/batch.c), run as users run it: JSON Lines in, one
 * JSON line out per article, each summary sentence a verbatim slice of the
 * article at its code-point offsets, and bad lines reported without
 * stopping the others.
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "data-dir.h"

static char *
precis_binary (void)
{
  g_autofree char *build = g_path_get_dirname (PRECIS_BUILD_PLUGINDIR);

  return g_build_filename (build, "cli", "precis", NULL);
}

/* Runs `precis batch ARGS` on `input`; returns its exit status. */
static int
run_batch (const char *const *args, const char *input, char **out, char **err)
{
  g_autofree char *binary = precis_binary ();
  g_autofree char *plugins = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                                                        | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr (GSubprocess) process = NULL;

  if (!g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE))
    return -1;
  plugins = g_strjoin (":", PRECIS_BUILD_PLUGINDIR "/newsrank", PRECIS_BUILD_PLUGINDIR "/textrank",
                       PRECIS_BUILD_PLUGINDIR "/lead", NULL);
  g_subprocess_launcher_setenv (launcher, "PRECIS_PLUGIN_PATH", plugins, TRUE);
  g_subprocess_launcher_setenv (launcher, "PRECIS_DATA_DIR", precis_data_dir (), TRUE);
  g_ptr_array_add (argv, binary);
  g_ptr_array_add (argv, (gpointer) "batch");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

static char *
slice_chars (const char *text, gint64 start, gint64 end)
{
  const char *from = g_utf8_offset_to_pointer (text, start);

  return g_strndup (from, g_utf8_offset_to_pointer (text, end) - from);
}

/* Checks one output line against its article; returns its sentence count. */
static guint
check_line (const char *line, const char *id, const char *article, const char *plugin)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *object;
  JsonArray *summary;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (object, "plugin"), ==, plugin);
  summary = json_object_get_array_member (object, "summary");
  for (guint i = 0; i < json_array_get_length (summary); i++)
    {
      JsonObject *s = json_array_get_object_element (summary, i);
      gint64 start = json_object_get_int_member (s, "start"), end = json_object_get_int_member (s, "end");
      g_autofree char *slice = NULL;

      g_assert_cmpint (start, >=, 0);
      g_assert_cmpint (start, <, end);
      g_assert_cmpint (end, <=, g_utf8_strlen (article, -1));
      slice = slice_chars (article, start, end);
      g_assert_cmpstr (json_object_get_string_member (s, "text"), ==, slice);
    }
  return json_array_get_length (summary);
}

static char *
jsonl_line (const char *id, const char *title, const char *article, const char *reference)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_set_member_name (builder, "article");
  json_builder_add_string_value (builder, article);
  if (reference != NULL)
    {
      json_builder_set_member_name (builder, "reference");
      json_builder_add_string_value (builder, reference);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
test_seed_article (void)
{
  g_autofree char *path = g_build_filename (precis_data_dir (), "seed-article.txt", NULL);
  g_autofree char *article = NULL, *first = NULL, *second = NULL, *input = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_auto (GStrv) lines = NULL;
  const char *args[] = { "--plugin", "textrank", "--sentences", "2", NULL };
  int status;

  g_assert_true (g_file_get_contents (path, &article, NULL, NULL));
  first = jsonl_line ("seed", "Trump-Putin Summit in the Works: Russia", article, NULL);
  second = jsonl_line ("short", "", "Only one sentence here, quite short but real.", NULL);
  /* A line that is not JSON sits between two good ones. */
  input = g_strdup_printf ("%s\nnot json\n%s\n", first, second);
  status = run_batch (args, input, &out, &err);
  if (status == -1)
    {
      g_test_skip ("cli/precis is not built");
      return;
    }
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "stdin:2:"));
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* two lines and the empty rest */
  g_assert_cmpuint (check_line (lines[0], "seed", article, "textrank"), ==, 2);
  g_assert_cmpuint (check_line (lines[1], "short", "Only one sentence here, quite short but real.", "textrank"), ==, 1);
}

static void
test_reference_length (void)
{
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");
  g_autofree char *path = shared != NULL ? g_build_filename (shared, "summ", "bbc", "dev.jsonl", NULL) : NULL;
  g_autofree char *contents = NULL, *out = NULL, *err = NULL;
  g_autoptr (GString) input = g_string_new (NULL);
  g_auto (GStrv) in = NULL;
  g_auto (GStrv) lines = NULL;
  const char *args[] = { "--reference-length", "-", NULL };

  if (path == NULL || !g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("no shared data (PRECIS_SHARED_DATA/summ/bbc/dev.jsonl)");
      return;
    }
  in = g_strsplit (contents, "\n", 31);
  for (guint i = 0; i < 30 && in[i] != NULL; i++)
    g_string_append_printf (input, "%s\n", in[i]);
  g_assert_cmpint (run_batch (args, input->str, &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      JsonObject *article;
      const char *reference;
      guint expected = 0;

      g_assert_true (json_parser_load_from_data (parser, in[i], -1, NULL));
      article = json_node_get_object (json_parser_get_root (parser));
      reference = json_object_get_string_member (article, "reference");
      for (const char *p = reference; p != NULL && *p != '\0'; p = strchr (p, '\n') ? strchr (p, '\n') + 1 : NULL)
        expected += *p != '\n';
      /* The default plugin is newsrank; a summary has as many sentences
       * as the reference has lines. */
      g_assert_cmpuint (check_line (lines[i], json_object_get_string_member (article, "id"),
                                    json_object_get_string_member (article, "article"), "newsrank"),
                        ==, expected);
    }
}

/* Several workers, one order: the output follows the input line by line,
 * a bad line is reported with its number, and --jobs 4 writes exactly what
 * --jobs 1 does.  Articles of very different lengths finish out of order. */
static void
test_order_with_jobs (void)
{
  g_autoptr (GString) input = g_string_new (NULL);
  g_autofree char *out1 = NULL, *err1 = NULL, *out4 = NULL, *err4 = NULL;
  const char *one[] = { "--jobs", "1", "-", NULL }, *four[] = { "--jobs", "4", "-", NULL };
  g_auto (GStrv) lines = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_string_append_printf (input, "{\"id\": \"a%u\", \"article\": \"", i);
      for (guint k = 0; k < (i % 5 == 0 ? 60 : 2); k++)
        g_string_append_printf (input, "Sentence %u of article %u names Lisbon and Porto. ", k, i);
      g_string_append (input, "\"}\n");
      if (i == 17)
        g_string_append (input, "{\"id\": \"broken\"}\n");
    }
  g_assert_cmpint (run_batch (one, input->str, &out1, &err1), ==, 1);
  g_assert_cmpint (run_batch (four, input->str, &out4, &err4), ==, 1);
  g_assert_cmpstr (out4, ==, out1);
  g_assert_nonnull (strstr (err4, "stdin:19: no string member “article”"));
  lines = g_strsplit (out4, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 41);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("{\"id\":\"a%u\",", i);

      g_assert_true (g_str_has_prefix (lines[i], id));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/batch/seed-article", test_seed_article);
  g_test_add_func ("/batch/reference-length", test_reference_length);
  g_test_add_func ("/batch/order-with-jobs", test_order_with_jobs);
  return g_test_run ();
}
