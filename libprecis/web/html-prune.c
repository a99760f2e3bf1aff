/* html-prune.c — what is not article text, before and after scoring.
 *
 * Before: scripts, styles, controls, navigation and asides, hidden nodes,
 * and (first attempt only) blocks whose class/id or role names them as
 * comments, share bars, related links, menus, ads, bylines.  After: inside
 * the chosen element, link lists and blocks that carry more links, images
 * or inputs than prose.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "html-prune.h"

#include "html-dom.h"

#include <string.h>

static const char *const unlikely_words[] = {
  "ad-break", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
  "cookie", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends",
  "menu", "newsletter", "outbrain", "pager", "pagination", "popup", "related", "remark",
  "replies", "rss", "share", "shoutbox", "sidebar", "signup", "skyscraper", "social",
  "sponsor", "subscribe", "supplemental", "taboola", "yom-remote", "modal", NULL
};

static const char *const maybe_words[] = {
  "and", "article", "body", "column", "content", "main", "shadow", "story", "entry", NULL
};

static const char *const unlikely_roles[] = {
  "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  "search", NULL
};

/* Never text of the article. */
static const char *const junk_tags[] = {
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
  "canvas", "button", "input", "select", "textarea", "option", "link", "meta", "nav",
  "aside", "footer", "dialog", "head", "map", "audio", "video", "source", "track",
  NULL
};

static const char *const byline_words[] = {
  "byline", "author", "dateline", "writtenby", "p-author", "credit", NULL
};

static gboolean
is_hidden (const xmlNode *n)
{
  if (xmlHasProp ((xmlNode *) n, (const xmlChar *) "hidden"))
    return TRUE;
  g_autofree char *aria = precis_html_attr (n, "aria-hidden");
  if (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0)
    return TRUE;
  g_autofree char *style = precis_html_attr (n, "style");
  if (style == NULL)
    return FALSE;
  g_autofree char *st = g_ascii_strdown (style, -1);
  char *p;
  if ((p = strstr (st, "display")) != NULL)
    {
      p += 7;
      while (*p == ' ' || *p == ':')
        p++;
      if (g_str_has_prefix (p, "none"))
        return TRUE;
    }
  if ((p = strstr (st, "visibility")) != NULL)
    {
      p += 10;
      while (*p == ' ' || *p == ':')
        p++;
      if (g_str_has_prefix (p, "hidden"))
        return TRUE;
    }
  return FALSE;
}

static void
drop (xmlNode *n)
{
  xmlUnlinkNode (n);
  xmlFreeNode (n);
}

static gboolean
is_unlikely (Scorer *s, xmlNode *n)
{
  g_autofree char *role = precis_html_attr (n, "role");
  if (role != NULL)
    {
      g_autofree char *r = g_ascii_strdown (role, -1);
      for (const char *const *u = unlikely_roles; *u; u++)
        if (g_str_equal (r, *u))
          return TRUE;
    }
  if (precis_html_is (n, "body") || precis_html_is (n, "a") || precis_html_is (n, "article")
      || precis_html_is (n, "main") || precis_html_is (n, "html"))
    return FALSE;
  g_autofree char *ci = precis_html_class_id (n);
  return precis_html_has_word (ci, unlikely_words) && !precis_html_has_word (ci, maybe_words);
}

/* "By Jane Doe | 4 May 2015, updated 20:13": metadata, not article text
 * (the metadata reader has already taken the author); and a picture's
 * credit ("Credit Jeon Heon-Kyun/EPA, via Shutterstock", schema.org's
 * copyrightHolder), which a reader's facts panel took for a person. */
