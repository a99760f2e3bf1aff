/* html-score.c — find the article's nodes in a page by scoring its blocks.
 *
 * The reader-view idea: paragraphs of real prose (long, with commas, few
 * links) vote for the containers above them; the best container, and
 * those of its siblings that look like part of the same text, are the
 * article.  Class and id words ("article", "story" vs "comment", "share")
 * tip the balance, and blocks that are clearly not prose are dropped
 * first (navigation, hidden nodes, forms' controls) and last (link lists,
 * junk inside the chosen container).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "html-score.h"
#include "html-dom.h"

#include <string.h>

typedef struct {
  double score;
  gboolean scored;
  guint text;         /* characters of collapsed text */
  guint links;        /* of which inside <a> */
  guint commas;
  guint headings;     /* characters inside h1-h6 */
  guint n_p, n_img, n_li, n_input;
  guint li_text;      /* characters inside <li> */
  xmlNode *node;
} Info;

typedef struct {
  GArray *infos;      /* Info; element->_private holds index + 1 */
  GPtrArray *paragraphs;
  PrecisScoreFlags flags;
  xmlNode *body;
} Scorer;

static Info *
info_of (Scorer *s, const xmlNode *n)
{
  gsize i = GPOINTER_TO_SIZE (n->_private);
  return i == 0 ? NULL : &g_array_index (s->infos, Info, i - 1);
}

static gboolean
has_word (const char *haystack, const char *const *words)
{
  if (haystack == NULL)
    return FALSE;
  /* A word counts where it starts a name or a part of one ("comment",
   * "post-comments", "sidebar__comment"), not inside another word
   * ("ctxtmenu", "commentary" still matches: prefixes are meant). */
  for (; *words != NULL; words++)
    for (const char *p = strstr (haystack, *words); p != NULL; p = strstr (p + 1, *words))
      if (p == haystack || !g_ascii_isalpha (p[-1]) || !g_ascii_isalpha (**words))
        return TRUE;
  return FALSE;
}

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
static const char *const positive_words[] = {
  "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
  "text", "blog", "story", "prose", NULL
};
static const char *const negative_words[] = {
  "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
  "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
  "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
  "newsletter", "subscribe", "byline", NULL
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

static int
class_weight (Scorer *s, const xmlNode *n)
{
  if (!(s->flags & PRECIS_SCORE_WEIGHT_CLASSES))
    return 0;
  g_autofree char *ci = precis_html_class_id (n);
  int w = 0;
  if (has_word (ci, negative_words))
    w -= 25;
  if (has_word (ci, positive_words))
    w += 25;
  return w;
}

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

static gboolean
is_tag_in (const xmlNode *n, const char *const *tags)
{
  for (; *tags != NULL; tags++)
    if (precis_html_is (n, *tags))
      return TRUE;
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
  return has_word (ci, unlikely_words) && !has_word (ci, maybe_words);
}

static const char *const byline_words[] = {
  "byline", "author", "dateline", "writtenby", "p-author", NULL
};

/* "By Jane Doe | 4 May 2015, updated 20:13": metadata, not article text
 * (the metadata reader has already taken the author). */
static gboolean
is_byline (const xmlNode *n)
{
  if (precis_html_is (n, "body") || precis_html_is (n, "article") || precis_html_is (n, "main"))
    return FALSE;
  g_autofree char *rel = precis_html_attr (n, "rel");
  g_autofree char *itemprop = precis_html_attr (n, "itemprop");
  g_autofree char *ci = precis_html_class_id (n);
  if (!(rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
      && !(itemprop != NULL && strstr (itemprop, "author") != NULL)
      && !has_word (ci, byline_words))
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
      if (depth >= PRECIS_HTML_MAX_DEPTH || is_tag_in (n, junk_tags) || is_hidden (n)
          || ((s->flags & PRECIS_SCORE_STRIP_UNLIKELY) && !in_table
              && (is_unlikely (s, n) || is_byline (n))))
        {
          drop (n);
          continue;
        }
      prepare (s, n, depth + 1, in_table || precis_html_is (n, "table"));
    }
}

static guint
count_chars (const char *t, guint *commas, gboolean *space)
{
  guint n = 0;
  for (const char *p = t; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0xA0)
        {
          if (!*space)
            n++;
          *space = TRUE;
          continue;
        }
      *space = FALSE;
      n++;
      if (c == ',' || c == 0xFF0C || c == 0x3001 || c == 0x060C)
        (*commas)++;
    }
  return n;
}

