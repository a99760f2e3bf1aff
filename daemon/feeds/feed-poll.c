/* feed-poll.c — polling subscribed feeds and announcing their new articles.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Polls run on the main context with their own SoupSession (conditional
 * GET: If-None-Match / If-Modified-Since), one timer a feed, doubling the
 * wait after each failure.  A new item is one call of the engine, in its
 * background lane so that a busy feed never holds back interactive calls:
 * on its content when the feed carries the article, else on the linked
 * page (fetched, then its article extracted), else on its teaser.  The result
 * is the ArticleSummarized signal and, if the subscription asked, a
 * notification.  An item is marked seen once announced (or given up on),
 * so a restart neither loses nor repeats one.
 */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "dbus-interface.h"
#include "dbus-marshal.h"
#include "errors.h"
#include "feed-parse.h"
#include "feed-poll.h"
#include "marshal.h"
#include "url-policy.h"

/* An item text shorter than this (code points) is a teaser: the page is read. */
#define TEASER_MAX_CHARS 500
/* Waits never grow past this, however long a feed has been failing. */
#define MAX_BACKOFF_SECONDS (6 * 3600)
#define READ_CHUNK 65536
#define SAVE_DELAY_MS 1000

typedef struct {
  PrecisFeedPoller *poller;
  char *id;
  guint64 serial;        /* tells a re-subscription from the feed it replaced */
  guint timer;
  gint64 next_poll;      /* unix time the timer fires (0: none) */
  GCancellable *cancellable;
  gboolean polling;
  gboolean paused;       /* its owner has been away: no timer until it calls */
  guint failures;
  GHashTable *pending;   /* item ids being analyzed */
  PrecisFeedFirstPollFunc first_poll;  /* a new subscription waits for its first poll */
  gpointer first_poll_data;
  guint keep;            /* seen ids to keep: enough for all the feed lists */
} Feed;

struct _PrecisFeedPoller {
  DBusConnection *connection;
  PrecisNotifier *notifier;
  PrecisEngine *engine;
  PrecisFetcher *fetcher;
  PrecisFeedState *state;
  SoupSession *session;
  GHashTable *feeds;     /* id → Feed */
  const PrecisFeedOwners *owners;
  gpointer owners_data;
  guint pause_after_s;
  guint64 next_serial;
  guint outstanding;     /* polls, fetches and analyses not yet back */
  guint save_source;
  PrecisFeedLimits limits;
};

/* --- options ------------------------------------------------------------------- */

static gboolean
read_integer (DBusMessageIter *value, const char *key, guint min, guint *out, GError **error)
{
  gint64 v;

  if (!precis_dbus_get_integer (value, &v))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "option “%s” takes a number of %s", key,
                   strcmp (key, "interval") == 0 ? "seconds" : "items");
      return FALSE;
    }
  if (v < min || v > G_MAXUINT32)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "option “%s” is %" G_GINT64_FORMAT "; it takes %u to %u", key, v, min,
                   G_MAXUINT32);
      return FALSE;
    }
  *out = (guint) v;
  return TRUE;
}

gboolean
precis_feed_options_parse (PrecisFeedOptions *options, DBusMessageIter *iter, GError **error)
{
  DBusMessageIter dict;

  memset (options, 0, sizeof *options);
  dbus_message_iter_recurse (iter, &dict);
  for (; dbus_message_iter_get_arg_type (&dict) == DBUS_TYPE_DICT_ENTRY; dbus_message_iter_next (&dict))
    {
      DBusMessageIter entry, value;
      const char *key;

      dbus_message_iter_recurse (&dict, &entry);
      dbus_message_iter_get_basic (&entry, &key);
      dbus_message_iter_next (&entry);
      dbus_message_iter_recurse (&entry, &value);
      if (strcmp (key, "interval") == 0)
        {
          if (!read_integer (&value, key, PRECIS_FEED_MIN_INTERVAL, &options->interval, error))
            return FALSE;
          options->interval_set = TRUE;
        }
      else if (strcmp (key, "backlog") == 0)
        {
          if (!read_integer (&value, key, 0, &options->backlog, error))
            return FALSE;
          options->backlog_set = TRUE;
        }
      else if (strcmp (key, "notify") == 0)
        {
          dbus_bool_t b;

          if (dbus_message_iter_get_arg_type (&value) != DBUS_TYPE_BOOLEAN)
            {
              g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                           "option “notify” takes a boolean");
              return FALSE;
            }
          dbus_message_iter_get_basic (&value, &b);
          options->notify = b;
          options->notify_set = TRUE;
        }
    }
  return TRUE;
}

/* --- state ----------------------------------------------------------------------- */

static gboolean
save_now (gpointer user_data)
{
  PrecisFeedPoller *poller = user_data;
  g_autoptr (GError) error = NULL;

  poller->save_source = 0;
  if (!precis_feed_state_save (poller->state, &error))
    g_warning ("cannot save feed state: %s", error->message);
  return G_SOURCE_REMOVE;
}

/* Items arrive in bursts: one write for the burst. */
static void
schedule_save (PrecisFeedPoller *poller)
{
  if (poller->save_source == 0)
    poller->save_source = g_timeout_add (SAVE_DELAY_MS, save_now, poller);
}

static Feed *
feed_lookup (PrecisFeedPoller *poller, const char *id, guint64 serial)
{
  Feed *feed = g_hash_table_lookup (poller->feeds, id);

  return feed != NULL && feed->serial == serial ? feed : NULL;
}

static void
feed_free (Feed *feed)
{
  if (feed->first_poll != NULL)
    {
      g_autoptr (GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                              "precisd stopped before the feed was read");

      feed->first_poll (feed->id, error, feed->first_poll_data);
    }
  g_clear_handle_id (&feed->timer, g_source_remove);
  g_cancellable_cancel (feed->cancellable);
  g_object_unref (feed->cancellable);
  g_hash_table_unref (feed->pending);
  g_free (feed->id);
  g_free (feed);
}

