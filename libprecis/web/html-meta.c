/* html-meta.c — a web page's metadata from <meta>, JSON-LD and the markup.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "html-meta.h"
#include "html-dom.h"
#include "json-depth.h"

#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
  GHashTable *meta;        /* lower-cased property/name/itemprop → content (first wins) */
  GPtrArray *jsonld;       /* texts of <script type="application/ld+json"> */
  char *lang, *title_tag, *h1, *time_datetime, *pub_time_datetime, *byline;
  int n_nodes;
} Scan;

/* Beyond this many elements, the rest of a page is not scanned for metadata. */
#define MAX_SCAN_NODES 200000

static void
scan_meta_tag (Scan *s, const xmlNode *n)
{
  g_autofree char *content = precis_html_attr (n, "content");
  if (content == NULL)
    return;
  static const char *const keys[] = { "property", "name", "itemprop", "http-equiv" };
  for (gsize k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      g_autofree char *v = precis_html_attr (n, keys[k]);
      if (v == NULL)
        continue;
      g_autofree char *low = g_ascii_strdown (v, -1);
      g_auto (GStrv) names = g_strsplit_set (low, " \t\n", -1);
      for (char **p = names; *p != NULL; p++)
        if (**p != '\0' && !g_hash_table_contains (s->meta, *p))
          g_hash_table_insert (s->meta, g_strdup (*p), g_strstrip (g_strdup (content)));
    }
}

static gboolean
looks_like_byline (const xmlNode *n)
{
  g_autofree char *rel = precis_html_attr (n, "rel");
  if (rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
    return TRUE;
  g_autofree char *ip = precis_html_attr (n, "itemprop");
  if (ip != NULL && strstr (ip, "author") != NULL)
    return TRUE;
  /* Only "byline": plain "author" classes name boxes of other stories' authors too. */
  g_autofree char *ci = precis_html_class_id (n);
  return ci != NULL && strstr (ci, "byline") != NULL;
}

static void
scan (Scan *s, const xmlNode *node, int depth)
{
  if (depth > PRECIS_HTML_MAX_DEPTH)
    return;
  for (const xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (++s->n_nodes > MAX_SCAN_NODES)
        return;
      if (precis_html_is (n, "html") && s->lang == NULL)
        s->lang = precis_html_attr (n, "lang");
      else if (precis_html_is (n, "meta"))
        scan_meta_tag (s, n);
      else if (precis_html_is (n, "title") && s->title_tag == NULL)
        s->title_tag = precis_html_text (n);
      else if (precis_html_is (n, "script"))
        {
          g_autofree char *type = precis_html_attr (n, "type");
          if (type != NULL && g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") == 0)
            g_ptr_array_add (s->jsonld, (char *) xmlNodeGetContent ((xmlNode *) n));
          continue;
        }
      else if (precis_html_is (n, "h1") && s->h1 == NULL)
        s->h1 = precis_html_text (n);
      else if (precis_html_is (n, "time"))
        {
          char *dt = precis_html_attr (n, "datetime");
          g_autofree char *ip = precis_html_attr (n, "itemprop");
          g_autofree char *pd = precis_html_attr (n, "pubdate");
          if (dt != NULL && s->pub_time_datetime == NULL
              && ((ip != NULL && strstr (ip, "datePublished")) || pd != NULL))
            s->pub_time_datetime = g_strdup (dt);
          if (dt != NULL && s->time_datetime == NULL)
            s->time_datetime = dt;
          else
            g_free (dt);
        }
      if (s->byline == NULL && looks_like_byline (n) && !precis_html_is (n, "meta")
          && !precis_html_is (n, "link"))
        {
          g_autofree char *t = precis_html_text (n);
          gsize len = strlen (t);
          if (len > 2 && len < 100)
            s->byline = g_steal_pointer (&t);
        }
      if (n->children != NULL)
        scan (s, n->children, depth + 1);
    }
}

/* ---- JSON-LD ---- */

static gboolean
type_is_article (JsonNode *type)
{
  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *a = json_node_get_array (type);
      for (guint i = 0; i < json_array_get_length (a); i++)
        if (type_is_article (json_array_get_element (a, i)))
          return TRUE;
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (type) || json_node_get_value_type (type) != G_TYPE_STRING)
    return FALSE;
  const char *t = json_node_get_string (type);
  return g_str_has_suffix (t, "Article") || g_str_has_suffix (t, "Posting")
         || g_str_equal (t, "Report") || g_str_equal (t, "NewsArticle");
}

static JsonObject *
find_article (JsonNode *node, int depth)
{
  if (node == NULL || depth > 8)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonObject *o = find_article (json_array_get_element (a, i), depth + 1);
          if (o != NULL)
            return o;
        }
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  JsonObject *o = json_node_get_object (node);
  if (type_is_article (json_object_get_member (o, "@type")))
    return o;
  static const char *const nested[] = { "@graph", "mainEntity", "mainEntityOfPage" };
  for (gsize i = 0; i < G_N_ELEMENTS (nested); i++)
    {
      JsonObject *inner = find_article (json_object_get_member (o, nested[i]), depth + 1);
      if (inner != NULL)
        return inner;
    }
  return NULL;
}

