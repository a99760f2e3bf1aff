/* call-options.c — the a{sv} options of a call.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "call-options.h"
#include "errors.h"

/* A message whose first argument is a{sv} with one entry of `type`. */
static DBusMessage *
options_with (const char *key, int type, const void *value)
{
  DBusMessage *m = dbus_message_new_method_call ("org.example", "/", "org.example", "M");
  DBusMessageIter iter, dict, entry, variant;
  char sig[2] = { (char) type, 0 };

  dbus_message_iter_init_append (m, &iter);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict);
  if (key != NULL)
    {
      dbus_message_iter_open_container (&dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry);
      dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &key);
      dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, sig, &variant);
      dbus_message_iter_append_basic (&variant, type, value);
      dbus_message_iter_close_container (&entry, &variant);
      dbus_message_iter_close_container (&dict, &entry);
    }
  dbus_message_iter_close_container (&iter, &dict);
  return m;
}

static gboolean
parse (PrecisCallOptions *options, DBusMessage *m, GError **error)
{
  DBusMessageIter iter;
  gboolean ok;

  dbus_message_iter_init (m, &iter);
  ok = precis_call_options_parse (options, &iter, error);
  dbus_message_unref (m);
  return ok;
}

static void
test_integer_types (void)
{
  unsigned char byte = 4;
  dbus_int16_t i16 = 4;
  dbus_uint16_t u16 = 4;
  dbus_int32_t i32 = 4;
  dbus_uint32_t u32 = 4;
  dbus_int64_t i64 = 4;
  dbus_uint64_t u64 = 4;
  struct { int type; const void *value; } cases[] = {
    { DBUS_TYPE_BYTE, &byte }, { DBUS_TYPE_INT16, &i16 }, { DBUS_TYPE_UINT16, &u16 },
    { DBUS_TYPE_INT32, &i32 }, { DBUS_TYPE_UINT32, &u32 }, { DBUS_TYPE_INT64, &i64 },
    { DBUS_TYPE_UINT64, &u64 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (PrecisCallOptions) options;
      g_autoptr (GError) error = NULL;

      precis_call_options_init (&options);
      g_assert_true (parse (&options, options_with ("sentences", cases[i].type, cases[i].value), &error));
      g_assert_no_error (error);
      g_assert_cmpuint (options.summary.sentences, ==, 4);
    }
}

static void
test_out_of_range (void)
{
  dbus_int32_t negative = -3;
  dbus_int64_t huge = G_GINT64_CONSTANT (1) << 40;
  dbus_uint32_t zero = 0, one = 1;
  double above_one = 1.5, nan = 0.0 / 0.0;
  struct { const char *key; int type; const void *value; } cases[] = {
    { "sentences", DBUS_TYPE_INT32, &negative },
    { "sentences", DBUS_TYPE_INT64, &huge },
    { "sentences", DBUS_TYPE_UINT32, &zero },
    { "max-chars", DBUS_TYPE_UINT32, &one },
    { "ratio", DBUS_TYPE_DOUBLE, &above_one },
    { "ratio", DBUS_TYPE_DOUBLE, &nan },
    { "ratio", DBUS_TYPE_UINT32, &zero },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (PrecisCallOptions) options;
      g_autoptr (GError) error = NULL;

      precis_call_options_init (&options);
      g_assert_false (parse (&options, options_with (cases[i].key, cases[i].type, cases[i].value), &error));
      g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS);
      /* The message names the option, so a person knows what to fix. */
      g_assert_nonnull (strstr (error->message, cases[i].key));
    }
}

static void
test_wrong_types (void)
{
  const char *text = "three";
  dbus_uint32_t number = 3;
  struct { const char *key; int type; const void *value; } cases[] = {
    { "sentences", DBUS_TYPE_STRING, &text },
    { "plugin", DBUS_TYPE_UINT32, &number },
    { "order", DBUS_TYPE_STRING, &text },
    { "published", DBUS_TYPE_STRING, &text },
    { "title", DBUS_TYPE_UINT32, &number },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (PrecisCallOptions) options;
      g_autoptr (GError) error = NULL;

      precis_call_options_init (&options);
      g_assert_false (parse (&options, options_with (cases[i].key, cases[i].type, cases[i].value), &error));
      g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_INVALID_ARGS);
    }
}

