/* feed-state.c — feed subscriptions and the items already seen, on disk.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One JSON file, rewritten whole through g_file_set_contents (a rename),
 * so a crash leaves either the old or the new state, never half of one.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "errors.h"
#include "feed-state.h"
#include "json-depth.h"

#define STATE_VERSION 1

struct _PrecisFeedState {
  char *path;
  GPtrArray *feeds;   /* PrecisFeedSubscription, in the order added */
};

static PrecisFeedSubscription *
subscription_new (const char *id, const char *url)
{
  PrecisFeedSubscription *sub = g_new0 (PrecisFeedSubscription, 1);

  sub->id = g_strdup (id);
  sub->url = g_strdup (url);
  sub->owner = g_strdup ("");
  sub->interval = PRECIS_FEED_DEFAULT_INTERVAL;
  g_queue_init (&sub->seen);
  sub->seen_set = g_hash_table_new (g_str_hash, g_str_equal);
  sub->attempts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return sub;
}

static void
subscription_free (PrecisFeedSubscription *sub)
{
  g_hash_table_unref (sub->seen_set);
  g_hash_table_unref (sub->attempts);
  g_queue_clear_full (&sub->seen, g_free);
  g_free (sub->id);
  g_free (sub->url);
  g_free (sub->owner);
  g_free (sub->last_error);
  g_free (sub->title);
  g_free (sub->etag);
  g_free (sub->last_modified);
  g_free (sub);
}

char *
precis_feed_id_for_url (const char *url)
{
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);

  return g_strndup (sum, 12);
}

char *
precis_feed_id_for_owner (const char *owner, const char *url)
{
  g_autofree char *key = NULL;

  if (owner == NULL || *owner == '\0')
    return precis_feed_id_for_url (url);
  /* A newline cannot be part of an app id or a URL: no two pairs collide. */
  key = g_strconcat (owner, "\n", url, NULL);
  return precis_feed_id_for_url (key);
}

gboolean
precis_feed_subscription_has_seen (PrecisFeedSubscription *sub, const char *item_id)
{
  return g_hash_table_contains (sub->seen_set, item_id);
}

void
precis_feed_subscription_mark_seen (PrecisFeedSubscription *sub, const char *item_id, guint keep)
{
  char *copy;

  if (keep == 0)
    keep = PRECIS_FEED_SEEN_MIN;
  if (!g_hash_table_contains (sub->seen_set, item_id))
    {
      copy = g_strdup (item_id);
      g_queue_push_tail (&sub->seen, copy);
      g_hash_table_add (sub->seen_set, copy);
    }
  while (sub->seen.length > keep)
    {
      char *old = g_queue_pop_head (&sub->seen);

      g_hash_table_remove (sub->seen_set, old);
      g_free (old);
    }
}

guint
precis_feed_subscription_get_attempts (PrecisFeedSubscription *sub, const char *item_id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (sub->attempts, item_id));
}

guint
precis_feed_subscription_begin_attempt (PrecisFeedSubscription *sub, const char *item_id)
{
  guint n = precis_feed_subscription_get_attempts (sub, item_id) + 1;

  g_hash_table_replace (sub->attempts, g_strdup (item_id), GUINT_TO_POINTER (n));
  return n;
}

void
precis_feed_subscription_end_attempt (PrecisFeedSubscription *sub, const char *item_id,
                                      gboolean undo)
{
  guint n = precis_feed_subscription_get_attempts (sub, item_id);

  if (undo && n > 1)
    g_hash_table_replace (sub->attempts, g_strdup (item_id), GUINT_TO_POINTER (n - 1));
  else
    g_hash_table_remove (sub->attempts, item_id);
}

/* --- reading ----------------------------------------------------------------- */

static const char *
member_string (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
         ? json_node_get_string (n) : NULL;
}

static gint64
member_int (JsonObject *o, const char *name, gint64 fallback)
{
  JsonNode *n = json_object_get_member (o, name);

  return n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_INT64
         ? json_node_get_int (n) : fallback;
}