/* --- announcing -------------------------------------------------------------------- */

typedef struct {
  PrecisFeedPoller *poller;
  char *feed_id;
  guint64 serial;
  char *item_id;
  char *title;
  char *author;
  char *language;             /* the feed's declared language: evidence, as a page's lang */
  PrecisCall *call;           /* its url is the item's link (after redirects, once fetched) */
  GCancellable *cancellable;
} ItemJob;

static void
item_job_free (ItemJob *job)
{
  precis_call_free (job->call);
  g_clear_object (&job->cancellable);
  g_free (job->feed_id);
  g_free (job->item_id);
  g_free (job->title);
  g_free (job->author);
  g_free (job->language);
  g_free (job);
}

static void
append_string (DBusMessageIter *iter, const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  if (!dbus_message_iter_append_basic (iter, DBUS_TYPE_STRING, &valid))
    g_error ("out of memory");
}

/* To the owner's connections only: other apps must not learn what it reads. */
static void
send_to_owner (PrecisFeedPoller *poller, const char *owner, DBusMessage *signal)
{
  g_autoptr (GPtrArray) names = NULL;

  if (poller->owners == NULL)
    {
      if (!dbus_connection_send (poller->connection, signal, NULL))
        g_error ("out of memory");
      return;
    }
  names = poller->owners->listeners (poller->owners_data, owner);
  for (guint i = 0; i < names->len; i++)
    {
      /* A message sent is locked: each destination gets its own copy. */
      DBusMessage *copy = dbus_message_copy (signal);

      if (copy == NULL || !dbus_message_set_destination (copy, names->pdata[i]) ||
          !dbus_connection_send (poller->connection, copy, NULL))
        g_error ("out of memory");
      dbus_message_unref (copy);
    }
}

/* ArticleSummarized's a{sv}: what a feed reader shows next to the summary. */
static GVariant *
article_details (ItemJob *job, PrecisFeedSubscription *sub)
{
  const PrecisCall *call = job->call;
  const PrecisAnalysis *analysis = &call->analysis;
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&b, "{sv}", "guid", g_variant_new_take_string (g_utf8_make_valid (job->item_id, -1)));
  if (call->options.published != NULL)
    g_variant_builder_add (&b, "{sv}", "published",
                           g_variant_new_take_string (g_date_time_format_iso8601 (call->options.published)));
  if (job->author != NULL)
    g_variant_builder_add (&b, "{sv}", "author", g_variant_new_take_string (g_utf8_make_valid (job->author, -1)));
  if (sub->title != NULL)
    g_variant_builder_add (&b, "{sv}", "feed-title", g_variant_new_take_string (g_utf8_make_valid (sub->title, -1)));
  /* The language the article was read in, and whether people, organizations
   * and places could be found in it ("none": hide them). */
  if (analysis->language != NULL)
    g_variant_builder_add (&b, "{sv}", "language", g_variant_new_string (analysis->language));
  if (analysis->facts_language != NULL)
    g_variant_builder_add (&b, "{sv}", "facts-language", g_variant_new_string (analysis->facts_language));
  if (call->article != NULL && call->article->language != NULL)
    g_variant_builder_add (&b, "{sv}", "page-language", g_variant_new_take_string (g_utf8_make_valid (call->article->language, -1)));
  if (call->article != NULL && call->article->published != NULL)
    g_variant_builder_add (&b, "{sv}", "page-published", g_variant_new_take_string (g_utf8_make_valid (call->article->published, -1)));
  /* Which date the relative dates of the facts were resolved against. */
  g_variant_builder_add (&b, "{sv}", "published-source",
                         g_variant_new_string (precis_anchor_source_to_string (analysis->anchor_source)));
  /* Read from the linked page, not from the feed's own text. */
  g_variant_builder_add (&b, "{sv}", "from-page",
                         g_variant_new_boolean (call->article != NULL || (call->page != NULL && call->page_is_text)));
  return g_variant_ref_sink (g_variant_builder_end (&b));
}

static void
emit_article (PrecisFeedPoller *poller, ItemJob *job, PrecisFeedSubscription *sub, const char *title)
{
  g_autoptr (GVariant) details = article_details (job, sub);
  DBusMessage *signal = dbus_message_new_signal (PRECIS_DBUS_PATH, PRECIS_DBUS_INTERFACE,
                                                 "ArticleSummarized");
  DBusMessageIter iter;

  if (signal == NULL)
    g_error ("out of memory");
  dbus_message_iter_init_append (signal, &iter);
  append_string (&iter, job->feed_id);
  append_string (&iter, job->call->url);
  append_string (&iter, title);
  /* The summary and the facts as a call's reply has them. */
  precis_call_append_summary (job->call, &iter);
  precis_call_append_facts (job->call, &iter);
  if (!precis_marshal_append_value (&iter, details, NULL))
    g_error ("out of memory");
  send_to_owner (poller, sub->owner, signal);
  dbus_message_unref (signal);
}

static void
on_notified (guint32 id, const GError *error, gpointer user_data)
{
  g_autofree char *url = user_data;

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("no notification for %s: %s", url, error->message);
}