static char *
json_string (JsonObject *o, const char *member)
{
  JsonNode *n = o != NULL ? json_object_get_member (o, member) : NULL;
  if (n == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (n) && json_array_get_length (json_node_get_array (n)) > 0)
    n = json_array_get_element (json_node_get_array (n), 0);
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    {
      g_autofree char *s = g_strdup (json_node_get_string (n));
      g_strstrip (s);
      return *s ? g_steal_pointer (&s) : NULL;
    }
  return NULL;
}

/* A person or organization: "Name", {"name": …} or a list of them. */
static char *
json_names (JsonNode *n)
{
  if (n == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return g_strstrip (g_strdup (json_node_get_string (n)));
  if (JSON_NODE_HOLDS_OBJECT (n))
    return json_string (json_node_get_object (n), "name");
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      JsonArray *a = json_node_get_array (n);
      GString *out = g_string_new (NULL);
      for (guint i = 0; i < json_array_get_length (a) && i < 10; i++)
        {
          g_autofree char *name = json_names (json_array_get_element (a, i));
          if (name == NULL || *name == '\0')
            continue;
          if (out->len > 0)
            g_string_append (out, ", ");
          g_string_append (out, name);
        }
      if (out->len == 0)
        return (g_string_free (out, TRUE), NULL);
      return g_string_free (out, FALSE);
    }
  return NULL;
}

/* json-glib's parser recurses once per level: a hostile page nesting a
 * million brackets would overflow the stack.  Real JSON-LD is shallow,
 * so a script nesting deeper is skipped unparsed. */
static void
read_jsonld (Scan *s, PrecisHtmlMeta *meta, char **headline, char **date, char **author,
             char **publisher, char **in_language)
{
  for (guint i = 0; i < s->jsonld->len; i++)
    {
      const char *raw = g_ptr_array_index (s->jsonld, i);
      if (raw == NULL)
        continue;
      /* Some CMSs wrap the JSON in a CDATA section for old XHTML parsers. */
      g_autofree char *text = g_strstrip (g_strdup (raw));
      if (g_str_has_prefix (text, "<![CDATA["))
        memmove (text, text + 9, strlen (text + 9) + 1);
      if (g_str_has_suffix (text, "]]>"))
        text[strlen (text) - 3] = '\0';
      if (!precis_json_depth_within (text, -1, PRECIS_JSON_MAX_DEPTH))
        continue;
      g_autoptr (JsonParser) parser = json_parser_new_immutable ();
      if (!json_parser_load_from_data (parser, text, -1, NULL))
        continue;
      JsonObject *a = find_article (json_parser_get_root (parser), 0);
      if (a == NULL)
        continue;
      *headline = json_string (a, "headline");
      /* "headline" is sometimes a template's label ("Wikimedia list
       * article"); the "name" the <title> repeats is the better one then. */
      g_autofree char *name = json_string (a, "name");
      if (*headline == NULL
          || (name != NULL && s->title_tag != NULL && strstr (s->title_tag, *headline) == NULL
              && strstr (s->title_tag, name) != NULL))
        {
          g_free (*headline);
          *headline = g_steal_pointer (&name);
        }
      *date = json_string (a, "datePublished");
      if (*date == NULL)
        *date = json_string (a, "dateCreated");
      *author = json_names (json_object_get_member (a, "author"));
      *publisher = json_names (json_object_get_member (a, "publisher"));
      *in_language = json_string (a, "inLanguage");
      meta->body = json_string (a, "articleBody");
      return;
    }
}

/* ---- all together ---- */

static const char *
first_meta (GHashTable *m, const char *const *keys)
{
  for (; *keys != NULL; keys++)
    {
      const char *v = g_hash_table_lookup (m, *keys);
      if (v != NULL && *v != '\0')
        return v;
    }
  return NULL;
}

/* "By Jane Doe —" → "Jane Doe". */
static char *
clean_author (const char *author)
{
  if (author == NULL)
    return NULL;
  GString *c = g_string_new (NULL);
  gboolean sp = FALSE;
  precis_html_append_collapsed (c, author, strlen (author), &sp);
  g_autofree char *a = g_string_free (c, FALSE);
  char *p = a;
  if (g_ascii_strncasecmp (p, "by ", 3) == 0)
    p += 3;
  gsize len = strlen (p);
  while (len > 0 && (strchr (" ,|-:", p[len - 1]) != NULL))
    len--;
  /* A trailing dash of any width ("—", "–"). */
  while (len >= 3 && (strncmp (p + len - 3, "\u2014", 3) == 0 || strncmp (p + len - 3, "\u2013", 3) == 0))
    {
      len -= 3;
      while (len > 0 && p[len - 1] == ' ')
        len--;
    }
  return len > 0 ? g_strndup (p, len) : NULL;
}

