/* hostile-text.c — texts shaped to make the facts plugin's passes
 * quadratic or worse get their analysis.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each text is at the size limit (2 MiB) and sent to Analyze on a real
 * precisd.  The linking passes compare names that look alike, the list
 * rules read an enumeration around each of its items; a text made of
 * thousands of look-alikes or of one endless enumeration made them
 * quadratic or cubic (BENCHMARKS.md sections 22 and 24: minutes to hours).
 * They are linear now and answer in seconds.  The daemon's call timeout
 * is raised so that the client's own (four minutes) decides, far above what
 * a sanitizer build takes: the figures that count are in the benchmark,
 * not in a test.
 */
#include "config.h"

#include <string.h>

#include "bus-fixture.h"

/* Each text's size: the limit, 2 MiB; a quarter of it in GTest's quick
 * mode (sanitizer builds), where what is checked is how the passes use
 * memory on these shapes, not how their time grows. */
static gsize
text_bytes (void)
{
  return g_test_slow () ? 2 * 1024 * 1024 : 512 * 1024;
}

/* A made-up capitalized name, different for each `n` below 16⁴. */
static void
made_up_name (guint n, char out[20])
{
  static const char *const syllables[] = { "ka", "ro", "vi", "ten", "mar", "lo", "sen", "da",
                                           "bri", "gor", "hal", "mu", "pet", "zan", "el", "quin" };

  g_snprintf (out, 20, "%s%s%s%s", syllables[n % 16], syllables[(n / 16) % 16], syllables[(n / 256) % 16],
              syllables[(n / 4096) % 16]);
  out[0] = g_ascii_toupper (out[0]);
}

/* Analyze of `text` answers; returns the facts' values. */
static GPtrArray *
analyze (BusFixture *f, const char *text)
{
  g_autofree char *error_name = NULL, *error_message = NULL;
  gint64 start = g_get_monotonic_time ();
  DBusMessage *reply = bus_fixture_call_full (f, bus_fixture_method_with_option ("Analyze", text, NULL, 0, NULL),
                                              &error_name, &error_message);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  DBusMessageIter iter, array;

  g_test_message ("Analyze of %zu bytes: %.2f s%s%s", strlen (text), (g_get_monotonic_time () - start) / 1e6,
                  error_name ? ", " : "", error_name ? error_message : "");
  g_assert_nonnull (reply);
  g_assert_cmpstr (dbus_message_get_signature (reply), ==, "a(suud)a(sssda(uu))a{sv}");
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_next (&iter);
  for (dbus_message_iter_recurse (&iter, &array); dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT;
       dbus_message_iter_next (&array))
    {
      DBusMessageIter fact;
      const char *kind, *value;

      dbus_message_iter_recurse (&array, &fact);
      dbus_message_iter_get_basic (&fact, &kind);
      dbus_message_iter_next (&fact);
      dbus_message_iter_get_basic (&fact, &value);
      /* No name of a whole text: a fact is a few words at most. */
      g_assert_cmpuint (strlen (value), <=, 200);
      g_ptr_array_add (values, g_strdup (value));
    }
  dbus_message_unref (reply);
  g_test_message ("%u facts", values->len);
  bus_fixture_assert_alive (f);
  return values;
}

/* 2 MiB of one initial repeated ("A. A. A. …"): the tagger read the whole
 * run as one organization, whose every run of words the linking passes
 * filed, so 2,000 of them took 16 s and 200,000 ran the worker out of
 * memory; a name now has at most 32 tokens, so no such fact comes back. */
static void
test_initials (BusFixture *f, gconstpointer data)
{
  GString *text = g_string_sized_new (text_bytes ());
  g_autofree char *body = NULL;
  g_autoptr (GPtrArray) facts = NULL;

  while (text->len + 3 <= text_bytes ())
    g_string_append (text, "A. ");
  body = g_string_free (text, FALSE);
  facts = analyze (f, body);
}

