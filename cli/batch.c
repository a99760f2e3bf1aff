/* batch.c — `precis batch`: summarize JSON Lines in-process, without precisd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   precis batch [--plugin NAME] [--sentences N | --ratio R | --max-chars N |
 *                 --reference-length] [--order document|score] [FILE.jsonl | -]...
 *
 * Reads one article a line, {"id", "title", "article", ...} (extra members
 * ignored), and writes one line per article:
 *   {"id", "plugin", "summary": [{"text", "start", "end", "score"}]}
 * through the same pipeline, plugin host and length control as the daemon,
 * so offsets and texts are those a D-Bus call would return.  A line that
 * cannot be summarized is reported on stderr with its number, and the exit
 * status is then 1; the other lines are still written.
 */
#include "config.h"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "data-dir.h"
#include "pipeline.h"
#include "plugin-host.h"
#include "subcommands.h"
#include "summary.h"

#define DEFAULT_PLUGIN "newsrank"

typedef struct {
  PrecisPlugin *plugin;
  PrecisSummaryOptions options;
  gboolean reference_length;
} Batch;

static const char *
member_string (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static guint
count_lines (const char *text)
{
  guint n = 0;
  const char *line = text;

  while (line != NULL && *line != '\0')
    {
      const char *nl = strchr (line, '\n');
      const char *end = nl != NULL ? nl : line + strlen (line);

      for (const char *p = line; p < end; p++)
        if (!g_ascii_isspace (*p))
          {
            n++;
            break;
          }
      line = nl != NULL ? nl + 1 : NULL;
    }
  return n;
}

static char *
summarize_line (Batch *batch, const char *line, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (PrecisDocument) doc = NULL;
  g_autoptr (GArray) summary = NULL;
  g_autoptr (JsonNode) root = NULL;
  PrecisSummaryOptions options = batch->options;
  PrecisPipelineOptions pipeline = { NULL };
  JsonObject *object;
  const char *article, *id;

  if (!json_parser_load_from_data (parser, line, -1, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a JSON object");
      return NULL;
    }
  object = json_node_get_object (json_parser_get_root (parser));
  article = member_string (object, "article");
  if (article == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no string member “article”");
      return NULL;
    }
  id = member_string (object, "id");
  pipeline.title = member_string (object, "title");
  if (batch->reference_length)
    {
      const char *reference = member_string (object, "reference");

      options.sentences = reference != NULL ? count_lines (reference) : 0;
      if (options.sentences == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "--reference-length, but no non-empty string member “reference”");
          return NULL;
        }
    }

  doc = precis_document_new (article, -1, &pipeline);
  summary = precis_summarize (batch->plugin, doc, &options, NULL, error);
  if (summary == NULL)
    return NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  if (id != NULL)
    json_builder_add_string_value (builder, id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "plugin");
  json_builder_add_string_value (builder, precis_plugin_get_name (batch->plugin));
  json_builder_set_member_name (builder, "summary");
  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->len; i++)
    {
      const PrecisChosenSentence *s = &g_array_index (summary, PrecisChosenSentence, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, s->text);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, s->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, s->end);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, s->score);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Summarizes each line of `path` ("-": stdin); 1 if any line failed. */
static int
summarize_stream (Batch *batch, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GDataInputStream) data = NULL;
  guint number = 0;
  int status = 0;

  if (strcmp (path, "-") == 0)
    stream = g_unix_input_stream_new (0, FALSE);
  else
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);

      stream = G_INPUT_STREAM (g_file_read (file, NULL, &error));
      if (stream == NULL)
        {
          g_printerr ("precis batch: %s\n", error->message);
          return 1;
        }
    }
  data = g_data_input_stream_new (stream);
  for (;;)
    {
      g_autoptr (GError) local = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (data, NULL, NULL, &local);
      g_autofree char *out = NULL;

      if (line == NULL && local == NULL)
        break;
      number++;
      if (line != NULL && *g_strstrip (line) == '\0')
        continue;
      if (line != NULL)
        out = summarize_line (batch, line, &local);
      if (out == NULL)
        {
          g_printerr ("precis batch: %s:%u: %s\n", strcmp (path, "-") == 0 ? "stdin" : path, number,
                      local->message);
          status = 1;
          if (line == NULL)
            break;  /* not UTF-8 or unreadable: the stream cannot go on */
          continue;
        }
      g_print ("%s\n", out);
    }
  return status;
}

int
precis_batch_main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("[FILE.jsonl|-]… — summarize JSON Lines without precisd");
  g_autoptr (PrecisHost) host = NULL;
  g_autofree char *plugin_name = g_strdup (DEFAULT_PLUGIN);
  g_autofree char *order = NULL;
  Batch batch = { .options = PRECIS_SUMMARY_OPTIONS_INIT };
  int sentences = 0, max_chars = 0, status = 0, lengths = 0;
  double ratio = 0;
  GOptionEntry entries[] = {
    { "plugin", 'p', 0, G_OPTION_ARG_STRING, &plugin_name, "Summarizer plugin (default " DEFAULT_PLUGIN ")", "NAME" },
    { "sentences", 's', 0, G_OPTION_ARG_INT, &sentences, "Sentences per summary (default 3)", "N" },
    { "ratio", 'r', 0, G_OPTION_ARG_DOUBLE, &ratio, "Share of the article's sentences, in (0, 1]", "R" },
    { "max-chars", 'c', 0, G_OPTION_ARG_INT, &max_chars, "At most N characters", "N" },
    { "reference-length", 0, 0, G_OPTION_ARG_NONE, &batch.reference_length,
      "As many sentences as the line's \"reference\" has lines", NULL },
    { "order", 0, 0, G_OPTION_ARG_STRING, &order, "document (default) or score", "ORDER" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("precis batch: %s\n", error->message);
      return 2;
    }
  lengths = (sentences != 0) + (ratio != 0) + (max_chars != 0) + batch.reference_length;
  if (lengths > 1 || sentences < 0 || max_chars < 0 || ratio < 0 || ratio > 1
      || (order != NULL && strcmp (order, "document") != 0 && strcmp (order, "score") != 0))
    {
      g_printerr ("precis batch: give at most one of --sentences (≥ 1), --ratio (0 to 1), "
                  "--max-chars (≥ 1) and --reference-length, and --order document or score\n");
      return 2;
    }
  batch.options.sentences = (guint32) sentences;
  batch.options.ratio = ratio;
  batch.options.max_chars = (guint32) max_chars;
  batch.options.order = g_strcmp0 (order, "score") == 0 ? PRECIS_ORDER_SCORE : PRECIS_ORDER_DOCUMENT;

  if (!precis_pipeline_init (NULL, &error))
    {
      g_printerr ("precis batch: %s\n", error->message);
      return 1;
    }
  host = precis_host_new (NULL);
  precis_host_rescan (host);
  batch.plugin = precis_host_lookup (host, plugin_name, PRECIS_CAPABILITY_SUMMARIZE, &error);
  if (batch.plugin == NULL)
    {
      g_printerr ("precis batch: %s\n", error->message);
      return 1;
    }

  if (argc < 2)
    status = summarize_stream (&batch, "-");
  for (int a = 1; a < argc; a++)
    if (summarize_stream (&batch, argv[a]) != 0)
      status = 1;
  precis_plugin_unref (batch.plugin);
  return status;
}
