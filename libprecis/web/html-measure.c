/* html-measure.c — what the scorer measures of a node, and the pruner
 * reads too: its class and id words, its tag, its links, its blocks.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "html-measure.h"

#include "html-dom.h"

#include <string.h>

gboolean
precis_html_has_word (const char *haystack, const char *const *words)
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

int
precis_html_class_weight (Scorer *s, const xmlNode *n)
{
  if (!(s->flags & PRECIS_SCORE_WEIGHT_CLASSES))
    return 0;
  g_autofree char *ci = precis_html_class_id (n);
  int w = 0;
  if (precis_html_has_word (ci, negative_words))
    w -= 25;
  if (precis_html_has_word (ci, positive_words))
    w += 25;
  return w;
}

gboolean
precis_html_is_tag_in (const xmlNode *n, const char *const *tags)
{
  for (; *tags != NULL; tags++)
    if (precis_html_is (n, *tags))
      return TRUE;
  return FALSE;
}

double
precis_html_link_density (const Info *i)
{
  return i->text == 0 ? 0.0 : (double) i->links / i->text;
}

gboolean
precis_html_has_block_child (const xmlNode *n)
{
  for (const xmlNode *c = n->children; c != NULL; c = c->next)
    if (precis_html_is_block (c) && !precis_html_is (c, "br"))
      return TRUE;
  return FALSE;
}
