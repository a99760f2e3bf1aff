/* facts-fixture.h — the facts plugin asked as the pipeline asks it, for
 * the tests of the facts a reader sees.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

/* Loads the plugin with the shipped data (precis_data_dir()): once per
 * test program, before g_test_run(); unloaded by facts_fixture_unload(). */
void facts_fixture_load (void);
void facts_fixture_unload (void);

/* The facts of `text` read as `language` (NULL: the pipeline finds it),
 * each logged with g_test_message().  Free with g_array_unref(). */
GArray *facts_fixture_extract (const char *text, const char *language);

/* How many facts of `kind` are named `value`. */
guint facts_fixture_count (GArray *facts, PrecisFactKind kind, const char *value);

/* How many facts of a name kind (person, organization, place) are named
 * `value`: a name that must make no fact of any of them. */
guint facts_fixture_count_names (GArray *facts, const char *value);

/* How many mentions the first fact of `kind` named `value` has (0: there
 * is no such fact). */
guint facts_fixture_mentions (GArray *facts, PrecisFactKind kind, const char *value);

G_END_DECLS