/* Fill the Info of every element, bottom-up. */
static void
measure (Scorer *s, xmlNode *n, Info *acc)
{
  gboolean space = TRUE;
  for (xmlNode *c = n->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        {
          if (c->content != NULL)
            acc->text += count_chars ((const char *) c->content, &acc->commas, &space);
          continue;
        }
      if (c->type != XML_ELEMENT_NODE)
        continue;
      Info ci = { 0 };
      ci.node = c;
      measure (s, c, &ci);
      if (precis_html_is (c, "a"))
        ci.links = ci.text;
      else if (precis_html_is_heading (c))
        ci.headings = ci.text;
      else if (precis_html_is (c, "p"))
        ci.n_p++;
      else if (precis_html_is (c, "img") || precis_html_is (c, "picture"))
        ci.n_img++;
      else if (precis_html_is (c, "li"))
        ci.n_li++, ci.li_text = ci.text;
      else if (precis_html_is (c, "input"))
        ci.n_input++;
      g_array_append_val (s->infos, ci);
      c->_private = GSIZE_TO_POINTER (s->infos->len);
      acc->text += ci.text;
      acc->links += ci.links;
      acc->commas += ci.commas;
      acc->headings += ci.headings;
      acc->n_p += ci.n_p;
      acc->n_img += ci.n_img;
      acc->n_li += ci.n_li;
      acc->n_input += ci.n_input;
      acc->li_text += ci.li_text;
      space = space || precis_html_is_block (c);
    }
}

static double
link_density (const Info *i)
{
  return i->text == 0 ? 0.0 : (double) i->links / i->text;
}

static gboolean
has_block_child (const xmlNode *n)
{
  for (const xmlNode *c = n->children; c != NULL; c = c->next)
    if (precis_html_is_block (c) && !precis_html_is (c, "br"))
      return TRUE;
  return FALSE;
}

static void
init_candidate (Scorer *s, xmlNode *n, Info *i)
{
  if (i->scored)
    return;
  i->scored = TRUE;
  static const char *const plus5[] = { "div", "article", "main", NULL };
  static const char *const plus3[] = { "pre", "td", "blockquote", "section", NULL };
  static const char *const minus3[] = { "address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL };
  static const char *const minus5[] = { "h1", "h2", "h3", "h4", "h5", "h6", "th", NULL };
  if (is_tag_in (n, plus5))
    i->score = 5;
  else if (is_tag_in (n, plus3))
    i->score = 3;
  else if (is_tag_in (n, minus3))
    i->score = -3;
  else if (is_tag_in (n, minus5))
    i->score = -5;
  i->score += class_weight (s, n);
}

/* A paragraph of `chars` characters and `commas` commas votes for the
 * elements from `from` up: fully for the first, less and less above. */
static void
vote (Scorer *s, xmlNode *from, guint chars, guint commas)
{
  if (chars < 25)
    return;
  double points = 1.0 + commas + MIN (chars / 100, 3);
  int level = 0;
  for (xmlNode *a = from; a != NULL && a->type == XML_ELEMENT_NODE && level < 5;
       a = a->parent, level++)
    {
      Info *ai = info_of (s, a);
      if (ai == NULL)
        break;
      init_candidate (s, a, ai);
      ai->score += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
      if (precis_html_is (a, "body"))
        break;
    }
}

/* Direct inline text of a container (text nodes and inline elements
 * between its blocks): prose written without <p>. */
static void
inline_runs (Scorer *s, xmlNode *n, guint *chars, guint *commas)
{
  gboolean space = TRUE;
  for (xmlNode *c = n->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE && c->content != NULL)
        *chars += count_chars ((const char *) c->content, commas, &space);
      else if (c->type == XML_ELEMENT_NODE && !precis_html_is_block (c))
        {
          Info *ci = info_of (s, c);
          if (ci != NULL)
            *chars += ci->text, *commas += ci->commas;
        }
    }
}

