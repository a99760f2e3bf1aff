/* dbus-marshal.c — reading the a{sv} arguments of calls.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "dbus-marshal.h"

#include <string.h>

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
