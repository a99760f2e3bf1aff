/* fuzz-feed.c — RSS, RDF and Atom parsing of any bytes, and the HTML of
 * their descriptions to text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "feed-parse.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int *argc, char **argv[])
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (PrecisFeed) feed = precis_feed_parse ((const char *) data, (gssize) size,
                                                   "https://news.example.com/feed.xml", NULL);
  g_autofree char *html = fuzz_utf8 (data, size);
  g_autofree char *text = precis_feed_html_to_text (html);

  /* Everything goes out on D-Bus, which only carries valid UTF-8. */
  g_assert_true (g_utf8_validate (text, -1, NULL));
  if (feed == NULL)
    return 0;
  g_assert_true (feed->title == NULL || g_utf8_validate (feed->title, -1, NULL));
  g_assert_true (feed->link == NULL || g_utf8_validate (feed->link, -1, NULL));
  for (guint i = 0; i < feed->items->len; i++)
    {
      const PrecisFeedItem *item = feed->items->pdata[i];
      const char *strings[] = { item->id, item->link, item->title, item->summary, item->content };

      g_assert_nonnull (item->id);
      for (guint k = 0; k < G_N_ELEMENTS (strings); k++)
        g_assert_true (strings[k] == NULL || g_utf8_validate (strings[k], -1, NULL));
    }
  return 0;
}
