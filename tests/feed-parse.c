/* feed-parse.c — tests for daemon/feeds/feed-parse.c on the feeds in tests/fixtures/feeds.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include "errors.h"
#include "feed-parse.h"

static PrecisFeed *
parse_fixture (const char *name, const char *base)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "feeds", name, NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;
  PrecisFeed *feed;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  feed = precis_feed_parse (data, (gssize) length, base, &error);
  g_assert_no_error (error);
  g_assert_nonnull (feed);
  return feed;
}

static void
assert_date (GDateTime *date, const char *iso_utc)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (date);
  utc = g_date_time_to_utc (date);
  text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  g_assert_cmpstr (text, ==, iso_utc);
}

static void
test_rss2 (void)
{
  g_autoptr (PrecisFeed) feed = parse_fixture ("rss2.xml", "https://gazette.example/feed.xml");
  PrecisFeedItem *a, *b, *c;

  g_assert_cmpstr (feed->title, ==, "Harbour Gazette");
  g_assert_cmpstr (feed->link, ==, "https://gazette.example/");
  g_assert_cmpstr (feed->language, ==, "en-gb");
  g_assert_cmpuint (feed->items->len, ==, 3);
  a = feed->items->pdata[0];
  b = feed->items->pdata[1];
  c = feed->items->pdata[2];

  g_assert_cmpstr (a->id, ==, "gazette-1001");
  g_assert_cmpstr (a->link, ==, "https://gazette.example/news/ferry");
  g_assert_cmpstr (a->title, ==, "Ferry service resumes after storm");
  g_assert_cmpstr (a->summary, ==, "The ferry to the island runs again.");
  g_assert_cmpstr (a->content, ==, "The harbour master said on Monday that the ferry would run again."
                                   "\n\nRepairs took three days.");
  assert_date (a->published, "2025-03-04T07:30:00Z");
  g_assert_cmpstr (a->author, ==, "Tom Reyes");

  /* A permalink guid is the link when there is no <link>. */
  g_assert_cmpstr (b->id, ==, "https://gazette.example/news/council");
  g_assert_cmpstr (b->link, ==, "https://gazette.example/news/council");
  g_assert_cmpstr (b->title, ==, "Council & school board meet");
  g_assert_null (b->content);
  g_assert_null (b->author);
  assert_date (b->published, "2025-03-03T18:00:00Z");

  g_assert_cmpstr (c->id, ==, "title:No id at all");
  g_assert_null (c->link);
  g_assert_null (c->published);
}

static void
test_rss1 (void)
{
  g_autoptr (PrecisFeed) feed = parse_fixture ("rss1.rdf", NULL);
  PrecisFeedItem *a, *b;

  g_assert_cmpstr (feed->title, ==, "Science Notes");
  g_assert_cmpstr (feed->language, ==, "en");
  g_assert_cmpuint (feed->items->len, ==, 2);
  a = feed->items->pdata[0];
  b = feed->items->pdata[1];
  g_assert_cmpstr (a->id, ==, "https://science.example/a/1");
  g_assert_cmpstr (a->title, ==, "Comet seen from the valley");
  g_assert_cmpstr (a->summary, ==, "Astronomers watched it for two nights.");
  assert_date (a->published, "2025-02-21T22:15:00Z");
  g_assert_cmpstr (b->link, ==, "https://science.example/a/2");
  g_assert_nonnull (b->published);
  g_assert_cmpint (g_date_time_get_day_of_month (b->published), ==, 20);
}

static void
test_atom (void)
{
  g_autoptr (PrecisFeed) feed = parse_fixture ("atom.xml", "https://wire.example/atom.xml");
  PrecisFeedItem *a, *b;

  g_assert_cmpstr (feed->title, ==, "Valley Wire");
  g_assert_cmpstr (feed->link, ==, "https://wire.example/");
  g_assert_cmpstr (feed->language, ==, "en-US");   /* the feed's xml:lang */
  g_assert_cmpuint (feed->items->len, ==, 2);
  a = feed->items->pdata[0];
  b = feed->items->pdata[1];
  g_assert_cmpstr (a->id, ==, "tag:wire.example,2025:bridge");
  g_assert_cmpstr (a->title, ==, "Bridge opens");
  g_assert_cmpstr (a->link, ==, "https://wire.example/bridge");
  /* type="text": angle brackets are text, not markup. */
  g_assert_cmpstr (a->summary, ==, "A new bridge <opens> today.");
  g_assert_cmpstr (a->content, ==, "The bridge opened on Saturday.\n\nTraffic was light.");
  assert_date (a->published, "2025-03-01T07:00:00Z");
  g_assert_cmpstr (a->author, ==, "Ines Moreau");
  /* A link without rel is the alternate; relative links resolve. */
  g_assert_cmpstr (b->link, ==, "https://wire.example/story/2");
  assert_date (b->published, "2025-02-28T07:00:00Z");
}

static void
test_hostile_external (void)
{
  g_autoptr (PrecisFeed) feed = parse_fixture ("hostile-external.xml", NULL);
  PrecisFeedItem *item;

  /* External entities are neither fetched nor read from disk. */
  g_assert_cmpuint (feed->items->len, ==, 1);
  item = feed->items->pdata[0];
  g_assert_cmpstr (item->id, ==, "hostile-1");
  g_assert_cmpstr (item->title, ==, "Item");
  g_assert_cmpstr (item->summary, ==, "Just text .");
  /* Only http(s) links come out of a feed. */
  g_assert_null (item->link);
}

