/* plugin-host.c — search path, refusals, rescans and references, in-process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "errors.h"
#include "pipeline.h"
#include "plugin-host.h"
#include "plugin-image.h"

#define TEST_PLUGINS PRECIS_BUILD_ROOT "/tests/plugins"

/* The host logs each refusal as a warning: collect them to check them. */
static GPtrArray *warnings;

static void
collect_warning (const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  g_ptr_array_add (warnings, g_strdup (message));
}

/* Assert that exactly the warnings matching `patterns` were logged, in order, and forget them. */
static void
assert_warnings (const char *const *patterns)
{
  guint n = 0;

  for (; patterns[n] != NULL; n++)
    {
      g_assert_cmpuint (n, <, warnings->len);
      g_test_message ("warning: %s", (char *) warnings->pdata[n]);
      g_assert_true (g_pattern_match_simple (patterns[n], warnings->pdata[n]));
    }
  g_assert_cmpuint (warnings->len, ==, n);
  g_ptr_array_set_size (warnings, 0);
}

static const char *const three_refusals[] = {
  "*bad-abi.so: refused, plugin ABI 2, this precisd speaks ABI 1",
  "*load-fails.so: refused, its load() failed: model file missing (on purpose)",
  "*no-symbol.so: refused, no precis_plugin_entry symbol",
  NULL
};

static gboolean
has (GPtrArray *plugins, const char *name)
{
  for (guint i = 0; i < plugins->len; i++)
    if (g_strcmp0 (precis_plugin_get_name (plugins->pdata[i]), name) == 0)
      return TRUE;
  return FALSE;
}

static void
copy (const char *from, const char *to_dir, const char *as)
{
  g_autofree char *contents = NULL;
  g_autofree char *target = g_build_filename (to_dir, as, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
  g_assert_cmpint (g_chmod (target, 0755), ==, 0);
}

static void
test_refusals (void)
{
  const char *dirs[] = { TEST_PLUGINS, NULL };
  g_autoptr (PrecisHost) host = precis_host_new (dirs);
  g_autoptr (GPtrArray) plugins = NULL;

  /* One warning per refused file. */
  g_assert_true (precis_host_rescan (host));
  assert_warnings (three_refusals);

  plugins = precis_host_list (host);
  g_assert_true (has (plugins, "out-of-range"));
  g_assert_true (has (plugins, "slow"));
  g_assert_true (has (plugins, "swapin"));
  g_assert_false (has (plugins, "bad-abi"));
  g_assert_false (has (plugins, "load-fails"));
  g_assert_false (has (plugins, "no-symbol"));

  /* Nothing changed: no second warning, no change reported. */
  g_assert_false (precis_host_rescan (host));
  assert_warnings ((const char *const[]) { NULL });
}

static void
test_lookup_and_failures (void)
{
  const char *dirs[] = { TEST_PLUGINS, NULL };
  g_autoptr (PrecisHost) host = precis_host_new (dirs);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisPlugin) bad = NULL;
  g_autoptr (PrecisDocument) doc = NULL;
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (PrecisScoredSentence));
  PrecisRequest request = { .n_sentences = 3 };
  PrecisPlugin *none;

  precis_host_rescan (host);
  assert_warnings (three_refusals);

  none = precis_host_lookup (host, "nothing-here", 0, &error);
  g_assert_null (none);
  g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN);
  g_clear_error (&error);
  none = precis_host_lookup (host, "swapin", PRECIS_CAPABILITY_FACTS, &error);
  g_assert_null (none);
  g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_UNKNOWN_PLUGIN);
  g_clear_error (&error);

  g_assert_true (precis_pipeline_init (NULL, NULL));
  doc = precis_document_new ("One sentence here. Another one there.", -1, NULL);
  bad = precis_host_lookup (host, "out-of-range", PRECIS_CAPABILITY_SUMMARIZE, &error);
  g_assert_no_error (error);
  g_assert_false (precis_plugin_summarize (bad, doc, &request, ranked, &error));
  assert_warnings ((const char *const[]) { "plugin out-of-range (*): it returned a sentence index out of range", NULL });
  g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED);
}

