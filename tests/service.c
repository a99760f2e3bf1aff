/* service.c — precisd on a private bus, called through libdbus and gdbus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every test starts its own dbus-daemon and precisd (tests/bus-fixture.c).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "bus-fixture.h"

#define IFACE "org.precis.Summarizer1"

typedef struct {
  char *text;
  guint32 start, end;
  double score;
} Sentence;

static void
sentence_clear (Sentence *s)
{
  g_free (s->text);
}

static GArray *
new_sentence_array (void)
{
  GArray *a = g_array_new (FALSE, TRUE, sizeof (Sentence));

  g_array_set_clear_func (a, (GDestroyNotify) sentence_clear);
  return a;
}

/* A Summarize call with options given as (key, D-Bus type, value pointer) triples. */
static DBusMessage *
summarize_call (const char *text, const char *key, int type, const void *value)
{
  return bus_fixture_method_with_option ("Summarize", text, key, type, value);
}

static GArray *
read_summary (DBusMessage *reply, char **plugin)
{
  GArray *out = new_sentence_array ();
  DBusMessageIter iter, array, st;

  g_assert_true (dbus_message_has_signature (reply, "a(suud)s"));
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_recurse (&iter, &array);
  while (dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT)
    {
      Sentence s = { 0 };
      const char *text;

      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &text);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &s.start);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &s.end);
      dbus_message_iter_next (&st);
      dbus_message_iter_get_basic (&st, &s.score);
      s.text = g_strdup (text);
      g_array_append_val (out, s);
      dbus_message_iter_next (&array);
    }
  dbus_message_iter_next (&iter);
  if (plugin != NULL)
    {
      const char *name;

      dbus_message_iter_get_basic (&iter, &name);
      *plugin = g_strdup (name);
    }
  dbus_message_unref (reply);
  return out;
}

static char *
slice (const char *text, guint32 start, guint32 end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (a, end - start);

  return g_strndup (a, b - a);
}

static char *
call_error (BusFixture *f, DBusMessage *call)
{
  char *name = NULL;
  DBusMessage *reply = bus_fixture_call (f, call, &name);

  if (reply != NULL)
    dbus_message_unref (reply);
  return name;
}

static void
assert_still_answers (BusFixture *f)
{
  DBusMessage *ping = dbus_message_new_method_call ("org.precis.Summarizer1", "/org/precis/Summarizer1",
                                                    "org.freedesktop.DBus.Peer", "Ping");
  DBusMessage *reply = bus_fixture_call (f, ping, NULL);

  g_assert_nonnull (reply);
  dbus_message_unref (reply);
}

/* --- tests ----------------------------------------------------------------------------- */

static void
test_introspect (BusFixture *f, gconstpointer data)
{
  DBusMessage *call = dbus_message_new_method_call ("org.precis.Summarizer1", "/org/precis/Summarizer1",
                                                    "org.freedesktop.DBus.Introspectable", "Introspect");
  DBusMessage *reply = bus_fixture_call (f, call, NULL);
  g_autofree char *file = test_read_source_file ("data/dbus/org.precis.Summarizer1.xml");
  const char *xml;

  g_assert_nonnull (reply);
  g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &xml, DBUS_TYPE_INVALID));
  for (const char *const *s = (const char *const[]) {
         "<interface name=\"org.precis.Summarizer1\">", "<method name=\"Summarize\">",
         "<method name=\"ExtractFacts\">", "<method name=\"Analyze\">", "<method name=\"AnalyzeUrl\">",
         "<method name=\"NotifySummary\">", "<method name=\"ListPlugins\">", "<method name=\"ReloadPlugins\"",
         "<signal name=\"PluginsChanged\"", "name=\"DefaultSummarizer\" type=\"s\" access=\"readwrite\"",
         "name=\"DefaultFactExtractor\"", "name=\"Version\" type=\"s\" access=\"read\"",
         "type=\"a(sssda(uu))\"", "type=\"a(suud)\"", "type=\"a(sssas)\"",
         "org.freedesktop.DBus.Properties", "org.freedesktop.DBus.Introspectable",
         "org.freedesktop.DBus.Peer", NULL }; *s; s++)
    {
      g_test_message ("looking for %s", *s);
      g_assert_nonnull (strstr (xml, *s));
    }
  /* The interface part is the file, not a second copy that could drift. */
  g_assert_nonnull (strstr (file, "<method name=\"AnalyzeUrl\">"));
  dbus_message_unref (reply);

  /* Tree walkers find the object from "/". */
  call = dbus_message_new_method_call ("org.precis.Summarizer1", "/",
                                       "org.freedesktop.DBus.Introspectable", "Introspect");
  reply = bus_fixture_call (f, call, NULL);
  g_assert_true (dbus_message_get_args (reply, NULL, DBUS_TYPE_STRING, &xml, DBUS_TYPE_INVALID));
  g_assert_nonnull (strstr (xml, "<node name=\"org\"/>"));
  dbus_message_unref (reply);
}