static void
test_hostile_laughs (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "feeds",
                                                 "hostile-laughs.xml", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisFeed) feed = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  /* 16^6 × 4 × 59 "a"s (about 4 GB) are never built, not even for a
   * moment: the process's peak memory does not grow by 64 MiB.  Memory,
   * not a clock, shows it: a loaded machine is slow, never bigger. */
  {
    struct rusage before, after;

    g_assert_cmpint (getrusage (RUSAGE_SELF, &before), ==, 0);
    feed = precis_feed_parse (data, -1, NULL, &error);
    g_assert_cmpint (getrusage (RUSAGE_SELF, &after), ==, 0);
    g_test_message ("peak RSS %ld KiB before, %ld KiB after", before.ru_maxrss, after.ru_maxrss);
    g_assert_cmpint (after.ru_maxrss - before.ru_maxrss, <, 64 * 1024);
  }
  for (guint i = 0; feed != NULL && i < feed->items->len; i++)
    {
      PrecisFeedItem *item = feed->items->pdata[i];

      g_assert_true (item->summary == NULL || strlen (item->summary) < 1000);
    }
  g_assert_true (feed == NULL || feed->title == NULL || strlen (feed->title) < 1000);
}

/* An item of 200,000 attributes (4 MB, under the fetch limit): libxml2
 * compares each with all the element's earlier ones (80,000 took 109 s,
 * on precisd's main loop); its excess attributes are dropped before
 * parsing and the feed reads as it does without them. */
static void
test_hostile_attributes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "feeds", "rss2.xml", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisFeed) plain = NULL, hostile = NULL;
  const char *item;
  GString *s;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  plain = precis_feed_parse (data, -1, NULL, &error);
  g_assert_no_error (error);
  item = strstr (data, "<item") + strlen ("<item");
  s = g_string_new_len (data, item - data);
  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (s, " a%u=\"%u\"", i, i);
  g_string_append (s, item);
  hostile = precis_feed_parse (s->str, (gssize) s->len, NULL, &error);
  g_string_free (s, TRUE);
  g_assert_no_error (error);
  g_assert_cmpuint (hostile->items->len, ==, plain->items->len);
  for (guint i = 0; i < plain->items->len; i++)
    {
      PrecisFeedItem *a = plain->items->pdata[i], *b = hostile->items->pdata[i];

      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpstr (a->link, ==, b->link);
    }
}

static void
test_not_a_feed (void)
{
  static const char *const inputs[] = {
    "", "not xml at all", "<html><body><p>hello</p></body></html>",
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", NULL
  };

  for (const char *const *in = inputs; *in; in++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PrecisFeed) feed = precis_feed_parse (*in, -1, "https://x.example/f", &error);

      /* A truncated feed still yields what it has (an empty channel). */
      if (feed != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (feed->items->len, ==, 0);
          continue;
        }
      g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_A_FEED);
    }
}

/* Every prefix of every fixture (a feed cut by a dropped connection):
 * never a crash, never more items than the whole feed. */
static void
test_truncated (void)
{
  const char *const names[] = { "rss2.xml", "rss1.rdf", "atom.xml", "hostile-external.xml",
                                "hostile-laughs.xml", NULL };

  for (const char *const *name = names; *name; name++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "feeds", *name, NULL);
      g_autofree char *data = NULL;
      g_autoptr (PrecisFeed) whole = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      whole = precis_feed_parse (data, (gssize) length, NULL, NULL);
      for (gsize cut = 0; cut < length; cut += 3)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (PrecisFeed) feed = precis_feed_parse (data, (gssize) cut, NULL, &error);

          g_assert_true ((feed == NULL) != (error == NULL));
          if (feed != NULL && whole != NULL)
            g_assert_cmpuint (feed->items->len, <=, whole->items->len);
        }
    }
}

static void
test_html_to_text (void)
{
  struct { const char *html, *text; } cases[] = {
    { "", "" },
    { "plain words", "plain words" },
    { "<p>One  two</p>\n<p>three<br>four</p>", "One two\n\nthree\n\nfour" },
    { "a <b>bold</b> &amp; <i>it</i>", "a bold & it" },
    { "<div><style>p{}</style>x<script>y()</script></div>", "x" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = precis_feed_html_to_text (cases[i].html);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/feed-parse/rss2", test_rss2);
  g_test_add_func ("/feed-parse/rss1", test_rss1);
  g_test_add_func ("/feed-parse/atom", test_atom);
  g_test_add_func ("/feed-parse/hostile-external", test_hostile_external);
  g_test_add_func ("/feed-parse/hostile-laughs", test_hostile_laughs);
  g_test_add_func ("/feed-parse/hostile-attributes", test_hostile_attributes);
  g_test_add_func ("/feed-parse/not-a-feed", test_not_a_feed);
  g_test_add_func ("/feed-parse/truncated", test_truncated);
  g_test_add_func ("/feed-parse/html-to-text", test_html_to_text);
  return g_test_run ();
}
