/* html-article.c — the article of a web page: parse, find, write out as text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "html-article.h"
#include "markup-attributes.h"
#include "html-dom.h"
#include "html-meta.h"
#include "html-score.h"
#include "errors.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <string.h>

/* Below this many characters an attempt is retried with fewer filters
 * (a page whose whole layout carries a "sidebar" class, say). */
#define RETRY_BELOW_CHARS 500
/* Less text than this is not an article. */
#define MIN_ARTICLE_CHARS 80
/* A "heading" longer than this is a paragraph in big type. */
#define MAX_HEADING_CHARS 300
/* A JSON-LD articleBody shorter than this is a teaser, not the text. */
#define MIN_BODY_CHARS 200

typedef struct {
  GString *out;
  GString *para;
  GArray *headings;
  guint32 lines;
  gboolean space;
  char *title_key;   /* casefolded title: a heading repeating it is dropped */
  guint in_link;     /* depth of <a> elements around the text being written */
  gsize link_bytes;  /* bytes of text written from inside links */
} Writer;

static char *
fold (const char *s)
{
  g_autofree char *f = g_utf8_casefold (s, -1);
  GString *k = g_string_new (NULL);
  for (const char *p = f; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (k, c);
    }
  return g_string_free (k, FALSE);
}

static void
flush (Writer *w, gboolean heading)
{
  gsize len = w->para->len;
  while (len > 0 && w->para->str[len - 1] == ' ')
    len--;
  g_string_truncate (w->para, len);
  w->space = FALSE;
  if (w->para->len == 0)
    return;
  if (heading && g_utf8_strlen (w->para->str, -1) > MAX_HEADING_CHARS)
    heading = FALSE;
  if (heading && w->title_key != NULL)
    {
      g_autofree char *k = fold (w->para->str);
      if (g_str_equal (k, w->title_key))
        {
          g_string_truncate (w->para, 0);
          return;
        }
    }
  if (w->out->len > 0)
    g_string_append (w->out, "\n\n");
  g_string_append_len (w->out, w->para->str, w->para->len);
  if (heading)
    g_array_append_val (w->headings, w->lines);
  w->lines++;
  g_string_truncate (w->para, 0);
}

static void
write_pre (Writer *w, const xmlNode *n)
{
  g_autofree char *raw = (char *) xmlNodeGetContent ((xmlNode *) n);
  if (raw == NULL)
    return;
  g_auto (GStrv) lines = g_strsplit (raw, "\n", -1);
  for (char **l = lines; *l != NULL; l++)
    {
      precis_html_append_collapsed (w->para, *l, strlen (*l), &w->space);
      flush (w, FALSE);
    }
}

static void write_node (Writer *w, const xmlNode *n, int depth);

static void
write_one (Writer *w, const xmlNode *c, int depth)
{
  if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
    {
      gsize before = w->para->len;

      if (c->content != NULL)
        precis_html_append_collapsed (w->para, (const char *) c->content,
                                      strlen ((const char *) c->content), &w->space);
      if (w->in_link > 0)
        w->link_bytes += w->para->len - before;
      return;
    }
  if (c->type != XML_ELEMENT_NODE)
    return;
  if (precis_html_is (c, "br") || precis_html_is (c, "hr"))
    flush (w, FALSE);
  else if (precis_html_is_heading (c))
    {
      flush (w, FALSE);
      write_node (w, c, depth + 1);
      flush (w, TRUE);
    }
  else if (precis_html_is (c, "pre"))
    {
      flush (w, FALSE);
      write_pre (w, c);
    }
  else if (precis_html_is_block (c))
    {
      flush (w, FALSE);
      write_node (w, c, depth + 1);
      flush (w, FALSE);
    }
  else if (precis_html_is (c, "a"))
    {
      w->in_link++;
      write_node (w, c, depth + 1);
      w->in_link--;
    }
  else
    write_node (w, c, depth + 1);
}

