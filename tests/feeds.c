/* feeds.c — feed subscriptions on a private bus, fed by a SoupServer on loopback.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The test's web site runs in its own thread (its own main context), so
 * that the test can block on D-Bus calls and signals while precisd polls
 * it.  Items are added to the site between polls; the site logs every
 * request with the status it answered.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <signal.h>
#include <string.h>

#include "bus-fixture.h"
#include "http-server.h"
#include "notify-server.h"

#define IFACE "org.precis.Summarizer1"
#define WAIT_SECONDS 40

/* --- the web site ------------------------------------------------------------------------ */

typedef struct {
  char *guid;
  char *title;
  char *path;      /* /articles/N.html */
  char *text;      /* the article: paragraphs separated by blank lines */
  gboolean teaser; /* the feed carries only a teaser; the text is on the page */
  gboolean gone;   /* its page answers 404 */
} SiteItem;

typedef struct {
  GMutex lock;
  TestHttpServer *http;
  char *base;           /* http://127.0.0.1:PORT */
  GPtrArray *items;     /* SiteItem, oldest first */
  guint version;        /* bumped by each change: the ETag */
  guint status_override;  /* answer the feed with this status (0: normally) */
  const char *retry_after;  /* sent with it, or NULL */
  gboolean serve_html;  /* the feed's URL answers with a web page */
  const char *language; /* the feed's <language>, or NULL */
  GPtrArray *log;       /* "GET /feed.xml 304 inm=\"v1\"" */
  guint feed_requests, feed_200, feed_304, page_requests;
} Site;

static void
site_item_free (SiteItem *item)
{
  g_free (item->guid);
  g_free (item->title);
  g_free (item->path);
  g_free (item->text);
  g_free (item);
}

/* An article of six sentences about place number `n`, all its own. */
static char *
article_text (guint n)
{
  return g_strdup_printf (
    "The town council of Brenvik %u opened a new public library on Monday, the mayor said.\n\n"
    "The library holds %u thousand books and a reading room for children.\n\n"
    "Builders finished the work two weeks early because the winter was mild.\n\n"
    "Residents had asked for a library in district %u since the old one closed in 2019.\n\n"
    "The council expects about %u visitors a day during the first month.\n\n"
    "A second branch near the harbour is planned for next year.",
    n, 10 + n, n, 200 + 10 * n);
}

static char *
html_escape (const char *text)
{
  return g_markup_escape_text (text, -1);
}

static char *
feed_xml (Site *site)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
                               "<channel><title>Brenvik Courier</title><link>");

  g_string_append_printf (xml, "%s/</link><description>Local news</description>\n", site->base);
  if (site->language != NULL)
    g_string_append_printf (xml, "<language>%s</language>\n", site->language);
  /* Newest first, as feeds are. */
  for (guint i = site->items->len; i-- > 0;)
    {
      SiteItem *item = site->items->pdata[i];
      g_autofree char *title = html_escape (item->title);

      g_string_append_printf (xml, "<item><title>%s</title><link>%s%s</link><guid isPermaLink=\"false\">%s</guid>"
                              "<pubDate>Wed, 05 Mar 2025 10:00:00 +0000</pubDate>",
                              title, site->base, item->path, item->guid);
      if (item->teaser)
        g_string_append (xml, "<description>A short teaser: read on.</description>");
      else
        {
          g_auto (GStrv) paragraphs = g_strsplit (item->text, "\n\n", -1);
          GString *html = g_string_new (NULL);

          for (char **p = paragraphs; *p; p++)
            g_string_append_printf (html, "<p>%s</p>", *p);
          g_string_append_printf (xml, "<description>A short teaser.</description>"
                                  "<content:encoded><![CDATA[%s]]></content:encoded>", html->str);
          g_string_free (html, TRUE);
        }
      g_string_append (xml, "</item>\n");
    }
  g_string_append (xml, "</channel></rss>\n");
  return g_string_free (xml, FALSE);
}

static char *
page_html (SiteItem *item)
{
  g_auto (GStrv) paragraphs = g_strsplit (item->text, "\n\n", -1);
  g_autofree char *title = html_escape (item->title);
  GString *html = g_string_new (NULL);

  g_string_append_printf (html, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%s</title></head><body><nav><a href=\"/\">Home</a></nav>"
                          "<article><h1>%s</h1>", title, title);
  for (char **p = paragraphs; *p; p++)
    g_string_append_printf (html, "<p>%s</p>", *p);
  g_string_append (html, "</article><footer>© Brenvik Courier</footer></body></html>");
  return g_string_free (html, FALSE);
}

