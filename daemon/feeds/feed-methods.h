/* feed-methods.h — Subscribe, Unsubscribe and ListFeeds of org.precis.Summarizer1.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>

#include "feed-poll.h"

G_BEGIN_DECLS

/* Each returns the reply to `call` (a method return or an error); the
 * caller sends it.  The signature was checked by the dispatcher.  `owner`
 * is the caller's app id ("" unsandboxed): it subscribes for itself, and
 * lists and removes its own feeds.  `trusted` (unsandboxed) callers may
 * remove any feed and list all of them (ListFeeds option `all`). */
/* Subscribe answers a new subscription once its first poll shows a feed
 * (else NotAFeed, FetchFailed, … and nothing is kept): it sends its reply
 * on `connection` itself. */
void precis_feed_methods_subscribe (PrecisFeedPoller *poller, DBusConnection *connection,
                                    DBusMessage *call, const char *owner);
DBusMessage *precis_feed_methods_unsubscribe (PrecisFeedPoller *poller, DBusMessage *call,
                                              const char *owner, gboolean trusted);
DBusMessage *precis_feed_methods_list (PrecisFeedPoller *poller, DBusMessage *call,
                                       const char *owner, gboolean trusted);

G_END_DECLS
