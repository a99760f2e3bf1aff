/* call-wire.c — precisd's reply to an analysed call, its bytes written here.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libdbus' writer (call-reply.c) checks and re-encodes every value it is
 * given: it cost precisd about 0.45 M instructions a reply to Analyze of
 * the seed article (31 facts), an open_container of ~1,000 instructions
 * a struct, ~500 a number or string, ~1,700 for the signature check of
 * each array.  Here the message is laid out in the D-Bus wire format
 * directly and handed to dbus_message_demarshal(), which checks all of
 * it once (so a mistake here is refused, never sent: the libdbus writer
 * answers instead).  Same bytes as libdbus' writer, checked by the test
 * /call-wire/same-bytes; the local back end and the feeds' signal still
 * use that writer.
 */
#include "config.h"

#include <string.h>

#include "call.h"

/* The message as it grows: one bounds check a value (a GByteArray append
 * a piece cost ten times the copy). */
typedef struct {
  guint8 *data;
  gsize len, cap;
} Wire;

/* Room for `n` more bytes. */
static inline guint8 *
reserve (Wire *w, gsize n)
{
  if (w->len + n > w->cap)
    {
      w->cap = MAX (w->cap * 2, w->len + n);
      w->data = g_realloc (w->data, w->cap);
    }
  return w->data + w->len;
}

/* Zeros to the next multiple of `alignment` (at most 8): one 8-byte
 * store, not a memset call, a value. */
static inline void
pad (Wire *w, gsize alignment)
{
  gsize n = (alignment - (w->len & (alignment - 1))) & (alignment - 1);

  memset (reserve (w, 8), 0, 8);
  w->len += n;
}

static void
put_byte (Wire *w, guint8 b)
{
  *reserve (w, 1) = b;
  w->len++;
}

/* A fixed-size value in host order, aligned to its own size. */
static inline void
put_fixed (Wire *w, const void *v, gsize size)
{
  pad (w, size);
  memcpy (reserve (w, size), v, size);
  w->len += size;
}

static inline void
put_u32 (Wire *w, guint32 v)
{
  put_fixed (w, &v, sizeof v);
}

/* Fills in a length written as 0 at `at`. */
static void
set_u32 (Wire *w, gsize at, guint32 v)
{
  memcpy (w->data + at, &v, 4);
}

static inline void
put_double (Wire *w, double v)
{
  put_fixed (w, &v, sizeof v);
}

/* A string or signature's bytes after its length, and its NUL. */
static void
put_chars (Wire *w, const char *s, gsize n)
{
  memcpy (reserve (w, n + 1), s, n + 1);
  w->len += n + 1;
}

/* Its length aligned to 4, its bytes and its NUL: one room check. */
static void
put_string (Wire *w, const char *s)
{
  gsize n = strlen (s);
  gsize gap = (4 - (w->len & 3)) & 3;
  guint8 *p = reserve (w, gap + 4 + n + 1);
  guint32 length = (guint32) n;

  memset (p, 0, 4);
  memcpy (p + gap, &length, 4);
  memcpy (p + gap + 4, s, n + 1);
  w->len += gap + 4 + n + 1;
}

static void
put_signature (Wire *w, const char *s)
{
  gsize n = strlen (s);

  put_byte (w, (guint8) n);
  put_chars (w, s, n);
}

/* An array's length, then the padding to its elements (8 for structs and
 * dict entries); the length counts neither.  Returns where the length is. */
static gsize
open_array (Wire *w, gsize element_alignment, gsize *start)
{
  gsize at;

  put_u32 (w, 0);
  at = w->len - 4;
  pad (w, element_alignment);
  *start = w->len;
  return at;
}

static void
close_array (Wire *w, gsize at, gsize start)
{
  set_u32 (w, at, (guint32) (w->len - start));
}

static void
put_summary (Wire *w, GArray *summary)
{
  gsize start, at = open_array (w, 8, &start);

  for (guint i = 0; summary != NULL && i < summary->len; i++)
    {
      const PrecisChosenSentence *s = &g_array_index (summary, PrecisChosenSentence, i);

      pad (w, 8);
      put_string (w, s->text);
      put_u32 (w, s->start);
      put_u32 (w, s->end);
      put_double (w, s->score);
    }
  close_array (w, at, start);
}

static void
put_facts (Wire *w, GArray *facts)
{
  gsize start, at = open_array (w, 8, &start);

  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      const PrecisFactResult *f = &g_array_index (facts, PrecisFactResult, i);
      gsize mentions_start, mentions_at;

      pad (w, 8);
      put_string (w, precis_fact_kind_to_string (f->kind));
      put_string (w, f->text);
      put_string (w, f->value);
      put_double (w, f->salience);
      mentions_at = open_array (w, 8, &mentions_start);
      for (guint j = 0; j < f->mentions->len; j++)
        {
          const PrecisSpan *span = &g_array_index (f->mentions, PrecisSpan, j);

          pad (w, 8);
          put_u32 (w, span->start);
          put_u32 (w, span->end);
        }
      close_array (w, mentions_at, mentions_start);
    }
  close_array (w, at, start);
}