static void
on_request (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query,
            gpointer user_data)
{
  Site *site = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);
  const char *inm = soup_message_headers_get_one (request, "If-None-Match");
  g_autofree char *etag = NULL;
  guint status = 200;

  g_mutex_lock (&site->lock);
  etag = g_strdup_printf ("\"v%u\"", site->version);
  if (strcmp (path, "/old-feed.xml") == 0)
    {
      /* The feed's old address, moved for good. */
      status = 301;
      soup_server_message_set_status (msg, status, NULL);
      soup_message_headers_replace (response, "Location", "/feed.xml");
    }
  else if (strcmp (path, "/not-a-feed.html") == 0)
    {
      static const char page[] = "<!DOCTYPE html><html><head><title>Home</title></head>"
                                 "<body><p>Welcome to the Brenvik Courier.</p></body></html>";

      soup_server_message_set_status (msg, status, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else if (strcmp (path, "/feed.xml") == 0 && site->serve_html)
    {
      static const char page[] = "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
                                 "<body><p>Back soon.</p></body></html>";

      site->feed_requests++;
      soup_server_message_set_status (msg, status, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else if (strcmp (path, "/feed.xml") == 0)
    {
      site->feed_requests++;
      if (site->status_override != 0)
        status = site->status_override;
      if (site->status_override != 0 && site->retry_after != NULL)
        soup_message_headers_replace (response, "Retry-After", site->retry_after);
      else if (inm != NULL && strcmp (inm, etag) == 0)
        status = 304;
      soup_server_message_set_status (msg, status, NULL);
      soup_message_headers_replace (response, "ETag", etag);
      if (status == 200)
        {
          char *xml = feed_xml (site);

          site->feed_200++;
          soup_server_message_set_response (msg, "application/rss+xml", SOUP_MEMORY_TAKE, xml,
                                            strlen (xml));
        }
      else if (status == 304)
        site->feed_304++;
    }
  else
    {
      SiteItem *found = NULL;

      for (guint i = 0; i < site->items->len && found == NULL; i++)
        if (strcmp (((SiteItem *) site->items->pdata[i])->path, path) == 0 &&
            !((SiteItem *) site->items->pdata[i])->gone)
          found = site->items->pdata[i];
      site->page_requests++;
      if (found == NULL)
        status = 404;
      soup_server_message_set_status (msg, status, NULL);
      if (found != NULL)
        {
          char *html = page_html (found);

          soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_TAKE, html,
                                            strlen (html));
        }
    }
  g_ptr_array_add (site->log, g_strdup_printf ("GET %s %u inm=%s", path, status, inm ? inm : "-"));
  g_mutex_unlock (&site->lock);
}

static void
site_start (Site *site)
{
  memset (site, 0, sizeof *site);
  g_mutex_init (&site->lock);
  site->items = g_ptr_array_new_with_free_func ((GDestroyNotify) site_item_free);
  site->log = g_ptr_array_new_with_free_func (g_free);
  site->version = 1;
  site->http = test_http_server_start (on_request, site);
  site->base = g_strdup (test_http_server_base (site->http));
}

static void
site_stop (Site *site)
{
  test_http_server_stop (site->http);
  g_ptr_array_unref (site->items);
  g_ptr_array_unref (site->log);
  g_free (site->base);
  g_mutex_clear (&site->lock);
}

/* `gone`: its page answers 404. */
static void
site_add_full (Site *site, guint n, gboolean teaser, gboolean gone)
{
  SiteItem *item = g_new0 (SiteItem, 1);

  item->guid = g_strdup_printf ("brenvik-%u", n);
  item->title = g_strdup_printf ("Brenvik %u opens a library", n);
  item->path = g_strdup_printf ("/articles/%u.html", n);
  item->text = article_text (n);
  item->teaser = teaser;
  item->gone = gone;
  g_mutex_lock (&site->lock);
  g_ptr_array_add (site->items, item);
  site->version++;
  g_mutex_unlock (&site->lock);
}

static void
site_add (Site *site, guint n, gboolean teaser)
{
  site_add_full (site, n, teaser, FALSE);
}

static guint
site_count (Site *site, guint *counter)
{
  guint n;

  g_mutex_lock (&site->lock);
  n = *counter;
  g_mutex_unlock (&site->lock);
  return n;
}

static char *
site_feed_url (Site *site)
{
  return g_strconcat (site->base, "/feed.xml", NULL);
}

/* --- the bus side ------------------------------------------------------------------------- */

typedef struct {
  char *feed_id, *url, *title;
  char *guid, *published, *language;  /* from the details a{sv} */
  GPtrArray *sentences;   /* char * */
  GPtrArray *dates;       /* "text=value" of the date facts */
  gboolean from_page;
} Article;

static void
article_free (Article *a)
{
  g_free (a->feed_id);
  g_free (a->url);
  g_free (a->title);
  g_free (a->guid);
  g_free (a->published);
  g_free (a->language);
  g_ptr_array_unref (a->sentences);
  g_ptr_array_unref (a->dates);
  g_free (a);
}

static DBusHandlerResult
on_signal (DBusConnection *connection, DBusMessage *message, void *user_data)
{
  GPtrArray *articles = user_data;
  DBusMessageIter iter, array, st;
  const char *s;
  Article *a;

  if (!dbus_message_is_signal (message, IFACE, "ArticleSummarized"))
    return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
  g_assert_true (dbus_message_has_signature (message, "sssa(suud)a(sssda(uu))a{sv}"));
  a = g_new0 (Article, 1);
  a->sentences = g_ptr_array_new_with_free_func (g_free);
  a->dates = g_ptr_array_new_with_free_func (g_free);
  dbus_message_iter_init (message, &iter);
  dbus_message_iter_get_basic (&iter, &s);
  a->feed_id = g_strdup (s);
  dbus_message_iter_next (&iter);
  dbus_message_iter_get_basic (&iter, &s);
  a->url = g_strdup (s);
  dbus_message_iter_next (&iter);
  dbus_message_iter_get_basic (&iter, &s);
  a->title = g_strdup (s);
  dbus_message_iter_next (&iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT;
       dbus_message_iter_next (&array))
    {
      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &s);
      g_ptr_array_add (a->sentences, g_strdup (s));
    }
  dbus_message_iter_next (&iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT;
       dbus_message_iter_next (&array))
    {
      const char *kind, *text, *value;

      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &kind);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &text);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &value);
      if (strcmp (kind, "date") == 0)
        g_ptr_array_add (a->dates, g_strdup_printf ("%s=%s", text, value));
    }
  dbus_message_iter_next (&iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_DICT_ENTRY;
       dbus_message_iter_next (&array))
    {
      DBusMessageIter value;
      const char *key;

      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &key);
      dbus_message_iter_next (&st);
      dbus_message_iter_recurse (&st, &value);
      if (strcmp (key, "from-page") == 0 && dbus_message_iter_get_arg_type (&value) == DBUS_TYPE_BOOLEAN)
        {
          dbus_bool_t b;

          dbus_message_iter_get_basic (&value, &b);
          a->from_page = b;
        }
      if (dbus_message_iter_get_arg_type (&value) != DBUS_TYPE_STRING)
        continue;
      dbus_message_iter_get_basic (&value, &s);
      if (strcmp (key, "guid") == 0)
        a->guid = g_strdup (s);
      else if (strcmp (key, "published") == 0)
        a->published = g_strdup (s);
      else if (strcmp (key, "language") == 0)
        a->language = g_strdup (s);
    }
  g_ptr_array_add (articles, a);
  return DBUS_HANDLER_RESULT_HANDLED;
}

