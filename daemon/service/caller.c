/* caller.c — who is calling: the process behind a bus name and its app id.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A unique name belongs to one connection for its whole life and is never
 * reused on a bus, so its identity is asked once, when it first calls, and
 * kept until NameOwnerChanged says it left.  Until the bus answers, the
 * sender's calls wait in a queue, so that they still run in order.
 *
 * Known limit, shared with every portal on dbus 1.14 (no ProcessFD in the
 * credentials): a process that exits between its call and our look-up
 * could have its PID reused.  /proc/PID gone is then treated as unknown
 * (sandboxed), never as the host.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "caller.h"
#include "dbus-marshal.h"

gboolean
precis_caller_is_sandboxed (const PrecisCaller *caller)
{
  return caller->kind != PRECIS_CALLER_HOST;
}

const char *
precis_caller_kind_name (PrecisCallerKind kind)
{
  switch (kind)
    {
    case PRECIS_CALLER_HOST: return "unsandboxed";
    case PRECIS_CALLER_FLATPAK: return "flatpak";
    case PRECIS_CALLER_SNAP: return "snap";
    case PRECIS_CALLER_UNKNOWN: default: return "unidentified";
    }
}

/* --- from a PID to an app id ------------------------------------------------- */

/* [Application] name of a Flatpak's .flatpak-info ([Runtime] runtime for a
 * bare runtime).  FALSE when the file does not exist. */
static gboolean
read_flatpak_info (const char *path, char **app_id, gboolean *unreadable)
{
  g_autoptr (GKeyFile) info = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  char *name;

  *unreadable = FALSE;
  if (!g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, &error))
    {
      *unreadable = !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
      return FALSE;
    }
  name = g_key_file_get_string (info, "Application", "name", NULL);
  if (name == NULL)
    name = g_key_file_get_string (info, "Runtime", "runtime", NULL);
  *app_id = name != NULL ? name : g_strdup ("");
  return TRUE;
}

/* snapd puts an app's processes in a cgroup named snap.NAME.APP[.UUID].scope
 * (or snap.NAME.hook...): the app id is "snap.NAME". */
static gboolean
read_snap_cgroup (const char *path, char **app_id)
{
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  lines = g_strsplit (contents, "\n", -1);
  for (char **line = lines; *line != NULL; line++)
    {
      g_auto (GStrv) parts = g_strsplit (*line, "/", -1);

      for (char **part = parts; *part != NULL; part++)
        if (g_str_has_prefix (*part, "snap."))
          {
            const char *name = *part + strlen ("snap.");
            const char *dot = strchr (name, '.');

            if (dot != NULL && dot > name)
              {
                *app_id = g_strdup_printf ("snap.%.*s", (int) (dot - name), name);
                return TRUE;
              }
          }
    }
  return FALSE;
}

PrecisCallerKind
precis_caller_identify_pid (const char *proc_root, guint32 pid, char **app_id)
{
  g_autofree char *dir = NULL, *info = NULL, *cgroup = NULL;
  gboolean unreadable;

  *app_id = NULL;
  if (proc_root == NULL)
    proc_root = "/proc";
  dir = g_strdup_printf ("%s/%u", proc_root, pid);
  if (pid == 0 || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      *app_id = g_strdup ("");
      return PRECIS_CALLER_UNKNOWN;
    }
  info = g_build_filename (dir, "root", ".flatpak-info", NULL);
  if (read_flatpak_info (info, app_id, &unreadable))
    return PRECIS_CALLER_FLATPAK;
  cgroup = g_build_filename (dir, "cgroup", NULL);
  if (read_snap_cgroup (cgroup, app_id))
    return PRECIS_CALLER_SNAP;
  *app_id = g_strdup ("");
  /* A root we may not look into is not proof of the host. */
  return unreadable ? PRECIS_CALLER_UNKNOWN : PRECIS_CALLER_HOST;
}

#ifdef PRECIS_TEST_HOOKS
/* Test builds only (meson -Dtests=true): a host process that has
 * PRECIS_TEST_APP_ID=ID in its environment is taken for the Flatpak app ID,
 * so that integration tests can run two callers of different identity
 * without a sandbox.  Installed builds (-Dtests=false) have no such hook. */
