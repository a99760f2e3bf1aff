/* precis-result.h — what a call answers: summary sentences, key facts, info.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(PRECIS_INSIDE) && !defined(PRECIS_COMPILATION)
#error "Only <precis/precis.h> can be included directly."
#endif

#include <glib-object.h>

#include <precis/precis-version.h>

G_BEGIN_DECLS

/* One sentence of a summary: verbatim text and where it is in the article. */
typedef struct _PrecisSummarySentence PrecisSummarySentence;

#define PRECIS_TYPE_SUMMARY_SENTENCE (precis_summary_sentence_get_type ())
PRECIS_AVAILABLE_IN_ALL
GType precis_summary_sentence_get_type (void) G_GNUC_CONST;
PRECIS_AVAILABLE_IN_ALL
PrecisSummarySentence *precis_summary_sentence_ref (PrecisSummarySentence *sentence);
PRECIS_AVAILABLE_IN_ALL
void precis_summary_sentence_unref (PrecisSummarySentence *sentence);
PRECIS_AVAILABLE_IN_ALL
const char *precis_summary_sentence_get_text (PrecisSummarySentence *sentence);
PRECIS_AVAILABLE_IN_ALL
guint precis_summary_sentence_get_start (PrecisSummarySentence *sentence);
PRECIS_AVAILABLE_IN_ALL
guint precis_summary_sentence_get_end (PrecisSummarySentence *sentence);
PRECIS_AVAILABLE_IN_ALL
guint precis_summary_sentence_get_utf16_start (PrecisSummarySentence *sentence);
PRECIS_AVAILABLE_IN_ALL
guint precis_summary_sentence_get_utf16_end (PrecisSummarySentence *sentence);
PRECIS_AVAILABLE_IN_ALL
double precis_summary_sentence_get_score (PrecisSummarySentence *sentence);

/* One person, organization, place or date, with every mention of it. */
typedef struct _PrecisKeyFact PrecisKeyFact;

#define PRECIS_TYPE_KEY_FACT (precis_key_fact_get_type ())
PRECIS_AVAILABLE_IN_ALL
GType precis_key_fact_get_type (void) G_GNUC_CONST;
PRECIS_AVAILABLE_IN_ALL
PrecisKeyFact *precis_key_fact_ref (PrecisKeyFact *fact);
PRECIS_AVAILABLE_IN_ALL
void precis_key_fact_unref (PrecisKeyFact *fact);
PRECIS_AVAILABLE_IN_ALL
const char *precis_key_fact_get_kind (PrecisKeyFact *fact);
PRECIS_AVAILABLE_IN_ALL
const char *precis_key_fact_get_text (PrecisKeyFact *fact);
PRECIS_AVAILABLE_IN_ALL
const char *precis_key_fact_get_value (PrecisKeyFact *fact);
PRECIS_AVAILABLE_IN_ALL
double precis_key_fact_get_salience (PrecisKeyFact *fact);
PRECIS_AVAILABLE_IN_ALL
guint precis_key_fact_get_n_mentions (PrecisKeyFact *fact);
PRECIS_AVAILABLE_IN_ALL
gboolean precis_key_fact_get_mention (PrecisKeyFact *fact, guint index, guint *start, guint *end);
PRECIS_AVAILABLE_IN_ALL
gboolean precis_key_fact_get_utf16_mention (PrecisKeyFact *fact, guint index, guint *start,
                                            guint *end);

/* A plugin precis can use. */
typedef struct _PrecisPluginInfo PrecisPluginInfo;

#define PRECIS_TYPE_PLUGIN_INFO (precis_plugin_info_get_type ())
PRECIS_AVAILABLE_IN_ALL
GType precis_plugin_info_get_type (void) G_GNUC_CONST;
PRECIS_AVAILABLE_IN_ALL
PrecisPluginInfo *precis_plugin_info_ref (PrecisPluginInfo *info);
PRECIS_AVAILABLE_IN_ALL
void precis_plugin_info_unref (PrecisPluginInfo *info);
PRECIS_AVAILABLE_IN_ALL
const char *precis_plugin_info_get_name (PrecisPluginInfo *info);
PRECIS_AVAILABLE_IN_ALL
const char *precis_plugin_info_get_version (PrecisPluginInfo *info);
PRECIS_AVAILABLE_IN_ALL
const char *precis_plugin_info_get_description (PrecisPluginInfo *info);
PRECIS_AVAILABLE_IN_ALL
gboolean precis_plugin_info_can_summarize (PrecisPluginInfo *info);
PRECIS_AVAILABLE_IN_ALL
gboolean precis_plugin_info_can_extract_facts (PrecisPluginInfo *info);
PRECIS_AVAILABLE_IN_ALL
gboolean precis_plugin_info_is_quarantined (PrecisPluginInfo *info);

#define PRECIS_TYPE_RESULT (precis_result_get_type ())
PRECIS_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PrecisResult, precis_result, PRECIS, RESULT, GObject)

PRECIS_AVAILABLE_IN_ALL
const char *precis_result_get_text (PrecisResult *result);
PRECIS_AVAILABLE_IN_ALL
GPtrArray *precis_result_get_summary (PrecisResult *result);
PRECIS_AVAILABLE_IN_ALL
GPtrArray *precis_result_get_facts (PrecisResult *result);
PRECIS_AVAILABLE_IN_ALL
GVariant *precis_result_get_info (PrecisResult *result);
PRECIS_AVAILABLE_IN_ALL
const char *precis_result_get_plugin (PrecisResult *result);
PRECIS_AVAILABLE_IN_ALL
const char *precis_result_get_language (PrecisResult *result);
PRECIS_AVAILABLE_IN_ALL
const char *precis_result_get_title (PrecisResult *result);
PRECIS_AVAILABLE_IN_ALL
const char *precis_result_get_published (PrecisResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisSummarySentence, precis_summary_sentence_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisKeyFact, precis_key_fact_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisPluginInfo, precis_plugin_info_unref)

G_END_DECLS