static gboolean
member_bool (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (n);
}

static gboolean
read_feed (PrecisFeedState *state, JsonNode *node, GError **error)
{
  JsonObject *o = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *id = o ? member_string (o, "id") : NULL, *url = o ? member_string (o, "url") : NULL;
  JsonNode *seen_node;
  PrecisFeedSubscription *sub;
  gint64 interval;

  JsonNode *attempts_node;

  if (o == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS, "not an object");
      return FALSE;
    }
  if (id == NULL || url == NULL || *id == '\0' || *url == '\0')
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS, "no id or no url");
      return FALSE;
    }
  if (precis_feed_state_lookup (state, id) != NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS, "feed %s listed twice", id);
      return FALSE;
    }
  if (state->feeds->len >= PRECIS_FEED_MAX_SUBSCRIPTIONS)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "feed %s is past the limit of %u subscriptions", id, PRECIS_FEED_MAX_SUBSCRIPTIONS);
      return FALSE;
    }
  sub = subscription_new (id, url);
  sub->title = g_strdup (member_string (o, "title"));
  if (member_string (o, "owner") != NULL)
    {
      g_free (sub->owner);
      sub->owner = g_strdup (member_string (o, "owner"));
    }
  sub->owner_seen = member_int (o, "owner-seen", 0);
  sub->last_error = g_strdup (member_string (o, "last-error"));
  sub->last_error_time = member_int (o, "last-error-time", 0);
  sub->items = (guint) CLAMP (member_int (o, "items", 0), 0, G_MAXUINT32);
  interval = member_int (o, "interval", PRECIS_FEED_DEFAULT_INTERVAL);
  sub->interval = (guint) CLAMP (interval, 1, G_MAXUINT32);
  sub->notify = member_bool (o, "notify");
  sub->primed = member_bool (o, "primed");
  sub->backlog = (guint) CLAMP (member_int (o, "backlog", 0), 0, G_MAXUINT32);
  sub->last_check = member_int (o, "last-check", 0);
  sub->etag = g_strdup (member_string (o, "etag"));
  sub->last_modified = g_strdup (member_string (o, "last-modified"));
  seen_node = json_object_get_member (o, "seen");
  if (seen_node != NULL && JSON_NODE_HOLDS_ARRAY (seen_node))
    {
      JsonArray *seen = json_node_get_array (seen_node);
      guint n = json_array_get_length (seen);

      for (guint i = 0; i < n; i++)
        {
          JsonNode *e = json_array_get_element (seen, i);

          if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
            precis_feed_subscription_mark_seen (sub, json_node_get_string (e), MAX (n, 1));
        }
    }
  attempts_node = json_object_get_member (o, "attempts");
  if (attempts_node != NULL && JSON_NODE_HOLDS_OBJECT (attempts_node))
    {
      JsonObject *attempts = json_node_get_object (attempts_node);
      g_autoptr (GList) items = json_object_get_members (attempts);

      for (GList *l = items; l != NULL; l = l->next)
        {
          gint64 n = member_int (attempts, l->data, 0);

          if (n > 0)
            g_hash_table_replace (sub->attempts, g_strdup (l->data),
                                  GUINT_TO_POINTER ((guint) MIN (n, PRECIS_FEED_MAX_ATTEMPTS)));
        }
    }
  g_ptr_array_add (state->feeds, sub);
  return TRUE;
}