static void
listen_articles (BusFixture *f, GPtrArray *articles)
{
  dbus_bus_add_match (f->client, "type='signal',interface='" IFACE "',member='ArticleSummarized'", NULL);
  g_assert_true (dbus_connection_add_filter (f->client, on_signal, articles, NULL));
}

/* Dispatch the client connection until `done` says so; fail after WAIT_SECONDS. */
static void
wait_until (BusFixture *f, gboolean (*done) (gpointer), gpointer data, const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for %s", what);
      dbus_connection_read_write_dispatch (f->client, 50);
    }
}

typedef struct {
  Site *site;
  guint target;
  GPtrArray *articles;
} Waiting;

static gboolean
enough_requests (gpointer data)
{
  Waiting *w = data;

  return site_count (w->site, &w->site->feed_requests) >= w->target;
}

static gboolean
enough_articles (gpointer data)
{
  Waiting *w = data;

  return w->articles->len >= w->target;
}

/* Let precisd poll `n` more times (and dispatch what it says meanwhile). */
static void
wait_polls (BusFixture *f, Site *site, guint n)
{
  Waiting w = { site, site_count (site, &site->feed_requests) + n, NULL };

  wait_until (f, enough_requests, &w, "polls");
  /* The last poll's items may still be analyzed: give them a moment. */
  for (int i = 0; i < 10; i++)
    dbus_connection_read_write_dispatch (f->client, 50);
}

static void
wait_articles (BusFixture *f, GPtrArray *articles, guint n)
{
  Waiting w = { NULL, n, articles };

  wait_until (f, enough_articles, &w, "ArticleSummarized signals");
}

static DBusMessage *
subscribe_call (const char *url, const char *key, int type, const void *value,
                const char *key2, int type2, const void *value2)
{
  DBusMessage *m = bus_fixture_method (IFACE, "Subscribe");
  DBusMessageIter iter, dict, entry, variant;
  const char *keys[] = { key, key2 };
  int types[] = { type, type2 };
  const void *values[] = { value, value2 };

  dbus_message_iter_init_append (m, &iter);
  g_assert_true (dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &url));
  g_assert_true (dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict));
  for (int i = 0; i < 2; i++)
    {
      char sig[2] = { (char) types[i], 0 };

      if (keys[i] == NULL)
        continue;
      g_assert_true (dbus_message_iter_open_container (&dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry));
      g_assert_true (dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &keys[i]));
      g_assert_true (dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, sig, &variant));
      g_assert_true (dbus_message_iter_append_basic (&variant, types[i], values[i]));
      g_assert_true (dbus_message_iter_close_container (&entry, &variant));
      g_assert_true (dbus_message_iter_close_container (&dict, &entry));
    }
  g_assert_true (dbus_message_iter_close_container (&iter, &dict));
  return m;
}