static void
write_node (Writer *w, const xmlNode *n, int depth)
{
  if (depth > PRECIS_HTML_MAX_DEPTH)
    return;
  for (const xmlNode *c = n->children; c != NULL; c = c->next)
    write_one (w, c, depth);
}

static void
write_element (Writer *w, const xmlNode *n)
{
  write_one (w, n, 0);
  flush (w, FALSE);
}

static void
writer_init (Writer *w, const char *title)
{
  w->out = g_string_new (NULL);
  w->para = g_string_new (NULL);
  w->headings = g_array_new (FALSE, FALSE, sizeof (guint32));
  w->lines = 0;
  w->space = FALSE;
  w->in_link = 0;
  w->link_bytes = 0;
  w->title_key = title != NULL ? fold (title) : NULL;
  if (w->title_key != NULL && *w->title_key == '\0')
    g_clear_pointer (&w->title_key, g_free);
}

static void
writer_clear (Writer *w)
{
  if (w->out)
    g_string_free (w->out, TRUE);
  if (w->para)
    g_string_free (w->para, TRUE);
  if (w->headings)
    g_array_unref (w->headings);
  g_free (w->title_key);
  memset (w, 0, sizeof *w);
}

static xmlDoc *
parse (const char *html, gsize length, const char *url)
{
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                | HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  g_autofree char *bounded = precis_markup_bound_attributes (&html, &length);

  return htmlReadMemory (html, (int) MIN (length, (gsize) G_MAXINT), url, "UTF-8", options);
}

/* Words of `text`, folded, as a set. */
static GHashTable *
word_set (const char *text)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *f = g_utf8_casefold (text, -1);
  GString *word = g_string_new (NULL);
  for (const char *p = f;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        g_hash_table_add (set, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return set;
}

/* Share of `body`'s words that `text` has too. */
static double
coverage (const char *body, const char *text)
{
  g_autoptr (GHashTable) have = word_set (text);
  g_autoptr (GHashTable) want = word_set (body);
  if (g_hash_table_size (want) == 0)
    return 1.0;
  guint hit = 0;
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, want);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (g_hash_table_contains (have, key))
      hit++;
  return (double) hit / g_hash_table_size (want);
}

/* JSON-LD articleBody is plain text; markup or a teaser means it is not usable. */
static gboolean
body_is_sane (const char *body)
{
  if (body == NULL || g_utf8_strlen (body, -1) < MIN_BODY_CHARS)
    return FALSE;
  return strstr (body, "</") == NULL && strstr (body, "<p") == NULL && strstr (body, "<br") == NULL;
}

static void
write_plain (Writer *w, const char *body)
{
  g_auto (GStrv) lines = g_strsplit (body, "\n", -1);
  for (char **l = lines; *l != NULL; l++)
    {
      precis_html_append_collapsed (w->para, *l, strlen (*l), &w->space);
      flush (w, FALSE);
    }
}

static void
init_libxml (void)
{
  static gsize done = 0;
  if (g_once_init_enter (&done))
    {
      xmlInitParser ();
      g_once_init_leave (&done, 1);
    }
}

/* Control characters other than white space: in binary data (an image,
 * an archive, a gzip body served without its encoding) about one byte in
 * ten, in HTML or text none.  The bytes looked at and the share that make
 * a page binary. */
#define BINARY_WINDOW 8192
#define BINARY_PER_MILLE 20