/* The info a{sv} in the order precis_call_info() gives it, which is that
 * of GVariantDict's hash table (g_str_hash keys, iterated): the same
 * table, filled in the same order, gives it here without building and
 * then reading the GVariant (0.1 M instructions a call). */
static void
put_info (Wire *w, const PrecisCall *call)
{
  g_autoptr (GHashTable) order = g_hash_table_new (g_str_hash, g_str_equal);
  gsize start, at = open_array (w, 8, &start);
  PrecisCallInfo info;
  GHashTableIter iter;
  gpointer value;

  precis_call_info_entries (call, &info);
  for (guint i = 0; i < info.n; i++)
    g_hash_table_insert (order, (gpointer) info.entries[i].key, &info.entries[i]);
  g_hash_table_iter_init (&iter, order);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const PrecisCallInfoEntry *entry = value;

      pad (w, 8);
      put_string (w, entry->key);
      put_signature (w, entry->string != NULL ? "s" : "u");
      if (entry->string != NULL)
        put_string (w, entry->string);
      else
        put_u32 (w, entry->number);
    }
  close_array (w, at, start);
}

/* One header field, a (yv) struct. */
static void
put_field (Wire *w, guint8 code, const char *type, const char *string, guint32 number)
{
  pad (w, 8);
  put_byte (w, code);
  put_signature (w, type);
  if (type[0] == 'u')
    put_u32 (w, number);
  else if (type[0] == 'g')
    put_signature (w, string);
  else
    put_string (w, string);
}

/* The whole message into `w`. */
static void
write_reply (Wire *w, const PrecisCall *call, DBusMessage *method_call)
{
  const char *sender = dbus_message_get_sender (method_call);
  const char *signature;
  gsize fields_at, fields_start, body_start;

  switch (call->kind)
    {
    case PRECIS_CALL_KIND_SUMMARIZE: signature = "a(suud)s"; break;
    case PRECIS_CALL_KIND_EXTRACT_FACTS: signature = "a(sssda(uu))s"; break;
    case PRECIS_CALL_KIND_ANALYZE: default: signature = "a(suud)a(sssda(uu))a{sv}"; break;
    }
  put_byte (w, G_BYTE_ORDER == G_LITTLE_ENDIAN ? 'l' : 'B');
  put_byte (w, DBUS_MESSAGE_TYPE_METHOD_RETURN);
  put_byte (w, DBUS_HEADER_FLAG_NO_REPLY_EXPECTED);
  put_byte (w, DBUS_MAJOR_PROTOCOL_VERSION);
  put_u32 (w, 0);  /* the body's length, below */
  /* Not zero, which demarshal refuses; the copy made below has none, and
   * the connection numbers it when it sends it. */
  put_u32 (w, 1);
  fields_at = open_array (w, 8, &fields_start);
  put_field (w, DBUS_HEADER_FIELD_REPLY_SERIAL, "u", NULL, dbus_message_get_serial (method_call));
  if (sender != NULL)
    put_field (w, DBUS_HEADER_FIELD_DESTINATION, "s", sender, 0);
  put_field (w, DBUS_HEADER_FIELD_SIGNATURE, "g", signature, 0);
  close_array (w, fields_at, fields_start);
  pad (w, 8);
  body_start = w->len;

  switch (call->kind)
    {
    case PRECIS_CALL_KIND_SUMMARIZE:
      put_summary (w, call->analysis.summary);
      put_string (w, precis_plugin_get_name (call->analysis.summarizer));
      break;
    case PRECIS_CALL_KIND_EXTRACT_FACTS:
      put_facts (w, call->analysis.facts);
      put_string (w, precis_plugin_get_name (call->analysis.extractor));
      break;
    case PRECIS_CALL_KIND_ANALYZE:
    default:
      put_summary (w, call->analysis.summary);
      put_facts (w, call->analysis.facts);
      put_info (w, call);
      break;
    }
  set_u32 (w, 4, (guint32) (w->len - body_start));
}

DBusMessage *
precis_call_new_reply (const PrecisCall *call, DBusMessage *method_call)
{
  /* The text bounds the reply: the summary quotes it, the facts name it. */
  gsize cap = 1024 + MIN (call->analysis.length, 64 * 1024);
  Wire w = { g_malloc (cap), 0, cap };
  DBusMessage *checked, *reply = NULL;
  DBusError error = DBUS_ERROR_INIT;

  write_reply (&w, call, method_call);
  if (w.len <= G_MAXINT)
    {
      checked = dbus_message_demarshal ((const char *) w.data, (int) w.len, &error);
      if (checked != NULL)
        {
          reply = dbus_message_copy (checked);
          dbus_message_unref (checked);
        }
      else
        {
          g_warning ("precis: a reply written for the wire was refused (%s); libdbus writes it",
                     error.message);
          dbus_error_free (&error);
        }
    }
  g_free (w.data);
  if (reply == NULL)
    {
      reply = dbus_message_new_method_return (method_call);
      if (reply != NULL)
        precis_call_append_reply (call, reply);
    }
  return reply;
}
