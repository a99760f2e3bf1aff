/* commands-feeds.c — feed subscriptions and watching their articles arrive.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <unistd.h>

#include "commands.h"
#include "input.h"

#define ARTICLE_SIGNATURE "sssa(suud)a(sssda(uu))a{sv}"

gboolean
precis_command_feeds_add (PrecisCliOptions *options, GError **error)
{
  const char *url = options->args[0];
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;

  if (!precis_input_is_url (url))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "a feed is an http:// or https:// URL, not ‘%s’", url);
      return FALSE;
    }
  if ((client = precis_command_connect (options, error)) == NULL ||
      (reply = precis_client_call (client, NULL, "Subscribe",
                                   g_variant_new ("(s@a{sv})", url,
                                                  precis_cli_options_request (options)),
                                   "(s)", error)) == NULL)
    return FALSE;
  return precis_command_output_id (options, reply, error);
}

gboolean
precis_command_feeds_remove (PrecisCliOptions *options, GError **error)
{
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;

  return (client = precis_command_connect (options, error)) != NULL &&
         (reply = precis_client_call (client, NULL, "Unsubscribe",
                                      g_variant_new ("(s)", options->args[0]), "()", error)) != NULL;
}

gboolean
precis_command_feeds_list (PrecisCliOptions *options, GError **error)
{
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) feeds = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if ((client = precis_command_connect (options, error)) == NULL ||
      (reply = precis_client_call (client, NULL, "ListFeeds",
                                   g_variant_new ("(@a{sv})", precis_cli_options_request (options)),
                                   "(a(sssa{sv}))", error)) == NULL)
    return FALSE;
  feeds = g_variant_get_child_value (reply, 0);
  if (options->json)
    return precis_command_output_json (precis_json_feeds (feeds), error);
  precis_print_feeds (out, feeds);
  return precis_command_output (out->str, error);
}

typedef struct {
  const PrecisCliOptions *options;
  GError *error;  /* why output stopped */
} Watch;

static char *
article_json (GVariant *args)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GVariant) summary = g_variant_get_child_value (args, 3);
  g_autoptr(GVariant) facts = g_variant_get_child_value (args, 4);
  const char *feed_id, *url, *title;

  g_autoptr(GVariant) details = g_variant_get_child_value (args, 5);
  g_autoptr(PrecisResult) result = precis_command_result_new (summary, facts, details);

  g_variant_get (args, "(&s&s&s@a(suud)@a(sssda(uu))@a{sv})", &feed_id, &url, &title, NULL, NULL,
                 NULL);
  json_object_set_string_member (object, "feed", feed_id);
  json_object_set_string_member (object, "url", url);
  json_object_set_string_member (object, "title", title);
  json_object_set_member (object, "summary", precis_json_summary (precis_result_get_summary (result)));
  json_object_set_member (object, "facts", precis_json_facts (precis_result_get_facts (result)));
  json_object_set_member (object, "details", precis_json_info (details));
  json_node_set_object (node, object);
  /* One line per article (JSON Lines): a stream a script reads as it comes. */
  return precis_json_to_string (node, FALSE);
}

static void
article_text (GString *out, GVariant *args, gboolean verbose)
{
  g_autoptr(GVariant) summary = g_variant_get_child_value (args, 3);
  g_autoptr(GVariant) facts = g_variant_get_child_value (args, 4);
  const char *feed_id, *url, *title;

  g_autoptr(GVariant) details = g_variant_get_child_value (args, 5);
  g_autoptr(PrecisResult) result = precis_command_result_new (summary, facts, details);
  const char *published = NULL, *author = NULL;

  g_variant_get (args, "(&s&s&s@a(suud)@a(sssda(uu))@a{sv})", &feed_id, &url, &title, NULL, NULL,
                 NULL);
  g_variant_lookup (details, "published", "&s", &published);
  g_variant_lookup (details, "author", "&s", &author);
  g_string_append_printf (out, "%s\n%s (feed %s)\n", *title != '\0' ? title : "(untitled)",
                          url, feed_id);
  if (published != NULL || author != NULL)
    g_string_append_printf (out, "%s%s%s\n", author != NULL ? author : "",
                            author != NULL && published != NULL ? " · " : "",
                            published != NULL ? published : "");
  precis_print_summary (out, precis_result_get_summary (result), verbose);
  if (precis_result_get_facts (result)->len > 0)
    {
      g_string_append_c (out, '\n');
      precis_print_facts (out, precis_result_get_facts (result), verbose);
    }
  g_string_append_c (out, '\n');
}

static gboolean
on_article (GVariant *args, gpointer user_data)
{
  Watch *watch = user_data;
  g_autoptr(GString) out = g_string_new (NULL);

  if (watch->options->json)
    {
      g_autofree char *line = article_json (args);
      g_string_append (out, line);
    }
  else
    article_text (out, args, watch->options->verbose);
  return precis_command_output (out->str, &watch->error);
}

gboolean
precis_command_watch (PrecisCliOptions *options, GError **error)
{
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) version = NULL;
  Watch watch = { options, NULL };

  /* Reading a property starts precisd by activation: its feeds are polled
   * only while it runs. */
  if ((client = precis_command_connect (options, error)) == NULL ||
      (version = precis_client_get_property (client, "Version", error)) == NULL ||
      !precis_client_add_signal_match (client, "ArticleSummarized", error))
    return FALSE;
  /* Said once the match is in place: from here no announcement is missed
   * (scripts and tests may wait for this line). */
  if (options->verbose || isatty (STDERR_FILENO))
    g_printerr ("precis: watching the articles of precisd's feeds; Ctrl-C stops\n");
  if (!precis_client_watch (client, "ArticleSummarized", ARTICLE_SIGNATURE, on_article, &watch,
                            error))
    return FALSE;
  if (watch.error != NULL)
    {
      g_propagate_error (error, watch.error);
      return FALSE;
    }
  return TRUE;
}
