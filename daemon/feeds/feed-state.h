/* feed-state.h — feed subscriptions and the items already seen, on disk.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ids kept a feed: at least this many, and at least twice the items
 * of its last fetch, so that an item never rolls out while still listed. */
#define PRECIS_FEED_SEEN_MIN 500
/* Subscriptions one user may have: bounds the file and the polling. */
#define PRECIS_FEED_MAX_SUBSCRIPTIONS 1000
#define PRECIS_FEED_DEFAULT_INTERVAL 900
/* An item is analysed at most this often (the first try and two retries):
 * one whose analysis fails, or takes precisd down, is then given up on. */
#define PRECIS_FEED_MAX_ATTEMPTS 3

typedef struct {
  char *id;              /* derived from the owner and URL: subscribing twice gives the same id */
  char *url;
  char *owner;           /* app id of the subscriber, "" for unsandboxed callers */
  gint64 owner_seen;     /* unix time the owner was last seen on the bus (0: never) */
  char *title;           /* the feed's own title once fetched, or NULL */
  guint interval;        /* seconds between polls, >= 1 */
  gboolean notify;       /* post a notification for each new item */
  guint backlog;         /* items of the first fetch that are announced (newest ones) */
  gboolean primed;       /* the first fetch is done: unseen items are new */
  gint64 last_check;     /* unix time of the last poll answered (0: never) */
  char *last_error;      /* why the latest poll failed, NULL once one succeeds */
  gint64 last_error_time;/* unix time of that failure */
  guint items;           /* items the feed listed at its last successful fetch */
  char *etag;            /* for If-None-Match, or NULL */
  char *last_modified;   /* for If-Modified-Since, or NULL */
  GQueue seen;           /* item ids (char *), oldest first */
  GHashTable *seen_set;  /* the same ids, for lookups */
  GHashTable *attempts;  /* item id → analyses started and not ended well (saved) */
} PrecisFeedSubscription;

typedef struct _PrecisFeedState PrecisFeedState;

/* `path` NULL: $XDG_STATE_HOME/precis/feeds.json.  Loads the file: a file
 * that cannot be read as feed state at all (not JSON, nested deeper than
 * PRECIS_JSON_MAX_DEPTH, another version) is renamed aside
 * (PATH.corrupt-TIME) with one warning, and the state starts empty.  A bad
 * subscription in a good file is dropped alone, with a warning naming it;
 * the file as it was is then copied aside (PATH.bad-entries-TIME). */
PrecisFeedState *precis_feed_state_new (const char *path);
void precis_feed_state_free (PrecisFeedState *state);
const char *precis_feed_state_get_path (PrecisFeedState *state);

/* Write the file atomically (0600, its directory 0700). */
gboolean precis_feed_state_save (PrecisFeedState *state, GError **error);

/* Subscriptions in the order they were added; borrowed. */
GPtrArray *precis_feed_state_list (PrecisFeedState *state);
PrecisFeedSubscription *precis_feed_state_lookup (PrecisFeedState *state, const char *id);
/* The subscription for `url`, created if new (`created` may be NULL);
 * NULL with PRECIS_ERROR_BUSY past PRECIS_FEED_MAX_SUBSCRIPTIONS. */
PrecisFeedSubscription *precis_feed_state_add (PrecisFeedState *state, const char *url,
                                               gboolean *created, GError **error);
/* The same for the app `owner` ("" or NULL: unsandboxed callers): each app
 * has its own subscription to a URL. */
PrecisFeedSubscription *precis_feed_state_add_owned (PrecisFeedState *state, const char *owner,
                                                     const char *url, gboolean *created,
                                                     GError **error);
gboolean precis_feed_state_remove (PrecisFeedState *state, const char *id);

/* The id of a feed URL (also used by precis_feed_state_add). */
char *precis_feed_id_for_url (const char *url);
/* The id of `owner`'s subscription to `url`: for "" the id of the URL. */
char *precis_feed_id_for_owner (const char *owner, const char *url);

gboolean precis_feed_subscription_has_seen (PrecisFeedSubscription *sub, const char *item_id);
/* Remember `item_id`, forgetting the oldest ids beyond `keep` (0: PRECIS_FEED_SEEN_MIN). */
void precis_feed_subscription_mark_seen (PrecisFeedSubscription *sub, const char *item_id,
                                         guint keep);

/* Count one more analysis of `item_id` (before it starts); returns the count. */
guint precis_feed_subscription_begin_attempt (PrecisFeedSubscription *sub, const char *item_id);
guint precis_feed_subscription_get_attempts (PrecisFeedSubscription *sub, const char *item_id);
/* The analysis ended: forget the count (announced or given up), or take
 * back the one begun (`undo`: cancelled, it did not really run). */
void precis_feed_subscription_end_attempt (PrecisFeedSubscription *sub, const char *item_id,
                                           gboolean undo);

/* Load state from `contents` into a new state that saves to `path` (which
 * is not read): what precis_feed_state_new does with the file, for tests
 * and the fuzzer.  Bad entries are dropped, their reasons logged. */
PrecisFeedState *precis_feed_state_new_from_data (const char *path, const char *contents,
                                                  gsize length, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisFeedState, precis_feed_state_free)

G_END_DECLS
