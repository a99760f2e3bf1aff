/* feed-methods.c — Subscribe, Unsubscribe and ListFeeds of org.precis.Summarizer1.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "dbus-marshal.h"
#include "errors.h"
#include "marshal.h"
#include "fetch.h"
#include "feed-methods.h"

static DBusMessage *
error_reply (DBusMessage *call, const GError *error)
{
  DBusMessage *reply = dbus_message_new_error (call, precis_error_to_dbus_name (error), error->message);

  if (reply == NULL)
    g_error ("out of memory");
  return reply;
}

static void
send_reply (DBusConnection *connection, DBusMessage *call, DBusMessage *reply)
{
  if (!dbus_message_get_no_reply (call) && !dbus_connection_send (connection, reply, NULL))
    g_error ("out of memory");
  dbus_message_unref (reply);
}

static DBusMessage *
id_reply (DBusMessage *call, const char *id)
{
  DBusMessage *reply = dbus_message_new_method_return (call);

  if (reply == NULL || !dbus_message_append_args (reply, DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID))
    g_error ("out of memory");
  return reply;
}

typedef struct {
  DBusConnection *connection;
  DBusMessage *call;
} Waiting;

static void
on_first_poll (const char *id, const GError *error, gpointer data)
{
  Waiting *waiting = data;

  if (error == NULL)
    send_reply (waiting->connection, waiting->call, id_reply (waiting->call, id));
  else
    {
      /* Say that nothing was kept. */
      g_autoptr (GError) wrapped = g_error_copy (error);

      g_prefix_error (&wrapped, "not subscribed: ");
      send_reply (waiting->connection, waiting->call, error_reply (waiting->call, wrapped));
    }
  dbus_message_unref (waiting->call);
  dbus_connection_unref (waiting->connection);
  g_free (waiting);
}

void
precis_feed_methods_subscribe (PrecisFeedPoller *poller, DBusConnection *connection,
                               DBusMessage *call, const char *owner)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  PrecisFeedOptions options;
  DBusMessageIter iter;
  Waiting *waiting;
  const char *url;
  gboolean pending = FALSE;

  dbus_message_iter_init (call, &iter);
  dbus_message_iter_get_basic (&iter, &url);
  dbus_message_iter_next (&iter);
  if (!precis_fetch_check_url (url, &error) || !precis_feed_options_parse (&options, &iter, &error))
    {
      send_reply (connection, call, error_reply (call, error));
      return;
    }
  waiting = g_new0 (Waiting, 1);
  waiting->connection = dbus_connection_ref (connection);
  waiting->call = dbus_message_ref (call);
  id = precis_feed_poller_subscribe (poller, owner, url, &options, on_first_poll, waiting, &pending,
                                     &error);
  if (pending)
    return;  /* answered by on_first_poll */
  dbus_message_unref (waiting->call);
  dbus_connection_unref (waiting->connection);
  g_free (waiting);
  send_reply (connection, call, id != NULL ? id_reply (call, id) : error_reply (call, error));
}

DBusMessage *
precis_feed_methods_unsubscribe (PrecisFeedPoller *poller, DBusMessage *call, const char *owner,
                                 gboolean trusted)
{
  g_autoptr (GError) error = NULL;
  DBusMessage *reply;
  const char *id;

  dbus_message_get_args (call, NULL, DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID);
  if (!precis_feed_poller_unsubscribe (poller, trusted ? NULL : owner, id, &error))
    return error_reply (call, error);
  reply = dbus_message_new_method_return (call);
  if (reply == NULL)
    g_error ("out of memory");
  return reply;
}

/* ListFeeds' options: `all` (b). */
static gboolean
list_wants_all (DBusMessage *call, gboolean *all, GError **error)
{
  DBusMessageIter iter, value;
  dbus_bool_t b;

  *all = FALSE;
  dbus_message_iter_init (call, &iter);
  if (!precis_dbus_dict_lookup (&iter, "all", &value))
    return TRUE;
  if (dbus_message_iter_get_arg_type (&value) != DBUS_TYPE_BOOLEAN)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS, "option “all” takes a boolean");
      return FALSE;
    }
  dbus_message_iter_get_basic (&value, &b);
  *all = b;
  return TRUE;
}

DBusMessage *
precis_feed_methods_list (PrecisFeedPoller *poller, DBusMessage *call, const char *owner,
                          gboolean trusted)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *subs = precis_feed_state_list (precis_feed_poller_get_state (poller));
  DBusMessage *reply;
  DBusMessageIter iter, array, st;
  gboolean ok, all;

  if (!list_wants_all (call, &all, &error))
    return error_reply (call, error);
  if (all && !trusted)
    {
      g_set_error (&error, PRECIS_ERROR, PRECIS_ERROR_ACCESS_DENIED,
                   "a sandboxed app lists its own feeds only; call ListFeeds without “all”");
      return error_reply (call, error);
    }
  reply = dbus_message_new_method_return (call);
  if (reply == NULL)
    g_error ("out of memory");
  dbus_message_iter_init_append (reply, &iter);
  ok = dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "(sssa{sv})", &array);
  for (guint i = 0; ok && i < subs->len; i++)
    {
      PrecisFeedSubscription *sub = subs->pdata[i];
      g_autofree char *title = NULL;
      g_autoptr (GVariant) state = NULL;
      const char *title_p;

      if (!all && strcmp (sub->owner, owner) != 0)
        continue;
      title = g_utf8_make_valid (sub->title != NULL ? sub->title : "", -1);
      title_p = title;
      state = g_variant_ref_sink (precis_feed_poller_describe (poller, sub));
      ok = dbus_message_iter_open_container (&array, DBUS_TYPE_STRUCT, NULL, &st) &&
           dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &sub->id) &&
           dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &sub->url) &&
           dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &title_p) &&
           precis_marshal_append_value (&st, state, NULL) &&
           dbus_message_iter_close_container (&array, &st);
    }
  if (!ok || !dbus_message_iter_close_container (&iter, &array))
    g_error ("out of memory");
  return reply;
}
