/* print.h — precisd's answers for people (text) and for programs (JSON).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A summary and facts come as libprecis gives them (PrecisResult's
 * PrecisSummarySentence and PrecisKeyFact); the rest as a reply value of
 * the D-Bus type of API v1 named in its comment.  Text goes to a GString
 * so callers choose the stream.
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* PrecisSummarySentence: one sentence a line, whitespace runs shown as one
 * space; with `verbose`, numbered with code-point offsets and scores. */
void precis_print_summary (GString *out, GPtrArray *summary, gboolean verbose);

/* PrecisKeyFact: facts under "People:", "Organizations:", "Places:",
 * "Dates:" (normalized value first), then any other kind. */
void precis_print_facts (GString *out, GPtrArray *facts, gboolean verbose);

/* a{sv} of Analyze/AnalyzeUrl: title and source lines when known; every
 * key with `verbose`. */
void precis_print_info (GString *out, GVariant *info, gboolean verbose);

/* a(sssas), marking the default summarizer and fact extractor with '*'. */
void precis_print_plugins (GString *out, GVariant *plugins, const char *default_summarizer,
                           const char *default_fact_extractor);

/* a(ssst): id, url, title, last check (Unix time, 0: never). */
void precis_print_feeds (GString *out, GVariant *feeds);

JsonNode *precis_json_summary (GPtrArray *summary);
JsonNode *precis_json_facts (GPtrArray *facts);
JsonNode *precis_json_info (GVariant *info);
JsonNode *precis_json_plugins (GVariant *plugins, const char *default_summarizer,
                               const char *default_fact_extractor);
JsonNode *precis_json_feeds (GVariant *feeds);

/* `node` as JSON text ending in a newline; one line unless `pretty`. */
char *precis_json_to_string (JsonNode *node, gboolean pretty);

G_END_DECLS