static void
score_paragraphs (Scorer *s, xmlNode *n, int depth)
{
  for (xmlNode *c = n->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      Info *ci = info_of (s, c);
      if (ci == NULL)
        continue;
      static const char *const para_tags[] = { "p", "pre", "td", NULL };
      static const char *const div_like[] = { "div", "section", "article", "span", "font",
                                              "center", "main", "blockquote", "td", NULL };
      /* A layout table's cell holding whole paragraphs is a container. */
      if (is_tag_in (c, para_tags) && !(precis_html_is (c, "td") && has_block_child (c)))
        {
          vote (s, c->parent, ci->text, ci->commas);
          continue;
        }
      if (is_tag_in (c, div_like) && !has_block_child (c))
        {
          vote (s, c->parent, ci->text, ci->commas);
          continue;
        }
      if (is_tag_in (c, div_like))
        {
          guint chars = 0, commas = 0;
          inline_runs (s, c, &chars, &commas);
          vote (s, c, chars, commas);
        }
      score_paragraphs (s, c, depth + 1);
    }
}

static double
final_score (const Info *i)
{
  return i->score * (1.0 - link_density (i));
}

static gboolean
is_ancestor (const xmlNode *a, const xmlNode *n)
{
  for (; n != NULL; n = n->parent)
    if (n == a)
      return TRUE;
  return FALSE;
}

static xmlNode *
element_parent (xmlNode *n)
{
  return n->parent != NULL && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
}

