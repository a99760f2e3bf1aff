/* feed-methods.c — Subscribe, Unsubscribe and ListFeeds of org.precis.Summarizer1.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "errors.h"
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

DBusMessage *
precis_feed_methods_subscribe (PrecisFeedPoller *poller, DBusMessage *call)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  PrecisFeedOptions options;
  DBusMessageIter iter;
  DBusMessage *reply;
  const char *url;

  dbus_message_iter_init (call, &iter);
  dbus_message_iter_get_basic (&iter, &url);
  dbus_message_iter_next (&iter);
  if (!precis_fetch_check_url (url, &error) || !precis_feed_options_parse (&options, &iter, &error) ||
      (id = precis_feed_poller_subscribe (poller, url, &options, &error)) == NULL)
    return error_reply (call, error);
  reply = dbus_message_new_method_return (call);
  if (reply == NULL || !dbus_message_append_args (reply, DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID))
    g_error ("out of memory");
  return reply;
}

DBusMessage *
precis_feed_methods_unsubscribe (PrecisFeedPoller *poller, DBusMessage *call)
{
  g_autoptr (GError) error = NULL;
  DBusMessage *reply;
  const char *id;

  dbus_message_get_args (call, NULL, DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID);
  if (!precis_feed_poller_unsubscribe (poller, id, &error))
    return error_reply (call, error);
  reply = dbus_message_new_method_return (call);
  if (reply == NULL)
    g_error ("out of memory");
  return reply;
}

DBusMessage *
precis_feed_methods_list (PrecisFeedPoller *poller, DBusMessage *call)
{
  GPtrArray *subs = precis_feed_state_list (precis_feed_poller_get_state (poller));
  DBusMessage *reply = dbus_message_new_method_return (call);
  DBusMessageIter iter, array, st;
  gboolean ok;

  if (reply == NULL)
    g_error ("out of memory");
  dbus_message_iter_init_append (reply, &iter);
  ok = dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "(ssst)", &array);
  for (guint i = 0; ok && i < subs->len; i++)
    {
      PrecisFeedSubscription *sub = subs->pdata[i];
      g_autofree char *title = g_utf8_make_valid (sub->title != NULL ? sub->title : "", -1);
      dbus_uint64_t last_check = sub->last_check > 0 ? (dbus_uint64_t) sub->last_check : 0;
      const char *title_p = title;

      ok = dbus_message_iter_open_container (&array, DBUS_TYPE_STRUCT, NULL, &st) &&
           dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &sub->id) &&
           dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &sub->url) &&
           dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &title_p) &&
           dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT64, &last_check) &&
           dbus_message_iter_close_container (&array, &st);
    }
  if (!ok || !dbus_message_iter_close_container (&iter, &array))
    g_error ("out of memory");
  return reply;
}
