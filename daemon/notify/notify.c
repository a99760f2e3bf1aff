/* notify.c — summaries as desktop notifications (org.freedesktop.Notifications).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A client of the Desktop Notifications protocol on precisd's own libdbus
 * connection.  Everything is asynchronous (DBusPendingCall), because the
 * main thread also answers every other caller: GetCapabilities once per
 * server (forgotten when org.freedesktop.Notifications changes hands), then
 * Notify.  A notification about an article with a URL gets a default
 * action; ActionInvoked from the server that showed it opens the URL with
 * the desktop's handler.
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "analysis.h"
#include "errors.h"
#include "marshal.h"
#include "notify.h"
#include "summary.h"

#define NOTIFY_NAME "org.freedesktop.Notifications"
#define NOTIFY_PATH "/org/freedesktop/Notifications"
#define NOTIFY_INTERFACE "org.freedesktop.Notifications"
#define CALL_TIMEOUT_MS 10000
#define TITLE_WORDS 8
#define TITLE_MAX_CHARS 80
/* Notifications remembered for their action; a server need not ever
 * send NotificationClosed, so the oldest are forgotten past this, and
 * any after a day. */
#define MAX_OPEN_ACTIONS 64
#define MAX_OPEN_ACTION_AGE_S (24 * 3600)
#define TOP_ACTORS 3
#define TOP_PLACES 2

/* --- the text of a notification -------------------------------------------------- */

static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

/* The longest prefix of `text` that ends on a word and fits `budget`
 * code points with "…" after it; NULL when not even a word fits. */
static char *
cut_at_word (const char *text, guint budget)
{
  const char *end = NULL;
  guint n = 0;

  if (budget < 2)
    return NULL;
  for (const char *p = text; *p && n < budget; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) && n > 0)
        end = p;
    }
  if (end == NULL)
    return NULL;
  /* "word, …" reads worse than "word…". */
  while (end > text && strchr (",;:-–—", end[-1]) != NULL)
    end--;
  {
    g_autofree char *head = g_strndup (text, end - text);

    return g_strconcat (head, "…", NULL);
  }
}

static char *
words_title (const char *text)
{
  g_autofree char *flat = collapse_spaces (text);
  const char *p = flat;
  guint words = 0;

  while (*p && words < TITLE_WORDS)
    {
      while (*p == ' ')
        p++;
      while (*p && *p != ' ')
        p++;
      words++;
    }
  if (*p == '\0' && g_utf8_strlen (flat, -1) <= TITLE_MAX_CHARS)
    return g_steal_pointer (&flat);
  {
    g_autofree char *head = g_strndup (flat, p - flat);

    if (g_utf8_strlen (head, -1) > TITLE_MAX_CHARS)
      {
        char *cut = cut_at_word (head, TITLE_MAX_CHARS);

        return cut != NULL ? cut : g_utf8_substring (head, 0, TITLE_MAX_CHARS);
      }
    return g_strconcat (head, "…", NULL);
  }
}

char *
precis_notification_title (const PrecisNotification *n)
{
  if (n->title != NULL)
    {
      g_autofree char *flat = collapse_spaces (n->title);

      if (*flat != '\0' && g_utf8_strlen (flat, -1) <= TITLE_MAX_CHARS)
        return g_steal_pointer (&flat);
      if (*flat != '\0')
        {
          char *cut = cut_at_word (flat, TITLE_MAX_CHARS);

          return cut != NULL ? cut : g_utf8_substring (flat, 0, TITLE_MAX_CHARS);
        }
    }
  if (n->text != NULL)
    {
      g_autofree char *flat = collapse_spaces (n->text);

      if (*flat != '\0')
        return words_title (flat);
    }
  if (n->summary != NULL && n->summary->len > 0)
    return words_title (g_array_index (n->summary, PrecisChosenSentence, 0).text);
  return g_strdup (PRECIS_NOTIFY_APP_NAME);
}