static void
test_search_order_and_live_changes (void)
{
  g_autofree char *user = g_dir_make_tmp ("precis-host-XXXXXX", NULL);
  const char *dirs[] = { user, TEST_PLUGINS, NULL };
  g_autoptr (PrecisHost) host = precis_host_new (dirs);
  g_autoptr (PrecisPlugin) held = NULL;
  g_autofree char *copied = g_build_filename (user, "mine.so", NULL);
  g_autoptr (PrecisDocument) doc = NULL;
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (PrecisScoredSentence));
  PrecisRequest request = { .n_sentences = 3 };

  precis_host_rescan (host);
  assert_warnings (three_refusals);
  held = precis_host_lookup (host, "swapin", 0, NULL);
  g_assert_cmpstr (precis_plugin_get_path (held), ==, TEST_PLUGINS "/swapin.so");
  g_clear_pointer (&held, precis_plugin_unref);

  /* The first directory wins a name clash. */
  copy (TEST_PLUGINS "/swapin.so", user, "mine.so");
  g_assert_true (precis_host_rescan (host));
  held = precis_host_lookup (host, "swapin", 0, NULL);
  g_assert_cmpstr (precis_plugin_get_path (held), ==, copied);

  /* Removed from disk and from the host, a held reference still works. */
  g_assert_cmpint (g_unlink (copied), ==, 0);
  g_assert_true (precis_host_rescan (host));
  g_assert_true (precis_pipeline_init (NULL, NULL));
  doc = precis_document_new ("One sentence here. Another one there.", -1, NULL);
  g_assert_true (precis_plugin_summarize (held, doc, &request, ranked, NULL));
  g_assert_cmpuint (ranked->len, ==, 2);

  /* A directory others may write to is not searched. */
  copy (TEST_PLUGINS "/swapin.so", user, "mine.so");
  g_assert_cmpint (g_chmod (user, 0777), ==, 0);
  g_assert_false (precis_host_rescan (host));
  assert_warnings ((const char *const[]) { "plugin directory * refused: writable by others (mode 777)", NULL });
  g_clear_pointer (&held, precis_plugin_unref);
  held = precis_host_lookup (host, "swapin", 0, NULL);
  g_assert_cmpstr (precis_plugin_get_path (held), ==, TEST_PLUGINS "/swapin.so");

  g_unlink (copied);
  g_rmdir (user);
}

/* A plugin cut anywhere (a copy caught half way) is never complete. */
static void
test_image_complete (void)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (TEST_PLUGINS "/swapin.so", &contents, &length, NULL));
  g_assert_true (precis_plugin_image_is_complete ((const guint8 *) contents, length));
  for (gsize cut = 0; cut < length; cut += MAX (1, length / 97))
    if (precis_plugin_image_is_complete ((const guint8 *) contents, cut))
      g_error ("the first %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT " bytes pass as complete", cut, length);
  g_assert_false (precis_plugin_image_is_complete ((const guint8 *) contents, length - 1));
  g_assert_false (precis_plugin_image_is_complete ((const guint8 *) "\177ELF", 4));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  warnings = g_ptr_array_new_with_free_func (g_free);
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL);
  g_log_set_handler ("precis", G_LOG_LEVEL_WARNING, collect_warning, NULL);
  g_test_add_func ("/plugin-host/refusals", test_refusals);
  g_test_add_func ("/plugin-host/image-complete", test_image_complete);
  g_test_add_func ("/plugin-host/lookup-and-failures", test_lookup_and_failures);
  g_test_add_func ("/plugin-host/search-order-and-live-changes", test_search_order_and_live_changes);
  return g_test_run ();
}
