/* notify.h — summaries as desktop notifications (org.freedesktop.Notifications).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

#include "notify-options.h"

G_BEGIN_DECLS

#define PRECIS_NOTIFY_DEFAULT_MAX_CHARS 180
#define PRECIS_NOTIFY_APP_NAME "precis"

typedef struct {
  const char *title;    /* the `title` option or the page's; NULL: the text's first words */
  const char *text;     /* the article, for a title of its first words (may be NULL) */
  const char *url;      /* NULL: no "open" action */
  GArray *summary;      /* PrecisChosenSentence (may be NULL) */
  GArray *facts;        /* PrecisFactResult, by salience (may be NULL) */
  guint max_chars;      /* 0: PRECIS_NOTIFY_DEFAULT_MAX_CHARS */
  guint32 replaces_id;
  const PrecisNotifyOptions *app;  /* whose notification it is (NULL: precis's) */
} PrecisNotification;

/* The notification's summary line: the title, or the first words of the text. */
char *precis_notification_title (const PrecisNotification *n);
/* The body: whole summary sentences within max_chars code points (a first
 * sentence longer than that cut at a word with "…"), then the top actors
 * and places if they fit.  With `markup`, &, < and > are escaped (the
 * length counts the text, not its escapes). */
char *precis_notification_body (const PrecisNotification *n, gboolean markup);

typedef struct _PrecisNotifier PrecisNotifier;

/* A client of the notification server on `connection` (main thread only). */
PrecisNotifier *precis_notifier_new (DBusConnection *connection);
void precis_notifier_free (PrecisNotifier *notifier);

/* `id` is the server's, or 0 with `error` set: PRECIS_ERROR_NO_NOTIFICATION_SERVER
 * when nobody provides org.freedesktop.Notifications. */
typedef void (*PrecisNotifyCallback) (guint32 id, const GError *error, gpointer user_data);

/* Post `n` (copied: it may be freed on return); calls `callback` on the main
 * context once the server answered. */
void precis_notifier_post (PrecisNotifier *notifier, const PrecisNotification *n,
                           PrecisNotifyCallback callback, gpointer user_data);

/* Whether a notification shown may still be clicked: its Open action lives
 * in precisd, which must not idle out meanwhile.  A notification counts
 * until its server says it closed, or for a day at most. */
gboolean precis_notifier_has_open_actions (PrecisNotifier *notifier);
/* `func` is called when the last open action is gone (precisd may idle out). */
void precis_notifier_set_idle_func (PrecisNotifier *notifier, GFunc func, gpointer data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNotifier, precis_notifier_free)

G_END_DECLS
