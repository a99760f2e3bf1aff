/* feed-state.c — tests for daemon/feeds/feed-state.c: round trip, bounds, corrupt files.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "feed-state.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("precis-feed-state-XXXXXX", &error);
  g_assert_no_error (error);
  /* A directory that does not exist yet: save creates it. */
  f->path = g_build_filename (f->dir, "precis", "feeds.json", NULL);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_autofree char *sub = g_path_get_dirname (f->path);
  g_autoptr (GDir) dir = g_dir_open (sub, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (sub, name, NULL);

      g_unlink (p);
    }
  g_rmdir (sub);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisFeedState) state = precis_feed_state_new (f->path);
  g_autoptr (PrecisFeedState) again = NULL;
  PrecisFeedSubscription *a, *b, *back;
  gboolean created;
  GStatBuf st;

  g_assert_cmpuint (precis_feed_state_list (state)->len, ==, 0);
  a = precis_feed_state_add (state, "https://a.example/feed.xml", &created, &error);
  g_assert_no_error (error);
  g_assert_true (created);
  a->interval = 60;
  a->notify = TRUE;
  a->primed = TRUE;
  a->title = g_strdup ("A “quoted” feed");
  a->etag = g_strdup ("\"v1\"");
  a->last_modified = g_strdup ("Tue, 04 Mar 2025 08:30:00 GMT");
  a->last_check = 1741077000;
  precis_feed_subscription_mark_seen (a, "item-1", 0);
  precis_feed_subscription_mark_seen (a, "item-2", 0);
  b = precis_feed_state_add (state, "https://b.example/atom", NULL, &error);
  g_assert_no_error (error);
  /* The same URL is the same subscription, with the same id. */
  g_assert_true (precis_feed_state_add (state, "https://a.example/feed.xml", &created, NULL) == a);
  g_assert_false (created);
  g_assert_cmpstr (a->id, !=, b->id);
  g_assert_cmpuint (strlen (a->id), ==, 12);

  g_assert_true (precis_feed_state_save (state, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  again = precis_feed_state_new (f->path);
  g_assert_cmpuint (precis_feed_state_list (again)->len, ==, 2);
  back = precis_feed_state_list (again)->pdata[0];
  g_assert_cmpstr (back->id, ==, a->id);
  g_assert_cmpstr (back->url, ==, a->url);
  g_assert_cmpstr (back->title, ==, a->title);
  g_assert_cmpstr (back->etag, ==, a->etag);
  g_assert_cmpstr (back->last_modified, ==, a->last_modified);
  g_assert_cmpuint (back->interval, ==, 60);
  g_assert_true (back->notify);
  g_assert_true (back->primed);
  g_assert_cmpint (back->last_check, ==, 1741077000);
  g_assert_true (precis_feed_subscription_has_seen (back, "item-1"));
  g_assert_true (precis_feed_subscription_has_seen (back, "item-2"));
  g_assert_false (precis_feed_subscription_has_seen (back, "item-3"));
  g_assert_nonnull (precis_feed_state_lookup (again, b->id));

  g_assert_true (precis_feed_state_remove (again, b->id));
  g_assert_false (precis_feed_state_remove (again, b->id));
  g_assert_null (precis_feed_state_lookup (again, b->id));
}

static void
test_bounded (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisFeedState) state = precis_feed_state_new (f->path);
  g_autoptr (PrecisFeedState) again = NULL;
  PrecisFeedSubscription *sub = precis_feed_state_add (state, "https://a.example/", NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize size_500, size_3000;

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *id = g_strdup_printf ("https://a.example/item/%u", i);

      precis_feed_subscription_mark_seen (sub, id, 0);
    }
  g_assert_true (precis_feed_state_save (state, &error));
  g_file_get_contents (f->path, &contents, &size_500, NULL);
  g_clear_pointer (&contents, g_free);

  for (guint i = 500; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("https://a.example/item/%u", i);

      precis_feed_subscription_mark_seen (sub, id, 0);
    }
  g_assert_cmpuint (sub->seen.length, ==, PRECIS_FEED_SEEN_MIN);
  g_assert_false (precis_feed_subscription_has_seen (sub, "https://a.example/item/2499"));
  g_assert_true (precis_feed_subscription_has_seen (sub, "https://a.example/item/2500"));
  g_assert_true (precis_feed_state_save (state, &error));
  g_file_get_contents (f->path, &contents, &size_3000, NULL);
  /* Same number of ids, at most three digits longer each: not six times the size. */
  g_assert_cmpuint (size_3000, <=, size_500 + 3 * 500);

  /* A larger `keep` (a feed listing many items) keeps more. */
  for (guint i = 0; i < 800; i++)
    {
      g_autofree char *id = g_strdup_printf ("big-%u", i);

      precis_feed_subscription_mark_seen (sub, id, 1600);
    }
  g_assert_cmpuint (sub->seen.length, ==, 1300);
  again = (precis_feed_state_save (state, NULL), precis_feed_state_new (f->path));
  g_assert_cmpuint (((PrecisFeedSubscription *) precis_feed_state_list (again)->pdata[0])->seen.length,
                    ==, 1300);
}

static guint
count_corrupt (const char *dir_path)
{
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "feeds.json.corrupt-"))
      n++;
  return n;
}

static void
check_corrupt (Fixture *f, const char *contents)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autoptr (PrecisFeedState) state = NULL;
  guint before;

  g_mkdir_with_parents (dir, 0700);
  before = count_corrupt (dir);
  g_assert_true (g_file_set_contents (f->path, contents, -1, NULL));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*moved it to*corrupt-*");
  state = precis_feed_state_new (f->path);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (precis_feed_state_list (state)->len, ==, 0);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_corrupt (dir), ==, before + 1);
  /* The next save writes a fresh, readable file. */
  precis_feed_state_add (state, "https://c.example/", NULL, NULL);
  g_assert_true (precis_feed_state_save (state, NULL));
  g_clear_pointer (&state, precis_feed_state_free);
  state = precis_feed_state_new (f->path);
  g_assert_cmpuint (precis_feed_state_list (state)->len, ==, 1);
  g_unlink (f->path);
  /* Rename aside uses a per-second stamp: keep names distinct. */
  g_usleep (1100 * 1000);
}