static void
test_summarize_seed (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autofree char *plugin = NULL;
  g_autoptr (GArray) summary = read_summary (bus_fixture_call (f, summarize_call (text, NULL, 0, NULL), NULL),
                                             &plugin);

  g_assert_cmpuint (summary->len, ==, 3);
  g_assert_cmpstr (plugin, !=, "");
  for (guint i = 0; i < summary->len; i++)
    {
      Sentence *s = &g_array_index (summary, Sentence, i);
      g_autofree char *back = slice (text, s->start, s->end);

      g_test_message ("%u: [%u,%u) %s", i, s->start, s->end, s->text);
      g_assert_cmpstr (back, ==, s->text);
      g_assert_null (strstr (s->text, "Advertisement"));
      g_assert_cmpstr (s->text, !=, "Trump-Putin Summit in the Works: Russia");
      g_assert_cmpstr (s->text, !=, "Trump Appears to Soften His Stance on Ukraine");
      g_assert_cmpstr (s->text, !=, "London Protesters Demand Greater Support for Ukraine");
      /* Whole sentences: they end as sentences end. */
      g_assert_true (g_str_has_suffix (s->text, ".") || g_str_has_suffix (s->text, "”") ||
                     g_str_has_suffix (s->text, "\"") || g_str_has_suffix (s->text, "?"));
      if (i > 0)
        g_assert_cmpuint (s->start, >, g_array_index (summary, Sentence, i - 1).start);
    }
}

static void
test_length_options (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  dbus_uint32_t two = 2, chars = 120;
  dbus_int32_t two32 = 2;
  double ratio = 0.25;
  const char *score = "score";
  g_autoptr (GArray) a = read_summary (bus_fixture_call (f, summarize_call (text, "sentences", DBUS_TYPE_UINT32, &two), NULL), NULL);
  g_autoptr (GArray) b = read_summary (bus_fixture_call (f, summarize_call (text, "sentences", DBUS_TYPE_INT32, &two32), NULL), NULL);
  g_autoptr (GArray) c = read_summary (bus_fixture_call (f, summarize_call (text, "max-chars", DBUS_TYPE_UINT32, &chars), NULL), NULL);
  g_autoptr (GArray) d = read_summary (bus_fixture_call (f, summarize_call (text, "ratio", DBUS_TYPE_DOUBLE, &ratio), NULL), NULL);
  g_autoptr (GArray) e = read_summary (bus_fixture_call (f, summarize_call (text, "order", DBUS_TYPE_STRING, &score), NULL), NULL);
  guint total = 0;

  g_assert_cmpuint (a->len, ==, 2);
  g_assert_cmpuint (b->len, ==, 2);
  g_assert_cmpuint (c->len, >=, 1);
  for (guint i = 0; i < c->len; i++)
    total += g_utf8_strlen (g_array_index (c, Sentence, i).text, -1);
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (total, <=, 120);
  g_assert_cmpuint (d->len, >, 3);  /* a quarter of the article's ~25 sentences */
  g_assert_cmpuint (e->len, ==, 3);
  for (guint i = 1; i < e->len; i++)
    g_assert_cmpfloat (g_array_index (e, Sentence, i - 1).score, >=, g_array_index (e, Sentence, i).score);
}