static gboolean
is_byline (const xmlNode *n)
{
  if (precis_html_is (n, "body") || precis_html_is (n, "article") || precis_html_is (n, "main"))
    return FALSE;
  g_autofree char *rel = precis_html_attr (n, "rel");
  g_autofree char *itemprop = precis_html_attr (n, "itemprop");
  g_autofree char *ci = precis_html_class_id (n);
  if (!(rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
      && !(itemprop != NULL && (strstr (itemprop, "author") != NULL || strstr (itemprop, "copyright") != NULL))
      && !precis_html_has_word (ci, byline_words))
    return FALSE;
  g_autofree char *text = precis_html_text (n);
  return g_utf8_strlen (text, -1) < 100;
}

/* Remove what can never be article text, and whatever nests too deep. */
static void
prepare (Scorer *s, xmlNode *parent, int depth, gboolean in_table)
{
  xmlNode *next;
  for (xmlNode *n = parent->children; n != NULL; n = next)
    {
      next = n->next;
      if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE || n->type == XML_DTD_NODE)
        {
          drop (n);
          continue;
        }
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (depth >= PRECIS_HTML_MAX_DEPTH || precis_html_is_tag_in (n, junk_tags) || is_hidden (n)
          || ((s->flags & PRECIS_SCORE_STRIP_UNLIKELY) && !in_table
              && (is_unlikely (s, n) || is_byline (n))))
        {
          drop (n);
          continue;
        }
      prepare (s, n, depth + 1, in_table || precis_html_is (n, "table"));
    }
}

/* Take `n`'s figures out of its ancestors' before it goes. */
static void
subtract (Scorer *s, xmlNode *n, xmlNode *root)
{
  Info *ni = precis_html_info_of (s, n);
  if (ni == NULL)
    return;
  for (xmlNode *a = n->parent; a != NULL && a->type == XML_ELEMENT_NODE; a = a->parent)
    {
      Info *ai = precis_html_info_of (s, a);
      if (ai == NULL)
        break;
      ai->text -= MIN (ai->text, ni->text);
      ai->links -= MIN (ai->links, ni->links);
      ai->commas -= MIN (ai->commas, ni->commas);
      ai->headings -= MIN (ai->headings, ni->headings);
      ai->n_p -= MIN (ai->n_p, ni->n_p);
      ai->n_img -= MIN (ai->n_img, ni->n_img);
      ai->n_li -= MIN (ai->n_li, ni->n_li);
      ai->n_input -= MIN (ai->n_input, ni->n_input);
      ai->li_text -= MIN (ai->li_text, ni->li_text);
      if (a == root)
        break;
    }
}

static gboolean
junk_inside (Scorer *s, xmlNode *n)
{
  Info *i = precis_html_info_of (s, n);
  if (i == NULL)
    return FALSE;
  if (precis_html_is_heading (n))
    return precis_html_class_weight (s, n) < 0 || (i->text > 0 && precis_html_link_density (i) > 0.5);
  static const char *const checked[] = { "table", "ul", "ol", "dl", "div", "section", "form",
                                         "figure", "header", "aside", NULL };
  if (!precis_html_is_tag_in (n, checked))
    return FALSE;
  int weight = precis_html_class_weight (s, n);
  if (weight + (i->scored ? i->score : 0) < 0)
    return TRUE;
  if (i->commas >= 10)
    return FALSE;
  gboolean is_list = precis_html_is (n, "ul") || precis_html_is (n, "ol")
                     || (i->text > 0 && i->li_text >= 0.9 * i->text);
  double ld = precis_html_link_density (i);
  if (i->n_img > 1 && (double) i->n_p / i->n_img < 0.5 && i->text < 200)
    return TRUE;
  if (i->n_input > i->n_p / 3)
    return TRUE;
  if (!is_list && i->text < 25 && !precis_html_is (n, "figure")
      && (i->n_img == 0 || i->n_img > 2) && (i->text == 0 || i->headings < 0.9 * i->text))
    return TRUE;
  if (!is_list && weight < 25 && ld > 0.2)
    return TRUE;
  if (weight >= 25 && ld > 0.5)
    return TRUE;
  if (is_list && ld > 0.7 && i->text > 0)
    return TRUE;
  return FALSE;
}

static void
clean (Scorer *s, xmlNode *n, xmlNode *root, int depth)
{
  xmlNode *next;
  for (xmlNode *c = n->children; c != NULL; c = next)
    {
      next = c->next;
      if (c->type != XML_ELEMENT_NODE)
        continue;
      clean (s, c, root, depth + 1);
      if (junk_inside (s, c))
        {
          subtract (s, c, root);
          drop (c);
        }
    }
}

void
precis_html_prune_page (Scorer *s, xmlNode *root)
{
  prepare (s, root, 0, FALSE);
}

void
precis_html_prune_article (Scorer *s, xmlNode *article)
{
  clean (s, article, article, 0);
}
