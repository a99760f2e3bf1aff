/* feed-poll.h — polling subscribed feeds and announcing their new articles.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>

#include "engine.h"
#include "feed-state.h"
#include "notify.h"

G_BEGIN_DECLS

/* Shortest poll interval Subscribe parses; precisd's own minimum
 * (PrecisFeedLimits.min_interval) is higher. */
#define PRECIS_FEED_MIN_INTERVAL 1
/* Defaults of PrecisFeedLimits. */
#define PRECIS_FEED_DEFAULT_MIN_INTERVAL 300
#define PRECIS_FEED_DEFAULT_TIMEOUT 30
/* Newest items of a poll that are analyzed; older new ones are only marked seen. */
#define PRECIS_FEED_MAX_NEW_PER_POLL 50
/* A feed body larger than this is refused. */
#define PRECIS_FEED_MAX_BYTES (5 * 1024 * 1024)

typedef struct {
  gboolean interval_set;
  guint interval;       /* seconds, >= PRECIS_FEED_MIN_INTERVAL */
  gboolean notify_set;
  gboolean notify;
  gboolean backlog_set;
  guint backlog;        /* items of the first fetch to announce (default 0: none) */
} PrecisFeedOptions;

/* Subscribe's a{sv}: `interval` (any integer type), `notify` (b),
 * `backlog` (any integer type); other keys are ignored. */
gboolean precis_feed_options_parse (PrecisFeedOptions *options, DBusMessageIter *iter,
                                    GError **error);

typedef struct _PrecisFeedPoller PrecisFeedPoller;

/* Loads the subscriptions ($XDG_STATE_HOME/precis/feeds.json) and starts
 * polling them.  New articles are emitted as ArticleSummarized on
 * `connection` and, for feeds that asked, posted through `notifier`.
 * Each new item is a background call of `engine` (borrowed), which
 * fetches the page of an item that carries only a teaser, analyses it with
 * the default plugins and holds it to the engine's limits (max-text-bytes). */
PrecisFeedPoller *precis_feed_poller_new (DBusConnection *connection, PrecisNotifier *notifier,
                                          PrecisEngine *engine);
/* What one feed may cost. */
typedef struct {
  guint min_interval;       /* seconds; a shorter Subscribe interval is InvalidArgs */
  guint max_subscriptions;  /* per caller (owner); Subscribe past it: Busy */
  guint timeout_seconds;    /* a whole poll, body included */
} PrecisFeedLimits;

/* Replaces the defaults (PRECIS_FEED_DEFAULT_*); 0 keeps a default. */
void precis_feed_poller_set_limits (PrecisFeedPoller *poller, const PrecisFeedLimits *limits);

/* Cancels polls and analyses, waits for them, saves the state. */
void precis_feed_poller_free (PrecisFeedPoller *poller);

/* Feeds belong to the app that subscribed (its app id, "" for unsandboxed
 * callers).  The service says who is on the bus: */
typedef struct {
  /* Unique names of the connections of `owner` that get its feeds'
   * ArticleSummarized, as unicast signals; free with g_ptr_array_unref. */
  GPtrArray *(*listeners) (gpointer data, const char *owner);
  /* Whether `owner` has a connection on the bus now. */
  gboolean (*present) (gpointer data, const char *owner);
} PrecisFeedOwners;

/* Without owners (the default) signals go to the whole bus.  A sandboxed
 * owner's feeds stop polling once it has been away `pause_after_s` seconds
 * (0: never); nothing is deleted. */
void precis_feed_poller_set_owners (PrecisFeedPoller *poller, const PrecisFeedOwners *owners,
                                    gpointer data, guint pause_after_s);
/* `owner` called: its paused feeds resume (polled now). */
void precis_feed_poller_owner_seen (PrecisFeedPoller *poller, const char *owner);

/* ListFeeds' state of a subscription, a floating a{sv}: app-id (s),
 * interval (u), notify (b), items (u), last-success (t, unix time),
 * last-error (s) and last-error-time (t) while failing, next-poll (t),
 * polling (b), paused (b). */
GVariant *precis_feed_poller_describe (PrecisFeedPoller *poller, PrecisFeedSubscription *sub);

gboolean precis_feed_poller_has_feeds (PrecisFeedPoller *poller);
/* Polls, page fetches or item analyses are running. */
gboolean precis_feed_poller_is_busy (PrecisFeedPoller *poller);
PrecisFeedState *precis_feed_poller_get_state (PrecisFeedPoller *poller);

/* The end of a new subscription's first poll: `error` (PRECIS_ERROR_NOT_A_FEED)
 * when the URL answered with something else than a feed (a page, 404), and
 * the subscription is already gone; NULL when it gave a feed or did not
 * answer (kept, polled on with back-off). */
typedef void (*PrecisFeedFirstPollFunc) (const char *id, const GError *error, gpointer data);

/* Subscribe (or update the options of an existing subscription) and poll
 * it now; the state is saved before this returns.  Returns the feed id.
 * For a new subscription, `first_poll` (may be NULL) is called once its
 * first poll ends (*pending set TRUE); for an existing one it is not. */
char *precis_feed_poller_subscribe (PrecisFeedPoller *poller, const char *owner, const char *url,
                                    const PrecisFeedOptions *options,
                                    PrecisFeedFirstPollFunc first_poll, gpointer data,
                                    gboolean *pending, GError **error);
/* `owner` NULL: any feed; else only a feed of `owner` (others are not found). */
gboolean precis_feed_poller_unsubscribe (PrecisFeedPoller *poller, const char *owner,
                                         const char *id, GError **error);

G_END_DECLS