static void
append_escaped (GString *out, const char *text, gboolean markup)
{
  if (!markup)
    {
      g_string_append (out, text);
      return;
    }
  /* The markup subset of the spec knows b, i, u, a and img: escaping the
   * three XML specials is what makes article text inert. */
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      default: g_string_append_c (out, *p);
      }
}

static gboolean
is_actor (PrecisFactKind kind)
{
  return kind == PRECIS_FACT_PERSON || kind == PRECIS_FACT_ORGANIZATION;
}

/* Up to `max` names of facts of the kinds `want` accepts, by salience. */
static void
collect_names (GPtrArray *names, GArray *facts, gboolean (*want) (PrecisFactKind), guint max)
{
  guint taken = 0;

  for (guint i = 0; facts != NULL && i < facts->len && taken < max; i++)
    {
      const PrecisFactResult *f = &g_array_index (facts, PrecisFactResult, i);
      const char *name = f->value != NULL && *f->value ? f->value : f->text;

      if (!want (f->kind) || name == NULL || *name == '\0')
        continue;
      if (g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        continue;
      g_ptr_array_add (names, (gpointer) name);
      taken++;
    }
}

static gboolean
is_place (PrecisFactKind kind)
{
  return kind == PRECIS_FACT_PLACE;
}

char *
precis_notification_body (const PrecisNotification *n, gboolean markup)
{
  guint max = n->max_chars > 0 ? n->max_chars : PRECIS_NOTIFY_DEFAULT_MAX_CHARS;
  g_autoptr (GString) plain = g_string_new (NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  GString *out;
  guint used = 0;

  for (guint i = 0; n->summary != NULL && i < n->summary->len; i++)
    {
      g_autofree char *sentence =
        collapse_spaces (g_array_index (n->summary, PrecisChosenSentence, i).text);
      guint len = (guint) g_utf8_strlen (sentence, -1);
      guint sep = used > 0 ? 1 : 0;

      if (len == 0)
        continue;
      if (used + sep + len <= max)
        {
          if (sep)
            g_string_append_c (plain, ' ');
          g_string_append (plain, sentence);
          used += sep + len;
          continue;
        }
      if (used == 0)
        {
          g_autofree char *cut = cut_at_word (sentence, max);

          if (cut != NULL)
            {
              g_string_append (plain, cut);
              used = (guint) g_utf8_strlen (cut, -1);
            }
        }
      break;
    }

  /* Who and where, in whatever room the sentences left. */
  collect_names (names, n->facts, is_actor, TOP_ACTORS);
  collect_names (names, n->facts, is_place, TOP_PLACES);
  {
    guint added = 0;

    for (guint i = 0; i < names->len; i++)
      {
        const char *name = names->pdata[i];
        guint len = (guint) g_utf8_strlen (name, -1);
        guint sep = added == 0 ? (used > 0 ? 1 : 0) : 2;  /* "\n" or ", " */

        if (used + sep + len > max)
          continue;
        if (added == 0 && used > 0)
          g_string_append_c (plain, '\n');
        else if (added > 0)
          g_string_append (plain, ", ");
        g_string_append (plain, name);
        used += sep + len;
        added++;
      }
  }

  out = g_string_new (NULL);
  append_escaped (out, plain->str, markup);
  return g_string_free (out, FALSE);
}

/* --- the server ------------------------------------------------------------------ */

typedef struct {
  PrecisNotifier *notifier;
  char *title;
  char *body_plain;
  char *body_markup;
  char *url;
  guint32 replaces_id;
  PrecisNotifyOptions app;
  PrecisNotifyCallback callback;
  gpointer user_data;
  DBusPendingCall *pending;
} Post;

typedef struct {
  char *url;
  char *server;  /* the unique name that showed it: only it may invoke the action */
  char *activation_token;  /* from the server's ActivationToken, for the launched browser */
  gint64 shown;  /* monotonic µs */
} OpenAction;

struct _PrecisNotifier {
  DBusConnection *connection;
  gboolean caps_known;
  gboolean caps_markup;
  gboolean caps_actions;
  DBusPendingCall *caps_call;
  GQueue waiting;          /* Post, until the capabilities are known */
  GHashTable *posting;     /* Post set: Notify calls in flight */
  GHashTable *actions;     /* notification id → OpenAction */
  GQueue action_order;     /* ids, oldest first */
  guint expiry;            /* forgets actions past MAX_OPEN_ACTION_AGE_S */
  GFunc idle_func;
  gpointer idle_data;
};

static void
post_free (Post *post)
{
  g_free (post->title);
  g_free (post->body_plain);
  g_free (post->body_markup);
  g_free (post->url);
  precis_notify_options_clear (&post->app);
  if (post->pending != NULL)
    dbus_pending_call_unref (post->pending);
  g_free (post);
}

static void
open_action_free (OpenAction *action)
{
  g_free (action->url);
  g_free (action->server);
  g_free (action->activation_token);
  g_free (action);
}

static void
post_finish (Post *post, guint32 id, const GError *error)
{
  post->callback (id, error, post->user_data);
  post_free (post);
}

static void
set_error_from_reply (GError **error, DBusMessage *reply)
{
  const char *name = dbus_message_get_error_name (reply);
  const char *text = NULL;

  dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &text, DBUS_TYPE_INVALID);
  if (g_strcmp0 (name, DBUS_ERROR_SERVICE_UNKNOWN) == 0 ||
      g_strcmp0 (name, DBUS_ERROR_NAME_HAS_NO_OWNER) == 0 ||
      g_str_has_prefix (name, "org.freedesktop.DBus.Error.Spawn."))
    g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_NO_NOTIFICATION_SERVER,
                 "no notification server on this session bus: nothing provides %s "
                 "(start one, e.g. dunst, mako, xfce4-notifyd, or your desktop's)", NOTIFY_NAME);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the notification server answered %s: %s",
                 name, text != NULL ? text : "(no message)");
}

