/* extract.c — `precis extract FILE.html [--json] [--url URL]`: the article
 * precis finds in a saved page, offline (for debugging and evaluation).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "charset.h"
#include "html-article.h"
#include "subcommands.h"

static void
add_string (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
print_json (const PrecisArticle *a)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  add_string (b, "url", a->url);
  add_string (b, "title", a->title);
  add_string (b, "published", a->published);
  add_string (b, "site", a->site);
  add_string (b, "author", a->author);
  add_string (b, "language", a->language);
  add_string (b, "text", a->text);
  json_builder_set_member_name (b, "heading_lines");
  json_builder_begin_array (b);
  for (guint i = 0; a->heading_lines != NULL && i < a->heading_lines->len; i++)
    json_builder_add_int_value (b, g_array_index (a->heading_lines, guint32, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  g_autofree char *out = json_generator_to_data (gen, NULL);
  g_print ("%s\n", out);
}

static void
print_text (const PrecisArticle *a)
{
  const struct { const char *label, *value; } fields[] = {
    { "Title", a->title }, { "Published", a->published }, { "Site", a->site },
    { "Author", a->author }, { "Language", a->language }, { "URL", a->url },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].value != NULL)
      g_print ("%s: %s\n", fields[i].label, fields[i].value);
  g_print ("\n");
  /* Headings are marked with "# " so the structure shows. */
  g_auto (GStrv) lines = g_strsplit (a->text, "\n\n", -1);
  guint h = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean heading = a->heading_lines != NULL && h < a->heading_lines->len
                         && g_array_index (a->heading_lines, guint32, h) == i;
      if (heading)
        h++;
      g_print ("%s%s\n\n", heading ? "# " : "", lines[i]);
    }
}

int
precis_extract_main (int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *url = NULL;
  g_autofree char *charset = NULL;
  g_auto (GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, "Print JSON", NULL },
    { "url", 'u', 0, G_OPTION_ARG_STRING, &url, "The page's URL (for relative links and the output)", "URL" },
    { "charset", 'c', 0, G_OPTION_ARG_STRING, &charset, "The charset the server declared", "NAME" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE.html" },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE.html — print the article in a saved web page");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      g_printerr ("precis extract: %s\n", error->message);
      return 2;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("precis extract: give one HTML file (see --help)\n");
      return 2;
    }
  g_autofree char *raw = NULL;
  gsize raw_len = 0;
  if (!g_file_get_contents (files[0], &raw, &raw_len, &error))
    {
      g_printerr ("precis extract: %s\n", error->message);
      return 1;
    }
  gsize len = 0;
  g_autofree char *html = precis_charset_to_utf8 (raw, raw_len, charset, &len);
  g_autoptr (PrecisArticle) article = precis_article_extract (html, len, url, &error);
  if (article == NULL)
    {
      g_printerr ("precis extract: %s: %s\n", files[0], error->message);
      return 1;
    }
  if (json)
    print_json (article);
  else
    print_text (article);
  return 0;
}
