/* cli.c — unit tests of the `precis` client: option parsing, input checks,
 * GVariant ⇄ libdbus marshalling and output formatting.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <dbus/dbus.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "commands.h"
#include "input.h"
#include "marshal.h"
#include "options.h"
#include "print.h"

static const PrecisCliSyntax text_syntax = {
  "summarize", "[FILE|-|URL]", "test",
  PRECIS_OPTIONS_CONNECTION | PRECIS_OPTIONS_OUTPUT | PRECIS_OPTIONS_SUMMARY | PRECIS_OPTIONS_ARTICLE,
  0, 1
};

/* Parse `args` (NULL-terminated, without argv[0]) for `syntax`. */
static gboolean
parse_for (PrecisCliOptions *options, const PrecisCliSyntax *syntax, const char *const *args,
           GError **error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) "precis");
  for (gsize i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  precis_cli_options_init (options);
  return precis_cli_options_parse (options, syntax, (int) argv->len - 1,
                                   (char **) argv->pdata, error);
}

static gboolean
parse (PrecisCliOptions *options, const char *const *args, GError **error)
{
  return parse_for (options, &text_syntax, args, error);
}

static void
test_options_request_types (void)
{
  const char *args[] = { "-n", "5", "--ratio", "0.25", "--max-chars", "180", "--plugin", "lead",
                         "--published", "2025-02-22", "--title", "T", "--order", "score",
                         "--language", "de", "--language-hint", "es", "--json", "-v", "--timeout", "1.5",
                         "--address", "unix:path=/x",
                         "article.txt", NULL };
  PrecisCliOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) request = NULL;
  guint32 u;
  double d;
  const char *s;

  g_assert_true (parse (&options, args, &error));
  g_assert_no_error (error);
  request = g_variant_ref_sink (precis_cli_options_request (&options));
  /* API v1 types: counts are UInt32, the ratio a double, the rest strings. */
  g_assert_true (g_variant_lookup (request, "sentences", "u", &u));
  g_assert_cmpuint (u, ==, 5);
  g_assert_true (g_variant_lookup (request, "max-chars", "u", &u));
  g_assert_cmpuint (u, ==, 180);
  g_assert_true (g_variant_lookup (request, "ratio", "d", &d));
  g_assert_cmpfloat (d, ==, 0.25);
  g_assert_true (g_variant_lookup (request, "plugin", "&s", &s));
  g_assert_cmpstr (s, ==, "lead");
  g_assert_true (g_variant_lookup (request, "published", "&s", &s));
  g_assert_cmpstr (s, ==, "2025-02-22");
  g_assert_true (g_variant_lookup (request, "title", "&s", &s));
  g_assert_cmpstr (s, ==, "T");
  g_assert_true (g_variant_lookup (request, "order", "&s", &s));
  g_assert_cmpstr (s, ==, "score");
  g_assert_true (g_variant_lookup (request, "language", "&s", &s));
  g_assert_cmpstr (s, ==, "de");
  g_assert_true (g_variant_lookup (request, "language-hint", "&s", &s));
  g_assert_cmpstr (s, ==, "es");
  g_assert_cmpuint (g_variant_n_children (request), ==, 9);
  g_assert_true (options.json);
  g_assert_true (options.verbose);
  g_assert_cmpint (options.timeout_ms, ==, 1500);
  g_assert_cmpstr (options.address, ==, "unix:path=/x");
  g_assert_cmpuint (g_strv_length (options.args), ==, 1);
  g_assert_cmpstr (options.args[0], ==, "article.txt");
  precis_cli_options_clear (&options);
}

static void
test_options_defaults (void)
{
  const char *args[] = { "-", NULL };
  PrecisCliOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) request = NULL;

  g_assert_true (parse (&options, args, &error));
  request = g_variant_ref_sink (precis_cli_options_request (&options));
  /* Nothing given, nothing sent: precisd applies its own defaults. */
  g_assert_cmpuint (g_variant_n_children (request), ==, 0);
  g_assert_null (options.address);
  g_assert_cmpint (options.timeout_ms, ==, PRECIS_DEFAULT_TIMEOUT_MS);
  g_assert_cmpstr (options.args[0], ==, "-");
  precis_cli_options_clear (&options);
}