static guint
element_children (const xmlNode *n)
{
  guint k = 0;
  for (const xmlNode *c = n->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      k++;
    else if (c->type == XML_TEXT_NODE && c->content != NULL)
      for (const xmlChar *p = c->content; *p; p++)
        if (!g_ascii_isspace (*p))
          return 99;
  return k;
}

#define N_TOP 5

static xmlNode *
pick_top (Scorer *s)
{
  Info *top[N_TOP] = { NULL };
  for (guint i = 0; i < s->infos->len; i++)
    {
      Info *in = &g_array_index (s->infos, Info, i);
      if (!in->scored)
        continue;
      double f = final_score (in);
      for (int k = 0; k < N_TOP; k++)
        if (top[k] == NULL || f > final_score (top[k]))
          {
            memmove (&top[k + 1], &top[k], (N_TOP - k - 1) * sizeof top[0]);
            top[k] = in;
            break;
          }
    }
  if (top[0] == NULL)
    return s->body;
  xmlNode *best = top[0]->node;
  double best_score = final_score (top[0]);

  /* Several near-equal candidates under one ancestor: the article is split
   * in blocks (each with its own wrapper), take the ancestor. */
  if (best_score > 0)
    for (xmlNode *a = element_parent (best); a != NULL && a != s->body; a = element_parent (a))
      {
        int k = 0;
        for (int j = 1; j < N_TOP; j++)
          if (top[j] != NULL && final_score (top[j]) >= 0.75 * best_score
              && is_ancestor (a, top[j]->node))
            k++;
        if (k >= 2)
          {
            best = a;
            break;
          }
      }

  /* A parent that scores higher than its best child holds more of the text. */
  Info *bi = info_of (s, best);
  double last = bi && bi->scored ? final_score (bi) : 0;
  for (xmlNode *a = element_parent (best); a != NULL && a != s->body; a = element_parent (a))
    {
      Info *ai = info_of (s, a);
      if (ai == NULL || !ai->scored)
        continue;
      double f = final_score (ai);
      if (f < last / 3)
        break;
      if (f > last)
        {
          best = a;
          break;
        }
      last = f;
    }

  /* A lone child says nothing its parent does not. */
  for (xmlNode *p = element_parent (best); p != NULL && p != s->body && element_children (p) == 1;
       p = element_parent (p))
    best = p;
  return best;
}

static gboolean
looks_like_sentence (const xmlNode *n)
{
  g_autofree char *t = precis_html_text (n);
  gsize len = strlen (t);
  return strstr (t, ". ") != NULL || (len > 0 && (t[len - 1] == '.' || t[len - 1] == '!'
                                                  || t[len - 1] == '?'));
}

static GPtrArray *
gather (Scorer *s, xmlNode *top)
{
  GPtrArray *content = g_ptr_array_new ();
  xmlNode *parent = element_parent (top);
  if (top == s->body || parent == NULL || precis_html_is (top, "html"))
    {
      g_ptr_array_add (content, top);
      return content;
    }
  Info *ti = info_of (s, top);
  double top_score = ti && ti->scored ? final_score (ti) : 0;
  double threshold = MAX (10.0, top_score * 0.2);
  g_autofree char *top_class = precis_html_attr (top, "class");
  for (xmlNode *c = parent->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (c == top)
        {
          g_ptr_array_add (content, c);
          continue;
        }
      Info *ci = info_of (s, c);
      if (ci == NULL)
        continue;
      double bonus = 0;
      g_autofree char *cls = precis_html_attr (c, "class");
      gboolean same_class = top_class != NULL && *top_class && cls != NULL
                            && g_str_equal (cls, top_class);
      if (same_class)
        bonus = top_score * 0.2;
      gboolean take = ci->scored && final_score (ci) + bonus >= threshold;
      /* A wrapper like the top one, its paragraphs too deep to have voted
       * for it: the article continues in a repeated block. */
      if (!take && same_class && ci->text >= 100 && link_density (ci) < 0.33)
        take = TRUE;
      if (!take && (precis_html_is (c, "p") || (precis_html_is (c, "div") && !has_block_child (c))))
        {
          double ld = link_density (ci);
          if (ci->text > 80)
            take = ld < 0.25;
          else
            take = ci->text > 0 && ld == 0 && looks_like_sentence (c);
        }
      if (take)
        g_ptr_array_add (content, c);
    }
  return content;
}

/* Take `n`'s figures out of its ancestors' before it goes. */
static void
subtract (Scorer *s, xmlNode *n, xmlNode *root)
{
  Info *ni = info_of (s, n);
  if (ni == NULL)
    return;
  for (xmlNode *a = n->parent; a != NULL && a->type == XML_ELEMENT_NODE; a = a->parent)
    {
      Info *ai = info_of (s, a);
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
  Info *i = info_of (s, n);
  if (i == NULL)
    return FALSE;
  if (precis_html_is_heading (n))
    return class_weight (s, n) < 0 || (i->text > 0 && link_density (i) > 0.5);
  static const char *const checked[] = { "table", "ul", "ol", "dl", "div", "section", "form",
                                         "figure", "header", "aside", NULL };
  if (!is_tag_in (n, checked))
    return FALSE;
  int weight = class_weight (s, n);
  if (weight + (i->scored ? i->score : 0) < 0)
    return TRUE;
  if (i->commas >= 10)
    return FALSE;
  gboolean is_list = precis_html_is (n, "ul") || precis_html_is (n, "ol")
                     || (i->text > 0 && i->li_text >= 0.9 * i->text);
  double ld = link_density (i);
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

static void
forget (xmlNode *n)
{
  for (xmlNode *c = n->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      forget (c);
  n->_private = NULL;
}

GPtrArray *
precis_html_score (xmlDoc *doc, PrecisScoreFlags flags)
{
  Scorer s = { 0 };
  s.flags = flags;
  xmlNode *root = xmlDocGetRootElement (doc);
  if (root == NULL)
    return g_ptr_array_new ();
  for (xmlNode *c = root->children; c != NULL; c = c->next)
    if (precis_html_is (c, "body"))
      s.body = c;
  if (s.body == NULL)
    s.body = root;
  prepare (&s, root, 0, FALSE);

  s.infos = g_array_sized_new (FALSE, TRUE, sizeof (Info), 1024);
  Info ri = { 0 };
  ri.node = root;
  measure (&s, root, &ri);
  g_array_append_val (s.infos, ri);
  root->_private = GSIZE_TO_POINTER (s.infos->len);

  score_paragraphs (&s, s.body, 0);
  xmlNode *top = pick_top (&s);
  if (g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN) == FALSE)
    {
      g_autofree char *ci = precis_html_class_id (top);
      Info *ti = info_of (&s, top);
      g_debug ("article: <%s class/id=\"%s\"> score %.1f, %u chars",
               (const char *) top->name, ci ? ci : "", ti ? ti->score : 0.0, ti ? ti->text : 0);
    }
  GPtrArray *content = gather (&s, top);
  if (flags & PRECIS_SCORE_CLEAN)
    for (guint i = 0; i < content->len; i++)
      clean (&s, g_ptr_array_index (content, i), g_ptr_array_index (content, i), 0);

  /* Leave no pointers into the freed array behind. */
  forget (root);
  g_array_unref (s.infos);
  return content;
}