static void
apply_test_hook (PrecisCaller *caller)
{
  g_autofree char *path = g_strdup_printf ("/proc/%u/environ", caller->pid);
  g_autofree char *environ = NULL;
  gsize length;
  const char *key = "PRECIS_TEST_APP_ID=";

  if (caller->kind != PRECIS_CALLER_HOST || !g_file_get_contents (path, &environ, &length, NULL))
    return;
  for (const char *p = environ; p < environ + length; p += strlen (p) + 1)
    if (g_str_has_prefix (p, key) && p[strlen (key)] != '\0')
      {
        g_free (caller->app_id);
        caller->app_id = g_strdup (p + strlen (key));
        caller->kind = PRECIS_CALLER_FLATPAK;
        return;
      }
}
#endif

/* --- the registry of callers ---------------------------------------------------- */

typedef struct {
  PrecisCaller caller;
  gboolean resolved;
  GQueue waiting;             /* DBusMessage *, in arrival order */
  DBusPendingCall *pending;
} Entry;

struct _PrecisCallers {
  DBusConnection *connection;
  PrecisCallerDispatch dispatch;
  gpointer user_data;
  GHashTable *entries;        /* unique name → Entry */
};

static void
entry_free (Entry *entry)
{
  if (entry->pending != NULL)
    {
      dbus_pending_call_cancel (entry->pending);
      dbus_pending_call_unref (entry->pending);
    }
  g_queue_clear_full (&entry->waiting, (GDestroyNotify) dbus_message_unref);
  g_free (entry->caller.name);
  g_free (entry->caller.app_id);
  g_free (entry);
}

/* ProcessID from GetConnectionCredentials' a{sv}, or 0. */
static guint32
reply_pid (DBusMessage *reply)
{
  DBusMessageIter iter, value;
  dbus_uint32_t pid = 0;

  if (dbus_message_get_type (reply) != DBUS_MESSAGE_TYPE_METHOD_RETURN ||
      !dbus_message_has_signature (reply, "a{sv}"))
    return 0;
  dbus_message_iter_init (reply, &iter);
  if (precis_dbus_dict_lookup (&iter, "ProcessID", &value) &&
      dbus_message_iter_get_arg_type (&value) == DBUS_TYPE_UINT32)
    dbus_message_iter_get_basic (&value, &pid);
  return pid;
}

static void
run_waiting (PrecisCallers *callers, const char *name)
{
  Entry *entry;
  DBusMessage *message;

  /* Looked up again after each call: a handler that ends up in
   * precis_callers_forget() must not leave us with a freed entry. */
  while ((entry = g_hash_table_lookup (callers->entries, name)) != NULL &&
         (message = g_queue_pop_head (&entry->waiting)) != NULL)
    {
      callers->dispatch (&entry->caller, message, callers->user_data);
      dbus_message_unref (message);
    }
}

static void
on_credentials (DBusPendingCall *pending, void *user_data)
{
  PrecisCallers *callers = user_data;
  DBusMessage *reply = dbus_pending_call_steal_reply (pending);
  const char *name = NULL;
  g_autofree char *key = NULL;
  GHashTableIter it;
  Entry *entry = NULL, *e;

  g_hash_table_iter_init (&it, callers->entries);
  while (entry == NULL && g_hash_table_iter_next (&it, (gpointer *) &name, (gpointer *) &e))
    if (e->pending == pending)
      entry = e;
  if (entry == NULL || reply == NULL)
    {
      if (reply != NULL)
        dbus_message_unref (reply);
      return;
    }
  dbus_pending_call_unref (entry->pending);
  entry->pending = NULL;
  if (dbus_message_get_type (reply) == DBUS_MESSAGE_TYPE_ERROR &&
      g_strcmp0 (dbus_message_get_error_name (reply), DBUS_ERROR_NAME_HAS_NO_OWNER) == 0)
    {
      /* Gone already: nobody is waiting for the answers. */
      dbus_message_unref (reply);
      g_hash_table_remove (callers->entries, name);
      return;
    }
  entry->caller.pid = reply_pid (reply);
  dbus_message_unref (reply);
  entry->caller.kind = precis_caller_identify_pid (NULL, entry->caller.pid, &entry->caller.app_id);
#ifdef PRECIS_TEST_HOOKS
  apply_test_hook (&entry->caller);
#endif
  entry->resolved = TRUE;
  g_debug ("caller %s: pid %u, %s %s", name, entry->caller.pid,
           precis_caller_kind_name (entry->caller.kind), entry->caller.app_id);
  key = g_strdup (name);
  run_waiting (callers, key);
}