static void arm_expiry (PrecisNotifier *notifier);

static void
actions_changed (PrecisNotifier *notifier)
{
  arm_expiry (notifier);
  if (g_hash_table_size (notifier->actions) == 0 && notifier->idle_func != NULL)
    notifier->idle_func (notifier, notifier->idle_data);
}

static gboolean
on_expiry (gpointer user_data)
{
  PrecisNotifier *notifier = user_data;
  gint64 now = g_get_monotonic_time ();
  gpointer oldest;

  notifier->expiry = 0;
  while ((oldest = g_queue_peek_head (&notifier->action_order)) != NULL &&
         now - ((OpenAction *) g_hash_table_lookup (notifier->actions, oldest))->shown >=
           (gint64) MAX_OPEN_ACTION_AGE_S * G_USEC_PER_SEC)
    g_hash_table_remove (notifier->actions, g_queue_pop_head (&notifier->action_order));
  actions_changed (notifier);
  return G_SOURCE_REMOVE;
}

/* One timer, for the oldest action. */
static void
arm_expiry (PrecisNotifier *notifier)
{
  gpointer oldest = g_queue_peek_head (&notifier->action_order);
  gint64 left;

  g_clear_handle_id (&notifier->expiry, g_source_remove);
  if (oldest == NULL)
    return;
  left = ((OpenAction *) g_hash_table_lookup (notifier->actions, oldest))->shown +
         (gint64) MAX_OPEN_ACTION_AGE_S * G_USEC_PER_SEC - g_get_monotonic_time ();
  notifier->expiry = g_timeout_add_seconds ((guint) CLAMP (left / G_USEC_PER_SEC + 1, 1, MAX_OPEN_ACTION_AGE_S),
                                            on_expiry, notifier);
}

static void
remember_action (PrecisNotifier *notifier, guint32 id, const char *url, const char *server)
{
  OpenAction *action = g_new0 (OpenAction, 1);

  action->url = g_strdup (url);
  action->server = g_strdup (server);
  action->shown = g_get_monotonic_time ();
  /* Replaced: it moves to the back, as the newest. */
  g_queue_remove (&notifier->action_order, GUINT_TO_POINTER (id));
  g_queue_push_tail (&notifier->action_order, GUINT_TO_POINTER (id));
  g_hash_table_replace (notifier->actions, GUINT_TO_POINTER (id), action);
  while (notifier->action_order.length > MAX_OPEN_ACTIONS)
    g_hash_table_remove (notifier->actions, g_queue_pop_head (&notifier->action_order));
  actions_changed (notifier);
}

