/* dbus-marshal.c — precis results and GVariants into libdbus messages.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libdbus reports only out-of-memory from the append functions; every
 * result is checked and passed up so a reply is never sent half-built.
 */
#include "dbus-marshal.h"

#include <string.h>

gboolean
precis_dbus_append_summary (DBusMessageIter *iter, GArray *summary)
{
  DBusMessageIter array;

  if (!dbus_message_iter_open_container (iter, DBUS_TYPE_ARRAY, "(suud)", &array))
    return FALSE;
  for (guint i = 0; summary != NULL && i < summary->len; i++)
    {
      const PrecisChosenSentence *s = &g_array_index (summary, PrecisChosenSentence, i);
      DBusMessageIter st;
      dbus_uint32_t start = s->start, end = s->end;
      double score = s->score;

      if (!dbus_message_iter_open_container (&array, DBUS_TYPE_STRUCT, NULL, &st) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &s->text) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT32, &start) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT32, &end) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_DOUBLE, &score) ||
          !dbus_message_iter_close_container (&array, &st))
        return FALSE;
    }
  return dbus_message_iter_close_container (iter, &array);
}

static gboolean
append_mentions (DBusMessageIter *iter, GArray *mentions)
{
  DBusMessageIter array;

  if (!dbus_message_iter_open_container (iter, DBUS_TYPE_ARRAY, "(uu)", &array))
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisSpan *span = &g_array_index (mentions, PrecisSpan, i);
      dbus_uint32_t start = span->start, end = span->end;
      DBusMessageIter st;

      if (!dbus_message_iter_open_container (&array, DBUS_TYPE_STRUCT, NULL, &st) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT32, &start) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_UINT32, &end) ||
          !dbus_message_iter_close_container (&array, &st))
        return FALSE;
    }
  return dbus_message_iter_close_container (iter, &array);
}

gboolean
precis_dbus_append_facts (DBusMessageIter *iter, GArray *facts)
{
  DBusMessageIter array;

  if (!dbus_message_iter_open_container (iter, DBUS_TYPE_ARRAY, "(sssda(uu))", &array))
    return FALSE;
  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      const PrecisFactResult *f = &g_array_index (facts, PrecisFactResult, i);
      const char *kind = precis_fact_kind_to_string (f->kind);
      double salience = f->salience;
      DBusMessageIter st;

      if (!dbus_message_iter_open_container (&array, DBUS_TYPE_STRUCT, NULL, &st) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &kind) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &f->text) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_STRING, &f->value) ||
          !dbus_message_iter_append_basic (&st, DBUS_TYPE_DOUBLE, &salience) ||
          !append_mentions (&st, f->mentions) ||
          !dbus_message_iter_close_container (&array, &st))
        return FALSE;
    }
  return dbus_message_iter_close_container (iter, &array);
}

static gboolean
append_basic (DBusMessageIter *iter, GVariant *value)
{
  switch (g_variant_classify (value))
    {
    case G_VARIANT_CLASS_BOOLEAN: { dbus_bool_t v = g_variant_get_boolean (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_BOOLEAN, &v); }
    case G_VARIANT_CLASS_BYTE: { unsigned char v = g_variant_get_byte (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_BYTE, &v); }
    case G_VARIANT_CLASS_INT16: { dbus_int16_t v = g_variant_get_int16 (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_INT16, &v); }
    case G_VARIANT_CLASS_UINT16: { dbus_uint16_t v = g_variant_get_uint16 (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_UINT16, &v); }
    case G_VARIANT_CLASS_INT32: { dbus_int32_t v = g_variant_get_int32 (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_INT32, &v); }
    case G_VARIANT_CLASS_UINT32: { dbus_uint32_t v = g_variant_get_uint32 (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_UINT32, &v); }
    case G_VARIANT_CLASS_INT64: { dbus_int64_t v = g_variant_get_int64 (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_INT64, &v); }
    case G_VARIANT_CLASS_UINT64: { dbus_uint64_t v = g_variant_get_uint64 (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_UINT64, &v); }
    case G_VARIANT_CLASS_DOUBLE: { double v = g_variant_get_double (value); return dbus_message_iter_append_basic (iter, DBUS_TYPE_DOUBLE, &v); }
    case G_VARIANT_CLASS_STRING: { const char *v = g_variant_get_string (value, NULL); return dbus_message_iter_append_basic (iter, DBUS_TYPE_STRING, &v); }
    case G_VARIANT_CLASS_OBJECT_PATH: { const char *v = g_variant_get_string (value, NULL); return dbus_message_iter_append_basic (iter, DBUS_TYPE_OBJECT_PATH, &v); }
    case G_VARIANT_CLASS_SIGNATURE: { const char *v = g_variant_get_string (value, NULL); return dbus_message_iter_append_basic (iter, DBUS_TYPE_SIGNATURE, &v); }
    default:
      return FALSE;
    }
}

