/* batch.c — `precis batch`: summarize JSON Lines in-process, without precisd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   precis batch [--plugin NAME] [--sentences N | --ratio R | --max-chars N |
 *                 --reference-length] [--order document|score] [--jobs N]
 *                [FILE.jsonl | -]...
 *
 * Reads one article a line, {"id", "title", "article", ...} (extra members
 * ignored), and writes one line per article:
 *   {"id", "plugin", "summary": [{"text", "start", "end", "score"}]}
 * through the same pipeline, plugin host and length control as the daemon,
 * so offsets and texts are those a D-Bus call would return.  A line that
 * cannot be summarized is reported on stderr with its number, and the exit
 * status is then 1; the other lines are still written.  Lines are
 * summarized on every core (--jobs) and written in the order read.
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

/* One line on its way through the pool.  Lines are summarized on every
 * core, and written in the order they were read: the reader keeps them in
 * a queue and prints each head as soon as it is done. */
typedef struct {
  char *line;      /* NULL: unreadable, the stream ends here */
  guint number;
  char *out;       /* the JSON line; NULL with `error` */
  GError *error;
  gboolean done;
} Item;

typedef struct {
  Batch *batch;
  GMutex lock;
  GCond done;
} Pool;

static void
item_free (Item *item)
{
  g_free (item->line);
  g_free (item->out);
  g_clear_error (&item->error);
  g_free (item);
}

static void
summarize_item (gpointer data, gpointer user_data)
{
  Item *item = data;
  Pool *pool = user_data;
  GError *error = NULL;
  char *out = summarize_line (pool->batch, item->line, &error);

  g_mutex_lock (&pool->lock);
  item->out = out;
  item->error = error;
  item->done = TRUE;
  g_cond_broadcast (&pool->done);
  g_mutex_unlock (&pool->lock);
}

/* Write the finished items at the head of `pending`; with `wait`, wait for
 * the head to finish first.  Returns 1 if a written item had failed. */
static int
flush (Pool *pool, GQueue *pending, const char *path, gboolean wait)
{
  int status = 0;
  Item *head;

  g_mutex_lock (&pool->lock);
  while ((head = g_queue_peek_head (pending)) != NULL)
    {
      if (!head->done && !wait)
        break;
      while (!head->done)
        g_cond_wait (&pool->done, &pool->lock);
      g_queue_pop_head (pending);
      wait = FALSE;
      g_mutex_unlock (&pool->lock);
      if (head->out != NULL)
        g_print ("%s\n", head->out);
      else
        {
          g_printerr ("precis batch: %s:%u: %s\n", strcmp (path, "-") == 0 ? "stdin" : path,
                      head->number, head->error->message);
          status = 1;
        }
      item_free (head);
      g_mutex_lock (&pool->lock);
    }
  g_mutex_unlock (&pool->lock);
  return status;
}

/* Summarizes each line of `path` ("-": stdin) on `threads` workers; 1 if
 * any line failed. */
static int
summarize_stream (Batch *batch, const char *path, guint threads)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GDataInputStream) data = NULL;
  g_autoptr (GQueue) pending = g_queue_new ();
  Pool pool = { .batch = batch };
  GThreadPool *workers;
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
  g_mutex_init (&pool.lock);
  g_cond_init (&pool.done);
  workers = g_thread_pool_new (summarize_item, &pool, threads, TRUE, NULL);
  data = g_data_input_stream_new (stream);
  for (;;)
    {
      g_autoptr (GError) local = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (data, NULL, NULL, &local);
      Item *item;

      if (line == NULL && local == NULL)
        break;
      number++;
      if (line != NULL && *g_strstrip (line) == '\0')
        continue;
      item = g_new0 (Item, 1);
      item->number = number;
      g_queue_push_tail (pending, item);
      if (line == NULL)
        {
          /* Not UTF-8 or unreadable: the stream cannot go on. */
          item->error = g_steal_pointer (&local);
          item->done = TRUE;
          break;
        }
      item->line = g_steal_pointer (&line);
      g_thread_pool_push (workers, item, NULL);
      /* A few lines ahead per worker keep them busy; more only costs memory. */
      status |= flush (&pool, pending, path, g_queue_get_length (pending) > 4 * threads);
    }
  while (!g_queue_is_empty (pending))
    status |= flush (&pool, pending, path, TRUE);
  g_thread_pool_free (workers, FALSE, TRUE);
  g_mutex_clear (&pool.lock);
  g_cond_clear (&pool.done);
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
  int sentences = 0, max_chars = 0, status = 0, lengths = 0, jobs = 0;
  double ratio = 0;
  GOptionEntry entries[] = {
    { "plugin", 'p', 0, G_OPTION_ARG_STRING, &plugin_name, "Summarizer plugin (default " DEFAULT_PLUGIN ")", "NAME" },
    { "sentences", 's', 0, G_OPTION_ARG_INT, &sentences, "Sentences per summary (default 3)", "N" },
    { "ratio", 'r', 0, G_OPTION_ARG_DOUBLE, &ratio, "Share of the article's sentences, in (0, 1]", "R" },
    { "max-chars", 'c', 0, G_OPTION_ARG_INT, &max_chars, "At most N characters", "N" },
    { "reference-length", 0, 0, G_OPTION_ARG_NONE, &batch.reference_length,
      "As many sentences as the line's \"reference\" has lines", NULL },
    { "order", 0, 0, G_OPTION_ARG_STRING, &order, "document (default) or score", "ORDER" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Articles summarized at once (default: one per core)", "N" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("precis batch: %s\n", error->message);
      return 2;
    }
  lengths = (sentences != 0) + (ratio != 0) + (max_chars != 0) + batch.reference_length;
  if (jobs < 0)
    {
      g_printerr ("precis batch: --jobs takes a number of articles at once, 1 or more\n");
      return 2;
    }
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

  if (jobs == 0)
    jobs = (int) MAX (1, g_get_num_processors ());
  if (argc < 2)
    status = summarize_stream (&batch, "-", (guint) jobs);
  for (int a = 1; a < argc; a++)
    if (summarize_stream (&batch, argv[a], (guint) jobs) != 0)
      status = 1;
  precis_plugin_unref (batch.plugin);
  return status;
}