static void
test_corrupt (Fixture *f, gconstpointer data)
{
  check_corrupt (f, "{\"version\": 1, \"feeds\": [ {\"id\": \"x\", \"url\"");  /* truncated */
  check_corrupt (f, "\x89PNG garbage");
  check_corrupt (f, "{\"version\": 99, \"feeds\": []}");
  /* Nested 100,000 deep: json-glib alone overflows the stack on it. */
  {
    GString *deep = g_string_new ("{\"version\": 1, \"feeds\": [");

    for (int i = 0; i < 100000; i++)
      g_string_append_c (deep, '[');
    check_corrupt (f, deep->str);
    g_string_free (deep, TRUE);
  }
}

static guint
count_prefixed (const char *dir_path, const char *prefix)
{
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, prefix);
  return n;
}

/* One bad subscription among 1,000 good ones costs that one alone. */
static void
test_bad_entries (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  GString *json = g_string_new ("{\"version\": 1, \"feeds\": [");
  g_autoptr (PrecisFeedState) state = NULL;
  GPtrArray *subs;

  for (guint i = 0; i < 1000; i++)
    {
      if (i == 500)
        g_string_append (json, ", {\"url\": \"https://no-id.example/\"}, [1, 2], \"text\", "
                               "{\"id\": \"feed-7\", \"url\": \"https://dup.example/\"}");
      g_string_append_printf (json, "%s{\"id\": \"feed-%u\", \"url\": \"https://%u.example/\", "
                                    "\"interval\": \"soon\", \"seen\": [\"a\", 3, \"b\"]}",
                              i > 0 ? ", " : "", i, i);
    }
  g_string_append (json, "]}");
  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (f->path, json->str, -1, NULL));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*subscription 501 dropped: no id or no url*");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*subscription 502 dropped: not an object*");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*subscription 503 dropped: not an object*");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*subscription 504 dropped: feed feed-7 listed twice*");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*4 bad subscriptions dropped*bad-entries-*");
  state = precis_feed_state_new (f->path);
  g_test_assert_expected_messages ();
  subs = precis_feed_state_list (state);
  g_assert_cmpuint (subs->len, ==, 1000);
  g_assert_cmpstr (((PrecisFeedSubscription *) subs->pdata[999])->url, ==, "https://999.example/");
  /* A wrong field takes its default; a wrong seen id is skipped. */
  g_assert_cmpuint (((PrecisFeedSubscription *) subs->pdata[0])->interval, ==, PRECIS_FEED_DEFAULT_INTERVAL);
  g_assert_true (precis_feed_subscription_has_seen (subs->pdata[0], "b"));
  /* The file as it was is kept beside it; the file itself is untouched until saved. */
  g_assert_cmpuint (count_prefixed (dir, "feeds.json.bad-entries-"), ==, 1);
  g_assert_cmpuint (count_prefixed (dir, "feeds.json.corrupt-"), ==, 0);
  g_string_free (json, TRUE);
}

/* Attempts survive a restart: an item that took precisd down is counted. */
static void
test_attempts (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisFeedState) state = precis_feed_state_new (f->path);
  g_autoptr (PrecisFeedState) again = NULL;
  PrecisFeedSubscription *sub = precis_feed_state_add (state, "https://a.example/", NULL, NULL);

  g_assert_cmpuint (precis_feed_subscription_begin_attempt (sub, "item-1"), ==, 1);
  g_assert_cmpuint (precis_feed_subscription_begin_attempt (sub, "item-1"), ==, 2);
  g_assert_cmpuint (precis_feed_subscription_begin_attempt (sub, "item-2"), ==, 1);
  g_assert_true (precis_feed_state_save (state, NULL));
  again = precis_feed_state_new (f->path);
  sub = precis_feed_state_list (again)->pdata[0];
  g_assert_cmpuint (precis_feed_subscription_get_attempts (sub, "item-1"), ==, 2);
  g_assert_cmpuint (precis_feed_subscription_get_attempts (sub, "item-2"), ==, 1);
  precis_feed_subscription_end_attempt (sub, "item-1", TRUE);   /* cancelled: taken back */
  g_assert_cmpuint (precis_feed_subscription_get_attempts (sub, "item-1"), ==, 1);
  precis_feed_subscription_end_attempt (sub, "item-2", FALSE);  /* done */
  g_assert_cmpuint (precis_feed_subscription_get_attempts (sub, "item-2"), ==, 0);
}

static void
test_missing (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisFeedState) state = precis_feed_state_new (f->path);

  g_assert_cmpuint (precis_feed_state_list (state)->len, ==, 0);
  g_assert_cmpstr (precis_feed_state_get_path (state), ==, f->path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/feed-state/round-trip", Fixture, NULL, setup, test_round_trip, teardown);
  g_test_add ("/feed-state/bounded", Fixture, NULL, setup, test_bounded, teardown);
  g_test_add ("/feed-state/corrupt", Fixture, NULL, setup, test_corrupt, teardown);
  g_test_add ("/feed-state/missing", Fixture, NULL, setup, test_missing, teardown);
  g_test_add ("/feed-state/bad-entries", Fixture, NULL, setup, test_bad_entries, teardown);
  g_test_add ("/feed-state/attempts", Fixture, NULL, setup, test_attempts, teardown);
  return g_test_run ();
}