static char *
subscribe (BusFixture *f, const char *url, const char *key2, int type2, const void *value2)
{
  gint32 interval = 1;  /* an int32, as `gdbus call` would send it */
  DBusMessage *reply = bus_fixture_call (f, subscribe_call (url, "interval", DBUS_TYPE_INT32, &interval,
                                                            key2, type2, value2), NULL);
  const char *id;
  char *out;

  g_assert_nonnull (reply);
  g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID));
  out = g_strdup (id);
  dbus_message_unref (reply);
  return out;
}

typedef struct {
  char *id, *url, *title;
  guint64 last_check;
  char *last_error;
} Listed;

/* ListFeeds; returns the number of feeds and fills `first` with the first. */
static guint
list_feeds (BusFixture *f, Listed *first)
{
  DBusMessage *call = bus_fixture_method (IFACE, "ListFeeds");
  DBusMessageIter iter, array, st;
  DBusMessage *reply;
  guint n = 0;

  dbus_message_iter_init_append (call, &iter);
  g_assert_true (dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &array));
  g_assert_true (dbus_message_iter_close_container (&iter, &array));
  reply = bus_fixture_call (f, call, NULL);
  g_assert_nonnull (reply);
  g_assert_true (dbus_message_has_signature (reply, "a(sssa{sv})"));
  dbus_message_iter_init (reply, &iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT;
       dbus_message_iter_next (&array), n++)
    {
      const char *s;

      if (n > 0 || first == NULL)
        continue;
      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &s);
      first->id = g_strdup (s);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &s);
      first->url = g_strdup (s);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &s);
      first->title = g_strdup (s);
      dbus_message_iter_next (&st);
      first->last_check = 0;
      {
        DBusMessageIter dict, entry, value;

        for (dbus_message_iter_recurse (&st, &dict);
             dbus_message_iter_get_arg_type (&dict) == DBUS_TYPE_DICT_ENTRY;
             dbus_message_iter_next (&dict))
          {
            const char *key;

            dbus_message_iter_recurse (&dict, &entry);
            dbus_message_iter_get_basic (&entry, &key);
            dbus_message_iter_next (&entry);
            dbus_message_iter_recurse (&entry, &value);
            if (strcmp (key, "last-success") == 0)
              dbus_message_iter_get_basic (&value, &first->last_check);
            else if (strcmp (key, "last-error") == 0)
              {
                dbus_message_iter_get_basic (&value, &s);
                first->last_error = g_strdup (s);
              }
          }
      }
    }
  dbus_message_unref (reply);
  return n;
}

static void
listed_clear (Listed *l)
{
  g_free (l->id);
  g_free (l->url);
  g_free (l->title);
  g_free (l->last_error);
}

static void
restart_daemon (BusFixture *f)
{
  g_autoptr (GError) error = NULL;

  g_subprocess_send_signal (f->daemon, SIGTERM);
  g_subprocess_wait (f->daemon, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (f->daemon));
  g_assert_cmpint (g_subprocess_get_exit_status (f->daemon), ==, 0);
  g_clear_object (&f->daemon);
  bus_fixture_start_daemon (f, NULL);
}

static SiteItem *
site_item_for_url (Site *site, const char *url)
{
  for (guint i = 0; i < site->items->len; i++)
    {
      SiteItem *item = site->items->pdata[i];
      g_autofree char *full = g_strconcat (site->base, item->path, NULL);

      if (strcmp (full, url) == 0)
        return item;
    }
  return NULL;
}

/* --- tests ----------------------------------------------------------------------------------- */