static void
forget_action (PrecisNotifier *notifier, guint32 id)
{
  if (g_hash_table_remove (notifier->actions, GUINT_TO_POINTER (id)))
    {
      g_queue_remove (&notifier->action_order, GUINT_TO_POINTER (id));
      actions_changed (notifier);
    }
}

gboolean
precis_notifier_has_open_actions (PrecisNotifier *notifier)
{
  return g_hash_table_size (notifier->actions) > 0;
}

void
precis_notifier_set_idle_func (PrecisNotifier *notifier, GFunc func, gpointer data)
{
  notifier->idle_func = func;
  notifier->idle_data = data;
}

static void
on_notify_reply (DBusPendingCall *pending, void *user_data)
{
  Post *post = user_data;
  PrecisNotifier *notifier = post->notifier;
  DBusMessage *reply = dbus_pending_call_steal_reply (pending);
  g_autoptr (GError) error = NULL;
  dbus_uint32_t id = 0;

  g_hash_table_remove (notifier->posting, post);
  if (reply == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "no answer from the notification server");
  else if (dbus_message_get_type (reply) == DBUS_MESSAGE_TYPE_ERROR)
    set_error_from_reply (&error, reply);
  else if (!dbus_message_get_args (reply, NULL, DBUS_TYPE_UINT32, &id, DBUS_TYPE_INVALID))
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 "the notification server answered Notify with (%s), not (u)",
                 dbus_message_get_signature (reply));
  else if (post->url != NULL && notifier->caps_actions)
    remember_action (notifier, id, post->url, dbus_message_get_sender (reply));
  if (reply != NULL)
    dbus_message_unref (reply);
  post_finish (post, id, error);
}

/* The hints of the spec that say whose notification it is and how urgent. */
static gboolean
append_hints (DBusMessageIter *hints, const PrecisNotifyOptions *app)
{
  GVariantBuilder b;
  g_autoptr (GVariant) dict = NULL;
  GVariantIter it;
  GVariant *entry;
  gboolean ok = TRUE;

  g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
  if (app->desktop_entry != NULL)
    g_variant_builder_add (&b, "{sv}", "desktop-entry", g_variant_new_string (app->desktop_entry));
  if (app->category != NULL)
    g_variant_builder_add (&b, "{sv}", "category", g_variant_new_string (app->category));
  if (app->urgency != PRECIS_URGENCY_UNSET)
    g_variant_builder_add (&b, "{sv}", "urgency", g_variant_new_byte ((guchar) app->urgency));
  dict = g_variant_ref_sink (g_variant_builder_end (&b));
  g_variant_iter_init (&it, dict);
  while (ok && (entry = g_variant_iter_next_value (&it)) != NULL)
    {
      ok = precis_marshal_append_value (hints, entry, NULL);
      g_variant_unref (entry);
    }
  return ok;
}

static gboolean
append_notify_args (DBusMessage *call, Post *post, gboolean markup, gboolean actions)
{
  const char *app = post->app.app_name != NULL ? post->app.app_name : PRECIS_NOTIFY_APP_NAME;
  const char *icon = post->app.app_icon != NULL ? post->app.app_icon : "";
  const char *body = markup ? post->body_markup : post->body_plain;
  const char *action_default = "default", *label = "Open";
  dbus_uint32_t replaces = post->replaces_id;
  dbus_int32_t timeout = -1;
  DBusMessageIter iter, array, hints;

  dbus_message_iter_init_append (call, &iter);
  if (!dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &app) ||
      !dbus_message_iter_append_basic (&iter, DBUS_TYPE_UINT32, &replaces) ||
      !dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &icon) ||
      !dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &post->title) ||
      !dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &body) ||
      !dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "s", &array))
    return FALSE;
  if (actions && post->url != NULL &&
      (!dbus_message_iter_append_basic (&array, DBUS_TYPE_STRING, &action_default) ||
       !dbus_message_iter_append_basic (&array, DBUS_TYPE_STRING, &label)))
    return FALSE;
  return dbus_message_iter_close_container (&iter, &array) &&
         dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &hints) &&
         append_hints (&hints, &post->app) &&
         dbus_message_iter_close_container (&iter, &hints) &&
         dbus_message_iter_append_basic (&iter, DBUS_TYPE_INT32, &timeout);
}