static void
test_options_usage_errors (void)
{
  static const char *const bad[][4] = {
    { "-n", "0", NULL }, { "-n", "-3", NULL }, { "-n", "4294967296", NULL }, { "-n", "2x", NULL },
    { "--ratio", "0", NULL }, { "--ratio", "1.5", NULL }, { "--ratio", "half", NULL },
    { "--max-chars", "", NULL }, { "--order", "random", NULL }, { "--published", "yesterday", NULL },
    { "--published", "2025-02-30", NULL }, { "--published", "2025-2-22", NULL },
    { "--timeout", "0", NULL }, { "--timeout", "-1", NULL }, { "--plugin", "", NULL },
    { "--no-such-option", NULL }, { "a.txt", "b.txt", NULL }, { "--interval", "5", NULL },
    { "--replaces", "7", NULL }, { "--language", "", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      PrecisCliOptions options;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s %s", bad[i][0], bad[i][1] != NULL ? bad[i][1] : "");
      g_assert_false (parse (&options, bad[i], &error));
      /* Usage errors are G_OPTION_ERROR: precis exits 2 on those. */
      g_assert_true (error != NULL && error->domain == G_OPTION_ERROR);
      precis_cli_options_clear (&options);
    }
}

static void
test_options_published_forms (void)
{
  static const char *const good[] = { "2025-02-22", "2024-02-29", "2025-02-22T09:30:00Z",
                                      "2025-02-22T09:30:00+01:00" };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      const char *args[] = { "--published", good[i], NULL };
      PrecisCliOptions options;
      g_autoptr(GError) error = NULL;

      g_assert_true (parse (&options, args, &error));
      g_assert_no_error (error);
      precis_cli_options_clear (&options);
    }
}

