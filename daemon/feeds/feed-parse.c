/* feed-parse.c — RSS 2.0, RSS 1.0 (RDF) and Atom documents into items.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One walker serves the three formats: they differ in element names and
 * namespaces, not in shape (a channel with items, each with a few text
 * fields).  Text is only ever read from text and CDATA nodes, so an
 * entity reference that survived parsing stays unexpanded.
 */
#include "config.h"

#include <libsoup/soup.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <string.h>

#include "call-options.h"
#include "errors.h"
#include "feed-parse.h"
#include "markup-attributes.h"

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_XHTML "http://www.w3.org/1999/xhtml"

/* --- text ------------------------------------------------------------------ */

typedef struct {
  GString *out;
  gboolean space;   /* a blank is pending inside the current paragraph */
} TextWriter;

static void
text_break (TextWriter *w)
{
  while (w->out->len > 0 && w->out->str[w->out->len - 1] == ' ')
    g_string_truncate (w->out, w->out->len - 1);
  if (w->out->len > 0 && !g_str_has_suffix (w->out->str, "\n\n"))
    g_string_append (w->out, "\n\n");
  w->space = FALSE;
}

static void
text_append (TextWriter *w, const char *text)
{
  /* libxml2 in recovery mode passes invalid UTF-8 through, and
   * g_utf8_next_char() would step over the NUL after a truncated
   * sequence (found by tests/fuzz/fuzz-feed). */
  g_autofree char *repaired = g_utf8_validate (text, -1, NULL) ? NULL : g_utf8_make_valid (text, -1);

  if (repaired != NULL)
    text = repaired;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          w->space = TRUE;
          continue;
        }
      if (w->space && w->out->len > 0 && w->out->str[w->out->len - 1] != '\n')
        g_string_append_c (w->out, ' ');
      w->space = FALSE;
      g_string_append_unichar (w->out, c);
    }
}

static gboolean
is_block (const char *name)
{
  static const char *const blocks[] = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul", NULL
  };

  for (const char *const *b = blocks; *b; b++)
    if (g_ascii_strcasecmp (name, *b) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_skipped (const char *name)
{
  return g_ascii_strcasecmp (name, "script") == 0 || g_ascii_strcasecmp (name, "style") == 0 ||
         g_ascii_strcasecmp (name, "noscript") == 0 || g_ascii_strcasecmp (name, "template") == 0 ||
         g_ascii_strcasecmp (name, "figcaption") == 0 || g_ascii_strcasecmp (name, "iframe") == 0;
}

static void
write_tree (TextWriter *w, xmlNode *node, guint depth)
{
  /* A feed nests a few levels; a document nesting thousands is hostile. */
  if (depth > 200)
    return;
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          if (n->content != NULL)
            text_append (w, (const char *) n->content);
        }
      else if (n->type == XML_ELEMENT_NODE)
        {
          const char *name = (const char *) n->name;
          gboolean block = is_block (name);

          if (is_skipped (name))
            continue;
          if (block)
            text_break (w);
          write_tree (w, n->children, depth + 1);
          if (block)
            text_break (w);
        }
    }
}

/* libxml2 in recovery mode passes bytes that are not UTF-8 through as
 * they are; D-Bus would refuse them in ArticleSummarized. */
static char *
valid_utf8 (char *text)
{
  char *valid;

  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return text;
  valid = g_utf8_make_valid (text, -1);
  g_free (text);
  return valid;
}

static char *
writer_finish (TextWriter *w)
{
  text_break (w);
  while (w->out->len > 0 && w->out->str[w->out->len - 1] == '\n')
    g_string_truncate (w->out, w->out->len - 1);
  return valid_utf8 (g_string_free (w->out, FALSE));
}