static void
send_notify (PrecisNotifier *notifier, Post *post)
{
  DBusMessage *call = dbus_message_new_method_call (NOTIFY_NAME, NOTIFY_PATH, NOTIFY_INTERFACE,
                                                    "Notify");

  if (call == NULL || !append_notify_args (call, post, notifier->caps_markup, notifier->caps_actions))
    g_error ("out of memory");
  if (!dbus_connection_send_with_reply (notifier->connection, call, &post->pending, CALL_TIMEOUT_MS) ||
      post->pending == NULL)
    {
      g_autoptr (GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_CLOSED,
                                              "precisd is not connected to the bus");

      dbus_message_unref (call);
      post_finish (post, 0, error);
      return;
    }
  dbus_message_unref (call);
  g_hash_table_add (notifier->posting, post);
  dbus_pending_call_set_notify (post->pending, on_notify_reply, post, NULL);
}

static void
read_capabilities (PrecisNotifier *notifier, DBusMessage *reply)
{
  DBusMessageIter iter, array;

  notifier->caps_markup = notifier->caps_actions = FALSE;
  if (!dbus_message_has_signature (reply, "as"))
    return;
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_recurse (&iter, &array);
  while (dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRING)
    {
      const char *cap;

      dbus_message_iter_get_basic (&array, &cap);
      if (strcmp (cap, "body-markup") == 0)
        notifier->caps_markup = TRUE;
      else if (strcmp (cap, "actions") == 0)
        notifier->caps_actions = TRUE;
      dbus_message_iter_next (&array);
    }
}

static void
on_capabilities_reply (DBusPendingCall *pending, void *user_data)
{
  PrecisNotifier *notifier = user_data;
  DBusMessage *reply = dbus_pending_call_steal_reply (pending);
  g_autoptr (GError) error = NULL;
  Post *post;

  dbus_pending_call_unref (notifier->caps_call);
  notifier->caps_call = NULL;
  if (reply != NULL && dbus_message_get_type (reply) == DBUS_MESSAGE_TYPE_ERROR)
    {
      set_error_from_reply (&error, reply);
      /* A server that is there but refuses GetCapabilities may still take
       * Notify: only "nobody is there" fails the waiting posts. */
      if (!g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_NO_NOTIFICATION_SERVER))
        g_clear_error (&error);
    }
  else if (reply != NULL)
    {
      read_capabilities (notifier, reply);
      notifier->caps_known = TRUE;
      g_debug ("notification server capabilities: markup %s, actions %s",
               notifier->caps_markup ? "yes" : "no", notifier->caps_actions ? "yes" : "no");
    }
  if (reply != NULL)
    dbus_message_unref (reply);

  while ((post = g_queue_pop_head (&notifier->waiting)) != NULL)
    if (error != NULL)
      post_finish (post, 0, error);
    else
      send_notify (notifier, post);
}

static void
ask_capabilities (PrecisNotifier *notifier)
{
  DBusMessage *call;

  if (notifier->caps_call != NULL)
    return;
  call = dbus_message_new_method_call (NOTIFY_NAME, NOTIFY_PATH, NOTIFY_INTERFACE, "GetCapabilities");
  if (call == NULL)
    g_error ("out of memory");
  if (!dbus_connection_send_with_reply (notifier->connection, call, &notifier->caps_call,
                                        CALL_TIMEOUT_MS) || notifier->caps_call == NULL)
    {
      g_autoptr (GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_CLOSED,
                                              "precisd is not connected to the bus");
      Post *post;

      dbus_message_unref (call);
      notifier->caps_call = NULL;
      while ((post = g_queue_pop_head (&notifier->waiting)) != NULL)
        post_finish (post, 0, error);
      return;
    }
  dbus_message_unref (call);
  dbus_pending_call_set_notify (notifier->caps_call, on_capabilities_reply, notifier, NULL);
}