/* The end of an item's call (`error` NULL: analysed). */
static void
item_finish (ItemJob *job, const GError *error)
{
  PrecisFeedPoller *poller = job->poller;
  Feed *feed = feed_lookup (poller, job->feed_id, job->serial);
  PrecisFeedSubscription *sub = feed != NULL ? precis_feed_state_lookup (poller->state, job->feed_id)
                                             : NULL;
  const char *url = job->call != NULL ? job->call->url : NULL;

  poller->outstanding--;
  if (sub == NULL || g_cancellable_is_cancelled (job->cancellable))
    {
      /* Unsubscribed, or precisd is exiting: the item stays unseen, and
       * this attempt, cut short, does not count. */
      if (feed != NULL)
        g_hash_table_remove (feed->pending, job->item_id);
      if (sub != NULL)
        {
          precis_feed_subscription_end_attempt (sub, job->item_id, TRUE);
          schedule_save (poller);
        }
      item_job_free (job);
      return;
    }
  if (error != NULL)
    {
      guint attempts = precis_feed_subscription_get_attempts (sub, job->item_id);

      if (attempts < PRECIS_FEED_MAX_ATTEMPTS)
        {
          /* Tried again at the next poll: the page may come back. */
          g_message ("feed %s: %s not summarized (attempt %u of %u): %s", sub->url,
                     url != NULL ? url : job->item_id, attempts, PRECIS_FEED_MAX_ATTEMPTS,
                     error->message);
          g_hash_table_remove (feed->pending, job->item_id);
          schedule_save (poller);
          item_job_free (job);
          return;
        }
      g_message ("feed %s: %s not summarized, given up after %u attempts: %s", sub->url,
                 url != NULL ? url : job->item_id, attempts, error->message);
    }
  else
    {
      const PrecisAnalysis *analysis = &job->call->analysis;
      const char *title = job->title != NULL ? job->title : analysis->title;

      emit_article (poller, job, sub, title);
      if (sub->notify)
        precis_notifier_post (poller->notifier,
                              &(PrecisNotification) {
                                .title = title,
                                .text = analysis->text,
                                .url = url,
                                .summary = analysis->summary,
                                .facts = analysis->facts,
                              },
                              on_notified, g_strdup (url != NULL ? url : job->item_id));
    }
  /* Announced or given up on: either way not tried again. */
  precis_feed_subscription_mark_seen (sub, job->item_id, feed->keep);
  precis_feed_subscription_end_attempt (sub, job->item_id, FALSE);
  g_hash_table_remove (feed->pending, job->item_id);
  schedule_save (poller);
  item_job_free (job);
}

static void
item_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ItemJob *job = user_data;
  g_autoptr (GError) error = NULL;

  precis_engine_run_finish (job->poller->engine, result, &error);
  item_finish (job, error);
}

static void
announce_item (PrecisFeedPoller *poller, Feed *feed, const PrecisFeedSubscription *sub, PrecisFeedItem *item,
               const char *language)
{
  const char *text = item->content;
  g_autoptr (GBytes) bytes = NULL;
  ItemJob *job;

  if (text == NULL || (item->summary != NULL && strlen (item->summary) > strlen (text)))
    text = item->summary;
  if (text != NULL && *text != '\0')
    bytes = g_bytes_new_take (g_strdup (text), strlen (text));  /* NUL-terminated, as calls want */

  job = g_new0 (ItemJob, 1);
  job->poller = poller;
  job->feed_id = g_strdup (feed->id);
  job->serial = feed->serial;
  job->item_id = g_strdup (item->id);
  job->title = g_strdup (item->title);
  job->author = g_strdup (item->author);
  job->language = g_strdup (language);
  job->cancellable = g_object_ref (feed->cancellable);
  g_hash_table_add (feed->pending, g_strdup (item->id));
  poller->outstanding++;

  if (item->link != NULL && (bytes == NULL || g_utf8_strlen (text, -1) < TEASER_MAX_CHARS))
    {
      /* A teaser: the page is read, the teaser kept for a page without an article. */
      job->call = precis_call_new_url (item->link);
      if (bytes != NULL)
        precis_call_set_fallback_text (job->call, bytes);
    }
  else if (bytes != NULL)
    {
      job->call = precis_call_new_text (PRECIS_CALL_KIND_ANALYZE, bytes);
      job->call->url = g_strdup (item->link);
    }
  else
    {
      g_autoptr (GError) error = g_error_new (PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE,
                                              "the item has neither text nor a link");

      item_finish (job, error);
      return;
    }
  if (item->published != NULL)
    job->call->options.published = g_date_time_ref (item->published);  /* anchors the dates */
  job->call->analysis.page_title = job->title;  /* a page's own title replaces it */
  /* Results tables and line-ups have no words of their own: the feed's
   * language decides them, as a page's lang would (a page's own replaces it). */
  job->call->analysis.page_language = job->language;
  job->call->background = TRUE;
  /* The background worker takes the apps in turn: one app's many feeds
   * never hold back another's. */
  job->call->caller = g_strdup (sub->owner);
  precis_engine_run_async (poller->engine, job->call, job->cancellable, item_done, job);
}

static void
process_items (PrecisFeedPoller *poller, Feed *feed, PrecisFeedSubscription *sub, PrecisFeed *parsed)
{
  GPtrArray *items = parsed->items;
  guint keep = feed->keep = MAX (PRECIS_FEED_SEEN_MIN, 2 * items->len);
  g_autoptr (GPtrArray) fresh = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  guint announce;

  if (parsed->title != NULL && g_strcmp0 (sub->title, parsed->title) != 0)
    {
      g_free (sub->title);
      sub->title = g_strdup (parsed->title);
    }
  /* Feeds list their newest items first: new ones are announced oldest first. */
  for (guint i = items->len; i-- > 0;)
    {
      PrecisFeedItem *item = items->pdata[i];

      if (!precis_feed_subscription_has_seen (sub, item->id) &&
          !g_hash_table_contains (feed->pending, item->id))
        {
          gboolean duplicate = FALSE;

          for (guint j = 0; j < fresh->len && !duplicate; j++)
            duplicate = strcmp (((PrecisFeedItem *) fresh->pdata[j])->id, item->id) == 0;
          if (!duplicate)
            g_ptr_array_add (fresh, item);
        }
    }
  /* The first fetch announces only the backlog asked for: subscribing is
   * not a request for fifty notifications. */
  announce = sub->primed ? MIN (fresh->len, PRECIS_FEED_MAX_NEW_PER_POLL)
                         : MIN (fresh->len, MIN (sub->backlog, PRECIS_FEED_MAX_NEW_PER_POLL));
  if (sub->primed && fresh->len > announce)
    g_message ("feed %s: %u new items; summarizing the newest %u", sub->url, fresh->len, announce);
  for (guint i = 0; i < fresh->len; i++)
    {
      PrecisFeedItem *item = fresh->pdata[i];

      if (i < fresh->len - announce)
        precis_feed_subscription_mark_seen (sub, item->id, keep);
      else if (precis_feed_subscription_get_attempts (sub, item->id) >= PRECIS_FEED_MAX_ATTEMPTS)
        {
          /* Its analyses kept failing, or precisd died in them. */
          g_message ("feed %s: item %s given up after %u attempts", sub->url, item->id,
                     PRECIS_FEED_MAX_ATTEMPTS);
          precis_feed_subscription_mark_seen (sub, item->id, keep);
          precis_feed_subscription_end_attempt (sub, item->id, FALSE);
          fresh->pdata[i] = NULL;
        }
      else
        precis_feed_subscription_begin_attempt (sub, item->id);
    }
  sub->primed = TRUE;
  /* On disk before any analysis starts: an item that takes precisd down
   * is counted, and given up on after PRECIS_FEED_MAX_ATTEMPTS. */
  g_clear_handle_id (&poller->save_source, g_source_remove);
  if (!precis_feed_state_save (poller->state, &error))
    g_warning ("cannot save feed state: %s", error->message);
  for (guint i = fresh->len - announce; i < fresh->len; i++)
    if (fresh->pdata[i] != NULL)
      announce_item (poller, feed, sub, fresh->pdata[i], parsed->language);
}

