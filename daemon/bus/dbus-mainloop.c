/* dbus-mainloop.c — libdbus on a GLib main context.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libdbus does no I/O of its own: it tells us which fds to watch and which
 * timeouts to run, and we call back into it.  One GSource per enabled
 * DBusWatch (a unix fd source), one per enabled DBusTimeout, and one
 * dispatch source that is ready whenever libdbus has parsed messages queued.
 */
#include "dbus-mainloop.h"

#include <glib-unix.h>

typedef struct {
  GSource source;
  DBusConnection *connection;
} DispatchSource;

typedef struct {
  GMainContext *context;
  GSource *dispatch;
  DBusConnection *connection;   /* not a reference: the attachment lives in the connection */
} Attachment;

/* A watch's source's callback data. */
typedef struct {
  DBusWatch *watch;
  DBusConnection *connection;
} WatchData;

static dbus_int32_t attachment_slot = -1;

/* --- dispatch ----------------------------------------------------------- */

static gboolean
dispatch_prepare (GSource *source, gint *timeout)
{
  DispatchSource *self = (DispatchSource *) source;

  *timeout = -1;
  return dbus_connection_get_dispatch_status (self->connection) == DBUS_DISPATCH_DATA_REMAINS;
}

static gboolean
dispatch_check (GSource *source)
{
  return dispatch_prepare (source, &(gint) { 0 });
}

static gboolean
dispatch_dispatch (GSource *source, GSourceFunc callback, gpointer user_data)
{
  DispatchSource *self = (DispatchSource *) source;

  /* One message per iteration: other sources (worker completions, timers)
   * get their turn even under a flood of calls. */
  dbus_connection_ref (self->connection);
  dbus_connection_dispatch (self->connection);
  dbus_connection_unref (self->connection);
  return G_SOURCE_CONTINUE;
}

static GSourceFuncs dispatch_funcs = {
  .prepare = dispatch_prepare,
  .check = dispatch_check,
  .dispatch = dispatch_dispatch,
};

/* --- watches ------------------------------------------------------------ */

static gboolean
watch_ready (gint fd, GIOCondition condition, gpointer user_data)
{
  WatchData *data = user_data;
  DBusWatch *watch = data->watch;
  unsigned int flags = 0;

  if (condition & G_IO_IN)
    flags |= DBUS_WATCH_READABLE;
  if (condition & G_IO_OUT)
    flags |= DBUS_WATCH_WRITABLE;
  if (condition & G_IO_ERR)
    flags |= DBUS_WATCH_ERROR;
  if (condition & G_IO_HUP)
    flags |= DBUS_WATCH_HANGUP;
  dbus_watch_handle (watch, flags);
  /* libdbus reads at most 2 KiB twice a dbus_watch_handle(): the rest of
   * a longer message (the seed article's call is 4.8 KB), already in the
   * socket, waited for another main-loop turn and poll().  Once more at
   * once when a message is still half read, unless the watch went (its
   * source is destroyed with it) or the read ended the connection. */
  if ((condition & G_IO_IN) && !g_source_is_destroyed (g_main_current_source ()) &&
      dbus_connection_get_dispatch_status (data->connection) == DBUS_DISPATCH_COMPLETE &&
      dbus_connection_get_is_connected (data->connection))
    dbus_watch_handle (watch, DBUS_WATCH_READABLE);
  return G_SOURCE_CONTINUE;
}

static void
watch_stop (DBusWatch *watch)
{
  GSource *source = dbus_watch_get_data (watch);

  if (source != NULL)
    {
      g_source_destroy (source);
      dbus_watch_set_data (watch, NULL, NULL);
    }
}

static void
watch_start (DBusWatch *watch, Attachment *attachment)
{
  unsigned int flags = dbus_watch_get_flags (watch);
  GIOCondition condition = G_IO_ERR | G_IO_HUP;
  GSource *source;
  WatchData *data;

  watch_stop (watch);
  if (!dbus_watch_get_enabled (watch))
    return;
  if (flags & DBUS_WATCH_READABLE)
    condition |= G_IO_IN;
  if (flags & DBUS_WATCH_WRITABLE)
    condition |= G_IO_OUT;

  source = g_unix_fd_source_new (dbus_watch_get_unix_fd (watch), condition);
  data = g_new (WatchData, 1);
  data->watch = watch;
  data->connection = attachment->connection;
  g_source_set_callback (source, (GSourceFunc) (void (*) (void)) watch_ready, data, g_free);
  /* GLib blocks a source that cannot recurse while it dispatches: its fd
   * leaves the poll set and, put back afterwards, wakes the context (an
   * eventfd write, a poll that returns at once, a read), twice or three
   * times a call.  Nothing here iterates the context from inside
   * dbus_watch_handle, and libdbus guards its own re-entry. */
  g_source_set_can_recurse (source, TRUE);
  g_source_set_name (source, "dbus watch");
  g_source_attach (source, attachment->context);
  /* The watch owns the source: unref'd (after destroy) when the watch goes. */
  dbus_watch_set_data (watch, source, (DBusFreeFunction) g_source_unref);
}