void
precis_notifier_post (PrecisNotifier *notifier, const PrecisNotification *n,
                      PrecisNotifyCallback callback, gpointer user_data)
{
  Post *post = g_new0 (Post, 1);

  g_return_if_fail (callback != NULL);
  post->notifier = notifier;
  post->title = precis_notification_title (n);
  post->body_plain = precis_notification_body (n, FALSE);
  post->body_markup = precis_notification_body (n, TRUE);
  post->url = g_strdup (n->url);
  post->replaces_id = n->replaces_id;
  precis_notify_options_init (&post->app);
  if (n->app != NULL)
    precis_notify_options_copy (&post->app, n->app);
  post->callback = callback;
  post->user_data = user_data;

  if (notifier->caps_known)
    {
      send_notify (notifier, post);
      return;
    }
  g_queue_push_tail (&notifier->waiting, post);
  ask_capabilities (notifier);
}

/* --- signals ----------------------------------------------------------------------- */

static void
on_launched (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *url = user_data;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_message ("could not open %s: %s", url, error->message);
}

static void
on_action_invoked (PrecisNotifier *notifier, DBusMessage *message)
{
  dbus_uint32_t id;
  const char *key;
  OpenAction *action;

  if (!dbus_message_get_args (message, NULL, DBUS_TYPE_UINT32, &id, DBUS_TYPE_STRING, &key,
                              DBUS_TYPE_INVALID) ||
      (action = g_hash_table_lookup (notifier->actions, GUINT_TO_POINTER (id))) == NULL)
    return;
  /* Only the server that showed the notification speaks for its clicks. */
  if (g_strcmp0 (dbus_message_get_sender (message), action->server) != 0)
    return;
  if (strcmp (key, "default") != 0 && strcmp (key, "open") != 0)
    return;
  g_debug ("notification %u clicked: opening %s", id, action->url);
  {
    g_autoptr (GAppLaunchContext) context = g_app_launch_context_new ();

    /* Wayland lets the browser take the focus only with the token the
     * server gave for this click (X11: the startup id). */
    if (action->activation_token != NULL)
      {
        g_app_launch_context_setenv (context, "XDG_ACTIVATION_TOKEN", action->activation_token);
        g_app_launch_context_setenv (context, "DESKTOP_STARTUP_ID", action->activation_token);
      }
    g_app_info_launch_default_for_uri_async (action->url, context, NULL, on_launched,
                                             g_strdup (action->url));
  }
}

/* Sent by the server just before ActionInvoked (spec 1.2). */
static void
on_activation_token (PrecisNotifier *notifier, DBusMessage *message)
{
  dbus_uint32_t id;
  const char *token;
  OpenAction *action;

  if (dbus_message_get_args (message, NULL, DBUS_TYPE_UINT32, &id, DBUS_TYPE_STRING, &token,
                             DBUS_TYPE_INVALID) &&
      (action = g_hash_table_lookup (notifier->actions, GUINT_TO_POINTER (id))) != NULL &&
      g_strcmp0 (dbus_message_get_sender (message), action->server) == 0)
    {
      g_free (action->activation_token);
      action->activation_token = g_strdup (token);
    }
}