static gboolean
read_state (PrecisFeedState *state, const char *contents, gsize length, guint *dropped,
            GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonObject *o;
  JsonNode *feeds;

  /* json-glib recurses once per level: a deep file would overflow the stack. */
  if (!precis_json_depth_within (contents, (gssize) length, PRECIS_JSON_MAX_DEPTH))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "JSON nested deeper than %d levels", PRECIS_JSON_MAX_DEPTH);
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, contents, (gssize) length, error))
    return FALSE;
  root = json_parser_get_root (parser);
  o = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  feeds = o != NULL ? json_object_get_member (o, "feeds") : NULL;
  if (o == NULL || member_int (o, "version", 0) != STATE_VERSION || feeds == NULL ||
      !JSON_NODE_HOLDS_ARRAY (feeds))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "not precis feed state version %d", STATE_VERSION);
      return FALSE;
    }
  /* One bad subscription costs that one, not the thousand beside it. */
  for (guint i = 0; i < json_array_get_length (json_node_get_array (feeds)); i++)
    {
      g_autoptr (GError) entry_error = NULL;

      if (!read_feed (state, json_array_get_element (json_node_get_array (feeds), i), &entry_error))
        {
          g_warning ("feed state %s: subscription %u dropped: %s", state->path, i + 1,
                     entry_error->message);
          (*dropped)++;
        }
    }
  return TRUE;
}

static char *
aside_path (const char *path, const char *what)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");

  return g_strdup_printf ("%s.%s-%s", path, what, stamp);
}

/* Some entries were dropped: keep the file as it was, for the user. */
static void
copy_aside (const char *path, const char *contents, gsize length, guint dropped)
{
  g_autofree char *aside = aside_path (path, "bad-entries");
  g_autoptr (GError) error = NULL;

  if (g_file_set_contents_full (aside, contents, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                0600, &error))
    g_warning ("feed state %s: %u bad subscriptions dropped, the others kept; the file as it "
               "was is in %s", path, dropped, aside);
  else
    g_warning ("feed state %s: %u bad subscriptions dropped; could not keep a copy: %s", path,
               dropped, error->message);
}

static void
move_aside (const char *path, const char *why)
{
  g_autofree char *aside = aside_path (path, "corrupt");

  if (g_rename (path, aside) == 0)
    g_warning ("feed state %s is unreadable (%s): moved it to %s and started without "
               "subscriptions", path, why, aside);
  else
    g_warning ("feed state %s is unreadable (%s) and could not be moved aside (%s): "
               "starting without subscriptions", path, why, g_strerror (errno));
}

static void
load (PrecisFeedState *state)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint dropped = 0;

  if (!g_file_get_contents (state->path, &contents, &length, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_warning ("cannot read feed state %s: %s", state->path, error->message);
      return;
    }
  if (!read_state (state, contents, length, &dropped, &error))
    {
      g_ptr_array_set_size (state->feeds, 0);
      move_aside (state->path, error->message);
    }
  else if (dropped > 0)
    copy_aside (state->path, contents, length, dropped);
}

PrecisFeedState *
precis_feed_state_new (const char *path)
{
  PrecisFeedState *state = g_new0 (PrecisFeedState, 1);

  state->path = path != NULL ? g_strdup (path)
                             : g_build_filename (g_get_user_state_dir (), "precis", "feeds.json", NULL);
  state->feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) subscription_free);
  load (state);
  return state;
}

PrecisFeedState *
precis_feed_state_new_from_data (const char *path, const char *contents, gsize length,
                                 GError **error)
{
  PrecisFeedState *state = g_new0 (PrecisFeedState, 1);
  guint dropped = 0;

  state->path = g_strdup (path);
  state->feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) subscription_free);
  if (!read_state (state, contents, length, &dropped, error))
    {
      precis_feed_state_free (state);
      return NULL;
    }
  return state;
}

void
precis_feed_state_free (PrecisFeedState *state)
{
  if (state == NULL)
    return;
  g_ptr_array_unref (state->feeds);
  g_free (state->path);
  g_free (state);
}

const char *
precis_feed_state_get_path (PrecisFeedState *state)
{
  return state->path;
}

/* --- writing ----------------------------------------------------------------- */

static void
add_string (JsonBuilder *b, const char *name, const char *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value);
}

