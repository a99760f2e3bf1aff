/* commands.h — the `precis` subcommands that ask precisd over D-Bus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each runs with its parsed options and operands and reports failure as a
 * GError: G_OPTION_ERROR for a usage error (exit 2), anything else exit 1.
 */
#pragma once

#include <precis/precis.h>

#include "client.h"
#include "options.h"
#include "print.h"

G_BEGIN_DECLS

typedef gboolean (*PrecisCommandFunc) (PrecisCliOptions *options, GError **error);

/* commands-text.c: an article, from a file, stdin or a URL */
gboolean precis_command_summarize (PrecisCliOptions *options, GError **error);
gboolean precis_command_analyze (PrecisCliOptions *options, GError **error);
gboolean precis_command_facts (PrecisCliOptions *options, GError **error);
gboolean precis_command_notify (PrecisCliOptions *options, GError **error);

/* commands-plugins.c: the daemon and its plugins */
gboolean precis_command_plugins (PrecisCliOptions *options, GError **error);
gboolean precis_command_use (PrecisCliOptions *options, GError **error);
gboolean precis_command_reload (PrecisCliOptions *options, GError **error);
gboolean precis_command_version (PrecisCliOptions *options, GError **error);

/* commands-feeds.c: subscriptions and their announcements */
gboolean precis_command_feeds_add (PrecisCliOptions *options, GError **error);
gboolean precis_command_feeds_remove (PrecisCliOptions *options, GError **error);
gboolean precis_command_feeds_list (PrecisCliOptions *options, GError **error);
gboolean precis_command_watch (PrecisCliOptions *options, GError **error);

/* commands.c: what they share.  summarize, facts and analyze use
 * libprecis' public API (PrecisConnection, PrecisOptions, PrecisResult);
 * the others need what it does not offer (NotifySummary, properties,
 * ReloadPlugins, feeds and their signals) and use libprecis' internal
 * D-Bus client. */
PrecisClient *precis_command_connect (const PrecisCliOptions *options, GError **error);
/* A bus connection honouring --address and --timeout. */
PrecisConnection *precis_command_open (const PrecisCliOptions *options, GError **error);
/* The article options given (-n, --ratio, --plugin, --published…). */
PrecisOptions *precis_command_call_options (const PrecisCliOptions *options);
/* A summary a(suud), facts a(sssda(uu)) and info a{sv} from elsewhere than
 * a call (ArticleSummarized) as a result, whose parts the printers take. */
PrecisResult *precis_command_result_new (GVariant *summary, GVariant *facts, GVariant *info);
/* Write `text` to standard output; FALSE with an error when that fails
 * (a closed pipe or a full disk must not pass for success). */
gboolean precis_command_output (const char *text, GError **error);
/* Write `node` (consumed) as JSON, pretty-printed. */
gboolean precis_command_output_json (JsonNode *node, GError **error);
/* Write the id in `reply` (a 1-tuple of a string or a number) as a line,
 * or with --json as {"id": ...}. */
gboolean precis_command_output_id (const PrecisCliOptions *options, GVariant *reply,
                                   GError **error);

G_END_DECLS
