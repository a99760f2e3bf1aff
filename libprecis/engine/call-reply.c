/* call-reply.c — an analysed call's answer, written once for the wire.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Straight into libdbus: a GVariant of the same answer, built and then
 * marshalled, cost precisd 1.2 M more instructions an Analyze of the seed
 * article (BENCHMARKS.md §9), a GVariant per sentence field, fact field and
 * mention.  The local back end reads these bytes back as GVariant, as the
 * bus back end does a reply.
 */
#include "config.h"

#include "call.h"
#include "marshal.h"

static void
check (dbus_bool_t ok)
{
  if (!ok)
    g_error ("precis: out of memory while writing a reply");
}

void
precis_call_append_summary (const PrecisCall *call, DBusMessageIter *iter)
{
  GArray *summary = call->analysis.summary;
  DBusMessageIter array;

  check (dbus_message_iter_open_container (iter, DBUS_TYPE_ARRAY, "(suud)", &array));
  for (guint i = 0; summary != NULL && i < summary->len; i++)
    {
      const PrecisChosenSentence *s = &g_array_index (summary, PrecisChosenSentence, i);
      dbus_uint32_t start = s->start, end = s->end;
      double score = s->score;
      DBusMessageIter st;

      check (dbus_message_iter_open_container (&array, DBUS_TYPE_STRUCT, NULL, &st) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &s->text) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT32, &start) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT32, &end) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_DOUBLE, &score) &&
             dbus_message_iter_close_container (&array, &st));
    }
  check (dbus_message_iter_close_container (iter, &array));
}

static void
append_mentions (DBusMessageIter *iter, GArray *mentions)
{
  DBusMessageIter array;

  check (dbus_message_iter_open_container (iter, DBUS_TYPE_ARRAY, "(uu)", &array));
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisSpan *span = &g_array_index (mentions, PrecisSpan, i);
      dbus_uint32_t start = span->start, end = span->end;
      DBusMessageIter st;

      check (dbus_message_iter_open_container (&array, DBUS_TYPE_STRUCT, NULL, &st) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT32, &start) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT32, &end) &&
             dbus_message_iter_close_container (&array, &st));
    }
  check (dbus_message_iter_close_container (iter, &array));
}

void
precis_call_append_facts (const PrecisCall *call, DBusMessageIter *iter)
{
  GArray *facts = call->analysis.facts;
  DBusMessageIter array;

  check (dbus_message_iter_open_container (iter, DBUS_TYPE_ARRAY, "(sssda(uu))", &array));
  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      const PrecisFactResult *f = &g_array_index (facts, PrecisFactResult, i);
      const char *kind = precis_fact_kind_to_string (f->kind);
      double salience = f->salience;
      DBusMessageIter st;

      check (dbus_message_iter_open_container (&array, DBUS_TYPE_STRUCT, NULL, &st) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &kind) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &f->text) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &f->value) &&
             dbus_message_iter_append_basic (&st, DBUS_TYPE_DOUBLE, &salience));
      append_mentions (&st, f->mentions);
      check (dbus_message_iter_close_container (&array, &st));
    }
  check (dbus_message_iter_close_container (iter, &array));
}

/* The plugin that answered, after the summary or the facts. */
static void
append_plugin (DBusMessageIter *iter, PrecisPlugin *plugin)
{
  const char *name = precis_plugin_get_name (plugin);

  check (dbus_message_iter_append_basic (iter, DBUS_TYPE_STRING, &name));
}

void
precis_call_append_reply (const PrecisCall *call, DBusMessage *message)
{
  DBusMessageIter iter;

  dbus_message_iter_init_append (message, &iter);
  switch (call->kind)
    {
    case PRECIS_CALL_KIND_SUMMARIZE:
      precis_call_append_summary (call, &iter);
      append_plugin (&iter, call->analysis.summarizer);
      break;
    case PRECIS_CALL_KIND_EXTRACT_FACTS:
      precis_call_append_facts (call, &iter);
      append_plugin (&iter, call->analysis.extractor);
      break;
    case PRECIS_CALL_KIND_ANALYZE:
    default:
      {
        g_autoptr (GVariant) info = g_variant_ref_sink (precis_call_info (call));

        precis_call_append_summary (call, &iter);
        precis_call_append_facts (call, &iter);
        /* Only a type D-Bus has no word for fails, and a{sv} has one. */
        check (precis_marshal_append_value (&iter, info, NULL));
      }
      break;
    }
}