char *
precis_feed_html_to_text (const char *html)
{
  TextWriter w = { g_string_new (NULL), FALSE };
  htmlDocPtr doc;
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED;

  gsize length;
  g_autofree char *bounded = NULL;

  if (html == NULL || *html == '\0')
    return writer_finish (&w);
  length = strlen (html);
  bounded = precis_markup_bound_attributes (&html, &length);
  doc = htmlReadMemory (html, (int) MIN (length, (gsize) G_MAXINT), NULL, "UTF-8", options);
  if (doc != NULL)
    write_tree (&w, doc->children, 0);
  xmlFreeDoc (doc);
  return writer_finish (&w);
}

/* The text directly inside an element (no markup interpretation). */
static char *
node_text (xmlNode *node)
{
  TextWriter w = { g_string_new (NULL), FALSE };

  write_tree (&w, node->children, 0);
  return writer_finish (&w);
}

/* An element that may carry HTML: escaped HTML, CDATA HTML, XHTML children
 * or plain text (Atom's type="text"). */
static char *
node_rich_text (xmlNode *node)
{
  g_autofree xmlChar *type = xmlGetProp (node, (const xmlChar *) "type");
  g_autofree char *raw = NULL;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      return node_text (node);  /* inline XHTML */
  raw = node_text (node);
  if (type != NULL && (strcmp ((const char *) type, "text") == 0 ||
                       strcmp ((const char *) type, "text/plain") == 0))
    return g_steal_pointer (&raw);
  {
    /* Raw text for the HTML parser keeps the markup the XML text held. */
    GString *html = g_string_new (NULL);

    for (xmlNode *c = node->children; c != NULL; c = c->next)
      if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
        g_string_append (html, (const char *) c->content);
    g_free (raw);
    raw = precis_feed_html_to_text (html->str);
    g_string_free (html, TRUE);
  }
  return g_steal_pointer (&raw);
}

/* --- helpers ----------------------------------------------------------------- */

static gboolean
has_ns (xmlNode *node, const char *ns)
{
  if (ns == NULL)
    return node->ns == NULL || node->ns->href == NULL;
  return node->ns != NULL && node->ns->href != NULL &&
         strcmp ((const char *) node->ns->href, ns) == 0;
}

static gboolean
is (xmlNode *node, const char *ns, const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0 &&
         has_ns (node, ns);
}

static char *
nonempty (char *text)
{
  text = valid_utf8 (text);
  if (text != NULL)
    g_strstrip (text);
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_once (char **slot, char *value)
{
  value = nonempty (value);
  if (*slot == NULL)
    *slot = value;
  else
    g_free (value);
}

static char *
resolve (const char *base, const char *href)
{
  g_autoptr (GUri) uri = NULL;

  if (href == NULL || *href == '\0')
    return NULL;
  if (base != NULL)
    {
      g_autoptr (GUri) b = g_uri_parse (base, G_URI_FLAGS_PARSE_RELAXED, NULL);

      if (b != NULL)
        uri = g_uri_parse_relative (b, href, G_URI_FLAGS_PARSE_RELAXED, NULL);
    }
  if (uri == NULL)
    uri = g_uri_parse (href, G_URI_FLAGS_PARSE_RELAXED, NULL);
  /* Only web links: a feed must not make precisd open file:// or worse. */
  if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
                      g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
    return NULL;
  /* The relaxed parser can give a host with a path not starting with '/'
   * ("https://a.;b/c"), which g_uri_to_string() refuses with a critical
   * (found by tests/fuzz/fuzz-feed): no such link. */
  {
    const char *path = g_uri_get_path (uri);

    if (g_uri_get_host (uri) != NULL && path[0] != '\0' && path[0] != '/')
      return NULL;
  }
  return g_uri_to_string (uri);
}

static GDateTime *
parse_date (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text));
  GDateTime *date;

  if (*t == '\0')
    return NULL;
  date = soup_date_time_new_from_http_string (t);  /* RFC 822 / 1123 */
  if (date == NULL)
    date = precis_parse_iso8601 (t);
  return date;
}

static void
item_free (PrecisFeedItem *item)
{
  g_free (item->id);
  g_free (item->link);
  g_free (item->title);
  g_free (item->summary);
  g_free (item->content);
  g_free (item->author);
  g_clear_pointer (&item->published, g_date_time_unref);
  g_free (item);
}