/* --- polling ------------------------------------------------------------------------ */

typedef struct {
  PrecisFeedPoller *poller;
  char *feed_id;
  guint64 serial;
  SoupMessage *message;
  GInputStream *stream;
  GByteArray *body;
  GCancellable *cancellable;   /* ours: cancelled by the feed's or by the deadline */
  GCancellable *feed_cancellable;
  gulong feed_handler;
  GSource *deadline;
  gboolean timed_out;
  guint timeout_seconds;
  gboolean temporary;    /* a temporary redirect came first: the URL stays */
  char *moved_to;        /* where a permanent redirect (301, 308) leads */
} PollOp;

static void poll_feed (PrecisFeedPoller *poller, Feed *feed);

static void
poll_op_free (PollOp *op)
{
  if (op->deadline != NULL)
    {
      g_source_destroy (op->deadline);
      g_source_unref (op->deadline);
    }
  if (op->feed_handler != 0)
    g_cancellable_disconnect (op->feed_cancellable, op->feed_handler);
  g_clear_object (&op->feed_cancellable);
  g_clear_object (&op->message);
  g_clear_object (&op->stream);
  g_clear_pointer (&op->body, g_byte_array_unref);
  g_object_unref (op->cancellable);
  g_free (op->moved_to);
  g_free (op->feed_id);
  g_free (op);
}

static gboolean
on_timer (gpointer user_data)
{
  Feed *feed = user_data;

  feed->timer = 0;
  feed->next_poll = 0;
  poll_feed (feed->poller, feed);
  return G_SOURCE_REMOVE;
}

static void
schedule (Feed *feed, guint delay_ms)
{
  g_clear_handle_id (&feed->timer, g_source_remove);
  feed->timer = g_timeout_add (delay_ms, on_timer, feed);
  feed->next_poll = g_get_real_time () / G_USEC_PER_SEC + delay_ms / 1000;
}

/* Retry-After in seconds (delta-seconds or an HTTP date), or 0. */
static guint64
retry_after (SoupMessage *message)
{
  const char *value;
  g_autoptr (GDateTime) date = NULL;
  g_autoptr (GDateTime) now = NULL;
  char *end;
  guint64 seconds;

  if (message == NULL ||
      (value = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                             "Retry-After")) == NULL)
    return 0;
  seconds = g_ascii_strtoull (value, &end, 10);
  if (end != value && *end == '\0')
    return seconds;
  if ((date = soup_date_time_new_from_http_string (value)) == NULL)
    return 0;
  now = g_date_time_new_now_utc ();
  return MAX (g_date_time_difference (date, now) / G_TIME_SPAN_SECOND, 0);
}

/* A state file may ask for less than the configured minimum. */
static guint
feed_interval (PrecisFeedPoller *poller, PrecisFeedSubscription *sub)
{
  return MAX (sub->interval, poller->limits.min_interval);
}

/* A new subscription's first poll is over.  A URL that answered with
 * something else than a feed (a web page, 404) is not kept; one that did
 * not answer (5xx, time-out) is, and polls on with back-off, its error in
 * ListFeeds: a feed reader may add feeds while a site is down. */
static void
finish_first_poll (PrecisFeedPoller *poller, Feed *feed, const GError *error)
{
  PrecisFeedFirstPollFunc done = feed->first_poll;
  gpointer data = feed->first_poll_data;
  g_autofree char *id = g_strdup (feed->id);
  gboolean not_a_feed = g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_NOT_A_FEED);

  feed->first_poll = NULL;
  if (not_a_feed)
    precis_feed_poller_unsubscribe (poller, NULL, id, NULL);
  done (id, not_a_feed ? error : NULL, data);
}

static void poll_finish_feed (PollOp *op, const GError *error);

/* The end of a poll: success (`error` NULL) or failure. */
static void
poll_finish (PollOp *op, const GError *error)
{
  g_autoptr (GError) timeout = NULL;
  PrecisFeedPoller *poller = op->poller;
  Feed *feed = feed_lookup (poller, op->feed_id, op->serial);
  gboolean first;

  /* Our deadline, not an unsubscription: a failure like any other. */
  if (op->timed_out && error != NULL)
    error = timeout = g_error_new (PRECIS_ERROR, PRECIS_ERROR_FETCH_FAILED,
                                   "timed out, no complete answer within %u s", op->timeout_seconds);
  first = feed != NULL && feed->first_poll != NULL &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  poll_finish_feed (op, error);
  if (first && (feed = feed_lookup (poller, op->feed_id, op->serial)) != NULL)
    finish_first_poll (poller, feed, error);
  poll_op_free (op);
}