/* A register of companies, "K. R. Vilomar of the U.S. Tenro Co. Inc.
 * said.": every name of four words with the same initials has one
 * abbreviation signature, and each pair of them was compared by
 * splitting both (6 minutes).  Names with more than 128 look-alikes are
 * not joined as abbreviations. */
static void
test_abbreviations (BusFixture *f, gconstpointer data)
{
  GString *text = g_string_sized_new (text_bytes ());
  g_autofree char *body = NULL;
  g_autoptr (GPtrArray) facts = NULL;

  for (guint i = 0; text->len < text_bytes () - 100; i++)
    {
      char person[20], company[20];

      made_up_name (i, person);
      made_up_name (i * 7 + 3, company);
      g_string_append_printf (text, "%c. %c. %s of the U.S. %s Co. Inc. said. ", 'A' + i % 26, 'A' + (i / 26) % 26,
                              person, company);
    }
  body = g_string_free (text, FALSE);
  facts = analyze (f, body);
  g_assert_cmpuint (facts->len, >, 0);
}

/* Thousands of people of one last name, each named once in full and then
 * by it alone: "Kamarvi Smith met Smith in Rosen.", "John Rotenda Smith
 * met Smith in Vilo."  Each lone "Smith" was
 * compared with every namesake's every mention (cubic: 8,000 of them took
 * 4 s, 2 MiB hours), and every pair of namesakes was split to be
 * compared. */
static void
test_namesakes (BusFixture *f, gconstpointer data)
{
  GString *text = g_string_sized_new (text_bytes ());
  g_autofree char *body = NULL;
  g_autoptr (GPtrArray) facts = NULL;
  gboolean lone = FALSE;

  for (guint i = 0; text->len < text_bytes () - 100; i++)
    {
      char first[20], place[20];

      made_up_name (i, first);
      made_up_name (i * 5 + 1, place);
      if (i % 2)
        g_string_append_printf (text, "John %s Smith met Smith in %s. ", first, place);
      else
        g_string_append_printf (text, "%s Smith met Smith in %s. ", first, place);
    }
  body = g_string_free (text, FALSE);
  facts = analyze (f, body);
  g_assert_cmpuint (facts->len, >, 0);
  /* The lone surname joins its namesakes; it is no one of its own. */
  for (guint i = 0; i < facts->len; i++)
    lone |= g_str_equal (facts->pdata[i], "Smith");
  g_assert_false (lone);
}

/* One line-up of 2 MiB, "Man Utd: Kaka (Roro 45), …": each of its items
 * looked back over the whole sentence for an opening bracket and for the
 * label's colon (quadratic), and a version list ("95, 98, ME") was
 * looked for over the whole enumeration from each item. */
static void
test_line_up (BusFixture *f, gconstpointer data)
{
  GString *text = g_string_sized_new (text_bytes ());
  g_autofree char *body = NULL;
  g_autoptr (GPtrArray) facts = NULL;

  g_string_append (text, "Man Utd: ");
  for (guint i = 0; text->len < text_bytes () - 100; i++)
    {
      char player[20], substitute[20];

      made_up_name (i, player);
      made_up_name (i * 11 + 7, substitute);
      g_string_append_printf (text, "%s (%s %u), %s, %u, ", player, substitute, 1 + i % 90, player, i % 2000);
    }
  g_string_append (text, "Carroll.");
  body = g_string_free (text, FALSE);
  facts = analyze (f, body);
  g_assert_cmpuint (facts->len, >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/hostile-text/initials", BusFixture, NULL, bus_fixture_setup_patient,
              test_initials, bus_fixture_test_teardown);
  g_test_add ("/hostile-text/abbreviations", BusFixture, NULL, bus_fixture_setup_patient, test_abbreviations,
              bus_fixture_test_teardown);
  g_test_add ("/hostile-text/namesakes", BusFixture, NULL, bus_fixture_setup_patient,
              test_namesakes, bus_fixture_test_teardown);
  g_test_add ("/hostile-text/line-up", BusFixture, NULL, bus_fixture_setup_patient,
              test_line_up, bus_fixture_test_teardown);
  return g_test_run ();
}
