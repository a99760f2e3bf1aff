/* service-private.h — what the files of the Summarizer1 service share.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * service.c: the object, its clients, dispatch and lifetime;
 * service-calls.c: the calls that run on the worker pool;
 * service-defaults.c: default plugins and the D-Bus properties.
 */
#pragma once

#include "caller.h"
#include "dbus-interface.h"
#include "feed-poll.h"
#include "fetch.h"
#include "notify.h"
#include "service.h"

G_BEGIN_DECLS

/* One connection (unique name): its calls are cancelled when it leaves.
 * Its limit is counted per identity: the process behind it (several
 * connections of one process share one count), or the name alone. */
typedef struct {
  char *name;
  char *identity;
  guint in_flight;
  GCancellable *cancellable;
} Client;

struct _PrecisService {
  DBusConnection *connection;
  PrecisDBusInterface *iface;
  PrecisEngine *engine;
  PrecisHost *host;                  /* the engine's */
  const PrecisSettings *settings;    /* the engine's */
  PrecisNotifier *notifier;
  PrecisFeedPoller *feeds;
  PrecisCallers *callers;     /* who calls: app ids, for feeds and permissions */
  GHashTable *clients;        /* unique name → Client */
  GHashTable *identities;     /* Client.identity → calls in flight (GUINT_TO_POINTER) */
  guint in_flight;
  guint idle_timeout_s;
  guint idle_source;
  GFileMonitor *settings_monitor;  /* the user's precisd.conf (service-reload.c) */
  guint reload_source;
  GSourceFunc quit;
  gpointer quit_data;
};

typedef enum {
  CALL_SUMMARIZE,
  CALL_EXTRACT_FACTS,
  CALL_ANALYZE,
  CALL_NOTIFY_SUMMARY,
} CallKind;

/* service-clients.c */
void precis_service_idle_reset (PrecisService *service);
Client *precis_service_client_get (PrecisService *service, const char *name);
void precis_service_client_free (Client *client);
void precis_service_client_release (PrecisService *service, Client *client);
char *precis_service_identity (PrecisService *service, const char *name);
guint precis_service_identity_in_flight (PrecisService *service, const char *name);

/* service-reload.c */
/* The [feeds] limits and pause, from the engine's settings, to the poller. */
void precis_service_apply_feed_settings (PrecisService *service);
void precis_service_watch_settings (PrecisService *service);
void precis_service_unwatch_settings (PrecisService *service);

/* service-notify.c */
gboolean precis_service_notify_options (PrecisService *service, DBusMessage *message,
                                        DBusMessageIter *options, PrecisNotifyOptions *app,
                                        GError **error);
void precis_service_notifications_changed (gpointer notifier, gpointer user_data);

/* service-calls.c */
void precis_service_handle_text_call (PrecisService *service, DBusMessage *message, CallKind kind);
void precis_service_handle_analyze_url (PrecisService *service, DBusMessage *message);
void precis_service_handle_notify_summary (PrecisService *service, DBusMessage *message);

/* service-defaults.c */
void precis_service_handle_get (PrecisService *service, DBusMessage *message);
void precis_service_handle_get_all (PrecisService *service, DBusMessage *message);
void precis_service_handle_set (PrecisService *service, DBusMessage *message);

G_END_DECLS