void
precis_feed_free (PrecisFeed *feed)
{
  if (feed == NULL)
    return;
  g_free (feed->title);
  g_free (feed->link);
  g_free (feed->language);
  g_ptr_array_unref (feed->items);
  g_free (feed);
}

/* --- items ------------------------------------------------------------------- */

static void
set_date (GDateTime **slot, xmlNode *node)
{
  g_autofree char *text = node_text (node);

  if (*slot == NULL)
    *slot = parse_date (text);
}

static char *
atom_link (xmlNode *node, const char *base)
{
  g_autofree xmlChar *rel = xmlGetProp (node, (const xmlChar *) "rel");
  g_autofree xmlChar *href = xmlGetProp (node, (const xmlChar *) "href");

  if (rel != NULL && strcmp ((const char *) rel, "alternate") != 0)
    return NULL;
  return resolve (base, (const char *) href);
}

static PrecisFeedItem *
parse_item (xmlNode *item, const char *base, gboolean atom)
{
  PrecisFeedItem *it = g_new0 (PrecisFeedItem, 1);
  GDateTime *updated = NULL;
  g_autofree char *guid_link = NULL;

  if (!atom)
    {
      /* RSS 1.0 names each item by its URI. */
      g_autofree xmlChar *about = xmlGetNsProp (item, (const xmlChar *) "about",
                                                (const xmlChar *) NS_RDF);

      if (about != NULL)
        set_once (&it->id, g_strdup ((const char *) about));
    }
  for (xmlNode *n = item->children; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (atom)
        {
          if (is (n, NS_ATOM, "id"))
            set_once (&it->id, node_text (n));
          else if (is (n, NS_ATOM, "title"))
            set_once (&it->title, node_rich_text (n));
          else if (is (n, NS_ATOM, "link"))
            set_once (&it->link, atom_link (n, base));
          else if (is (n, NS_ATOM, "summary"))
            set_once (&it->summary, node_rich_text (n));
          else if (is (n, NS_ATOM, "content"))
            set_once (&it->content, node_rich_text (n));
          else if (is (n, NS_ATOM, "published"))
            set_date (&it->published, n);
          else if (is (n, NS_ATOM, "updated"))
            set_date (&updated, n);
          else if (is (n, NS_ATOM, "author"))
            {
              for (xmlNode *c = n->children; c != NULL; c = c->next)
                if (c->type == XML_ELEMENT_NODE && is (c, NS_ATOM, "name"))
                  set_once (&it->author, node_text (c));
            }
          continue;
        }
      if (is (n, NULL, "guid") || is (n, NS_RSS1, "guid"))
        {
          g_autofree xmlChar *permalink = xmlGetProp (n, (const xmlChar *) "isPermaLink");
          g_autofree char *text = nonempty (node_text (n));

          if (text != NULL && (permalink == NULL || strcmp ((const char *) permalink, "false") != 0))
            set_once (&guid_link, resolve (base, text));
          set_once (&it->id, g_steal_pointer (&text));
        }
      else if (is (n, NULL, "title") || is (n, NS_RSS1, "title"))
        set_once (&it->title, node_rich_text (n));
      else if (is (n, NULL, "link") || is (n, NS_RSS1, "link"))
        {
          g_autofree char *text = nonempty (node_text (n));

          set_once (&it->link, resolve (base, text));
        }
      else if (is (n, NULL, "description") || is (n, NS_RSS1, "description"))
        set_once (&it->summary, node_rich_text (n));
      else if (is (n, NS_CONTENT, "encoded"))
        set_once (&it->content, node_rich_text (n));
      else if (is (n, NULL, "pubDate") || is (n, NS_DC, "date"))
        set_date (&it->published, n);
      else if (is (n, NS_DC, "creator") || is (n, NULL, "author"))
        set_once (&it->author, node_text (n));
    }
  if (it->published == NULL)
    it->published = g_steal_pointer (&updated);
  g_clear_pointer (&updated, g_date_time_unref);
  if (it->link == NULL)
    it->link = g_steal_pointer (&guid_link);
  if (it->id == NULL && it->link != NULL)
    it->id = g_strdup (it->link);
  if (it->id == NULL && it->title != NULL)
    it->id = g_strconcat ("title:", it->title, NULL);
  if (it->id == NULL)
    {
      item_free (it);
      return NULL;  /* nothing to tell it from the next poll's items */
    }
  return it;
}

