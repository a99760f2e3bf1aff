/* edge-calls.c — small options that used to answer badly (issue 12, minor).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A real precisd on a private bus.  max-chars 2 to 7 used to answer an
 * empty summary; a language precis does not know, or one it knows without
 * a model, answered org.freedesktop.DBus.Error.NotSupported, which is not
 * one of the errors the interface documents.  An error used to quote the
 * caller's wrong value whole: a megabyte "published" came back as a
 * megabyte message, and a newline in it as a second log line.
 */
#include "config.h"

#include <string.h>

#include "bus-fixture.h"

static const char *const documented_errors[] = {
  "org.freedesktop.DBus.Error.InvalidArgs", "org.precis.Error.TooLarge",
  "org.precis.Error.UnknownPlugin", "org.precis.Error.PluginFailed", "org.precis.Error.FetchFailed",
  "org.precis.Error.NotAnArticle", "org.precis.Error.Busy", "org.precis.Error.Cancelled",
};

/* The summary's sentences, joined. */
static char *
summary_text (DBusMessage *reply)
{
  DBusMessageIter iter, array, st;
  GString *out = g_string_new (NULL);

  dbus_message_iter_init (reply, &iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT;
       dbus_message_iter_next (&array))
    {
      const char *s;

      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &s);
      g_string_append (out, s);
    }
  return g_string_free (out, FALSE);
}

static void
test_tiny_max_chars (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");

  for (guint32 max = 2; max <= 12; max++)
    {
      g_autofree char *name = NULL, *message = NULL, *summary = NULL;
      DBusMessage *reply = bus_fixture_call_full (f, bus_fixture_method_with_option (
                                                    "Summarize", text, "max-chars", DBUS_TYPE_UINT32, &max),
                                                  &name, &message);

      if (reply == NULL)
        g_error ("max-chars %u: %s %s", max, name, message);
      summary = summary_text (reply);
      dbus_message_unref (reply);
      g_test_message ("max-chars %u: “%s”", max, summary);
      /* Not empty: a cut that says it is one, within the budget. */
      g_assert_cmpuint (g_utf8_strlen (summary, -1), >=, 2);
      g_assert_cmpuint (g_utf8_strlen (summary, -1), <=, max);
      g_assert_true (g_str_has_suffix (summary, "…"));
    }
  bus_fixture_assert_alive (f);
}

static void
test_language_errors (BusFixture *f, gconstpointer data)
{
  const char *languages[] = { "de", "fr", "xx", "klingon", "" };
  const char *text = "Die Regierung hat am Montag einen neuen Haushalt vorgelegt. "
                     "Der Finanzminister sagte, die Schulden sollen sinken.";

  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = NULL, *message = NULL;
      DBusMessage *reply = bus_fixture_call_full (f, bus_fixture_method_with_option (
                                                    "Analyze", text, "language", DBUS_TYPE_STRING, &languages[i]),
                                                  &name, &message);
      gboolean documented = FALSE;

      g_test_message ("language “%s”: %s %s", languages[i], reply ? "answered" : name,
                      message ? message : "");
      if (reply != NULL)
        {
          dbus_message_unref (reply);
          continue;
        }
      for (gsize k = 0; k < G_N_ELEMENTS (documented_errors); k++)
        documented |= strcmp (name, documented_errors[k]) == 0;
      g_assert_true (documented);
    }
  bus_fixture_assert_alive (f);
}

/* A megabyte value that opens with a line break: the error says what was
 * wrong, quoting the value's start on one line, not the megabyte. */
static void
test_long_values_quoted (BusFixture *f, gconstpointer data)
{
  struct { const char *member, *first, *key, *prefix; } cases[] = {
    { "Analyze", "A short text. It has two sentences.", "published", "2025-02-22\n" },
    { "Analyze", "A short text. It has two sentences.", "language", "de\nxx" },
    { "Analyze", "A short text. It has two sentences.", "order", "score\nnope" },
    { "Analyze", "A short text. It has two sentences.", "plugin", "lead\n" },
    { "AnalyzeUrl", NULL, NULL, "gopher://example.org/\n" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL, *message = NULL;
      GString *value = g_string_new (cases[i].prefix);
      DBusMessage *call, *reply;

      while (value->len < 1024 * 1024)
        g_string_append (value, "2025 ");
      call = cases[i].key != NULL
               ? bus_fixture_method_with_option (cases[i].member, cases[i].first, cases[i].key,
                                                 DBUS_TYPE_STRING, &value->str)
               : bus_fixture_method_with_option (cases[i].member, value->str, NULL, 0, NULL);
      reply = bus_fixture_call_full (f, call, &name, &message);
      g_test_message ("%s %s: %s %s", cases[i].member, cases[i].key ? cases[i].key : "URL",
                      name ? name : "answered", message ? message : "");
      g_assert_null (reply);
      g_assert_nonnull (message);
      g_assert_cmpuint (strlen (message), <, 512);
      g_assert_null (strchr (message, '\n'));
      g_assert_nonnull (strstr (message, "…"));
      g_string_free (value, TRUE);
    }
  bus_fixture_assert_alive (f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/edge-calls/tiny-max-chars", BusFixture, NULL, bus_fixture_setup_running, test_tiny_max_chars,
              bus_fixture_test_teardown);
  g_test_add ("/edge-calls/language-errors", BusFixture, NULL, bus_fixture_setup_running,
              test_language_errors, bus_fixture_test_teardown);
  g_test_add ("/edge-calls/long-values-quoted", BusFixture, NULL, bus_fixture_setup_running,
              test_long_values_quoted, bus_fixture_test_teardown);
  return g_test_run ();
}