static void
test_errors (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  const char *two = "two", *nowhere = "no-such-plugin", *bad_date = "next Tuesday-ish";
  dbus_uint32_t zero = 0;
  g_autofree char *huge = g_malloc (3u << 20);
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *e4 = NULL, *e5 = NULL, *e6 = NULL, *e7 = NULL;
  g_autoptr (GArray) empty = NULL;
  DBusMessage *wrong_sig;

  e1 = call_error (f, summarize_call (text, "sentences", DBUS_TYPE_STRING, &two));
  g_assert_cmpstr (e1, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  e2 = call_error (f, summarize_call (text, "plugin", DBUS_TYPE_STRING, &nowhere));
  g_assert_cmpstr (e2, ==, "org.precis.Error.UnknownPlugin");
  e3 = call_error (f, summarize_call (text, "sentences", DBUS_TYPE_UINT32, &zero));
  g_assert_cmpstr (e3, ==, "org.freedesktop.DBus.Error.InvalidArgs");
  e4 = call_error (f, summarize_call (text, "published", DBUS_TYPE_STRING, &bad_date));
  g_assert_cmpstr (e4, ==, "org.freedesktop.DBus.Error.InvalidArgs");

  wrong_sig = bus_fixture_method (IFACE, "Summarize");
  g_assert_true (dbus_message_append_args (wrong_sig, DBUS_TYPE_UINT32, &zero, DBUS_TYPE_INVALID));
  e5 = call_error (f, wrong_sig);
  g_assert_cmpstr (e5, ==, "org.freedesktop.DBus.Error.InvalidArgs");

  memset (huge, 'a', (3u << 20) - 1);
  for (gsize i = 1; i < (3u << 20) - 1; i += 2)
    huge[i] = ' ';
  huge[(3u << 20) - 1] = '\0';
  e6 = call_error (f, summarize_call (huge, NULL, 0, NULL));
  g_assert_cmpstr (e6, ==, "org.precis.Error.TooLarge");

  e7 = call_error (f, bus_fixture_method (IFACE, "NoSuchMethod"));
  g_assert_cmpstr (e7, ==, "org.freedesktop.DBus.Error.UnknownMethod");

  empty = read_summary (bus_fixture_call (f, summarize_call ("", NULL, 0, NULL), NULL), NULL);
  g_assert_cmpuint (empty->len, ==, 0);
  assert_still_answers (f);
}

static char *
analyze_info (BusFixture *f, const char *text, const char *published, const char *wanted)
{
  DBusMessage *m = bus_fixture_method (IFACE, "Analyze");
  DBusMessageIter iter, dict, entry, variant, array;
  const char *key = "published";
  DBusMessage *reply;
  char *out = NULL;

  dbus_message_iter_init_append (m, &iter);
  dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &text);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_ARRAY, "{sv}", &dict);
  if (published != NULL)
    {
      dbus_message_iter_open_container (&dict, DBUS_TYPE_DICT_ENTRY, NULL, &entry);
      dbus_message_iter_append_basic (&entry, DBUS_TYPE_STRING, &key);
      dbus_message_iter_open_container (&entry, DBUS_TYPE_VARIANT, "s", &variant);
      dbus_message_iter_append_basic (&variant, DBUS_TYPE_STRING, &published);
      dbus_message_iter_close_container (&entry, &variant);
      dbus_message_iter_close_container (&dict, &entry);
    }
  dbus_message_iter_close_container (&iter, &dict);
  reply = bus_fixture_call (f, m, NULL);
  g_assert_nonnull (reply);
  g_assert_true (dbus_message_has_signature (reply, "a(suud)a(sssda(uu))a{sv}"));
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_next (&iter);
  dbus_message_iter_next (&iter);
  dbus_message_iter_recurse (&iter, &array);
  while (dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_DICT_ENTRY)
    {
      const char *k, *v;

      dbus_message_iter_recurse (&array, &entry);
      dbus_message_iter_get_basic (&entry, &k);
      dbus_message_iter_next (&entry);
      dbus_message_iter_recurse (&entry, &variant);
      if (strcmp (k, wanted) == 0 && dbus_message_iter_get_arg_type (&variant) == DBUS_TYPE_STRING)
        {
          dbus_message_iter_get_basic (&variant, &v);
          out = g_strdup (v);
        }
      dbus_message_iter_next (&array);
    }
  dbus_message_unref (reply);
  return out;
}