static void
test_poll_restart (void)
{
  BusFixture f;
  Site site;
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) article_free);
  g_autofree char *url = NULL, *id = NULL;
  Listed listed = { 0 };
  guint pages_before, n_304_before;
  gint64 added;

  site_start (&site);
  site_add (&site, 1, FALSE);
  site_add (&site, 2, FALSE);
  url = site_feed_url (&site);
  bus_fixture_setup (&f, NULL, TRUE);
  listen_articles (&f, articles);

  id = subscribe (&f, url, NULL, 0, NULL);
  g_assert_cmpuint (list_feeds (&f, &listed), ==, 1);
  g_assert_cmpstr (listed.id, ==, id);
  g_assert_cmpstr (listed.url, ==, url);
  listed_clear (&listed);

  /* The first fetch marks what the feed has as seen (no backlog asked). */
  wait_polls (&f, &site, 3);
  g_assert_cmpuint (articles->len, ==, 0);
  g_mutex_lock (&site.lock);
  g_assert_cmpuint (site.feed_200, ==, 1);
  g_assert_cmpuint (site.feed_304, >=, 2);
  /* The second poll of the unchanged feed is conditional, and a 304. */
  g_assert_true (g_str_has_prefix (site.log->pdata[0], "GET /feed.xml 200 inm=-"));
  g_assert_cmpstr (site.log->pdata[1], ==, "GET /feed.xml 304 inm=\"v3\"");
  g_mutex_unlock (&site.lock);
  g_test_message ("after subscribing: %u feed requests, %u answered 200, %u answered 304",
                  site_count (&site, &site.feed_requests), site.feed_200, site.feed_304);

  g_assert_cmpuint (list_feeds (&f, &listed), ==, 1);
  g_assert_cmpstr (listed.title, ==, "Brenvik Courier");
  g_assert_cmpuint (listed.last_check, >, 0);
  listed_clear (&listed);

  /* Three new items: one with its text in the feed, two that are teasers. */
  pages_before = site_count (&site, &site.page_requests);
  site_add (&site, 3, FALSE);
  site_add (&site, 4, TRUE);
  site_add (&site, 5, TRUE);
  added = g_get_monotonic_time ();
  wait_articles (&f, articles, 3);
  g_test_message ("3 items added: 3 ArticleSummarized within %.2f s (poll interval 1 s)",
                  (double) (g_get_monotonic_time () - added) / G_USEC_PER_SEC);
  wait_polls (&f, &site, 3);
  g_assert_cmpuint (articles->len, ==, 3);
  /* The teasers' pages were read, and the summaries come from them. */
  g_assert_cmpuint (site_count (&site, &site.page_requests), >=, pages_before + 2);
  for (guint i = 0; i < articles->len; i++)
    {
      Article *a = articles->pdata[i];
      SiteItem *item = site_item_for_url (&site, a->url);

      g_assert_cmpstr (a->feed_id, ==, id);
      g_assert_nonnull (item);
      g_assert_cmpstr (a->title, ==, item->title);
      /* The details: the item's guid and its own publication date. */
      g_assert_cmpstr (a->guid, ==, item->guid);
      g_assert_nonnull (a->published);
      g_assert_true (g_str_has_prefix (a->published, "2025-03-05T10:00:00"));
      g_assert_cmpuint (a->sentences->len, >, 0);
      for (guint j = 0; j < a->sentences->len; j++)
        g_assert_nonnull (strstr (item->text, a->sentences->pdata[j]));
      if (item->teaser)
        g_assert_true (a->from_page);
      /* The item's date (Wednesday 5 March 2025, not today) anchors "on
       * Monday" and "next year" (when a fact extractor is installed). */
      if (a->dates->len > 0)
        {
          g_assert_true (g_ptr_array_find_with_equal_func (a->dates, "Monday=2025-03-03", g_str_equal, NULL));
          g_assert_true (g_ptr_array_find_with_equal_func (a->dates, "next year=2026", g_str_equal, NULL));
        }
      g_ptr_array_add (a->dates, NULL);
      {
        g_autofree char *dates = g_strjoinv (", ", (char **) a->dates->pdata);

        g_test_message ("%s: %u sentences; dates %s", a->url, a->sentences->len, dates);
      }
      g_ptr_array_remove_index (a->dates, a->dates->len - 1);
    }

  /* A restart remembers the subscription, the items seen and the ETag. */
  restart_daemon (&f);
  n_304_before = site_count (&site, &site.feed_304);
  wait_polls (&f, &site, 3);
  g_assert_cmpuint (articles->len, ==, 3);
  g_assert_cmpuint (site_count (&site, &site.feed_304), >=, n_304_before + 3);
  g_assert_cmpuint (list_feeds (&f, &listed), ==, 1);
  g_assert_cmpstr (listed.id, ==, id);
  listed_clear (&listed);

  /* ...and still announces what is new. */
  site_add (&site, 6, FALSE);
  wait_articles (&f, articles, 4);
  wait_polls (&f, &site, 2);
  g_assert_cmpuint (articles->len, ==, 4);

  /* A teaser whose page is gone: summarized from the teaser. */
  site_add_full (&site, 7, TRUE, TRUE);
  wait_articles (&f, articles, 5);
  {
    Article *a = articles->pdata[4];

    g_assert_cmpstr (a->guid, ==, "brenvik-7");
    g_assert_false (a->from_page);
    g_assert_cmpuint (a->sentences->len, ==, 1);
    g_assert_cmpstr (a->sentences->pdata[0], ==, "A short teaser: read on.");
  }

  /* Unsubscribed, the feed is no longer polled. */
  {
    DBusMessage *m = bus_fixture_method (IFACE, "Unsubscribe");
    DBusMessage *reply;
    guint requests;

    g_assert_true (dbus_message_append_args (m, DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID));
    reply = bus_fixture_call (&f, m, NULL);
    g_assert_nonnull (reply);
    dbus_message_unref (reply);
    g_assert_cmpuint (list_feeds (&f, NULL), ==, 0);
    requests = site_count (&site, &site.feed_requests);
    g_usleep (2500 * 1000);
    g_assert_cmpuint (site_count (&site, &site.feed_requests), ==, requests);
  }

  dbus_connection_remove_filter (f.client, on_signal, articles);
  bus_fixture_teardown (&f);
  site_stop (&site);
}