static void
poll_finish_feed (PollOp *op, const GError *error)
{
  PrecisFeedPoller *poller = op->poller;
  Feed *feed = feed_lookup (poller, op->feed_id, op->serial);
  PrecisFeedSubscription *sub = feed != NULL ? precis_feed_state_lookup (poller->state, op->feed_id)
                                             : NULL;

  poller->outstanding--;
  if (feed != NULL)
    feed->polling = FALSE;
  if (sub == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error == NULL)
    {
      feed->failures = 0;
      sub->last_check = g_get_real_time () / G_USEC_PER_SEC;
      g_clear_pointer (&sub->last_error, g_free);
      schedule (feed, feed_interval (poller, sub) * 1000u);
    }
  else
    {
      guint64 interval = feed_interval (poller, sub);
      guint64 wait = interval << MIN (feed->failures, 10u);

      feed->failures++;
      g_free (sub->last_error);
      sub->last_error = g_strdup (error->message);
      sub->last_error_time = g_get_real_time () / G_USEC_PER_SEC;
      /* A server that says when to come back (429, 503) is listened to. */
      wait = MAX (wait, retry_after (op->message));
      wait = MIN (wait, MAX (interval, MAX_BACKOFF_SECONDS));
      g_message ("feed %s: %s; trying again in %" G_GUINT64_FORMAT " s", sub->url, error->message,
                 wait);
      schedule (feed, (guint) MIN (wait * 1000u, G_MAXUINT));
    }
  schedule_save (poller);
}

static void
remember_validators (PrecisFeedSubscription *sub, SoupMessage *message)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);
  const char *etag = soup_message_headers_get_one (headers, "ETag");
  const char *modified = soup_message_headers_get_one (headers, "Last-Modified");

  g_free (sub->etag);
  sub->etag = g_strdup (etag);
  g_free (sub->last_modified);
  sub->last_modified = g_strdup (modified);
}

/* What the parsing thread reads: its own copies, the main loop goes on
 * with `op`. */
typedef struct {
  GBytes *body;
  char *base;
} ParseJob;

static void
parse_job_free (ParseJob *job)
{
  g_bytes_unref (job->body);
  g_free (job->base);
  g_free (job);
}

/* A feed of up to 5 MiB takes libxml2 tens of milliseconds, its items'
 * HTML more: parsed on a thread, so that precisd's main loop goes on
 * answering calls meanwhile. */
static void
parse_in_thread (GTask *task, G_GNUC_UNUSED gpointer source, gpointer task_data,
                 G_GNUC_UNUSED GCancellable *cancellable)
{
  ParseJob *job = task_data;
  GError *error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (job->body, &length);
  PrecisFeed *parsed = precis_feed_parse (data, (gssize) length, job->base, &error);

  if (parsed == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, parsed, (GDestroyNotify) precis_feed_free);
}

/* Back on the main loop with the parsed feed.  The poller waits for its
 * outstanding polls before it is freed, so `op` and its poller are alive;
 * the feed may have been unsubscribed meanwhile. */
static void
on_parsed (G_GNUC_UNUSED GObject *source, GAsyncResult *result, gpointer user_data)
{
  PollOp *op = user_data;
  PrecisFeedPoller *poller = op->poller;
  Feed *feed = feed_lookup (poller, op->feed_id, op->serial);
  PrecisFeedSubscription *sub = feed != NULL ? precis_feed_state_lookup (poller->state, op->feed_id)
                                             : NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisFeed) parsed = g_task_propagate_pointer (G_TASK (result), &error);

  if (sub == NULL)
    {
      poll_finish (op, NULL);
      return;
    }
  if (parsed == NULL)
    {
      poll_finish (op, error);
      return;
    }
  g_debug ("feed %s: %u items", sub->url, parsed->items->len);
  remember_validators (sub, op->message);
  sub->items = parsed->items->len;
  /* Moved for good, and a feed is there: from now on the new URL is asked. */
  if (op->moved_to != NULL && strcmp (op->moved_to, sub->url) != 0)
    {
      g_message ("feed %s moved permanently to %s", sub->url, op->moved_to);
      g_free (sub->url);
      sub->url = g_strdup (op->moved_to);
    }
  process_items (poller, feed, sub, parsed);
  poll_finish (op, NULL);
}

static void
body_complete (PollOp *op)
{
  ParseJob *job = g_new0 (ParseJob, 1);
  g_autoptr (GTask) task = g_task_new (NULL, NULL, on_parsed, op);

  job->body = g_byte_array_free_to_bytes (g_steal_pointer (&op->body));
  job->base = g_uri_to_string (soup_message_get_uri (op->message));
  g_task_set_source_tag (task, body_complete);
  g_task_set_task_data (task, job, (GDestroyNotify) parse_job_free);
  g_task_run_in_thread (task, parse_in_thread);
}

static void
on_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PollOp *op = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) chunk = g_input_stream_read_bytes_finish (op->stream, result, &error);

  if (chunk == NULL)
    {
      poll_finish (op, error);
      return;
    }
  if (g_bytes_get_size (chunk) == 0)
    {
      body_complete (op);
      return;
    }
  g_byte_array_append (op->body, g_bytes_get_data (chunk, NULL), (guint) g_bytes_get_size (chunk));
  if (op->body->len > PRECIS_FEED_MAX_BYTES)
    {
      g_set_error (&error, PRECIS_ERROR, PRECIS_ERROR_TOO_LARGE,
                   "the feed is larger than %u bytes", PRECIS_FEED_MAX_BYTES);
      poll_finish (op, error);
      return;
    }
  g_input_stream_read_bytes_async (op->stream, READ_CHUNK, G_PRIORITY_DEFAULT, op->cancellable,
                                   on_read, op);
}