/* Without `published`, the call's date anchors relative dates, and info says so. */
static void
test_analyze_anchor (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *source = analyze_info (f, text, NULL, "published-source");
  g_autofree char *anchor = analyze_info (f, text, NULL, "published");
  g_autofree char *given_source = analyze_info (f, text, "2025-02-22", "published-source");
  g_autofree char *given = analyze_info (f, text, "2025-02-22", "published");
  g_autofree char *summarizer = analyze_info (f, text, NULL, "summarizer");
  g_autofree char *extractor = analyze_info (f, text, NULL, "fact-extractor");

  g_assert_cmpstr (source, ==, "call-time");
  g_assert_cmpstr (anchor, ==, today);
  g_assert_cmpstr (given_source, ==, "option");
  g_assert_cmpstr (given, ==, "2025-02-22");
  g_assert_nonnull (summarizer);
  g_assert_cmpstr (extractor, ==, "facts");
}

static GPtrArray *
list_plugins (BusFixture *f)
{
  DBusMessage *reply = bus_fixture_call (f, bus_fixture_method (IFACE, "ListPlugins"), NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  DBusMessageIter iter, array, st, caps;

  g_assert_nonnull (reply);
  g_assert_true (dbus_message_has_signature (reply, "a(sssas)"));
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_recurse (&iter, &array);
  while (dbus_message_iter_get_arg_type (&array) == DBUS_TYPE_STRUCT)
    {
      const char *name, *cap;
      GString *entry;

      dbus_message_iter_recurse (&array, &st);
      dbus_message_iter_get_basic (&st, &name);
      entry = g_string_new (name);
      dbus_message_iter_next (&st);
      dbus_message_iter_next (&st);
      dbus_message_iter_next (&st);
      dbus_message_iter_recurse (&st, &caps);
      while (dbus_message_iter_get_arg_type (&caps) == DBUS_TYPE_STRING)
        {
          dbus_message_iter_get_basic (&caps, &cap);
          g_string_append_printf (entry, ":%s", cap);
          dbus_message_iter_next (&caps);
        }
      g_ptr_array_add (names, g_string_free (entry, FALSE));
      dbus_message_iter_next (&array);
    }
  dbus_message_unref (reply);
  return names;
}

static gboolean
listed (GPtrArray *plugins, const char *entry)
{
  for (guint i = 0; i < plugins->len; i++)
    if (g_str_has_prefix (plugins->pdata[i], entry))
      return TRUE;
  return FALSE;
}

static DBusMessage *
set_property (const char *name, const char *value)
{
  DBusMessage *m = bus_fixture_method ("org.freedesktop.DBus.Properties", "Set");
  const char *iface = IFACE;
  DBusMessageIter iter, variant;

  dbus_message_iter_init_append (m, &iter);
  dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &iface);
  dbus_message_iter_append_basic (&iter, DBUS_TYPE_STRING, &name);
  dbus_message_iter_open_container (&iter, DBUS_TYPE_VARIANT, "s", &variant);
  dbus_message_iter_append_basic (&variant, DBUS_TYPE_STRING, &value);
  dbus_message_iter_close_container (&iter, &variant);
  return m;
}

static char *
get_property (BusFixture *f, const char *name)
{
  DBusMessage *m = bus_fixture_method ("org.freedesktop.DBus.Properties", "Get");
  const char *iface = IFACE;
  DBusMessage *reply;
  DBusMessageIter iter, variant;
  const char *value;
  char *out;

  dbus_message_append_args (m, DBUS_TYPE_STRING, &iface, DBUS_TYPE_STRING, &name, DBUS_TYPE_INVALID);
  reply = bus_fixture_call (f, m, NULL);
  g_assert_nonnull (reply);
  dbus_message_iter_init (reply, &iter);
  dbus_message_iter_recurse (&iter, &variant);
  g_assert_cmpint (dbus_message_iter_get_arg_type (&variant), ==, DBUS_TYPE_STRING);
  dbus_message_iter_get_basic (&variant, &value);
  out = g_strdup (value);
  dbus_message_unref (reply);
  return out;
}