static void
test_backlog_and_notify (void)
{
  BusFixture f;
  Site site;
  NotifyServer server;
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) article_free);
  g_autoptr (JsonArray) history = NULL;
  g_autofree char *url = NULL, *id = NULL;
  dbus_bool_t yes = TRUE;
  guint32 backlog = 2;
  gboolean found = FALSE;

  bus_fixture_setup (&f, NULL, TRUE);
  if (!notify_server_start (&server, &f, "full"))
    {
      bus_fixture_teardown (&f);
      return;
    }
  site_start (&site);
  for (guint n = 1; n <= 4; n++)
    site_add (&site, n, FALSE);
  url = site_feed_url (&site);
  listen_articles (&f, articles);

  {
    gint32 interval = 1;
    DBusMessage *reply = bus_fixture_call (&f, subscribe_call (url, "backlog", DBUS_TYPE_UINT32, &backlog,
                                                               "notify", DBUS_TYPE_BOOLEAN, &yes), NULL);
    const char *s;

    g_assert_nonnull (reply);
    g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &s, DBUS_TYPE_INVALID));
    id = g_strdup (s);
    dbus_message_unref (reply);
    /* Subscribing again updates the options and keeps the id. */
    reply = bus_fixture_call (&f, subscribe_call (url, "interval", DBUS_TYPE_INT32, &interval,
                                                  NULL, 0, NULL), NULL);
    g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &s, DBUS_TYPE_INVALID));
    g_assert_cmpstr (s, ==, id);
    dbus_message_unref (reply);
  }
  /* The backlog is the two newest items, announced oldest first. */
  wait_articles (&f, articles, 2);
  wait_polls (&f, &site, 2);
  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_cmpstr (((Article *) articles->pdata[0])->title, ==, "Brenvik 3 opens a library");
  g_assert_cmpstr (((Article *) articles->pdata[1])->title, ==, "Brenvik 4 opens a library");

  /* Each was also a notification, titled by the item, on the real server. */
  history = notify_server_history (&f);
  g_assert_cmpuint (json_array_get_length (history), ==, 2);
  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *n = json_array_get_object_element (history, i);
      const char *summary = json_object_get_string_member (json_object_get_object_member (n, "summary"), "data");
      const char *body = json_object_get_string_member (json_object_get_object_member (n, "body"), "data");

      g_test_message ("notification: “%s”: “%s”", summary, body);
      found |= strcmp (summary, "Brenvik 4 opens a library") == 0 && g_str_has_prefix (body, "The ");
    }
  g_assert_true (found);

  dbus_connection_remove_filter (f.client, on_signal, articles);
  notify_server_stop (&server);
  bus_fixture_teardown (&f);
  site_stop (&site);
}

/* Subscribes to a site whose feed declares `feed_language` (or nothing)
 * and carries `n` articles: texts[i], or the site's own English article
 * where NULL; odd ones only as teasers if `teasers`.  Each article must be
 * read as languages[i] and get a verbatim summary. */
static void
check_feed_languages (const char *feed_language, const char *const *texts,
                      const char *const *languages, guint n, gboolean teasers)
{
  BusFixture f;
  Site site;
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) article_free);
  g_autofree char *url = NULL, *id = NULL;

  site_start (&site);
  site.language = feed_language;
  url = site_feed_url (&site);
  bus_fixture_setup (&f, NULL, TRUE);
  listen_articles (&f, articles);
  id = subscribe (&f, url, NULL, 0, NULL);
  wait_polls (&f, &site, 1);

  for (guint i = 0; i < n; i++)
    {
      site_add (&site, i + 1, teasers && i % 2 == 1);
      if (texts[i] != NULL)
        {
          SiteItem *item;

          g_mutex_lock (&site.lock);
          item = site.items->pdata[i];
          g_free (item->text);
          item->text = g_strstrip (g_strdup (texts[i]));
          site.version++;
          g_mutex_unlock (&site.lock);
        }
    }
  wait_articles (&f, articles, n);

  for (guint i = 0; i < articles->len; i++)
    {
      Article *a = articles->pdata[i];
      SiteItem *item = site_item_for_url (&site, a->url);
      guint k;

      g_assert_nonnull (item);
      k = (guint) g_ascii_strtoull (item->path + strlen ("/articles/"), NULL, 10);
      g_assert_cmpstr (a->language, ==, languages[k - 1]);
      g_assert_cmpuint (a->sentences->len, >=, 1);
      for (guint s = 0; s < a->sentences->len; s++)
        g_assert_nonnull (strstr (item->text, a->sentences->pdata[s]));
    }
  bus_fixture_teardown (&f);
  site_stop (&site);
}