static void
test_values (void)
{
  const char *date = "2025-02-22", *score = "score", *name = "lead";
  double ratio = 0.25;
  dbus_int32_t ratio_int = 1;
  const char *unknown = "whatever";
  g_auto (PrecisCallOptions) options;

  precis_call_options_init (&options);
  g_assert_true (parse (&options, options_with ("published", DBUS_TYPE_STRING, &date), NULL));
  g_assert_true (parse (&options, options_with ("order", DBUS_TYPE_STRING, &score), NULL));
  g_assert_true (parse (&options, options_with ("plugin", DBUS_TYPE_STRING, &name), NULL));
  g_assert_true (parse (&options, options_with ("ratio", DBUS_TYPE_DOUBLE, &ratio), NULL));
  g_assert_cmpfloat (options.summary.ratio, ==, 0.25);
  g_assert_true (parse (&options, options_with ("ratio", DBUS_TYPE_INT32, &ratio_int), NULL));
  g_assert_cmpfloat (options.summary.ratio, ==, 1.0);
  /* Unknown keys are ignored, whatever their type. */
  g_assert_true (parse (&options, options_with ("x-future-option", DBUS_TYPE_STRING, &unknown), NULL));

  g_assert_cmpint (g_date_time_get_year (options.published), ==, 2025);
  g_assert_cmpint (g_date_time_get_month (options.published), ==, 2);
  g_assert_cmpint (g_date_time_get_day_of_month (options.published), ==, 22);
  g_assert_cmpint (options.summary.order, ==, PRECIS_ORDER_SCORE);
  g_assert_cmpstr (options.plugin, ==, "lead");
}

static void
test_iso8601 (void)
{
  const char *good[] = { "2025-02-22", "2025-02-22T09:30:00Z", "2025-02-22T09:30:00+01:00" };
  const char *bad[] = { "", "2025-02-30", "22/02/2025", "2025-2-22", "yesterday", "2025-02-22T25:00:00Z" };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GDateTime) t = precis_parse_iso8601 (good[i]);

      g_assert_nonnull (t);
      g_assert_cmpint (g_date_time_get_year (t), ==, 2025);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GDateTime) t = precis_parse_iso8601 (bad[i]);

      g_test_message ("%s", bad[i]);
      g_assert_null (t);
    }
}

/* What an error quotes of a caller's value (precis_error_quote). */
static void
test_error_quote (void)
{
  g_autofree char *shortest = precis_error_quote ("");
  g_autofree char *plain = precis_error_quote ("2025-13-01");
  g_autofree char *lines = precis_error_quote ("de\r\nFAKE: line");
  g_autofree char *broken = precis_error_quote ("Jos\xe9 ok");
  g_autofree char *long_ascii = g_strnfill (100000, 'a');
  g_autofree char *cut = precis_error_quote (long_ascii);
  GString *wide = g_string_new (NULL);
  g_autofree char *wide_cut = NULL;

  g_assert_cmpstr (shortest, ==, "");
  g_assert_cmpstr (plain, ==, "2025-13-01");
  g_assert_cmpstr (lines, ==, "de\xef\xbf\xbd\xef\xbf\xbd" "FAKE: line");
  g_assert_true (g_utf8_validate (broken, -1, NULL));
  g_assert_true (g_str_has_prefix (broken, "Jos") && g_str_has_suffix (broken, " ok"));
  g_assert_cmpuint (g_utf8_strlen (cut, -1), ==, PRECIS_ERROR_QUOTE_CHARS + 1);
  g_assert_true (g_str_has_suffix (cut, "…"));
  /* Exactly the limit: nothing cut, no ellipsis. */
  long_ascii[PRECIS_ERROR_QUOTE_CHARS] = '\0';
  g_clear_pointer (&cut, g_free);
  cut = precis_error_quote (long_ascii);
  g_assert_cmpstr (cut, ==, long_ascii);
  /* Four-byte characters are cut on a character, never inside one. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (wide, "\xf0\x9f\x93\xb0");
  wide_cut = precis_error_quote (wide->str);
  g_assert_true (g_utf8_validate (wide_cut, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (wide_cut, -1), ==, PRECIS_ERROR_QUOTE_CHARS + 1);
  g_assert_true (g_str_has_suffix (wide_cut, "…"));
  g_assert_cmpint (memcmp (wide_cut, wide->str, PRECIS_ERROR_QUOTE_CHARS * 4), ==, 0);
  g_string_free (wide, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/call-options/integer-types", test_integer_types);
  g_test_add_func ("/call-options/out-of-range", test_out_of_range);
  g_test_add_func ("/call-options/wrong-types", test_wrong_types);
  g_test_add_func ("/call-options/values", test_values);
  g_test_add_func ("/call-options/iso8601", test_iso8601);
  g_test_add_func ("/call-options/error-quote", test_error_quote);
  return g_test_run ();
}