static DBusHandlerResult
on_filter (DBusConnection *connection, DBusMessage *message, void *user_data)
{
  PrecisNotifier *notifier = user_data;

  if (dbus_message_is_signal (message, NOTIFY_INTERFACE, "ActionInvoked"))
    on_action_invoked (notifier, message);
  else if (dbus_message_is_signal (message, NOTIFY_INTERFACE, "ActivationToken"))
    on_activation_token (notifier, message);
  else if (dbus_message_is_signal (message, NOTIFY_INTERFACE, "NotificationClosed"))
    {
      dbus_uint32_t id, reason;

      if (dbus_message_get_args (message, NULL, DBUS_TYPE_UINT32, &id, DBUS_TYPE_UINT32, &reason,
                                 DBUS_TYPE_INVALID))
        {
          OpenAction *action = g_hash_table_lookup (notifier->actions, GUINT_TO_POINTER (id));

          if (action != NULL && g_strcmp0 (dbus_message_get_sender (message), action->server) == 0)
            forget_action (notifier, id);
        }
    }
  else if (dbus_message_is_signal (message, DBUS_INTERFACE_DBUS, "NameOwnerChanged"))
    {
      const char *name, *old_owner, *new_owner;

      if (dbus_message_get_args (message, NULL, DBUS_TYPE_STRING, &name, DBUS_TYPE_STRING, &old_owner,
                                 DBUS_TYPE_STRING, &new_owner, DBUS_TYPE_INVALID) &&
          strcmp (name, NOTIFY_NAME) == 0)
        {
          /* Another server, perhaps other capabilities: ask again next time. */
          notifier->caps_known = FALSE;
        }
    }
  return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
}

#define MATCH_SIGNALS "type='signal',interface='" NOTIFY_INTERFACE "',path='" NOTIFY_PATH "'"
#define MATCH_OWNER "type='signal',sender='" DBUS_SERVICE_DBUS "',interface='" DBUS_INTERFACE_DBUS \
                    "',member='NameOwnerChanged',arg0='" NOTIFY_NAME "'"

PrecisNotifier *
precis_notifier_new (DBusConnection *connection)
{
  PrecisNotifier *notifier = g_new0 (PrecisNotifier, 1);

  notifier->connection = dbus_connection_ref (connection);
  g_queue_init (&notifier->waiting);
  g_queue_init (&notifier->action_order);
  notifier->posting = g_hash_table_new (NULL, NULL);
  notifier->actions = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) open_action_free);
  /* No reply wanted: the match rules matter only once a server shows up. */
  dbus_bus_add_match (connection, MATCH_SIGNALS, NULL);
  dbus_bus_add_match (connection, MATCH_OWNER, NULL);
  if (!dbus_connection_add_filter (connection, on_filter, notifier, NULL))
    g_error ("out of memory");
  return notifier;
}

void
precis_notifier_free (PrecisNotifier *notifier)
{
  g_autoptr (GError) cancelled = NULL;
  GHashTableIter it;
  Post *post;

  if (notifier == NULL)
    return;
  cancelled = g_error_new (G_IO_ERROR, G_IO_ERROR_CANCELLED, "precisd is exiting");
  dbus_connection_remove_filter (notifier->connection, on_filter, notifier);
  if (dbus_connection_get_is_connected (notifier->connection))
    {
      dbus_bus_remove_match (notifier->connection, MATCH_SIGNALS, NULL);
      dbus_bus_remove_match (notifier->connection, MATCH_OWNER, NULL);
    }
  if (notifier->caps_call != NULL)
    {
      dbus_pending_call_cancel (notifier->caps_call);
      dbus_pending_call_unref (notifier->caps_call);
    }
  while ((post = g_queue_pop_head (&notifier->waiting)) != NULL)
    post_finish (post, 0, cancelled);
  g_hash_table_iter_init (&it, notifier->posting);
  while (g_hash_table_iter_next (&it, (gpointer *) &post, NULL))
    {
      g_hash_table_iter_remove (&it);
      dbus_pending_call_cancel (post->pending);
      post_finish (post, 0, cancelled);
    }
  g_hash_table_unref (notifier->posting);
  g_clear_handle_id (&notifier->expiry, g_source_remove);
  g_hash_table_unref (notifier->actions);
  g_queue_clear (&notifier->action_order);
  dbus_connection_unref (notifier->connection);
  g_free (notifier);
}