/* A feed of news in four languages (the paragraphs of tests/languages.c):
 * each article is read in its own language and summarized. */
static void
test_mixed_languages (void)
{
  static const char *const languages[] = { "de", "fr", "zh", "en" };
  g_autofree char *de = test_read_source_file ("tests/fixtures/languages/de.txt");
  g_autofree char *fr = test_read_source_file ("tests/fixtures/languages/fr.txt");
  g_autofree char *zh = test_read_source_file ("tests/fixtures/languages/zh.txt");
  const char *const texts[] = { de, fr, zh, NULL };

  check_feed_languages (NULL, texts, languages, G_N_ELEMENTS (languages), TRUE);
}

/* A feed that says it is Spanish: a results table in it (long enough to be
 * read from the feed, not from its page), names and numbers with no words
 * of their own, is read as Spanish (with no <language>, `und`: CLD2 alone
 * reads the players' names as English or mixed); a German article in it is
 * still German (the feed's language is evidence, not gospel). */
static void
test_feed_language (void)
{
  static const char *const languages[] = { "es", "de" };
  g_autofree char *de = test_read_source_file ("tests/fixtures/languages/de.txt");
  const char *const texts[] = {
    "Andrei Pavel (RUM) a Jan-Michael Gambill (USA), 6-3, 7-5. Jeff Tarango (USA) a Sergi "
    "Bruguera (ESP), 6-4, 6-1. Guillermo Coria (ARG) a Alex López Morón (ESP), 5-7, 7-5, 6-3. "
    "Attila Savolt (HUN) a Eduardo Nicolás (ESP), 6-2, 6-3. Luis Horna (PER) a Ota Fukarek "
    "(CZE), 6-3, 7-5. Michel Kratochvil (SVK) a Daniel Melo (BRA), 7-6 (3), 6-4. Hector Moretti "
    "(ARG) a Jan Frode Andersen (NOR), 7-5, 7-6 (5). Salvador Navarro (ESP) a Julian Knowle (AUT), "
    "7-5, 6-3. Ignacio Truyol (ESP) a Martin Spotti (AUT), 6-4, 3-6, 7-6.",
    de,
  };

  check_feed_languages ("es", texts, languages, G_N_ELEMENTS (languages), FALSE);
}

static void
test_backoff (void)
{
  BusFixture f;
  Site site;
  g_autofree char *url = NULL, *id = NULL;
  guint requests;

  site_start (&site);
  site.status_override = 503;
  url = site_feed_url (&site);
  bus_fixture_setup (&f, NULL, TRUE);
  id = subscribe (&f, url, NULL, 0, NULL);
  /* Every second without back-off would be 7 requests in 6.5 s; with the
   * wait doubling after each failure (1, 2, 4 s) it is 3 or 4. */
  g_usleep (6500 * 1000);
  requests = site_count (&site, &site.feed_requests);
  g_test_message ("a failing feed with interval 1 s: %u requests in 6.5 s", requests);
  g_assert_cmpuint (requests, >=, 2);
  g_assert_cmpuint (requests, <=, 4);
  bus_fixture_teardown (&f);
  site_stop (&site);
}

/* 429 with Retry-After: 5 is not asked again for 5 s, whatever the interval. */
static void
test_retry_after (void)
{
  BusFixture f;
  Site site;
  g_autofree char *url = NULL, *id = NULL;
  guint requests;

  site_start (&site);
  site.status_override = 429;
  site.retry_after = "5";
  url = site_feed_url (&site);
  bus_fixture_setup (&f, NULL, TRUE);
  id = subscribe (&f, url, NULL, 0, NULL);
  g_usleep (4000 * 1000);
  requests = site_count (&site, &site.feed_requests);
  g_test_message ("429 with Retry-After 5: %u requests in 4 s", requests);
  g_assert_cmpuint (requests, ==, 1);
  bus_fixture_teardown (&f);
  site_stop (&site);
}