static void
on_sent (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PollOp *op = user_data;
  g_autoptr (GError) error = NULL;
  guint status;

  op->stream = soup_session_send_finish (op->poller->session, result, &error);
  if (op->stream == NULL)
    {
      g_autoptr (GError) refusal = precis_url_policy_take_refusal (op->message);

      poll_finish (op, refusal != NULL ? refusal : error);
      return;
    }
  status = soup_message_get_status (op->message);
  if (status == SOUP_STATUS_NOT_MODIFIED)
    {
      g_debug ("feed %s: not modified", op->feed_id);
      poll_finish (op, NULL);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      /* Nothing at the URL is an answer; a server error or a limit is not. */
      gboolean gone = status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE;

      g_set_error (&error, PRECIS_ERROR, gone ? PRECIS_ERROR_NOT_A_FEED : PRECIS_ERROR_FETCH_FAILED,
                   "HTTP %u %s%s", status, soup_message_get_reason_phrase (op->message),
                   gone ? ": no feed at this URL" : "");
      poll_finish (op, error);
      return;
    }
  op->body = g_byte_array_new ();
  g_input_stream_read_bytes_async (op->stream, READ_CHUNK, G_PRIORITY_DEFAULT, op->cancellable,
                                   on_read, op);
}

/* A sandboxed owner away for longer than pause_after_s: stop until it calls. */
static gboolean
owner_away (PrecisFeedPoller *poller, PrecisFeedSubscription *sub)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (poller->owners == NULL || *sub->owner == '\0')
    return FALSE;
  if (poller->owners->present (poller->owners_data, sub->owner))
    {
      sub->owner_seen = now;
      return FALSE;
    }
  if (sub->owner_seen == 0)
    sub->owner_seen = now;  /* state from before owners were kept: start counting */
  return poller->pause_after_s > 0 && now - sub->owner_seen >= (gint64) poller->pause_after_s;
}

static gboolean
on_poll_deadline (gpointer user_data)
{
  PollOp *op = user_data;

  op->timed_out = TRUE;
  g_cancellable_cancel (op->cancellable);
  g_clear_pointer (&op->deadline, g_source_unref);
  return G_SOURCE_REMOVE;
}

static void
on_feed_cancelled (GCancellable *feed_cancellable, gpointer op_cancellable)
{
  g_cancellable_cancel (op_cancellable);
}

/* libsoup's time-out is per read: a server trickling a byte a second
 * would never trip it.  One timer bounds the whole poll. */
static void
poll_op_start_deadline (PollOp *op, Feed *feed)
{
  op->timeout_seconds = op->poller->limits.timeout_seconds;
  op->feed_cancellable = g_object_ref (feed->cancellable);
  op->feed_handler = g_cancellable_connect (feed->cancellable, G_CALLBACK (on_feed_cancelled),
                                            g_object_ref (op->cancellable), g_object_unref);
  /* In milliseconds: GLib moves a seconds timer to a mark within the
   * second the session's timers share, up to a quarter second early. */
  op->deadline = g_timeout_source_new (MIN (op->timeout_seconds, G_MAXUINT / 1000) * 1000);
  g_source_set_callback (op->deadline, on_poll_deadline, op, NULL);
  g_source_attach (op->deadline, NULL);
}

/* Each response of the redirect chain: remember where a permanent redirect
 * leads, unless a temporary one came before it. */
static void
on_got_headers (SoupMessage *message, gpointer user_data)
{
  PollOp *op = user_data;
  guint status = soup_message_get_status (message);
  const char *location;
  g_autoptr (GUri) target = NULL;

  if (!SOUP_STATUS_IS_REDIRECTION (status) || op->temporary)
    return;
  if (status != SOUP_STATUS_MOVED_PERMANENTLY && status != SOUP_STATUS_PERMANENT_REDIRECT)
    {
      op->temporary = TRUE;
      return;
    }
  location = soup_message_headers_get_one (soup_message_get_response_headers (message), "Location");
  if (location == NULL ||
      (target = g_uri_parse_relative (soup_message_get_uri (message), location, SOUP_HTTP_URI_FLAGS,
                                      NULL)) == NULL)
    return;
  g_free (op->moved_to);
  op->moved_to = g_uri_to_string (target);
}

