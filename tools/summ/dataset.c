/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "dataset.h"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <json-glib/json-glib.h>
#include <string.h>

void
precis_eval_article_free (PrecisEvalArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->id);
  g_free (article->title);
  g_free (article->article);
  g_free (article->reference);
  g_free (article);
}

static char *
member_string (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

PrecisEvalArticle *
precis_eval_article_parse (const char *line, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  PrecisEvalArticle *article;
  JsonObject *object;

  if (!json_parser_load_from_data (parser, line, -1, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a JSON object");
      return NULL;
    }
  object = json_node_get_object (json_parser_get_root (parser));
  article = g_new0 (PrecisEvalArticle, 1);
  article->id = member_string (object, "id");
  article->title = member_string (object, "title");
  article->article = member_string (object, "article");
  article->reference = member_string (object, "reference");
  if (article->article == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no string member “article”");
      precis_eval_article_free (article);
      return NULL;
    }
  if (article->id == NULL)
    article->id = g_strdup ("");
  return article;
}

GPtrArray *
precis_eval_dataset_load (const char *path, GError **error)
{
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_eval_article_free);
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GDataInputStream) data = NULL;
  guint number = 0;

  if (g_strcmp0 (path, "-") == 0)
    stream = g_unix_input_stream_new (0, FALSE);
  else
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);

      stream = G_INPUT_STREAM (g_file_read (file, NULL, error));
      if (stream == NULL)
        return NULL;
    }
  data = g_data_input_stream_new (stream);
  for (;;)
    {
      g_autoptr (GError) local = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (data, NULL, NULL, &local);
      PrecisEvalArticle *article;

      if (local != NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local), "%s:%u: ", path, number + 1);
          return NULL;
        }
      if (line == NULL)
        break;
      number++;
      if (*g_strstrip (line) == '\0')
        continue;
      article = precis_eval_article_parse (line, &local);
      if (article == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local), "%s:%u: ", path, number);
          return NULL;
        }
      g_ptr_array_add (articles, article);
    }
  return g_steal_pointer (&articles);
}

guint
precis_eval_reference_sentences (const char *reference)
{
  g_auto (GStrv) lines = NULL;
  guint n = 0;

  if (reference == NULL)
    return 0;
  lines = g_strsplit (reference, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    n += *g_strstrip (lines[i]) != '\0';
  return n;
}

gboolean
precis_eval_reference_is_extractive (const PrecisEvalArticle *article)
{
  g_auto (GStrv) lines = NULL;
  guint n = 0, verbatim = 0;

  if (article->reference == NULL)
    return FALSE;
  lines = g_strsplit (article->reference, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        continue;
      n++;
      verbatim += strstr (article->article, line) != NULL;
    }
  return n > 0 && 2 * verbatim >= n;
}

guint
precis_eval_summary_sentences (const PrecisEvalArticle *article)
{
  guint n = article->reference != NULL ? precis_eval_reference_sentences (article->reference) : 0;

  if (n == 0)
    return 0;
  return precis_eval_reference_is_extractive (article) ? n : PRECIS_EVAL_HIGHLIGHT_SENTENCES;
}