static void
test_corrupt_state (void)
{
  BusFixture f;
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr (GDir) listing = NULL;
  const char *name;
  guint aside = 0;

  bus_fixture_setup (&f, NULL, FALSE);
  dir = g_build_filename (f.tmpdir, "state", "precis", NULL);
  path = g_build_filename (dir, "feeds.json", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{\"version\": 1, \"feeds\": [{\"id\": \"x\", \"url\":", -1, NULL));
  bus_fixture_start_daemon (&f, NULL);

  g_assert_cmpuint (list_feeds (&f, NULL), ==, 0);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    aside += g_str_has_prefix (name, "feeds.json.corrupt-");
  g_assert_cmpuint (aside, ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* And the daemon goes on: a subscription writes a fresh file. */
  {
    g_autofree char *id = subscribe (&f, "http://127.0.0.1:9/feed.xml", NULL, 0, NULL);

    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  bus_fixture_teardown (&f);
}

/* What a feed reader needs: a URL that is no feed is refused, a feed that
 * moved is followed to its new address, and a feed that turns into a web
 * page says so in ListFeeds. */
static void
test_for_readers (void)
{
  BusFixture f;
  Site site;
  g_autofree char *page = NULL, *missing = NULL, *old = NULL, *url = NULL, *id = NULL;
  char *error_name = NULL;
  Listed listed = { 0 };
  gint64 deadline;

  site_start (&site);
  site_add (&site, 1, FALSE);
  page = g_strconcat (site.base, "/not-a-feed.html", NULL);
  missing = g_strconcat (site.base, "/no-such-feed.xml", NULL);
  old = g_strconcat (site.base, "/old-feed.xml", NULL);
  url = site_feed_url (&site);
  bus_fixture_setup (&f, NULL, TRUE);

  g_assert_null (bus_fixture_call (&f, subscribe_call (page, NULL, 0, NULL, NULL, 0, NULL), &error_name));
  g_assert_cmpstr (error_name, ==, "org.precis.Error.NotAFeed");
  g_clear_pointer (&error_name, g_free);
  g_assert_null (bus_fixture_call (&f, subscribe_call (missing, NULL, 0, NULL, NULL, 0, NULL), &error_name));
  g_assert_cmpstr (error_name, ==, "org.precis.Error.NotAFeed");
  g_clear_pointer (&error_name, g_free);
  g_assert_cmpuint (list_feeds (&f, NULL), ==, 0);

  /* 301: the subscription follows, and keeps its id. */
  id = subscribe (&f, old, NULL, 0, NULL);
  g_assert_cmpuint (list_feeds (&f, &listed), ==, 1);
  g_assert_cmpstr (listed.id, ==, id);
  g_assert_cmpstr (listed.url, ==, url);
  g_assert_null (listed.last_error);
  listed_clear (&listed);

  /* The feed's URL starts answering with a web page: the next polls fail
   * and ListFeeds tells why. */
  g_mutex_lock (&site.lock);
  site.serve_html = TRUE;
  g_mutex_unlock (&site.lock);
  deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  for (;;)
    {
      memset (&listed, 0, sizeof listed);
      g_assert_cmpuint (list_feeds (&f, &listed), ==, 1);
      if (listed.last_error != NULL)
        break;
      listed_clear (&listed);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (100 * 1000);
    }
  g_test_message ("ListFeeds: last-error “%s”", listed.last_error);
  g_assert_nonnull (strstr (listed.last_error, "not an RSS or Atom feed"));
  listed_clear (&listed);
  bus_fixture_teardown (&f);
  site_stop (&site);
}

static void
test_invalid (void)
{
  BusFixture f;
  char *error_name = NULL;
  gint32 zero = 0;
  const char *text = "often";
  const char *unknown = "000000000000";
  DBusMessage *m;

  bus_fixture_setup (&f, NULL, TRUE);
  g_assert_null (bus_fixture_call (&f, subscribe_call ("file:///etc/passwd", NULL, 0, NULL, NULL, 0, NULL),
                                   &error_name));
  g_assert_cmpstr (error_name, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  g_clear_pointer (&error_name, g_free);
  g_assert_null (bus_fixture_call (&f, subscribe_call ("https://x.example/feed", "interval", DBUS_TYPE_INT32,
                                                       &zero, NULL, 0, NULL), &error_name));
  g_assert_cmpstr (error_name, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  g_clear_pointer (&error_name, g_free);
  g_assert_null (bus_fixture_call (&f, subscribe_call ("https://x.example/feed", "interval", DBUS_TYPE_STRING,
                                                       &text, NULL, 0, NULL), &error_name));
  g_assert_cmpstr (error_name, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  g_clear_pointer (&error_name, g_free);
  m = bus_fixture_method (IFACE, "Unsubscribe");
  g_assert_true (dbus_message_append_args (m, DBUS_TYPE_STRING, &unknown, DBUS_TYPE_INVALID));
  g_assert_null (bus_fixture_call (&f, m, &error_name));
  g_assert_cmpstr (error_name, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  g_clear_pointer (&error_name, g_free);
  g_assert_cmpuint (list_feeds (&f, NULL), ==, 0);
  bus_fixture_teardown (&f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/feeds/poll-restart", test_poll_restart);
  g_test_add_func ("/feeds/backlog-notify", test_backlog_and_notify);
  g_test_add_func ("/feeds/backoff", test_backoff);
  g_test_add_func ("/feeds/mixed-languages", test_mixed_languages);
  g_test_add_func ("/feeds/feed-language", test_feed_language);
  g_test_add_func ("/feeds/retry-after", test_retry_after);
  g_test_add_func ("/feeds/corrupt-state", test_corrupt_state);
  g_test_add_func ("/feeds/invalid", test_invalid);
  g_test_add_func ("/feeds/for-readers", test_for_readers);
  return g_test_run ();
}