static void
poll_feed (PrecisFeedPoller *poller, Feed *feed)
{
  PrecisFeedSubscription *sub = precis_feed_state_lookup (poller->state, feed->id);
  SoupMessageHeaders *headers;
  PollOp *op;

  if (sub == NULL || feed->polling)
    return;
  if (owner_away (poller, sub))
    {
      g_message ("feed %s: %s has been away for %u s or more; not polled until it calls again",
                 sub->url, sub->owner, poller->pause_after_s);
      feed->paused = TRUE;
      return;
    }
  op = g_new0 (PollOp, 1);
  op->poller = poller;
  op->feed_id = g_strdup (feed->id);
  op->serial = feed->serial;
  op->cancellable = g_cancellable_new ();
  op->message = soup_message_new (SOUP_METHOD_GET, sub->url);
  if (op->message == NULL)
    {
      g_autoptr (GError) error = g_error_new (PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                                              "“%s” is not a URL", sub->url);

      poller->outstanding++;
      poll_finish (op, error);
      return;
    }
  if (!precis_fetcher_allows_private_networks (poller->fetcher))
    {
      g_autoptr (GError) error = NULL;

      if (!precis_url_check_host (soup_message_get_uri (op->message), &error))
        {
          poller->outstanding++;
          poll_finish (op, error);
          return;
        }
      precis_url_policy_watch_message (op->message);
    }
  g_signal_connect (op->message, "got-headers", G_CALLBACK (on_got_headers), op);
  headers = soup_message_get_request_headers (op->message);
  soup_message_headers_replace (headers, "Accept",
                                "application/rss+xml, application/atom+xml, application/rdf+xml, "
                                "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
  if (sub->etag != NULL)
    soup_message_headers_replace (headers, "If-None-Match", sub->etag);
  if (sub->last_modified != NULL)
    soup_message_headers_replace (headers, "If-Modified-Since", sub->last_modified);
  feed->polling = TRUE;
  poller->outstanding++;
  poll_op_start_deadline (op, feed);
  soup_session_send_async (poller->session, op->message, G_PRIORITY_DEFAULT, op->cancellable,
                           on_sent, op);
}

/* --- subscriptions ------------------------------------------------------------------- */

static Feed *
feed_start (PrecisFeedPoller *poller, PrecisFeedSubscription *sub, guint delay_ms)
{
  Feed *feed = g_new0 (Feed, 1);

  feed->poller = poller;
  feed->id = g_strdup (sub->id);
  feed->serial = ++poller->next_serial;
  feed->keep = PRECIS_FEED_SEEN_MIN;
  feed->cancellable = g_cancellable_new ();
  feed->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_replace (poller->feeds, feed->id, feed);
  schedule (feed, delay_ms);
  return feed;
}

/* A feed at a literal non-public address is refused now, not at each poll. */
static gboolean
feed_url_allowed (PrecisFeedPoller *poller, const char *url, GError **error)
{
  g_autoptr (GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED, NULL);

  return precis_fetcher_allows_private_networks (poller->fetcher) || uri == NULL ||
         precis_url_check_host (uri, error);
}

/* The interval asked for, and how many feeds this caller already has. */
static gboolean
feed_within_limits (PrecisFeedPoller *poller, const char *owner, const char *url,
                    const PrecisFeedOptions *options, GError **error)
{
  g_autofree char *id = precis_feed_id_for_owner (owner != NULL ? owner : "", url);
  GPtrArray *subs = precis_feed_state_list (poller->state);
  guint count = 0;

  if (options->interval_set && options->interval < poller->limits.min_interval)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "option “interval” is %u s; precisd polls a feed at most every %u s "
                   "(min-interval-seconds in the [feeds] group of precisd.conf)",
                   options->interval, poller->limits.min_interval);
      return FALSE;
    }
  if (precis_feed_state_lookup (poller->state, id) != NULL)
    return TRUE;  /* an update, not one more */
  for (guint i = 0; i < subs->len; i++)
    count += strcmp (((PrecisFeedSubscription *) subs->pdata[i])->owner, owner != NULL ? owner : "") == 0;
  if (count >= poller->limits.max_subscriptions)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_BUSY,
                   "this caller already follows %u feeds, its limit (max-subscriptions-per-caller "
                   "in the [feeds] group of precisd.conf); unsubscribe from one first", count);
      return FALSE;
    }
  return TRUE;
}

char *
precis_feed_poller_subscribe (PrecisFeedPoller *poller, const char *owner, const char *url,
                              const PrecisFeedOptions *options,
                              PrecisFeedFirstPollFunc first_poll, gpointer data,
                              gboolean *pending, GError **error)
{
  PrecisFeedSubscription *sub;
  gboolean created;
  Feed *feed;

  if (!feed_url_allowed (poller, url, error) || !feed_within_limits (poller, owner, url, options, error))
    return NULL;
  sub = precis_feed_state_add_owned (poller->state, owner, url, &created, error);
  if (sub == NULL)
    return NULL;
  sub->owner_seen = g_get_real_time () / G_USEC_PER_SEC;
  if (options->interval_set)
    sub->interval = MAX (options->interval, PRECIS_FEED_MIN_INTERVAL);
  if (options->notify_set)
    sub->notify = options->notify;
  if (options->backlog_set)
    sub->backlog = options->backlog;
  g_clear_handle_id (&poller->save_source, g_source_remove);
  if (!precis_feed_state_save (poller->state, error))
    {
      if (created)
        precis_feed_state_remove (poller->state, sub->id);
      return NULL;
    }
  feed = g_hash_table_lookup (poller->feeds, sub->id);
  *pending = FALSE;
  if (feed == NULL)
    {
      feed = feed_start (poller, sub, 0);
      if (created && first_poll != NULL)
        {
          feed->first_poll = first_poll;
          feed->first_poll_data = data;
          *pending = TRUE;
        }
    }
  else if (!feed->polling)
    {
      feed->paused = FALSE;
      schedule (feed, 0);  /* subscribing again asks for a poll now */
    }
  g_message ("%s feed %s (%s), every %u s", created ? "subscribed to" : "updated", sub->url,
             sub->id, sub->interval);
  return g_strdup (sub->id);
}

gboolean
precis_feed_poller_unsubscribe (PrecisFeedPoller *poller, const char *owner, const char *id,
                                GError **error)
{
  g_autofree char *url = NULL;
  PrecisFeedSubscription *sub = precis_feed_state_lookup (poller->state, id);

  /* Another app's feed is not found: not even its existence is told. */
  if (sub == NULL || (owner != NULL && strcmp (sub->owner, owner) != 0))
    {
      g_autofree char *quoted = precis_error_quote (id);

      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "no feed with id “%s” (ListFeeds shows the ids)", quoted);
      return FALSE;
    }
  url = g_strdup (sub->url);
  g_hash_table_remove (poller->feeds, id);
  precis_feed_state_remove (poller->state, id);
  g_clear_handle_id (&poller->save_source, g_source_remove);
  if (!precis_feed_state_save (poller->state, error))
    return FALSE;
  g_message ("unsubscribed from feed %s (%s)", url, id);
  return TRUE;
}

void
precis_feed_poller_set_owners (PrecisFeedPoller *poller, const PrecisFeedOwners *owners,
                               gpointer data, guint pause_after_s)
{
  poller->owners = owners;
  poller->owners_data = data;
  poller->pause_after_s = pause_after_s;
}