static const PrecisCaller host_peer = { .name = (char *) "", .kind = PRECIS_CALLER_HOST,
                                        .app_id = (char *) "" };

void
precis_callers_dispatch (PrecisCallers *callers, DBusMessage *message)
{
  const char *sender = dbus_message_get_sender (message);
  DBusMessage *ask;
  Entry *entry;

  if (sender == NULL)
    {
      /* Peer to peer, not through a bus: whoever connected owns the socket. */
      callers->dispatch (&host_peer, message, callers->user_data);
      return;
    }
  entry = g_hash_table_lookup (callers->entries, sender);
  if (entry != NULL && entry->resolved && entry->waiting.length == 0)
    {
      callers->dispatch (&entry->caller, message, callers->user_data);
      return;
    }
  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->caller.name = g_strdup (sender);
      g_queue_init (&entry->waiting);
      g_hash_table_insert (callers->entries, entry->caller.name, entry);
      ask = dbus_message_new_method_call (DBUS_SERVICE_DBUS, DBUS_PATH_DBUS, DBUS_INTERFACE_DBUS,
                                          "GetConnectionCredentials");
      if (ask == NULL || !dbus_message_append_args (ask, DBUS_TYPE_STRING, &sender, DBUS_TYPE_INVALID) ||
          !dbus_connection_send_with_reply (callers->connection, ask, &entry->pending,
                                            DBUS_TIMEOUT_USE_DEFAULT) ||
          entry->pending == NULL ||
          !dbus_pending_call_set_notify (entry->pending, on_credentials, callers, NULL))
        g_error ("out of memory");
      dbus_message_unref (ask);
    }
  g_queue_push_tail (&entry->waiting, dbus_message_ref (message));
}

const PrecisCaller *
precis_callers_lookup (PrecisCallers *callers, const char *name)
{
  Entry *entry;

  if (name == NULL)
    return &host_peer;
  entry = g_hash_table_lookup (callers->entries, name);
  return entry != NULL && entry->resolved ? &entry->caller : NULL;
}

void
precis_callers_forget (PrecisCallers *callers, const char *name)
{
  g_hash_table_remove (callers->entries, name);
}

GPtrArray *
precis_callers_names_of_app (PrecisCallers *callers, const char *app_id)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter it;
  Entry *entry;

  g_hash_table_iter_init (&it, callers->entries);
  while (g_hash_table_iter_next (&it, NULL, (gpointer *) &entry))
    if (entry->resolved && strcmp (entry->caller.app_id, app_id) == 0 &&
        (*app_id != '\0' || entry->caller.kind == PRECIS_CALLER_HOST))
      g_ptr_array_add (names, g_strdup (entry->caller.name));
  return names;
}

gboolean
precis_callers_app_connected (PrecisCallers *callers, const char *app_id)
{
  g_autoptr (GPtrArray) names = precis_callers_names_of_app (callers, app_id);

  return names->len > 0;
}

PrecisCallers *
precis_callers_new (DBusConnection *connection, PrecisCallerDispatch dispatch, gpointer user_data)
{
  PrecisCallers *callers = g_new0 (PrecisCallers, 1);

  callers->connection = dbus_connection_ref (connection);
  callers->dispatch = dispatch;
  callers->user_data = user_data;
  callers->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) entry_free);
  return callers;
}

void
precis_callers_free (PrecisCallers *callers)
{
  if (callers == NULL)
    return;
  g_hash_table_unref (callers->entries);
  dbus_connection_unref (callers->connection);
  g_free (callers);
}
