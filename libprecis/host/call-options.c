/* call-options.c — the a{sv} options of a call.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Numbers arrive in whatever integer type the client's tooling picked
 * (`gdbus call` writes <3> as an int32, Python as an int64), so every
 * integer type is accepted when its value is in range.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "call-options.h"
#include "errors.h"
#include "language.h"
#include "local-time.h"

void
precis_call_options_init (PrecisCallOptions *options)
{
  memset (options, 0, sizeof *options);
  options->summary = (PrecisSummaryOptions) PRECIS_SUMMARY_OPTIONS_INIT;
}

void
precis_call_options_clear (PrecisCallOptions *options)
{
  g_clear_pointer (&options->plugin, g_free);
  g_clear_pointer (&options->title, g_free);
  g_clear_pointer (&options->published, g_date_time_unref);
  g_clear_pointer (&options->language, g_free);
  g_clear_pointer (&options->language_hint, g_free);
  g_clear_pointer (&options->url, g_free);
}

static gboolean
wrong_type (const char *key, const char *wanted, GError **error)
{
  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
               "option “%s” takes %s", key, wanted);
  return FALSE;
}

/* Any integer type to a signed 64-bit value; FALSE if not an integer. */
static gboolean
read_integer (DBusMessageIter *value, gint64 *out)
{
  switch (dbus_message_iter_get_arg_type (value))
    {
    case DBUS_TYPE_BYTE: { unsigned char v; dbus_message_iter_get_basic (value, &v); *out = v; return TRUE; }
    case DBUS_TYPE_INT16: { dbus_int16_t v; dbus_message_iter_get_basic (value, &v); *out = v; return TRUE; }
    case DBUS_TYPE_UINT16: { dbus_uint16_t v; dbus_message_iter_get_basic (value, &v); *out = v; return TRUE; }
    case DBUS_TYPE_INT32: { dbus_int32_t v; dbus_message_iter_get_basic (value, &v); *out = v; return TRUE; }
    case DBUS_TYPE_UINT32: { dbus_uint32_t v; dbus_message_iter_get_basic (value, &v); *out = v; return TRUE; }
    case DBUS_TYPE_INT64: { dbus_int64_t v; dbus_message_iter_get_basic (value, &v); *out = v; return TRUE; }
    case DBUS_TYPE_UINT64:
      {
        dbus_uint64_t v;
        dbus_message_iter_get_basic (value, &v);
        *out = v > G_MAXINT64 ? G_MAXINT64 : (gint64) v;
        return TRUE;
      }
    default:
      return FALSE;
    }
}

static gboolean
read_uint32 (DBusMessageIter *value, const char *key, guint32 min, guint32 *out, GError **error)
{
  gint64 v;

  if (!read_integer (value, &v))
    return wrong_type (key, "an unsigned integer", error);
  if (v < min || v > G_MAXUINT32)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "option “%s” is %" G_GINT64_FORMAT ", out of range (%u to %u)",
                   key, v, min, G_MAXUINT32);
      return FALSE;
    }
  *out = (guint32) v;
  return TRUE;
}

static gboolean
read_string (DBusMessageIter *value, const char *key, char **out, GError **error)
{
  const char *s;

  if (dbus_message_iter_get_arg_type (value) != DBUS_TYPE_STRING)
    return wrong_type (key, "a string", error);
  dbus_message_iter_get_basic (value, &s);
  g_free (*out);
  *out = g_strdup (s);
  return TRUE;
}

static gboolean
read_ratio (DBusMessageIter *value, double *out, GError **error)
{
  gint64 integer;
  double v;

  if (dbus_message_iter_get_arg_type (value) == DBUS_TYPE_DOUBLE)
    dbus_message_iter_get_basic (value, &v);
  else if (read_integer (value, &integer))
    v = (double) integer;
  else
    return wrong_type ("ratio", "a number between 0 and 1", error);
  if (!isfinite (v) || v <= 0.0 || v > 1.0)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "option “ratio” is %g; it takes a share of the sentences, above 0 and at most 1", v);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

