/* notify-options.c — how a notification presents itself: the app it belongs to.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * GNOME Shell and KDE group a notification under the app whose desktop
 * entry it names; without one it belongs to "precis", an app the user
 * never opened.  So NotifySummary lets the caller say whose it is.
 */
#include "config.h"

#include <string.h>

#include "dbus-marshal.h"
#include "errors.h"
#include "notify-options.h"

void
precis_notify_options_init (PrecisNotifyOptions *options)
{
  memset (options, 0, sizeof *options);
  options->urgency = PRECIS_URGENCY_UNSET;
}

void
precis_notify_options_clear (PrecisNotifyOptions *options)
{
  g_clear_pointer (&options->desktop_entry, g_free);
  g_clear_pointer (&options->app_name, g_free);
  g_clear_pointer (&options->app_icon, g_free);
  g_clear_pointer (&options->category, g_free);
  options->urgency = PRECIS_URGENCY_UNSET;
}

void
precis_notify_options_copy (PrecisNotifyOptions *dest, const PrecisNotifyOptions *src)
{
  dest->desktop_entry = g_strdup (src->desktop_entry);
  dest->app_name = g_strdup (src->app_name);
  dest->app_icon = g_strdup (src->app_icon);
  dest->category = g_strdup (src->category);
  dest->urgency = src->urgency;
}

/* A desktop file id: letters, digits, '.', '-' and '_', as the Desktop
 * Entry spec allows, without the ".desktop" suffix. */
static gboolean
is_desktop_id (const char *id)
{
  if (*id == '\0' || strlen (id) > 255 || g_str_has_suffix (id, ".desktop"))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static gboolean
read_urgency (DBusMessageIter *value, PrecisUrgency *out, GError **error)
{
  gint64 v = -1;

  if (dbus_message_iter_get_arg_type (value) == DBUS_TYPE_STRING)
    {
      const char *s;

      dbus_message_iter_get_basic (value, &s);
      v = strcmp (s, "low") == 0 ? 0 : strcmp (s, "normal") == 0 ? 1 : strcmp (s, "critical") == 0 ? 2 : -1;
    }
  else if (!precis_dbus_get_integer (value, &v))
    v = -1;
  if (v < 0 || v > 2)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "option “urgency” takes 0, 1 or 2 (or “low”, “normal”, “critical”)");
      return FALSE;
    }
  *out = (PrecisUrgency) v;
  return TRUE;
}

gboolean
precis_notify_options_parse (PrecisNotifyOptions *options, DBusMessageIter *iter, GError **error)
{
  static const char *const string_keys[] = { "desktop-entry", "app-name", "app-icon", "category" };
  char **slots[] = { &options->desktop_entry, &options->app_name, &options->app_icon,
                     &options->category };
  DBusMessageIter dict;

  for (dbus_message_iter_recurse (iter, &dict);
       dbus_message_iter_get_arg_type (&dict) == DBUS_TYPE_DICT_ENTRY;
       dbus_message_iter_next (&dict))
    {
      DBusMessageIter entry, value;
      const char *key, *s;

      dbus_message_iter_recurse (&dict, &entry);
      dbus_message_iter_get_basic (&entry, &key);
      dbus_message_iter_next (&entry);
      dbus_message_iter_recurse (&entry, &value);
      if (strcmp (key, "urgency") == 0)
        {
          if (!read_urgency (&value, &options->urgency, error))
            return FALSE;
          continue;
        }
      for (gsize i = 0; i < G_N_ELEMENTS (string_keys); i++)
        {
          if (strcmp (key, string_keys[i]) != 0)
            continue;
          if (dbus_message_iter_get_arg_type (&value) != DBUS_TYPE_STRING)
            {
              g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                           "option “%s” takes a string", key);
              return FALSE;
            }
          dbus_message_iter_get_basic (&value, &s);
          if (i == 0 && !is_desktop_id (s))
            {
              g_autofree char *quoted = precis_error_quote (s);

              g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                           "option “desktop-entry” takes a desktop file id such as "
                           "org.example.Reader (without .desktop), not “%s”", quoted);
              return FALSE;
            }
          g_free (*slots[i]);
          *slots[i] = g_utf8_make_valid (s, -1);
        }
    }
  return TRUE;
}