static void
write_feed (JsonBuilder *b, PrecisFeedSubscription *sub)
{
  json_builder_begin_object (b);
  add_string (b, "id", sub->id);
  add_string (b, "url", sub->url);
  add_string (b, "title", sub->title);
  if (*sub->owner != '\0')
    {
      add_string (b, "owner", sub->owner);
      json_builder_set_member_name (b, "owner-seen");
      json_builder_add_int_value (b, sub->owner_seen);
    }
  json_builder_set_member_name (b, "interval");
  json_builder_add_int_value (b, sub->interval);
  json_builder_set_member_name (b, "notify");
  json_builder_add_boolean_value (b, sub->notify);
  json_builder_set_member_name (b, "backlog");
  json_builder_add_int_value (b, sub->backlog);
  json_builder_set_member_name (b, "primed");
  json_builder_add_boolean_value (b, sub->primed);
  json_builder_set_member_name (b, "last-check");
  json_builder_add_int_value (b, sub->last_check);
  add_string (b, "last-error", sub->last_error);
  if (sub->last_error != NULL)
    {
      json_builder_set_member_name (b, "last-error-time");
      json_builder_add_int_value (b, sub->last_error_time);
    }
  json_builder_set_member_name (b, "items");
  json_builder_add_int_value (b, sub->items);
  add_string (b, "etag", sub->etag);
  add_string (b, "last-modified", sub->last_modified);
  if (g_hash_table_size (sub->attempts) > 0)
    {
      GHashTableIter it;
      gpointer item, n;

      json_builder_set_member_name (b, "attempts");
      json_builder_begin_object (b);
      g_hash_table_iter_init (&it, sub->attempts);
      while (g_hash_table_iter_next (&it, &item, &n))
        {
          json_builder_set_member_name (b, item);
          json_builder_add_int_value (b, GPOINTER_TO_UINT (n));
        }
      json_builder_end_object (b);
    }
  json_builder_set_member_name (b, "seen");
  json_builder_begin_array (b);
  for (GList *l = sub->seen.head; l != NULL; l = l->next)
    json_builder_add_string_value (b, l->data);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

gboolean
precis_feed_state_save (PrecisFeedState *state, GError **error)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *dir = g_path_get_dirname (state->path);
  g_autofree char *text = NULL;
  gsize length;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, STATE_VERSION);
  json_builder_set_member_name (b, "feeds");
  json_builder_begin_array (b);
  for (guint i = 0; i < state->feeds->len; i++)
    write_feed (b, state->feeds->pdata[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, &length);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "cannot create %s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (state->path, text, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* --- subscriptions ----------------------------------------------------------- */

GPtrArray *
precis_feed_state_list (PrecisFeedState *state)
{
  return state->feeds;
}

PrecisFeedSubscription *
precis_feed_state_lookup (PrecisFeedState *state, const char *id)
{
  for (guint i = 0; i < state->feeds->len; i++)
    {
      PrecisFeedSubscription *sub = state->feeds->pdata[i];

      if (strcmp (sub->id, id) == 0)
        return sub;
    }
  return NULL;
}

PrecisFeedSubscription *
precis_feed_state_add (PrecisFeedState *state, const char *url, gboolean *created, GError **error)
{
  return precis_feed_state_add_owned (state, NULL, url, created, error);
}

PrecisFeedSubscription *
precis_feed_state_add_owned (PrecisFeedState *state, const char *owner, const char *url,
                             gboolean *created, GError **error)
{
  g_autofree char *id = precis_feed_id_for_owner (owner, url);
  PrecisFeedSubscription *sub = precis_feed_state_lookup (state, id);

  if (created != NULL)
    *created = sub == NULL;
  if (sub != NULL)
    return sub;
  if (state->feeds->len >= PRECIS_FEED_MAX_SUBSCRIPTIONS)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BUSY,
                   "precisd already follows %u feeds, its limit; unsubscribe from one first",
                   state->feeds->len);
      return NULL;
    }
  sub = subscription_new (id, url);
  g_free (sub->owner);
  sub->owner = g_strdup (owner != NULL ? owner : "");
  g_ptr_array_add (state->feeds, sub);
  return sub;
}

gboolean
precis_feed_state_remove (PrecisFeedState *state, const char *id)
{
  PrecisFeedSubscription *sub = precis_feed_state_lookup (state, id);

  return sub != NULL && g_ptr_array_remove (state->feeds, sub);
}