GDateTime *
precis_parse_iso8601 (const char *text)
{
  g_autoptr (GTimeZone) local = precis_local_zone ();
  int y, m, d;
  char tail;

  if (text == NULL)
    return NULL;
  /* A plain date: midday avoids the edge of a day in any zone. */
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && strlen (text) == 10)
    return g_date_time_new (local, y, m, d, 12, 0, 0);
  return g_date_time_new_from_iso8601 (text, local);
}

static gboolean
read_published (DBusMessageIter *value, GDateTime **out, GError **error)
{
  g_autofree char *text = NULL;

  if (!read_string (value, "published", &text, error))
    return FALSE;
  g_clear_pointer (out, g_date_time_unref);
  *out = precis_parse_iso8601 (text);
  if (*out == NULL)
    {
      g_autofree char *quoted = precis_error_quote (text);

      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "option “published” is “%s”, not an ISO 8601 date such as 2025-02-22 "
                   "or 2025-02-22T09:30:00Z", quoted);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_order (DBusMessageIter *value, PrecisSummaryOrder *out, GError **error)
{
  g_autofree char *text = NULL;

  if (!read_string (value, "order", &text, error))
    return FALSE;
  if (strcmp (text, "document") == 0)
    *out = PRECIS_ORDER_DOCUMENT;
  else if (strcmp (text, "score") == 0)
    *out = PRECIS_ORDER_SCORE;
  else
    {
      g_autofree char *quoted = precis_error_quote (text);

      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "option “order” is “%s”; it takes “document” or “score”", quoted);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_option (PrecisCallOptions *o, const char *key, DBusMessageIter *value, GError **error)
{
  if (strcmp (key, "plugin") == 0)
    return read_string (value, key, &o->plugin, error);
  if (strcmp (key, "sentences") == 0)
    return read_uint32 (value, key, 1, &o->summary.sentences, error);
  if (strcmp (key, "ratio") == 0)
    return read_ratio (value, &o->summary.ratio, error);
  if (strcmp (key, "max-chars") == 0)
    return read_uint32 (value, key, 2, &o->summary.max_chars, error);
  if (strcmp (key, "order") == 0)
    return read_order (value, &o->summary.order, error);
  if (strcmp (key, "title") == 0)
    return read_string (value, key, &o->title, error);
  if (strcmp (key, "published") == 0)
    return read_published (value, &o->published, error);
  if (strcmp (key, "language") == 0)
    return read_string (value, key, &o->language, error);
  /* Not checked against the known codes: a client passes on what its feed
   * or page declares ("en-us", "x-default"), and a code precis does not
   * know is no evidence rather than an error. */
  if (strcmp (key, "language-hint") == 0)
    return read_string (value, key, &o->language_hint, error);
  if (strcmp (key, "url") == 0)
    return read_string (value, key, &o->url, error);
  if (strcmp (key, "replaces-id") == 0)
    {
      o->replaces_id_set = TRUE;
      return read_uint32 (value, key, 0, &o->replaces_id, error);
    }
  return TRUE;  /* unknown keys are ignored, so that newer clients work with older daemons */
}

gboolean
precis_call_options_parse (PrecisCallOptions *options, DBusMessageIter *iter, GError **error)
{
  DBusMessageIter array;

  g_return_val_if_fail (dbus_message_iter_get_arg_type (iter) == DBUS_TYPE_ARRAY, FALSE);

  dbus_message_iter_recurse (iter, &array);
  while (dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_DICT_ENTRY)
    {
      DBusMessageIter entry, variant;
      const char *key;

      dbus_message_iter_recurse (&array, &entry);
      dbus_message_iter_get_basic (&entry, &key);
      dbus_message_iter_next (&entry);
      dbus_message_iter_recurse (&entry, &variant);
      if (!read_option (options, key, &variant, error))
        return FALSE;
      dbus_message_iter_next (&array);
    }
  if (options->language != NULL && strcmp (options->language, PRECIS_LANGUAGE_UNDETERMINED) != 0 &&
      !precis_language_is_known (options->language))
    {
      g_autofree char *quoted = precis_error_quote (options->language);

      /* InvalidArgs, one of the documented errors (issue 12: NotSupported is not). */
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS,
                   "language “%s” is not one precis knows; give an ISO 639 code such as “de”",
                   quoted);
      return FALSE;
    }
  return TRUE;
}
