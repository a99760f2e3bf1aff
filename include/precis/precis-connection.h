/* precis-connection.h — one API to precis, in-process or over D-Bus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(PRECIS_INSIDE) && !defined(PRECIS_COMPILATION)
#error "Only <precis/precis.h> can be included directly."
#endif

#include <gio/gio.h>

#include <precis/precis-options.h>
#include <precis/precis-result.h>
#include <precis/precis-version.h>

G_BEGIN_DECLS

#define PRECIS_TYPE_CONNECTION (precis_connection_get_type ())
PRECIS_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (PrecisConnection, precis_connection, PRECIS, CONNECTION, GObject)

/**
 * PrecisCallKind:
 * @PRECIS_CALL_KIND_SUMMARIZE: the summary only (Summarize)
 * @PRECIS_CALL_KIND_EXTRACT_FACTS: the key facts only (ExtractFacts)
 * @PRECIS_CALL_KIND_ANALYZE: summary, key facts and info (Analyze)
 *
 * What a text call computes.
 */
typedef enum {
  PRECIS_CALL_KIND_SUMMARIZE,
  PRECIS_CALL_KIND_EXTRACT_FACTS,
  PRECIS_CALL_KIND_ANALYZE,
} PrecisCallKind;

struct _PrecisConnectionClass {
  GObjectClass parent_class;

  /*< private >*/
  void (*call_async) (PrecisConnection *connection, PrecisCallKind kind, const char *text,
                      const char *url, PrecisOptions *options, GCancellable *cancellable,
                      GAsyncReadyCallback callback, gpointer user_data);
  PrecisResult *(*call_finish) (PrecisConnection *connection, GAsyncResult *result, GError **error);
  GPtrArray *(*list_plugins) (PrecisConnection *connection, GCancellable *cancellable,
                              GError **error);
  gpointer padding[8];
};

PRECIS_AVAILABLE_IN_ALL
PrecisConnection *precis_connection_new_local (const char *const *plugin_path,
                                               GCancellable *cancellable, GError **error);
PRECIS_AVAILABLE_IN_ALL
PrecisConnection *precis_connection_new_bus (const char *address, GCancellable *cancellable,
                                             GError **error);

PRECIS_AVAILABLE_IN_ALL
void precis_connection_summarize_async (PrecisConnection *connection, const char *text,
                                        PrecisOptions *options, GCancellable *cancellable,
                                        GAsyncReadyCallback callback, gpointer user_data);
PRECIS_AVAILABLE_IN_ALL
PrecisResult *precis_connection_summarize_finish (PrecisConnection *connection,
                                                  GAsyncResult *result, GError **error);
PRECIS_AVAILABLE_IN_ALL
PrecisResult *precis_connection_summarize (PrecisConnection *connection, const char *text,
                                           PrecisOptions *options, GCancellable *cancellable,
                                           GError **error);

PRECIS_AVAILABLE_IN_ALL
void precis_connection_extract_facts_async (PrecisConnection *connection, const char *text,
                                            PrecisOptions *options, GCancellable *cancellable,
                                            GAsyncReadyCallback callback, gpointer user_data);
PRECIS_AVAILABLE_IN_ALL
PrecisResult *precis_connection_extract_facts_finish (PrecisConnection *connection,
                                                      GAsyncResult *result, GError **error);
PRECIS_AVAILABLE_IN_ALL
PrecisResult *precis_connection_extract_facts (PrecisConnection *connection, const char *text,
                                               PrecisOptions *options, GCancellable *cancellable,
                                               GError **error);

PRECIS_AVAILABLE_IN_ALL
void precis_connection_analyze_async (PrecisConnection *connection, const char *text,
                                      PrecisOptions *options, GCancellable *cancellable,
                                      GAsyncReadyCallback callback, gpointer user_data);
PRECIS_AVAILABLE_IN_ALL
PrecisResult *precis_connection_analyze_finish (PrecisConnection *connection,
                                                GAsyncResult *result, GError **error);
PRECIS_AVAILABLE_IN_ALL
PrecisResult *precis_connection_analyze (PrecisConnection *connection, const char *text,
                                         PrecisOptions *options, GCancellable *cancellable,
                                         GError **error);

PRECIS_AVAILABLE_IN_ALL
void precis_connection_analyze_url_async (PrecisConnection *connection, const char *url,
                                          PrecisOptions *options, GCancellable *cancellable,
                                          GAsyncReadyCallback callback, gpointer user_data);
PRECIS_AVAILABLE_IN_ALL
PrecisResult *precis_connection_analyze_url_finish (PrecisConnection *connection,
                                                    GAsyncResult *result, GError **error);
PRECIS_AVAILABLE_IN_ALL
PrecisResult *precis_connection_analyze_url (PrecisConnection *connection, const char *url,
                                             PrecisOptions *options, GCancellable *cancellable,
                                             GError **error);

PRECIS_AVAILABLE_IN_ALL
GPtrArray *precis_connection_list_plugins (PrecisConnection *connection,
                                           GCancellable *cancellable, GError **error);

G_END_DECLS