static dbus_bool_t
add_watch (DBusWatch *watch, void *data)
{
  watch_start (watch, data);
  return TRUE;
}

static void
remove_watch (DBusWatch *watch, void *data)
{
  watch_stop (watch);
}

static void
toggle_watch (DBusWatch *watch, void *data)
{
  watch_start (watch, data);
}

/* --- timeouts ----------------------------------------------------------- */

static gboolean
timeout_fired (gpointer user_data)
{
  dbus_timeout_handle (user_data);
  return G_SOURCE_CONTINUE;
}

static void
timeout_stop (DBusTimeout *timeout)
{
  GSource *source = dbus_timeout_get_data (timeout);

  if (source != NULL)
    {
      g_source_destroy (source);
      dbus_timeout_set_data (timeout, NULL, NULL);
    }
}

static void
timeout_start (DBusTimeout *timeout, GMainContext *context)
{
  GSource *source;

  timeout_stop (timeout);
  if (!dbus_timeout_get_enabled (timeout))
    return;
  source = g_timeout_source_new (dbus_timeout_get_interval (timeout));
  g_source_set_callback (source, timeout_fired, timeout, NULL);
  g_source_set_name (source, "dbus timeout");
  g_source_attach (source, context);
  dbus_timeout_set_data (timeout, source, (DBusFreeFunction) g_source_unref);
}

static dbus_bool_t
add_timeout (DBusTimeout *timeout, void *data)
{
  timeout_start (timeout, data);
  return TRUE;
}

static void
remove_timeout (DBusTimeout *timeout, void *data)
{
  timeout_stop (timeout);
}

static void
toggle_timeout (DBusTimeout *timeout, void *data)
{
  timeout_start (timeout, data);
}

/* --- attach ------------------------------------------------------------- */

/* libdbus asks for this on every message it queues, mostly while the
 * context's own thread reads them: that thread is not in poll(), and a
 * wake-up would only cost it an eventfd write, a read and a loop. */
static void
wakeup_main (void *data)
{
  if (!g_main_context_is_owner (data))
    g_main_context_wakeup (data);
}

static void
attachment_free (void *data)
{
  Attachment *attachment = data;

  g_source_destroy (attachment->dispatch);
  g_source_unref (attachment->dispatch);
  g_main_context_unref (attachment->context);
  g_free (attachment);
}

void
precis_dbus_attach (DBusConnection *connection, GMainContext *context)
{
  Attachment *attachment;
  DispatchSource *dispatch;

  g_return_if_fail (connection != NULL);

  if (context == NULL)
    context = g_main_context_default ();
  if (!dbus_connection_allocate_data_slot (&attachment_slot))
    g_error ("out of memory");

  attachment = g_new0 (Attachment, 1);
  attachment->context = g_main_context_ref (context);
  attachment->connection = connection;
  attachment->dispatch = g_source_new (&dispatch_funcs, sizeof (DispatchSource));
  dispatch = (DispatchSource *) attachment->dispatch;
  dispatch->connection = connection;  /* not a reference: the attachment lives in the connection */
  g_source_set_name (attachment->dispatch, "dbus dispatch");
  g_source_attach (attachment->dispatch, context);
  dbus_connection_set_data (connection, attachment_slot, attachment, attachment_free);

  dbus_connection_set_watch_functions (connection, add_watch, remove_watch, toggle_watch,
                                       attachment, NULL);
  dbus_connection_set_timeout_functions (connection, add_timeout, remove_timeout,
                                         toggle_timeout, context, NULL);
  dbus_connection_set_wakeup_main_function (connection, wakeup_main, context, NULL);
}

void
precis_dbus_detach (DBusConnection *connection)
{
  dbus_connection_set_watch_functions (connection, NULL, NULL, NULL, NULL, NULL);
  dbus_connection_set_timeout_functions (connection, NULL, NULL, NULL, NULL, NULL);
  dbus_connection_set_wakeup_main_function (connection, NULL, NULL, NULL);
  dbus_connection_set_data (connection, attachment_slot, NULL, NULL);
}