static void
test_options_feed_and_notify (void)
{
  static const PrecisCliSyntax feed_syntax = { "feeds add", "URL", "test", PRECIS_OPTIONS_FEED, 1, 1 };
  static const PrecisCliSyntax notify_syntax = { "notify", "[FILE]", "test", PRECIS_OPTIONS_NOTIFY, 0, 1 };
  const char *feed_args[] = { "--interval", "900", "--notify", "--backlog", "0",
                              "https://example.org/rss", NULL };
  const char *bad_backlog[] = { "--backlog", "-1", "https://example.org/rss", NULL };
  const char *notify_args[] = { "--replaces", "7", NULL };
  const char *missing[] = { NULL };
  PrecisCliOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) request = NULL;
  gboolean notify;
  guint32 u;

  g_assert_true (parse_for (&options, &feed_syntax, feed_args, &error));
  request = g_variant_ref_sink (precis_cli_options_request (&options));
  g_assert_true (g_variant_lookup (request, "interval", "u", &u));
  g_assert_cmpuint (u, ==, 900);
  g_assert_true (g_variant_lookup (request, "notify", "b", &notify));
  g_assert_true (notify);
  /* 0 is a backlog (announce nothing old), not a missing value. */
  g_assert_true (g_variant_lookup (request, "backlog", "u", &u));
  g_assert_cmpuint (u, ==, 0);
  precis_cli_options_clear (&options);
  g_assert_false (parse_for (&options, &feed_syntax, bad_backlog, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_clear_error (&error);
  precis_cli_options_clear (&options);
  g_clear_pointer (&request, g_variant_unref);

  g_assert_true (parse_for (&options, &notify_syntax, notify_args, &error));
  request = g_variant_ref_sink (precis_cli_options_request (&options));
  g_assert_true (g_variant_lookup (request, "replaces-id", "u", &u));
  g_assert_cmpuint (u, ==, 7);
  precis_cli_options_clear (&options);

  /* `feeds add` needs its URL. */
  g_assert_false (parse_for (&options, &feed_syntax, missing, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED);
  precis_cli_options_clear (&options);
}

static void
test_input_url (void)
{
  g_assert_true (precis_input_is_url ("https://example.org/a"));
  g_assert_true (precis_input_is_url ("HTTP://example.org"));
  g_assert_false (precis_input_is_url ("example.org"));
  g_assert_false (precis_input_is_url ("file:///etc/passwd"));
  g_assert_false (precis_input_is_url ("-"));
  g_assert_false (precis_input_is_url (NULL));
}

static void
test_input_check (void)
{
  g_autoptr(GString) text = g_string_new ("Zürich, “quoted”.\nSecond line ");
  gsize bad_offset;
  g_autoptr(GError) error = NULL;
  g_autofree char *offset_text = NULL;

  g_assert_true (precis_input_check (text->str, text->len, "t", 1024, &error));
  g_assert_no_error (error);

  /* A Latin-1 byte after valid text: the error names its offset and line. */
  bad_offset = text->len;
  g_string_append_c (text, (char) 0xe9);
  g_assert_false (precis_input_check (text->str, text->len, "t", 1024, &error));
  g_assert_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE);
  offset_text = g_strdup_printf ("byte offset %" G_GSIZE_FORMAT " (line 2)", bad_offset);
  g_assert_nonnull (strstr (error->message, offset_text));
  g_clear_error (&error);

  /* A NUL cannot travel in a D-Bus string. */
  g_assert_false (precis_input_check ("ab\0cd", 5, "t", 1024, &error));
  g_assert_nonnull (strstr (error->message, "byte offset 2"));
  g_clear_error (&error);

  g_assert_false (precis_input_check ("abcd", 4, "t", 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);
  g_assert_true (precis_input_check ("abc", 3, "t", 3, &error));
}

static void
test_input_read_file (void)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("precis-cli-XXXXXX", &path, &error);
  const char content[] = "One sentence. Another one.\n";

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, content, -1, &error));
  text = precis_input_read (path, 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, content);
  g_clear_pointer (&text, g_free);

  /* Over the limit even though only a part is read. */
  g_assert_null (precis_input_read (path, 10, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);
  g_unlink (path);
  g_assert_null (precis_input_read (path, 1024, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* Through a real libdbus message and back, as the bus would carry it. */
static GVariant *
round_trip (GVariant *args)
{
  DBusMessage *message = dbus_message_new_method_call ("org.precis.Summarizer1",
                                                       "/org/precis/Summarizer1",
                                                       "org.precis.Summarizer1", "Analyze");
  g_autoptr(GError) error = NULL;
  DBusMessage *copy;
  char *wire;
  int length;
  GVariant *result;

  g_assert_true (precis_marshal_append_args (message, args, &error));
  g_assert_no_error (error);
  /* Serialize to the wire format and parse it again, so that what is read
   * is what another process would receive.  The wire needs a serial. */
  dbus_message_set_serial (message, 1);
  g_assert_true (dbus_message_marshal (message, &wire, &length));
  copy = dbus_message_demarshal (wire, length, NULL);
  g_assert_nonnull (copy);
  result = precis_marshal_read_args (copy, &error);
  g_assert_no_error (error);
  dbus_free (wire);
  dbus_message_unref (copy);
  dbus_message_unref (message);
  return result;
}

static void
test_marshal_round_trip (void)
{
  static const char *const types[] = {
    "(sa{sv})", "(a(suud)a(sssda(uu))a{sv})", "(ybnqiuxtdsog)", "(as)", "(a{sa{sv}}v)",
    "(auabayadaxa(yu)a(bdn)a(uuuuuuuuu)aa(uu))",
  };
  g_autoptr(GVariant) analysis = g_variant_ref_sink (g_variant_new_parsed (
    "([('First.', uint32 0, uint32 6, 0.5)], "
    "[('person', 'Ann', 'Ann Lee', 0.9, [(uint32 0, uint32 3), (uint32 10, uint32 13)]),"
    " ('date', 'Monday', '2025-02-17', 0.2, @a(uu) [])], "
    "{'title': <'Zürich “news”'>, 'sentences': <uint32 3>, 'ratio': <0.25>,"
    " 'nested': <{'k': <[int64 -1, 2]>}>, 'empty': <@as []>})"));
  g_autoptr(GVariant) request = g_variant_ref_sink (g_variant_new_parsed (
    "('text', {'sentences': <uint32 2>, 'notify': <true>, 'plugin': <'lead'>})"));
  g_autoptr(GVariant) basics = g_variant_ref_sink (g_variant_new_parsed (
    "(byte 0xff, false, int16 -2, uint16 3, int32 -4, uint32 5, int64 -6, uint64 7, 8.5,"
    " 'nine', objectpath '/ten', signature 'a{sv}')"));
  g_autoptr(GVariant) empty = g_variant_ref_sink (g_variant_new_parsed ("(@as [],)"));
  g_autoptr(GVariant) nested = g_variant_ref_sink (g_variant_new_parsed (
    "({'a': {'b': <<uint32 1>>}}, <(uint32 1, 'x')>)"));
  /* Arrays of fixed-size elements are read in one piece: padding,
   * booleans (four bytes on D-Bus, one in a GVariant) and a tuple too wide
   * for that path. */
  g_autoptr(GVariant) fixed = g_variant_ref_sink (g_variant_new_parsed (
    "([uint32 1, 4294967295], [true, false, true], [byte 0, 255], [-0.5, 1e300],"
    " [int64 -9223372036854775808], [(byte 7, uint32 70000), (byte 0, uint32 0)],"
    " [(true, 2.5, int16 -3), (false, -1.0, int16 32767)],"
    " [(uint32 1, uint32 2, uint32 3, uint32 4, uint32 5, uint32 6, uint32 7, uint32 8, uint32 9)],"
    " [[(uint32 1, uint32 2)], @a(uu) [], [(uint32 3, uint32 4), (uint32 5, uint32 6)]])"));
  GVariant *values[] = { request, analysis, basics, empty, nested, fixed };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(GVariant) back = round_trip (values[i]);
      g_assert_cmpstr (g_variant_get_type_string (back), ==, types[i]);
      g_assert_true (g_variant_equal (back, values[i]));
    }
}

static void
test_marshal_refuses (void)
{
  DBusMessage *message = dbus_message_new_signal ("/a", "a.b", "C");
  g_autoptr(GError) error = NULL;

  /* Maybe types and the empty tuple have no D-Bus form. */
  g_assert_false (precis_marshal_append_args (message, g_variant_new_parsed ("(@ms 'x',)"), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (precis_marshal_append_args (message, g_variant_new_parsed ("(@() (),)"), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  dbus_message_unref (message);
}

static GVariant *
sample_summary (void)
{
  return g_variant_ref_sink (g_variant_new_parsed (
    "[('Ann met Bo\nin Oslo.', uint32 0, uint32 19, 0.75),"
    " ('They   talked.', uint32 20, uint32 34, 0.25)]"));
}

static GVariant *
sample_facts (void)
{
  /* Kinds in the reverse of the printed order, plus one unknown kind. */
  return g_variant_ref_sink (g_variant_new_parsed (
    "[('date', 'Monday', '2025-02-17', 0.5, [(uint32 40, uint32 46)]),"
    " ('event', 'Summit', '', 0.1, @a(uu) []),"
    " ('place', 'Oslo', 'Oslo', 0.6, [(uint32 14, uint32 18)]),"
    " ('person', 'Bo', 'Bo Berg', 0.7, [(uint32 8, uint32 10)]),"
    " ('person', 'Ann', 'Ann Lee', 0.9, [(uint32 0, uint32 3)])]"));
}

/* The samples as the printers take them: a result's sentences and facts. */
static PrecisResult *
sample_result (void)
{
  g_autoptr(GVariant) summary = sample_summary ();
  g_autoptr(GVariant) facts = sample_facts ();
  PrecisResult *result = precis_command_result_new (summary, facts, g_variant_new ("a{sv}", NULL));

  g_assert_nonnull (result);
  return result;
}

static void
test_print_summary (void)
{
  g_autoptr(GVariant) summary = sample_summary ();
  g_autoptr(PrecisResult) result = sample_result ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) verbose = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  gsize n = g_variant_n_children (summary);

  precis_print_summary (out, precis_result_get_summary (result), FALSE);
  lines = g_strsplit (out->str, "\n", -1);
  /* One line per sentence (and the empty string after the last newline),
   * each the sentence with its whitespace runs shown as one space. */
  g_assert_cmpuint (g_strv_length (lines), ==, n + 1);
  for (gsize i = 0; i < n; i++)
    {
      const char *text;
      g_auto(GStrv) words = NULL;
      g_autofree char *joined = NULL;

      g_variant_get_child (summary, i, "(&suud)", &text, NULL, NULL, NULL);
      words = g_regex_split_simple ("\\s+", text, 0, 0);
      joined = g_strjoinv (" ", words);
      g_assert_cmpstr (lines[i], ==, joined);
    }

  precis_print_summary (verbose, precis_result_get_summary (result), TRUE);
  for (gsize i = 0; i < n; i++)
    {
      guint32 start, end;
      g_autofree char *span = NULL;

      g_variant_get_child (summary, i, "(&suud)", NULL, &start, &end, NULL);
      span = g_strdup_printf ("%" G_GSIZE_FORMAT ". [%u–%u]", i + 1, start, end);
      g_assert_nonnull (strstr (verbose->str, span));
    }
}

static void
test_print_facts (void)
{
  g_autoptr(GVariant) facts = sample_facts ();
  g_autoptr(PrecisResult) result = sample_result ();
  g_autoptr(GString) out = g_string_new (NULL);
  const char *headings[] = { "People:\n", "Places:\n", "Dates:\n", "Event:\n" };
  const char *previous = NULL;

  precis_print_facts (out, precis_result_get_facts (result), FALSE);
  /* Groups in the fixed order whatever the order of the reply; a kind
   * with no fact has no heading. */
  for (gsize i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      const char *at = strstr (out->str, headings[i]);
      g_assert_nonnull (at);
      g_assert_true (previous == NULL || at > previous);
      previous = at;
    }
  g_assert_null (strstr (out->str, "Organizations:"));

  /* Every fact is listed once, under its canonical value when it has one,
   * and dates with the words they came from. */
  for (gsize i = 0; i < g_variant_n_children (facts); i++)
    {
      const char *kind, *text, *value;
      const char *shown;
      g_autofree char *line = NULL;

      g_variant_get_child (facts, i, "(&s&s&sd@a(uu))", &kind, &text, &value, NULL, NULL);
      shown = *value != '\0' ? value : text;
      line = g_str_equal (kind, "date") ? g_strdup_printf ("\n  %s  (%s)\n", value, text)
                                        : g_strdup_printf ("\n  %s\n", shown);
      g_assert_nonnull (strstr (out->str, line));
      g_assert_null (strstr (strstr (out->str, line) + 1, line));
    }
}

static void
test_json_answer (void)
{
  g_autoptr(GVariant) summary = sample_summary ();
  g_autoptr(GVariant) facts = sample_facts ();
  g_autoptr(PrecisResult) result = sample_result ();
  g_autoptr(GVariant) info = g_variant_ref_sink (g_variant_new_parsed (
    "{'title': <'T'>, 'sentences': <uint32 12>, 'nested': <{'k': <true>}>}"));
  g_autoptr(JsonNode) summary_node = precis_json_summary (precis_result_get_summary (result));
  g_autoptr(JsonNode) facts_node = precis_json_facts (precis_result_get_facts (result));
  g_autoptr(JsonNode) info_node = precis_json_info (info);
  g_autofree char *text = precis_json_to_string (facts_node, FALSE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *object;

  array = json_node_get_array (summary_node);
  g_assert_cmpuint (json_array_get_length (array), ==, g_variant_n_children (summary));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *s;
      guint32 start, end;
      double score;

      g_variant_get_child (summary, i, "(&suud)", &s, &start, &end, &score);
      object = json_array_get_object_element (array, i);
      g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, s);
      g_assert_cmpint (json_object_get_int_member (object, "start"), ==, start);
      g_assert_cmpint (json_object_get_int_member (object, "end"), ==, end);
      g_assert_cmpfloat (json_object_get_double_member (object, "score"), ==, score);
    }

  /* The text form parses back to the same facts, mentions as [start, end]. */
  g_assert_true (g_str_has_suffix (text, "}]\n"));
  g_assert_true (strchr (text, '\n') == text + strlen (text) - 1);
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, g_variant_n_children (facts));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *kind, *fact_text, *value;
      double salience;
      g_autoptr(GVariant) mentions = NULL;
      JsonArray *json_mentions;

      g_variant_get_child (facts, i, "(&s&s&sd@a(uu))", &kind, &fact_text, &value, &salience, &mentions);
      object = json_array_get_object_element (array, i);
      g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, kind);
      g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, fact_text);
      g_assert_cmpstr (json_object_get_string_member (object, "value"), ==, value);
      g_assert_cmpfloat (json_object_get_double_member (object, "salience"), ==, salience);
      json_mentions = json_object_get_array_member (object, "mentions");
      g_assert_cmpuint (json_array_get_length (json_mentions), ==, g_variant_n_children (mentions));
      for (guint m = 0; m < json_array_get_length (json_mentions); m++)
        {
          JsonArray *pair = json_array_get_array_element (json_mentions, m);
          guint32 start, end;

          g_variant_get_child (mentions, m, "(uu)", &start, &end);
          g_assert_cmpint (json_array_get_int_element (pair, 0), ==, start);
          g_assert_cmpint (json_array_get_int_element (pair, 1), ==, end);
        }
    }

  /* Variants become plain JSON values, not D-Bus type annotations. */
  object = json_node_get_object (info_node);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "T");
  g_assert_cmpint (json_object_get_int_member (object, "sentences"), ==, 12);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (object, "nested"), "k"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/options/request-types", test_options_request_types);
  g_test_add_func ("/cli/options/defaults", test_options_defaults);
  g_test_add_func ("/cli/options/usage-errors", test_options_usage_errors);
  g_test_add_func ("/cli/options/published-forms", test_options_published_forms);
  g_test_add_func ("/cli/options/feed-and-notify", test_options_feed_and_notify);
  g_test_add_func ("/cli/input/url", test_input_url);
  g_test_add_func ("/cli/input/check", test_input_check);
  g_test_add_func ("/cli/input/read-file", test_input_read_file);
  g_test_add_func ("/cli/marshal/round-trip", test_marshal_round_trip);
  g_test_add_func ("/cli/marshal/refuses", test_marshal_refuses);
  g_test_add_func ("/cli/print/summary", test_print_summary);
  g_test_add_func ("/cli/print/facts", test_print_facts);
  g_test_add_func ("/cli/print/json", test_json_answer);
  return g_test_run ();
}