static gboolean
append_children (DBusMessageIter *container, GVariant *value)
{
  gsize n = g_variant_n_children (value);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (GVariant) child = g_variant_get_child_value (value, i);

      if (!precis_dbus_append_gvariant (container, child))
        return FALSE;
    }
  return TRUE;
}

gboolean
precis_dbus_append_gvariant (DBusMessageIter *iter, GVariant *value)
{
  DBusMessageIter sub;

  switch (g_variant_classify (value))
    {
    case G_VARIANT_CLASS_VARIANT:
      {
        g_autoptr (GVariant) inner = g_variant_get_variant (value);

        return dbus_message_iter_open_container (iter, DBUS_TYPE_VARIANT,
                                                 g_variant_get_type_string (inner), &sub) &&
               precis_dbus_append_gvariant (&sub, inner) &&
               dbus_message_iter_close_container (iter, &sub);
      }
    case G_VARIANT_CLASS_ARRAY:
      return dbus_message_iter_open_container (iter, DBUS_TYPE_ARRAY,
                                               g_variant_get_type_string (value) + 1, &sub) &&
             append_children (&sub, value) &&
             dbus_message_iter_close_container (iter, &sub);
    case G_VARIANT_CLASS_TUPLE:
      return dbus_message_iter_open_container (iter, DBUS_TYPE_STRUCT, NULL, &sub) &&
             append_children (&sub, value) &&
             dbus_message_iter_close_container (iter, &sub);
    case G_VARIANT_CLASS_DICT_ENTRY:
      return dbus_message_iter_open_container (iter, DBUS_TYPE_DICT_ENTRY, NULL, &sub) &&
             append_children (&sub, value) &&
             dbus_message_iter_close_container (iter, &sub);
    default:
      return append_basic (iter, value);
    }
}

gboolean
precis_dbus_dict_lookup (DBusMessageIter *dict, const char *key, DBusMessageIter *value)
{
  DBusMessageIter entries, entry;

  if (dbus_message_iter_get_arg_type (dict) != DBUS_TYPE_ARRAY)
    return FALSE;
  for (dbus_message_iter_recurse (dict, &entries);
       dbus_message_iter_get_arg_type (&entries) == DBUS_TYPE_DICT_ENTRY;
       dbus_message_iter_next (&entries))
    {
      const char *name;

      dbus_message_iter_recurse (&entries, &entry);
      if (dbus_message_iter_get_arg_type (&entry) != DBUS_TYPE_STRING)
        return FALSE;
      dbus_message_iter_get_basic (&entry, &name);
      if (strcmp (name, key) != 0)
        continue;
      dbus_message_iter_next (&entry);
      if (dbus_message_iter_get_arg_type (&entry) != DBUS_TYPE_VARIANT)
        return FALSE;
      dbus_message_iter_recurse (&entry, value);
      return TRUE;
    }
  return FALSE;
}

gboolean
precis_dbus_get_integer (DBusMessageIter *value, gint64 *out)
{
  switch (dbus_message_iter_get_arg_type (value))
    {
    case DBUS_TYPE_BYTE: { guint8 x; dbus_message_iter_get_basic (value, &x); *out = x; return TRUE; }
    case DBUS_TYPE_INT16: { gint16 x; dbus_message_iter_get_basic (value, &x); *out = x; return TRUE; }
    case DBUS_TYPE_UINT16: { guint16 x; dbus_message_iter_get_basic (value, &x); *out = x; return TRUE; }
    case DBUS_TYPE_INT32: { gint32 x; dbus_message_iter_get_basic (value, &x); *out = x; return TRUE; }
    case DBUS_TYPE_UINT32: { guint32 x; dbus_message_iter_get_basic (value, &x); *out = x; return TRUE; }
    case DBUS_TYPE_INT64: { gint64 x; dbus_message_iter_get_basic (value, &x); *out = x; return TRUE; }
    case DBUS_TYPE_UINT64:
      {
        guint64 x;

        dbus_message_iter_get_basic (value, &x);
        *out = x > G_MAXINT64 ? G_MAXINT64 : (gint64) x;
        return TRUE;
      }
    default:
      return FALSE;
    }
}
