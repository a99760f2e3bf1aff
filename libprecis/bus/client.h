/* client.h — the CLI's connection to precisd over libdbus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Synchronous calls on a private connection: the CLI does one thing and
 * exits, so it has no main loop to integrate with.  Every error is turned
 * into a sentence a person can act on, ending in the D-Bus error name.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRECIS_BUS_NAME "org.precis.Summarizer1"
#define PRECIS_OBJECT_PATH "/org/precis/Summarizer1"
#define PRECIS_INTERFACE "org.precis.Summarizer1"

#define PRECIS_CLIENT_ERROR (precis_client_error_quark ())
GQuark precis_client_error_quark (void);

typedef enum {
  PRECIS_CLIENT_ERROR_NO_BUS,       /* no session bus, or --address unreachable */
  PRECIS_CLIENT_ERROR_NOT_RUNNING,  /* precisd neither running nor activatable */
  PRECIS_CLIENT_ERROR_REMOTE,       /* precisd (or the bus) answered with an error */
  PRECIS_CLIENT_ERROR_BAD_REPLY,    /* a reply of another type than API v1 says */
  PRECIS_CLIENT_ERROR_NO_SUMMARY,   /* no article (NotAnArticle) or no sentences to take */
} PrecisClientError;

typedef struct _PrecisClient PrecisClient;

/* Connect to the bus at `address`, or the session bus when NULL.  Calls
 * wait at most `timeout_ms` (-1: libdbus' default). */
PrecisClient *precis_client_new (const char *address, int timeout_ms, GError **error);
void precis_client_free (PrecisClient *client);
void precis_client_set_timeout (PrecisClient *client, int timeout_ms);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisClient, precis_client_free)

/* Call `method` of `interface` (NULL: org.precis.Summarizer1) on precisd,
 * starting it by D-Bus activation if needed.  `args` is a tuple (floating
 * references are sunk) or NULL; the reply is a tuple of type `reply_type`. */
GVariant *precis_client_call (PrecisClient *client, const char *interface, const char *method,
                              GVariant *args, const char *reply_type, GError **error);

/* A property of org.precis.Summarizer1, unwrapped from its variant. */
GVariant *precis_client_get_property (PrecisClient *client, const char *name, GError **error);
gboolean precis_client_set_property (PrecisClient *client, const char *name, GVariant *value,
                                     GError **error);

/* Called for each signal `member` of org.precis.Summarizer1 whose arguments
 * are of `signature`; `args` is their tuple.  Return FALSE to stop. */
typedef gboolean (*PrecisSignalFunc) (GVariant *args, gpointer user_data);

/* Ask the bus for signal `member` of precisd, and for word of precisd
 * leaving and coming back.  Signals sent once this returns are received. */
gboolean precis_client_add_signal_match (PrecisClient *client, const char *member, GError **error);

/* Block, calling `func` for each signal matched as it arrives, until it
 * returns FALSE or the connection closes (then an error). */
gboolean precis_client_watch (PrecisClient *client, const char *member, const char *signature,
                              PrecisSignalFunc func, gpointer user_data, GError **error);

G_END_DECLS
