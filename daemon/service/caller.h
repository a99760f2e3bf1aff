/* caller.h — who is calling: the process behind a bus name and its app id.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * As xdg-desktop-portal and GeoClue do it: the bus (org.freedesktop.DBus
 * GetConnectionCredentials) says which process owns a unique name, and the
 * process says which app it is: /proc/PID/root/.flatpak-info for Flatpak,
 * its cgroup or AppArmor label for snap, else it runs unsandboxed, on the
 * host, and is trusted like the user.
 */
#pragma once

#include <dbus/dbus.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PRECIS_CALLER_HOST,     /* unsandboxed: app_id is "" */
  PRECIS_CALLER_FLATPAK,
  PRECIS_CALLER_SNAP,
  PRECIS_CALLER_UNKNOWN,  /* the bus gave no process id: treated as sandboxed */
} PrecisCallerKind;

typedef struct {
  char *name;             /* unique bus name (":1.42") */
  guint32 pid;            /* 0 when the bus did not say */
  PrecisCallerKind kind;
  char *app_id;           /* "org.example.Reader", "snap.reader"; "" on the host */
} PrecisCaller;

/* Sandboxed (or unknown) callers may not change what other apps see:
 * global settings, plugins, other apps' feeds. */
gboolean precis_caller_is_sandboxed (const PrecisCaller *caller);
/* For logs and errors: "org.example.Reader (flatpak)", "unsandboxed". */
const char *precis_caller_kind_name (PrecisCallerKind kind);

/* The sandbox and app id of process `pid`, read under `proc_root` (NULL:
 * "/proc"; tests pass a fixture tree).  *app_id is "" on the host. */
PrecisCallerKind precis_caller_identify_pid (const char *proc_root, guint32 pid, char **app_id);

typedef struct _PrecisCallers PrecisCallers;

/* Called on the main thread for each message once its sender is known. */
typedef void (*PrecisCallerDispatch) (const PrecisCaller *caller, DBusMessage *message,
                                      gpointer user_data);

PrecisCallers *precis_callers_new (DBusConnection *connection, PrecisCallerDispatch dispatch,
                                   gpointer user_data);
void precis_callers_free (PrecisCallers *callers);

/* Hand `message` to the dispatch function once its sender is identified:
 * at once when the sender is known, else after one asynchronous
 * GetConnectionCredentials.  Calls of one sender keep their order. */
void precis_callers_dispatch (PrecisCallers *callers, DBusMessage *message);
/* The identity of a connected sender that has called (borrowed), or NULL. */
const PrecisCaller *precis_callers_lookup (PrecisCallers *callers, const char *name);
/* `name` left the bus (NameOwnerChanged): its calls still waiting are dropped. */
void precis_callers_forget (PrecisCallers *callers, const char *name);
/* Unique names of the connected callers of `app_id` ("" : unsandboxed
 * ones), in no particular order; free with g_ptr_array_unref. */
GPtrArray *precis_callers_names_of_app (PrecisCallers *callers, const char *app_id);
gboolean precis_callers_app_connected (PrecisCallers *callers, const char *app_id);

G_END_DECLS