static void
test_plugins_and_properties (BusFixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) plugins = list_plugins (f);
  g_autofree char *e1 = NULL, *e2 = NULL, *version = NULL, *saved = NULL, *now = NULL;
  g_autofree char *conf = g_build_filename (f->tmpdir, "config", "precis", "precisd.conf", NULL);
  DBusMessage *reply;

  g_assert_true (listed (plugins, "lead:summarize"));
  e1 = call_error (f, set_property ("DefaultSummarizer", "no-such-plugin"));
  g_assert_cmpstr (e1, ==, "org.precis.Error.UnknownPlugin");
  e2 = call_error (f, set_property ("Version", "9"));
  g_assert_cmpstr (e2, ==, "org.freedesktop.DBus.Error.PropertyReadOnly");
  version = get_property (f, "Version");
  g_assert_cmpstr (version, ==, PRECIS_VERSION);

  /* GetAll answers one a{sv} with every property. */
  {
    DBusMessage *m = bus_fixture_method ("org.freedesktop.DBus.Properties", "GetAll");
    const char *iface = IFACE;
    DBusMessage *all;

    dbus_message_append_args (m, DBUS_TYPE_STRING, &iface, DBUS_TYPE_INVALID);
    all = bus_fixture_call (f, m, NULL);
    g_assert_nonnull (all);
    g_assert_cmpstr (dbus_message_get_signature (all), ==, "a{sv}");
    dbus_message_unref (all);
  }

  reply = bus_fixture_call (f, set_property ("DefaultSummarizer", "lead"), NULL);
  g_assert_nonnull (reply);
  dbus_message_unref (reply);
  now = get_property (f, "DefaultSummarizer");
  g_assert_cmpstr (now, ==, "lead");
  /* It persists in the user's config. */
  g_assert_true (g_file_get_contents (conf, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "default-summarizer=lead"));
}

/* Swapping the default over D-Bus changes the next answer, without restart. */
static void
test_default_swap (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autoptr (GPtrArray) plugins = list_plugins (f);
  g_autoptr (GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *const names[] = { "lead", "textrank", "newsrank", "ots" };
  guint tried = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *entry = g_strconcat (names[i], ":summarize", NULL);
      g_autofree char *plugin = NULL;
      g_autoptr (GArray) summary = NULL;
      GString *answer = g_string_new (NULL);
      DBusMessage *reply;

      if (!listed (plugins, entry))
        {
          g_test_message ("%s not built here", names[i]);
          continue;
        }
      reply = bus_fixture_call (f, set_property ("DefaultSummarizer", names[i]), NULL);
      g_assert_nonnull (reply);
      dbus_message_unref (reply);
      summary = read_summary (bus_fixture_call (f, summarize_call (text, NULL, 0, NULL), NULL), &plugin);
      g_assert_cmpstr (plugin, ==, names[i]);
      g_assert_cmpuint (summary->len, ==, 3);
      for (guint k = 0; k < summary->len; k++)
        g_string_append_printf (answer, "%u,", g_array_index (summary, Sentence, k).start);
      g_test_message ("%s: %s", names[i], answer->str);
      g_hash_table_add (answers, g_string_free (answer, FALSE));
      tried++;
    }
  /* lead and textrank are always built; they choose differently here. */
  g_assert_cmpuint (tried, >=, 3);
  g_assert_cmpuint (g_hash_table_size (answers), >=, 2);
}

/* A hang guard for a signal that must come, not a speed (the added and
 * removed times are reported, not held to a figure). */
#define SIGNAL_WITHIN_US (20 * G_USEC_PER_SEC)