static void
add_item (PrecisFeed *feed, PrecisFeedItem *item)
{
  if (item != NULL)
    g_ptr_array_add (feed->items, item);
}

static void
parse_channel_fields (PrecisFeed *feed, xmlNode *channel, const char *base, const char *ns)
{
  for (xmlNode *n = channel->children; n != NULL; n = n->next)
    {
      if (is (n, ns, "title"))
        set_once (&feed->title, node_rich_text (n));
      else if (is (n, NULL, "language") || is (n, NS_DC, "language"))
        set_once (&feed->language, node_text (n));
      else if (is (n, ns, "link"))
        {
          if (ns != NULL && strcmp (ns, NS_ATOM) == 0)
            set_once (&feed->link, atom_link (n, base));
          else
            {
              g_autofree char *text = nonempty (node_text (n));

              set_once (&feed->link, resolve (base, text));
            }
        }
    }
}

PrecisFeed *
precis_feed_parse (const char *data, gssize length, const char *base_url, GError **error)
{
  /* No NOENT (entities stay references), no DTDLOAD, no network. */
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
                XML_PARSE_RECOVER;
  g_autoptr (PrecisFeed) feed = NULL;
  g_autofree char *bounded = NULL;
  xmlDocPtr doc;
  xmlNode *root;
  gsize size;

  g_return_val_if_fail (data != NULL, NULL);
  size = length < 0 ? strlen (data) : (gsize) length;
  bounded = precis_markup_bound_attributes (&data, &size);
  doc = xmlReadMemory (data, (int) MIN (size, (gsize) G_MAXINT), base_url, NULL, options);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_A_FEED,
                   "%s is not an RSS or Atom feed: it is not XML (a web page?)",
                   base_url ? base_url : "the feed");
      return NULL;
    }

  feed = g_new0 (PrecisFeed, 1);
  feed->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  if (is (root, NS_ATOM, "feed"))
    {
      xmlChar *lang = xmlNodeGetLang (root);

      set_once (&feed->language, g_strdup ((const char *) lang));
      xmlFree (lang);
      parse_channel_fields (feed, root, base_url, NS_ATOM);
      for (xmlNode *n = root->children; n != NULL; n = n->next)
        if (is (n, NS_ATOM, "entry"))
          add_item (feed, parse_item (n, base_url, TRUE));
    }
  else if (is (root, NULL, "rss"))
    {
      for (xmlNode *c = root->children; c != NULL; c = c->next)
        if (is (c, NULL, "channel"))
          {
            parse_channel_fields (feed, c, base_url, NULL);
            for (xmlNode *n = c->children; n != NULL; n = n->next)
              if (is (n, NULL, "item"))
                add_item (feed, parse_item (n, base_url, FALSE));
          }
    }
  else if (is (root, NS_RDF, "RDF"))
    {
      /* RSS 1.0: items are siblings of the channel, not its children. */
      for (xmlNode *n = root->children; n != NULL; n = n->next)
        if (is (n, NS_RSS1, "channel"))
          parse_channel_fields (feed, n, base_url, NS_RSS1);
        else if (is (n, NS_RSS1, "item"))
          add_item (feed, parse_item (n, base_url, FALSE));
    }
  else
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_A_FEED,
                   "%s is XML but not an RSS or Atom feed (its root is <%s>)",
                   base_url ? base_url : "the feed", (const char *) root->name);
      xmlFreeDoc (doc);
      return NULL;
    }
  xmlFreeDoc (doc);
  return g_steal_pointer (&feed);
}