static gboolean
is_url (const char *s)
{
  return s != NULL && (g_str_has_prefix (s, "http://") || g_str_has_prefix (s, "https://"));
}

void
precis_html_meta_read (xmlDoc *doc, PrecisHtmlMeta *meta)
{
  memset (meta, 0, sizeof *meta);
  xmlNode *root = xmlDocGetRootElement (doc);
  if (root == NULL)
    return;
  Scan s = { 0 };
  s.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  s.jsonld = g_ptr_array_new_with_free_func (xmlFree);
  scan (&s, root, 0);

  g_autofree char *ld_headline = NULL, *ld_date = NULL, *ld_author = NULL;
  g_autofree char *ld_publisher = NULL, *ld_language = NULL;
  read_jsonld (&s, meta, &ld_headline, &ld_date, &ld_author, &ld_publisher, &ld_language);

  static const char *const site_keys[] = { "og:site_name", "application-name", NULL };
  const char *site = first_meta (s.meta, site_keys);
  meta->site = g_strdup (site != NULL ? site : ld_publisher);

  static const char *const title_keys[] = { "og:title", NULL };
  static const char *const title_keys2[] = { "twitter:title", "dc:title", "dc.title",
                                             "dcterms.title", "parsely-title", "title", NULL };
  const char *title = first_meta (s.meta, title_keys);
  if (title == NULL)
    title = ld_headline;
  if (title == NULL)
    title = first_meta (s.meta, title_keys2);
  if (title == NULL)
    title = s.title_tag;
  if (title == NULL || *title == '\0')
    title = s.h1;
  if (title != NULL && *title != '\0')
    {
      g_autofree char *collapsed = NULL;
      GString *c = g_string_new (NULL);
      gboolean sp = FALSE;
      precis_html_append_collapsed (c, title, strlen (title), &sp);
      collapsed = g_string_free (c, FALSE);
      /* A title that is the page's <h1> is the headline as printed: keep it whole. */
      if (s.h1 != NULL && g_str_equal (collapsed, s.h1))
        meta->title = g_steal_pointer (&collapsed);
      else
        meta->title = precis_html_strip_site (collapsed, meta->site);
    }

  static const char *const date_keys[] = {
    "article:published_time", "og:article:published_time", "datepublished",
    "parsely-pub-date", "sailthru.date", "publication_date", "publish-date", "publishdate",
    "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
    "article.published", "og:published_time", "article:published", NULL
  };
  const char *candidates[] = { first_meta (s.meta, date_keys), ld_date, s.pub_time_datetime,
                               s.time_datetime };
  for (gsize i = 0; i < G_N_ELEMENTS (candidates) && meta->published == NULL; i++)
    meta->published = precis_html_normalize_date (candidates[i]);

  static const char *const author_keys[] = { "author", "article:author", "parsely-author",
                                             "dc.creator", "dc:creator", "sailthru.author",
                                             "byl", NULL };
  const char *author = first_meta (s.meta, author_keys);
  if (is_url (author))
    author = NULL;
  if (author == NULL)
    author = ld_author;
  if (author == NULL)
    author = s.byline;
  meta->author = clean_author (author);

  static const char *const lang_keys[] = { "content-language", "og:locale", "dc.language",
                                           "language", NULL };
  const char *lang = s.lang != NULL && *g_strstrip (s.lang) ? s.lang : NULL;
  if (lang == NULL)
    lang = first_meta (s.meta, lang_keys);
  if (lang == NULL)
    lang = ld_language;
  if (lang != NULL)
    {
      meta->language = g_strdup (lang);
      g_strdelimit (meta->language, "_", '-');
    }
  meta->h1 = g_steal_pointer (&s.h1);

  g_hash_table_unref (s.meta);
  g_ptr_array_unref (s.jsonld);
  g_free (s.lang);
  g_free (s.title_tag);
  g_free (s.time_datetime);
  g_free (s.pub_time_datetime);
  g_free (s.byline);
}

void
precis_html_meta_clear (PrecisHtmlMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->published, g_free);
  g_clear_pointer (&meta->site, g_free);
  g_clear_pointer (&meta->author, g_free);
  g_clear_pointer (&meta->language, g_free);
  g_clear_pointer (&meta->body, g_free);
  g_clear_pointer (&meta->h1, g_free);
}