static gboolean
wait_for_signal (BusFixture *f, const char *member, gint64 timeout_us)
{
  gint64 deadline = g_get_monotonic_time () + timeout_us;

  while (g_get_monotonic_time () < deadline)
    {
      DBusMessage *m;

      dbus_connection_read_write (f->client, 50);
      while ((m = dbus_connection_pop_message (f->client)) != NULL)
        {
          gboolean hit = dbus_message_is_signal (m, IFACE, member);

          dbus_message_unref (m);
          if (hit)
            return TRUE;
        }
    }
  return FALSE;
}

static void
copy_plugin (BusFixture *f, const char *name, const char *as, guint mode)
{
  bus_fixture_install_plugin (f, name, as, mode);
}

static void
test_live_swap (BusFixture *f, gconstpointer data)
{
  g_autofree char *target = g_build_filename (f->plugin_dir, "swapin.so", NULL);
  g_autoptr (GPtrArray) before = list_plugins (f);
  g_autoptr (GPtrArray) during = NULL, after = NULL;
  gint64 start;

  g_assert_false (listed (before, "swapin"));
  dbus_bus_add_match (f->client, "type='signal',interface='" IFACE "',member='PluginsChanged'", NULL);

  start = g_get_monotonic_time ();
  copy_plugin (f, "tests/plugins/swapin.so", "swapin.so", 0755);
  g_assert_true (wait_for_signal (f, "PluginsChanged", SIGNAL_WITHIN_US));
  g_test_message ("added: PluginsChanged after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  during = list_plugins (f);
  g_assert_true (listed (during, "swapin:summarize"));

  start = g_get_monotonic_time ();
  g_assert_cmpint (g_unlink (target), ==, 0);
  g_assert_true (wait_for_signal (f, "PluginsChanged", SIGNAL_WITHIN_US));
  g_test_message ("removed: PluginsChanged after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  after = list_plugins (f);
  g_assert_false (listed (after, "swapin"));
}

static void
test_refusals (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  const char *out_of_range = "out-of-range", *errors = "errors";
  g_autofree char *e1 = NULL, *e2 = NULL;
  g_autoptr (GPtrArray) plugins = NULL;

  dbus_bus_add_match (f->client, "type='signal',interface='" IFACE "',member='PluginsChanged'", NULL);
  copy_plugin (f, "tests/plugins/bad-abi.so", "bad-abi.so", 0755);
  copy_plugin (f, "tests/plugins/no-symbol.so", "no-symbol.so", 0755);
  copy_plugin (f, "tests/plugins/load-fails.so", "load-fails.so", 0755);
  copy_plugin (f, "tests/plugins/swapin.so", "writable.so", 0777);
  copy_plugin (f, "tests/plugins/out-of-range.so", "out-of-range.so", 0755);
  copy_plugin (f, "tests/plugins/errors.so", "errors.so", 0755);
  g_assert_true (wait_for_signal (f, "PluginsChanged", SIGNAL_WITHIN_US));
  g_usleep (300 * 1000);  /* let every file's events settle into one rescan */
  {
    DBusMessage *reply = bus_fixture_call (f, bus_fixture_method (IFACE, "ReloadPlugins"), NULL);
    g_assert_nonnull (reply);
    dbus_message_unref (reply);
  }

  plugins = list_plugins (f);
  for (guint i = 0; i < plugins->len; i++)
    g_test_message ("listed: %s", (char *) plugins->pdata[i]);
  g_assert_false (listed (plugins, "bad-abi"));
  g_assert_false (listed (plugins, "no-symbol"));
  g_assert_false (listed (plugins, "load-fails"));
  g_assert_false (listed (plugins, "swapin"));  /* world-writable copy */
  g_assert_true (listed (plugins, "out-of-range"));
  g_assert_true (listed (plugins, "lead"));

  e1 = call_error (f, summarize_call (text, "plugin", DBUS_TYPE_STRING, &out_of_range));
  g_assert_cmpstr (e1, ==, "org.precis.Error.PluginFailed");
  e2 = call_error (f, summarize_call (text, "plugin", DBUS_TYPE_STRING, &errors));
  g_assert_cmpstr (e2, ==, "org.precis.Error.PluginFailed");
  assert_still_answers (f);
}

/* A call in flight finishes on the plugin it started with, even when that
 * plugin is removed meanwhile. */
static void
test_in_flight_removal (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autofree char *target = g_build_filename (f->plugin_dir, "slow.so", NULL);
  g_autofree char *plugin = NULL;
  const char *slow = "slow";
  DBusPendingCall *pending = NULL;
  g_autoptr (GArray) summary = NULL;
  g_autoptr (GPtrArray) after = NULL;
  DBusMessage *reply;

  dbus_bus_add_match (f->client, "type='signal',interface='" IFACE "',member='PluginsChanged'", NULL);
  copy_plugin (f, "tests/plugins/slow.so", "slow.so", 0755);
  g_assert_true (wait_for_signal (f, "PluginsChanged", SIGNAL_WITHIN_US));

  {
    DBusMessage *call = summarize_call (text, "plugin", DBUS_TYPE_STRING, &slow);

    g_assert_true (dbus_connection_send_with_reply (f->client, call, &pending, 30000));
    dbus_message_unref (call);
  }
  g_usleep (300 * 1000);  /* the call is running (it sleeps 1.5 s) */
  g_assert_cmpint (g_unlink (target), ==, 0);
  g_assert_true (wait_for_signal (f, "PluginsChanged", SIGNAL_WITHIN_US));
  after = list_plugins (f);
  g_assert_false (listed (after, "slow"));

  dbus_pending_call_block (pending);
  reply = dbus_pending_call_steal_reply (pending);
  dbus_pending_call_unref (pending);
  g_assert_cmpint (dbus_message_get_type (reply), ==, DBUS_MESSAGE_TYPE_METHOD_RETURN);
  summary = read_summary (reply, &plugin);
  g_assert_cmpstr (plugin, ==, "slow");
  g_assert_cmpuint (summary->len, ==, 3);
}

/* A client that leaves mid-call costs the daemon nothing. */
static void
test_client_vanishes (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  const char *slow = "slow";
  DBusError error = DBUS_ERROR_INIT;
  DBusConnection *other;

  copy_plugin (f, "tests/plugins/slow.so", "slow.so", 0755);
  g_usleep (500 * 1000);
  {
    DBusMessage *reply = bus_fixture_call (f, bus_fixture_method (IFACE, "ReloadPlugins"), NULL);
    dbus_message_unref (reply);
  }
  other = dbus_connection_open_private (f->address, &error);
  g_assert_nonnull (other);
  g_assert_true (dbus_bus_register (other, &error));
  for (int i = 0; i < 4; i++)
    {
      DBusMessage *call = summarize_call (text, "plugin", DBUS_TYPE_STRING, &slow);

      g_assert_true (dbus_connection_send (other, call, NULL));
      dbus_message_unref (call);
    }
  dbus_connection_flush (other);
  g_usleep (200 * 1000);
  dbus_connection_close (other);
  dbus_connection_unref (other);

  assert_still_answers (f);
  {
    g_autoptr (GArray) summary = read_summary (bus_fixture_call (f, summarize_call (text, NULL, 0, NULL), NULL), NULL);
    g_assert_cmpuint (summary->len, ==, 3);
  }
}

static void
test_busy (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autofree char *conf_dir = g_build_filename (f->tmpdir, "config", "precis", NULL);
  g_autofree char *conf = g_build_filename (conf_dir, "precisd.conf", NULL);
  const char *slow = "slow";
  DBusPendingCall *first = NULL;
  g_autofree char *e = NULL;
  DBusMessage *reply;

  g_assert_cmpint (g_mkdir_with_parents (conf_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (conf, "[daemon]\nmax-calls-per-client=1\n", -1, NULL));
  copy_plugin (f, "tests/plugins/slow.so", "slow.so", 0755);
  bus_fixture_start_daemon (f, NULL);

  {
    DBusMessage *call = summarize_call (text, "plugin", DBUS_TYPE_STRING, &slow);

    g_assert_true (dbus_connection_send_with_reply (f->client, call, &first, 30000));
    dbus_message_unref (call);
  }
  dbus_connection_flush (f->client);
  g_usleep (200 * 1000);
  e = call_error (f, summarize_call (text, NULL, 0, NULL));
  g_assert_cmpstr (e, ==, "org.precis.Error.Busy");
  dbus_pending_call_block (first);
  reply = dbus_pending_call_steal_reply (first);
  dbus_pending_call_unref (first);
  g_assert_cmpint (dbus_message_get_type (reply), ==, DBUS_MESSAGE_TYPE_METHOD_RETURN);
  dbus_message_unref (reply);
}

/* gdbus writes <2> as an int32: that must just work. */
static void
test_gdbus_client (BusFixture *f, gconstpointer data)
{
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autofree char *out = NULL, *err = NULL, *quoted = NULL;
  g_autofree char *arg = NULL;
  int status;

  /* gdbus parses its arguments as GVariant text. */
  {
    g_autoptr (GVariant) v = g_variant_ref_sink (g_variant_new_string (text));
    arg = g_variant_print (v, FALSE);
  }
  status = bus_fixture_run (f, (const char *const[]) { "gdbus", "call", "--address", f->address,
                                                       "--dest", "org.precis.Summarizer1",
                                                       "--object-path", "/org/precis/Summarizer1",
                                                       "--method", IFACE ".Summarize", arg,
                                                       "{'sentences': <2>}", NULL },
                            &out, &err);
  g_test_message ("gdbus: %s%s", out, err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Ryabkov"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = bus_fixture_run (f, (const char *const[]) { "gdbus", "introspect", "--address", f->address,
                                                       "--dest", "org.precis.Summarizer1",
                                                       "--object-path", "/org/precis/Summarizer1", NULL },
                            &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Analyze("));
  (void) quoted;
}

/* D-Bus activation: a .service file naming the built precisd. */
static void
test_activation (void)
{
  g_autofree char *services = g_dir_make_tmp ("precis-services-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (services, "org.precis.Summarizer1.service", NULL);
  g_autofree char *precisd = test_build_path ("daemon/precisd");
  g_autofree char *contents = g_strdup_printf ("[D-BUS Service]\nName=org.precis.Summarizer1\n"
                                               "Exec=%s --idle-timeout=30\n", precisd);
  g_autofree char *text = test_read_source_file ("data/seed-article.txt");
  g_autoptr (GArray) summary = NULL;
  BusFixture f;

  g_assert_true (g_file_set_contents (file, contents, -1, NULL));
  bus_fixture_setup (&f, services, FALSE);
  summary = read_summary (bus_fixture_call (&f, summarize_call (text, NULL, 0, NULL), NULL), NULL);
  g_assert_cmpuint (summary->len, ==, 3);
  g_assert_true (dbus_bus_name_has_owner (f.client, "org.precis.Summarizer1", NULL));
  bus_fixture_teardown (&f);
  g_unlink (file);
  g_rmdir (services);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PRECIS_TEST_SLOW_MS", "1500", TRUE);

#define RUNNING(path, fn) g_test_add ("/service/" path, BusFixture, NULL, bus_fixture_setup_running, fn, bus_fixture_test_teardown)
  RUNNING ("introspect", test_introspect);
  RUNNING ("summarize-seed", test_summarize_seed);
  RUNNING ("length-options", test_length_options);
  RUNNING ("errors", test_errors);
  RUNNING ("analyze-anchor", test_analyze_anchor);
  RUNNING ("plugins-and-properties", test_plugins_and_properties);
  RUNNING ("default-swap", test_default_swap);
  RUNNING ("live-swap", test_live_swap);
  RUNNING ("refusals", test_refusals);
  RUNNING ("in-flight-removal", test_in_flight_removal);
  RUNNING ("client-vanishes", test_client_vanishes);
  RUNNING ("gdbus-client", test_gdbus_client);
  g_test_add ("/service/busy", BusFixture, NULL, bus_fixture_setup_bus_only, test_busy, bus_fixture_test_teardown);
  g_test_add_func ("/service/activation", test_activation);
  return g_test_run ();
}
