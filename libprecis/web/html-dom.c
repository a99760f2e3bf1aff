/* html-dom.c — small helpers over libxml2's HTML tree.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "html-dom.h"

#include <string.h>

gboolean
precis_html_is (const xmlNode *node, const char *tag)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL
         && g_ascii_strcasecmp ((const char *) node->name, tag) == 0;
}

gboolean
precis_html_is_heading (const xmlNode *node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL)
    return FALSE;
  const char *n = (const char *) node->name;
  return (n[0] == 'h' || n[0] == 'H') && n[1] >= '1' && n[1] <= '6' && n[2] == '\0';
}

static const char *const block_tags[] = {
  "address", "article", "aside", "blockquote", "br", "center", "dd", "details", "dialog",
  "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
  "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul", "caption", "noscript", "body", "html", "select", "option",
};

gboolean
precis_html_is_block (const xmlNode *node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (block_tags); i++)
    if (g_ascii_strcasecmp ((const char *) node->name, block_tags[i]) == 0)
      return TRUE;
  return FALSE;
}

char *
precis_html_attr (const xmlNode *node, const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  xmlChar *v = xmlGetNoNsProp ((xmlNode *) node, (const xmlChar *) name);
  if (v == NULL)
    return NULL;
  char *s = g_strdup ((const char *) v);
  xmlFree (v);
  return s;
}

char *
precis_html_class_id (const xmlNode *node)
{
  g_autofree char *c = precis_html_attr (node, "class");
  g_autofree char *i = precis_html_attr (node, "id");
  if (c == NULL && i == NULL)
    return NULL;
  g_autofree char *both = g_strconcat (c ? c : "", " ", i ? i : "", NULL);
  return g_ascii_strdown (both, -1);
}

void
precis_html_append_collapsed (GString *out, const char *s, gsize len, gboolean *space)
{
  const char *p = s, *end = s + len;
  while (p < end)
    {
      guchar c = (guchar) *p;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        {
          *space = TRUE;
          p++;
          continue;
        }
      if (c == 0xC2 && p + 1 < end && (guchar) p[1] == 0xA0)  /* no-break space */
        {
          *space = TRUE;
          p += 2;
          continue;
        }
      /* U+200B..U+200D zero-width space/joiners, U+FEFF: invisible. */
      if (c == 0xE2 && p + 2 < end && (guchar) p[1] == 0x80
          && (guchar) p[2] >= 0x8B && (guchar) p[2] <= 0x8D)
        {
          p += 3;
          continue;
        }
      if (c == 0xEF && p + 2 < end && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
        {
          p += 3;
          continue;
        }
      if (*space && out->len > 0 && out->str[out->len - 1] != '\n')
        g_string_append_c (out, ' ');
      *space = FALSE;
      const char *q = p + 1;
      while (q < end && ((guchar) *q & 0xC0) == 0x80)
        q++;
      g_string_append_len (out, p, q - p);
      p = q;
    }
}

static void
collect_text (const xmlNode *node, GString *out, gboolean *space, int depth)
{
  if (depth > PRECIS_HTML_MAX_DEPTH)
    return;
  for (const xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        {
          if (c->content != NULL)
            precis_html_append_collapsed (out, (const char *) c->content,
                                          strlen ((const char *) c->content), space);
        }
      else if (c->type == XML_ELEMENT_NODE)
        {
          gboolean block = precis_html_is_block (c);
          if (block)
            *space = TRUE;
          collect_text (c, out, space, depth + 1);
          if (block)
            *space = TRUE;
        }
    }
}

char *
precis_html_text (const xmlNode *node)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  if (node->type == XML_TEXT_NODE && node->content != NULL)
    precis_html_append_collapsed (out, (const char *) node->content,
                                  strlen ((const char *) node->content), &space);
  else
    collect_text (node, out, &space, 0);
  return g_string_free (out, FALSE);
}
