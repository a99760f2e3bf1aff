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
#include "html-measure.h"
#include "html-prune.h"

#include <string.h>

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
  if (precis_html_is_tag_in (n, plus5))
    i->score = 5;
  else if (precis_html_is_tag_in (n, plus3))
    i->score = 3;
  else if (precis_html_is_tag_in (n, minus3))
    i->score = -3;
  else if (precis_html_is_tag_in (n, minus5))
    i->score = -5;
  i->score += precis_html_class_weight (s, n);
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
      Info *ai = precis_html_info_of (s, a);
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
          Info *ci = precis_html_info_of (s, c);
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
      Info *ci = precis_html_info_of (s, c);
      if (ci == NULL)
        continue;
      static const char *const para_tags[] = { "p", "pre", "td", NULL };
      static const char *const div_like[] = { "div", "section", "article", "span", "font",
                                              "center", "main", "blockquote", "td", NULL };
      /* A layout table's cell holding whole paragraphs is a container. */
      if (precis_html_is_tag_in (c, para_tags) && !(precis_html_is (c, "td") && precis_html_has_block_child (c)))
        {
          vote (s, c->parent, ci->text, ci->commas);
          continue;
        }
      if (precis_html_is_tag_in (c, div_like) && !precis_html_has_block_child (c))
        {
          vote (s, c->parent, ci->text, ci->commas);
          continue;
        }
      if (precis_html_is_tag_in (c, div_like))
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
  return i->score * (1.0 - precis_html_link_density (i));
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
  Info *bi = precis_html_info_of (s, best);
  double last = bi && bi->scored ? final_score (bi) : 0;
  for (xmlNode *a = element_parent (best); a != NULL && a != s->body; a = element_parent (a))
    {
      Info *ai = precis_html_info_of (s, a);
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
  Info *ti = precis_html_info_of (s, top);
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
      Info *ci = precis_html_info_of (s, c);
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
      if (!take && same_class && ci->text >= 100 && precis_html_link_density (ci) < 0.33)
        take = TRUE;
      if (!take && (precis_html_is (c, "p") || (precis_html_is (c, "div") && !precis_html_has_block_child (c))))
        {
          double ld = precis_html_link_density (ci);
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
  precis_html_prune_page (&s, root);

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
      Info *ti = precis_html_info_of (&s, top);
      g_debug ("article: <%s class/id=\"%s\"> score %.1f, %u chars",
               (const char *) top->name, ci ? ci : "", ti ? ti->score : 0.0, ti ? ti->text : 0);
    }
  GPtrArray *content = gather (&s, top);
  if (flags & PRECIS_SCORE_CLEAN)
    for (guint i = 0; i < content->len; i++)
      precis_html_prune_article (&s, g_ptr_array_index (content, i));

  /* Leave no pointers into the freed array behind. */
  forget (root);
  g_array_unref (s.infos);
  return content;
}
