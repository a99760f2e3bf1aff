/* call.h — one call of the engine: what was asked, and what it gave.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Summarize, ExtractFacts and Analyze take a text; AnalyzeUrl a page.  The
 * same PrecisCall carries either through precis_engine_run_async(), and its
 * analysis holds the summary, the facts and what `info` reports.
 */
#pragma once

#include <dbus/dbus.h>

#include "analysis.h"
#include "fair-queue.h"
#include "html-article.h"
#include "precis-internal.h"

G_BEGIN_DECLS

/* PrecisCallKind is public: precis/precis-connection.h. */

typedef struct {
  PrecisCallKind kind;
  PrecisCallOptions options;   /* filled by the caller before running */
  char *url;                   /* the page's URL (after redirects, once fetched) */
  gboolean fetch;              /* fetch the page at `url` and analyse its article */
  GBytes *page;                /* the page at `url`, once fetched */
  gboolean page_is_text;       /* it was served as text/plain: analysed as it is */
  GBytes *fallback;            /* analysed when the page can't be had or has no article */
  gboolean background;         /* on the engine's background worker (feeds) */
  guint timeout_s;             /* call-timeout-seconds when it was accepted (0: none) */
  char *caller;                /* who asked, for the workers' turns (NULL: in-process) */
  PrecisFairTicket ticket;     /* its place in the workers' queue (fair-queue.h) */
  PrecisArticle *article;      /* the page's article, once extracted */
  PrecisAnalysis analysis;     /* text in; summary, facts, title… out */
  GBytes *text;                /* keeps analysis.text alive */
} PrecisCall;

/* A call on `text`, which it keeps a reference to.  The text's bytes must
 * be followed by a NUL just past its size, as a D-Bus string or a
 * g_strdup()'d copy is: the pipeline reads it as a C string. */
PrecisCall *precis_call_new_text (PrecisCallKind kind, GBytes *text);
/* Analyze of the page at `url`. */
PrecisCall *precis_call_new_url (const char *url);
/* A call on a page that cannot be fetched, or that holds no article,
 * analyses `text` instead (a feed item's teaser), NUL-terminated as for
 * precis_call_new_text(); `text` obeys the same size limit. */
void precis_call_set_fallback_text (PrecisCall *call, GBytes *text);
void precis_call_free (PrecisCall *call);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisCall, precis_call_free)

/* The `info` dictionary of an analysed call (a{sv}, floating): the plugins,
 * the date anchor and where it came from, the title, the number of content
 * sentences, the language, and for a page its URL and metadata. */
GVariant *precis_call_info (const PrecisCall *call);

/* The same entries in the order they are put in the dictionary (its own
 * order is its hash table's): a string, or `number` if `string` is NULL. */
typedef struct {
  const char *key;
  const char *string;
  guint32 number;
} PrecisCallInfoEntry;

typedef struct {
  PrecisCallInfoEntry entries[16];
  guint n;
} PrecisCallInfo;

void precis_call_info_entries (const PrecisCall *call, PrecisCallInfo *info);

/* call-reply.c: an analysed call's answer written with libdbus' writer.
 * The local back end reads it back with the bus client's reader
 * (precis_marshal_read_args); precisd sends the same bytes written by
 * call-wire.c (precis_call_new_reply), so both back ends decode the same
 * bytes.  libdbus fails these only when out of memory, which aborts. */

/* The reply's arguments, appended to `message`: a(suud)s for Summarize,
 * a(sssda(uu))s for ExtractFacts, a(suud)a(sssda(uu))a{sv} for Analyze. */
void precis_call_append_reply (const PrecisCall *call, DBusMessage *message);
/* Its summary, a(suud), and its facts, a(sssda(uu)), at `iter` (feeds'
 * ArticleSummarized carries them amid other arguments). */
void precis_call_append_summary (const PrecisCall *call, DBusMessageIter *iter);
void precis_call_append_facts (const PrecisCall *call, DBusMessageIter *iter);

/* call-wire.c: precisd's reply to `method_call`, the same arguments as
 * precis_call_append_reply() writes, laid out without libdbus' writer
 * (a third of the instructions); that writer's if the bytes are refused.
 * NULL only when out of memory. */
DBusMessage *precis_call_new_reply (const PrecisCall *call, DBusMessage *method_call);

G_END_DECLS