void
precis_feed_poller_owner_seen (PrecisFeedPoller *poller, const char *owner)
{
  GPtrArray *subs = precis_feed_state_list (poller->state);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (*owner == '\0')
    return;
  for (guint i = 0; i < subs->len; i++)
    {
      PrecisFeedSubscription *sub = subs->pdata[i];
      Feed *feed;

      if (strcmp (sub->owner, owner) != 0)
        continue;
      sub->owner_seen = now;
      feed = g_hash_table_lookup (poller->feeds, sub->id);
      if (feed != NULL && feed->paused)
        {
          g_message ("feed %s: %s is back; polling again", sub->url, owner);
          feed->paused = FALSE;
          schedule (feed, 0);
          schedule_save (poller);
        }
    }
}

GVariant *
precis_feed_poller_describe (PrecisFeedPoller *poller, PrecisFeedSubscription *sub)
{
  Feed *feed = g_hash_table_lookup (poller->feeds, sub->id);
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&b, "{sv}", "app-id", g_variant_new_string (sub->owner));
  g_variant_builder_add (&b, "{sv}", "interval", g_variant_new_uint32 (sub->interval));
  g_variant_builder_add (&b, "{sv}", "notify", g_variant_new_boolean (sub->notify));
  g_variant_builder_add (&b, "{sv}", "items", g_variant_new_uint32 (sub->items));
  if (sub->last_check > 0)
    g_variant_builder_add (&b, "{sv}", "last-success", g_variant_new_uint64 ((guint64) sub->last_check));
  if (sub->last_error != NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (sub->last_error, -1);

      g_variant_builder_add (&b, "{sv}", "last-error", g_variant_new_string (valid));
      g_variant_builder_add (&b, "{sv}", "last-error-time",
                             g_variant_new_uint64 ((guint64) MAX (sub->last_error_time, 0)));
    }
  if (feed != NULL && feed->next_poll > 0)
    g_variant_builder_add (&b, "{sv}", "next-poll", g_variant_new_uint64 ((guint64) feed->next_poll));
  g_variant_builder_add (&b, "{sv}", "polling", g_variant_new_boolean (feed != NULL && feed->polling));
  g_variant_builder_add (&b, "{sv}", "paused", g_variant_new_boolean (feed != NULL && feed->paused));
  return g_variant_builder_end (&b);
}

void
precis_feed_poller_set_limits (PrecisFeedPoller *poller, const PrecisFeedLimits *limits)
{
  if (limits->min_interval > 0)
    poller->limits.min_interval = limits->min_interval;
  if (limits->max_subscriptions > 0)
    poller->limits.max_subscriptions = MIN (limits->max_subscriptions, PRECIS_FEED_MAX_SUBSCRIPTIONS);
  if (limits->timeout_seconds > 0)
    poller->limits.timeout_seconds = limits->timeout_seconds;
}

gboolean
precis_feed_poller_is_busy (PrecisFeedPoller *poller)
{
  return poller->outstanding > 0;
}

gboolean
precis_feed_poller_has_feeds (PrecisFeedPoller *poller)
{
  return precis_feed_state_list (poller->state)->len > 0;
}

PrecisFeedState *
precis_feed_poller_get_state (PrecisFeedPoller *poller)
{
  return poller->state;
}

PrecisFeedPoller *
precis_feed_poller_new (DBusConnection *connection, PrecisNotifier *notifier, PrecisEngine *engine)
{
  PrecisFeedPoller *poller = g_new0 (PrecisFeedPoller, 1);
  g_autofree char *agent = g_strdup_printf ("precis/%s (feed reader)", PRECIS_VERSION);
  GPtrArray *subs;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  poller->connection = dbus_connection_ref (connection);
  poller->notifier = notifier;
  poller->engine = engine;
  poller->fetcher = precis_engine_get_fetcher (engine);
  poller->state = precis_feed_state_new (NULL);
  poller->limits = (PrecisFeedLimits) {
    .min_interval = PRECIS_FEED_DEFAULT_MIN_INTERVAL,
    .max_subscriptions = PRECIS_FEED_MAX_SUBSCRIPTIONS,
    .timeout_seconds = PRECIS_FEED_DEFAULT_TIMEOUT,
  };
  poller->session = soup_session_new_with_options ("timeout", PRECIS_FEED_DEFAULT_TIMEOUT,
                                                   "user-agent", agent, NULL);
  if (!precis_fetcher_allows_private_networks (poller->fetcher))
    precis_url_policy_apply_to_session (poller->session);
  poller->feeds = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) feed_free);

  subs = precis_feed_state_list (poller->state);
  for (guint i = 0; i < subs->len; i++)
    {
      PrecisFeedSubscription *sub = subs->pdata[i];
      gint64 due = sub->last_check + sub->interval - now;

      /* Overdue feeds are polled now, spread a little so that a hundred
       * subscriptions do not all start in the same instant. */
      feed_start (poller, sub, (guint) (CLAMP (due, 0, (gint64) sub->interval) * 1000 + i * 50));
    }
  if (subs->len > 0)
    g_message ("following %u feeds (%s)", subs->len, precis_feed_state_get_path (poller->state));
  return poller;
}

void
precis_feed_poller_free (PrecisFeedPoller *poller)
{
  GHashTableIter it;
  Feed *feed;

  if (poller == NULL)
    return;
  g_hash_table_iter_init (&it, poller->feeds);
  while (g_hash_table_iter_next (&it, NULL, (gpointer *) &feed))
    {
      g_clear_handle_id (&feed->timer, g_source_remove);
      g_cancellable_cancel (feed->cancellable);
    }
  /* Cancelled work finishes quickly; its completions need the main context. */
  while (poller->outstanding > 0)
    g_main_context_iteration (NULL, TRUE);
  if (poller->save_source != 0)
    {
      g_clear_handle_id (&poller->save_source, g_source_remove);
      save_now (poller);
    }
  g_hash_table_unref (poller->feeds);
  g_object_unref (poller->session);
  precis_feed_state_free (poller->state);
  dbus_connection_unref (poller->connection);
  g_free (poller);
}