static gboolean
looks_binary (const char *data, gsize length, guint *controls, gsize *window)
{
  *window = MIN (length, BINARY_WINDOW);
  *controls = 0;
  for (gsize i = 0; i < *window; i++)
    {
      guchar c = (guchar) data[i];

      *controls += (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
    }
  return *window > 0 && *controls * 1000 > *window * BINARY_PER_MILLE;
}

PrecisArticle *
precis_article_extract (const char *html, gssize length, const char *url, GError **error)
{
  g_return_val_if_fail (html != NULL, NULL);
  init_libxml ();
  gsize len = length < 0 ? strlen (html) : (gsize) length;
  g_autofree char *valid = NULL;
  guint controls;
  gsize window;

  /* Parsed as HTML, binary data gives words of junk, or "links" where a
   * "<a" happens to occur: say what it is instead. */
  if (looks_binary (html, len, &controls, &window))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE,
                   "%s%sthe page is binary data, not HTML or text (%u of its first %" G_GSIZE_FORMAT
                   " bytes are control characters)", url ? url : "", url ? ": " : "", controls, window);
      return NULL;
    }
  if (!g_utf8_validate_len (html, len, NULL))
    {
      valid = g_utf8_make_valid (html, len);
      html = valid;
      len = strlen (valid);
    }

  PrecisHtmlMeta meta = { 0 };
  Writer best = { 0 };
  static const PrecisScoreFlags attempts[] = {
    PRECIS_SCORE_ALL,
    PRECIS_SCORE_ALL & ~PRECIS_SCORE_STRIP_UNLIKELY,
    PRECIS_SCORE_ALL & ~PRECIS_SCORE_STRIP_UNLIKELY & ~PRECIS_SCORE_WEIGHT_CLASSES,
    0,
  };
  for (gsize a = 0; a < G_N_ELEMENTS (attempts); a++)
    {
      xmlDoc *doc = parse (html, len, url);
      if (doc == NULL)
        break;
      if (a == 0)
        precis_html_meta_read (doc, &meta);
      g_autoptr (GPtrArray) content = precis_html_score (doc, attempts[a]);
      Writer w;
      writer_init (&w, meta.title);
      for (guint i = 0; i < content->len; i++)
        write_element (&w, g_ptr_array_index (content, i));
      xmlFreeDoc (doc);
      if (best.out == NULL || w.out->len > best.out->len)
        {
          writer_clear (&best);
          best = w;
        }
      else
        writer_clear (&w);
      if (g_utf8_strlen (best.out->str, -1) >= RETRY_BELOW_CHARS)
        break;
    }

  /* The page's own statement of its text, when the markup hides much of it. */
  if (body_is_sane (meta.body)
      && (best.out == NULL || coverage (meta.body, best.out->str) < 0.6))
    {
      writer_clear (&best);
      writer_init (&best, NULL);
      write_plain (&best, meta.body);
    }

  if (best.out == NULL || g_utf8_strlen (best.out->str, -1) < MIN_ARTICLE_CHARS ||
      best.link_bytes > best.out->len / 2)
    {
      /* Mostly link text: a directory listing, an index or a portal page,
       * whose "sentences" would be the names of other pages. */
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE,
                   "%s%sno article text found in the page%s", url ? url : "", url ? ": " : "",
                   best.out != NULL && best.link_bytes > best.out->len / 2
                   ? " (it is mostly links: an index or listing page)" : "");
      writer_clear (&best);
      precis_html_meta_clear (&meta);
      return NULL;
    }

  PrecisArticle *article = g_new0 (PrecisArticle, 1);
  article->text = g_string_free (g_steal_pointer (&best.out), FALSE);
  if (best.headings->len > 0)
    article->heading_lines = g_array_ref (best.headings);
  article->title = g_steal_pointer (&meta.title);
  article->published = g_steal_pointer (&meta.published);
  article->site = g_steal_pointer (&meta.site);
  article->author = g_steal_pointer (&meta.author);
  article->language = g_steal_pointer (&meta.language);
  article->url = g_strdup (url);
  writer_clear (&best);
  precis_html_meta_clear (&meta);
  return article;
}

void
precis_article_free (PrecisArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->text);
  if (article->heading_lines != NULL)
    g_array_unref (article->heading_lines);
  g_free (article->title);
  g_free (article->published);
  g_free (article->site);
  g_free (article->author);
  g_free (article->language);
  g_free (article->url);
  g_free (article);
}
